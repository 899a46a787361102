import { strict as assert } from 'assert';
import { covers, overlaps } from './spans';

describe('rules/spans', () => {
  const spans = [{ start: 10, end: 20 }, { start: 30, end: 40 }];
  it('overlaps: a range sharing an offset with a span, not one that only touches it', () => {
    assert.deepEqual([[5, 11], [19, 25], [12, 13], [0, 10], [20, 30], [25, 45]].map(([a, b]) => overlaps(spans, a, b)),
      [true, true, true, false, false, true]);
    assert.equal(overlaps([], 0, 100), false);
  });
  it('covers: an offset inside a span, its end excluded', () => {
    assert.deepEqual([9, 10, 19, 20, 40].map((i) => covers(spans, i)), [false, true, true, false, false]);
  });
});
