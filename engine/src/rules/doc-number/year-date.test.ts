import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { yearDate } from './year-date';
import { DRAFT, draftWith } from './testdata';

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

  it('gives no fix when the body and its 目录 entry print the same year against the date (the date may be the slip)', () => {
    // probe20: the date's year was the slip (2021年7月29日 for 2022年); the fix rewrote the correct
    // 聊政发〔2022〕11号 in the body and in the 目录 to 〔2021〕.
    const issue = (tocNumber: string, number: string, date: string) => ['聊城市人民政府公报', '', '2022', '', '第8期', '', '目 录', '',
      '◎市政府文件', '', '关于印发聊城市制造业数字化转型实施方案的通知', '', `${tocNumber} 6`, '',
      '聊城市人民政府文件', '', number, '', '聊城市人民政府 关于印发聊城市制造业数字化转型实施方案的通知', '',
      '各县（市、区）人民政府，市政府各部门：', '', '现将《聊城市制造业数字化转型实施方案》印发给你们，请认真贯彻执行。', '',
      '聊城市人民政府', '', date, ''].join('\n');
    const text = issue('聊政发〔2022〕11号', '聊政发〔2022〕11号', '2021年7月29日');
    const found = check(yearDate, text);
    assert.deepEqual(found.map((f) => [f.line, f.text, f.fix]), [[13, '2022', undefined], [17, '2022', undefined]]);
    assert.equal(found[1].message, '发文字号的年份“2022”与成文日期“2021年7月29日”不一致，而本文的发文字号在正文和目录中都印作“2022”年：发文字号应标发文年份（GB/T 9704—2012 第7.2.5条），请核对是成文日期还是发文字号的年份有误。');
    assert.equal(fixed(yearDate, text), text);
    // The 目录 entry under another code (the body's code a slip too) but the same title still counts.
    const code = issue('聊政字〔2022〕11号', '聊政发〔2022〕11号', '2021年7月29日');
    assert.equal(fixed(yearDate, code), code);
    // probe18: the number of the issue's year, dated the year before, its 目录 entry slipped too
    // (another sequence): the date may still be the slip, no fix.
    const alone = issue('聊政发〔2022〕14号', '聊政发〔2022〕11号', '2021年7月29日');
    assert.deepEqual(check(yearDate, alone).map((f) => [f.line, f.message]), [[17, '发文字号的年份“2022”与成文日期“2021年7月29日”不一致，而发文字号的年份是本期公报的年份（2022年）：发文字号应标发文年份（GB/T 9704—2012 第7.2.5条），请核对是成文日期还是发文字号的年份有误。']]);
    assert.equal(fixed(yearDate, alone), alone);
    // Only the body's year differs from the date and its 目录 entry: the body's slip, fixed.
    assert.equal(fixed(yearDate, issue('聊政发〔2022〕11号', '聊政发〔2021〕11号', '2022年7月29日')), issue('聊政发〔2022〕11号', '聊政发〔2022〕11号', '2022年7月29日'));
    // Only the entry's year differs: the entry's slip, fixed.
    assert.equal(fixed(yearDate, issue('聊政发〔2021〕11号', '聊政发〔2022〕11号', '2022年7月29日')), issue('聊政发〔2022〕11号', '聊政发〔2022〕11号', '2022年7月29日'));
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
