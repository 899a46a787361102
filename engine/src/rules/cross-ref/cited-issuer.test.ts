import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { citedIssuer } from './cited-issuer';

const decision = (body: string) => `聊城市人民政府文件\n\n聊政发〔2026〕9号\n\n聊城市人民政府关于废止部分市政府行政规范性文件的决定\n\n各县（市、区）人民政府，市政府各部门：\n\n${body}\n\n聊城市人民政府\n\n2026年10月10日\n`;
const brief = (text: string) => check(citedIssuer, text).map((d) => [d.line, d.text, d.message]);

describe('cross-ref/cited-issuer', () => {
  it('reports a title naming the government\'s office with the government\'s number, and the reverse (probe14)', () => {
    assert.deepEqual(brief(decision('1. 《聊城市人民政府办公室关于印发聊城市建设节水型社会先行区实施方案的通知》（聊政字〔2024〕19号）')), [
      [9, '聊政字〔2024〕19号',
        '所引标题的发文机关“聊城市人民政府办公室”与发文字号“聊政字〔2024〕19号”不符：“聊政字”是聊城市人民政府的发文字号（人民政府用“政发”“政字”，其办公室用“政办发”“政办字”）。请核对标题中的发文机关或发文字号。'],
    ]);
    assert.deepEqual(brief(decision('2. 《聊城市人民政府关于印发聊城市重污染天气应急预案的通知》（聊政办字〔2024〕18号）')).map((d) => d[2]),
      ['所引标题的发文机关“聊城市人民政府”与发文字号“聊政办字〔2024〕18号”不符：“聊政办字”是聊城市人民政府办公室（办公厅）的发文字号（人民政府用“政发”“政字”，其办公室用“政办发”“政办字”）。请核对标题中的发文机关或发文字号。']);
    // A province's office (办公厅) too.
    assert.deepEqual(brief(decision('现将《山东省人民政府关于进一步加强城镇燃气安全管理工作的通知》（鲁政办字〔2026〕58号）转发给你们。')).length, 1);
  });

  it('passes an issuer that agrees with its number, a 转发 title, other issuers, and a citation without a number', () => {
    for (const body of [
      '1. 《聊城市人民政府关于印发聊城市建设节水型社会先行区实施方案的通知》（聊政字〔2024〕19号）',
      '2. 《聊城市人民政府办公室关于印发聊城市重污染天气应急预案的通知》（聊政办字〔2024〕18号）',
      '现将《山东省人民政府办公厅关于进一步加强城镇燃气安全管理工作的通知》（鲁政办字〔2026〕58号）转发给你们。',
      '落实《山东省人民政府办公厅转发省发展改革委关于某事意见的通知》（鲁政办发〔2026〕3号）。',
      '落实《聊城市住房和城乡建设局关于做好既有住宅加装电梯工作的通知》（聊住建字〔2026〕19号）。',
      '落实《聊城市人民政府关于推动人工智能赋能千行百业高质量发展的实施意见》。',
    ]) assert.deepEqual(brief(decision(body)), [], body);
  });
});
