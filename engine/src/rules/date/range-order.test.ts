import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { rangeOrder } from './range-order';

const bulletin = (body: string) => `聊城市人民政府办公室\n\n聊政办字〔2026〕43号\n\n聊城市人民政府办公室关于2026年上半年全市重点工作督查情况的通报\n\n各县（市、区）人民政府，市政府各部门：\n\n${body}\n\n聊城市人民政府办公室\n\n2026年8月25日\n`;
const brief = (text: string) => check(rangeOrder, text).map((d) => [d.line, d.text, d.message]);

describe('date/range-order', () => {
  it('reports a range whose end comes before its start (probe13)', () => {
    assert.deepEqual(brief(bulletin('2026年7月15日至7月1日，市政府督查室会同有关部门进行了督查。')), [
      [9, '2026年7月15日至7月1日', '日期区间“2026年7月15日至7月1日”的结束日期早于开始日期：起止日期颠倒或有笔误。请核对，按从早到晚写出实际的起止日期。'],
    ]);
    assert.deepEqual(brief(bulletin('活动时间为2026年9月10日至5日。')).map((f) => f[1]), ['2026年9月10日至5日']);
    assert.deepEqual(brief(bulletin('活动时间为2026年9月10日至2025年10月5日。')).map((f) => f[1]), ['2026年9月10日至2025年10月5日']);
    // Extraction spaces between digits and 年月日 (the 2024-11-12 layout).
    assert.deepEqual(brief(bulletin('2026 年 7 月 15 日至 7 月 1 日，市政府督查室进行了督查。')).map((f) => f[1]), ['2026 年 7 月 15 日至 7 月 1 日']);
  });

  it('reports a range of months with both years whose end comes first (probe14: a 方案\'s stage)', () => {
    assert.deepEqual(brief(bulletin('（二）排查整治阶段（2026年11月至2026年5月）。全面开展排查。')), [
      [9, '2026年11月至2026年5月', '日期区间“2026年11月至2026年5月”的结束月份早于开始月份：起止日期颠倒或有笔误。请核对，按从早到晚写出实际的起止月份。'],
    ]);
    assert.deepEqual(brief(bulletin('2026 年 11 月至 2025 年 12 月开展排查。')).map((f) => f[1]), ['2026 年 11 月至 2025 年 12 月']);
    // In order, an end month without its year (it may run into the next year), or a month range's start inside a full date.
    for (const body of ['（二）排查整治阶段（2026年11月至2027年5月）。', '供暖期为2026年11月至3月。', '2026年5月至2026年5月为试点期。',
      '2026年11月至2026年11月30日开展排查。', '2026年11月1日至2027年5月31日开展排查。']) {
      assert.deepEqual(brief(bulletin(body)), [], body);
    }
  });

  it('passes ranges in order, and an end without its year in another month (it may run into the next year)', () => {
    for (const body of ['2026年7月1日至7月15日，市政府督查室进行了督查。', '活动时间为2026年9月1日至10月31日。', '2026年9月1日至9日开展集中检查。',
      '供暖期为2025年11月15日至3月15日。', '2025年12月1日至2026年2月28日开展冬季攻势。', '2026年7月1日至7月1日为试运行期。',
      '截至2026年7月15日，至7月1日已完成的项目不再统计。']) {
      assert.deepEqual(brief(bulletin(body)), [], body);
    }
  });
});
