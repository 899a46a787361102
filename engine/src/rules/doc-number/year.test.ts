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

  it('reads a date after the issue\'s year as the slip: reported at the date, once, without a fix', () => {
    // QA round seven: 2027年2月18日 under 聊政办字〔2025〕5号 in 2025年第2期 was reported twice (the
    // 目录 entry too), each time with a fix making the number 〔2027〕.
    const issue = (date: string) => ['聊城市人民政府公报', '', '2025', '', '第2期（总第263期）', '', '目 录', '',
      '◎市政府办公室文件', '', '关于调整聊城市重污染天气应急指挥部组成人员的通知', '', '聊政办字〔2025〕5号 29', '',
      '聊城市人民政府办公室', '', '聊政办字〔2025〕5号', '',
      '聊城市人民政府办公室 关于调整聊城市重污染天气应急指挥部组成人员的通知', '',
      '各县（市、区）人民政府，市属开发区管委会，市政府有关部门：', '', '因人员变动，现将调整后的名单通知如下。', '',
      '聊城市人民政府办公室', '', date, ''].join('\n');
    assert.deepEqual(check(yearDate, issue('2025年2月18日')), []);
    const found = check(yearDate, issue('2027年2月18日'));
    assert.deepEqual(found.map((f) => [f.line, f.text, f.fix]), [[27, '2027年2月18日', undefined]]);
    assert.match(found[0].message, /晚于本期公报的年份（2025年）：应是成文日期有误/);
    // A date of the issue's year under a number of another year is the number's slip, as before.
    const other = check(yearDate, issue('2025年2月18日').replace('聊政办字〔2025〕5号\n\n聊城市人民政府办公室 关于', '聊政办字〔2024〕5号\n\n聊城市人民政府办公室 关于'));
    assert.deepEqual(other.map((f) => [f.line, f.text]), [[17, '2024']]);
  });

  it('leaves a draft dated after today to date/future when its number is of this year', () => {
    // Today is 2026-11-22 in the tests: 2036 is a slip for 2026, and 〔2026〕 is right.
    assert.deepEqual(check(yearDate, draftWith('2024年7月3日', '2036年7月3日').replace('聊政发〔2024〕5号', '聊政发〔2026〕5号')), []);
    assert.equal(check(yearDate, draftWith('2024年7月3日', '2025年7月3日')).length, 1);
  });

  it('does not judge cited numbers', () => {
    assert.deepEqual(check(yearDate, draftWith('鲁政办字〔2023〕25号', '鲁政办字〔2019〕25号')), []);
  });
});
