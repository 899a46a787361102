import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { draft, issueOf, lexicon } from './test-fixtures';
import { punctuationWidth } from './punctuation-width';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/punctuation-width', () => {
  const model = lexicon();
  it("passes a full-width block", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局；责任单位：市民政局，各县（市、区）人民政府）");
    assert.deepEqual(brief(check(punctuationWidth, text, { model })), []);
  });
  it("reports a single half-width ; in a draft", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局;责任单位：市民政局）");
    assert.deepEqual(brief(check(punctuationWidth, text, { model })), [["lead-unit/punctuation-width", 5, 19, ";", "牵头单位括注中应使用全角分号“；”，不用半角“;”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。"]]);
  });
  it("reports every half-width mark of a block typed half-width", () => {
    const text = draft("1. 加强监管。(牵头单位:市财政局;责任单位:市民政局,各县(市、区)人民政府)");
    assert.deepEqual(brief(check(punctuationWidth, text, { model })), [["lead-unit/punctuation-width", 5, 9, "(", "牵头单位括注中应使用全角括号“（”，不用半角“(”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。"], ["lead-unit/punctuation-width", 5, 14, ":", "牵头单位括注中应使用全角冒号“：”，不用半角“:”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。"], ["lead-unit/punctuation-width", 5, 19, ";", "牵头单位括注中应使用全角分号“；”，不用半角“;”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。"], ["lead-unit/punctuation-width", 5, 24, ":", "牵头单位括注中应使用全角冒号“：”，不用半角“:”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。"], ["lead-unit/punctuation-width", 5, 29, ",", "牵头单位括注中应使用全角逗号“，”，不用半角“,”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。"], ["lead-unit/punctuation-width", 5, 32, "(", "牵头单位括注中应使用全角括号“（”，不用半角“(”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。"], ["lead-unit/punctuation-width", 5, 36, ")", "牵头单位括注中应使用全角括号“）”，不用半角“)”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。"], ["lead-unit/punctuation-width", 5, 41, ")", "牵头单位括注中应使用全角括号“）”，不用半角“)”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。"]]);
  });
  it("reports a half-width , beside a group, which unit-separator accepts as ，: after the local group written first, and beside a group in an assignment written after its units", () => {
    for (const t of ['（责任单位：东昌府区人民政府,市财政局）', '（财政部牵头，工业和信息化部,有关部门按职责分工负责）', '（市财政局牵头，各县（市、区）人民政府,市民政局按职责分工负责）']) {
      assert.deepEqual(check(punctuationWidth, draft(`1. 加强监管。${t}`), { model }).map((f) => f.text), [','], t);
    }
  });
  it('applies its fix to the whole text', () => {
    assert.equal(fixed(punctuationWidth, draft("1. 加强监管。(牵头单位:市财政局;责任单位:市民政局,各县(市、区)人民政府)"), { model }), draft("1. 加强监管。（牵头单位：市财政局；责任单位：市民政局，各县（市、区）人民政府）"));
  });

  // An issue whose first pages print half-width punctuation (an extraction island), the first
  // document's overflow cut inside a block at （下转第4页） and printed after the third as （上接第2页）….
  function continued(tail: string): string {
    const island = '一、主要任务\n\n1. 加强监管。(牵头单位:市财政局;责任单位:市民政局)\n\n2. 做好服务,提升质量。(牵头单位:市民政局;责任单位:市财政局、';
    const sign = '\n\n聊城市人民政府办公室\n2024年7月1日\n';
    const text = issueOf([`${island}（下转第4页）`, '做好有关工作。', '做好有关工作。']);
    return `${text.replace(`（下转第4页）${sign}`, '（下转第4页）\n')}\n（上接第2页）${tail}${sign}`;
  }
  it('in an island, a block cut by a page continuation: the markers\' full-width brackets are no evidence', () => {
    assert.deepEqual(brief(check(punctuationWidth, continued('市发展改革委,各县(市、区)人民政府)'), { model })), []);
  });
  it('an island that begins at an item between two full-width blocks: the item\'s own half-width sentence shows its page', () => {
    const body = '一、主要任务\n\n（三）强化金融支撑。一是扩大普惠贷款；二是推广惠农贷。（牵头单位：市财政局；责任单位：各县（市、区）人民政府）\n\n'
      + '(四)推进城镇建设。一是完善市政管网,改造燃气管道300公里;二是建设便民生活圈50个。(牵头单位:市住房城乡建设局;责任单位:市城管局,各县(市、区)人民政府)\n\n'
      + '（五）加强组织领导。建立工作专班，按月调度。（牵头单位：市发展改革委；责任单位：市财政局）';
    assert.deepEqual(brief(check(punctuationWidth, issueOf([body, '做好有关工作。']), { model })), []);
    // The same block typed with a half-width colon in a full-width sentence is a slip.
    const slip = body.replace('完善市政管网,改造燃气管道300公里;二是', '完善市政管网，改造燃气管道300公里；二是').replace('(四)', '（四）')
      .replace('(牵头单位:市住房城乡建设局;责任单位:市城管局,各县(市、区)人民政府)', '（牵头单位:市住房城乡建设局；责任单位：市城管局，各县（市、区）人民政府）');
    assert.deepEqual(brief(check(punctuationWidth, issueOf([slip, '做好有关工作。']), { model })).map((f) => f[3]), [':']);
  });
  it('a block cut by a page continuation, typed full-width but for one mark: the mark is reported', () => {
    const text = continued('市发展改革委，各县（市、区）人民政府)').replace('(牵头单位:市民政局;责任单位:市财政局、', '（牵头单位：市民政局；责任单位：市财政局、')
      .replace('(牵头单位:市财政局;责任单位:市民政局)', '（牵头单位：市财政局；责任单位：市民政局）').replace('服务,', '服务，');
    assert.deepEqual(brief(check(punctuationWidth, text, { model })).map((f) => f[3]), [')']);
  });

  // A page continuation is printed on other pages than the text around it: its marks are judged by
  // the continuation's own page, not by the host's or the continued document's.
  const sign = '\n\n聊城市人民政府办公室\n2024年7月1日\n';
  function moved(fragment: string, hostBody = '做好有关工作。'): string {
    const own = '一、主要任务\n\n1. 加强监管。（牵头单位：市财政局；责任单位：市民政局）\n\n2. 做好服务，提升质量，按时报送有关情况和信';
    const text = issueOf([`${own}（下转第4页）`, '做好有关工作。', hostBody]);
    return `${text.replace(`（下转第4页）${sign}`, '（下转第4页）\n')}\n（上接第2页）${fragment}${sign}`;
  }
  it('a half-width page moved into a full-width document: its blocks are an island', () => {
    const text = moved('息。(牵头单位:市民政局;责任单位:市财政局、市发展改革委)\n\n各县(市、区)政府按年度对本方案实施情况进行评估,及时解决问题。');
    assert.deepEqual(brief(check(punctuationWidth, text, { model })), []);
  });
  it('a full-width page moved into a document: its lone half-width mark is a slip', () => {
    const text = moved('息。（牵头单位：市民政局;责任单位：市财政局、市发展改革委）\n\n各县（市、区）政府按年度对本方案实施情况进行评估，及时解决问题。');
    assert.deepEqual(brief(check(punctuationWidth, text, { model })).map((f) => f[3]), [';']);
  });
  it('a half-width document hosting a full-width page: its blocks are judged by its own pages', () => {
    const host = '1. 加强监管。(牵头单位:市财政局)\n\n（上接第2页）息。（牵头单位：市民政局；责任单位：市财政局）' + sign.replace(/\n$/, '') + '\n\n各县(市、区)要做好服务:一是及时报送;二是按时办理。';
    const text = issueOf(['一、主要任务\n\n2. 做好服务，提升质量，按时报送有关情况和信（下转第4页）', '做好有关工作。', host]).replace(`（下转第4页）${sign}`, '（下转第4页）\n') + sign;
    assert.deepEqual(brief(check(punctuationWidth, text, { model })), []);
  });
  // QA round fifteen: a half-width page that begins in a document's 方案 before its first block, with
  // no ; or ； before that block in the document: its prose's half-width marks show the page.
  it("a document's first block on a half-width page that began before it, no semicolon before it: an island", () => {
    const body = (item: string) => ['为加快推动设备更新，结合我市实际，制定本方案。', '',
      '一、总体要求', '', '坚持市场为主、政府引导,到2027年,全市设备投资规模较2023年增长25%以上。', '', '二、重点任务', '', '(一)实施设备更新行动。', '',
      item, '', '2. 加快建筑领域设备更新。（牵头单位：市财政局；责任单位：市民政局）'].join('\n');
    const island = '1. 推进重点行业设备更新改造。聚焦重点行业,每年滚动实施500个以上技术改造项目。(牵头单位:市财政局;责任单位:各县(市、区)人民政府)';
    assert.deepEqual(brief(check(punctuationWidth, issueOf([body(island), '做好有关工作。']), { model })), []);
    // The same block typed half-width in full-width text is a slip, every mark of it.
    const full = body(island).replace('政府引导,到2027年,', '政府引导，到2027年，').replace('(一)', '（一）').replace('重点行业,每年', '重点行业，每年');
    assert.deepEqual(brief(check(punctuationWidth, issueOf([full, '做好有关工作。']), { model })).map((f) => f[3]), ['(', ':', ';', ':', '(', ')', ')']);
  });
  it('reports a half-width colon after a role printed on a line of its own, and passes full-width ones', () => {
    assert.deepEqual(brief(check(punctuationWidth, draft('1. 加强监管。\n牵头单位:市财政局\n配合单位：市审计局'), { model: lexicon() })), [["lead-unit/punctuation-width", 6, 5, ":", "任务分工中应使用全角冒号“：”，不用半角“:”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。"]]);
    assert.deepEqual(brief(check(punctuationWidth, draft('1. 加强监管。\n牵头单位：市财政局\n配合单位：市审计局'), { model: lexicon() })), []);
  });
});
