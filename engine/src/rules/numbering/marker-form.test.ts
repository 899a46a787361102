import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { markerForm } from './marker-form';

const HEAD = '聊城市人民政府办公室\n关于做好秋季安全生产工作的通知\n各县（市、区）人民政府，市政府有关部门：\n为做好秋季安全生产工作，现通知如下。\n';
const TAIL = '聊城市人民政府办公室\n2024年9月3日\n';
const doc = (body: string) => HEAD + body + TAIL;

// A gazette issue around one document, so that the rule runs in 'issue' mode.
const ISSUE_HEAD = '聊城市人民政府公报\n2024\n第6期\n目录\n◎市政府办公室文件\n聊城市人民政府办公室关于做好秋季安全生产工作的通知\n聊政办字〔2024〕9号 3\n\n聊城市人民政府办公室\n聊政办字〔2024〕9号\n聊城市人民政府办公室关于做好秋季安全生产工作的通知\n各县（市、区）人民政府，市政府有关部门：\n为做好秋季安全生产工作，现通知如下。\n';
const issue = (body: string) => ISSUE_HEAD + body + TAIL;

describe('numbering/marker-form', () => {
  it('accepts the standard forms', () => {
    assert.deepEqual(check(markerForm, doc('一、总体要求\n（一）基本原则。坚持。\n1.排查企业。排查。\n（1）逐户排查。排查。\n①登记造册。登记。\n')), []);
  });

  it('reports a mark after a marker written right, and deletes it (an article\'s becomes a space)', () => {
    const text = doc('一、总体要求\n（一）。基本原则。坚持。\n1.、排查企业。排查。\n（1）：逐户排查。排查。\n');
    assert.deepEqual(check(markerForm, text).map((f) => [f.line, f.text, f.message]), [
      [6, '（一）。', '编号“（一）”后多了“。”：二级标题“（一）”后直接接标题或正文，不加标点（GB/T 9704—2012 第7.3.3条）。'],
      [7, '1.、', '编号“1.”后多了“、”：三级标题“1.”后直接接标题或正文，不加标点（GB/T 9704—2012 第7.3.3条）。'],
      [8, '（1）：', '编号“（1）”后多了“：”：四级标题“（1）”后直接接标题或正文，不加标点（GB/T 9704—2012 第7.3.3条）。'],
    ]);
    assert.equal(fixed(markerForm, text), doc('一、总体要求\n（一）基本原则。坚持。\n1.排查企业。排查。\n（1）逐户排查。排查。\n'));
    const articles = doc('第一条　为了加强管理，制定本办法。\n第二条：本办法适用于本市。\n第三条、第五条所称单位，包括企业。\n');
    assert.deepEqual(check(markerForm, articles).map((f) => [f.line, f.text]), [[6, '第二条：']]);
    assert.equal(fixed(markerForm, articles), doc('第一条　为了加强管理，制定本办法。\n第二条　本办法适用于本市。\n第三条、第五条所称单位，包括企业。\n'));
  });

  it('reports a comma after an article number before its text, not before another article (probe5)', () => {
    const articles = doc('第一条　为了加强管理，制定本办法。\n第二条，本办法适用于本市。\n第三条，第五条所称单位，包括企业。\n');
    assert.deepEqual(check(markerForm, articles).map((f) => [f.line, f.text]), [[6, '第二条，']]);
    assert.equal(fixed(markerForm, articles), doc('第一条　为了加强管理，制定本办法。\n第二条　本办法适用于本市。\n第三条，第五条所称单位，包括企业。\n'));
  });

  it('reports a mark closing a chapter or section title line and deletes it, not a heading run into its article (probe5)', () => {
    const text = doc('第一章 总 则\n第一条　为了加强管理，制定本办法。\n第二章 规划与建设。\n第一节 检查计划：\n第二条　本办法适用于本市。\n');
    assert.deepEqual(check(markerForm, text).map((f) => [f.line, f.text, f.message]), [
      [7, '。', '章标题“第二章 规划与建设”末尾多了“。”：章节标题单独成行，末尾不加标点（GB/T 9704—2012 第7.3.3条）。'],
      [8, '：', '节标题“第一节 检查计划”末尾多了“：”：章节标题单独成行，末尾不加标点（GB/T 9704—2012 第7.3.3条）。'],
    ]);
    assert.equal(fixed(markerForm, text), doc('第一章 总 则\n第一条　为了加强管理，制定本办法。\n第二章 规划与建设\n第一节 检查计划\n第二条　本办法适用于本市。\n'));
    // A title with its first article's sentence on the same line (an extraction joined them).
    assert.deepEqual(check(markerForm, doc('第一章 总则 第一条 为了加强管理，制定本办法。\n第二条　本办法适用于本市。\n')), []);
  });

  it('reports a 。 closing a 一、 heading on its own line over its text in a draft, and deletes it (probe7)', () => {
    const text = doc('一、总体要求。\n坚持城乡统筹，建管并重。\n二、保障措施。\n（一）加强组织领导。各地要建立工作机制。\n');
    assert.deepEqual(check(markerForm, text).map((f) => [f.line, f.text, f.message]), [
      [5, '。', '标题“一、总体要求”末尾多了“。”：单独成行的标题末尾不加标点（GB/T 9704—2012 第7.3.3条）。'],
      [7, '。', '标题“二、保障措施”末尾多了“。”：单独成行的标题末尾不加标点（GB/T 9704—2012 第7.3.3条）。'],
    ]);
    assert.equal(fixed(markerForm, text), doc('一、总体要求\n坚持城乡统筹，建管并重。\n二、保障措施\n（一）加强组织领导。各地要建立工作机制。\n'));
    // A run-in heading; an item that is a sentence; a list of one-line items; a （一） heading with its 。.
    assert.deepEqual(check(markerForm, doc('一、加强领导。各地要建立工作机制。\n二、各地要于12月底前完成排查。\n坚持问题导向。\n')), []);
    assert.deepEqual(check(markerForm, doc('一、全面排查隐患。\n二、落实整改责任。\n三、强化督导检查。\n')), []);
    // A fact with its number, a meeting's finding: sentences, whatever follows them.
    assert.deepEqual(check(markerForm, doc('一、全市共排查企业1200家。\n其中危险化学品企业86家。\n二、会议听取了市应急局汇报。\n会议指出，要压实责任。\n')), []);
    // The last of a list of sentence items, over the closing (a 批复's 此复: QA draft 11).
    assert.deepEqual(check(markerForm, doc('一、同意设立研究院。\n二、所需经费由财政保障。\n此复。\n')), []);
    assert.deepEqual(check(markerForm, doc('一、总体要求\n（一）指导思想。\n坚持人民至上。\n')), []);
    // A decision's item over a sentence that explains it (redteam: a 批复's 撤销闫寺街道。).
    assert.deepEqual(check(markerForm, doc('一、撤销闫寺街道。\n该街道设立于2001年，其辖区已并入道口铺街道。\n二、授予王芳同志荣誉称号。\n王芳同志长期扎根基层。\n')), []);
    // The last sentence item of a part, over the next part's heading (redteam4: a list of 民生实事).
    const parts = doc('第一部分　教育类\n一、新建中小学校。\n二、扩充幼儿园学位。\n第二部分　医疗卫生类\n三、开展免费健康查体。\n第三部分　其他\n四、新建城市公园。\n');
    assert.deepEqual(check(markerForm, parts), []);
    assert.deepEqual(check(markerForm, parts.replace('第三部分　其他\n', '第三部分　其他\n四、总体要求。\n坚持人民至上。\n')).map((f) => f.line), [11]);
    // A task item over its 分工 on lines of their own (redteam8); a heading over text is still one.
    const tasks = doc('一、实施城乡养老服务提升工程。\n牵头单位：市民政局\n配合单位：市财政局\n二、实施城市更新行动。\n牵头单位：市住房城乡建设局\n');
    assert.deepEqual(check(markerForm, tasks), []);
    assert.deepEqual(check(markerForm, tasks.replace('牵头单位：市民政局', '牵头单位：\n市民政局')), []);
    assert.deepEqual(check(markerForm, tasks.replace('一、实施城乡养老服务提升工程。\n', '一、实施城乡养老服务提升工程。\n坚持问题导向。\n')).map((f) => f.line), [5]);
    // Not in an extracted issue: a run-in heading hard-wrapped after its 。 looks the same there.
    assert.deepEqual(check(markerForm, issue('一、加强组织领导。\n各地要建立工作机制。\n二、强化督导检查。\n定期调度进展。\n')), []);
  });

  it('reports a 第X条/章 head numbered with digits (第11条, 第十1条, 第2章) and writes its Chinese numeral (probe10)', () => {
    const law = (a: string, b: string) => doc(`第一章 总则\n第一条　为了加强管理，制定本办法。\n${a}　管理\n第二条　本办法适用于本市。\n${b}　本办法自2026年1月1日起施行。\n`);
    const text = law('第2章', '第十1条');
    assert.deepEqual(check(markerForm, text).map((f) => [f.line, f.text, f.message]), [
      [7, '第2章', '编号“第2章”用了阿拉伯数字：章序号用汉字数字，应写作“第二章”（章、节、条的序号用汉字数字，与其他各条一致）。'],
      [9, '第十1条', '编号“第十1条”用了阿拉伯数字：条序号用汉字数字，应写作“第十一条”（章、节、条的序号用汉字数字，与其他各条一致）。'],
    ]);
    assert.equal(fixed(markerForm, text), law('第二章', '第十一条'));
    assert.deepEqual(check(markerForm, law('第二章', '第11条')).map((f) => f.text), ['第11条']);
    // A paragraph opening with a citation (第3条规定的…, no space after it) is no head.
    assert.deepEqual(check(markerForm, doc('第一条　为了加强管理，制定本办法。\n第3条规定的期限，自受理之日起计算。\n')), []);
  });

  it('reports a 。 closing an own-line （一） heading where the document\'s other （一） headings have none, in a draft (probe10)', () => {
    const body = (a: string, b: string, c: string) => `一、总体要求\n（一）指导思想${a}\n坚持人民至上。\n（二）工作目标${b}\n到2027年底完成治理。\n二、保障措施\n（一）加强组织领导${c}\n各地要建立工作机制。\n`;
    const text = doc(body('', '。', ''));
    assert.deepEqual(check(markerForm, text).map((f) => [f.line, f.text, f.message]), [
      [8, '。', '标题“（二）工作目标”末尾多了“。”：本文件其他单独成行的二级标题末尾都不加标点（共2处），此处应一致（GB/T 9704—2012 第7.3.3条）。'],
    ]);
    assert.equal(fixed(markerForm, text), doc(body('', '', '')));
    // The document's habit is the 。 (the gazettes print such headings), or there is no habit to judge by.
    assert.deepEqual(check(markerForm, doc(body('。', '。', '。'))), []);
    assert.deepEqual(check(markerForm, doc(body('。', '。', ''))), []);
    assert.deepEqual(check(markerForm, doc('一、总体要求\n（一）指导思想\n坚持人民至上。\n（二）工作目标。\n到2027年底完成治理。\n')), []);
    // One-line items of a list, run-in headings and sentences are not own-line headings.
    assert.deepEqual(check(markerForm, doc('一、检查内容\n（一）责任落实情况。\n（二）隐患整治情况。\n（三）预案演练情况。\n二、工作要求\n（一）加强领导\n各地要建立机制。\n（二）强化督导\n定期调度进展。\n')), []);
    assert.deepEqual(check(markerForm, doc('一、总体要求\n（一）指导思想\n坚持人民至上。\n（二）工作目标\n完成治理。\n（三）各地要于12月底前完成排查。\n做好总结。\n')), []);
    // Not in an extracted issue.
    assert.deepEqual(check(markerForm, issue(body('', '。', ''))), []);
  });

  it('reports each wrong form with a fix of only the wrong characters', () => {
    const text = doc('一.总体要求\n（一）、基本原则。坚持。\n1、排查企业。排查。\n2．排查学校。排查。\n二，主要任务\n(1)逐户排查。排查。\n');
    const found = check(markerForm, text).map((f) => [f.line, f.text, f.message]);
    assert.deepEqual(found, [
      [5, '一.', '编号“一.”标点不对：一级标题应写作“一、”（GB/T 9704—2012 第7.3.3条）。'],
      [6, '（一）、', '编号“（一）、”括号后多了标点：二级标题应写作“（一）”（GB/T 9704—2012 第7.3.3条）。'],
      [7, '1、', '编号“1、”标点不对：三级标题应写作“1.”（GB/T 9704—2012 第7.3.3条）。'],
      [8, '2．', '编号“2．”标点不对：三级标题应写作“2.”（GB/T 9704—2012 第7.3.3条）。'],
      [9, '二，', '编号“二，”标点不对：一级标题应写作“二、”（GB/T 9704—2012 第7.3.3条）。'],
      [10, '(1)', '编号“(1)”使用了半角括号：四级标题应写作“（1）”（GB/T 9704—2012 第7.3.3条）。'],
    ]);
    assert.equal(fixed(markerForm, text), doc('一、总体要求\n（一）基本原则。坚持。\n1.排查企业。排查。\n2.排查学校。排查。\n二、主要任务\n（1）逐户排查。排查。\n'));
  });

  it('writes 1、 as 1. followed by a space where the document\'s other 1. markers are (probe15–20)', () => {
    // The clean issues print 1. 加强… with a space; the fix wrote 2.推进…, a line like neither.
    const text = doc('一、总体要求\n1. 排查企业。排查。\n2、排查学校。排查。\n3. 排查医院。排查。\n4．排查商场。排查。\n');
    assert.equal(fixed(markerForm, text), doc('一、总体要求\n1. 排查企业。排查。\n2. 排查学校。排查。\n3. 排查医院。排查。\n4. 排查商场。排查。\n'));
    // Others joined to their text (1.排查): no space.
    const joined = doc('一、总体要求\n1.排查企业。排查。\n2、排查学校。排查。\n');
    assert.equal(fixed(markerForm, joined), doc('一、总体要求\n1.排查企业。排查。\n2.排查学校。排查。\n'));
    // A space already after the wrong mark is kept, not doubled.
    const spaced = doc('一、总体要求\n1. 排查企业。排查。\n2、 排查学校。排查。\n');
    assert.equal(fixed(markerForm, spaced), doc('一、总体要求\n1. 排查企业。排查。\n2. 排查学校。排查。\n'));
  });

  it('reads 2） or 2) right after （1） as a （2） that lost its opening bracket, and adds it (probe10)', () => {
    const text = doc('一、总体要求\n（1）城镇近郊村庄，纳入管网；\n2）人口集聚的村庄，集中处理；\n3)居住分散的村庄，分散处理。\n');
    assert.deepEqual(check(markerForm, text).map((f) => [f.line, f.text, f.message]), [
      [7, '2）', '编号“2）”缺少左括号：四级标题应写作“（2）”（GB/T 9704—2012 第7.3.3条）。'],
      [8, '3)', '编号“3)”缺少左括号：四级标题应写作“（3）”（GB/T 9704—2012 第7.3.3条）。'],
    ]);
    assert.equal(fixed(markerForm, text), doc('一、总体要求\n（1）城镇近郊村庄，纳入管网；\n（2）人口集聚的村庄，集中处理；\n（3）居住分散的村庄，分散处理。\n'));
    // Not a bare 1) list of its own, nor one that does not follow its （N-1）.
    assert.deepEqual(check(markerForm, doc('一、总体要求\n1)城镇近郊村庄；\n2)人口集聚的村庄。\n')), []);
    assert.deepEqual(check(markerForm, doc('一、总体要求\n（1）城镇近郊村庄；\n3）人口集聚的村庄。\n')), []);
  });

  it('fixes idempotently', () => {
    const once = fixed(markerForm, doc('(一)、基本原则。坚持。\n'));
    assert.equal(once, doc('（一）基本原则。坚持。\n'));
    assert.equal(fixed(markerForm, once), once);
  });

  it('in an issue: an isolated half-width marker is a slip', () => {
    const text = issue('一、总体要求\n（一）基本原则。坚持安全第一。\n(二)主要目标。全年无事故。\n（三）工作步骤。分三步。\n');
    assert.deepEqual(check(markerForm, text).map((f) => [f.line, f.text]), [[16, '(二)']]);
  });

  it('in an issue: half-width markers inside a half-width island are extraction noise', () => {
    // Neighbouring text in half-width punctuation, a run of half-width markers, a PDF space after.
    const island = issue('一、总体要求\n（一）基本原则。坚持安全第一,统筹推进。\n(二)主要目标。全县(市、区)无事故。\n（三）工作步骤。分三步。\n二、主要任务\n(一)排查隐患。全面排查。\n(二)落实责任。压实责任。\n三、保障措施\n（一）加强领导。统一领导。\n(二) 强化督导。定期督导。\n');
    assert.deepEqual(check(markerForm, island), []);
  });

  it('in an issue: a half-width page that starts at the item, its first line hard-wrapped before a blank line (markdown), is noise', () => {
    // qa14: the wrapped line was a paragraph of its own, and the island's next half-width marks
    // (three paragraphs on) fell outside the item's window.
    const body = (rest: string) => issue('二、落实待遇保障政策\n（一）健全门诊保障。提高待遇水平。\n（二）完善大病保险。降低起付线。\n' +
      '(三)强化医疗救助托底。聊城市医疗保\n\n障局要会同聊城市民政局、聊城市卫生健  \n康委员会建立长效  \n机制。\n\n### 三、加强基金监管\n\n' + rest);
    assert.deepEqual(check(markerForm, body('聊城市医疗保障局开展专项整治。一是开展飞行检查;二是畅通举报投诉渠道,落实举报奖励制度。\n')), []);
    // The same item on a full-width page is a slip.
    assert.deepEqual(check(markerForm, body('聊城市医疗保障局开展专项整治。一是开展飞行检查；二是畅通举报投诉渠道，落实举报奖励制度。\n')).map((f) => f.text), ['(三)']);
  });

  it('in a draft: half-width markers are always reported', () => {
    assert.equal(check(markerForm, doc('一、总体要求\n(一)排查隐患。全面排查,逐户登记。\n(二)落实责任。压实责任。\n')).length, 2);
  });
});
