// Whether `gongwen lint` may use a daemon and start one itself, and the start it makes. As Nx's and
// Gradle's daemons: in a developer's terminal the first lint runs in process and leaves a daemon
// behind (it stops after AUTO_IDLE_MINUTES idle), so the next lints cost little more than Node's
// start-up; in CI, where every job is a fresh machine, and for scripts, nothing is started unasked.
// Part of the tiny client bundle (dist/daemon-client.js): fs and path only until it spawns.
import type * as ChildProcess from 'child_process';
import fs = require('fs');
import path = require('path');
import { makeStateDir, type DaemonPaths } from './state';

/**
 * GONGWEN_DAEMON: `auto` uses a running daemon and starts one when none runs; `manual` uses one
 * started by `gongwen daemon start` and starts none; `off` never uses one (as `lint --no-daemon`).
 * Unset: `auto` in a terminal outside CI; `manual` in CI, and for a lint run by a script or a
 * tool with its output going elsewhere than a terminal (nobody waits there for the next lint, and a
 * process left behind would surprise whatever waits for the script's processes to end).
 */
export type DaemonMode = 'auto' | 'manual' | 'off';

/** Variables set by CI services (as the ci-info package reads them). */
export const CI_VARIABLES = ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TF_BUILD', 'JENKINS_URL', 'BUILDKITE', 'TEAMCITY_VERSION', 'CODEBUILD_BUILD_ID'] as const;

/** `interactive`: whether a person runs this lint in a terminal (asked only when it decides). */
export function daemonMode(env: NodeJS.ProcessEnv, interactive: () => boolean): DaemonMode {
  const set = (env.GONGWEN_DAEMON ?? '').trim().toLowerCase();
  if (['off', '0', 'false', 'no'].includes(set)) return 'off';
  if (set === 'manual') return 'manual';
  if (['auto', 'on', '1', 'true', 'yes'].includes(set)) return 'auto';
  const inCi = CI_VARIABLES.some((k) => env[k] !== undefined && env[k] !== '' && env[k] !== 'false' && env[k] !== '0');
  return !inCi && interactive() ? 'auto' : 'manual';
}

/**
 * Standard output or standard error is a terminal. The streams are made here, once: the lint
 * that follows writes to them anyway (require('tty') alone would cost a lint ~3 ms).
 */
export function inTerminal(): boolean {
  return !!(process.stdout.isTTY || process.stderr.isTTY);
}

/** The lint a started daemon warms up on (cli/src/daemon/warm.ts): the one that started it. */
export interface WarmRequest {
  cwd: string;
  /** The lint's arguments, starting with `lint`. */
  argv: string[];
}

/** The variable that carries a WarmRequest to the started daemon (JSON). */
export const WARM_VARIABLE = 'GONGWEN_DAEMON_WARM';

/** How long a daemon that a lint started waits for the next lint before it stops. */
export const AUTO_IDLE_MINUTES = 15;

/**
 * A started daemon that cannot come up (it fails as it starts) must not cost every lint a spawn
 * and a Node process: one start per this many milliseconds at most. A daemon is ready well within
 * it (~0.3 s), and a lint in the meantime runs in process.
 */
const RESTART_AFTER_MS = 30_000;

/** `bin/gongwen.js` of the installation whose bundle is `bundle` (dist/cli.js). */
export function binOf(bundle: string): string {
  return path.join(path.dirname(bundle), '..', 'bin', 'gongwen.js');
}

/**
 * The daemon's log, opened for appending. Appended to, never truncated: a start at the same time
 * as another must not cut the log the other's daemon writes. Past 1 MB it is renamed `.log.1`
 * (replacing the last one) and a new one begun, so starts over months do not fill a disk.
 */
export function openLog(paths: DaemonPaths): number {
  try {
    if (fs.statSync(paths.log).size > 1 << 20) fs.renameSync(paths.log, `${paths.log}.1`);
  } catch {
    // no log yet
  }
  return fs.openSync(paths.log, 'a', 0o600);
}

/**
 * Starts a daemon in the background for the next lints (warmed up on this lint, `argv`), unless
 * the mode is not `auto`, one was started less than RESTART_AFTER_MS ago, or its folder is unusable;
 * true when one is started. It is spawned as this process exits: its start (a Node process, ~0.3 s
 * of CPU) then does not compete with this lint for the cores. It is detached and holds none of
 * this process's streams (`gongwen lint | cat` ends when this process does), and it prints nothing:
 * the lint's output is an in-process run's.
 */
export function autoStart(bundle: string, paths: DaemonPaths, argv: string[]): boolean {
  if (daemonMode(process.env, inTerminal) !== 'auto') return false;
  try {
    if (Date.now() - fs.statSync(paths.autoStarted).mtimeMs < RESTART_AFTER_MS) return false;
  } catch {
    // never started here
  }
  if (makeStateDir(paths.dir)) return false;
  try {
    fs.writeFileSync(paths.autoStarted, String(process.pid), { mode: 0o600 });
  } catch {
    return false;
  }
  const warm: WarmRequest = { cwd: process.cwd(), argv };
  process.once('exit', () => spawnDaemon(bundle, paths, warm));
  return true;
}

/**
 * Spawns `gongwen daemon serve` of the installation of `bundle`: detached, in the state folder (it
 * holds no user folder busy), its stderr to `log`. `ipc`: with a channel for its "ready" message
 * (`gongwen daemon start` waits for it). `env`: its environment, when not this process's.
 */
export function spawnServe(bundle: string, paths: DaemonPaths, idleMinutes: number, log: number, opts: { ipc?: boolean; env?: NodeJS.ProcessEnv } = {}): ChildProcess.ChildProcess {
  const { spawn } = require('child_process') as typeof ChildProcess;
  return spawn(process.execPath, [binOf(bundle), 'daemon', 'serve', '--idle', String(idleMinutes)], {
    detached: true, cwd: paths.dir, stdio: ['ignore', 'ignore', log, ...(opts.ipc ? ['ipc' as const] : [])], windowsHide: true,
    ...(opts.env ? { env: opts.env } : {}),
  });
}

function spawnDaemon(bundle: string, paths: DaemonPaths, warm: WarmRequest): void {
  try {
    const log = openLog(paths);
    try {
      const child = spawnServe(bundle, paths, AUTO_IDLE_MINUTES, log, { env: { ...process.env, [WARM_VARIABLE]: JSON.stringify(warm) } });
      child.on('error', () => undefined);
      child.unref();
    } finally {
      fs.closeSync(log);
    }
  } catch {
    // a failed spawn only costs the time a daemon would save
  }
}
