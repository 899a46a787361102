import * as assert from 'node:assert/strict';
import type { Paragraph } from '../../types';
import { indexAt, Sentences, SpanLookup } from './util';

describe('cross-ref util', () => {
  it('indexAt: the first normalised character at or after a source offset, across dropped characters', () => {
    // 通 知 。 with the spaces dropped: text 通知。 at source offsets 10, 12, 14; the paragraph ends at 15.
    const p = { text: '通知。', map: [10, 12, 14, 15] } as Paragraph;
    assert.deepEqual([9, 10, 11, 12, 13, 14, 15, 99].map((o) => indexAt(p, o)), [0, 0, 1, 1, 2, 2, 3, 3]);
    assert.equal(indexAt({ text: '', map: [5] } as Paragraph, 5), 0);
  });

  it('Sentences: the sentence around an index, its end mark included, with the text\'s ends as bounds', () => {
    const s = new Sentences('甲乙。丙丁；戊!己');
    assert.deepEqual([0, 1, 2, 3, 5, 6, 7, 8, 9].map((i) => s.text.slice(...s.boundsAt(i))), ['甲乙。', '甲乙。', '甲乙。', '丙丁；', '丙丁；', '戊!', '戊!', '己', '己']);
    assert.deepEqual(s.boundsAt(8), [8, 9]);
    assert.deepEqual(new Sentences('没有句末标点').boundsAt(3), [0, 6]);
    const empty = new Sentences('');
    assert.equal(empty.text.slice(...empty.boundsAt(0)), '');
  });

  it('SpanLookup: whether a range overlaps any span, nested and unsorted spans too', () => {
    const spans = new SpanLookup([{ start: 20, end: 30 }, { start: 0, end: 100 }, { start: 200, end: 210 }]);
    assert.deepEqual([[100, 150], [99, 100], [150, 200], [209, 300], [210, 300], [0, 0]].map(([a, b]) => spans.overlaps(a, b)),
      [false, true, false, true, false, false]);
    assert.equal(new SpanLookup([]).overlaps(0, 10), false);
  });
});
