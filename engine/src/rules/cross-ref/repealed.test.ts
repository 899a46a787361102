import * as assert from 'node:assert';
import { check } from '../testing';
import { emptyModel } from '../../model/load';
import { lint, lintIncremental, madeIncrementally } from '../../lint';
import { repealed } from './repealed';
import { draftDoc, registryModel } from './fixtures';

const model = registryModel();
const cite = '    根据《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号），现通知如下。';

describe('cross-ref/repealed', () => {
  it('accepts the citation before the repeal took effect (and on the repeal day)', () => {
    assert.deepStrictEqual(check(repealed, draftDoc(cite, '2024年6月3日'), { model }), []);
    assert.deepStrictEqual(check(repealed, draftDoc(cite, '2024年12月29日'), { model }), []);
  });

  it('reports the citation after the repeal, naming the repealing document', () => {
    const found = check(repealed, draftDoc(cite, '2025年1月6日', '聊政办发〔2025〕1号'), { model });
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.text, f.message]), [[9, 7,
      '《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号）',
      '所引文件（聊政发〔2021〕5号）已于2024年12月29日被《聊城市人民政府办公室关于废止聊政发〔2021〕5号行政规范性文件的通知》（聊政办字〔2024〕21号）废止，本文成文日期2025年1月6日时已失效：请删除该引用或改引现行文件。']]);
  });

  it('reports a repealed document named by its number alone (按照聊政发〔2021〕5号文件要求), and not a sentence stating its repeal (QA round twelve)', () => {
    const bare = '    各县（市、区）要按照聊政发〔2021〕5号文件要求，做好金融服务工作。';
    assert.deepStrictEqual(check(repealed, draftDoc(bare, '2024年6月3日'), { model }), []);
    const found = check(repealed, draftDoc(bare, '2025年1月6日', '聊政办发〔2025〕1号'), { model });
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.text, f.message]), [[9, 15, '聊政发〔2021〕5号',
      '所引文件（聊政发〔2021〕5号）已于2024年12月29日被《聊城市人民政府办公室关于废止聊政发〔2021〕5号行政规范性文件的通知》（聊政办字〔2024〕21号）废止，本文成文日期2025年1月6日时已失效：请删除该引用或改引现行文件。']]);
    assert.deepStrictEqual(check(repealed, draftDoc('    聊政发〔2021〕5号文件已于2024年12月29日废止。', '2025年1月6日', '聊政办发〔2025〕1号'), { model }), []);
  });

  it('does not report a transitional provision or the former document named as such (原聊政发…) (QA round thirteen)', () => {
    const late = (body: string) => check(repealed, draftDoc(body, '2025年2月10日', '聊政办发〔2025〕1号'), { model }).map((f) => [f.line, f.text]);
    assert.deepStrictEqual(late('    本措施施行前，企业已按照聊政发〔2021〕5号文件申报且尚未兑现的奖励，按原规定执行。'), []);
    assert.deepStrictEqual(late('    本意见实施之日前已按照《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号）签订的协议继续有效。'), []);
    assert.deepStrictEqual(late('    原聊政发〔2021〕5号文件确定的扶持标准与本措施不一致的，以本措施为准。'), []);
    // What was done under it before a day; its history (实施以来) told (redteam4).
    assert.deepStrictEqual(late('    2024年12月31日前已按照《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号）兑现的奖励，不再追溯；已经申报尚未兑现的，按原规定执行。'), []);
    assert.deepStrictEqual(late('    认真总结聊政发〔2021〕5号文件实施以来的经验，巩固已有成果。'), []);
    assert.deepStrictEqual(late('    各地要总结经验，按照聊政发〔2021〕5号文件实施，巩固成果。'), [[9, '聊政发〔2021〕5号']]);
    // Any other 实施前 is a use: still reported.
    assert.deepStrictEqual(late('    项目实施前，要按照聊政发〔2021〕5号文件要求进行评估。'), [[9, '聊政发〔2021〕5号']]);
    // A review report's example of the slip it reports; the basis named with 以 is a use.
    assert.deepStrictEqual(late('    一是个别文件引用已废止文件。如某部门代拟稿仍以聊政发〔2021〕5号文件为依据，经审核后予以纠正。'), []);
    assert.deepStrictEqual(late('    某部门代拟稿以聊政发〔2021〕5号文件为依据。'), [[9, '聊政发〔2021〕5号']]);
  });

  it('cuts a bare number\'s code to the longest code the model knows, whatever word precedes it (根据, 对, 将, 经, 凡, 把, 从聊政发…)', () => {
    const late = (body: string) => check(repealed, draftDoc(body, '2025年1月6日', '聊政办发〔2025〕1号'), { model }).map((f) => [f.text, f.message.slice(0, 24)]);
    const slip = [['聊政发〔2021〕5号', '所引文件（聊政发〔2021〕5号）已于2024年']];
    for (const body of ['根据聊政发〔2021〕5号文件要求，做好金融服务工作。', '要对聊政发〔2021〕5号文件落实情况开展评估。', '各县要将聊政发〔2021〕5号文件要求落到实处。',
      '经聊政发〔2021〕5号文件明确的扶持事项，按期兑现。', '凡聊政发〔2021〕5号文件规定的事项，照此办理。', '各县要把聊政发〔2021〕5号文件要求落到实处。', '从聊政发〔2021〕5号文件规定的事项中选取试点。']) {
      assert.deepStrictEqual(late('    ' + body), slip, body);
    }
  });

  it('does not report the rows of an annex that lists repealed documents, but does those of a list of what stays in force (QA round thirteen)', () => {
    const notice = (kept: string) => [
      '聊城市人民政府', '', '聊政字〔2026〕15号', '', '聊城市人民政府关于公布行政规范性文件清理结果的通知', '',
      '各县（市、区）人民政府，市政府各部门：', '',
      '　　现将清理结果公布如下：继续有效的文件见附件1，已废止和宣布失效的文件见附件2。', '',
      '　　附件：1.继续有效的市政府行政规范性文件目录', '　　　　　2.已废止和宣布失效的市政府行政规范性文件目录', '',
      '聊城市人民政府', '', '2026年2月20日', '',
      '附件1', '', '继续有效的市政府行政规范性文件目录', '', '序号\t文件名称\t文号',
      `1\t${kept}`, '',
      '附件2', '', '已废止和宣布失效的市政府行政规范性文件目录', '', '序号\t文件名称\t文号\t废止文件',
      '1\t聊城市人民政府关于加快聊城市金融产业高质量发展的意见\t聊政发〔2021〕5号\t聊政办字〔2024〕21号', '',
    ].join('\n');
    const ok = notice('聊城市人民政府关于加强聊城市城乡历史文化保护传承的实施意见\t聊政字〔2024〕10号');
    assert.deepStrictEqual(check(repealed, ok, { model }), []);
    const slip = notice('聊城市人民政府关于加快聊城市金融产业高质量发展的意见\t聊政发〔2021〕5号');
    assert.deepStrictEqual(check(repealed, slip, { model }).map((f) => [f.line, f.text]), [[23, '聊政发〔2021〕5号']]);
  });

  it('nor the items under a list heading that says they are repealed (二、已废止的行政规范性文件（1件）) (QA round thirteen)', () => {
    const body = (kept: string) => ['    一、继续有效的行政规范性文件（1件）', `    1.${kept}`, '    二、已废止的行政规范性文件（1件）',
      '    1.聊城市人民政府关于加快聊城市金融产业高质量发展的意见（聊政发〔2021〕5号）', '    各级各部门要严格执行清理结果。'].join('\n');
    const lintIt = (kept: string) => check(repealed, draftDoc(body(kept), '2026年2月20日', '聊政办发〔2026〕1号'), { model }).map((f) => [f.line, f.text]);
    assert.deepStrictEqual(lintIt('聊城市人民政府关于推进地热能开发利用的实施意见（聊政字〔2024〕20号）'), []);
    assert.deepStrictEqual(lintIt('聊城市人民政府关于加快聊城市金融产业高质量发展的意见（聊政发〔2021〕5号）'), [[10, '聊政发〔2021〕5号']]);
  });

  it('does not treat a sentence that states the repeal as a citation, but reports a repeal of what is already repealed', () => {
    const text = (date: string) => draftDoc('    本通知自印发之日起施行，《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号）同时废止。', date, '聊政办发〔2025〕1号');
    assert.deepStrictEqual(check(repealed, text('2024年12月20日'), { model }), []);
    assert.deepStrictEqual(check(repealed, text('2025年1月6日'), { model }).map((f) => [f.line, f.message]), [[9,
      '所废止的文件（聊政发〔2021〕5号）已于2024年12月29日被《聊城市人民政府办公室关于废止聊政发〔2021〕5号行政规范性文件的通知》（聊政办字〔2024〕21号）废止，无需再次废止：请核对所废止文件的标题和发文字号。']]);
  });

  it('reports an item of a 废止下列… list naming a document already repealed, not one of a list of those already repealed', () => {
    const body = (head: string) => [`    ${head}`, '    1.《聊城市人民政府关于进一步加强城市管理工作的意见》（聊政发〔2019〕8号）',
      '    2.《聊城市人民政府关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号）', '    二、其他事项', '    各级各部门要严格执行清理结果。'].join('\n');
    const lintIt = (head: string) => check(repealed, draftDoc(body(head), '2025年6月20日', '聊政办发〔2025〕3号'), { model }).map((f) => [f.line, f.text, f.message.slice(0, 26)]);
    assert.deepStrictEqual(lintIt('一、废止下列行政规范性文件'), [[11, '《聊城市人民政府关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号）', '所废止的文件（聊政发〔2021〕5号）已于2024年']]);
    assert.deepStrictEqual(lintIt('一、已废止的行政规范性文件'), []);
  });

  it('passes a republished regulation\'s own repeal sentence, dated as the repeal the registry records', () => {
    const text = draftDoc('    第四十六条 本办法自2024年12月29日起施行。《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号）同时废止。', '2025年1月6日', '聊政办发〔2025〕1号');
    assert.deepStrictEqual(check(repealed, text, { model }), []);
  });

  it('nor when a hard wrap fell right after the sentence that gives the date (…起施行。 ⏎ 《…》（…）同时废止。)', () => {
    const text = draftDoc('    第四十六条 本办法自2024年12月29日起施行。\n《关于加快聊城市金融产业高质量发展的意见》\n（聊政发〔2021〕5号）同时废止。', '2025年1月6日', '聊政办发〔2025〕1号');
    assert.deepStrictEqual(check(repealed, text, { model }), []);
  });

  it('nor one that a hard wrap broke right after the repealed document\'s number', () => {
    const text = draftDoc('    原《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号）\n已由《聊城市人民政府办公室关于废止聊政发〔2021〕5号行政规范性文件的通知》（聊政办字〔2024〕21号）废止。', '2025年1月6日', '聊政办发〔2025〕1号');
    assert.deepStrictEqual(check(repealed, text, { model }), []);
  });

  // An issue of May 2022: a 聊政办字 notice dated 2022-05-20 and a 大事记 of May 2022 citing the
  // document repealed in 2024. Neither was wrong then, and the 大事记 has no 成文日期.
  const issue = (chronicleSubtitle: string, noticeDate: string) => [
    '聊城市人民政府公报', '2022', '第5期', '', '目录', '◎市政府办公室文件',
    '聊城市人民政府办公室关于做好金融服务工作的通知', '聊政办字〔2022〕9号 2', '◎政务动态', '聊城市人民政府大事记 5', '',
    '聊城市人民政府办公室', '', '聊政办字〔2022〕9号', '', '聊城市人民政府办公室关于做好金融服务工作的通知', '',
    '各县（市、区）人民政府，市政府各部门：', '    请做好金融服务工作。', '', '聊城市人民政府办公室', noticeDate, '',
    '聊城市人民政府大事记', '', chronicleSubtitle, '',
    '3日，市政府召开常务会议，研究贯彻《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号）。', '',
  ].join('\n');

  it('judges a 大事记 by the month it records, not by today', () => {
    assert.deepStrictEqual(check(repealed, issue('（2022年5月）', '2022年5月20日'), { model }), []);
    // The same 大事记 recording a month after the repeal is reported, and the message says which date it used.
    assert.deepStrictEqual(check(repealed, issue('（2025年1月）', '2022年5月20日'), { model }).map((f) => [f.line, f.message]), [[28,
      '所引文件（聊政发〔2021〕5号）已于2024年12月29日被《聊城市人民政府办公室关于废止聊政发〔2021〕5号行政规范性文件的通知》（聊政办字〔2024〕21号）废止，判断日期2025年1月31日（本文无成文日期，按大事记所记月份）时已失效：请删除该引用或改引现行文件。']]);
  });

  it('judges an undated document of an issue by the issue\'s latest 成文日期, not by today', () => {
    // The second notice lost its date line in the extraction.
    const undated = (otherDate: string) => [
      '聊城市人民政府公报', '2022', '第5期', '', '目录', '◎市政府办公室文件',
      '聊城市人民政府办公室关于做好金融服务工作的通知', '聊政办字〔2022〕9号 2', '聊城市人民政府办公室关于做好防汛工作的通知', '聊政办字〔2022〕10号 3', '',
      '聊城市人民政府办公室', '', '聊政办字〔2022〕9号', '', '聊城市人民政府办公室关于做好金融服务工作的通知', '',
      '各县（市、区）人民政府，市政府各部门：', '    请做好金融服务工作。', '', '聊城市人民政府办公室', otherDate, '',
      '聊城市人民政府办公室', '', '聊政办字〔2022〕10号', '', '聊城市人民政府办公室关于做好防汛工作的通知', '',
      '各县（市、区）人民政府，市政府各部门：', cite, '', '聊城市人民政府办公室', '',
    ].join('\n');
    assert.deepStrictEqual(check(repealed, undated('2022年5月20日'), { model }), []);
    assert.deepStrictEqual(check(repealed, undated('2025年1月6日'), { model }).map((f) => [f.line, f.message.match(/，(判断日期.*?）)时/)?.[1]]),
      [[31, '判断日期2025年1月6日（本文无成文日期，按本期公报最晚的成文日期）']]);
    // --date still decides, as for a draft.
    assert.deepStrictEqual(check(repealed, undated('2022年5月20日'), { model, date: '2025-02-01' }).map((f) => f.message.match(/，(判断日期.*?）)时/)?.[1]),
      ['判断日期2025年2月1日（本文无成文日期，按 --date 指定的日期）']);
  });

  // An issue that prints a repeal notice (决定废止以下…文件：1.《X》（N）…) and, days later, a
  // document that still cites N: no model knows the repeal yet, the issue does.
  const repealIssue = (date: string) => [
    '聊城市人民政府公报', '', '目 录', '', '关于废止部分行政规范性文件的通知', '聊政办字〔2026〕7号 2', '', '关于某某事项的批复', '聊政字〔2026〕6号 3', '',
    '聊城市人民政府办公室', '', '聊政办字〔2026〕7号', '', '聊城市人民政府办公室 关于废止部分行政规范性文件的通知', '',
    '各县（市、区）人民政府，市属开发区管委会，', '市政府有关部门、直属机构：', '',
    '经市政府同意，决定废止以下2件行政规范性文件：', '',
    '1. 《聊城市人民政府办公室关于印发聊城市责任规划师制度（试行）的通知》（聊政办字〔2021〕3号）', '',
    '2. 《聊城市人民政府办公室关于印发聊城市行政检查管理暂行办法的通知》（聊政办字〔2023〕17号）', '',
    '以上文件自本通知印发之日起停止执行。', '', '聊城市人民政府办公室', '2026年2月5日', '',
    '聊城市人民政府', '', '聊政字〔2026〕6号', '', '聊城市人民政府 关于某某事项的批复', '', '市发展改革委：', '',
    '园区管理要严格执行《聊城市人民政府办公室关于印发聊城市行政检查管理暂行办法的通知》（聊政办字〔2023〕17号）。', '',
    '聊城市人民政府', date, '',
  ].join('\n');

  it('knows the repeals made by the issue\'s own documents', () => {
    assert.deepStrictEqual(check(repealed, repealIssue('2026年2月10日')).map((f) => [f.line, f.message]), [[39,
      '所引文件（聊政办字〔2023〕17号）已于2026年2月5日被《聊城市人民政府办公室关于废止部分行政规范性文件的通知》（聊政办字〔2026〕7号）废止，本文成文日期2026年2月10日时已失效：请删除该引用或改引现行文件。']]);
    // Dated before the repeal (and the repeal notice's own list): nothing.
    assert.deepStrictEqual(check(repealed, repealIssue('2026年2月3日')), []);
  });
  it('does not judge a citing document again after a keystroke that leaves the issue\'s repeal statements as they were (incremental lint)', () => {
    const ran: number[] = [];
    const spy = { ...repealed, check: (ctx: Parameters<typeof repealed.check>[0]) => { ran.push(ctx.docIndex); repealed.check(ctx); } };
    const opts = { model: emptyModel(), only: [spy], today: '2026-11-22' };
    // More text between the keystroke and the citing document than the margin within which a
    // neighbour of an edit is always judged again.
    // The citing document cites a number the notice does not repeal: it reads the issue's repeal
    // statements (no model knows the number) and reports nothing.
    const text = repealIssue('2026年2月10日')
      .replace('以上文件自本通知印发之日起停止执行。', `以上文件自本通知印发之日起停止执行。\n\n${'各有关部门要做好文件清理后的衔接工作。'.repeat(60)}`)
      .replace('暂行办法的通知》（聊政办字〔2023〕17号）。', '暂行办法的通知》（聊政办字〔2023〕18号）。');
    const prev = lint(text, opts);
    assert.strictEqual(prev.diagnostics.length, 0);
    ran.length = 0;
    const typed = text.replace('经市政府同意，决定废止', '经市人民政府同意，决定废止');
    const inc = lintIncremental(prev, typed, opts);
    assert.deepStrictEqual(ran, [0]);
    assert.deepStrictEqual(inc.diagnostics, []);
    // A keystroke that puts the cited number on the list judges the citing document again.
    ran.length = 0;
    const listed = typed.replace('（聊政办字〔2023〕17号）\n\n以上', '（聊政办字〔2023〕18号）\n\n以上');
    const again = lintIncremental(inc, listed, opts);
    assert.deepStrictEqual(ran, [0, 1]);
    assert.strictEqual(again.diagnostics.length, 1);
    assert.deepStrictEqual(again.diagnostics, lint(listed, { ...opts, only: [repealed] }).diagnostics);
  });

  it('follows keystrokes in and before the repealing document (incremental lint)', () => {
    const opts = { model: emptyModel(), only: [repealed], today: '2026-11-22' };
    // The citing document first, so that a character typed into it moves the repeal notice after it.
    const issue = repealIssue('2026年2月10日');
    const notice = issue.indexOf('聊城市人民政府办公室\n\n聊政办字〔2026〕7号');
    const citing = issue.indexOf('聊城市人民政府\n\n聊政字〔2026〕6号');
    const text = (issue.slice(0, notice) + issue.slice(citing) + '\n' + issue.slice(notice, citing))
      .replace(/(关于废止.*\n聊政办字〔2026〕7号) 2\n\n(关于某某事项的批复\n聊政字〔2026〕6号) 3/, '$2 2\n\n$1 3');
    const moved = text.replace('园区管理要严格执行', '园区管理要严格地执行');
    // One typed into the notice's date puts the repeal after the citing document.
    const unmade = moved.replace('2026年2月5日', '2026年2月15日');
    let r = lint(text, opts);
    for (const next of [moved, unmade, moved]) {
      r = lintIncremental(r, next, opts);
      assert.ok(madeIncrementally(r));
      assert.deepStrictEqual(r.diagnostics, lint(next, opts).diagnostics);
      assert.strictEqual(r.diagnostics.length, next === unmade ? 0 : 1);
    }
  });

  it('dates a repeal by …同时废止 by the effective day of the sentence that states it (自…起施行)', () => {
    // The 办法 is dated 2026-02-05 and takes effect on 2026-04-01: until then 聊政办字〔2023〕17号 is in force.
    const issue = (date: string) => repealIssue(date)
      .replace('经市政府同意，决定废止以下2件行政规范性文件：', '')
      .replace(/1\. 《[^\n]*\n\n2\. 《[^\n]*\n/, '')
      .replace('以上文件自本通知印发之日起停止执行。', '本办法自2026年4月1日起施行。《聊城市人民政府办公室关于印发聊城市行政检查管理暂行办法的通知》（聊政办字〔2023〕17号）同时废止。');
    assert.deepStrictEqual(check(repealed, issue('2026年3月10日')), []);
    assert.deepStrictEqual(check(repealed, issue('2026年4月2日')).map((f) => f.message.match(/已于(.*?)被/)?.[1]), ['2026年4月1日']);
  });

  // A 决定 that lists what it repeals in an annex (附件1 市政府决定废止的…文件目录, entries
  // `N. title（number）` without 《》), and a later document of the issue that cites one of them.
  const annexIssue = (heading: string, body: string, date: string) => [
    '聊城市人民政府公报', '', '目 录', '', '关于废止和修改部分市政府行政规范性文件的决定', '聊政发〔2026〕3号 2', '', '关于某某事项的批复', '聊政字〔2026〕6号 3', '',
    '聊城市人民政府文件', '', '聊政发〔2026〕3号', '', '聊城市人民政府 关于废止和修改部分市政府行政规范性文件的决定', '',
    '各县（市、区）人民政府，市政府各部门：', '',
    '经清理，市政府决定：', '', body, '', '二、对2件市政府行政规范性文件予以修改（见附件2）。', '', '本决定自公布之日起施行。', '',
    '附件：1. ' + heading, '', '2. 市政府决定修改的行政规范性文件目录', '', '聊城市人民政府', '2026年2月5日', '',
    '附件1', '', heading, '',
    '1. 聊城市人民政府办公室关于印发聊城市责任规划师制度（试行）的通知（聊政办字〔2021〕3号）', '',
    '2. 聊城市人民政府办公室关于印发聊城市行政检查管理暂行办法的通知（聊政办字〔2023〕17号）', '',
    '附件2', '', '市政府决定修改的行政规范性文件目录', '',
    '1. 将《聊城市人民政府关于调整城区土地级别的通知》（聊政字〔2024〕16号）第三条修改为“由市自然资源和规划局负责解释”。', '',
    '聊城市人民政府', '', '聊政字〔2026〕6号', '', '聊城市人民政府 关于某某事项的批复', '', '市发展改革委：', '',
    '园区管理要严格执行《聊城市人民政府办公室关于印发聊城市行政检查管理暂行办法的通知》（聊政办字〔2023〕17号）和《聊城市人民政府关于调整城区土地级别的通知》（聊政字〔2024〕16号）。', '',
    '聊城市人民政府', date, '',
  ].join('\n');
  const repealBody = '一、对7件市政府行政规范性文件予以废止。';

  it('knows the repeals a 决定 lists in an annex headed 决定废止的…目录', () => {
    assert.deepStrictEqual(check(repealed, annexIssue('市政府决定废止的行政规范性文件目录', repealBody, '2026年2月10日')).map((f) => [f.line, f.message]), [[56,
      '所引文件（聊政办字〔2023〕17号）已于2026年2月5日被《聊城市人民政府关于废止和修改部分市政府行政规范性文件的决定》（聊政发〔2026〕3号）废止，本文成文日期2026年2月10日时已失效：请删除该引用或改引现行文件。']]);
    assert.deepStrictEqual(check(repealed, annexIssue('市政府决定废止的行政规范性文件目录', repealBody, '2026年2月3日')), []);
  });
  it('and those of an annex the repealing sentence points to (予以废止（见附件1）)', () => {
    assert.deepStrictEqual(check(repealed, annexIssue('行政规范性文件目录', '一、对2件市政府行政规范性文件予以废止（见附件1）。', '2026年2月10日')).map((f) => f.line), [56]);
  });
  it('but not those of an annex that neither its heading nor the sentence says is repealed', () => {
    // A neutral heading, and a body that repeals without pointing at it; and a list of what is kept.
    assert.deepStrictEqual(check(repealed, annexIssue('行政规范性文件目录', repealBody, '2026年2月10日')), []);
    assert.deepStrictEqual(check(repealed, annexIssue('市政府决定继续有效的行政规范性文件目录', repealBody, '2026年2月10日')), []);
    assert.deepStrictEqual(check(repealed, annexIssue('市政府决定废止和修改的行政规范性文件目录', repealBody, '2026年2月10日')), []);
    // The amendment list (附件2) repeals nothing: 聊政字〔2024〕16号 is cited above without a report.
  });
});
