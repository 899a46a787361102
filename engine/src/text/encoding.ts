// Turning a file's bytes into text. Gazette extracts arrive as UTF-8, UTF-8 with a BOM, UTF-16
// from Windows tools, or GBK/GB18030 from older Chinese software; we read them all and never
// guess silently: what cannot be decoded exactly is refused with a reason, not mangled.
import type { Fix } from '../types';

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

import { MAX_INPUT_BYTES } from './limits';

export { MAX_INPUT_BYTES };
/** How far to look for NUL bytes, like git and grep do. */
const SNIFF_BYTES = 8192;

const BINARY = '二进制文件，不是文本 / binary file, not text';

/** Throws when a file of `bytes` bytes is too large to lint (callers check before reading it). */
export function checkSize(bytes: number, file: string): void {
  if (bytes > MAX_INPUT_BYTES) throw tooLargeFile(bytes, file);
}

/** A file of `bytes` bytes, more than the limit. */
export function tooLargeFile(bytes: number, file: string): InputError {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return new InputError(file, `文件过大（${mb} MB，上限 20 MB） / file too large (${mb} MB, limit 20 MB)`);
}

/**
 * An input longer than the limit whose size is not known: a pipe or standard input, read only up to
 * one byte past the limit (/dev/zero or `yes |` would never end).
 */
export function tooLargeStream(file: string): InputError {
  return new InputError(file, '文件过大（超过 20 MB 上限） / file too large (over the 20 MB limit)');
}

/**
 * A faster exact UTF-8 decoder the host may have (Node's buffer.isUtf8 + toString: the Web
 * TextDecoder with `fatal` was a tenth of a 1,000-file lint): the text, or undefined when the
 * bytes are not valid UTF-8.
 */
export type Utf8Decoder = (bytes: Uint8Array) => string | undefined;

export function decode(buf: Uint8Array, file: string, utf8Decoder?: Utf8Decoder): Decoded {
  checkSize(buf.length, file);
  // A BOM is the file telling us its encoding: trust it before any sniffing (UTF-16 has NULs).
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: strict('utf-8', buf.subarray(3), file, utf8Decoder), encoding: 'utf-8-bom' };
  }
  // UTF-32 LE's BOM starts as UTF-16 LE's: read as UTF-16, it was every other character a NUL, and
  // linted clean. Refused, as its BE twin is (NUL bytes).
  if ((buf[0] === 0xff && buf[1] === 0xfe && buf[2] === 0 && buf[3] === 0) || (buf[0] === 0 && buf[1] === 0 && buf[2] === 0xfe && buf[3] === 0xff)) {
    throw new InputError(file, 'UTF-32 编码不受支持，请另存为 UTF-8 / UTF-32 is not supported: save the file as UTF-8');
  }
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    const encoding = buf[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = strict(encoding, buf.subarray(2), file);
    // NUL characters are binary, as NUL bytes are in the other encodings.
    if (text.slice(0, SNIFF_BYTES / 2).includes('\u0000')) throw new InputError(file, BINARY);
    return { text, encoding };
  }
  if (buf.subarray(0, SNIFF_BYTES).includes(0)) throw new InputError(file, BINARY);

  const utf8 = utf8Decoder ? utf8Decoder(buf) : tryDecode('utf-8', buf);
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

function strict(label: string, bytes: Uint8Array, file: string, utf8Decoder?: Utf8Decoder): string {
  const text = label === 'utf-8' && utf8Decoder ? utf8Decoder(bytes) : tryDecode(label, bytes);
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
    case 'gb18030': return undefined; // a whole text: see encodeEdited, which keeps the file's own bytes
  }
}

/**
 * The bytes of a file after edits, in the encoding it was read in. `passes` are successive lists of
 * sorted, non-overlapping edits, each on the text the previous pass produced (as `fixAll` applies
 * them), and `output` is the final text. Every stretch no edit touches keeps the file's own bytes
 * (for GB18030, where decoding and encoding are not an exact round trip for every byte sequence,
 * only the inserted text is encoded). Undefined when the result would not decode to `output`
 * exactly (a replacement character GB18030 cannot encode, or edits that do not match the text).
 */
export function encodeEdited(original: Uint8Array, decoded: Decoded, passes: readonly (readonly Fix[])[],
  output: string): Uint8Array | undefined {
  if (decoded.encoding !== 'gb18030') return encode(output, decoded.encoding);
  let pieces: Piece[] = [{ from: 0, to: decoded.text.length }];
  for (const pass of passes) pieces = applyPass(pieces, pass);
  const at = gb18030Offsets(original);
  if (at.length !== decoded.text.length + 1) return undefined;
  const chunks: Uint8Array[] = [];
  for (const p of pieces) {
    if ('text' in p) {
      const b = encodeGb18030(p.text);
      if (!b) return undefined;
      chunks.push(b);
    } else {
      const from = at[p.from];
      const to = at[p.to];
      if (from < 0 || to < 0) return undefined; // a cut inside a four-byte character
      chunks.push(original.subarray(from, to));
    }
  }
  const bytes = Buffer.concat(chunks);
  // Never write what would not read back as the fixed text.
  return tryDecode('gb18030', bytes) === output ? bytes : undefined;
}

/** A stretch of the original text, or inserted text. */
type Piece = { from: number; to: number } | { text: string };

function pieceLength(p: Piece): number {
  return 'text' in p ? p.text.length : p.to - p.from;
}

/** The pieces of the text after one pass of edits (offsets in the text the pieces spell). */
function applyPass(pieces: Piece[], edits: readonly Fix[]): Piece[] {
  const out: Piece[] = [];
  let i = 0; // current piece
  let start = 0; // offset of pieces[i] in the current text
  let cursor = 0; // offset copied up to
  const copyTo = (end: number) => {
    while (i < pieces.length && cursor < end) {
      const p = pieces[i];
      const len = pieceLength(p);
      const a = cursor - start;
      const b = Math.min(end, start + len) - start;
      if (b > a) out.push('text' in p ? { text: p.text.slice(a, b) } : { from: p.from + a, to: p.from + b });
      cursor = start + b;
      if (b === len) {
        start += len;
        i++;
      }
    }
  };
  const skipTo = (end: number) => {
    cursor = end;
    while (i < pieces.length && start + pieceLength(pieces[i]) <= end) {
      start += pieceLength(pieces[i]);
      i++;
    }
  };
  for (const e of edits) {
    copyTo(e.range[0]);
    if (e.text) out.push({ text: e.text });
    skipTo(e.range[1]);
  }
  copyTo(Infinity);
  return out;
}

/**
 * at[k] = byte offset of UTF-16 code unit k of the decoded text (at[text.length] = byte length);
 * -1 for the second unit of a character outside the BMP (no byte boundary there). Follows the
 * WHATWG gb18030 decoder on valid input: 00–80 one byte, lead + 30–39 four bytes, else two.
 */
function gb18030Offsets(bytes: Uint8Array): number[] {
  const at: number[] = [];
  let k = 0;
  while (k < bytes.length) {
    const b = bytes[k];
    at.push(k);
    if (b <= 0x80) {
      k += 1;
    } else if (bytes[k + 1] >= 0x30 && bytes[k + 1] <= 0x39) {
      const pointer = (((b - 0x81) * 10 + (bytes[k + 1] - 0x30)) * 126 + (bytes[k + 2] - 0x81)) * 10 + (bytes[k + 3] - 0x30);
      if (pointer >= 189000) at.push(-1); // a supplementary-plane character: two UTF-16 units
      k += 4;
    } else {
      k += 2;
    }
  }
  at.push(bytes.length);
  return at;
}

let twoByte: Map<number, number> | undefined;

/** Code point → two-byte GB18030 sequence (lead << 8 | trail), the first in index order, as WHATWG encodes. */
function twoByteTable(): Map<number, number> {
  if (twoByte) return twoByte;
  twoByte = new Map();
  const decoder = new TextDecoder('gb18030', { ignoreBOM: true });
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const s = decoder.decode(pair);
      if (s.length !== 1 || s === '\ufffd') continue;
      const cp = s.charCodeAt(0);
      if (!twoByte.has(cp)) twoByte.set(cp, (lead << 8) | trail);
    }
  }
  return twoByte;
}

function fourBytes(pointer: number): number[] {
  const b4 = pointer % 10;
  const b3 = Math.floor(pointer / 10) % 126;
  const b2 = Math.floor(pointer / 1260) % 10;
  const b1 = Math.floor(pointer / 12600);
  return [b1 + 0x81, b2 + 0x30, b3 + 0x81, b4 + 0x30];
}

/** GB18030 bytes of a (short) text, or undefined for a character it cannot encode. */
export function encodeGb18030(text: string): Uint8Array | undefined {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const two = twoByteTable().get(cp);
    if (two !== undefined) {
      out.push(two >> 8, two & 0xff);
      continue;
    }
    if (cp >= 0x10000) {
      out.push(...fourBytes(cp - 0x10000 + 189000));
      continue;
    }
    // The BMP's four-byte pointers 0–39419 map to code points in increasing order: binary search.
    let lo = 0;
    let hi = 39419;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const got = tryDecode('gb18030', Uint8Array.from(fourBytes(mid)))?.codePointAt(0) ?? -1;
      if (got === cp) {
        found = mid;
        break;
      }
      if (got < cp) lo = mid + 1;
      else hi = mid - 1;
    }
    if (found < 0) return undefined;
    out.push(...fourBytes(found));
  }
  return Uint8Array.from(out);
}
