// Standard input's bytes, as `gongwen lint -` reads them: in process (inputs.ts) and in the
// daemon's client (daemon/client.ts), which must not load the engine with inputs.ts.
import fs = require('fs');

/** Standard input, whole; no standard input at all (closed, or a terminal in some CI) reads as empty. Other errors throw. */
export function stdinBytes(): Buffer {
  try {
    return fs.readFileSync(0);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EAGAIN' || code === 'EOF' || code === 'EBADF') return Buffer.alloc(0);
    throw e;
  }
}
