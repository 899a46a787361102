import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { valid } from './valid';
import { opts, with_ } from './test-fixtures';

describe('date/valid', () => {
  it('flags 2月30日 and 13月', () => {
    const text = with_('2024年7月3日\n', '2024年2月30日\n');
    assert.deepEqual(check(valid, text, opts).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'date/valid', line: 7, column: 1, text: '2024年2月30日',
      message: '成文日期“2024年2月30日”不是真实存在的日期：2024年2月只有29天（GB/T 9704—2012 第7.3.5.4条）。请核对月、日，改为实际的日期。',
    }]);
    assert.equal(check(valid, with_('2025年3月1日前', '2025年13月1日前'), opts)[0].message,
      '日期“2025年13月1日”不是真实存在的日期：没有13月（GB/T 9704—2012 第7.3.5.4条）。请核对月、日，改为实际的日期。');
    assert.deepEqual(check(valid, with_('2024年7月3日\n', '2024年2月29日\n'), opts), []);
  });
  it('flags a month and day no year has, written without its year (the end of a range)', () => {
    const text = with_('2025年3月1日前完成。', '2025年3月1日至4月31日完成。');
    assert.deepEqual(check(valid, text, opts).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'date/valid', line: 5, column: 27, text: '4月31日',
      message: '日期“4月31日”不是真实存在的日期：4月只有30天（GB/T 9704—2012 第7.3.5.4条）。请核对月、日，改为实际的日期。',
    }]);
    assert.equal(check(valid, with_('2025年3月1日前', '每年13月1日前'), opts)[0].message,
      '日期“13月1日”不是真实存在的日期：没有13月（GB/T 9704—2012 第7.3.5.4条）。请核对月、日，改为实际的日期。');
  });
  it('flags a year and month with no day whose month no year has (probe12: 2026年13月组织开展)', () => {
    const text = with_('2025年3月1日前完成。', '2025年13月组织开展考核，2025 年 0 月完成。');
    assert.deepEqual(check(valid, text, opts).map((d) => [d.text, d.message]), [
      ['2025年13月', '日期“2025年13月”不是真实存在的日期：没有13月（GB/T 9704—2012 第7.3.5.4条）。请核对年份、月份，改为实际的日期。'],
      ['2025 年 0 月', '日期“2025年0月”不是真实存在的日期：没有0月（GB/T 9704—2012 第7.3.5.4条）。请核对年份、月份，改为实际的日期。'],
    ]);
    // Real months, a full date (judged as one, once), counts of months and a number before 年 that is no year.
    assert.deepEqual(check(valid, with_('2025年3月1日前完成。', '2025年12月组织开展，2025年10月完成，连续12个月，第3年13月份。'), opts), []);
    assert.deepEqual(check(valid, with_('2025年3月1日前', '2025年13月1日前'), opts).map((d) => d.text), ['2025年13月1日']);
  });
  it('leaves a bare 2月29日 (a leap year has it) and real month-days alone', () => {
    assert.deepEqual(check(valid, with_('2025年3月1日前完成。', '每年2月29日、4月30日、12月31日前完成。'), opts), []);
  });
  it('leaves a lunar month and day alone (every lunar month may have 30 days), not a lunar 31 (redteam3)', () => {
    assert.deepEqual(check(valid, with_('2025年3月1日前完成。', '庙会于农历2月30日闭幕，除夕（农历12月30日）照常开放。'), opts), []);
    assert.deepEqual(check(valid, with_('2025年3月1日前完成。', '庙会于农历4月31日闭幕。'), opts).map((d) => d.text), ['4月31日']);
  });
  it('leaves a child\'s age in months after a year alone (2026年36月龄以下婴幼儿) (redteam5)', () => {
    assert.deepEqual(check(valid, with_('2025年3月1日前完成。', '2025年36月龄以下婴幼儿健康管理率达到95%，2025年18月龄儿童筛查2万人次。'), opts), []);
  });
});
