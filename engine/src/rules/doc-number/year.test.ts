import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { year } from './year';
import { bracket } from './bracket';
import { yearDate } from './year-date';
import { DRAFT, draftWith, codesModel } from './testdata';
import { cutIssue } from '../../parse/issue-fixture';
import { lint } from '../../lint';
import { emptyModel } from '../../model/load';

describe('doc-number/year', () => {
  it('passes four-digit years', () => {
    assert.deepEqual(check(year, DRAFT), []);
  });

  it('flags 〔24〕 in the own number and fixes it from the 成文日期', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政发〔24〕5号');
    assert.deepEqual(check(year, text).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'doc-number/year', line: 3, column: 5, text: '24',
      message: '发文字号的年份“24”应标全称（四位数字）（GB/T 9704—2012 第7.2.5条）：应为“聊政发〔2024〕5号”。',
    }]);
    assert.equal(fixed(year, text), DRAFT);
  });

  it('flags 年 inside the brackets of the own, a cited and a bare number, and deletes it', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政发〔2024年〕5号',
      draftWith('（鲁政办字〔2023〕25号）', '（鲁政办字〔2023年〕25号）',
        draftWith('各单位要高度重视。', '按照聊政办字〔2023年〕7号文件要求执行。')));
    assert.deepEqual(check(year, text).map((d) => [d.line, d.text, d.message]), [
      [3, '年', '发文字号的年份后不加“年”字（GB/T 9704—2012 第7.2.5条：年份用阿拉伯数字标全称，用六角括号“〔〕”括入）：应为“聊政发〔2024〕5号”。'],
      [9, '年', '引用的发文字号的年份后不加“年”字（GB/T 9704—2012 第7.2.5条：年份用阿拉伯数字标全称，用六角括号“〔〕”括入）：应为“鲁政办字〔2023〕25号”。'],
      [11, '年', '引用的发文字号的年份后不加“年”字（GB/T 9704—2012 第7.2.5条：年份用阿拉伯数字标全称，用六角括号“〔〕”括入）：应为“聊政办字〔2023〕7号”。'],
    ]);
    assert.equal(fixed(year, text), draftWith('各单位要高度重视。', '按照聊政办字〔2023〕7号文件要求执行。'));
  });

  it('reads no number in a bracketed year without 号, nor in a year range or a date after a number', () => {
    const text = draftWith('各单位要高度重视。', '《聊城市城市更新行动计划（2025年）》明确12个重点片区，到2025年12月底完成。聊政办发〔2024〕3号文件印发后2025年内完成。');
    assert.deepEqual(check(year, text), []);
  });

  it('a short year with wrong brackets gives two distinct diagnostics, and no year-date', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政发[24]5号');
    const found = check([bracket, year, yearDate], text);
    assert.deepEqual(found.map((d) => d.ruleId), ['doc-number/bracket', 'doc-number/year']);
  });

  it('cited short year: fixed from the registry when it knows the number, otherwise only suggested', () => {
    const text = draftWith('聊政办字〔2023〕7号', '聊政办字〔23〕7号');
    assert.equal(fixed(year, text, { model: codesModel() }), DRAFT);
    const found = check(year, text);
    assert.equal(found.length, 1);
    assert.equal(found[0].message, '引用的发文字号的年份“23”应标全称（四位数字）（GB/T 9704—2012 第7.2.5条）：可能为“聊政办字〔2023〕7号”。');
    assert.equal(found[0].fix, undefined);
  });

  it('no fix when the short year does not match the date', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政发〔23〕5号');
    const found = check(year, text);
    assert.equal(found.length, 1);
    assert.equal(found[0].fix, undefined);
  });

  // A rule replaces the part it reads whole; in a number cut by a page continuation that part holds
  // the documents printed between the halves: the fix (here a suggestion) keeps them.
  it('a short year cut by a page continuation: the suggestion inserts the missing digits and keeps the text between', () => {
    const cite = '根据《山东省人民政府办公厅关于印发某某行动方案的通知》（鲁政办字〔';
    const text = cutIssue(`${cite}2`, '3〕143号）要求，制定本方案。');
    const [d] = lint(text, { model: emptyModel(), only: [year], today: '2026-11-22' }).diagnostics;
    assert.equal(d.message, '引用的发文字号的年份“23”应标全称（四位数字）（GB/T 9704—2012 第7.2.5条）：可能为“鲁政办字〔2023〕143号”。');
    const f = d.suggestions![0].fix;
    assert.equal(text.slice(0, f.range[0]) + f.text + text.slice(f.range[1]), cutIssue(`${cite}2`, '023〕143号）要求，制定本方案。'));
  });
});
