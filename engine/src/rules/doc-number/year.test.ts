import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { year } from './year';
import { bracket } from './bracket';
import { yearDate } from './year-date';
import { DRAFT, draftWith, codesModel } from './testdata';

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
});

describe('doc-number/year-date', () => {
  it('passes when the year is the year of the 成文日期', () => {
    assert.deepEqual(check(yearDate, DRAFT), []);
  });

  it('flags the own number of another year and fixes the year', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政发〔2023〕5号');
    assert.deepEqual(check(yearDate, text).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'doc-number/year-date', line: 3, column: 5, text: '2023',
      message: '发文字号的年份“2023”与成文日期“2024年7月3日”不一致：发文字号应标发文年份（GB/T 9704—2012 第7.2.5条）：应为“聊政发〔2024〕5号”。',
    }]);
    assert.equal(fixed(yearDate, text), DRAFT);
  });

  it('does not judge cited numbers', () => {
    assert.deepEqual(check(yearDate, draftWith('鲁政办字〔2023〕25号', '鲁政办字〔2019〕25号')), []);
  });
});
