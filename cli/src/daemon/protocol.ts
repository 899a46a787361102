// What the daemon and its clients say to each other: one JSON object per line, each way, and the
// output of a lint as raw bytes after a line that says how many. A client sends one request per
// connection; the daemon answers a lint with its output as it is written and then the exit code,
// so the client can print exactly what an in-process run prints.
import type { Socket } from 'net';

/**
 * Where a run in the client's process finds the standard input the client already read for a
 * daemon that then failed (cli/src/main.ts): the client and the CLI are separate bundles.
 */
export const STDIN_HANDOFF = Symbol.for('gongwen.stdin');

/**
 * The environment variables a run reads: the daemon runs with the client's, not its own. TZ makes
 * "today" (date/future, the date of undated documents): a client in another time zone than the
 * daemon's (TZ=Asia/Shanghai in CI) must not be judged by the daemon's date.
 */
export const FORWARDED_ENV = ['NO_COLOR', 'FORCE_COLOR', 'GONGWEN_TIMING', 'GONGWEN_DEBUG', 'GONGWEN_CACHE_DIR', 'TZ'] as const;

export type Request =
  | {
    op: 'lint';
    token: string;
    /** The client's build (`buildKey`): a daemon of another build refuses. */
    key: string;
    /** The arguments after `gongwen`, starting with `lint`. */
    argv: string[];
    cwd: string;
    env: Partial<Record<(typeof FORWARDED_ENV)[number], string>>;
    stdoutIsTTY: boolean;
    /** The width of the client's terminal (terminalColumns), which stylish wraps to. */
    columns?: number;
    /** The client's umask: the files the lint writes (-o, --cache, --fix) get the modes it gives. */
    umask?: number;
  }
  /** The client's standard input, base64, sent when the daemon asks for it. */
  | { op: 'stdin'; data: string }
  /**
   * A stopping signal the client of a `lint --fix` got (Ctrl-C): the lint finishes the file being
   * written and stops before the next, as in process, and answers with its exit code (130).
   */
  | { op: 'interrupt'; signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP' }
  | { op: 'status'; token: string }
  | { op: 'stop'; token: string };

export interface Status {
  pid: number;
  key: string;
  started: string;
  /** Lints served so far. */
  served: number;
  idleMinutes: number;
}

/**
 * What onMessages delivers. Output is written by sendOutput: a line { output, bytes } and the
 * bytes after it, delivered as { stdout } or { stderr }: a report (a JSON report holds the whole
 * file) is neither escaped into JSON by the daemon nor decoded and parsed again by the client,
 * which writes the bytes as they came.
 */
export type Reply =
  | { stdout: Buffer }
  | { stderr: Buffer }
  | { exit: number }
  /** The lint reads standard input (its arguments name `-`): the client sends it. */
  | { needStdin: true }
  | { status: Status }
  | { stopping: true }
  /** Why the daemon will not run the request (a wrong token, another build): the client runs it itself. */
  | { refused: 'token' | 'build' | 'request' };

/** The line before output's bytes. */
interface OutputHeader {
  output: 'stdout' | 'stderr';
  bytes: number;
}

export function send(socket: Socket, message: Request | Exclude<Reply, { stdout: Buffer } | { stderr: Buffer }>): void {
  socket.write(JSON.stringify(message) + '\n');
}

/** Output of the lint for the client's standard output or error. */
export function sendOutput(socket: Socket, output: OutputHeader['output'], text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  socket.write(JSON.stringify({ output, bytes: bytes.length } satisfies OutputHeader) + '\n');
  socket.write(bytes);
}

/**
 * Calls `onMessage` with each complete line's JSON, and with { stdout } or { stderr } for output's
 * bytes (sendOutput); anything else (a line that is not JSON, a bad header) ends the connection.
 */
export function onMessages(socket: Socket, onMessage: (m: unknown) => void): void {
  // Bytes not yet delivered, in the chunks they came in: a long report arrives in many, and only
  // each new chunk is searched for a line's end, nor are they joined before all of it is there.
  let chunks: Buffer[] = [];
  let length = 0;
  let raw: OutputHeader | undefined;
  const take = (n: number): Buffer => {
    const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
    chunks = n < all.length ? [all.subarray(n)] : [];
    length -= n;
    return all.subarray(0, n);
  };
  socket.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    length += chunk.length;
    for (;;) {
      if (socket.destroyed) return;
      if (raw) {
        if (length < raw.bytes) return;
        const { output, bytes } = raw;
        raw = undefined;
        onMessage(output === 'stdout' ? { stdout: take(bytes) } : { stderr: take(bytes) });
        continue;
      }
      // A line ends in this chunk (the chunks before it held none).
      const last = chunks[chunks.length - 1];
      const eol = last ? last.indexOf(10) : -1;
      if (eol < 0) return;
      const line = take(length - last.length + eol + 1).toString('utf8');
      let m: unknown;
      try {
        m = JSON.parse(line);
      } catch {
        socket.destroy();
        return;
      }
      const h = m as Partial<OutputHeader> | null;
      if (h && typeof h === 'object' && 'output' in h) {
        if ((h.output !== 'stdout' && h.output !== 'stderr') || !Number.isSafeInteger(h.bytes) || h.bytes! < 0) {
          socket.destroy();
          return;
        }
        raw = h as OutputHeader;
        continue;
      }
      onMessage(m);
    }
  });
}
