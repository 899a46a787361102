// The command's view of the outside world, so every command writes through one place.
import fs = require('fs');
import os = require('os');
import path = require('path');

export interface Io {
  cwd: string;
  stdout(s: string): void;
  stderr(s: string): void;
  /** Colours for a terminal, never when NO_COLOR is set (https://no-color.org), forced by FORCE_COLOR (colorFor). */
  color: boolean;
  /** Standard input, when it is not this process's (the daemon's client sends its own). */
  stdin?: () => Buffer;
  /** The width of the terminal standard output is (terminalColumns): stylish wraps to it. */
  columns?: number;
  /** GONGWEN_TIMING=1 (or =all): print the time spent parsing and per rule, as ESLint's TIMING=1. */
  timing?: 'top' | 'all';
  /**
   * Where stopping signals come from while files are written (Interruption), when not this
   * process's: in the daemon, its client's Ctrl-C, sent over the connection (cli/src/daemon/serve.ts).
   */
  signals?: NodeJS.EventEmitter;
}

/** Whether GONGWEN_DEBUG (comma-separated topics) asks for `topic`. */
export function debugging(topic: string): boolean {
  return (process.env.GONGWEN_DEBUG ?? '').split(',').includes(topic);
}

/** The working folder was deleted (process.cwd() fails): `folder` names it when that can be told. */
export class NoWorkingFolder extends Error {
  constructor(readonly folder: string | undefined) {
    super(`当前文件夹已不存在 / the working folder no longer exists${folder ? `: ${folder}` : ''}`);
  }
}

/** process.cwd(), or NoWorkingFolder when it was deleted under this process (rm -r, git checkout). */
export function workingFolder(): string {
  try {
    return process.cwd();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    let folder: string | undefined;
    try {
      folder = fs.readlinkSync('/proc/self/cwd').replace(/ \(deleted\)$/, ''); // Linux still knows its path
    } catch {
      const pwd = process.env.PWD; // the shell's, when it names no folder now
      folder = pwd && !fs.existsSync(pwd) ? pwd : undefined;
    }
    throw new NoWorkingFolder(folder);
  }
}

export function processIo(): Io {
  const cwd = workingFolder();
  const stderr = (s: string) => void process.stderr.write(s);
  // A file or a pipe (CI, a script, the bench) is written to directly: making process.stdout loads
  // Node's stream modules, ~2–3 % of a cold lint's main-thread instructions. Neither is a terminal
  // (a terminal is a character device), so nothing else about the run changes.
  if (!characterDevice(1)) return ioFor(cwd, false, process.env, { stdout: (s) => writeAllSync(1, s), stderr });
  // A closed pipe (gongwen lint | head) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  return ioFor(cwd, !!process.stdout.isTTY, process.env, {
    stdout: (s) => void process.stdout.write(s),
    stderr,
  }, terminalColumns(process.stdout, process.env));
}

/** Whether `fd` is a character device (a terminal, /dev/null), or cannot be told. */
function characterDevice(fd: number): boolean {
  try {
    return fs.fstatSync(fd).isCharacterDevice();
  } catch {
    return true;
  }
}

/**
 * Writes all of `s` to `fd`, as process.stdout does to a file or a pipe (synchronously on Linux):
 * the rest after a partial write, again after EAGAIN (a pipe a parent made non-blocking and that
 * is full), and a closed pipe (gongwen lint | head) ends the process without a stack trace.
 */
export function writeAllSync(fd: number, s: string): void {
  const bytes = Buffer.from(s);
  for (let at = 0; at < bytes.length;) {
    try {
      at += fs.writeSync(fd, bytes, at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1); // the reader has not read yet
    }
  }
}

/**
 * The width of `stdout` when it is a terminal, for stylish to wrap to; none for a pipe or a file
 * (one problem, one line), nor in VS Code's terminal, where a task's problem matcher
 * ($eslint-stylish) reads one problem per line and stops at the first line it cannot read.
 */
export function terminalColumns(stdout: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number | undefined {
  if (!stdout.isTTY || env.TERM_PROGRAM === 'vscode') return undefined;
  return stdout.columns && stdout.columns > 0 ? stdout.columns : undefined;
}

/**
 * The Io of a run in `cwd` whose standard output is a terminal (`columns` wide) or not, under
 * `env`: this process's, or, in the daemon, the client's.
 */
export function ioFor(cwd: string, stdoutIsTTY: boolean, env: NodeJS.ProcessEnv, write: Pick<Io, 'stdout' | 'stderr' | 'stdin'>, columns?: number): Io {
  return {
    cwd,
    ...write,
    color: colorFor(stdoutIsTTY, env),
    ...(stdoutIsTTY && columns ? { columns } : {}),
    ...(env.GONGWEN_TIMING ? { timing: env.GONGWEN_TIMING === 'all' ? 'all' as const : 'top' as const } : {}),
  };
}

/**
 * Colours for a terminal; NO_COLOR (https://no-color.org) turns them off, and FORCE_COLOR, as chalk
 * reads it for ESLint, turns them on for a pipe (a CI log that shows colours) or, as 0 or false,
 * off. `lint --color` / `--no-color` decide over both.
 */
export function colorFor(stdoutIsTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if ('NO_COLOR' in env && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return stdoutIsTTY;
}

/**
 * Whether two paths name one file: the same path, or (both existing) the same file through a
 * symbolic link, another spelling on a case-insensitive disk, or a hard link. Before a command
 * writes its output: the output must never replace one of its inputs.
 */
export function sameFile(a: string, b: string): boolean {
  return sameFileAs(a)(b);
}

/** sameFile(a, ·), with `a` looked at once: for checking an output against many files read. */
export function sameFileAs(a: string): (b: string) => boolean {
  const abs = path.resolve(a);
  let x: fs.Stats | undefined;
  try {
    x = fs.statSync(abs);
  } catch {
    // does not exist (yet): only its own path names it
  }
  return (b) => {
    if (abs === path.resolve(b)) return true;
    if (!x) return false;
    try {
      const y = fs.statSync(b);
      return x.ino === y.ino && x.dev === y.dev;
    } catch {
      return false;
    }
  };
}

/**
 * Writes a file through a temporary file in the same folder and a rename, so a crash or a full
 * disk never leaves a half-written document. Keeps the file's permissions exactly (the umask
 * masks a mode given at creation) and, where allowed, its owner and group. A symbolic link is
 * written through: the file it points to changes, and the link stays a link (renamed over, it
 * became a file of its own and its target kept the old text). A file with hard links is written
 * in place, as editors do (a rename would part it from its other names, which kept the old text).
 */
export function writeFileAtomic(link: string, data: Uint8Array | string): void {
  let file = link;
  try {
    file = fs.realpathSync(link);
  } catch {
    // not there yet (or a dangling link): written where it was named
  }
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.gongwen-${process.pid}.tmp`);
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(file);
  } catch {
    st = undefined;
  }
  if (st?.isFile() && st.nlink > 1) return writeInPlace(file, typeof data === 'string' ? Buffer.from(data) : data, tmp);
  try {
    fs.writeFileSync(tmp, data, st ? { mode: st.mode & 0o777 } : undefined);
    if (st) {
      // Owner first: chown clears the set-id bits that chmod then puts back.
      const made = fs.statSync(tmp);
      if (made.uid !== st.uid || made.gid !== st.gid) {
        try {
          fs.chownSync(tmp, st.uid, st.gid);
        } catch {
          // not allowed (another user's file, a group we are not in): ours, as an editor leaves it
        }
      }
      fs.chmodSync(tmp, st.mode & 0o7777);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // nothing left behind to remove
    }
    throw e;
  }
}

/**
 * Overwrites `file` with `data` in place. Its old bytes are first copied to `backup` (a failure
 * there changes nothing); a write that fails halfway (a full disk) puts them back, and if even that
 * fails, the error names the backup, which is kept.
 */
function writeInPlace(file: string, data: Uint8Array, backup: string): void {
  const old = fs.readFileSync(file);
  try {
    fs.writeFileSync(backup, old, { mode: 0o600 });
  } catch (e) {
    fs.rmSync(backup, { force: true });
    throw e;
  }
  try {
    overwrite(file, data);
  } catch (e) {
    try {
      overwrite(file, old);
    } catch {
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      throw new Error(`${code}; 原文保存在 / the original text is kept in ${backup}`);
    }
    fs.rmSync(backup, { force: true });
    throw e;
  }
  fs.rmSync(backup, { force: true });
}

function overwrite(file: string, data: Uint8Array): void {
  const fd = fs.openSync(file, 'r+');
  try {
    for (let at = 0; at < data.length;) at += fs.writeSync(fd, data, at, data.length - at, at);
    fs.ftruncateSync(fd, data.length);
  } finally {
    fs.closeSync(fd);
  }
}

export const STOPPING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * While a run writes files one after another (gongwen fix, lint --fix): Ctrl-C, SIGTERM or SIGHUP
 * is held until the file being written is whole (the rename, or a hard-linked file's in-place
 * write, which a kill could have cut in half, leaving its backup aside), and the run stops before
 * the next file. A signal the process already handles (the daemon's stop) is left to it.
 */
export class Interruption {
  signal: NodeJS.Signals | undefined;
  private readonly listeners: [NodeJS.Signals, () => void][] = [];

  constructor(private readonly proc: NodeJS.EventEmitter = process) {
    for (const sig of STOPPING_SIGNALS) {
      if (proc.listenerCount(sig) > 0) continue;
      const on = () => void (this.signal ??= sig);
      proc.on(sig, on);
      this.listeners.push([sig, on]);
    }
  }

  /** Whether a signal came: the event loop delivers one only between files, so it turns once. */
  async came(): Promise<boolean> {
    if (this.signal === undefined) await new Promise((resolve) => setImmediate(resolve));
    return this.signal !== undefined;
  }

  /** The exit code of a run it stopped, as a shell gives a process the signal killed (130 for Ctrl-C). */
  get exitCode(): number {
    return 128 + (this.signal ? os.constants.signals[this.signal] : 0);
  }

  release(): void {
    for (const [sig, on] of this.listeners) this.proc.off(sig, on);
  }
}

/**
 * `fs.mkdirSync(dir, { recursive: true })`, one folder at a time: Node's recursive mkdir never
 * returns under /proc (an -o report named /proc/x/report.sarif hung the lint).
 */
export function makeFolders(dir: string): void {
  if (fs.existsSync(dir)) return;
  const parent = path.dirname(dir);
  if (parent !== dir) makeFolders(parent);
  fs.mkdirSync(dir);
}
