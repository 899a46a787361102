// Reading one named file as text, as every file Gongwen reads as text is read: the inputs of
// `gongwen lint` and `fix` (cli/src/inputs.ts), and the corpus of `gongwen train` and of a
// configuration's "corpus" (model/corpus.ts). Up to the 20 MB limit and no further; a FIFO, a
// device or a socket refused before it is opened (the open could wait for ever, /dev/zero never
// ends); decoded as in encoding.ts. Every failure is an InputError with a reason in Chinese and
// English. Node-only, like node-utf8.ts.
import fs = require('fs');
import { decode, InputError, tooLargeFile, tooLargeStream, type Decoded } from './encoding';
import { MAX_INPUT_BYTES } from './limits';
import { nodeUtf8 } from './node-utf8';
import { readCapped } from './read-capped';

/** Why a file system call failed, in Chinese and English. */
export function ioReason(e: unknown, what: 'file' | 'folder' = 'file'): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return what === 'file' ? '找不到文件 / file not found' : '找不到文件夹 / folder not found';
    case 'EACCES':
    case 'EPERM': return what === 'file' ? '没有读取权限 / permission denied' : '没有读取文件夹的权限 / permission denied';
    case 'EISDIR': return '是文件夹，不是文件 / is a folder, not a file';
    case 'ELOOP': return '符号链接循环 / symbolic link loop';
    default: return `无法读取 / cannot read (${code ?? (e as Error).message})`;
  }
}

/**
 * A pipe this process was handed by name (`gongwen lint <(…)` names /dev/fd/63): it has a writer,
 * and is read like standard input. Any other FIFO may have none (the open would wait for ever).
 */
const OWN_PIPE = /^(?:\/dev\/fd\/\d+|\/proc\/(?:self|\d+)\/fd\/\d+|\/dev\/stdin)$/;

export interface ReadOptions {
  /** The command reads standard input (`-`): a FIFO or device refused says to pass its text there. */
  stdin?: boolean;
}

/** Why a file that is neither a regular file nor a folder is not read, or undefined when it is. */
function notRegular(file: string, st: fs.Stats, options: ReadOptions): string | undefined {
  if (st.isFile() || (st.isFIFO() && OWN_PIPE.test(file))) return undefined;
  const what = st.isFIFO() ? ['命名管道', 'a FIFO'] : st.isSocket() ? ['套接字', 'a socket'] : ['设备', 'a device'];
  return options.stdin
    ? `不是普通文件（${what[0]}），其内容请从标准输入（-）传入 / not a regular file (${what[1]}): pass its text on standard input (-)`
    : `不是普通文件（${what[0]}） / not a regular file (${what[1]})`;
}

/** How a bounded read says it refuses a file: not regular (`why`), or over the limit (size, when known). */
interface Refusals {
  notRegular(why: string): Error;
  tooLarge(size?: number): Error;
}

/**
 * The bytes of `file` up to `limit`: a FIFO, a device or a socket refused before it is opened, a
 * regular file over the limit before it is read, anything else read one byte past the limit at
 * most. The file system's errors are thrown as they are.
 */
function readBounded(file: string, limit: number, options: ReadOptions, refuse: Refusals): Buffer {
  const st = fs.statSync(file);
  if (st.isDirectory()) throw Object.assign(new Error('EISDIR: is a folder'), { code: 'EISDIR' });
  const why = notRegular(file, st, options);
  if (why) throw refuse.notRegular(why);
  if (st.size > limit) throw refuse.tooLarge(st.size); // before reading 2 GB into memory
  const fd = fs.openSync(file, 'r');
  try {
    // Up to the limit and no further: a pipe's size is not known before it ends.
    const buf = readCapped(fd, limit, st.size);
    if (buf.length > limit) throw refuse.tooLarge();
    return buf;
  } finally {
    fs.closeSync(fd);
  }
}

/** One file's bytes, up to the limit; throws InputError with a reason (too large included). */
export function readFileBytes(file: string, options: ReadOptions = {}): Buffer {
  try {
    return readBounded(file, MAX_INPUT_BYTES, options, {
      notRegular: (why) => new InputError(file, why),
      tooLarge: (size) => (size === undefined ? tooLargeStream(file) : tooLargeFile(size, file)),
    });
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, ioReason(e));
  }
}

/** Reads and decodes one file; throws InputError with a reason. */
export function readTextFile(file: string, options: ReadOptions = {}): Decoded {
  return decode(readFileBytes(file, options), file, nodeUtf8);
}

/** Data files (a model, a configuration, a cache, a manifest) are larger than any text, but bounded. */
export const MAX_DATA_BYTES = 256 * 1024 * 1024;

/**
 * A data file's bytes, read as text files are (a FIFO, a device or a socket refused before it is
 * opened: `--model /dev/zero` or a FIFO named as the configuration would hang or grow for ever).
 * The file system's errors are thrown as they are, so that callers keep their own wording (ENOENT:
 * "not found"); a refusal is an Error whose message says why, in Chinese and English.
 */
export function readDataFile(file: string, limit = MAX_DATA_BYTES): Buffer {
  const over = `${limit / 1024 / 1024} MB`;
  return readBounded(file, limit, {}, {
    notRegular: (why) => new Error(why),
    tooLarge: () => new Error(`文件过大（超过 ${over}） / file too large (over ${over})`),
  });
}
