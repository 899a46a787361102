// Reading a file descriptor with a bound. Apart from the rest of file reading (read-file.ts) and
// needing only limits.ts: the daemon's client (cli/src/stdin.ts) reads standard input with it
// without loading the engine. Node-only.
import fs = require('fs');
import { MAX_INPUT_BYTES } from './limits';

/**
 * The bytes of `fd` up to its end or one byte past `limit`, whichever comes first. `expected`: the
 * size it should have (a regular file's), read in one go.
 */
export function readCapped(fd: number, limit = MAX_INPUT_BYTES, expected = 0): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= limit) {
    const chunk = Buffer.allocUnsafe(Math.min(limit + 1 - total, Math.max(expected + 1 - total, 64 * 1024)));
    let n: number;
    try {
      n = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EOF') break; // a Windows pipe's end
      // A non-blocking pipe with no data yet, mid-stream: wait for more rather than cut it short.
      if (code === 'EAGAIN' && total > 0) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      throw e;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}
