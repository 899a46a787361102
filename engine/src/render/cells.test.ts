// CellCounter measures a line as it grows, for line breaking: after every character its total must
// be what measuring the whole text so far gives, by the definition (each full-width character its
// cells, each maximal half-width run one box of halfRunCells).
import { strict as assert } from 'assert';
import { CellCounter, cellsOf, halfRunCells, isHalfWidth } from './cells';

function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

/** The definition, run by run. */
function measured(chars: string[]): number {
  let n = 0;
  let run = '';
  for (const ch of chars) {
    if (isHalfWidth(ch)) {
      run += ch;
      continue;
    }
    if (run) n += halfRunCells(run);
    run = '';
    n += cellsOf(ch);
  }
  return run ? n + halfRunCells(run) : n;
}

const PIECES = ['中', '文', '，', '。', '“', '”', '—', '…', '1', '0', '%', '.', 'W', 'm', 'i', ' ', '(', '）', '‰', 'ｱ', '𠀀', '‖'];

describe('CellCounter', () => {
  it('totals, after every character, what measuring the text so far gives (1,000 random lines)', () => {
    const r = rng(5);
    for (let t = 0; t < 1000; t++) {
      const chars = Array.from({ length: 1 + Math.floor(r() * 40) }, () => PIECES[Math.floor(r() * PIECES.length)]);
      const counter = new CellCounter();
      chars.forEach((ch, k) => {
        counter.add(ch);
        assert.equal(counter.total, measured(chars.slice(0, k + 1)), chars.slice(0, k + 1).join(''));
      });
    }
  });

  it('counts a full-width character as one cell and a half-width run as a box of half-cells', () => {
    const counter = new CellCounter();
    for (const ch of '达到3.5万张') counter.add(ch);
    assert.equal(counter.total, 5.5);
    assert.equal(new CellCounter().total, 0);
  });
});
