import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { chronicleDay } from './chronicle-day';

const chronicle = (month: string, entries: string[]) => ['聊城市人民政府大事记', '', month, '', ...entries.flatMap((e) => [e, ''])].join('\n');
const run = (month: string, entries: string[]) => check(chronicleDay, chronicle(month, entries)).map((f) => [f.line, f.column, f.text, f.message]);

describe('date/chronicle-day', () => {
  it('passes days in order, spans, same-day entries and a wrap that leaves a day at a line start', () => {
    assert.deepEqual(run('(2024年6月)', [
      '1—2日，市委副书记、市长张百顺率队进行招商考察。',
      '2日，全市经济运行分析会议召开。',
      '△市政府党组理论学习中心组进行集体学习。',
      '6 日，市政府常务会议召开。',
      '**12日，**全市妇女儿童工作会议召开，会议要求于6月',
      '13日，前完成部署。',
      '30日，全市抗旱防汛工作视频会议召开。',
    ]), []);
  });

  it('reports a day out of order at the entry that breaks the rise', () => {
    assert.deepEqual(run('（2024年6月）', [
      '6日，全市安全生产工作会议召开。', '14日，市政府常务会议召开。', '12日，全市妇女儿童工作会议召开。', '13日，市政府常务会议召开。',
    ]), [[7, 1, '14日', '大事记（2024年6月）中的“14日”排在“12日”之前：大事记按日期先后逐日记载，请核对这一条的日期或位置。']]);
    assert.deepEqual(run('（2024年6月）', ['6日，会议召开。', '11日，会议召开。', '3日，会议召开。', '13日，会议召开。']).map((f) => f[3]),
      ['大事记（2024年6月）中的“3日”排在“11日”之后：大事记按日期先后逐日记载，请核对这一条的日期或位置。']);
  });

  it('reads entries whose day is set apart by spaces, not a comma (6日　市长…), and reports one out of order (probe14)', () => {
    assert.deepEqual(run('(2026年10月)', ['8日 市政府办公室印发方案。', '12日　市政府发布通告。', '25日 市政府办公室印发办法。', '16日 市政府召开会议。', '20日 市政府办公室印发通知。', '28日 市政府召开常务会议。']).map((f) => f[3]),
      ['大事记（2026年10月）中的“25日”排在“16日”之前：大事记按日期先后逐日记载，请核对这一条的日期或位置。']);
    assert.deepEqual(run('(2026年10月)', ['8日 市政府办公室印发方案。', '12日 市政府发布通告。', '28日 市政府召开常务会议。']), []);
    // No space: a sentence a wrap left at a paragraph's start (3日内…), no entry.
    assert.deepEqual(run('(2026年10月)', ['8日 市政府办公室印发方案，要求各地', '3日内完成部署。', '28日 市政府召开常务会议。']), []);
  });

  it('reports a day the month does not have', () => {
    assert.deepEqual(run('（2024年6月）', ['6日，会议召开。', '31日，会议召开。']), [[7, 1, '31日', '大事记（2024年6月）中的“31日”不是本月的日期：6月只有30天。请核对日期。']]);
    assert.deepEqual(run('（2023年2月）', ['28—29日，会议召开。']).map((f) => f[2]), ['28—29日']);
    assert.deepEqual(run('（2024年2月）', ['28—29日，会议召开。']), []);
  });
});
