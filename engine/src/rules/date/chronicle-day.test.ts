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

  // An issue whose 意见, cut at （下转第5页）, goes on inside the 大事记 as （上接第2页）…: the
  // fragment ends where the 大事记's own entries resume (probe20), so they are judged.
  const hosting = (days: string[]) => [
    '聊城市人民政府公报', '', '2022', '', '第8期（总第233期）', '', '目 录', '', '◎市政府文件', '',
    '关于加快某项工作的意见', '', '聊政发〔2022〕1号 2', '', '聊城市人民政府大事记（2022年8月） 5', '',
    '聊城市人民政府文件', '', '聊政发〔2022〕1号', '', '聊城市人民政府 关于加快某项工作的意见', '',
    '各县（市、区）人民政府，市政府各部门：', '', '一、总体要求', '', '（一）加强领导。建立工作机制。', '',
    '（二）强化保障。统筹用好各级专项资金。（牵头单位：市财政局；配合单位：市发展改革委、市人力资源社（下转第5页）', '',
    '聊城市人民政府大事记', '', '（2022年8月）', '',
    `${days[0]}，市政府常务会议召开。`, '', `${days[1]}，全市经济运行分析会议召开。市长出席会议并讲话，副`, '',
    '（上接第2页）会保障局；责任单位：各县（市、区）人民政府）', '', '（三）营造氛围。及时总结推广典型经验做法。', '',
    '市长主持会议。', '', ...days.slice(2).flatMap((d) => [`${d}，全市安全生产工作会议召开。`, '']),
  ].join('\n');
  it('judges the entries after a continuation fragment printed inside the 大事记 (probe20)', () => {
    assert.deepEqual(check(chronicleDay, hosting(['2日', '12日', '16日', '19日', '23日', '30日'])), []);
    assert.deepEqual(check(chronicleDay, hosting(['2日', '12日', '16日', '19日', '13日', '30日'])).map((f) => [f.line, f.text]), [[49, '13日']]);
  });
});
