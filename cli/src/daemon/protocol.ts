// What the daemon and its clients say to each other: one JSON object per line, each way.
// A client sends one request per connection; the daemon answers a lint with its output as it is
// written and then the exit code, so the client can print exactly what an in-process run prints.
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
export const FORWARDED_ENV = ['NO_COLOR', 'GONGWEN_TIMING', 'GONGWEN_DEBUG', 'GONGWEN_CACHE_DIR', 'TZ'] as const;

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
    /** The client's umask: the files the lint writes (-o, --cache, --fix) get the modes it gives. */
    umask?: number;
  }
  /** The client's standard input, base64, sent when the daemon asks for it. */
  | { op: 'stdin'; data: string }
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

export type Reply =
  | { stdout: string }
  | { stderr: string }
  | { exit: number }
  /** The lint reads standard input (its arguments name `-`): the client sends it. */
  | { needStdin: true }
  | { status: Status }
  | { stopping: true }
  /** Why the daemon will not run the request (a wrong token, another build): the client runs it itself. */
  | { refused: 'token' | 'build' | 'request' };

export function send(socket: Socket, message: Request | Reply): void {
  socket.write(JSON.stringify(message) + '\n');
}

/** Calls `onMessage` with each complete line's JSON; a line that is not JSON ends the connection. */
export function onMessages(socket: Socket, onMessage: (m: unknown) => void): void {
  // A long report arrives in many chunks: only each new chunk is searched for the line's end.
  let parts: string[] = [];
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    let from = 0;
    let eol;
    while ((eol = chunk.indexOf('\n', from)) >= 0) {
      parts.push(chunk.slice(from, eol));
      const line = parts.join('');
      parts = [];
      from = eol + 1;
      let m: unknown;
      try {
        m = JSON.parse(line);
      } catch {
        socket.destroy();
        return;
      }
      onMessage(m);
    }
    if (from < chunk.length) parts.push(chunk.slice(from));
  });
}
