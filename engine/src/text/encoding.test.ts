import * as assert from 'assert';
import * as iconv from 'iconv-lite';
import { decode, encode, encodeEdited, encodeGb18030, InputError, MAX_INPUT_BYTES } from './encoding';
import type { Fix } from '../types';

const SAMPLE = '聊政办发〔2024〕21号\r\n关于印发《聊城市“十四五”规划》的通知\n各县（市、区）人民政府：\r\n';

function throwsInput(fn: () => unknown, pattern: RegExp) {
  assert.throws(fn, (e: unknown) => e instanceof InputError && pattern.test(e.message) && e.file === 'x.txt');
}

describe('decode', () => {
  it('reads UTF-8 as is, keeping CRLF and LF exactly', () => {
    const r = decode(Buffer.from(SAMPLE, 'utf8'), 'x.txt');
    assert.strictEqual(r.text, SAMPLE);
    assert.strictEqual(r.encoding, 'utf-8');
  });

  it('strips a UTF-8 BOM and remembers it', () => {
    const r = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]), 'x.txt');
    assert.strictEqual(r.text, SAMPLE);
    assert.strictEqual(r.encoding, 'utf-8-bom');
  });

  it('reads UTF-16 LE and BE with a BOM (their NUL bytes are not binary)', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
    assert.deepStrictEqual(decode(le, 'x.txt'), { text: SAMPLE, encoding: 'utf-16le' });
    const be = Buffer.from(SAMPLE, 'utf16le').swap16();
    const withBom = Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
    assert.deepStrictEqual(decode(withBom, 'x.txt'), { text: SAMPLE, encoding: 'utf-16be' });
  });

  it('refuses UTF-32 (its LE BOM starts as UTF-16 LE\'s) and UTF-16 holding NUL characters, never reading them as clean text', () => {
    const utf32le = Buffer.alloc(4 + SAMPLE.length * 4);
    utf32le.writeUInt32LE(0xfeff, 0);
    [...SAMPLE].forEach((ch, i) => utf32le.writeUInt32LE(ch.codePointAt(0)!, 4 + i * 4));
    const utf32be = Buffer.alloc(utf32le.length);
    for (let i = 0; i < utf32le.length; i += 4) utf32be.writeUInt32BE(utf32le.readUInt32LE(i), i);
    for (const bytes of [utf32le, utf32be]) throwsInput(() => decode(bytes, 'x.txt'), /^x\.txt: UTF-32 编码不受支持，请另存为 UTF-8 \/ UTF-32 is not supported: save the file as UTF-8$/);
    const nul = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('公文\u0000助手', 'utf16le')]);
    throwsInput(() => decode(nul, 'x.txt'), /^x\.txt: 二进制文件，不是文本 \/ binary file, not text$/);
  });

  it('reads GBK bytes as GB18030', () => {
    const gbk = iconv.encode(SAMPLE, 'gbk');
    assert.ok(!Buffer.from(SAMPLE).equals(gbk));
    assert.deepStrictEqual(decode(gbk, 'x.txt'), { text: SAMPLE, encoding: 'gb18030' });
  });

  it('reads GB18030 four-byte sequences (characters outside GBK)', () => {
    const text = '𠀀字与€';
    const bytes = iconv.encode(text, 'gb18030');
    assert.deepStrictEqual(decode(bytes, 'x.txt'), { text, encoding: 'gb18030' });
  });

  it('reads an empty file as empty UTF-8 text', () => {
    assert.deepStrictEqual(decode(Buffer.alloc(0), 'x.txt'), { text: '', encoding: 'utf-8' });
  });

  it('refuses NUL bytes as binary, in Chinese and English', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    throwsInput(() => decode(png, 'x.txt'), /二进制文件，不是文本 \/ binary file/);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    throwsInput(() => decode(Buffer.from([0x41, 0x81, 0x20, 0x42, 0xff, 0xff]), 'x.txt'), /binary file/);
  });

  it('refuses a UTF-8 file cut in the middle of a character instead of reading it as GBK', () => {
    const full = Buffer.from('公文助手', 'utf8');
    throwsInput(() => decode(full.subarray(0, full.length - 1), 'x.txt'), /truncated/);
  });

  it('refuses a file whose BOM lies about its encoding', () => {
    throwsInput(() => decode(Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]), 'x.txt'), /byte order mark/);
  });

  it('refuses files over 20 MB with the size in the message', () => {
    const big = Buffer.alloc(MAX_INPUT_BYTES + 1, 0x41);
    throwsInput(() => decode(big, 'x.txt'), /文件过大（20\.0 MB，上限 20 MB） \/ file too large/);
  });
});

describe('encode', () => {
  it('round-trips every encoding Node can write', () => {
    for (const enc of ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'] as const) {
      const bytes = encode(SAMPLE, enc)!;
      assert.deepStrictEqual(decode(bytes, 'x.txt'), { text: SAMPLE, encoding: enc }, enc);
    }
  });

  it('cannot write a whole text as GB18030 (encodeEdited keeps the file\'s own bytes instead)', () => {
    assert.strictEqual(encode(SAMPLE, 'gb18030'), undefined);
  });
});

describe('encodeGb18030', () => {
  it('encodes as iconv-lite does: GBK two-byte, four-byte BMP and supplementary characters', () => {
    const text = 'a：（）〔〕聊城市人民政府办公室·—\u3000€ÿѐ𠀀';
    assert.strictEqual(Buffer.from(encodeGb18030(text)!).toString('hex'), iconv.encode(text, 'gb18030').toString('hex'));
  });

  it('refuses what GB18030 cannot hold (a lone surrogate)', () => {
    assert.strictEqual(encodeGb18030('a\ud800'), undefined);
  });
});

describe('encodeEdited', () => {
  const gbk = (s: string) => iconv.encode(s, 'gbk');

  it('GB18030: only the edits are encoded; CRLF and every other byte stay as in the file', () => {
    // 0x80 reads as €, which GB18030 would write as A2 E3: a full re-encode would change that byte.
    const original = Buffer.concat([gbk('聊政办发[2024]005号\r\n'), Buffer.from([0x80]), gbk('市财政局\r\n')]);
    const decoded = decode(original, 'x.txt');
    assert.strictEqual(decoded.encoding, 'gb18030');
    assert.strictEqual(decoded.text, '聊政办发[2024]005号\r\n€市财政局\r\n');
    // Two passes, the second on the first's output (as fixAll applies them).
    const passes: Fix[][] = [
      [{ range: [4, 5], text: '〔' }, { range: [9, 10], text: '〕' }],
      [{ range: [10, 12], text: '' }, { range: [21, 21], text: '：' }],
    ];
    const output = '聊政办发〔2024〕5号\r\n€市财政局：\r\n';
    const bytes = encodeEdited(original, decoded, passes, output)!;
    assert.deepStrictEqual(Buffer.from(bytes),
      Buffer.concat([gbk('聊政办发〔2024〕5号\r\n'), Buffer.from([0x80]), gbk('市财政局：\r\n')]));
    assert.strictEqual(decode(bytes, 'x.txt').text, output);
  });

  it('GB18030: four-byte characters before an edit keep their place', () => {
    const text = '𠀀字[2024]';
    const original = iconv.encode(text, 'gb18030');
    const decoded = decode(original, 'x.txt');
    const bytes = encodeEdited(original, decoded, [[{ range: [3, 4], text: '〔' }, { range: [8, 9], text: '〕' }]], '𠀀字〔2024〕')!;
    assert.deepStrictEqual(Buffer.from(bytes), iconv.encode('𠀀字〔2024〕', 'gb18030'));
  });

  it('GB18030: undefined when the result would not read back as the output', () => {
    const original = gbk('市财政局\n');
    const decoded = decode(original, 'x.txt');
    assert.strictEqual(encodeEdited(original, decoded, [[{ range: [4, 4], text: '\ud800' }]], '市财政局\ud800\n'), undefined);
    // Edits that do not produce the claimed output are refused too.
    assert.strictEqual(encodeEdited(original, decoded, [[{ range: [4, 4], text: '：' }]], '市财政局\n'), undefined);
  });

  it('other encodings: the whole output in the file\'s encoding', () => {
    const decoded = { text: 'x', encoding: 'utf-16le' as const };
    assert.deepStrictEqual(encodeEdited(Buffer.alloc(0), decoded, [], SAMPLE), encode(SAMPLE, 'utf-16le'));
  });
});
