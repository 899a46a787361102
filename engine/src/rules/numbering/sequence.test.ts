import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { lint } from '../../lint';
import { emptyModel } from '../../model/load';
import { sequence } from './sequence';
import { parseGazette } from '../../parse/gazette';
import { SourceText } from '../../text/source';
import { continuedIssueHead } from '../../parse/issue-fixture';
import { decreeCutByPage } from '../../parse/decree-fixture';

const HEAD = '聊城市人民政府办公室\n关于做好秋季安全生产工作的通知\n各县（市、区）人民政府，市政府有关部门：\n为做好秋季安全生产工作，现通知如下。\n';
const TAIL = '聊城市人民政府办公室\n2024年9月3日\n';
const doc = (body: string) => HEAD + body + TAIL;
const WHY = '同级序号应连续递增（GB/T 9704—2012 第7.3.3条）';

describe('numbering/sequence', () => {
  it("reads a note's list opened after its label (注：1. … ⏎ 2. …) as starting at 1 (redteam7)", () => {
    const text = doc('一、全市经济运行稳中有进。\n注：1. 本公报中部分数据为初步统计数。\n    2. 地区生产总值按不变价格计算。\n    3. 部分数据因四舍五入，分项合计与总数略有差异。\n');
    assert.deepEqual(check(sequence, text), []);
    // A list whose 1. is missing is still found.
    assert.deepEqual(check(sequence, doc('一、全市经济运行稳中有进。\n注：本公报中部分数据为初步统计数。\n    2. 地区生产总值按不变价格计算。\n')).map((f) => f.text), ['2.']);
  });

  it("passes a regulation's own 目录 of chapters before its text (a 人大常委会's 条例; othergaz2)", () => {
    const text = ['北京市城市更新条例', '', '（2025年3月28日北京市第十六届人民代表大会常务委员会第十二次会议通过）', '',
      '目　　录', '', '第一章　总则', '', '第二章　规划管控', '', '第三章　附则', '',
      '第一章　总则', '', '第一条　为了推进城市更新，制定本条例。', '', '第二条　本市行政区域内的城市更新活动，适用本条例。', '',
      '第二章　规划管控', '', '第三条　市规划自然资源部门编制城市更新专项规划。', '',
      '第三章　附则', '', '第四条　本条例自2025年5月1日起施行。', ''].join('\n');
    assert.deepEqual(check(sequence, text), []);
    // A chapter the text skips is still found.
    const slip = text.replace('第三章　附则\n\n第四条', '第四章　附则\n\n第四条');
    assert.deepEqual(check(sequence, slip).map((f) => f.text), ['第四章']);
  });

  it('leaves an inserted article (第三条之一) out of the count: 第四条 follows it (redteam4)', () => {
    const text = ['第一条　为了加强城市道路管理，制定本办法。', '', '第二条　本办法所称城市道路，是指城市供车辆、行人通行的道路。', '',
      '第三条　城市道路建设应当符合城市规划。有下列情形之一的，不得占用城市道路：', '', '（一）影响交通安全的；', '', '（二）妨碍消防通道的。', '',
      '第三条之一　因特殊情况需要临时占用城市道路的，应当依照本办法第三条的规定办理：', '', '（一）提出申请；', '', '（二）缴纳占用费。', '',
      '第三条之二　占用期满，应当恢复原状。', '', '第四条　本办法自2026年4月1日起施行。', ''].join('\n');
    assert.deepEqual(check(sequence, text), []);
    // A gap after it, and a repeated article, are still found.
    assert.deepEqual(check(sequence, text.replace('第四条', '第五条')).map((f) => f.text), ['第五条']);
    assert.deepEqual(check(sequence, text.replace('第三条之二', '第三条')).map((f) => f.text), ['第三条']);
  });

  it('numbers a list appended under its own 附： heading anew (附：绩效评价指标体系 ⏎ 一、…) (redteam4)', () => {
    const text = doc('一、评价范围\n（一）部门整体支出。\n二、工作要求\n各部门要认真落实。\n附：绩效评价指标体系\n一、投入指标\n（一）预算执行率。\n二、产出指标\n');
    assert.deepEqual(check(sequence, text), []);
    // Without the heading the 一、 still steps back.
    assert.deepEqual(check(sequence, text.replace('附：绩效评价指标体系\n', '')).map((f) => f.text), ['一、']);
  });

  it('reads 二、三级医院 opening a paragraph as two grades, not the item 二、, when the items go on from an earlier 一、 (redteam4)', () => {
    const text = doc('一、加强分级管理\n二、三级医院要发挥龙头作用，一、二级医院要做好基层服务。\n三、四级手术实行目录管理。\n二、强化质量控制\n各医疗机构要建立制度。\n三、做好应急保障\n');
    assert.deepEqual(check(sequence, text), []);
    // An item so titled, the list going on after it, is still an item: a gap before it is found.
    assert.deepEqual(check(sequence, doc('一、加强分级管理\n二、三级医院能力提升\n三、做好应急保障\n')), []);
    assert.deepEqual(check(sequence, doc('一、加强分级管理\n三、四级医院能力提升\n四、做好应急保障\n')).map((f) => f.text), ['三、']);
  });

  it('numbers the 项 of a later 款 of an article from （一） again (有下列情形之一的，不得…：) (redteam4)', () => {
    const text = ['第一条　为规范人才公寓管理，制定本办法。', '', '第二条　申请人才公寓应当符合下列条件：', '', '（一）在本市工作的各类人才；', '',
      '（二）本人及配偶在本市无自有住房。', '', '有下列情形之一的，不得申请人才公寓：', '', '（一）已享受其他住房保障政策的；', '',
      '（二）有不良信用记录的。', '', '第三条　本办法自2026年8月1日起施行。', ''].join('\n');
    assert.deepEqual(check(sequence, text), []);
    // Without a 款 introducing a list between them, the （一） still steps back.
    assert.deepEqual(check(sequence, text.replace('有下列情形之一的，不得申请人才公寓：\n\n', '')).map((f) => f.text), ['（一）']);
  });

  it('accepts lower levels restarting under each parent', () => {
    assert.deepEqual(check(sequence, doc('一、总体要求\n（一）基本原则。坚持安全第一。\n（二）主要目标。全年无事故。\n二、主要任务\n（一）排查隐患。全面排查。\n1.排查企业。逐一排查。\n2.排查学校。逐一排查。\n（二）落实责任。压实责任。\n1.明确分工。分工明确。\n')), []);
  });

  it('accepts lower levels running on across sections', () => {
    assert.deepEqual(check(sequence, doc('一、总体要求\n（一）基本原则。坚持安全第一。\n（二）主要目标。全年无事故。\n二、主要任务\n（三）排查隐患。全面排查。\n（四）落实责任。压实责任。\n三、保障措施\n（五）加强领导。统一领导。\n')), []);
  });

  it('reads a first item its next sibling contradicts as misnumbered, not as a vote for the other regime (probe10)', () => {
    // 3. (after 2.) followed by 2.: a restart written wrong. It voted run-on, tying the votes, and
    // the 1. of the next section was then reported instead.
    const restart = doc('一、重点任务\n（一）编制规划\n1.完善规划。修编规划。\n2.明确模式。分类治理。\n（二）加快建设\n3.推进管网建设。同步建设。\n2.严格质量管理。落实责任。\n（三）健全机制\n1.落实运维责任。明确责任。\n2.加强运行监管。定期巡查。\n');
    assert.deepEqual(check(sequence, restart).map((f) => [f.line, f.text, f.message]), [
      [10, '3.', '编号未重新开始：本文件三级标题在每个上级标题下重新从“1.”编号，此处应为“1.”。'],
    ]);
    // 1. (after 3.) followed by 5.: a run-on written wrong.
    const runOn = doc('一、重点任务\n（一）编制规划\n1.完善规划。修编规划。\n2.明确模式。分类治理。\n3.开展评估。全面评估。\n（二）加快建设\n1.推进管网建设。同步建设。\n5.严格质量管理。落实责任。\n（三）健全机制\n6.落实运维责任。明确责任。\n7.加强运行监管。定期巡查。\n');
    assert.deepEqual(check(sequence, runOn).map((f) => [f.line, f.text]), [[11, '1.']]);
  });

  it('reads an article head numbered with digits (第十1条　…) as the article it numbers: marker-form reports its form, not a gap here (probe10)', () => {
    const first = Array.from({ length: 9 }, (_, k) => `第${'一二三四五六七八九'[k]}条　各部门应当按照职责做好工作。\n`).join('');
    const law = (n: string) => doc(`${first}第十条　各部门应当按照职责做好工作。\n${n}　违反本办法的，依法处理。\n第十二条　本办法自2026年1月1日起施行。\n`);
    assert.deepEqual(check(sequence, law('第十1条')), []);
    assert.deepEqual(check(sequence, law('第11条')), []);
    assert.deepEqual(check(sequence, law('第13条')).map((f) => f.text), ['第13条']);
  });

  it('reports articles numbered per chapter once, at the first chapter that starts again (probe10)', () => {
    const law = doc('第一章 总则\n第一条　为了加强管理，制定本办法。\n第二条　本办法适用于本市。\n第二章 管理\n第一条　各部门应当按照职责做好工作。\n第二条　有关单位应当配合。\n第三章 附则\n第一条　本办法自2026年1月1日起施行。\n');
    assert.deepEqual(check(sequence, law).map((f) => [f.line, f.text, f.message]), [[9, '第一条',
      '编号重新开始：条序号应贯穿全文接续编号，不按章重新编号。本文件有2章从“第一条”重新编号，此处（前一章最后一条为“第二条”）应为“第三条”，其后各条依次改号，文中引用的条号也须相应改正。']]);
  });

  it('reads 一、 starting again under each 第X部分 heading as a new part, and judges the part (probe10)', () => {
    const parts = (n: string) => doc(`第一部分 总体要求\n一、指导思想\n坚持人民至上。\n二、工作目标\n完成治理。\n第二部分 重点任务\n一、完善规划\n修编规划。\n${n}、加强建设\n同步建设。\n`);
    assert.deepEqual(check(sequence, parts('二')), []);
    assert.deepEqual(check(sequence, parts('三')).map((f) => f.text), ['三、']);
    // Without the part heading the restart is a step back.
    assert.deepEqual(check(sequence, parts('二').replace('第二部分 重点任务\n', '')).map((f) => f.text), ['一、']);
  });

  it('reports two sections that number a level differently, one running on and one starting again, at the second (probe10)', () => {
    const three = (a: string, b: string) => doc(`一、危险化学品\n（一）重大危险源监测。\n（二）特殊作业审批。\n二、建筑施工\n（${a}）危大工程管理。\n（${b}）起重机械管理。\n三、城镇燃气\n（一）管网改造。\n（二）用气安全。\n`);
    assert.deepEqual(check(sequence, three('一', '二')), []);
    assert.deepEqual(check(sequence, three('三', '四')).map((f) => [f.line, f.text, f.message]), [[12, '（一）',
      '编号方式不一致：二级标题前面的部分接续上一部分编号，此处“三、”下又重新从“（一）”编号。同一层级应统一：各部分都重新从“（一）”编号，或都接续编号（此处应为“（五）”）。']]);
    // One section with a vote has no second to disagree with.
    assert.deepEqual(check(sequence, doc('一、危险化学品\n（一）重大危险源监测。\n（二）特殊作业审批。\n二、建筑施工\n（三）危大工程管理。\n（四）起重机械管理。\n')), []);
  });

  it('reads 2.2025年… as item 2. (QA round eight: it was no item, so 3. after it was a gap)', () => {
    const text = doc('一、重点任务\n1.完善管网。加快改造。\n2.2025年底前完成改造。全面完成。\n3.建立机制。长效管理。\n');
    assert.deepEqual(check(sequence, text), []);
    assert.deepEqual(check(sequence, text.replace('2.2025年', '3.2025年')).map((f) => [f.line, f.text]), [[7, '3.']]);
  });

  it('reports a gap once, with the missing and the expected value', () => {
    assert.deepEqual(check(sequence, doc('一、总体要求\n（一）基本原则。坚持安全第一。\n（二）主要目标。全年无事故。\n（四）工作步骤。分三步。\n（五）时间安排。年底完成。\n（六）工作要求。从严要求。\n')), [{
      ruleId: 'numbering/sequence', line: 8, column: 1, text: '（四）',
      message: `编号不连续：“（四）”之前缺少“（三）”（上一项为“（二）”）。${WHY}：此处应为“（三）”，或补上缺少的项。`,
    }]);
  });

  it('reads items run inline in a paragraph, the last put at a line start by a hard wrap, as no gap (QA round fifteen)', () => {
    // `（一）…；（二）…；（三）…` is one paragraph; a wrap at 22 characters put （三） at a line's start.
    const wrapped = '一、完善城市基础设施\n（一）实施城市生命线安全工程，改造老旧燃气、\n供水、排水管网 300 公里；（二）新建改造\n城市道路 20 条，打通“断头路”10 条；\n（三）新增城市绿地面积 50 万平方米。\n';
    assert.deepEqual(check(sequence, doc(wrapped)), []);
    // Without the inline （二） between them, it is the gap it looks like.
    assert.deepEqual(check(sequence, doc(wrapped.replace('；（二）新建改造', '；新建改造'))).map((f) => [f.line, f.text]), [[9, '（三）']]);
  });

  it('names the only lower item between a gap as the missing sibling when its level is used nowhere else (QA round nine)', () => {
    const text = doc('一、同意调整。同意你区调整方案。\n（1）调整后的范围。按方案执行。\n三、抓好落实。认真组织实施。\n');
    const r = lint(text, { model: emptyModel(), only: [sequence], today: '2026-01-01' }).diagnostics;
    assert.deepEqual(r.map((d) => [text.slice(d.start, d.end), d.message]), [['三、',
      `编号不连续：“三、”之前缺少“二、”（上一项为“一、”）；其间的“（1）”是“一、”下唯一的下级项，全文仅此一处用该层级，可能本应为“二、”。${WHY}。`]]);
    // The first suggestion makes （1） the 二、; the second renumbers 三、.
    const [first, second] = r[0].suggestions!;
    const at = text.indexOf('（1）');
    assert.deepEqual(first.fix, { range: [at, at + 3], text: '二、' });
    assert.deepEqual(second.fix, { range: [text.indexOf('三、'), text.indexOf('三、') + 1], text: '二' });
  });

  it('keeps the plain gap message when the lower item\'s level is used elsewhere or it has siblings', () => {
    const plain = `编号不连续：“三、”之前缺少“二、”（上一项为“一、”）。${WHY}：此处应为“二、”，或补上缺少的项。`;
    for (const body of [
      '一、同意调整。同意方案。\n（1）调整后的范围。按方案执行。\n三、抓好落实。认真实施。\n（1）压实责任。明确分工。\n',
      '一、同意调整。同意方案。\n（1）调整范围。按方案执行。\n（2）调整时间。年底完成。\n三、抓好落实。认真实施。\n',
    ]) assert.deepEqual(check(sequence, doc(body)).map((f) => f.message), [plain], body);
  });

  it('reports a repeated value once', () => {
    assert.deepEqual(check(sequence, doc('一、总体要求\n二、主要任务\n二、保障措施\n三、工作要求\n')), [{
      ruleId: 'numbering/sequence', line: 7, column: 1, text: '二、',
      message: `编号重复：“二、”与上一项序号相同。${WHY}：此处应为“三、”，其后各项依次改号。`,
    }]);
  });

  it('reads a single misnumbered item as such: its siblings stay correct', () => {
    assert.deepEqual(check(sequence, doc('1.排查企业。逐一排查。\n2.排查学校。逐一排查。\n5.排查医院。逐一排查。\n4.排查商场。逐一排查。\n5.排查车站。逐一排查。\n')), [{
      ruleId: 'numbering/sequence', line: 7, column: 1, text: '5.',
      message: `编号错误：“5.”应为“3.”（上一项为“2.”，下一项为“4.”）。${WHY}。`,
    }]);
  });

  it('reports a number going backwards', () => {
    assert.deepEqual(check(sequence, doc('1.排查企业。逐一排查。\n2.排查学校。逐一排查。\n3.排查医院。逐一排查。\n1.排查商场。逐一排查。\n')), [{
      ruleId: 'numbering/sequence', line: 8, column: 1, text: '1.',
      message: `编号倒退：“1.”不应小于上一项“3.”。${WHY}：此处应为“4.”；若此处开始新的部分，应先写出其上级标题。`,
    }]);
  });

  it('reports a restart where the document runs on', () => {
    const body = '一、总体要求\n（一）基本原则。坚持。\n（二）主要目标。达标。\n二、主要任务\n（三）排查隐患。排查。\n（四）落实责任。压实。\n三、保障措施\n（五）加强领导。领导。\n（六）强化督导。督导。\n四、工作要求\n（一）从严要求。从严。\n（二）按时报送。报送。\n';
    assert.deepEqual(check(sequence, doc(body)), [{
      ruleId: 'numbering/sequence', line: 15, column: 1, text: '（一）',
      message: '编号重新开始：本文件二级标题跨部分接续编号（前一部分最后一项为“（六）”），此处应为“（七）”而非重新从“（一）”开始。',
    }]);
  });

  it("reads a list under （一） as a new sequence after one right under 一、: a 决定's modifications run 1.…4. on across its （一）（二） (probe16)", () => {
    // 一、 lists the repealed documents 1.…4.; 二、 numbers the changes 1. 2. under （一）, 3. 4. under （二）.
    const body = '一、予以废止的文件\n1.《甲办法》。\n2.《乙办法》。\n3.《丙办法》。\n4.《丁办法》。\n二、予以修改的文件\n（一）对《戊办法》作出修改\n1.将第五条修改。\n2.将第八条修改。\n（二）对《己办法》作出修改\n3.将第九条修改。\n4.删去第十条。\n';
    assert.deepEqual(check(sequence, doc(body)), []);
    // Inside 二、 the run is still judged: （二） neither restarting nor running on …
    assert.deepEqual(check(sequence, doc(body.replace('3.将第九条', '2.将第九条').replace('4.删去', '3.删去'))).map((f) => f.text), ['2.']);
    // … and so is a gap.
    assert.deepEqual(check(sequence, doc(body.replace('4.删去', '5.删去'))).map((f) => f.text), ['5.']);
  });

  it('accepts a later section that renumbers on its own after one that ran on (QA round twelve)', () => {
    // 二、 runs 1.…4. on across its （一）（二）; 三、 restarts at 1. under each of its （一）（二）.
    const body = '一、总体目标\n到2027年完成改造。\n二、重点任务\n（一）改造提升\n1.制定计划。摸排。\n2.完整社区。配建。\n（二）基础设施\n3.道路。打通。\n4.管网。改造。\n三、保障措施\n（一）加强组织领导\n1.健全机制。成立专班。\n2.压实责任。抓好落实。\n（二）强化政策支持\n1.优化审批。并联审批。\n2.用地保障。调整用途。\n';
    assert.deepEqual(check(sequence, doc(body)), []);
  });

  it('still reports a restart at a section\'s start when the section then runs on', () => {
    const body = '一、总体目标\n到2027年完成改造。\n二、重点任务\n（一）改造提升\n1.制定计划。摸排。\n2.完整社区。配建。\n（二）基础设施\n3.道路。打通。\n三、保障措施\n（一）加强组织领导\n1.健全机制。成立专班。\n2.压实责任。抓好落实。\n（二）强化政策支持\n3.优化审批。并联审批。\n';
    assert.deepEqual(check(sequence, doc(body)).map((f) => [f.line, f.text, f.message]), [[15, '1.',
      '编号重新开始：本文件三级标题跨部分接续编号（前一部分最后一项为“3.”），此处应为“4.”而非重新从“1.”开始。']]);
  });

  it('reports the lone restart in a section that ran on through its earlier parts (QA round thirteen)', () => {
    // 一、 runs 1.…4. on through （一）（二）, then （三） is back at 1.; 二、 restarts under each parent.
    // The section's two votes disagree and the document cannot judge it: the regime it began with
    // stands, and the restart is the deviation.
    const body = '一、重点任务\n（一）改造提升\n1.计划。摸排。\n2.社区。配建。\n（二）基础设施\n3.道路。打通。\n4.管网。改造。\n（三）公共服务\n1.养老。建设。\n2.托育。建设。\n二、保障措施\n（一）组织领导\n1.机制。专班。\n2.责任。落实。\n（二）政策支持\n1.审批。并联。\n2.用地。保障。\n';
    assert.deepEqual(check(sequence, doc(body)).map((f) => [f.line, f.text, f.message]), [[13, '1.',
      '编号重新开始：本部分三级标题跨部分接续编号（前一部分最后一项为“4.”），此处应为“5.”而非重新从“1.”开始。']]);
    // Three votes, the last alone: the section's majority judges it even against the document's
    // count, so the one restart is reported rather than the two run-ons before it.
    const three = '一、重点任务\n（一）改造\n1.计划。摸排。\n2.社区。配建。\n（二）设施\n3.道路。打通。\n（三）管网\n4.管网。改造。\n（四）服务\n1.养老。建设。\n二、保障措施\n（一）组织领导\n1.机制。专班。\n三、工作要求\n（一）从严\n1.审批。并联。\n四、督导\n（一）督查\n1.督查。督查。\n';
    assert.deepEqual(check(sequence, doc(three)).map((f) => [f.line, f.text]), [[14, '1.']]);
  });

  it('leaves a two-vote section that disagrees to the document when the document can judge it', () => {
    // 一、 restarts under each （X）; 二、 runs on at （二） and restarts at （三）: the document's
    // regime (restart) finds the run-on, not the restart.
    const body = '一、总体要求\n（一）原则\n1.甲。甲。\n2.乙。乙。\n（二）目标\n1.丙。丙。\n二、重点任务\n（一）改造提升\n1.计划。摸排。\n2.社区。配建。\n（二）基础设施\n3.道路。打通。\n4.管网。改造。\n（三）公共服务\n1.养老。建设。\n2.托育。建设。\n';
    assert.deepEqual(check(sequence, doc(body)).map((f) => [f.line, f.text]), [[16, '3.']]);
  });

  it('reports running on where the document restarts', () => {
    const body = '一、总体要求\n（一）基本原则。坚持。\n（二）主要目标。达标。\n二、主要任务\n（一）排查隐患。排查。\n三、保障措施\n（一）加强领导。领导。\n四、工作要求\n（二）从严要求。从严。\n（三）按时报送。报送。\n';
    assert.deepEqual(check(sequence, doc(body)), [{
      ruleId: 'numbering/sequence', line: 13, column: 1, text: '（二）',
      message: '编号未重新开始：本文件二级标题在每个上级标题下重新从“（一）”编号，此处应为“（一）”。',
    }]);
  });

  it('numbers 第X条 on through chapters', () => {
    const body = '第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本市。\n第二章 管理\n第一条 市政府负责管理。\n第四条 各部门配合。\n';
    assert.deepEqual(check(sequence, doc(body)), [{
      ruleId: 'numbering/sequence', line: 9, column: 1, text: '第一条',
      message: '编号重新开始：本文件条序号跨部分接续编号（前一部分最后一项为“第二条”），此处应为“第三条”而非重新从“第一条”开始。',
    }]);
  });

  it('offers the expected number as a suggestion, never as an unattended fix', () => {
    const text = doc('一、总体要求\n二、主要任务\n四、保障措施\n');
    const r = lint(text, { model: emptyModel(), today: '2026-11-22', only: [sequence] });
    assert.equal(r.diagnostics.length, 1);
    const d = r.diagnostics[0];
    assert.equal(d.fix, undefined);
    assert.equal(d.suggestions?.length, 1);
    const s = d.suggestions![0];
    assert.equal(s.desc, '改为“三、”（其后各项可能也需改号）');
    assert.equal(text.slice(0, s.fix.range[0]) + s.fix.text + text.slice(s.fix.range[1]), doc('一、总体要求\n二、主要任务\n三、保障措施\n'));
  });

  it('keeps several attached 措施 apart: each restarts at 一、', () => {
    const body = '关于支持甲产业发展的若干措施\n为支持甲产业发展，制定以下措施。\n一、总体要求\n二、主要任务\n关于支持乙产业发展的若干措施\n为支持乙产业发展，制定以下措施。\n一、任务目标\n二、政策支持\n';
    assert.deepEqual(check(sequence, doc(body)), []);
  });

  it('is silent on 大事记', () => {
    const text = '聊城市人民政府大事记\n（2024年6月）\n1日 市长主持召开会议。\n3日 召开常务会议。\n1日 再次开会。\n';
    assert.deepEqual(check(sequence, text), []);
  });
});

describe('numbering/sequence in an extracted issue: a page continuation', () => {
  // Document 1 cut at （下转第5页） after its 一、 part; the rest, 二、 on, printed on page 5 after
  // document 2 as （上接第3页）…, and re-attached to document 1 by the page numbers.
  const issue = (rest: string[], head = '（上接第3页）') => [
    ...continuedIssueHead('坚持稳中求进工作总基调，统筹发展和安全，推动各项工作落地见效，确保全年目标任务圆满完成'),
    '《某某办法》已经市政府同意，现印发给你们，请认真贯彻执行。', '',
    '聊城市人民政府办公室', '2024年3月5日', '',
    head + rest[0], '', ...rest.slice(1).flatMap((l) => [l, '']),
    '聊城市人民政府', '2024年2月1日', '',
  ].join('\n');
  const parts = (a: string, b: string, c: string) => [`${a}主要任务`, '各部门要按照职责分工抓好落实。', `${b}保障措施`, '加强组织领导，强化督导检查。', `${c}工作要求`, '认真贯彻执行。'];

  it('re-attaches the fragment and accepts its numbering', () => {
    assert.deepEqual(parseGazette(new SourceText(issue(parts('二、', '三、', '四、')))).documents.map((d) => d.continuations.length), [1, 0]);
    assert.deepEqual(check(sequence, issue(parts('二、', '三、', '四、'))), []);
    // A markdown heading marker after （上接第N页） is the heading's own: its 二、 is read.
    assert.deepEqual(check(sequence, issue(parts('### 二、', '三、', '四、'))), []);
  });

  it('reports a gap at the fragment\'s first item, across the join (no later item confirms it)', () => {
    const found = check(sequence, issue(parts('三、', '四、', '五、')));
    assert.deepEqual(found.map((d) => [d.line, d.text, d.message]), [[44, '三、',
      `编号不连续：“三、”之前缺少“二、”（上一项为“一、”）。${WHY}：此处应为“二、”，或补上缺少的项。`]]);
  });

  it('reports that gap even when the missing marker stands inline in the pages between (another document\'s text)', () => {
    const text = issue(parts('三、', '四、', '五、')).replace('现印发给你们，请认真贯彻执行。', '现印发给你们：一、总体要求；二、主要任务。请认真贯彻执行。');
    assert.deepEqual(check(sequence, text).map((d) => [d.line, d.text]), [[44, '三、']]);
  });

  it('stays silent on an unconfirmed break further into a fragment that does not run to the document\'s 署名 and date: its lines may be another column\'s', () => {
    const unclosed = issue(parts('二、', '三、', '五、')).replace(/聊城市人民政府\n2024年2月1日\n$/, '');
    assert.deepEqual(check(sequence, unclosed), []);
    // A single misnumbered item there is still reported: both neighbours confirm it.
    assert.deepEqual(check(sequence, issue([...parts('二、', '二、', '四、')])).map((d) => d.text), ['二、']);
  });

  it('reports that break when the fragment runs on to the document\'s own 署名 and date: its moved tail, read in order (probe12)', () => {
    assert.deepEqual(check(sequence, issue(parts('二、', '三、', '五、'))).map((d) => [d.line, d.text, d.message]), [[52, '五、',
      `编号不连续：“五、”之前缺少“四、”（上一项为“三、”）。${WHY}：此处应为“四、”，或补上缺少的项。`]]);
  });

  it('numbers a bare roster (1　人民银行聊城市分行) after 1.–4. tasks of its level anew (redteam5)', () => {
    const text = doc('一、工作任务\n1.加大信贷投放力度。\n2.优化金融服务流程。\n3.强化融资担保支持。\n4.防范化解金融风险。\n本次专项行动由以下单位共同参加：\n1　人民银行聊城市分行\n2　国家金融监督管理总局聊城监管分局\n3　聊城市地方金融管理局\n二、工作要求\n');
    assert.deepEqual(check(sequence, text), []);
    // A gap inside the roster is still found.
    assert.deepEqual(check(sequence, text.replace('3　聊城市地方', '4　聊城市地方')).map((f) => f.text), ['4']);
  });
});

describe('numbering/sequence in the moved tail of an attached document (probe13 N12)', () => {
  // A 印发 notice's attached 办法 cut at （下转第5页）; its tail printed after the next notice's
  // 成文日期 and on to the issue's end: an attached document's tail, which no date of its own closes.
  const issue = (arts: string[], hostEnd = true) => {
    const host = ['一、提高思想认识。各地各部门要充分认识做好此项工作的重要意义。', '', '二、加强组织领导。各地要建立工作机制，明确责任分工。', ''];
    const signed = ['聊城市人民政府办公室', '2024年4月1日', ''];
    const tail = ['（上接第3页）。', '', ...arts.flatMap((a) => [a, ''])];
    return [
      '聊城市人民政府公报', '', '2024', '', '第1期（总第1期）', '', '目 录', '', '◎市政府文件', '',
      '关于印发某某管理办法的通知', '', '聊政办字〔2024〕3号 2', '', '关于做好某项工作的通知', '', '聊政办字〔2024〕5号 4', '',
      '聊城市人民政府办公室文件', '', '聊政办字〔2024〕3号', '', '聊城市人民政府办公室 关于印发某某管理办法的通知', '',
      '各县（市、区）人民政府，市政府各部门：', '', '《某某管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。', '',
      '聊城市人民政府办公室', '2024年3月5日', '', '某某管理办法', '',
      '第一条 为加强某某管理，根据有关法律法规，结合本市实际，制定本办法。', '',
      '第二条 本办法适用于本市行政区域内的某某管理活动。', '',
      '第三条 市某某主管部门负责全市某某管理工作，县级人民政府有关部门按照职责分工做好相关工作（下转第5页）', '',
      '聊城市人民政府办公室文件', '', '聊政办字〔2024〕5号', '', '聊城市人民政府办公室 关于做好某项工作的通知', '',
      '各县（市、区）人民政府，市政府各部门：', '', '为做好某项工作，现就有关事项通知如下。', '',
      ...(hostEnd ? [...host, ...signed, ...tail] : [host[0], '', ...tail, host[2], '', ...signed]),
    ].join('\n');
  };
  const arts = (a: string, b: string, c: string) => [`${a} 有关单位应当建立健全管理制度，落实管理责任。`, `${b} 违反本办法规定的，依法予以处理。`, `${c} 本办法自2024年5月1日起施行，有效期至2029年4月30日。`];

  it('reports a break further into it, and passes it numbered in order', () => {
    assert.deepEqual(check(sequence, issue(arts('第四条', '第五条', '第七条'))).map((d) => d.text), ['第七条']);
    assert.deepEqual(check(sequence, issue(arts('第四条', '第五条', '第六条'))), []);
  });

  it('stays silent there when the fragment is printed inside the next notice\'s text (before its date): its extent is a guess', () => {
    assert.deepEqual(check(sequence, issue(arts('第四条', '第五条', '第七条'), false)), []);
  });
});

describe('numbering/sequence in the moved tail of an attached 实施方案 printed after its host\'s own attached text (gaps6)', () => {
  // A 印发 notice's attached 实施方案 cut at （下转第5页） after 二、; its tail printed in the spare
  // space after the next notice's attached 方案, which ends the issue: the tail is read in order.
  const issue = (heads: string[], hostClose = ['三、工作要求。各地要认真组织实施，确保取得实效。', '']) => [
    '聊城市人民政府公报', '', '2024', '', '第1期（总第1期）', '', '目 录', '', '◎市政府办公室文件', '',
    '关于印发某某实施方案的通知', '', '聊政办字〔2024〕3号 2', '', '关于印发某某工作方案的通知', '', '聊政办字〔2024〕5号 4', '',
    '聊城市人民政府办公室', '', '聊政办字〔2024〕3号', '', '聊城市人民政府办公室 关于印发某某实施方案的通知', '',
    '各县（市、区）人民政府，市政府各部门：', '', '《某某实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。', '',
    '聊城市人民政府办公室', '2024年3月5日', '', '某某实施方案', '',
    '为推进某某工作，制定本方案。', '', '一、总体要求', '', '到2025年，某某工作取得明显成效。', '',
    '二、重点任务', '', '（一）完善工作机制。建立健全协调推进机制，统筹推进各项工作（下转第5页）', '',
    '聊城市人民政府办公室', '', '聊政办字〔2024〕5号', '', '聊城市人民政府办公室 关于印发某某工作方案的通知', '',
    '各县（市、区）人民政府，市政府各部门：', '', '《某某工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。', '',
    '聊城市人民政府办公室', '2024年4月1日', '', '某某工作方案', '',
    '一、工作目标。全面提升某某工作水平。', '', '二、主要措施。加强统筹调度，强化督导检查。', '', ...hostClose,
    '（上接第3页）。（牵头单位：市发展改革委）', '', ...heads.flatMap((h) => [h, '']),
  ].join('\n');
  const parts = (a: string, b: string, c: string) => [`${a}强化要素保障。加大资金投入力度。`, `${b}保障措施`, '加强组织领导，强化督导检查。', `${c}工作要求`, '认真贯彻执行。'];

  it('reports a break further into it, and passes it numbered in order', () => {
    assert.deepEqual(check(sequence, issue(parts('（二）', '三、', '五、'))).map((d) => d.text), ['五、']);
    assert.deepEqual(check(sequence, issue(parts('（二）', '三、', '四、'))), []);
    assert.deepEqual(check(sequence, issue(['（二）强化要素保障。', '（四）强化督导考核。', '三、保障措施', '加强组织领导。'])).map((d) => d.text), ['（四）']);
  });

  it('stays silent when the host\'s text before the fragment is cut mid-sentence (the fragment may sit inside it)', () => {
    assert.deepEqual(check(sequence, issue(parts('（二）', '三、', '五、'), ['三、工作要求。各地要认真组织实施，确保', ''])), []);
  });
});

describe('numbering/sequence: an 意见\'s tail printed inside the 大事记 (probe20)', () => {
  // The 意见 is cut at （下转第5页） after its （二）; its tail goes on inside the 大事记 as （上接第2页）…,
  // which resumes with its own next entry: the fragment's end is known, its items are read in order.
  const hosting = (a: string, b: string) => [
    '聊城市人民政府公报', '', '2022', '', '第8期（总第233期）', '', '目 录', '', '◎市政府文件', '',
    '关于加快某项工作的意见', '', '聊政发〔2022〕1号 2', '', '聊城市人民政府大事记（2022年8月） 5', '',
    '聊城市人民政府文件', '', '聊政发〔2022〕1号', '', '聊城市人民政府 关于加快某项工作的意见', '',
    '各县（市、区）人民政府，市政府各部门：', '', '一、保障措施', '', '（一）加强领导。建立工作机制。', '',
    '（二）强化保障。统筹用好各级专项资金。（牵头单位：市财政局；配合单位：市发展改革委、市人力资源社（下转第5页）', '',
    '聊城市人民政府大事记', '', '（2022年8月）', '',
    '2日，市政府常务会议召开。', '', '12日，全市经济运行分析会议召开。市长出席会议并讲话，副', '',
    '（上接第2页）会保障局；责任单位：各县（市、区）人民政府）', '', `${a}营造氛围。及时总结推广典型经验做法。`, '',
    `${b}严格督导考核。对工作不力的予以通报。`, '', '市长主持会议。', '', '16日，全市安全生产工作会议召开。', '',
  ].join('\n');
  it('reports a skip between two items of the fragment, and passes them in order', () => {
    assert.deepEqual(check(sequence, hosting('（三）', '（四）')), []);
    assert.deepEqual(check(sequence, hosting('（三）', '（五）')).map((f) => [f.line, f.text]), [[43, '（五）']]);
  });
});

describe('numbering/sequence: a 规章\'s last chapter and article printed after another document (probe20)', () => {
  // The 令's 第四条 is cut at （下转第4页）; its tail, 第三章 附则 and the last article, is printed after
  // the next document's date as （上接第2页）…: the article after the chapter heading is the first
  // article of the fragment, judged against the one before the cut.
  const issue = (last: string) => decreeCutByPage('。', last);
  it('reports the last article numbered as the one before the cut, and passes it numbered on', () => {
    assert.deepEqual(check(sequence, issue('第五条')), []);
    assert.deepEqual(check(sequence, issue('第四条')).map((f) => [f.line, f.text]), [[65, '第四条']]);
  });
});

describe('numbering/sequence: the item a page cut splits (probe22)', () => {
  // The 意见's last item is cut mid-block at （下转第5页）; the block's tail resumes inside the 大事记.
  // The item's marker and the item before it are both printed before the cut, in order: only the
  // item's tail was moved, so its number is judged as anywhere else.
  const issue = (x: string) => [
    '聊城市人民政府公报', '', '2023', '', '第3期（总第240期）', '', '目 录', '', '◎市政府文件', '',
    '关于加快某项工作的意见', '', '聊政发〔2023〕1号 2', '', '聊城市人民政府大事记（2023年3月） 5', '',
    '聊城市人民政府文件', '', '聊政发〔2023〕1号', '', '聊城市人民政府 关于加快某项工作的意见', '',
    '各县（市、区）人民政府，市政府各部门：', '', '一、重点任务', '', '（一）加强领导。建立工作机制。（牵头单位：市发展改革委）', '',
    `${x}强化保障。统筹用好各级专项资金。（牵头单位：市财政局；责任单位：各县（市、区）人民政府、市属（下转第5页）`, '',
    '聊城市人民政府大事记', '', '（2023年3月）', '',
    '2日，市政府常务会议召开。', '', '12日，全市经济运行分析会议召开。市长出席会议并讲话，副', '',
    '（上接第2页）开发区管委会）', '', '聊城市人民政府', '', '2023年3月2日', '',
    '市长主持会议。', '', '16日，全市安全生产工作会议召开。', '',
  ].join('\n');
  it('reports a skip at the item the page cut, and passes it numbered on', () => {
    assert.deepEqual(check(sequence, issue('（二）')), []);
    assert.deepEqual(check(sequence, issue('（三）')).map((f) => [f.line, f.text]), [[29, '（三）']]);
  });
});
