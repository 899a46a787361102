import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { leadingZero } from './leading-zero';
import { DRAFT, opts, with_ } from './test-fixtures';

describe('date/leading-zero', () => {
  it('flags 07月03日 in the 成文日期 and fixes only the digits', () => {
    const text = with_('2024年7月3日\n', '2024年07月03日\n');
    assert.deepEqual(check(leadingZero, text, opts).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'date/leading-zero', line: 7, column: 6, text: '07月03',
      message: '成文日期中的月、日不编虚位（不在前面补“0”）（GB/T 9704—2012 第7.3.5.4条）：应为“2024年7月3日”。',
    }]);
    assert.equal(fixed(leadingZero, text, opts), DRAFT);
  });

  it('flags a full date with a leading zero in running text', () => {
    const text = with_('2025年3月1日前', '2025年03月1日前');
    assert.deepEqual(check(leadingZero, text, opts).map((d) => [d.line, d.text]), [[5, '03']]);
    assert.equal(fixed(leadingZero, text, opts), DRAFT);
  });

  it('keeps spaces of the extraction when fixing', () => {
    const text = with_('2024年7月3日\n', '2024 年 07 月 3 日\n');
    assert.equal(fixed(leadingZero, text, opts), with_('2024年7月3日\n', '2024 年 7 月 3 日\n'));
  });

  it('leaves dates without leading zeros and a number written 07号 alone', () => {
    assert.deepEqual(check(leadingZero, DRAFT, opts), []);
    assert.deepEqual(check(leadingZero, with_('一、自2024年8月1日起施行，', '一、自2024年8月1日起施行，编号为07号，'), opts), []);
  });
});
