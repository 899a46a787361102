// Offsets kept per source must equal a fresh scan after any edit (the editor's path).
import { strict as assert } from 'assert';
import { SourceText } from './source';
import { CharIndex } from './marks';

function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const PIECES = ['，', ',', '(', '（', '）', ')', ':', '；', '中', '文', '2', '0', ' ', '\u3000', '\n', '\r\n', '年', 'a'];

describe('CharIndex after edits', () => {
  it('equal a fresh scan after 2,000 random edits (chained sources)', () => {
    const r = rng(11);
    const index = new CharIndex(/[,;:()?!]/g);
    let text = Array.from({ length: 400 }, () => PIECES[Math.floor(r() * PIECES.length)]).join('');
    let src = new SourceText(text);
    index.offsets(src);
    for (let i = 0; i < 2000; i++) {
      const at = Math.floor(r() * (text.length + 1));
      const end = Math.min(text.length, at + Math.floor(r() * 4));
      const ins = Array.from({ length: Math.floor(r() * 4) }, () => PIECES[Math.floor(r() * PIECES.length)]).join('');
      const next = text.slice(0, at) + ins + text.slice(end);
      const moved = SourceText.afterEdit(src, next, { start: at, oldEnd: end, newEnd: at + ins.length });
      const fresh = new SourceText(next);
      assert.deepEqual(index.offsets(moved), index.offsets(fresh), `edit ${i}`);
      text = next;
      src = moved;
    }
  });
});
