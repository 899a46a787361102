// The daemon (`gongwen daemon serve`, started in the background by `gongwen daemon start`, or by a
// `gongwen lint` that found none: cli/src/daemon/autostart.ts): a process that keeps the engine
// loaded and optimised by V8 and runs the lints its clients hand it, one at a time, each in the
// client's folder and with the client's environment, as `gongwen lint` would have run there. It
// stops by itself after a spell of idleness.
import { randomBytes, timingSafeEqual } from 'crypto';
import { EventEmitter } from 'events';
import fs = require('fs');
import net = require('net');
import path = require('path');
import { main } from '../cli';
import { readsStdin } from '../commands/lint';
import { ioFor, STOPPING_SIGNALS } from '../io';
import { keepBetweenRuns } from '../kept';
import type { WarmRequest } from './autostart';
import { FORWARDED_ENV, onMessages, send, sendOutput, type Request, type Status } from './protocol';
import { warmArgv } from './warm';
import { anticipateChanges } from './anticipate';
import { probe, stopAndWait } from './client';
import { alive, buildKey, daemonPaths, makeStateDir, readState, removeState, type DaemonPaths, type DaemonState } from './state';

export interface ServeOptions {
  /** The bundle this process runs (dist/cli.js): it names the installation and its build. */
  bundle: string;
  /** Stop after this many minutes without a request; 0: never. */
  idleMinutes: number;
  log: (line: string) => void;
  /** Called once the daemon listens and its state file is written. */
  onReady?: (state: DaemonState) => void;
  /** A lint to run, unseen, once ready and until the first request (cli/src/daemon/warm.ts). */
  warmUp?: WarmRequest;
}

/** Runs the daemon until it is stopped; resolves with the process's exit code. */
export async function serve(opts: ServeOptions): Promise<number> {
  // A file linted again is linted as an edit of its last text, with the same model object.
  keepBetweenRuns();
  const paths = daemonPaths(opts.bundle);
  const why = makeStateDir(paths.dir);
  if (why) {
    opts.log(`gongwen: 后台进程的文件夹不可用 / the daemon's folder is unusable (${why}): ${paths.dir}`);
    return 2;
  }
  // From here until its state file is written, one starting daemon at a time: two at once (two
  // `daemon start`) both found none, both removed the socket and listened, and the first was left
  // listening on a socket nobody could find.
  const unlock = await lock(paths.stateFile.replace(/\.json$/, '.lock'));
  if (!unlock) {
    opts.log('gongwen: 另一个后台进程正在启动 / another daemon is starting');
    return 1;
  }
  try {
    return await listen(opts, paths, unlock);
  } finally {
    unlock();
  }
}

/** Listens, unless a daemon already does; then `unlock` and serve until stopped. */
async function listen(opts: ServeOptions, paths: DaemonPaths, unlock: () => void): Promise<number> {
  const key = buildKey(opts.bundle);
  const existing = readState(paths.stateFile);
  if (existing && (await answers(existing))) {
    if (existing.key === key) {
      opts.log(`gongwen: 后台进程已在运行 / a daemon already runs (pid ${existing.pid})`);
      return 1;
    }
    // Another build's (before an update or a rebuild): no client of this build can use it. Not
    // waited for longer than 10 s (a busy one stops after its lint): the start lock is taken over
    // after 15.
    if (!(await stopAndWait(existing, 10_000))) {
      opts.log(`gongwen: 另一版本的后台进程没有退出 / the daemon of another build did not exit (pid ${existing.pid})`);
      return 1;
    }
  }
  if (existing) removeState(paths, existing.pid);
  if (process.platform !== 'win32') fs.rmSync(paths.socket, { force: true }); // a crashed daemon's

  const state: DaemonState = {
    pid: process.pid, socket: socketFor(paths), key, token: randomBytes(24).toString('hex'),
    started: new Date().toISOString(), idleMinutes: opts.idleMinutes,
  };
  let served = 0;
  let queue = Promise.resolve();
  /** Lint requests taken and not finished (waiting for their input, queued or running). */
  let pending = 0;
  let idle: NodeJS.Timeout | undefined;
  /** Set by stop: nothing more is started, and the process ends when the running lint has. */
  let stopping = false;
  /** Every open connection, and the one whose lint runs. */
  const connections = new Set<net.Socket>();
  let running: net.Socket | undefined;
  /** The socket's inode (Unix): whether the socket at its path is still this daemon's. */
  let socketIno: number | undefined;
  let watch: NodeJS.Timeout | undefined;
  let stopAnticipating: (() => void) | undefined;
  let stopped!: (code: number) => void;
  const done = new Promise<number>((resolve) => (stopped = resolve));

  const server = net.createServer((socket) => {
    connections.add(socket);
    socket.on('close', () => connections.delete(socket));
    socket.on('error', () => undefined); // a client gone mid-lint (Ctrl-C): its output is dropped
    let taken = false;
    let stdinWaiter: ((data: Buffer | null) => void) | undefined;
    socket.on('close', () => stdinWaiter?.(null)); // gone before sending its input: nothing to run
    // The client's stopping signals, for its lint --fix (Interruption): one that came before the
    // lint listens is given to it when it does.
    const signals = new EventEmitter();
    let interruptedBy: string | undefined;
    signals.on('newListener', (sig: string) => {
      if (sig === interruptedBy) setImmediate(() => signals.emit(sig));
    });
    const interrupt = (sig: string) => {
      interruptedBy ??= sig;
      signals.emit(sig);
    };
    // A client gone mid-lint (killed, its terminal closed): a lint --fix stops before its next file.
    socket.on('close', () => interrupt('SIGHUP'));
    onMessages(socket, (m) => {
      const r = m as Request;
      if (typeof r !== 'object' || r === null || typeof r.op !== 'string') return void socket.destroy();
      if (r.op === 'stdin') {
        stdinWaiter?.(Buffer.from(typeof r.data === 'string' ? r.data : '', 'base64'));
        stdinWaiter = undefined;
        return;
      }
      if (r.op === 'interrupt') {
        // Only on the connection of a lint it took, and only a stopping signal.
        if (taken && (STOPPING_SIGNALS as readonly string[]).includes(r.signal)) interrupt(r.signal);
        return;
      }
      if (taken) return void socket.destroy(); // one request per connection
      taken = true;
      if (!sameToken(r.token, state.token)) return void reply(socket, { refused: 'token' });
      if (r.op === 'status') {
        const status: Status = { pid: process.pid, key: state.key, started: state.started, served, idleMinutes: opts.idleMinutes };
        return void reply(socket, { status });
      }
      if (r.op === 'stop') {
        reply(socket, { stopping: true });
        return void stop(0, socket);
      }
      // A lint, as the client sends it: never another command (`daemon stop` would wait for this
      // process to end, `export` writes to its standard output).
      if (r.op !== 'lint' || !Array.isArray(r.argv) || r.argv[0] !== 'lint' || !r.argv.every((a) => typeof a === 'string')
        || typeof r.cwd !== 'string' || !path.isAbsolute(r.cwd)) return void reply(socket, { refused: 'request' });
      if (r.key !== state.key) return void reply(socket, { refused: 'build' });
      const stdin = readsStdin(r.argv.slice(1))
        ? new Promise<Buffer | null>((resolve) => {
          stdinWaiter = resolve;
          send(socket, { needStdin: true });
        })
        : Promise.resolve(undefined);
      clearTimeout(idle);
      pending++;
      const finished = () => {
        pending--;
        armIdle();
      };
      // Queued once its input has come: a client still sending it (`lint -` at a terminal, a slow
      // pipe) holds up nobody else.
      void stdin.then((input) => {
        if (input === null) return finished(); // gone without it: nothing to run
        queue = queue.then(async () => {
          // Dropped by stop, or its client is gone (killed): nobody to lint for.
          if (stopping || socket.destroyed) {
            socket.destroy();
            return finished();
          }
          running = socket;
          try {
            await runLint(r, socket, input, opts.log, signals);
            served++;
          } finally {
            running = undefined;
            finished();
          }
        }).catch((e: unknown) => opts.log(`gongwen: lint failed in the daemon: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)); // the next lints still run
      });
    });
  });

  /** Whether clients still find this daemon: the state file names it, the socket is its own. */
  function registered(): boolean {
    if (readState(paths.stateFile)?.pid !== process.pid) return false;
    if (socketIno === undefined) return true; // a Windows named pipe: not a file
    try {
      return fs.statSync(paths.socket).ino === socketIno;
    } catch {
      return false;
    }
  }

  /** Removes the state file and the socket, as far as they are still this daemon's (not a newer one's). */
  function unregister(): void {
    if (readState(paths.stateFile)?.pid === process.pid) fs.rmSync(paths.stateFile, { force: true });
    try {
      if (socketIno !== undefined && fs.statSync(paths.socket).ino === socketIno) fs.rmSync(paths.socket, { force: true });
    } catch {
      // already gone
    }
  }

  /** The idle timer starts when the last request has finished, however it finished. */
  function armIdle(): void {
    clearTimeout(idle);
    if (opts.idleMinutes > 0 && pending === 0 && !stopping) idle = setTimeout(() => stop(0), idleMs(opts.idleMinutes));
  }

  /**
   * Stops listening and ends the process once the running lint has answered. Every other
   * connection is closed: a client whose lint waited for its input or its turn runs it itself, with
   * the input it read (cli/src/daemon/client.ts), and none keeps the process alive. `asker`: the
   * connection of the stop request, closed after its answer.
   */
  function stop(code: number, asker?: net.Socket): void {
    if (stopping) return;
    stopping = true;
    clearTimeout(idle);
    clearInterval(watch);
    stopAnticipating?.();
    unregister();
    server.close();
    for (const c of connections) if (c !== running && c !== asker) c.destroy();
    stopped(code);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(state.socket, () => resolve());
  }).catch((e: NodeJS.ErrnoException) => {
    opts.log(`gongwen: 后台进程无法监听 / the daemon cannot listen (${e.code ?? e.message}): ${state.socket}`);
    stopped(2);
  });
  if (!server.listening) return done;
  if (process.platform !== 'win32') {
    fs.chmodSync(paths.socket, 0o600);
    socketIno = fs.statSync(paths.socket).ino;
  }
  // Written whole and renamed into place: a client never reads half a state file.
  const tmp = `${paths.stateFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(state), { mode: 0o600 });
  fs.renameSync(tmp, paths.stateFile);
  unlock();
  // However the process ends (a signal, a crash), the next client must not find a dead daemon's file.
  process.on('exit', unregister);
  // A daemon that clients can no longer find stops: its socket or state file deleted (by hand, by
  // a cleaner of the temp folder) or another daemon's now. It ran unseen until its idle stop, and
  // status, stop and start could not reach it.
  watch = setInterval(() => {
    if (stopping || registered()) return;
    opts.log('gongwen: 后台进程的套接字或状态文件已被删除或替换，退出 / the daemon\'s socket or state file was removed or replaced: stopping');
    stop(0);
  }, WATCH_MS).unref();
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(sig, () => stop(0));
  // Files it linted are linted again when they change, in turn with the requests' lints.
  stopAnticipating = anticipateChanges((task) => {
    queue = queue.then(task).catch((e: unknown) => opts.log(`gongwen: ${e instanceof Error ? e.message : String(e)}`));
  }, opts.log);
  armIdle();
  opts.onReady?.(state);
  if (opts.warmUp) void warmUp(opts.warmUp);
  return done;

  /**
   * Runs the warm-up lint up to WARM_ROUNDS times, one at a time through the queue, and stops as
   * soon as a client has asked for anything (its lint then waits for one warm-up lint at most), or
   * after WARM_MS: a lint of a large folder warms the engine up in one or two rounds.
   */
  async function warmUp(request: WarmRequest): Promise<void> {
    const argv = warmArgv(request.argv);
    if (!argv) return;
    const discard = () => undefined;
    const io = ioFor(request.cwd, false, process.env, { stdout: discard, stderr: discard, stdin: () => Buffer.alloc(0) });
    const started = Date.now();
    let round = 0;
    for (; round < WARM_ROUNDS; round++) {
      await new Promise((resolve) => setImmediate(resolve)); // lets a waiting connection in first
      if (stopping || served > 0 || pending > 0 || Date.now() - started > WARM_MS) break;
      queue = queue.then(async () => {
        // Each round lints afresh: as an edit of the round before, it would warm nothing up.
        keepBetweenRuns(false);
        try {
          await main(argv, io);
        } finally {
          keepBetweenRuns(true);
        }
      }).catch(() => undefined); // its failure is the lint's to report
      await queue;
    }
    opts.log(`gongwen: 已预热 / warmed up: ${round} lints in ${Date.now() - started} ms`);
  }
}

/** How often a started daemon runs its warm-up lint, and for how long it starts new rounds. */
const WARM_ROUNDS = 10;
const WARM_MS = 2000;

/** How often the daemon checks that clients can still find it. */
const WATCH_MS = 5000;

/**
 * The idle time before the daemon stops. GONGWEN_DAEMON_IDLE_MS, in the daemon's environment,
 * overrides a non-zero --idle in milliseconds: for the tests (cli/src/daemon/daemon.test.ts), not
 * a user-facing option.
 */
function idleMs(minutes: number): number {
  const ms = Number(process.env.GONGWEN_DAEMON_IDLE_MS);
  return ms > 0 ? ms : minutes * 60_000;
}

/**
 * Creates `file` (exclusively, with this process's pid), waiting while another process holds it;
 * a file whose process is gone, or older than 15 s (a start takes a few), is taken over. Resolves
 * with the function that removes it (once), or undefined when it stayed taken for 20 s.
 */
async function lock(file: string): Promise<(() => void) | undefined> {
  for (const until = Date.now() + 20_000; Date.now() < until;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx', mode: 0o600 });
      let held = true;
      return () => {
        if (held) fs.rmSync(file, { force: true });
        held = false;
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
    try {
      const holder = Number(fs.readFileSync(file, 'utf8'));
      if ((holder > 0 && !alive(holder)) || Date.now() - fs.statSync(file).mtimeMs > 15_000) {
        fs.rmSync(file, { force: true });
        continue;
      }
    } catch {
      continue; // removed meanwhile: try again
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

/**
 * Where this daemon listens: the socket in its private folder (Unix), or a named pipe whose name
 * ends in a random part (Windows). Pipe names are one namespace for the whole machine: a name
 * another user can work out could be taken first, and a client that read a dead daemon's state
 * file would then send its request, token and standard input to that user's pipe.
 */
function socketFor(paths: DaemonPaths): string {
  return process.platform === 'win32' ? `${paths.socket}-${randomBytes(8).toString('hex')}` : paths.socket;
}

function reply(socket: net.Socket, message: Parameters<typeof send>[1]): void {
  send(socket, message);
  socket.end();
}

function sameToken(got: unknown, want: string): boolean {
  return typeof got === 'string' && got.length === want.length && timingSafeEqual(Buffer.from(got), Buffer.from(want));
}

/** Whether the daemon `state` names is there: it answers, or is busy with a lint. */
async function answers(state: DaemonState): Promise<boolean> {
  return (await probe(state, 2000)) !== undefined;
}

/** One lint, run as `gongwen <argv>` would run in the client's folder with the client's environment. */
async function runLint(r: Extract<Request, { op: 'lint' }>, socket: net.Socket, stdin: Buffer | undefined, log: (s: string) => void, signals: EventEmitter): Promise<void> {
  // The commands resolve every path against io.cwd, never the process's folder. The environment
  // variables they read (GONGWEN_DEBUG) are the client's for the time of the lint: the requests
  // run one at a time.
  const saved = FORWARDED_ENV.map((k) => [k, process.env[k]] as const);
  // The client's umask too (it is the process's, and lints run one at a time): a report or cache of
  // a client with umask 077 must not be readable by others because the daemon's is 022.
  const umask = Number.isInteger(r.umask) && r.umask! >= 0 && r.umask! <= 0o777 ? process.umask(r.umask!) : undefined;
  let code: number;
  try {
    for (const k of FORWARDED_ENV) {
      const v = r.env?.[k];
      if (typeof v === 'string') process.env[k] = v;
      else delete process.env[k];
    }
    const io = ioFor(r.cwd, !!r.stdoutIsTTY, process.env, {
      stdout: (s) => sendOutput(socket, 'stdout', s),
      stderr: (s) => sendOutput(socket, 'stderr', s),
      stdin: () => stdin ?? Buffer.alloc(0),
    }, Number.isInteger(r.columns) && r.columns! > 0 ? r.columns : undefined);
    code = await main(r.argv, { ...io, signals });
  } catch (e) {
    const why = e instanceof Error ? (e.stack ?? e.message) : String(e);
    log(`gongwen: lint failed in the daemon: ${why}`);
    sendOutput(socket, 'stderr', `gongwen: 内部错误 / internal error: ${why}\n`);
    code = 2;
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    if (umask !== undefined) process.umask(umask);
  }
  reply(socket, { exit: code });
}
