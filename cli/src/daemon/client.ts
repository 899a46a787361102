// The first thing `gongwen lint` runs (bin/gongwen.js, built alone as dist/daemon-client.js): when
// a daemon of this build runs, it hands the lint to it and prints its answer, and the process
// never loads the engine. A lint costs then little more than Node's own start-up, where a cold
// process spends ~100 ms parsing and linting in V8's interpreter. With no daemon, it costs one
// failed file read; the lint runs here and (in a terminal outside CI, or as GONGWEN_DAEMON says)
// starts a daemon in the background for the next ones (cli/src/daemon/autostart.ts).
//
// Whatever goes wrong with the daemon (gone, another build, a crash mid-lint), the lint is run in
// this process instead, with the same standard input: the output is always an in-process run's.
import fs = require('fs');
import os = require('os');
import type * as Net from 'net';
import { FORWARDED_ENV, onMessages, send, STDIN_HANDOFF, type Reply, type Request, type Status } from './protocol';
import { stdinBytes } from '../stdin';
import { STOPPING_SIGNALS, terminalColumns } from '../io';
import { autoStart, daemonMode } from './autostart';
import { alive, buildKey, daemonPaths, frozen, readState, removeState, unsafeDir, type DaemonPaths, type DaemonState } from './state';

/** How often a client waiting for its lint checks that the daemon is not stopped by a signal. */
const FROZEN_CHECK_MS = 1000;

/** net, loaded only to reach a daemon: with none running, a lint does not pay its ~3 ms load. */
function connect(socketPath: string): Net.Socket {
  return (require('net') as typeof Net).connect(socketPath);
}

/**
 * Hands `gongwen <argv>` to a running daemon when it is a lint; false when this process must run
 * it (then nothing was read; a daemon may start for the next lints as it exits). When true, it
 * prints the daemon's output and sets the exit code, or calls `runHere` after all.
 */
export function lintThroughDaemon(bundle: string, argv: string[], runHere: () => void): boolean {
  // `off` is the environment's alone: the terminal is not asked here.
  if (argv[0] !== 'lint' || argv.includes('--no-daemon') || daemonMode(process.env, () => false) === 'off' || namesOwnFiles(argv.slice(1))) return false;
  try {
    process.cwd();
  } catch {
    return false; // the working folder was deleted: the run here says so
  }
  const paths = daemonPaths(bundle);
  const state = readState(paths.stateFile);
  if (!state || unsafeDir(paths.dir)) {
    autoStart(bundle, paths, argv);
    return false;
  }
  let key: string;
  try {
    key = buildKey(bundle);
  } catch {
    return false;
  }
  if (state.key !== key && !alive(state.pid)) {
    // Another build's daemon that was killed (kill -9: it could not remove its state file): nothing
    // to stop or tell, as when none ran. Its file is removed, or every lint would say it again.
    removeState(paths, state.pid);
    autoStart(bundle, paths, argv);
    return false;
  }
  if (state.key !== key) {
    // Another build (an update, a rebuild, another Node): it would lint with other rules. A daemon
    // started now replaces it (serve stops it); else it is asked to stop, and told.
    if (autoStart(bundle, paths, argv)) return false;
    void request(state, { op: 'stop', token: state.token }).catch(() => undefined);
    process.stderr.write('gongwen: 后台进程属于另一版本，已请它退出，本次在本进程内检查；可用 gongwen daemon start 重新启动'
      + ' / the daemon ran another build of Gongwen and was asked to stop; linting in this process (gongwen daemon start starts a new one)\n');
    return false;
  }
  lint(bundle, paths, state, key, argv, runHere);
  return true;
}

/**
 * Whether an argument names something only this process can read: a pipe (`gongwen lint <(…)`
 * names /dev/fd/63), a FIFO, a device, /proc/self. The daemon would open its own /dev/fd/63 (not
 * found, or another file), or block every client on a FIFO; and it must not warm up on one. A
 * stat per argument: option values are looked at too, harmlessly.
 */
function namesOwnFiles(args: string[]): boolean {
  for (const a of args) {
    if (a.startsWith('-')) continue; // an option, or - (standard input, which the protocol carries)
    if (/^\/(dev|proc)\//.test(a) || /^\\\\[.?]\\/.test(a)) return true;
    try {
      const st = fs.statSync(a);
      if (!st.isFile() && !st.isDirectory()) return true;
    } catch {
      // not there: the lint says so, in the daemon as here
    }
  }
  return false;
}

function lint(bundle: string, paths: DaemonPaths, state: DaemonState, key: string, argv: string[], runHere: () => void): void {
  const socket = connect(state.socket);
  let stdin: Buffer | undefined;
  // Both streams in the order they were written, as a run in this process writes them: with
  // 2>&1 the report and the lines on standard error (too many warnings) interleave the same way.
  const output: { toStderr: boolean; bytes: Buffer }[] = [];
  let exit: number | undefined;
  let fellBack = false;
  // A daemon stopped by a signal (kill -STOP, a debugger) would hold this lint for ever; a busy
  // one answers after its lint, however long (all but Windows tell them apart: cli/src/daemon/state.ts).
  const watchdog = setInterval(() => {
    if (frozen(state.pid)) fallBack();
  }, FROZEN_CHECK_MS).unref();
  // lint --fix writes files in the daemon, which a Ctrl-C of this process alone would leave
  // writing: the signal is passed on, and the daemon finishes the file being written (each is
  // written whole: a rename) and answers as an interrupted run in process does (exit 130). A second
  // one ends this process at once, as does a daemon that closes without answering.
  let interrupted: NodeJS.Signals | undefined;
  /** Whether the lint was asked for: a signal before is sent after the request, which it concerns. */
  let requested = false;
  const signalExit = (sig: NodeJS.Signals) => 128 + os.constants.signals[sig];
  const onSignal = (sig: NodeJS.Signals) => {
    if (interrupted) process.exit(signalExit(interrupted));
    interrupted = sig;
    if (requested) send(socket, { op: 'interrupt', signal: sig as 'SIGINT' | 'SIGTERM' | 'SIGHUP' });
  };
  const forwarded = argv.includes('--fix') ? STOPPING_SIGNALS.map((sig) => [sig, () => onSignal(sig)] as const) : [];
  for (const [sig, on] of forwarded) process.on(sig, on);
  const unforward = () => {
    for (const [sig, on] of forwarded) process.off(sig, on);
  };
  const fallBack = () => {
    clearInterval(watchdog);
    if (fellBack || exit !== undefined) return;
    fellBack = true;
    unforward(); // a run here has its own Interruption
    socket.destroy();
    if (interrupted) {
      // Gone without its answer after the signal: no lint is run again here.
      process.stderr.write(`gongwen: 已中断（${interrupted}） / interrupted (${interrupted})\n`);
      process.exitCode = signalExit(interrupted);
      return;
    }
    if (!alive(state.pid)) {
      // Killed: the next lints get a new one.
      removeState(paths, state.pid);
      autoStart(bundle, paths, argv);
    }
    if (stdin) (globalThis as Record<symbol, unknown>)[STDIN_HANDOFF] = stdin;
    runHere();
  };
  socket.on('error', fallBack);
  socket.on('close', fallBack);
  socket.on('connect', () => {
    const env: Extract<Request, { op: 'lint' }>['env'] = {};
    for (const k of FORWARDED_ENV) if (process.env[k] !== undefined) env[k] = process.env[k];
    send(socket, {
      op: 'lint', token: state.token, key, argv, cwd: process.cwd(), env,
      stdoutIsTTY: !!process.stdout.isTTY, columns: terminalColumns(process.stdout, process.env), umask: process.umask(),
    });
    requested = true;
    if (interrupted) send(socket, { op: 'interrupt', signal: interrupted as 'SIGINT' | 'SIGTERM' | 'SIGHUP' });
  });
  // The output is printed when the exit code has come: a daemon that dies mid-lint leaves nothing
  // printed, and the lint runs here from the start.
  onMessages(socket, (m) => {
    if (fellBack || exit !== undefined) return; // the rest of a chunk already given up on
    // Anything but a reply of the protocol (a daemon of a broken build): this process lints.
    if (typeof m !== 'object' || m === null) return fallBack();
    const r = m as Reply;
    if ('stdout' in r && Buffer.isBuffer(r.stdout)) output.push({ toStderr: false, bytes: r.stdout });
    else if ('needStdin' in r) {
      // The daemon read the arguments as lint reads them: they name `-`.
      stdin = readAllStdin();
      if (!stdin) return fallBack(); // unreadable: the run here reads it again and says why
      send(socket, { op: 'stdin', data: stdin.toString('base64') });
    }
    else if ('stderr' in r && Buffer.isBuffer(r.stderr)) output.push({ toStderr: true, bytes: r.stderr });
    else if ('exit' in r && Number.isInteger(r.exit)) {
      clearInterval(watchdog);
      unforward();
      exit = r.exit;
      socket.end();
      process.stdout.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') process.exit(exit); // gongwen lint | head
      });
      for (let i = 0; i < output.length;) {
        // Consecutive writes to one stream are written as one.
        const { toStderr } = output[i];
        const run: Buffer[] = [];
        for (; i < output.length && output[i].toStderr === toStderr; i++) run.push(output[i].bytes);
        (toStderr ? process.stderr : process.stdout).write(run.length === 1 ? run[0] : Buffer.concat(run));
      }
      process.exitCode = exit;
    } else fallBack(); // refused, or not a reply
  });
}

/**
 * Standard input, or undefined when it cannot be read (a folder: `gongwen lint - < dir`), which
 * a run in this process reports as readStdin (cli/src/inputs.ts) does, with exit code 2.
 */
function readAllStdin(): Buffer | undefined {
  try {
    return stdinBytes();
  } catch {
    return undefined;
  }
}

/**
 * One request to the daemon, with its replies (status, stop). After `timeoutMs` it fails with an
 * error whose `connected` says whether the daemon took the connection (then it is there, busy).
 */
export function request(state: DaemonState, message: Request, timeoutMs = 5000): Promise<Reply[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(state.socket);
    const replies: Reply[] = [];
    let connected = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT', connected }));
    }, timeoutMs);
    socket.on('connect', () => {
      connected = true;
      send(socket, message);
    });
    onMessages(socket, (m) => replies.push(m as Reply));
    socket.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(replies);
    });
  });
}

/**
 * Asks the daemon `state` names to stop, and waits for its process to end, `timeoutMs` in all
 * (a busy daemon reads the request when its lint is done): true once it has ended.
 */
export async function stopAndWait(state: DaemonState, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  await request(state, { op: 'stop', token: state.token }, timeoutMs).catch(() => undefined); // it may close before answering
  while (alive(state.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return !alive(state.pid);
}

/**
 * What the daemon `state` names answers a status request: its status; 'busy' when it took the
 * connection but did not answer within `timeoutMs` (a lint runs on its one thread: it answers
 * after it); undefined when no daemon listens there.
 */
export async function probe(state: DaemonState, timeoutMs: number): Promise<Status | 'busy' | undefined> {
  try {
    for (const r of await request(state, { op: 'status', token: state.token }, timeoutMs)) if ('status' in r) return r.status;
  } catch (e) {
    if ((e as { connected?: boolean }).connected) return 'busy';
  }
  return undefined;
}
