import * as assert from 'node:assert';
import { textFix } from './fix-text';

/** The span of `written` in `source` as normalised text: every character but line breaks and indentation. */
function span(source: string, written: string) {
  const start = source.indexOf(written);
  const offsets: number[] = [];
  let text = '';
  for (let i = start; i < start + written.length; i++) {
    if (/[\r\n 　]/.test(source[i])) continue;
    offsets.push(i);
    text += source[i];
  }
  return { start, end: start + written.length, text, offsets };
}

function apply(source: string, written: string, wanted: string): [string, string] {
  const f = textFix(source, span(source, written), wanted);
  return [source.slice(f.range[0], f.range[1]), source.slice(0, f.range[0]) + f.text + source.slice(f.range[1])];
}

describe('textFix', () => {
  it('touches only the characters that differ', () => {
    assert.deepStrictEqual(apply('（牵头单位：市教育局）', '市教育局', '市教育体育局'), ['', '（牵头单位：市教育体育局）']);
    assert.deepStrictEqual(apply('（牵头单位：市住建局）', '市住建局', '市住房城乡建设局'), ['建', '（牵头单位：市住房城乡建设局）']);
  });

  it('keeps a line break (LF, CRLF, blank line, indentation) inside the changed middle', () => {
    assert.deepStrictEqual(apply('市住\n建局', '市住\n建局', '市住房城乡建设局'), ['建', '市住\n房城乡建设局']);
    assert.deepStrictEqual(apply('市住\r\n\r\n  建局', '市住\r\n\r\n  建局', '市住房城乡建设局'), ['建', '市住\r\n\r\n  房城乡建设局']);
    assert.deepStrictEqual(apply('《公园建\r\n  设方案》', '公园建\r\n  设方案', '公园城市建设实施方案'), ['建\r\n  设', '《公园城市建\r\n  设实施方案》']);
    assert.deepStrictEqual(apply('《聊城市公园建\n设方案》', '聊城市公园建\n设方案', '聊城市公园城市建设实施方案'), ['建\n设', '《聊城市公园城市建\n设实施方案》']);
  });

  it('never splits a surrogate pair', () => {
    const f = textFix('𠀀𠀁', span('𠀀𠀁', '𠀀𠀁'), '𠀀𠀂');
    assert.deepStrictEqual(f, { range: [2, 4], text: '𠀂' });
  });

  it('replaces a changed middle past any title\'s length whole, without the quadratic alignment', () => {
    // 600 × 600 changed characters (a 100,000-character line in 《》 would need a table of 10^10):
    // the middle is replaced whole, so the line break inside it is not carried over as it is for a title.
    const half = '甲乙'.repeat(150);
    const source = `《x${half}\n${half}y》`;
    const wanted = `x${'乙甲'.repeat(300)}y`;
    const [, fixed] = apply(source, `x${half}\n${half}y`, wanted);
    assert.strictEqual(fixed, `《${wanted}》`);
    // A title's length keeps the break.
    const short = '甲乙'.repeat(10);
    assert.strictEqual(apply(`《x${short}\n${short}y》`, `x${short}\n${short}y`, `x${'乙甲'.repeat(20)}y`)[1].includes('\n'), true);
  });

  it('replaces the whole span when its offsets are unknown', () => {
    assert.deepStrictEqual(textFix('市住建局', { start: 0, end: 4, text: '市住建局' }, '市住房城乡建设局'), { range: [0, 4], text: '市住房城乡建设局' });
  });
});
