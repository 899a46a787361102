// The hosts' native UTF-8 decoder must accept and refuse exactly what the engine's fatal
// TextDecoder does, and give the same text, so that a file decodes the same through either.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { decode } from './encoding';
import { nodeUtf8 } from './node-utf8';

const web = (b: Uint8Array) => {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    return undefined;
  }
};

describe('nodeUtf8 (text/node-utf8.ts)', () => {
  const cases: [string, number[]][] = [
    ['ASCII', [0x61, 0x62, 0x0a]],
    ['Chinese', [...Buffer.from('聊政发〔2024〕9号\r\n')]],
    ['a BOM inside the text is kept', [0x61, 0xef, 0xbb, 0xbf, 0x62]],
    ['a BOM at the start is kept (the caller strips BOMs)', [0xef, 0xbb, 0xbf, 0x62]],
    ['a four-byte character', [...Buffer.from('𠀀')]],
    ['four-byte characters among others', [...Buffer.from('a😀b𠀀中\u0000\u07ff\uffff')]],
    ['empty', []],
    ['GBK bytes', [0xc1, 0xc4, 0xb3, 0xc7]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a cut character', [0xe8, 0x81]],
    ['0xFF', [0x61, 0xff]],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ];
  for (const [name, bytes] of cases) {
    it(name, () => {
      const b = new Uint8Array(bytes);
      assert.equal(nodeUtf8(b), web(b));
    });
  }

  it('decodes every sample and the model as the Web decoder does', () => {
    const root = path.resolve(__dirname, '../../..');
    const files = [...fs.readdirSync(path.join(root, 'samples')).map((f) => path.join(root, 'samples', f)), path.join(root, 'models/default.json')];
    for (const f of files) {
      const b = fs.readFileSync(f);
      assert.equal(nodeUtf8(b), web(b), f);
    }
  });

  it('decodes a view into a larger buffer by its own bytes', () => {
    const whole = Buffer.from('xx公文yy');
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 2, 6);
    assert.equal(nodeUtf8(view), '公文');
  });

  it('reads a UTF-8 file with a BOM through decode as the Web decoder does, and refuses one whose BOM lies', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const good = Buffer.concat([bom, Buffer.from('公文\uFEFF通知')]);
    assert.deepEqual(decode(good, 'a.txt', nodeUtf8), decode(good, 'a.txt'));
    assert.equal(decode(good, 'a.txt', nodeUtf8).text, '公文\uFEFF通知');
    const lying = Buffer.concat([bom, Buffer.from([0xc1, 0xc4, 0xb3, 0xc7])]);
    assert.throws(() => decode(lying, 'b.txt', nodeUtf8), /BOM.*b\.txt|b\.txt.*BOM|byte order mark/);
  });
});
