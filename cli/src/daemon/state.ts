// Where a running daemon can be found, and what a client must check before trusting it.
// Shared by the daemon (cli/src/daemon/serve.ts) and the tiny client every `gongwen lint` loads
// first (cli/src/daemon/client.ts): it imports nothing but fs, os and path (child_process only to
// ask ps whether a daemon is stopped, off Linux), so the client stays cheap when no daemon runs.
import type * as ChildProcess from 'child_process';
import fs = require('fs');
import os = require('os');
import path = require('path');

/** What the daemon writes when it listens, and removes when it stops. */
export interface DaemonState {
  pid: number;
  /** A Unix socket path or a Windows named pipe. */
  socket: string;
  /** The build it runs (`buildKey`): a client of another build must not use it. */
  key: string;
  /** A secret every request carries: only who can read this file (its user) can use the daemon. */
  token: string;
  started: string;
  idleMinutes: number;
}

/**
 * The folder of the state files and sockets: one per user, readable by that user only.
 * GONGWEN_DAEMON_DIR overrides it (tests, or a user whose temp folder is shared oddly).
 */
export function stateDir(): string {
  const set = process.env.GONGWEN_DAEMON_DIR;
  if (set) return path.resolve(set);
  const user = process.getuid ? String(process.getuid()) : (process.env.USERNAME ?? 'user').replace(/[^\w.-]/g, '_');
  return path.join(process.env.XDG_RUNTIME_DIR || os.tmpdir(), `gongwen-${user}`);
}

/** A short stable name for one installation (its bundle's path): each install has its own daemon. */
function installId(bundle: string): string {
  return fnv(bundle);
}

function fnv(s: string): string {
  // FNV-1a: crypto would cost every lint a module load for a file name.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

export interface DaemonPaths {
  dir: string;
  stateFile: string;
  socket: string;
  /** Where a daemon started in the background logs. */
  log: string;
  /** Touched when a lint starts a daemon (cli/src/daemon/autostart.ts). */
  autoStarted: string;
}

/** `platform`: this process's (a parameter for the tests). */
export function daemonPaths(bundle: string, dir = stateDir(), platform: NodeJS.Platform = process.platform): DaemonPaths {
  const id = installId(path.resolve(bundle));
  // A Unix socket path may not exceed ~104 bytes: the id keeps it short. Windows uses a named
  // pipe, whose namespace is not a folder but one for the whole machine: the pipe is named after
  // the whole folder (its base name alone, gongwen-<user>, was the same for two folders of that
  // name, as two GONGWEN_DAEMON_DIR=...\daemon, whose daemons then could not both listen).
  const socket = platform === 'win32'
    ? `\\\\.\\pipe\\gongwen-${fnv(dir.toLowerCase())}-${id}`
    : path.join(dir, `${id}.sock`);
  return { dir, stateFile: path.join(dir, `${id}.json`), socket, log: path.join(dir, `${id}.log`), autoStarted: path.join(dir, `${id}.autostart`) };
}

/** The build a process runs: Node, the platform and the bundle file, as the code cache keys it. */
export function buildKey(bundle: string): string {
  const st = fs.statSync(bundle);
  return `${process.version} ${process.arch} ${st.size} ${Math.floor(st.mtimeMs)}`;
}

/**
 * Why `dir` cannot be trusted, or undefined when it can: on Unix it must be a real folder (not a
 * link) owned by this user that nobody else can write or read, or another user could plant a
 * daemon, or read the token.
 */
export function unsafeDir(dir: string): string | undefined {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(dir);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? String(e);
  }
  if (!st.isDirectory()) return 'not a folder';
  if (process.platform === 'win32' || !process.getuid) return undefined;
  if (st.uid !== process.getuid()) return 'owned by another user';
  if ((st.mode & 0o077) !== 0) return 'readable or writable by other users';
  return undefined;
}

/** Creates the folder for the daemon's files, or says why it is unusable. */
export function makeStateDir(dir: string): string | undefined {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? String(e);
  }
  return unsafeDir(dir);
}

/** The state file's content when it is complete and well formed. */
export function readState(file: string): DaemonState | undefined {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const s = JSON.parse(raw) as Partial<DaemonState>;
    if (typeof s.pid === 'number' && typeof s.socket === 'string' && typeof s.key === 'string' && typeof s.token === 'string') {
      return s as DaemonState;
    }
  } catch {
    // a damaged file: as if there were none
  }
  return undefined;
}

/** Whether process `pid` exists (signal 0 checks without signalling). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether process `pid` is stopped (SIGSTOP, a debugger holding it): it answers nobody until it
 * is continued. Read from /proc on Linux, asked of `ps` on macOS and the BSDs (a few ms: asked
 * only of a daemon that has kept a lint waiting for a second); elsewhere (Windows) false, and a
 * client waits as for a busy one.
 */
export function frozen(pid: number, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'linux') {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
      // "pid (name) S …": the name may hold spaces and parentheses; the state follows the last ')'.
      const state = stat[stat.lastIndexOf(')') + 2];
      return state === 'T' || state === 't';
    } catch {
      return false;
    }
  }
  if (platform === 'win32') return false;
  // POSIX ps: the state's first letter, T for stopped (macOS: T; FreeBSD, OpenBSD: T).
  const r = (require('child_process') as typeof ChildProcess).spawnSync('ps', ['-o', 'state=', '-p', String(pid)], { encoding: 'utf8', timeout: 2000 });
  return r.status === 0 && /^\s*T/.test(r.stdout);
}

/** Removes the state file (and socket) left by a daemon that is gone, if it is still that one's. */
export function removeState(paths: DaemonPaths, pid: number): void {
  const s = readState(paths.stateFile);
  if (s && s.pid !== pid) return; // a newer daemon's
  for (const f of process.platform === 'win32' ? [paths.stateFile] : [paths.stateFile, paths.socket]) {
    try {
      fs.unlinkSync(f);
    } catch {
      // already gone
    }
  }
}
