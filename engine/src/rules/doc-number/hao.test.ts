import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { hao } from './hao';
import { DRAFT, draftWith } from './testdata';

describe('doc-number/hao', () => {
  const item = '一、提高认识。各单位要高度重视。';

  it('passes numbers with their 号', () => {
    assert.deepEqual(check(hao, DRAFT), []);
  });

  it('flags the own number without 号 and adds it', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政发〔2024〕5');
    assert.deepEqual(check(hao, text).map((d) => [d.line, d.text, d.message]), [
      [3, '5', '发文字号缺少“号”字（GB/T 9704—2012 第7.2.5条）：应为“聊政发〔2024〕5号”。'],
    ]);
    assert.equal(fixed(hao, text), DRAFT);
  });

  it('flags a bare number in running text without 号', () => {
    const text = draftWith(item, '一、提高认识。按照聊政发〔2024〕6文件要求执行。');
    assert.deepEqual(check(hao, text).map((d) => [d.line, d.text]), [[11, '6']]);
    assert.equal(fixed(hao, text), draftWith(item, '一、提高认识。按照聊政发〔2024〕6号文件要求执行。'));
  });

  it('flags the traditional 號 in the own, a cited and a bare number, and writes 号', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政发〔2024〕5號',
      draftWith('（鲁政办字〔2023〕25号）', '（鲁政办字〔2023〕25號）', draftWith(item, '一、提高认识。按照聊政发〔2024〕6號文件要求执行。')));
    assert.deepEqual(check(hao, text).map((d) => [d.line, d.text, d.message]), [
      [3, '號', '发文字号用规范汉字“号”，不用繁体“號”（GB/T 9704—2012 第7.2.5条）：应为“聊政发〔2024〕5号”。'],
      [9, '號', '引用的发文字号用规范汉字“号”，不用繁体“號”（GB/T 9704—2012 第7.2.5条）：应为“鲁政办字〔2023〕25号”。'],
      [11, '號', '引用的发文字号用规范汉字“号”，不用繁体“號”（GB/T 9704—2012 第7.2.5条）：应为“聊政发〔2024〕6号”。'],
    ]);
    assert.equal(fixed(hao, text), draftWith(item, '一、提高认识。按照聊政发〔2024〕6号文件要求执行。'));
  });

  it('passes numbers of one series sharing one 号 (〔2023〕12、13号, 〔2022〕3至5号)', () => {
    const text = draftWith(item, '一、提高认识。按照聊政办字〔2023〕12、13号和聊政发〔2022〕3至5号、聊政发〔2021〕7—9号文件执行。');
    assert.deepEqual(check(hao, text), []);
  });
});
