import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { lint } from '../../lint';
import { continuedIssueHead } from '../../parse/issue-fixture';
import { emptyModel } from '../../model/load';
import { inlineSequence } from './inline-sequence';
import { draftDoc } from '../cross-ref/fixtures';
import { parseGazette } from '../../parse/gazette';
import { SourceText } from '../../text/source';

const WHY = '“一是……二是……”式列举的序号应从“一是”起依次递增';
const run = (a: string, b: string, c: string) => `    一、总体要求\n    主要做好三方面工作：${a}加强组织领导；${b}完善工作机制；${c}强化督导检查。`;

describe('numbering/inline-sequence', () => {
  it('accepts a run in one paragraph, and one continued in the next paragraphs of the item', () => {
    assert.deepEqual(check(inlineSequence, draftDoc(run('一是', '二是', '三是'))), []);
    const paras = '    一、总体要求\n    主要做好三方面工作。一是加强组织领导。\n    二是完善工作机制。\n    （1）健全会商制度。\n    （2）落实台账管理。\n    三是强化督导检查。';
    assert.deepEqual(check(inlineSequence, draftDoc(paras)), []);
    // Right after an item's marker: （一）一是…
    const afterMarker = '    一、总体要求\n    （一）一是加强组织领导。\n    二是完善工作机制。';
    assert.deepEqual(check(inlineSequence, draftDoc(afterMarker)), []);
    assert.deepEqual(check(inlineSequence, draftDoc(afterMarker.replace('二是', '三是'))).map((d) => d.text), ['三是']);
  });

  it('reports a marker with nothing after it (……；三是。, 三是；), without a fix', () => {
    const text = draftDoc('    一、总体要求\n    主要做好三方面工作：一是加强组织领导；二是完善工作机制；三是。');
    const found = check(inlineSequence, text);
    assert.deepEqual(found.map((d) => [d.text, d.message, d.fix]), [['三是', '列举项“三是”后没有内容：应补写该项内容，或删去“三是”并调整其后各项的序号。', undefined]]);
    const middle = draftDoc(run('一是', '二是；', '三是'));
    assert.deepEqual(check(inlineSequence, middle).map((d) => [d.text, d.message]), [['二是', '列举项“二是”后没有内容：应补写该项内容，或删去“二是”并调整其后各项的序号。']]);
    // A lone 是 clause is no run; a marker the paragraph ends on is cut by the page, not empty.
    assert.deepEqual(check(inlineSequence, draftDoc('    一、总体要求\n    他说，一是。')), []);
    assert.deepEqual(check(inlineSequence, draftDoc('    一、总体要求\n    主要做好两方面工作：一是加强组织领导；二是')), []);
  });

  it('reports a 、 right after 一是 or 一要 in a run and deletes it; passes 一是， 一是： and a lone 一是、', () => {
    const text = draftDoc(run('一是、', '二是', '三是'));
    assert.deepEqual(check(inlineSequence, text).map((d) => [d.text, d.message]), [
      ['一是、', '列举用语“一是”后不用顿号“、”（GB/T 15834—2011《标点符号用法》：顿号用于句内并列词语之间）：应为“一是”后直接接内容。'],
    ]);
    assert.equal(fixed(inlineSequence, text), draftDoc(run('一是', '二是', '三是')));
    assert.equal(fixed(inlineSequence, draftDoc(run('一要', '二要、', '三要'))), draftDoc(run('一要', '二要', '三要')));
    assert.deepEqual(check(inlineSequence, draftDoc(run('一是，', '二是，', '三是，'))), []);
    assert.deepEqual(check(inlineSequence, draftDoc(run('一是：', '二是：', '三是：'))), []);
    assert.deepEqual(check(inlineSequence, draftDoc('    一、总体要求\n    统一是、非标准，做好工作。')), []);
  });

  it('reads a run cut by a hard wrap or a blank line as one', () => {
    const wrapped = '    一、总体要求\n    主要做好两方面工作：一是加强组织\n\n领导；二是完善工作机制；三\n是强化督导检查。';
    assert.deepEqual(check(inlineSequence, draftDoc(wrapped)), []);
    // A wrapped heading line the parser keeps as a paragraph of its own, its 是 on the next line.
    const heading = '    一、总体要求\n    （三）开展全方位政务公开培训。一\n是各县人民政府每年组织一次培训；二是市政府各部门每年组织一次业务培训。';
    assert.deepEqual(check(inlineSequence, draftDoc(heading)), []);
    assert.deepEqual(check(inlineSequence, draftDoc(heading.replace('；二是', '；三是'))).map((d) => [d.line, d.text]), [[11, '三是']]);
    const slip = check(inlineSequence, draftDoc(wrapped.replace('；三\n是', '；四\n是')));
    assert.deepEqual(slip.map((d) => [d.line, d.column, d.text]), [[12, 13, '四\n是']]);
  });

  it('ignores ordinals inside words and not at a clause start: 统一是, 唯一是, 之一是, 是否, 一是一、二是二', () => {
    const text = '    一、总体要求\n    标准统一是前提，唯一是指此项，重点之一是服务。经研究，二是否可行另行确定。要坚持一是一、二是二，实事求是。';
    assert.deepEqual(check(inlineSequence, draftDoc(text)), []);
  });

  it('starts a new run at 一是, and at the next item of the run\'s level', () => {
    const text = '    一、总体要求\n    （一）明确目标。一是提高认识；二是压实责任。\n    （二）强化保障。一是加强领导；二是完善机制；三是严格考核。其中，一是年度考核；二是专项考核。';
    assert.deepEqual(check(inlineSequence, draftDoc(text)), []);
  });

  it('reports a skipped ordinal at the marker, with the missing one suggested', () => {
    const text = draftDoc(run('一是', '二是', '四是'));
    const found = check(inlineSequence, text);
    assert.deepEqual(found.map((d) => [d.line, d.column, d.text, d.message, d.fix]), [[10, 33, '四是',
      `列举序号不连续：“四是”之前缺少“三是”（上一项为“二是”）。${WHY}：此处应为“三是”，或补上缺少的项。`, undefined]]);
  });

  it('ignores the last item printed again by the extraction (a duplicated tail fragment), not a repeat drafted', () => {
    const body = '    一、总体要求\n    会议要求，一是紧盯全年目标任务，二是加快重点项目建设，三是抓好稳就业保民生工作。\n\n三是抓好稳就业保民生工作。\n    二、保障措施\n    （一）健全门诊保障。一是提高门诊慢特病待遇水平；二是扩大门诊统筹定点医疗机构范围。\n\n二是扩大门诊统筹定点医疗机构范围。';
    assert.deepEqual(check(inlineSequence, draftDoc(body)), []);
    // The same marker on another item is still a repeat: 三是 twice with different words.
    const slip = body.replace('\n\n三是抓好稳就业保民生工作。', '\n\n三是强化督导检查。');
    assert.deepEqual(check(inlineSequence, draftDoc(slip)).map((d) => [d.line, d.text]), [[12, '三是']]);
  });

  it('reports a repeated ordinal', () => {
    const found = check(inlineSequence, draftDoc(run('一是', '二是', '二是')));
    assert.deepEqual(found.map((d) => [d.text, d.message]), [['二是', `列举序号重复：“二是”与上一项相同。${WHY}：此处应为“三是”。`]]);
  });

  it('fixes a marker the next one confirms (一是、二是、二是、四是), with one diagnostic', () => {
    const body = '    一、总体要求\n    主要做好四方面工作：一是加强组织领导；二是完善工作机制；二是强化督导检查；四是严格考核。';
    const found = check(inlineSequence, draftDoc(body));
    assert.deepEqual(found.map((d) => [d.text, d.message]), [['二是', `列举序号错误：“二是”应为“三是”（上一项为“二是”，下一项为“四是”）。${WHY}。`]]);
    assert.equal(fixed(inlineSequence, draftDoc(body)), draftDoc(body.replace('；二是强化', '；三是强化')));
  });

  it('reports a run that starts at 二是; fixed when the next marker is 二是 too', () => {
    const found = check(inlineSequence, draftDoc(run('二是', '三是', '四是')));
    assert.deepEqual(found.map((d) => [d.text, d.message, d.fix]), [['二是',
      `列举序号不从“一是”开始：“二是”之前没有“一是”。${WHY}：此处应为“一是”（其后各项依次改号），或补上缺少的项。`, undefined]]);
    const sure = draftDoc(run('二是', '二是', '三是'));
    assert.deepEqual(check(inlineSequence, sure).map((d) => [d.line, d.column, d.text]), [[10, 15, '二是']]);
    assert.equal(fixed(inlineSequence, sure), draftDoc(run('一是', '二是', '三是')));
    // A sibling item ends the run: （二）'s 二是 starts a new one, it does not repeat （一）'s.
    const items = '    一、总体要求\n    （一）明确目标。一是提高认识；二是压实责任。\n    （二）强化保障。二是加强领导；三是完善机制。';
    assert.deepEqual(check(inlineSequence, draftDoc(items)).map((d) => [d.line, d.text, d.message.startsWith('列举序号不从“一是”开始')]), [[11, '二是', true]]);
  });

  it('reads a run opened by a quote, a bracket, a dash or 即 (“一是要…；二是要…”, （一是…）, ——一是…, ，即一是…)', () => {
    const quoted = '    一、总体要求\n    会议强调：“一是要坚持问题导向；二是要坚持久久为功。”各县要认真抓好落实。';
    assert.deepEqual(check(inlineSequence, draftDoc(quoted)), []);
    const namely = '    一、总体要求\n    （二）整治村容村貌。重点抓好“三清一改”，即一是清理农村生活垃圾，二是清理村内塘沟，三是清理畜禽养殖粪污。';
    assert.deepEqual(check(inlineSequence, draftDoc(namely)), []);
    const bracket = '    一、抽查范围\n    抽查对象主要包括三类市场主体（一是新设立的；二是投诉举报较多的；三是以往抽查发现问题的），各部门可适当调整。';
    assert.deepEqual(check(inlineSequence, draftDoc(bracket)), []);
    const dash = '    一、工作要求\n    各部门要做到“三个坚持”——一是坚持依法检查，二是坚持公平公正，三是坚持信息公开。';
    assert.deepEqual(check(inlineSequence, draftDoc(dash)), []);
    assert.deepEqual(check(inlineSequence, draftDoc(dash.replace('三是', '四是'))).map((d) => d.text), ['四是']);
    // Still judged: a skip inside the quote, and 立即 is no clause start.
    assert.deepEqual(check(inlineSequence, draftDoc(quoted.replace('二是要', '三是要'))).map((d) => d.text), ['三是']);
    assert.deepEqual(check(inlineSequence, draftDoc('    一、总体要求\n    要立即一是整改，二是上报。')).map((d) => d.text), ['二是']);
  });

  it('a run nested under a 一是, and a run after a lone 一是, are runs of their own', () => {
    const nested = '    一、总体要求\n    （一）治理农村生活垃圾。一是健全收运处置体系。要做到：一是配齐保洁人员；二是配足收运车辆；三是定期清运。二是推进垃圾分类。';
    assert.deepEqual(check(inlineSequence, draftDoc(nested)), []);
    const lone = '    一、总体要求\n    我市整治工作取得成效，一是城乡面貌明显改善。同时也要看到，一是长效机制不健全；二是群众参与度不高；三是资金投入不足。';
    assert.deepEqual(check(inlineSequence, draftDoc(lone)), []);
    // An item put before 一是 without renumbering (一是X；一是Y；二是Z) is still reported.
    assert.deepEqual(check(inlineSequence, draftDoc('    一、总体要求\n    主要做好三方面工作：一是加强组织领导；一是完善工作机制；二是强化督导检查。')).map((d) => d.text), ['一是']);
    // A repeated 一是 with no 二是 after it is still a repeat; a skip after the nested run still a skip.
    assert.deepEqual(check(inlineSequence, draftDoc('    一、总体要求\n    主要做好两方面工作：一是加强组织领导；一是完善工作机制。')).map((d) => d.text), ['一是']);
    assert.deepEqual(check(inlineSequence, draftDoc(nested.replace('二是推进', '三是推进'))).map((d) => d.text), ['三是']);
  });

  it('reports a 一是 with no 二是 after it in its run (probe7), without a fix', () => {
    const lone = '    一、重点任务\n    （一）推进供水一体化。一是实施管网互联互通工程，推动城市管网向村庄延伸。整合小型供水工程，推进规模化发展。\n    （二）加强水源保护。划定水源保护区。';
    assert.deepEqual(check(inlineSequence, draftDoc(lone)).map((d) => [d.line, d.text, d.message, d.fix]), [
      [10, '一是', `列举只有“一是”，其后没有“二是”：${WHY}。应给其后各项依次加上“二是”“三是”等，或删去“一是”。`, undefined],
    ]);
    // 二是 in the next paragraph, a run of another form after it, 一是一、二是二, 统一是: not alone.
    assert.deepEqual(check(inlineSequence, draftDoc('    一、重点任务\n    一是实施管网互联互通工程。\n    二是整合小型供水工程。')), []);
    assert.deepEqual(check(inlineSequence, draftDoc('    一、重点任务\n    会议要求，一是提高政治站位；二要压实各方责任。')), []);
    assert.deepEqual(check(inlineSequence, draftDoc('    一、重点任务\n    坚持一是一、二是二，标准统一是基本要求。')), []);
  });

  it('a run outside any item goes on across the 1. list that details its item', () => {
    const notice = '    春节将至，现就有关事项通知如下。\n    一是压实安全生产责任。各级各部门要严格落实责任。\n    1.落实属地责任。各县（市、区）要组织开展排查。\n    2.落实部门监管责任。行业主管部门要加强监管。\n    二是深化隐患排查整治。\n    三是强化应急值守。';
    assert.deepEqual(check(inlineSequence, draftDoc(notice)), []);
    // The count must go on exactly: 三是 after the list is still reported.
    assert.deepEqual(check(inlineSequence, draftDoc(notice.replace('二是深化', '三是深化').replace('三是强化', '四是强化'))).map((d) => d.text), ['三是']);
    // A 一、 heading between ends the run.
    const heading = notice.replace('    1.落实属地责任', '    一、落实属地责任').replace('    2.落实部门', '    二、落实部门');
    assert.deepEqual(check(inlineSequence, draftDoc(heading)).map((d) => d.text), ['二是']);
  });

  it('reports an ordinal that goes back', () => {
    const body = '    一、总体要求\n    主要做好以下工作：一是加强组织领导；二是完善工作机制；三是强化督导检查；二是严格考核。';
    assert.deepEqual(check(inlineSequence, draftDoc(body)).map((d) => [d.text, d.message]), [['二是', `列举序号倒退：“二是”不应小于上一项“三是”。${WHY}：此处应为“四是”。`]]);
  });
});

describe('numbering/inline-sequence: 一要, 第一，, 其一 runs', () => {
  const why = (a: string, b: string, one: string) => `“${a}……${b}……”式列举的序号应从“${one}”起依次递增`;
  const yao = (a: string, b: string, c: string) => `    一、工作要求\n    各级各部门${a}提高政治站位，把安全生产摆在突出位置；${b}压实各方责任，层层传导压力；${c}加强督导检查，确保工作落到实处。`;
  const di = (a: string, b: string, c: string) => `    一、总体要求\n    （一）基本原则。${a}坚持人民至上，把保障群众安全放在首位。${b}坚持问题导向，聚焦突出矛盾精准施策。${c}坚持系统观念，统筹发展和安全。`;
  const qi = (a: string, b: string) => `    一、存在问题\n    当前工作中仍有两方面不足：${a}，部分单位思想认识不到位；${b}，监管手段较为单一。`;

  it('accepts correct runs of each form', () => {
    assert.deepEqual(check(inlineSequence, draftDoc(yao('一要', '二要', '三要'))), []);
    assert.deepEqual(check(inlineSequence, draftDoc(di('第一，', '第二，', '第三，'))), []);
    assert.deepEqual(check(inlineSequence, draftDoc(di('第一、', '第二、', '第三、'))), []);
    assert.deepEqual(check(inlineSequence, draftDoc(di('第一是', '第二是', '第三是'))), []);
    assert.deepEqual(check(inlineSequence, draftDoc(qi('其一', '其二'))), []);
  });

  it('reports a skipped, repeated or backward ordinal in each form, with the message of its form', () => {
    assert.deepEqual(check(inlineSequence, draftDoc(yao('一要', '二要', '四要'))).map((d) => [d.line, d.column, d.text, d.message]), [[10, 47, '四要',
      `列举序号不连续：“四要”之前缺少“三要”（上一项为“二要”）。${why('一要', '二要', '一要')}：此处应为“三要”，或补上缺少的项。`]]);
    const w = why('第一，', '第二，', '第一');
    assert.deepEqual(check(inlineSequence, draftDoc(di('第一，', '第二，', '第二，'))).map((d) => [d.text, d.message]), [['第二',
      `列举序号重复：“第二”与上一项相同。${w}：此处应为“第三”。`]]);
    assert.deepEqual(check(inlineSequence, draftDoc(di('第一，', '第三，', '第二，'))).map((d) => d.text), ['第三', '第二']);
    assert.deepEqual(check(inlineSequence, draftDoc(qi('其一', '其三'))).map((d) => [d.text, d.message]), [['其三',
      `列举序号不连续：“其三”之前缺少“其二”（上一项为“其一”）。${why('其一', '其二', '其一')}：此处应为“其二”，或补上缺少的项。`]]);
  });

  it('fixes a marker the next one confirms, and suggests the value otherwise', () => {
    const body = draftDoc(di('第一，', '第一，', '第三，'));
    assert.deepEqual(check(inlineSequence, body).map((d) => [d.text, !!d.fix]), [['第一', true]]);
    assert.equal(fixed(inlineSequence, body), draftDoc(di('第一，', '第二，', '第三，')));
    const r = lint(draftDoc(yao('一要', '二要', '四要')), { model: emptyModel(), only: [inlineSequence] });
    assert.deepEqual(r.diagnostics.map((d) => [!!d.fix, d.suggestions?.map((x) => [x.desc, x.fix.text])]), [[false, [['改为“三要”（其后各项可能也需改号）', '三']]]]);
  });

  it('never reads 第一 inside a phrase, or 一要 inside a word, as a marker', () => {
    const words = '    一、总体要求\n    各地要落实第一责任人责任，第一时间处置，第一批试点于第一季度完成。按照第一条规定，统一要求，进一步要压实责任，唯一要做的是坚持“安全第一、预防为主”。' +
      '第一书记要驻村，第一次会议研究第一、二批名单。三要素齐全，二要件不全的退回。';
    assert.deepEqual(check(inlineSequence, draftDoc(words)), []);
    // One 第二， alone, or 二要 alone, proves nothing: a form other than 是 needs two markers.
    assert.deepEqual(check(inlineSequence, draftDoc('    一、总体要求\n    各单位要加强协作。第二，要做好宣传引导。')), []);
    assert.deepEqual(check(inlineSequence, draftDoc('    一、总体要求\n    会议指出，二要加强统筹调度。')), []);
    // 第二，第三， with no 第一 is a run of two that starts late.
    assert.deepEqual(check(inlineSequence, draftDoc(di('各单位要', '第二，', '第三，'))).map((d) => d.text), ['第二']);
  });

  it('does not count a run that mixes forms as a skip (一是……二要……三是, 一要……二是)', () => {
    const mixed = '    一、工作要求\n    会议要求，一是提高政治站位；二要压实各方责任；三是加强督导检查。';
    assert.deepEqual(check(inlineSequence, draftDoc(mixed)), []);
    assert.deepEqual(check(inlineSequence, draftDoc('    一、工作要求\n    会议要求，一要提高政治站位；二是压实各方责任；三是加强督导检查。')), []);
    // A run of another form nested under a 一是 leaves both runs whole; a skip in either is still found.
    const nested = '    一、工作要求\n    一是强化组织领导，一要明确责任分工，二要建立工作台账；二是加强督导检查。';
    assert.deepEqual(check(inlineSequence, draftDoc(nested)), []);
    assert.deepEqual(check(inlineSequence, draftDoc(nested.replace('二要', '三要'))).map((d) => d.text), ['三要']);
    // 一方面……另一方面 and 首先……其次……最后 are not counted.
    assert.deepEqual(check(inlineSequence, draftDoc('    一、工作要求\n    一方面要加强监管，另一方面要优化服务。首先，摸清底数；其次，完善制度；最后，抓好落实。')), []);
  });
});

describe('numbering/inline-sequence in an extracted issue', () => {
  // A run cut by a page: 一是、二是 on page 3, （上接第3页）三是 printed on page 5 inside another document.
  const issue = (fragment: string) => [
    ...continuedIssueHead('（一）强化保障。主要做好三方面工作：一是加强组织领导；二是完善工作机制，确保各项任务落到实处'),
    '《某某办法》已经市政府同意，现印发给你们。一是认真学习；', '',
    fragment, '', '二是抓好落实。', '', '聊城市人民政府办公室', '2024年3月5日', '',
    '（二）加强督导。定期调度。', '', '聊城市人民政府', '2024年2月1日', '',
  ].join('\n');

  it('a continuation re-attached in the middle of a run makes no break, in either document', () => {
    const g = parseGazette(new SourceText(issue('（上接第3页）；三是强化督导检查。')));
    assert.deepEqual(g.documents.map((d) => d.continuations.length), [1, 0]);
    assert.deepEqual(check(inlineSequence, issue('（上接第3页）；三是强化督导检查。')), []);
  });

  it('a run cut right after 一是 goes on at the re-attached 二是: no "starts at 二是", and a confirmed slip there is still found', () => {
    const cut = (fragment: string) => issue('（上接第3页）' + fragment).replace('；二是完善工作机制，确保各项任务落到实处（下转第5页）', '（下转第5页）');
    assert.deepEqual(check(inlineSequence, cut('；二是完善工作机制；三是强化督导检查。')), []);
    assert.deepEqual(check(inlineSequence, cut('；二是完善工作机制；二是强化督导检查；四是严格考核。')).map((d) => [d.line, d.text, !!d.fix]), [[41, '二是', true]]);
  });

  it('across re-attached text, reports only a slip the next marker confirms', () => {
    // The fragment's extent is a guess: 一是、二是 ⏎ （上接）二是 alone could be the extraction's.
    assert.deepEqual(check(inlineSequence, issue('（上接第3页）；二是强化督导检查。')), []);
    const found = check(inlineSequence, issue('（上接第3页）；二是强化督导检查；四是严格考核。'));
    assert.deepEqual(found.map((d) => [d.line, d.text, !!d.fix]), [[41, '二是', true]]);
  });
});
