import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { arabic } from './arabic';
import { DRAFT, issueDated, opts, with_ } from './test-fixtures';

describe('date/arabic', () => {
  it('flags a 成文日期 in Chinese numerals and converts it', () => {
    const text = with_('2024年7月3日\n', '二〇二四年七月三日\n');
    assert.deepEqual(check(arabic, text, opts).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'date/arabic', line: 7, column: 1, text: '二〇二四年七月三日',
      message: '成文日期应使用阿拉伯数字（GB/T 9704—2012 第7.3.5.4条）：应为“2024年7月3日”。',
    }]);
    assert.equal(fixed(arabic, text, opts), DRAFT);
  });

  it('flags a 令\'s date in Chinese numerals under 市长：name (QA round eight: the two lines were read as one paragraph)', () => {
    const decree = ['聊城市人民政府令', '', '第50号', '', '《聊城市养犬管理办法》已经市人民政府常务会议通过，现予公布，自2025年9月1日起施行。', '',
      '市长：张百顺', '', '二〇二五年七月八日', '', '聊城市养犬管理办法', '', '第一条  为了加强养犬管理，制定本办法。', ''].join('\n');
    assert.deepEqual(check(arabic, decree, { today: '2025-08-01' }).map((d) => [d.line, d.text]), [[9, '二〇二五年七月八日']]);
    assert.equal(fixed(arabic, decree, { today: '2025-08-01' }), decree.replace('二〇二五年七月八日', '2025年7月8日'));
  });

  it('writes the date spaced where the issue spaces the dates around it (probe19: 2021 年 10 月 22 日)', () => {
    const o = { today: '2021-12-01' };
    const text = issueDated(['2021 年 10 月 11 日', '二〇二一年十月二十二日', '2021 年 10 月 26 日']);
    assert.equal(fixed(arabic, text, o), issueDated(['2021 年 10 月 11 日', '2021 年 10 月 22 日', '2021 年 10 月 26 日']));
    // Neighbours printed tight: tight.
    const tight = issueDated(['2021年10月11日', '二〇二一年十月二十二日', '2021 年 10 月 26 日']);
    assert.equal(fixed(arabic, tight, o), issueDated(['2021年10月11日', '2021年10月22日', '2021 年 10 月 26 日']));
  });

  it('converts 十 forms and ○ (U+25CB) in the 印发日期', () => {
    const text = with_('2024年7月4日印发', '二○二四年七月四日印发');
    assert.equal(fixed(arabic, text, opts), DRAFT);
    const t2 = DRAFT.replace('2024年7月3日\n', '二〇二四年十二月三十一日\n');
    assert.equal(fixed(arabic, t2, opts), DRAFT.replace('2024年7月3日\n', '2024年12月31日\n'));
  });

  it('leaves a date in running text, and Arabic 成文日期 and 印发日期, alone', () => {
    assert.deepEqual(check(arabic, DRAFT, opts), []);
    assert.deepEqual(check(arabic, with_('一、自2024年8月1日起施行，', '一、自二〇二四年八月一日起施行，'), opts), []);
  });
});
