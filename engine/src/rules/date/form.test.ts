import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { form } from './form';
import { dateRules } from '.';
import { parseGazette } from '../../parse/gazette';
import { SourceText } from '../../text/source';
import { DRAFT, issueDated, opts, with_ } from './test-fixtures';

describe('date/form (QA round nine)', () => {
  it('flags a 成文日期 written with separators under the signature, and writes it out', () => {
    for (const [written, want] of [['2024.7.3', '2024年7月3日'], ['2024-07-03', '2024年7月3日'], ['2024/7/3', '2024年7月3日'], ['2024．7．3', '2024年7月3日']]) {
      const text = with_('2024年7月3日\n', `${written}\n`);
      assert.deepEqual(check(form, text, opts).map((d) => [d.line, d.column, d.text, d.message]), [[7, 1, written,
        `成文日期应写作“X年X月X日”，不用“${written[4]}”分隔（GB/T 9704—2012 第7.3.5.4条：用阿拉伯数字将年、月、日标全）：应为“${want}”。`]]);
      assert.equal(fixed(form, text, opts), DRAFT);
    }
  });
  it('writes a separated 成文日期 out spaced where the issue spaces the dates around it (probe19: 2021 年 10 月 11 日)', () => {
    const o = { today: '2021-12-01' };
    const text = issueDated(['2021 年 10 月 8 日', '2021.10.11', '2021 年 10 月 26 日']);
    assert.equal(fixed(form, text, o), issueDated(['2021 年 10 月 8 日', '2021 年 10 月 11 日', '2021 年 10 月 26 日']));
    const tight = issueDated(['2021年10月8日', '2021.10.11', '2021年10月26日']);
    assert.equal(fixed(form, tight, o), issueDated(['2021年10月8日', '2021年10月11日', '2021年10月26日']));
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
    // 号 in running text is no 成文日期: a bare line of it away from the signature is left alone, and
    // a sentence's date is judged as a running-text date (below).
    assert.deepEqual(check(form, with_('一、自2024年8月1日起施行，2025年3月1日前完成。', '一、自2024年8月1号起施行。\n2024年8月1号'), opts).map((d) => [d.line, d.message]), [
      [5, '日期用“日”，不用“号”（GB/T 15835—2011《出版物上数字用法》：公历年月日写作“2024年7月3日”）：应为“2024年8月1日”。'],
    ]);
  });

  it('flags a full date closed by 号 in a sentence and fixes it, not a house or line number, a cited title or a date without its year (probe15)', () => {
    const text = with_('一、自2024年8月1日起施行，2025年3月1日前完成。', '一、本措施有效期至2024年12月31号，2025年3月1日前完成。');
    assert.deepEqual(check(form, text, opts).map((d) => [d.line, d.text]), [[5, '号']]);
    assert.equal(fixed(form, text, opts), with_('一、自2024年8月1日起施行，2025年3月1日前完成。', '一、本措施有效期至2024年12月31日，2025年3月1日前完成。'));
    for (const body of ['一、2024年8月1号楼交付使用，2025年3月1日前完成。', '一、落实《关于2024年8月1号文件的说明》，2025年3月1日前完成。', '一、自8月1号起施行，2025年3月1日前完成。']) {
      assert.deepEqual(check(form, with_('一、自2024年8月1日起施行，2025年3月1日前完成。', body), opts), [], body);
    }
  });
  it('passes a 号 after a running-text date that numbers a unit, a berth or a plot (3号机组), and a date inside quotation marks (a citizen quoted, a slip named) (red team 11)', () => {
    for (const body of ['一、聊城电厂2025年6月3号机组完成改造，聊城港2025年9月2号泊位投入试运行，高新区2025年11月5号地块完成出让。',
      '一、东昌府区2025年12月8号标准厂房交付使用，2025年3月1日前完成。',
      '一、市民反映：“我2025年7月15号提交的申请，到现在还没有答复。”',
      '一、正文中的日期不得写作“2026年7月3号”或“2026.7.3”。']) {
      assert.deepEqual(check(form, with_('一、自2024年8月1日起施行，2025年3月1日前完成。', body), opts), [], body);
    }
    const text = with_('一、自2024年8月1日起施行，2025年3月1日前完成。', '一、市民“反映”的问题于2025年7月15号办结。');
    assert.deepEqual(check(form, text, opts).map((d) => [d.line, d.text]), [[5, '号']]);
  });
  it('flags a full date closed by 号 before a word that only opens like a counted noun (机关, 地方, 标准, 文化, 车辆), and still passes 机组, 地块, 标段, 文件 (gaps7)', () => {
    for (const [body, day] of [['一、2025年7月15号机关各部门开始执行，2025年8月1日前完成。', '15'],
      ['一、2025年7月16号地方各级财政足额拨付资金，2025年8月1日前完成。', '16'],
      ['一、2025年7月17号标准正式实施，2025年8月1日前完成。', '17'],
      ['一、2025年7月18号文化和旅游部门开展检查，2025年8月1日前完成。', '18'],
      ['一、2025年7月19号车辆限行措施开始执行，2025年8月1日前完成。', '19']]) {
      const text = with_('一、自2024年8月1日起施行，2025年3月1日前完成。', body);
      assert.deepEqual(check(form, text, opts).map((d) => [d.line, d.text, d.message]), [[5, '号',
        `日期用“日”，不用“号”（GB/T 15835—2011《出版物上数字用法》：公历年月日写作“2024年7月3日”）：应为“2025年7月${day}日”。`]], body);
    }
    for (const body of ['一、聊城电厂2025年6月3号机组完成改造，2025年9月2号机位投入使用，2025年11月5号地段完成出让。',
      '一、2025年12月8号标段开工建设，2025年3月4号文件已印发，2025年5月6号车间投产，2025年5月7号车位启用。']) {
      assert.deepEqual(check(form, with_('一、自2024年8月1日起施行，2025年3月1日前完成。', body), opts), [], body);
    }
  });
  it('flags 曰 for 日 in a 成文日期 (spaced dialect too) and in a sentence, and writes 日 (probe21)', () => {
    for (const [slip, ok] of [['2024年7月3曰\n', '2024年7月3日\n'], ['2024 年 7 月 3 曰\n', '2024 年 7 月 3 日\n']]) {
      const text = with_('2024年7月3日\n', slip);
      assert.deepEqual(check(form, text, opts).map((d) => [d.line, d.text]), [[7, '曰']]);
      assert.equal(fixed(form, text, opts), with_('2024年7月3日\n', ok));
    }
    const running = with_('一、自2024年8月1日起施行', '一、请于2024年8月31曰前报送，子曰：“学而时习之。”自2024年8月1日起施行');
    assert.deepEqual(check(form, running, opts).map((d) => d.text), ['曰']);
    assert.deepEqual(check(form, DRAFT, opts), []);
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
  it('flags a 成文日期 of a year and month alone under the signature, without a fix (probe12)', () => {
    const text = with_('2024年7月3日\n', '2024年7月\n');
    assert.deepEqual(check(form, text, opts).map((d) => [d.line, d.column, d.text, d.message, !!d.fix]), [[7, 1, '2024年7月',
      '成文日期缺少“日”（GB/T 9704—2012 第7.3.5.4条：用阿拉伯数字将年、月、日标全）：应为“2024年7月X日”，补上成文的日。', false]]);
    // Not under a signature: a month in running text, or alone after a sentence.
    assert.deepEqual(check(form, with_('一、自2024年8月1日起施行，2025年3月1日前完成。', '一、自2024年8月1日起施行。\n2024年8月'), opts), []);
    // After the document's own 成文日期: an attached report its compiler signs and dates by month (redteam7).
    const report = with_('（此件公开发布）\n', '（此件公开发布）\n附件\n实施评估报告\n一、评估期为2023年1月至12月。\n聊城市自然资源和规划局\n2024年6月\n');
    assert.deepEqual(check(form, report, opts), []);
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
