import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { fullYearRule } from './full-year';
import { DRAFT, opts, with_ } from './test-fixtures';

describe('date/full-year', () => {
  it('flags 24年 and fixes it', () => {
    const text = with_('2024年7月3日\n', '24年7月3日\n');
    assert.deepEqual(check(fullYearRule, text, opts).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'date/full-year', line: 7, column: 1, text: '24',
      message: '成文日期的年份“24”应标全（GB/T 9704—2012 第7.3.5.4条）：应为“2024年7月3日”。',
    }]);
    assert.equal(fixed(fullYearRule, text, opts), DRAFT);
  });

  it('leaves four-digit years and a count of years (近24年来) alone', () => {
    assert.deepEqual(check(fullYearRule, DRAFT, opts), []);
    assert.deepEqual(check(fullYearRule, with_('一、自2024年8月1日起施行，', '一、近24年来，自2024年8月1日起施行，'), opts), []);
  });
});
