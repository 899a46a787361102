import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { effectiveOrder } from './effective-order';

const WHY = '规章、规范性文件不得溯及既往（《立法法》第一百零四条），须先经会议通过、再签发公布、后施行';
/** A 印发 notice signed 2025-09-03 with its attached 办法 whose last article is `last`. */
const notice = (last: string) => `聊城市人民政府办公室\n\n聊政办字〔2025〕21号\n\n聊城市人民政府办公室关于印发聊城市行政检查管理办法的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n《聊城市行政检查管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n聊城市人民政府办公室\n2025年9月3日\n\n聊城市行政检查管理办法\n\n第一条 为了规范行政检查行为，制定本办法。\n\n第二条 ${last}\n`;
/** A 令 promulgated 2025-08-12 whose decree text is `decree` and whose regulation ends with `last`. */
const decree = (decreeText: string, last: string) => `聊城市人民政府令\n\n第52号\n\n${decreeText}\n\n市长：张百顺\n\n2025年8月12日\n\n聊城市城市绿化管理办法\n\n第一条 为了促进城市绿化事业发展，制定本办法。\n\n第二条 ${last}\n`;
const brief = (text: string) => check(effectiveOrder, text).map((d) => [d.line, d.column, d.text, d.message]);

describe('date/effective-order', () => {
  it('passes a regulation in force on or after its 成文日期, valid until a later day, or in force on issue', () => {
    for (const last of ['本办法自2025年10月10日起施行，有效期至2030年10月9日。', '本办法自2025年9月3日起施行。', '本办法自印发之日起施行。',
      // Not the document itself: another text's date, or a clause that goes on (本市自…起施行新标准).
      '《山东省城镇绿化条例》自2020年1月1日起施行。', '本市自2025年1月1日起施行新的收费标准。',
      // 起执行: an allowance applied from the start of the year, a favour the law allows.
      '本办法自2025年1月1日起执行。',
      // A work plan may start before it is signed.
      '本方案自2025年9月1日起实施。',
      // Quoted: the words of an amended text (redteam7).
      '将《聊城市责任规划师制度（试行）》第二十条“本制度自2021年5月1日起施行，有效期至2026年4月30日”修改为“本制度自2021年5月1日起施行，有效期至2028年4月30日”。'])
      assert.deepEqual(brief(notice(last)), [], last);
    const ok = '《聊城市城市绿化管理办法》已经2025年7月28日市人民政府第15次常务会议通过，现予公布，自2025年10月1日起施行。';
    assert.deepEqual(brief(decree(ok, '本办法自2025年10月1日起施行。')), []);
    assert.deepEqual(brief(decree(ok.replace('自2025年10月1日起施行', '自公布之日起施行'), '本办法自公布之日起施行。')), []);
  });

  it('passes a regulation republished after amendment, which keeps its first 施行日期', () => {
    const text = `聊城市人民政府令\n\n第48号\n\n《聊城市人民政府关于修改部分市政府规章的决定》已经2024年10月31日市人民政府第77次常务会议通过，现予公布，自公布之日起施行。\n\n市长：张百顺\n\n2024年11月11日\n\n聊城市燃气管理办法\n\n（2017年12月15日聊城市人民政府令第32号公布 根据2024年11月11日《聊城市人民政府关于修改部分市政府规章的决定》修正）\n\n第一条 为了加强燃气管理，制定本办法。\n\n第二条 本办法自2018年3月1日起施行。\n`;
    assert.deepEqual(brief(text), []);
  });

  it('reports a 施行日期 before the 成文日期, and an end of validity before the 施行日期', () => {
    assert.deepEqual(brief(notice('本办法自2025年8月10日起施行，有效期至2030年8月9日。')), [
      [18, 9, '2025年8月10日', `施行日期2025年8月10日早于成文日期2025年9月3日（${WHY}）：请核对两个日期（有利于当事人的特别规定可以溯及既往，确属此类的可忽略）。`],
    ]);
    assert.deepEqual(brief(notice('本办法自2025年10月10日起施行，有效期至2020年10月9日。')), [
      [18, 28, '2020年10月9日', '有效期截止日期2020年10月9日早于施行日期2025年10月10日：有效期自施行之日起算，请核对年份。'],
    ]);
  });

  it('reports a validity of more than five years from the 施行日期 (a mistyped year), not one of five, its last day counted inclusively or not (probe13)', () => {
    assert.deepEqual(brief(notice('本办法自2025年10月10日起施行，有效期至2035年10月9日。')), [
      [18, 28, '2035年10月9日', '有效期截止日期2035年10月9日距施行日期2025年10月10日超过5年：行政规范性文件有效期自施行之日起一般不超过5年（《山东省行政规范性文件制定和监督管理办法》），请核对年份。'],
    ]);
    assert.deepEqual(brief(notice('本办法自2025年10月10日起施行，有效期至2030年11月10日。')).map((d) => d[2]), ['2030年11月10日']);
    // A 施行日期 before the 成文日期 is the date in doubt: reported alone.
    assert.deepEqual(brief(notice('本办法自2025年1月1日起施行，有效期至2030年9月2日。')).map((d) => d[2]), ['2025年1月1日']);
    // Five years, the last day counted either way, or two.
    for (const last of ['本办法自2025年10月10日起施行，有效期至2030年10月9日。', '本办法自2025年10月10日起施行，有效期至2030年10月10日。', '本办法自2025年10月10日起施行，有效期至2027年10月9日。'])
      assert.deepEqual(brief(notice(last)), [], last);
  });

  it('reports a validity ending before the 成文日期 of a text in force on issue (本方案自印发之日起施行，有效期至…) (probe13)', () => {
    assert.deepEqual(brief(notice('本办法自印发之日起施行，有效期至2024年12月31日。')), [
      [18, 21, '2024年12月31日', '有效期截止日期2024年12月31日早于成文日期2025年9月3日：文件自印发（公布）之日起施行，有效期不能在印发前届满，请核对年份。'],
    ]);
    assert.deepEqual(brief(notice('本方案自印发之日起施行，有效期至2024年12月31日。')).map((d) => d[2]), ['2024年12月31日']);
    assert.deepEqual(brief(notice('本方案自印发之日起施行，有效期至2027年12月31日。')), []);
  });

  it('judges a 通告\'s own 施行日期 (it binds the public), not a 公告\'s (a favour may apply from an earlier day)', () => {
    const own = (kind: string, self: string) => `聊城市人民政府关于2025年秋冬季机动车限行管理的${kind}\n\n为改善城市空气质量，市政府决定对中心城区部分机动车实施限行管理。\n\n${self}\n\n特此${kind}。\n\n聊城市人民政府\n\n2025年11月6日\n`;
    assert.deepEqual(brief(own('通告', '本通告自2025年10月15日起施行。')).map((f) => f.slice(0, 3)), [[5, 5, '2025年10月15日']]);
    assert.deepEqual(brief(own('通告', '本通告自2025年11月15日起施行。')), []);
    assert.deepEqual(brief(own('公告', '本公告自2025年10月15日起施行。')), []);
  });

  it('in a 令: reports a 施行日期 before the 公布日期, a meeting after it, and two 施行日期 that differ', () => {
    const ok = '《聊城市城市绿化管理办法》已经2025年7月28日市人民政府第15次常务会议通过，现予公布，自2025年10月1日起施行。';
    assert.deepEqual(brief(decree(ok, '本办法自2025年7月1日起施行。')), [
      [15, 9, '2025年7月1日', `施行日期2025年7月1日早于公布日期2025年8月12日（${WHY}）：请核对两个日期（有利于当事人的特别规定可以溯及既往，确属此类的可忽略）。`],
    ]);
    assert.deepEqual(brief(decree(ok.replace('7月28日', '8月28日'), '本办法自2025年10月1日起施行。')), [
      [5, 16, '2025年8月28日', `会议通过日期2025年8月28日晚于公布日期2025年8月12日（${WHY}）：文件须先经会议通过再签发，请核对日期。`],
    ]);
    assert.deepEqual(brief(decree(ok, '本办法自2025年11月1日起施行。')).map((f) => f.slice(0, 3)), [[15, 9, '2025年11月1日']]);
  });
  it('in a 令 in force on promulgation (自公布之日起施行): reports another 施行日期 in the text it promulgates (probe14)', () => {
    const onPublish = '《聊城市城市绿化管理办法》已经2025年7月28日市人民政府第15次常务会议通过，现予公布，自公布之日起施行。';
    assert.deepEqual(brief(decree(onPublish, '本办法自2025年12月1日起施行。')), [
      [15, 9, '2025年12月1日', '所公布文本的施行日期2025年12月1日与令中的“自公布之日起施行”（公布日期2025年8月12日）不一致：两处写的是同一日期，请核对。'],
    ]);
    assert.deepEqual(brief(decree(onPublish, '本办法自2025年8月12日起施行。')), []);
    assert.deepEqual(brief(decree(onPublish, '本办法自公布之日起施行。')), []);
  });

  it('judges only the text\'s own validity: not one after another subject, nor a quoted earlier text\'s (redteam8)', () => {
    // A licence's validity, in the sentence after the 施行 clause.
    assert.deepEqual(brief(notice('本办法自2025年10月1日起施行。本办法施行前取得的供热经营许可证，有效期至2032年12月31日的，在有效期内继续有效。')), []);
    // The text's own validity, in its clause or the next sentence, is still judged.
    assert.deepEqual(brief(notice('本办法自2025年10月10日起施行。本办法有效期至2035年10月9日。')).map((d) => d[2]), ['2035年10月9日']);
    // A notice extending an earlier text's validity quotes its words.
    const extend = '聊城市人民政府办公室\n\n聊政办字〔2026〕19号\n\n聊城市人民政府办公室关于延长《聊城市促进民营经济发展若干措施》有效期的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n《聊城市促进民营经济发展若干措施》（聊政办字〔2024〕3号）原规定“本措施自印发之日起施行，有效期至2026年3月31日”。经市政府同意，其有效期延长至2028年3月31日。\n\n聊城市人民政府办公室\n2026年4月8日\n';
    assert.deepEqual(brief(extend), []);
    assert.deepEqual(brief(extend.replace(/原规定“(.*?)”。/, '$1。')).map((d) => d[2]), ['2026年3月31日']);
  });

  it('does not judge a forwarded text\'s 施行日期 against the forwarding notice\'s 成文日期 (redteam8)', () => {
    const forward = (title: string) => `聊城市人民政府办公室\n\n聊政办字〔2026〕9号\n\n${title}\n\n各县（市、区）人民政府，市政府各部门：\n\n省财政厅《关于省级财政专项资金管理办法》已经市政府同意，现转发给你们，请结合实际认真贯彻执行。\n\n聊城市人民政府办公室\n2026年2月10日\n\n省级财政专项资金管理办法\n\n第一条 为加强省级财政专项资金管理，制定本办法。\n\n第二条 本办法自2026年1月1日起施行，有效期至2030年12月31日。\n`;
    assert.deepEqual(brief(forward('聊城市人民政府办公室转发省财政厅关于省级财政专项资金管理办法的通知')), []);
    // The text's own order is still judged: a validity of more than five years.
    assert.deepEqual(brief(forward('聊城市人民政府办公室转发省财政厅关于省级财政专项资金管理办法的通知').replace('2030年12月31日', '2036年12月31日')).map((d) => d[2]), ['2036年12月31日']);
    // A notice issuing its own text is still judged against its date.
    assert.deepEqual(brief(forward('聊城市人民政府办公室关于印发省级财政专项资金管理办法的通知')).map((d) => d[2]), ['2026年1月1日']);
  });
});
