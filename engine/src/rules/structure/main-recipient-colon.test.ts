import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { mainRecipientColon } from './main-recipient-colon';

const HEAD = '聊城市人民政府办公室\n关于做好秋季安全生产工作的通知\n';
const BODY = '为做好秋季安全生产工作，现将有关事项通知如下。\n一、总体要求\n聊城市人民政府办公室\n2024年9月3日\n';
const WHY = 'GB/T 9704—2012 第7.3.2条：主送机关在标题下一行居左顶格，回行时仍顶格，最后一个主送机关名称后标全角冒号';

describe('structure/main-recipient-colon', () => {
  it('accepts a full-width colon, on one line or two', () => {
    assert.deepEqual(check(mainRecipientColon, HEAD + '各县（市、区）人民政府，市政府有关部门：\n' + BODY), []);
    assert.deepEqual(check(mainRecipientColon, HEAD + '各县（市、区）人民政府，市属开发区管委会，\n市政府有关部门：\n' + BODY), []);
  });

  it('reports a half-width colon and fixes it', () => {
    const text = HEAD + '各县（市、区）人民政府，市政府有关部门:\n' + BODY;
    assert.deepEqual(check(mainRecipientColon, text), [{
      ruleId: 'structure/main-recipient-colon', line: 3, column: 20, text: ':',
      message: `主送机关后的冒号应为全角“：”，不用半角“:”（${WHY}）。`,
      fix: HEAD + '各县（市、区）人民政府，市政府有关部门：\n' + BODY,
    }]);
  });

  it('reports a missing colon in a draft and inserts it, also after a wrap', () => {
    const one = HEAD + '各县（市、区）人民政府，市政府有关部门\n' + BODY;
    assert.deepEqual(check(mainRecipientColon, one).map((f) => [f.line, f.column, f.text, f.message]), [
      [3, 1, '各县（市、区）人民政府，市政府有关部门', `主送机关后缺少冒号（${WHY}）：应在“市政府有关部门”后写“：”。`],
    ]);
    assert.equal(fixed(mainRecipientColon, one), HEAD + '各县（市、区）人民政府，市政府有关部门：\n' + BODY);
    const two = HEAD + '各县（市、区）人民政府，市属开发区管委会，\n市政府有关部门。\n' + BODY;
    assert.equal(fixed(mainRecipientColon, two), HEAD + '各县（市、区）人民政府，市属开发区管委会，\n市政府有关部门：\n' + BODY);
  });

  it('reports a missing colon when a blank line separates the recipients from the body', () => {
    const head = HEAD.replace('\n', '\n\n') + '\n';
    const text = head + '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构\n\n' + BODY;
    assert.deepEqual(check(mainRecipientColon, text).map((f) => [f.line, f.column, f.fix]), [
      [5, 1, head + '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：\n\n' + BODY],
    ]);
    // A first paragraph that is a sentence (ends with 。) is not taken for a recipient line.
    assert.deepEqual(check(mainRecipientColon, head + '各县（市、区）要明确牵头部门。\n\n' + BODY), []);
    assert.deepEqual(check(mainRecipientColon, head + '各县（市、区）人民政府要高度重视，各有关部门、直属机构。\n\n' + BODY), []);
    assert.deepEqual(check(mainRecipientColon, head + '各有关单位要认真落实，确保各项工作落到实处。\n\n' + BODY), []);
  });

  it('reports a one-line recipient list closed by 。 before a blank line, and writes the colon in its place', () => {
    const head = HEAD.replace('\n', '\n\n') + '\n';
    const text = head + '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构。\n\n' + BODY;
    assert.deepEqual(check(mainRecipientColon, text).map((f) => [f.line, f.text, f.message, f.fix]), [
      [5, '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构。', `主送机关后应标全角冒号“：”，不用“。”（${WHY}）：应在“直属机构”后写“：”。`,
        head + '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：\n\n' + BODY],
    ]);
  });

  // 任免 notices: the body opens with a line that ends with a colon itself (市人民政府决定，任命： /
  // 免去：), which the parser used to join to a complete 各… line as the second line of the 主送.
  const RENMIAN = '聊城市人民政府\n\n关于任免盛强等工作人员职务的通知\n\n聊政任〔2024〕9号\n\n';
  const RENMIAN_BODY = '市人民政府决定，任命：\n\n盛强为聊城市政务服务管理办公室主任；\n\n张锐为聊城市交通运输局副局长（兼）。\n\n聊城市人民政府\n\n2024年6月28日\n';
  it('reports a missing colon before 市人民政府决定，任命： in a 任免 notice', () => {
    const one = RENMIAN + '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构\n\n' + RENMIAN_BODY;
    assert.deepEqual(check(mainRecipientColon, one).map((f) => [f.line, f.column, f.text, f.message]), [
      [7, 1, '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构', `主送机关后缺少冒号（${WHY}）：应在“直属机构”后写“：”。`],
    ]);
    assert.equal(fixed(mainRecipientColon, one), RENMIAN + '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：\n\n' + RENMIAN_BODY);
    // Without blank lines, and before 免去：.
    const tight = RENMIAN.replace(/\n\n/g, '\n') + '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构\n免去：\n宋克建的聊城市交通运输局副局长职务。\n聊城市人民政府\n2024年6月28日\n';
    assert.equal(fixed(mainRecipientColon, tight), tight.replace('直属机构\n', '直属机构：\n'));
    // The colon typed as 。: the list is not joined to 市人民政府决定，任命： as one 主送.
    const stop = RENMIAN + '各县（市、区）人民政府，市属开发区管委会，\n\n市政府各部门、直属机构。\n\n' + RENMIAN_BODY;
    assert.equal(fixed(mainRecipientColon, stop), stop.replace('直属机构。', '直属机构：'));
  });

  it('reports a missing colon after a recipient list wrapped across a blank line', () => {
    const wrapped = RENMIAN + '各县（市、区）人民政府，市属开发区管委会，\n\n市政府各部门、直属机构\n\n' + RENMIAN_BODY;
    assert.deepEqual(check(mainRecipientColon, wrapped).map((f) => [f.line, f.column, f.text]), [[9, 1, '市政府各部门、直属机构']]);
    assert.equal(fixed(mainRecipientColon, wrapped), wrapped.replace('直属机构\n', '直属机构：\n'));
    // Wrapped on the next line, in a 印发 notice.
    const head = '聊城市人民政府办公室\n\n聊政办字〔2024〕18号\n\n聊城市人民政府办公室关于印发聊城市重污染天气应急预案的通知\n\n';
    const body = '《聊城市重污染天气应急预案》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n聊城市人民政府办公室\n\n2024年12月21日\n';
    const two = head + '各县（市、区）人民政府，市属开发区管委会，\n市政府有关部门、直属机构\n\n' + body;
    assert.equal(fixed(mainRecipientColon, two), head + '各县（市、区）人民政府，市属开发区管委会，\n市政府有关部门、直属机构：\n\n' + body);
  });

  it('reports a recipient list closed by 。 that a wrap cut after a separator, the last names alone on the next line', () => {
    const cut = RENMIAN + '各县（市、区）人民政府，市属开发区管委会，市政府各部门、\n直属机构。\n\n' + RENMIAN_BODY;
    assert.deepEqual(check(mainRecipientColon, cut).map((f) => [f.line, f.text, f.message]), [
      [8, '直属机构。', `主送机关后应标全角冒号“：”，不用“。”（${WHY}）：应在“直属机构”后写“：”。`],
    ]);
    assert.equal(fixed(mainRecipientColon, cut), cut.replace('直属机构。', '直属机构：'));
    // Cut inside a name (…市属开发区管 ⏎ 委会，…; …，市 ⏎ 政府各部门、…).
    for (const at of ['开发区管', '管委会，市']) {
      const mid = RENMIAN + '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构。'.replace(at, `${at}\n`) + '\n\n' + RENMIAN_BODY;
      assert.equal(fixed(mainRecipientColon, mid), mid.replace('直属机构。', '直属机构：'), at);
    }
    // Not a sentence after the list's separator.
    assert.deepEqual(check(mainRecipientColon, RENMIAN + '各县（市、区）人民政府，市属开发区管委会，市政府各部门、\n各单位要认真落实。\n\n' + RENMIAN_BODY).map((f) => f.text), []);
  });

  it('accepts the 任免 notice with its colon, on one line or wrapped across a blank line', () => {
    assert.deepEqual(check(mainRecipientColon, RENMIAN + '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：\n\n' + RENMIAN_BODY), []);
    assert.deepEqual(check(mainRecipientColon, RENMIAN + '各县（市、区）人民政府，市属开发区管委会，\n\n市政府各部门、直属机构：\n\n' + RENMIAN_BODY), []);
    // A list that ends with its separator and runs into the body is not cut at the separator.
    assert.deepEqual(check(mainRecipientColon, RENMIAN + '各县（市、区）人民政府，市属开发区管委会，\n\n市人民政府决定，任命：\n\n盛强为聊城市政务服务管理办公室主任。\n\n聊城市人民政府\n\n2024年6月28日\n'), []);
  });

  it('reports a missing colon after a single recipient that does not start with 各, and after bare unit names', () => {
    const one = HEAD + '市财政局\n' + BODY;
    assert.deepEqual(check(mainRecipientColon, one), [{
      ruleId: 'structure/main-recipient-colon', line: 3, column: 1, text: '市财政局',
      message: `主送机关后缺少冒号（${WHY}）：应在“市财政局”后写“：”。`,
      fix: HEAD + '市财政局：\n' + BODY,
    }]);
    const two = HEAD + '市财政局，市发展改革委\n' + BODY;
    assert.deepEqual(check(mainRecipientColon, two).map((f) => [f.line, f.column, f.text, f.message]), [
      [3, 1, '市财政局，市发展改革委', `主送机关后缺少冒号（${WHY}）：应在“市发展改革委”后写“：”。`],
    ]);
    assert.equal(fixed(mainRecipientColon, two), HEAD + '市财政局，市发展改革委：\n' + BODY);
    // A half-width comma before the missing colon: the names are still read, the colon still inserted.
    assert.equal(fixed(mainRecipientColon, HEAD + '市财政局、市教育局\n' + BODY), HEAD + '市财政局、市教育局：\n' + BODY);
    // With blank lines around the recipient line (as drafts are often typed).
    const spaced = '关于做好秋季安全生产工作的通知\n\n市财政局\n\n' + BODY;
    assert.equal(fixed(mainRecipientColon, spaced), '关于做好秋季安全生产工作的通知\n\n市财政局：\n\n' + BODY);
  });

  it('does not take other first lines for a recipient without 各', () => {
    // Already right.
    assert.deepEqual(check(mainRecipientColon, HEAD + '市财政局：\n' + BODY), []);
    // A sentence, a heading, a name followed by words that are not a unit.
    assert.deepEqual(check(mainRecipientColon, HEAD + '市财政局要加强资金管理\n' + BODY), []);
    assert.deepEqual(check(mainRecipientColon, HEAD + '一、总体要求\n' + BODY), []);
    assert.deepEqual(check(mainRecipientColon, HEAD + '市财政局，有关事项\n' + BODY), []);
    // No title above it: no telling a recipient from the issuer's name.
    assert.deepEqual(check(mainRecipientColon, '市财政局\n' + BODY), []);
    // The signature of a document without a body.
    assert.deepEqual(check(mainRecipientColon, HEAD + '聊城市人民政府办公室\n2024年9月3日\n'), []);
    // A 令 has no 主送.
    assert.deepEqual(check(mainRecipientColon, '聊城市人民政府令\n第48号\n聊城市物业管理办法\n市司法局\n为规范物业管理，制定本办法。\n'), []);
  });

  it('reports a missing colon in an extracted issue too: a 批复 to one county (QA round nine)', () => {
    const toc = '聊城市人民政府公报\n\n目录\n\n聊城市人民政府关于同意东昌府区调整部分行政区划的批复\n\n聊政字〔2019〕31号 3\n\n';
    const head = '聊城市人民政府\n\n聊政字〔2019〕31号\n\n聊城市人民政府关于同意东昌府区调整部分行政区划的批复\n\n';
    const body = '你区《关于调整部分行政区划的请示》收悉。经研究，现批复如下：\n\n一、同意撤销前屯村、后屯村，合并设立屯里村。\n\n二、调整后所需人员编制、经费由你区自行解决。\n\n聊城市人民政府\n\n2019年6月3日\n';
    const text = toc + head + '东昌府区人民政府\n\n' + body;
    assert.deepEqual(check(mainRecipientColon, text).map((f) => [f.line, f.column, f.text, f.message]), [
      [15, 1, '东昌府区人民政府', `主送机关后缺少冒号（${WHY}）：应在“东昌府区人民政府”后写“：”。`],
    ]);
    assert.equal(fixed(mainRecipientColon, text), toc + head + '东昌府区人民政府：\n\n' + body);
    // With its colon; and a first paragraph that is the body (no 主送) is not taken for one.
    assert.deepEqual(check(mainRecipientColon, toc + head + '东昌府区人民政府：\n\n' + body), []);
    assert.deepEqual(check(mainRecipientColon, toc + head + body), []);
    // A 主送 line hard-wrapped before a separator (its colon on the next line) is not cut short.
    const list = '各县（市、区）人民政府，市属开发区管委会\n，市政府各部门、直属机构：\n';
    assert.deepEqual(check(mainRecipientColon, toc + head + list + body.replace('\n\n', '\n')), []);
    // Nor one cut after a separator, the body's first clause run into its colon.
    const cut = '各县（市、区）人民政府，市属开发区管委会，市政府各部门、\n直属机构：为做好行政区划调整工作，\n\n现批复如下。\n\n';
    assert.deepEqual(check(mainRecipientColon, toc + head + cut + body.slice(body.indexOf('一、'))), []);
  });

  it('reports a 主送 of department names closed by ， above the body, in a draft and in an issue (probe11)', () => {
    const toc = '聊城市人民政府公报\n\n目录\n\n关于做好人才公寓申请受理工作的通知\n\n聊人社发〔2025〕4号 39\n\n';
    const head = '聊城市人力资源和社会保障局文件\n\n聊人社发〔2025〕4号\n\n聊城市人力资源和社会保障局关于做好人才公寓申请受理工作的通知\n\n';
    const body = '根据《聊城市人才公寓建设管理办法》，现就有关事项通知如下。\n\n一、申请时间\n\n2025年4月1日至4月30日。\n\n聊城市人力资源和社会保障局\n\n2025年3月25日\n';
    const list = '各县（市、区）人力资源社会保障局，市属开发区人社部门，市直有关单位';
    for (const text of [head + list + '，\n\n' + body, toc + head + list + '，\n\n' + body]) {
      assert.deepEqual(check(mainRecipientColon, text).map((f) => [f.text, f.message]), [
        [list + '，', `主送机关后应标全角冒号“：”，不用“，”（${WHY}）：应在“市直有关单位”后写“：”。`]]);
    }
    // In an issue a list cut after its separator, a name going on below, is a hard wrap.
    assert.deepEqual(check(mainRecipientColon, toc + head + '各县（市、区）人力资源社会保障局，市属开发区人社部门，\n\n市直有关单位：\n\n' + body), []);
  });

  it('reports a 主送 closed by ， that the parser ran into a body ending with its own colon (…通知如下：) (probe14)', () => {
    const head = '聊城市人民政府办公室\n\n聊政办字〔2026〕53号\n\n聊城市人民政府办公室关于做好2027年度市级部门预算编制工作的通知\n\n';
    const body = '为做好2027年度市级部门预算编制工作，现将有关事项通知如下：\n\n一、编制原则\n\n坚持量入为出。\n\n聊城市人民政府办公室\n\n2026年10月20日\n';
    for (const list of ['市政府各部门、直属机构', '各县（市、区）人民政府，市属开发区管委会，\n\n市政府各部门、直属机构']) {
      assert.deepEqual(check(mainRecipientColon, head + list + '，\n\n' + body).map((f) => [f.text, f.message]), [
        [list + '，', `主送机关后应标全角冒号“：”，不用“，”（${WHY}）：应在“直属机构”后写“：”。`]]);
      assert.deepEqual(check(mainRecipientColon, head + list + '：\n\n' + body), []);
    }
    // A list cut after its separator, a name going on below: a hard wrap, the colon follows.
    assert.deepEqual(check(mainRecipientColon, head + '各县（市、区）人民政府，\n\n市政府各部门：\n\n' + body), []);
    // Its last line opening with a 《》 name, as a body may (redteam3 mr1).
    assert.deepEqual(check(mainRecipientColon, head + '各县（市、区）人民政府，市政府各部门、各直属机构，\n\n《聊城日报》社，聊城广播电视台：\n\n' + body), []);
  });

  it('takes no sentence opening a text without 主送 for a recipient line (a predicate, a date), but a name with 应急 is one (redteam3)', () => {
    const plan = (first: string) => `聊城市2025年农民工工资支付专项检查实施方案\n\n${first}\n一、检查范围\n全市各类用人单位。\n`;
    assert.deepEqual(check(mainRecipientColon, plan('各县（市、区）要于2025年4月30日前将自查情况报市人力资源社会保障局。')), []);
    assert.deepEqual(check(mainRecipientColon, plan('各县（市、区）要将自查情况报市政府办公室。')), []);
    assert.deepEqual(check(mainRecipientColon, HEAD + '各县（市、区）应急管理局，市直有关部门\n' + BODY).map((d) => d.text), ['各县（市、区）应急管理局，市直有关部门']);
  });

  it('in an extracted issue a half-width colon inside a width island is noise', () => {
    const issue = '聊城市人民政府公报\n目录\n聊城市人民政府办公室关于做好秋季安全生产工作的通知\n聊政办字〔2024〕9号 3\n\n聊城市人民政府办公室\n聊政办字〔2024〕9号\n聊城市人民政府办公室关于做好秋季安全生产工作的通知\n';
    assert.deepEqual(check(mainRecipientColon, issue + '各县(市、区)人民政府,市政府有关部门:\n为做好工作,现通知如下。\n聊城市人民政府办公室\n2024年9月3日\n'), []);
    assert.equal(check(mainRecipientColon, issue + '各县（市、区）人民政府，市政府有关部门:\n为做好工作，现通知如下。\n聊城市人民政府办公室\n2024年9月3日\n').length, 1);
  });
});
