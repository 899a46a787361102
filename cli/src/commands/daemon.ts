// gongwen daemon start|stop|status|restart|serve: the background process that `gongwen lint` hands
// its work to when it runs (cli/src/daemon/). A lint in a terminal outside CI starts one itself
// (cli/src/daemon/autostart.ts); these commands start one anywhere, or with another idle time.
import fs = require('fs');
import { AUTO_IDLE_MINUTES, openLog, spawnServe } from '../daemon/autostart';
import { probe, stopAndWait } from '../daemon/client';
import type { Status } from '../daemon/protocol';
import { serve } from '../daemon/serve';
import { takeWarmRequest } from '../daemon/warm';
import { alive, buildKey, daemonPaths, frozen, makeStateDir, readState, removeState, type DaemonPaths, type DaemonState } from '../daemon/state';
import type { Io } from '../io';
import { parseCommandArgs, usageError } from '../usage';

export const DAEMON_USAGE = `用法 / usage: gongwen daemon <start|stop|status|restart|serve> [--idle 分钟 / minutes]
  后台进程常驻内存，gongwen lint 交给它检查，省去每次预热引擎（大文件约省四成时间）。
  在终端里且不在 CI 中时，gongwen lint 找不到后台进程就自动启动一个（空闲 ${AUTO_IDLE_MINUTES} 分钟后退出）；
  环境变量 GONGWEN_DAEMON=auto 总是自动启动，=manual 只用这里启动的，=off 或 lint --no-daemon 都不用。
  / a background process that keeps the engine loaded and warm; gongwen lint hands it the work
    (about 40 % less time for a large file). In a terminal outside CI, a lint that finds none
    starts one (it stops after ${AUTO_IDLE_MINUTES} idle minutes); GONGWEN_DAEMON=auto starts one in
    any case, =manual uses only one started here, =off or lint --no-daemon none.
  start       在后台启动 / start it in the background
  stop        停止 / stop it
  status      是否在运行（退出码 0 在运行，1 没有） / whether it runs (exit 0: it does, 1: it does not)
  restart     停止后重新启动 / stop, then start
  serve       在前台运行，日志写到标准错误（start 在后台运行的就是它） / run in the foreground, logging to stderr (what start runs)
  --idle N    空闲 N 分钟后自动退出（默认 60；0 不退出） / stop after N minutes without a lint (default 60; 0: never)
`;

/** The bundle this code runs in (dist/cli.js): it names the installation the daemon serves. */
const BUNDLE = __filename;
const START_TIMEOUT_MS = 15_000;
/** How long `stop` waits for a daemon to exit: a busy one reads the request when its lint is done. */
const STOP_TIMEOUT_MS = 60_000;

export async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(io, DAEMON_USAGE, {
    args, allowPositionals: true, strict: true,
    options: { idle: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  let idleMinutes = 60;
  if (values.idle !== undefined) {
    if (!/^\d+$/.test(values.idle)) return usageError(io, `--idle 需要非负整数 / --idle needs a whole number of minutes: ${values.idle}`, DAEMON_USAGE);
    idleMinutes = Number(values.idle);
  }
  const [action, ...extra] = positionals;
  if (extra.length) return usageError(io, `多余的参数 / unexpected argument: ${extra[0]}`, DAEMON_USAGE);
  const paths = daemonPaths(BUNDLE);
  switch (action) {
    case 'start': return start(paths, idleMinutes, io);
    case 'stop': return stop(paths, io);
    case 'status': return status(paths, io);
    case 'restart': {
      const stopped = await stop(paths, io);
      return stopped === 0 ? start(paths, idleMinutes, io) : stopped;
    }
    case 'serve': {
      // Started by a lint: warmed up on that lint's files (cli/src/daemon/warm.ts).
      const warm = takeWarmRequest(process.env);
      return serve({
        bundle: BUNDLE, idleMinutes, ...(warm ? { warmUp: warm } : {}),
        log: (line) => io.stderr(line + '\n'),
        onReady: (state) => {
          io.stderr(`gongwen: 后台进程在监听 / the daemon listens (pid ${state.pid}): ${state.socket}\n`);
          // `start` waits for this, then leaves the process to itself.
          process.send?.({ ready: state.pid });
        },
      });
    }
    case undefined: return usageError(io, '缺少 start、stop、status、restart 或 serve / missing start, stop, status, restart or serve', DAEMON_USAGE);
    default: return usageError(io, `未知的操作 / unknown action: ${action}`, DAEMON_USAGE);
  }
}

/**
 * The running daemon of this installation, when its state file names one that answers, or that
 * took the connection without answering yet: busy with a long lint, it is there all the same.
 */
async function running(paths: DaemonPaths): Promise<{ state: DaemonState; status: Status | 'busy' } | undefined> {
  const state = readState(paths.stateFile);
  if (!state) return undefined;
  const status = await probe(state, 3000);
  if (status) return { state, status };
  if (!alive(state.pid)) removeState(paths, state.pid);
  return undefined;
}

/** Says so and is true when a daemon of this build runs; stops one of another build. */
async function alreadyRuns(paths: DaemonPaths, io: Io, stopOther: boolean): Promise<boolean> {
  const now = await running(paths);
  if (now && now.state.key === buildKey(BUNDLE)) {
    io.stdout(`gongwen: 后台进程已在运行 / the daemon already runs (pid ${now.state.pid})\n`);
    return true;
  }
  if (now && stopOther) await stop(paths, io);
  return false;
}

async function start(paths: DaemonPaths, idleMinutes: number, io: Io): Promise<number> {
  if (await alreadyRuns(paths, io, true)) return 0;
  const why = makeStateDir(paths.dir);
  if (why) {
    io.stderr(`gongwen: 后台进程的文件夹不可用 / the daemon's folder is unusable (${why}): ${paths.dir}\n`);
    return 2;
  }
  const log = openLog(paths);
  const logFrom = fs.fstatSync(log).size;
  // The IPC channel only carries "ready", then is closed so that this process can exit.
  const child = spawnServe(BUNDLE, paths, idleMinutes, log, { ipc: true });
  fs.closeSync(log);
  const outcome = await new Promise<{ ready: number } | { failed: string }>((resolve) => {
    const timer = setTimeout(() => resolve({ failed: `no answer after ${START_TIMEOUT_MS / 1000} s` }), START_TIMEOUT_MS);
    child.on('message', (m: { ready?: number }) => {
      if (typeof m?.ready !== 'number') return;
      clearTimeout(timer);
      resolve({ ready: m.ready });
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ failed: e.message });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ failed: `exit ${code}` });
    });
  });
  if ('failed' in outcome) {
    child.kill();
    // Another `start` at the same time started it: this one's serve found it running.
    if (await alreadyRuns(paths, io, false)) return 0;
    let logged = '';
    try {
      logged = fs.readFileSync(paths.log).subarray(logFrom).toString('utf8').trim();
    } catch {
      // no log
    }
    io.stderr(`gongwen: 后台进程没有启动 / the daemon did not start (${outcome.failed})${logged ? `:\n${logged}` : ''}\n`);
    return 2;
  }
  child.disconnect();
  child.unref();
  io.stdout(`gongwen: 后台进程已启动 / the daemon started (pid ${outcome.ready}; idle stop: ${idleMinutes ? `${idleMinutes} min` : 'never'})\n`);
  return 0;
}

async function stop(paths: DaemonPaths, io: Io): Promise<number> {
  const now = await running(paths);
  if (!now) {
    io.stdout('gongwen: 后台进程没有运行 / no daemon runs\n');
    return 0;
  }
  if (now.status === 'busy' && frozen(now.state.pid)) {
    // Stopped by a signal, it reads no request: SIGTERM (its handler stops it) once continued.
    process.kill(now.state.pid, 'SIGTERM');
    process.kill(now.state.pid, 'SIGCONT');
  } else if (now.status === 'busy') {
    io.stderr(`gongwen: 后台进程正在检查，检查完后停止 / the daemon is busy with a lint and stops after it (pid ${now.state.pid})\n`);
  }
  // Stopped means gone: a `start` right after must not meet the old one.
  if (!(await stopAndWait(now.state, STOP_TIMEOUT_MS))) {
    io.stderr(`gongwen: 后台进程没有退出 / the daemon did not exit (pid ${now.state.pid})\n`);
    return 2;
  }
  io.stdout(`gongwen: 后台进程已停止 / the daemon stopped (pid ${now.state.pid})\n`);
  return 0;
}

async function status(paths: DaemonPaths, io: Io): Promise<number> {
  const now = await running(paths);
  if (!now) {
    io.stdout('gongwen: 后台进程没有运行 / no daemon runs\n');
    return 1;
  }
  const same = now.state.key === buildKey(BUNDLE);
  io.stdout([
    `gongwen: 后台进程在运行 / the daemon runs (pid ${now.state.pid})`,
    `  启动于 / started: ${now.state.started}`,
    now.status === 'busy'
      ? frozen(now.state.pid)
        ? '  被信号暂停（kill -STOP 或调试器），lint 暂在本进程内检查 / stopped by a signal (kill -STOP, a debugger): lints run in process until it continues'
        : '  正在检查，没有回答 / busy with a lint: no answer yet'
      : `  已检查 / lints served: ${now.status.served}`,
    `  空闲退出 / idle stop: ${now.state.idleMinutes ? `${now.state.idleMinutes} min` : 'never'}`,
    `  版本 / build: ${same ? '与本命令相同 / this one' : '另一版本，lint 不会用它 / another one, lint will not use it'}`,
    `  套接字 / socket: ${now.state.socket}`,
  ].join('\n') + '\n');
  return 0;
}
