import { strict as assert } from 'assert';
import { covers, overlaps, SpanIndex } from './spans';

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
  it('SpanIndex: the same answers as overlaps, for spans unsorted, nested and empty', () => {
    const odd = [{ start: 30, end: 40 }, { start: 0, end: 100 }, { start: 50, end: 50 }, { start: 10, end: 12 }];
    for (const set of [spans, odd, []]) {
      const index = new SpanIndex(set);
      for (let a = -2; a < 105; a += 3) for (let b = a; b < a + 12; b++) assert.equal(index.overlaps(a, b), overlaps(set, a, b), `${JSON.stringify(set)} ${a}-${b}`);
    }
    assert.equal(new SpanIndex([{ start: 0, end: 100 }, { start: 10, end: 12 }]).overlaps(50, 51), true);
  });
  it('overlaps and covers: the same answers past the length where they search an index, also after the list grew', () => {
    const many = Array.from({ length: 40 }, (_, k) => ({ start: k * 10, end: k * 10 + 5 }));
    const walk = (a: number, b: number) => many.some((s) => s.start < b && a < s.end);
    for (let a = -3; a < 410; a += 2) assert.equal(overlaps(many, a, a + 3), walk(a, a + 3), `${a}`);
    assert.deepEqual([0, 4, 5, 394, 395, 400].map((i) => covers(many, i)), [true, true, false, true, false, false]);
    many.push({ start: 1000, end: 1010 });
    assert.equal(covers(many, 1005), true);
  });
  it('SpanIndex.holds: whether one span holds the whole range, as a walk over the spans says', () => {
    const odd = [{ start: 30, end: 40 }, { start: 0, end: 25 }, { start: 50, end: 50 }, { start: 10, end: 12 }, { start: 33, end: 60 }];
    const index = new SpanIndex(odd);
    for (let a = -2; a < 70; a++) for (let b = a; b < a + 15; b++) assert.equal(index.holds(a, b), odd.some((s) => s.start <= a && b <= s.end), `${a}-${b}`);
    assert.equal(new SpanIndex([]).holds(0, 0), false);
  });
  it('SpanIndex: whether a range overlaps any span, nested and unsorted spans too', () => {
    const spans = new SpanIndex([{ start: 20, end: 30 }, { start: 0, end: 100 }, { start: 200, end: 210 }]);
    assert.deepEqual([[100, 150], [99, 100], [150, 200], [209, 300], [210, 300], [0, 0]].map(([a, b]) => spans.overlaps(a, b)),
      [false, true, false, true, false, false]);
    assert.equal(new SpanIndex([]).overlaps(0, 10), false);
  });
});
