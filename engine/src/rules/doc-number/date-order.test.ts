import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { emptyModel } from '../../model/load';
import type { Model } from '../../model/types';
import { dateOrder } from './date-order';

/** An issue of 聊政办字〔2024〕 notices, each [seq, 成文日期] (a code other than 聊政办字 as a third element). */
function issue(docs: [number, string, string?][]): string {
  const code = (d: [number, string, string?]) => d[2] ?? '聊政办字';
  const toc = docs.flatMap((d, i) => [`关于做好第${i + 1}项工作的通知`, `${code(d)}〔2024〕${d[0]}号 ${i * 2 + 2}`]);
  const body = docs.flatMap((d, i) => [code(d).endsWith('发') ? '聊城市人民政府办公室文件' : '聊城市人民政府办公室', '', `${code(d)}〔2024〕${d[0]}号`, '',
    `聊城市人民政府办公室关于做好第${i + 1}项工作的通知`, '', '各县（市、区）人民政府，市政府各部门：', '现将有关事项通知如下，请认真贯彻执行。', '',
    '聊城市人民政府办公室', d[1], '']);
  return ['聊城市人民政府公报', '2024', '第10期', '', '目录', '◎市政府办公室文件', ...toc, '', ...body].join('\n');
}

const brief = (text: string, model: Model = emptyModel()) => check(dateOrder, text, { model }).map((f) => [f.line, f.text, f.message]);

describe('doc-number/date-order', () => {
  it('notes the one document out of order with the others of its series, at its number', () => {
    assert.deepEqual(brief(issue([[25, '2024年9月15日'], [26, '2024年9月20日'], [30, '2024年8月1日']])), [
      [40, '聊政办字〔2024〕30号', '本文“聊政办字〔2024〕30号”的成文日期“2024年8月1日”比顺序号在前的“聊政办字〔2024〕26号”（第28行，2024年9月20日）早50天（与同一系列2份文件的先后不一致）：同一机关代字、同一年份的发文字号按发文先后编排（GB/T 9704—2012 第7.2.5条），请核对成文日期或发文字号。'],
    ]);
  });

  it('notes both of two documents that only disagree with each other (which one is wrong cannot be told)', () => {
    assert.deepEqual(brief(issue([[25, '2024年9月15日'], [30, '2024年8月1日']])).map((f) => f[1]), ['聊政办字〔2024〕25号', '聊政办字〔2024〕30号']);
  });

  it('passes numbers in date order, the same date, and a later number dated up to a week earlier', () => {
    assert.deepEqual(brief(issue([[14, '2024年11月9日'], [15, '2024年11月9日'], [16, '2024年12月16日']])), []);
    assert.deepEqual(brief(issue([[20, '2024年12月27日'], [21, '2024年12月20日']])), []);
    assert.deepEqual(brief(issue([[20, '2024年12月28日'], [21, '2024年12月20日']])).length, 2);
  });

  it('compares one series only: another code, and a number whose year is not its date\'s (doc-number/year-date\'s), are not in it', () => {
    assert.deepEqual(brief(issue([[25, '2024年9月15日'], [30, '2024年8月1日', '聊政办发']])), []);
    assert.deepEqual(brief(issue([[25, '2025年9月15日'], [30, '2024年8月1日']])), []);
  });

  it('compares with the documents of earlier issues the model knows', () => {
    const model: Model = { ...emptyModel(), documents: [
      { number: '聊政办字〔2024〕20号', title: '聊城市人民政府办公室关于甲事的通知', shortTitle: '关于甲事的通知', issuer: '聊城市人民政府办公室', date: '2024-10-08', type: '通知' },
    ] };
    assert.deepEqual(brief(issue([[18, '2024年11月20日']]), model).map((f) => f[2]), [
      '本文“聊政办字〔2024〕18号”的成文日期“2024年11月20日”比顺序号在后的“聊政办字〔2024〕20号”（往期公报，2024年10月8日）晚43天：同一机关代字、同一年份的发文字号按发文先后编排（GB/T 9704—2012 第7.2.5条），请核对成文日期或发文字号。',
    ]);
    // The issue's own copy of a registry document is the one read (its date as printed here).
    assert.deepEqual(brief(issue([[20, '2024年10月8日'], [21, '2024年10月9日']]), model), []);
  });
});
