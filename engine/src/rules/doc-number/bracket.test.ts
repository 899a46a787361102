import * as assert from 'node:assert/strict';
import { check, defaultModel, fixed } from '../testing';
import { bracket } from './bracket';
import { DRAFT, draftWith } from './testdata';

describe('doc-number/bracket', () => {
  it('passes 〔〕', () => {
    assert.deepEqual(check(bracket, DRAFT), []);
  });

  it('flags [] in the own number, with the fix', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政发[2024]5号');
    assert.deepEqual(check(bracket, text).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'doc-number/bracket', line: 3, column: 4, text: '[2024]',
      message: '发文字号年份应使用六角括号〔〕，不用“[]”（GB/T 9704—2012 第7.2.5条）：应为“聊政发〔2024〕5号”。',
    }]);
    assert.equal(fixed(bracket, text), DRAFT);
  });

  it('flags （） and 【】 in citations, and fixes only the brackets', () => {
    const text = draftWith('鲁政办字〔2023〕25号', '鲁政办字【2023】25号', draftWith('聊政办字〔2023〕7号', '聊政办字（2023）7号'));
    const found = check(bracket, text);
    assert.deepEqual(found.map((d) => [d.line, d.text, d.message]), [
      [9, '【2023】', '引用的发文字号年份应使用六角括号〔〕，不用“【】”（GB/T 9704—2012 第7.2.5条）：应为“鲁政办字〔2023〕25号”。'],
      [9, '（2023）', '引用的发文字号年份应使用六角括号〔〕，不用“（）”（GB/T 9704—2012 第7.2.5条）：应为“聊政办字〔2023〕7号”。'],
    ]);
    assert.equal(fixed(bracket, text), DRAFT);
  });

  it('flags [] in a 公告\'s number, which keeps its 第', () => {
    const text = draftWith('（鲁政办字〔2023〕25号）', '（聊城市人民政府公告[2025]第1号）');
    assert.deepEqual(check(bracket, text).map((d) => [d.text, d.message]), [
      ['[2025]', '引用的发文字号年份应使用六角括号〔〕，不用“[]”（GB/T 9704—2012 第7.2.5条）：应为“聊城市人民政府公告〔2025〕第1号”。'],
    ]);
    assert.equal(fixed(bracket, text), draftWith('（鲁政办字〔2023〕25号）', '（聊城市人民政府公告〔2025〕第1号）'));
  });

  it('flags the small look-alike ﹝﹞ (U+FE5D/FE5E) and 〖〗 in the own number and in running text', () => {
    const own = draftWith('聊政发〔2024〕5号', '聊政发﹝2024﹞5号');
    assert.deepEqual(check(bracket, own).map((d) => [d.line, d.text, d.message]), [
      [3, '﹝2024﹞', '发文字号年份应使用六角括号〔〕，不用“﹝﹞”（GB/T 9704—2012 第7.2.5条）：应为“聊政发〔2024〕5号”。'],
    ]);
    assert.equal(fixed(bracket, own), DRAFT);
    const item = '一、提高认识。各单位要高度重视。';
    const bare = draftWith(item, '一、提高认识。按照聊政办字﹝2023﹞12号和聊政发〖2022〗3号文件要求执行。');
    const model = defaultModel();
    assert.deepEqual(check(bracket, bare, { model }).map((d) => [d.line, d.text]), [[11, '﹝2023﹞'], [11, '〖2022〗']]);
    assert.equal(fixed(bracket, bare, { model }), draftWith(item, '一、提高认识。按照聊政办字〔2023〕12号和聊政发〔2022〕3号文件要求执行。'));
  });

  it('flags () and ［］ and keeps spaces inside for the spacing rule', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政发( 2024)5号');
    assert.equal(fixed(bracket, text), draftWith('聊政发〔2024〕5号', '聊政发〔 2024〕5号'));
    assert.equal(check(bracket, draftWith('聊政发〔2024〕5号', '聊政发［2024］5号')).length, 1);
  });
});

describe('doc-number/bracket: a number in running text', () => {
  const item = '一、提高认识。各单位要高度重视。';

  it('flags （） and [] after a code the model knows, with its 号, and fixes them', () => {
    const text = draftWith(item, '一、提高认识。按照聊政办字（2023）12号和聊政发[2022]3号文件要求执行。');
    const model = defaultModel();
    assert.deepEqual(check(bracket, text, { model }).map((d) => [d.line, d.text]), [[11, '（2023）'], [11, '[2022]']]);
    assert.equal(fixed(bracket, text, { model }), draftWith(item, '一、提高认识。按照聊政办字〔2023〕12号和聊政发〔2022〕3号文件要求执行。'));
  });

  it('leaves other bracketed years alone: an unknown code, no 号, a plan\'s years', () => {
    const text = draftWith(item, '一、提高认识。落实鲁环字（2023）12号、聊政办字（2023）12文件和规划（2024）3项任务，实施方案（2024—2026年）。');
    assert.deepEqual(check(bracket, text, { model: defaultModel() }), []);
  });
});

