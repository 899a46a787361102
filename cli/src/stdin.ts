// Reading with a bound, as `gongwen lint` reads its inputs: standard input in process (inputs.ts)
// and in the daemon's client (daemon/client.ts), which must not load the engine with inputs.ts,
// and pipes (`gongwen lint <(…)`), whose size is not known before they end (or never end).
import fs = require('fs');
import { MAX_INPUT_BYTES } from '../../engine/src/text/limits';

/**
 * Standard input, up to one byte past the limit (more says "too large"); no standard input at all
 * (closed, or a terminal in some CI) reads as empty. Other errors throw.
 */
export function stdinBytes(): Buffer {
  try {
    return readCapped(0);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EAGAIN' || code === 'EBADF') return Buffer.alloc(0);
    throw e;
  }
}

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
