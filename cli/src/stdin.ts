// Reading standard input with a bound, as `gongwen lint` reads its inputs: in process (inputs.ts)
// and in the daemon's client (daemon/client.ts), which must not load the engine with inputs.ts.
import { readCapped } from '../../engine/src/text/read-capped';

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
