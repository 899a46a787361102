import * as assert from 'assert';
import { commonPrefix, commonSuffix, offsetInEarlier, unchangedEnds } from './diff';

describe('text/diff', () => {
  const earlier = '一、总体要求\n二、重点任务\n附件：1.工作方案';
  const now = '一、总体要求\n各地要抓好落实。\n二、重点任务\n附件：1.工作方案\n2.';

  it('bounds the changed span with the common prefix and suffix', () => {
    assert.strictEqual(commonPrefix('甲乙丙丁', '甲乙戊丁'), 2);
    assert.strictEqual(commonSuffix('甲乙丙丁', '甲乙戊丁', 2), 1);
    const long = 'x'.repeat(10_000);
    assert.strictEqual(commonPrefix(long + 'a' + long, long + 'b' + long), 10_000);
    assert.strictEqual(commonSuffix(long + 'a' + long, long + 'b' + long, 10_000), 10_000);
  });

  it('unchangedEnds: head and tail that never overlap nor split a surrogate pair', () => {
    assert.deepStrictEqual(unchangedEnds('市住建局', '市住房城乡建设局'), { head: 2, tail: 1 });
    assert.deepStrictEqual(unchangedEnds('的的', '的'), { head: 1, tail: 0 });
    // 𠀀𠀁 → 𠀀𠀂: the pairs share their high halves, which stay with the change.
    assert.deepStrictEqual(unchangedEnds('𠀀𠀁', '𠀀𠀂'), { head: 2, tail: 0 });
    assert.deepStrictEqual(unchangedEnds('𠀁甲', '𠀂甲'), { head: 0, tail: 1 });
  });

  it('maps an offset of the text now into the earlier text', () => {
    assert.strictEqual(offsetInEarlier(earlier, earlier, 5), 5);
    // Before the first change: the same offset.
    assert.strictEqual(offsetInEarlier(earlier, now, 3), 3);
    // Inside the changed span: its start in the earlier text.
    const inside = now.indexOf('各地要') + 2;
    assert.strictEqual(offsetInEarlier(earlier, now, inside), earlier.indexOf('二、'));
    // After the last change: moved back by the length difference.
    assert.strictEqual(offsetInEarlier(earlier, '前言。' + earlier, 3 + earlier.indexOf('附件')), earlier.indexOf('附件'));
    assert.strictEqual(offsetInEarlier(earlier, now, now.length), earlier.length);
  });
});
