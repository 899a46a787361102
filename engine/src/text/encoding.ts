// Turning a file's bytes into text. Gazette extracts arrive as UTF-8, UTF-8 with a BOM, UTF-16
// from Windows tools, or GBK/GB18030 from older Chinese software; we read them all and never
// guess silently: what cannot be decoded exactly is refused with a reason, not mangled.

/** A file that cannot be read as text (binary, too large, undecodable). */
export class InputError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  /** The text, BOM removed, line endings exactly as in the file. */
  text: string;
  encoding: Encoding;
}

/** Larger inputs are refused: a gazette issue is a few hundred KB; 20 MB is surely not one. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** How far to look for NUL bytes, like git and grep do. */
const SNIFF_BYTES = 8192;

const BINARY = '二进制文件，不是文本 / binary file, not text';

/** Throws when a file of `bytes` bytes is too large to lint (callers check before reading it). */
export function checkSize(bytes: number, file: string): void {
  if (bytes > MAX_INPUT_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    throw new InputError(file, `文件过大（${mb} MB，上限 20 MB） / file too large (${mb} MB, limit 20 MB)`);
  }
}

export function decode(buf: Uint8Array, file: string): Decoded {
  checkSize(buf.length, file);
  // A BOM is the file telling us its encoding: trust it before any sniffing (UTF-16 has NULs).
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: strict('utf-8', buf.subarray(3), file), encoding: 'utf-8-bom' };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: strict('utf-16le', buf.subarray(2), file), encoding: 'utf-16le' };
  }
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: strict('utf-16be', buf.subarray(2), file), encoding: 'utf-16be' };
  }
  if (buf.subarray(0, SNIFF_BYTES).includes(0)) throw new InputError(file, BINARY);

  const utf8 = tryDecode('utf-8', buf);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  // A UTF-8 file cut in the middle of a character would decode as GB18030 mojibake: say so instead.
  const cut = incompleteUtf8Tail(buf);
  if (cut > 0 && tryDecode('utf-8', buf.subarray(0, buf.length - cut)) !== undefined && hasMultibyte(buf)) {
    throw new InputError(file,
      'UTF-8 文件末尾的字符不完整（文件可能被截断） / UTF-8 file ends in an incomplete character (truncated?)');
  }
  const gb = tryDecode('gb18030', buf);
  if (gb !== undefined) return { text: gb, encoding: 'gb18030' };
  throw new InputError(file,
    `${BINARY}（既不是 UTF-8 也不是 GB18030 / neither valid UTF-8 nor GB18030）`);
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM: the caller handled BOMs; a second U+FEFF inside the text is kept as written.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function strict(label: string, bytes: Uint8Array, file: string): string {
  const text = tryDecode(label, bytes);
  if (text === undefined) {
    throw new InputError(file, `文件声明为 ${label.toUpperCase()}（BOM）但内容无法按此解码 / ` +
      `file has a ${label.toUpperCase()} byte order mark but is not valid ${label.toUpperCase()}`);
  }
  return text;
}

/** Bytes at the end that start a UTF-8 sequence which the file does not finish (0 if none). */
function incompleteUtf8Tail(buf: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= buf.length; back++) {
    const b = buf[buf.length - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

function hasMultibyte(buf: Uint8Array): boolean {
  for (const b of buf) if (b >= 0x80) return true;
  return false;
}

/** Bytes to write text back in the encoding it was read in; undefined when Node cannot encode it. */
export function encode(text: string, encoding: Encoding): Buffer | undefined {
  switch (encoding) {
    case 'utf-8': return Buffer.from(text, 'utf8');
    case 'utf-8-bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le': return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be': {
      const le = Buffer.from(text, 'utf16le');
      le.swap16();
      return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
    }
    case 'gb18030': return undefined; // Node has a GB18030 decoder but no encoder.
  }
}
