import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { arabic } from './arabic';
import { fullYearRule } from './full-year';
import { leadingZero } from './leading-zero';
import { valid } from './valid';
import { future } from './future';
import { form } from './form';
import { dateRules } from '.';
import { parseGazette } from '../../parse/gazette';
import { SourceText } from '../../text/source';

const DRAFT = [
  '聊城市人民政府文件',
  '聊政发〔2024〕5号',
  '聊城市人民政府关于加强某项工作的通知',
  '各县（市、区）人民政府，市政府各部门：',
  '一、自2024年8月1日起施行，2025年3月1日前完成。',
  '聊城市人民政府',
  '2024年7月3日',
  '（此件公开发布）',
  '聊城市人民政府办公室　　2024年7月4日印发',
  '',
].join('\n');

function with_(from: string, to: string): string {
  if (!DRAFT.includes(from)) throw new Error(from);
  return DRAFT.replace(from, to);
}

const opts = { today: '2024-07-10' };

describe('date rules', () => {
  it('pass a well-dated draft', () => {
    assert.deepEqual(check(dateRules, DRAFT, opts), []);
  });
});

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

  it('converts 十 forms and ○ (U+25CB) in the 印发日期', () => {
    const text = with_('2024年7月4日印发', '二○二四年七月四日印发');
    assert.equal(fixed(arabic, text, opts), DRAFT);
    const t2 = DRAFT.replace('2024年7月3日\n', '二〇二四年十二月三十一日\n');
    assert.equal(fixed(arabic, t2, opts), DRAFT.replace('2024年7月3日\n', '2024年12月31日\n'));
  });
});

describe('date/full-year', () => {
  it('flags 24年 and fixes it', () => {
    const text = with_('2024年7月3日\n', '24年7月3日\n');
    assert.deepEqual(check(fullYearRule, text, opts).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'date/full-year', line: 7, column: 1, text: '24',
      message: '成文日期的年份“24”应标全（GB/T 9704—2012 第7.3.5.4条）：应为“2024年7月3日”。',
    }]);
    assert.equal(fixed(fullYearRule, text, opts), DRAFT);
  });
});

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
});

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
  it('leaves a bare 2月29日 (a leap year has it) and real month-days alone', () => {
    assert.deepEqual(check(valid, with_('2025年3月1日前完成。', '每年2月29日、4月30日、12月31日前完成。'), opts), []);
  });
  it('leaves a lunar month and day alone (every lunar month may have 30 days), not a lunar 31 (redteam3)', () => {
    assert.deepEqual(check(valid, with_('2025年3月1日前完成。', '庙会于农历2月30日闭幕，除夕（农历12月30日）照常开放。'), opts), []);
    assert.deepEqual(check(valid, with_('2025年3月1日前完成。', '庙会于农历4月31日闭幕。'), opts).map((d) => d.text), ['4月31日']);
  });
});

describe('date/future', () => {
  it('flags a draft dated after today', () => {
    const text = with_('2024年7月3日\n', '2025年7月3日\n');
    assert.deepEqual(check(future, text, opts).map((d) => [d.line, d.text, d.message]), [
      [7, '2025年7月3日', '成文日期“2025年7月3日”晚于今天（2024-07-10），请核对年份、月份是否有误（GB/T 9704—2012 第7.3.5.4条）。'],
    ]);
  });

  it('never judges an issue against today', () => {
    const issue = [
      '聊城市人民政府公报', '2030', '第1期', '目录', '◎市政府文件',
      '聊城市人民政府关于甲事项的通知', '聊政字〔2030〕15号 2', '',
      '聊城市人民政府', '聊政字〔2030〕15号', '聊城市人民政府关于甲事项的通知', '各县（市、区）人民政府：',
      '一、做好甲事项。', '聊城市人民政府', '2030年11月29日', '',
    ].join('\n');
    assert.deepEqual(check(future, issue, opts), []);
  });
});

describe('date/form (QA round nine)', () => {
  it('flags a 成文日期 written with separators under the signature, and writes it out', () => {
    for (const [written, want] of [['2024.7.3', '2024年7月3日'], ['2024-07-03', '2024年7月3日'], ['2024/7/3', '2024年7月3日'], ['2024．7．3', '2024年7月3日']]) {
      const text = with_('2024年7月3日\n', `${written}\n`);
      assert.deepEqual(check(form, text, opts).map((d) => [d.line, d.column, d.text, d.message]), [[7, 1, written,
        `成文日期应写作“X年X月X日”，不用“${written[4]}”分隔（GB/T 9704—2012 第7.3.5.4条：用阿拉伯数字将年、月、日标全）：应为“${want}”。`]]);
      assert.equal(fixed(form, text, opts), DRAFT);
    }
  });
  it('reports a month no calendar has without a fix', () => {
    const text = with_('2024年7月3日\n', '2024.13.3\n');
    assert.deepEqual(check(form, text, opts).map((d) => [d.line, d.text, !!d.fix]), [[7, '2024.13.3', false]]);
  });
  it('flags 号 for 日 in a 令\'s 公布日期 under the signature of the head of government (probe5)', () => {
    const decree = (date: string) => `聊城市人民政府令\n\n第52号\n\n《聊城市城市绿化管理办法》已经2025年7月28日市人民政府第15次常务会议通过，现予公布，自2025年10月1日起施行。\n\n市长：张百顺\n\n${date}\n\n聊城市城市绿化管理办法\n\n第一条 为了促进城市绿化事业发展，制定本办法。\n`;
    assert.deepEqual(check(form, decree('2025年8月12号')).map((f) => [f.line, f.text]), [[9, '号']]);
    assert.equal(fixed(form, decree('2025年8月12号')), decree('2025年8月12日'));
    assert.deepEqual(check(form, decree('2025年8月12日')), []);
  });

  it('flags 号 for 日 in a 成文日期 and a separated 印发日期, and writes them out', () => {
    const hao = with_('2024年7月3日\n', '2024年7月3号\n');
    assert.deepEqual(check(form, hao, opts).map((d) => [d.line, d.column, d.text, d.message]), [[7, 9, '号',
      '成文日期用“日”，不用“号”（GB/T 9704—2012 第7.3.5.4条：用阿拉伯数字将年、月、日标全）：应为“2024年7月3日”。']]);
    assert.equal(fixed(form, hao, opts), DRAFT);
    const printed = with_('2024年7月4日印发', '2024.7.4印发');
    assert.deepEqual(check(form, printed, opts).map((d) => [d.line, d.column, d.text, d.message]), [[9, 13, '2024.7.4',
      '印发日期应写作“X年X月X日”，不用“.”分隔（GB/T 9704—2012 第7.4.3条：印发日期用阿拉伯数字将年、月、日标全）：应为“2024年7月4日印发”。']]);
    assert.equal(fixed(form, printed, opts), DRAFT);
    // 号 in running text (3号楼, 5月3号) is no 成文日期.
    assert.deepEqual(check(form, with_('一、自2024年8月1日起施行，2025年3月1日前完成。', '一、自2024年8月1号起施行。\n2024年8月1号'), opts), []);
  });
  it('flags a full stop after a 成文日期 or its 日 left out, and reads the line as the date', () => {
    const stop = with_('2024年7月3日\n', '2024年7月3日。\n');
    assert.deepEqual(check(form, stop, opts).map((d) => [d.line, d.column, d.text, d.message]), [[7, 10, '。',
      '成文日期后不加标点“。”（GB/T 9704—2012 第7.3.5.4条：成文日期单独成行，用阿拉伯数字将年、月、日标全）：应为“2024年7月3日”。']]);
    assert.equal(fixed(form, stop, opts), DRAFT);
    const noDay = with_('2024年7月3日\n', '2024年7月3\n');
    assert.deepEqual(check(form, noDay, opts).map((d) => [d.line, d.column, d.text, d.message]), [[7, 8, '3',
      '成文日期缺少“日”（GB/T 9704—2012 第7.3.5.4条：用阿拉伯数字将年、月、日标全）：应为“2024年7月3日”。']]);
    assert.equal(fixed(form, noDay, opts), DRAFT);
    // A full stop where 日 was meant: the 日 is written in its place.
    const both = with_('2024年7月3日\n', '2024年7月3。\n');
    assert.deepEqual(check(form, both, opts).map((d) => [d.line, d.text]), [[7, '3。']]);
    assert.equal(fixed(form, both, opts), DRAFT);
    // Read as the 成文日期: the 附注 and 印发 lines after it are the tail, not body.
    for (const text of [stop, noDay]) {
      const doc = parseGazette(new SourceText(text)).documents[0];
      assert.equal(doc.date?.iso, '2024-07-03');
      assert.equal(doc.signature?.text, '聊城市人民政府');
      assert.equal(doc.notes[0]?.text, '（此件公开发布）');
    }
    // Not under a signature: a figure in running text, or such a line in the body.
    assert.deepEqual(check(form, with_('一、自2024年8月1日起施行，2025年3月1日前完成。', '一、自2024年8月1日起施行。\n2024年8月1'), opts), []);
    assert.deepEqual(check(form, with_('一、自2024年8月1日起施行，2025年3月1日前完成。', '一、自2024年8月1日起施行。\n2024年8月1日。'), opts), []);
  });
  it('flags a 成文日期 in Chinese numerals with a full stop, 号 or its 日 left out once, and writes it in Arabic numerals', () => {
    const why = 'GB/T 9704—2012 第7.3.5.4条：成文日期用阿拉伯数字将年、月、日标全';
    for (const [written, slip] of [['二〇二四年七月三日。', '其后不加标点“。”'], ['二〇二四年七月三号', '用“日”，不用“号”'], ['二〇二四年七月三', '不漏“日”']]) {
      const text = with_('2024年7月3日\n', `${written}\n`);
      assert.deepEqual(check(dateRules, text, opts).map((d) => [d.ruleId, d.line, d.text, d.message]), [['date/form', 7, written,
        `成文日期应使用阿拉伯数字，${slip}（${why}）：应为“2024年7月3日”。`]]);
      assert.equal(fixed(dateRules, text, opts), DRAFT);
    }
    // Read as the 成文日期 (the 附注 after it is the tail); a plain Chinese-numeral date stays date/arabic's alone.
    assert.equal(parseGazette(new SourceText(with_('2024年7月3日\n', '二〇二四年七月三日。\n'))).documents[0].notes[0]?.text, '（此件公开发布）');
    assert.deepEqual(check(dateRules, with_('2024年7月3日\n', '二〇二四年七月三日\n'), opts).map((d) => d.ruleId), ['date/arabic']);
    // Such a line in the body, under a finished sentence, is none.
    assert.deepEqual(check(form, with_('一、自2024年8月1日起施行，2025年3月1日前完成。', '一、自2024年8月1日起施行。\n二〇二四年八月一日。'), opts), []);
  });
  it('passes such a figure anywhere but under a signature, and mixed separators', () => {
    assert.deepEqual(check(form, DRAFT, opts), []);
    assert.deepEqual(check(form, with_('一、自2024年8月1日起施行，2025年3月1日前完成。', '一、自2024年8月1日起施行。\n2024.8.1'), opts), []);
    assert.deepEqual(check(form, with_('2024年7月3日\n', '2024.7-3\n'), opts), []);
  });
});
