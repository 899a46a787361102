// Lists a gazette prints without closing punctuation (paragraphs.ts): a list of documents numbered
// with a bare number and a space (`1　聊城市人民政府关于…（聊政发〔2018〕12号）`), and the last entry of
// an unpunctuated list before ordinary text. The parser reads their entries as paragraphs and items,
// so that the rules judge each entry, not a run of entries joined into one sentence.
import * as assert from 'node:assert/strict';
import { SourceText } from '../text/source';
import { parseGazette } from './gazette';
import { repealStatementsOf } from './repeals';
import { allRules } from '../rules';
import { check, defaultModel } from '../rules/testing';

const head = ['聊城市人民政府文件', '', '聊政发〔2025〕8号', '', '聊城市人民政府', '关于废止和宣布失效一批行政规范性文件的决定', '',
  '各县（市、区）人民政府，市属开发区管委会，市政府各部门、各直属机构：'];
const decision = (lists: string[][]) => [...head,
  '经研究，决定对4件行政规范性文件予以废止，对2件行政规范性文件宣布失效。', '',
  '附件：1.市政府决定废止的行政规范性文件目录', '　　　2.市政府决定宣布失效的行政规范性文件目录', '',
  '聊城市人民政府', '2025年3月10日', '', '（此件公开发布）', '',
  ...lists.flatMap((l, k) => [`附件${k + 1}`, '', k ? '市政府决定宣布失效的行政规范性文件目录' : '市政府决定废止的行政规范性文件目录', '', ...l, '']),
].join('\n');
const repealed = [
  '1　聊城市人民政府关于加快推进农业机械化和农机装备产业转型升级的实施意见（聊政发〔2018〕12号）',
  '2　聊城市人民政府关于进一步加强城市管理工作的意见（聊政发〔2019〕3号）',
  '3　聊城市人民政府办公室关于印发聊城市城区停车场建设管理办法的通知（聊政办发〔2019〕15号）',
  '4　聊城市人民政府关于印发聊城市农村公路管理养护办法的通知（聊政字〔2020〕21号）',
];
const expired = [
  '1　聊城市人民政府关于印发聊城市2019年重点项目建设计划的通知（聊政字〔2019〕6号）',
  '2　聊城市人民政府办公室关于做好2020年春季农业生产工作的通知（聊政办字〔2020〕5号）',
];

/** A list's entries closed by ； and its last by 。. */
const semi = (l: string[]) => l.map((e, k) => e + (k === l.length - 1 ? '。' : '；'));
const docOf = (text: string) => parseGazette(new SourceText(text)).documents[0];
const parasOf = (text: string) => docOf(text).paragraphs.map((p) => p.text);
/** The paragraphs after the 主送 line of a draft whose body is `lines`. */
const body = (lines: string[]) => parasOf(['聊政办字〔2025〕9号', '', '关于某事的通知', '', '各县（市、区）人民政府：', '', ...lines].join('\n')).slice(1);
/** `text` hard-wrapped: every line longer than `width` cut at it. */
const wrap = (text: string, width: number) => text.split('\n').map((l) => (l.length > width ? l.match(new RegExp(`[^]{1,${width}}`, 'g'))!.join('\n') : l)).join('\n');
/** Every diagnostic of the linter (the shipped model), as rule, line and text. */
const lintAll = (text: string) => check(allRules, text, { model: defaultModel(), today: '2026-11-24' }).map((d) => `${d.ruleId} ${d.line}:${d.column} ${d.text}`);

describe('parser: a list of documents numbered with a bare number and a space (1　…)', () => {
  it('reads each entry as a paragraph and an item of the 1. level, its marker the number', () => {
    const text = decision([repealed, expired]);
    const doc = docOf(text);
    const entries = doc.paragraphs.filter((p) => p.bareMarker);
    assert.deepEqual(entries.map((p) => p.text), [...repealed, ...expired].map((e) => e.replace('　', '')));
    assert.deepEqual(doc.items.filter((i) => /^\d+$/.test(i.marker)).map((i) => [i.level, i.marker, i.value, i.sequence]),
      [[3, '1', 1, 1], [3, '2', 2, 1], [3, '3', 3, 1], [3, '4', 4, 1], [3, '1', 1, 2], [3, '2', 2, 2]]);
  });

  it('keeps an entry whole that a hard wrap cut, at any width from 15, the narrow lines too', () => {
    const want = [...repealed, ...expired].map((e) => e.replace('　', ''));
    for (let w = 15; w <= 45; w++) {
      const got = docOf(wrap(decision([repealed, expired]), w)).paragraphs.filter((p) => p.bareMarker).map((p) => p.text);
      assert.deepEqual(got, want, `width ${w}`);
    }
  });

  it('reads the decision\'s repeals from the list (none were read when the entries ran together)', () => {
    const doc = docOf(decision([repealed, expired]));
    assert.deepEqual(repealStatementsOf([{ doc, number: doc.number!.canonical, date: doc.date!.iso }], [], undefined, true).map((r) => r.target),
      ['聊政发〔2018〕12号', '聊政发〔2019〕3号', '聊政办发〔2019〕15号', '聊政字〔2020〕21号']);
  });

  it('reads an entry after a full-width space whose first word could be a unit the number counts (人, 万, 项, 部)', () => {
    const units = ['1　人民银行聊城市分行', '2　万达集团聊城分公司', '3　项目建设服务中心', '4　部队转业干部安置办公室', '5　市住房城乡建设局'];
    const doc = docOf(['聊政办字〔2025〕9号', '', '关于表扬某某工作先进集体的通报', '', '各县（市、区）人民政府：', '', '现将先进集体名单通报如下：', ...units, '', '聊城市人民政府办公室', '2025年3月4日'].join('\n'));
    assert.deepEqual(doc.paragraphs.filter((p) => p.bareMarker).map((p) => [p.bareMarker, p.text]), units.map((u) => [u[0], u.replace('　', '')]));
    const notice = (entries: string[]) => ['聊政办字〔2025〕9号', '', '关于表扬某某工作先进集体的通报', '', '各县（市、区）人民政府：', '', '现将先进集体名单通报如下：', ...entries, '', '聊城市人民政府办公室', '2025年3月4日'].join('\n');
    assert.deepEqual(lintAll(notice(units)), []);
    // A gap in such a list is found (its entries were no items before).
    assert.deepEqual(lintAll(notice(units.filter((u) => u[0] !== '3'))), ['numbering/sequence 10:1 4']);
  });
  it('takes a number and a space for a wrapped line\'s start when no entry numbers the list on, or it counts a unit', () => {
    // Text that spaces digits from Chinese (`2024 年 11 月`, NOTES: extraction noise).
    assert.deepEqual(body(['截至2024年底，全市已有', '3 县（市、区）完成农村公路管养体制改革，完成', '12 个乡镇的试点任务。']),
      ['截至2024年底，全市已有3县（市、区）完成农村公路管养体制改革，完成12个乡镇的试点任务。']);
    assert.deepEqual(body(['公示期为2024年11月13日至2024', '11 月 28 日，共收到意见建议', '26 条。']), ['公示期为2024年11月13日至202411月28日，共收到意见建议26条。']);
  });
});

describe('parser: the last entry of a list printed without closing punctuation', () => {
  it('ends before the text below it when it ends with its cited number, as the entry before it does', () => {
    assert.deepEqual(body(['本通知印发后，下列文件同时停止执行：',
      '1.聊城市人民政府办公室关于印发聊城市2023年为民办实事项目的通知（聊政办字〔2023〕5号）',
      '2.聊城市人民政府办公室关于印发聊城市2024年为民办实事项目的通知（聊政办字〔2024〕6号）',
      '各牵头单位要细化实施方案，按季度报送项目进展情况。']), ['本通知印发后，下列文件同时停止执行：',
      '1.聊城市人民政府办公室关于印发聊城市2023年为民办实事项目的通知（聊政办字〔2023〕5号）',
      '2.聊城市人民政府办公室关于印发聊城市2024年为民办实事项目的通知（聊政办字〔2024〕6号）',
      '各牵头单位要细化实施方案，按季度报送项目进展情况。']);
  });

  it('ends before the text below it when its line is narrower than a line of the entries before it', () => {
    assert.deepEqual(body(['2025年为民办实事项目如下：', '（1）新建改造农村公路300公里并完成危桥改造20座', '（2）为全市65周岁以上老年人免费提供健康体检服务',
      '（3）新建城市口袋公园和街头游园绿地30处', '年底前，各项目全部完成。']),
    ['2025年为民办实事项目如下：', '（1）新建改造农村公路300公里并完成危桥改造20座', '（2）为全市65周岁以上老年人免费提供健康体检服务',
      '（3）新建城市口袋公园和街头游园绿地30处', '年底前，各项目全部完成。']);
  });

  it('still goes on where a hard wrap cut it at the column\'s width, or before a 牵头单位 block', () => {
    assert.deepEqual(body(['（1）新建改造农村公路300公里并完成危桥改', '造20座', '（2）为全市65周岁以上老年人免费提供健康', '体检服务',
      '（3）新建城市口袋公园和街头游园绿地30处', '以上']),
    ['（1）新建改造农村公路300公里并完成危桥改造20座', '（2）为全市65周岁以上老年人免费提供健康体检服务', '（3）新建城市口袋公园和街头游园绿地30处以上']);
    assert.deepEqual(body(['1.完善小区供水供气供热等基础设施并同步实施小区道路和绿化提升', '2.补齐社区养老托育服务设施短板并完善嵌入式服务',
      '（牵头单位：市住房城乡建设局；责任单位：各县（市、区）人民政府）']),
    ['1.完善小区供水供气供热等基础设施并同步实施小区道路和绿化提升', '2.补齐社区养老托育服务设施短板并完善嵌入式服务（牵头单位：市住房城乡建设局；责任单位：各县（市、区）人民政府）']);
  });

  it('joins a cited title that a wrap cut before its 的通知 or its number', () => {
    assert.deepEqual(body(['1.聊城市人民政府办公室关于印发聊城市城区停车场建设管理办法', '的通知（聊政办发〔2019〕15号）；',
      '2.聊城市人民政府关于进一步加强城市管理工作的意见', '（聊政发〔2019〕3号）。']),
    ['1.聊城市人民政府办公室关于印发聊城市城区停车场建设管理办法的通知（聊政办发〔2019〕15号）；', '2.聊城市人民政府关于进一步加强城市管理工作的意见（聊政发〔2019〕3号）。']);
  });
});

describe('lint: lists printed without closing punctuation', () => {
  it('finds nothing in a valid repeal decision with its two bare-numbered lists, its entries ending with ； or with nothing', () => {
    assert.deepEqual(lintAll(decision([repealed, expired])), []);
    assert.deepEqual(lintAll(decision([semi(repealed), semi(expired)])), []);
  });

  it('finds nothing in a task list typed as a table with spaces between its cells, its widest row last or not', () => {
    const rows = ['1　完善老旧小区供水供气供热管网　市住房城乡建设局　2025年12月底前', '2　补齐社区养老托育服务设施短板　市民政局　2025年12月底前',
      '3　打通城区断头路5条　市住房城乡建设局　2026年6月底前'];
    const notice = (last: string) => ['聊城市人民政府办公室', '', '聊政办字〔2025〕45号', '', '聊城市人民政府办公室关于印发聊城市城市更新行动工作任务清单的通知', '',
      '各县（市、区）人民政府，市属开发区管委会，市政府各部门、各直属机构：', '《聊城市城市更新行动工作任务清单》已经市政府同意，现印发给你们，请认真贯彻落实。', '',
      '聊城市人民政府办公室', '2025年6月10日', '', '（此件公开发布）', '', '聊城市城市更新行动工作任务清单', '', '序号　工作任务　牵头单位　完成时限',
      ...rows, last, '各牵头单位每季度末向市住房城乡建设局报送工作进展情况。'].join('\n');
    assert.deepEqual(lintAll(notice('4　改造提升背街小巷20条　市城市管理局　2026年6月底前')), []);
    const last = '4　改造提升背街小巷20条并同步完善沿街排水管网和照明设施　市城市管理局　2026年6月底前';
    const wide = notice(last);
    assert.deepEqual(lintAll(wide), []);
    // A row a hard wrap cut goes on: before its last cell (it holds fewer cells than the row before
    // it) or inside it (its last line is as wide as the column). Not told apart: a wrap whose last
    // line exactly fills the column, as a line the text after it does not continue would.
    const rowsOf = (text: string) => docOf(text).paragraphs.filter((p) => p.bareMarker).map((p) => p.text);
    for (let w = 15; w <= 45; w++) if (last.length % w) assert.deepEqual(rowsOf(wrap(wide, w)), rowsOf(wide), `width ${w}`);
  });

  it('finds the slips planted in such a list: a padded number, a gap in the numbering, a stray space', () => {
    assert.deepEqual(lintAll(decision([repealed.map((e) => e.replace('〔2018〕12号', '〔2018〕012号')), expired])),
      ['doc-number/sequence 23:47 012']);
    const gap = decision([repealed.filter((e) => !e.startsWith('3')), expired]);
    assert.deepEqual(lintAll(gap), ['numbering/sequence 25:1 4']);
    // Its message and suggestion write the numbers as the list prints them (3, not 3.).
    const [d] = check(allRules, gap, { model: defaultModel(), today: '2026-11-24' });
    assert.equal(d.message, '编号不连续：“4”之前缺少“3”（上一项为“2”）。同级序号应连续递增（GB/T 9704—2012 第7.3.3条）：此处应为“3”，或补上缺少的项。');
    // Judged in entries that are sentences (closed by ；), as in prose; the number's own space is none.
    assert.deepEqual(lintAll(decision([semi(repealed).map((e) => e.replace('加强城市', '加强 城市')), semi(expired)])), ['punctuation/stray-space 24:17  ']);
  });

  it('still reports a title cited bare in running text, as it does in an entry that is a sentence', () => {
    assert.deepEqual(lintAll(decision([repealed, expired]).replace('经研究，', '根据聊城市人民政府关于进一步加强城市管理工作的意见（聊政发〔2019〕3号），经研究，')),
      ['cross-ref/citation-form 9:10 关于进一步加强城市管理工作的意见']);
  });

  it('finds a document of the list cited after the decision repealed it, in the same issue', () => {
    const issue = ['聊城市人民政府公报', '2025', '第4期（总第200期）', '', '目录', '◎市政府文件',
      '聊城市人民政府关于废止和宣布失效一批行政规范性文件的决定', '聊政发〔2025〕8号 2', '◎市政府办公室文件',
      '聊城市人民政府办公室关于做好2025年城市管理重点工作的通知', '聊政办字〔2025〕30号 5', '',
      decision([repealed, expired]), '聊城市人民政府办公室', '', '聊政办字〔2025〕30号', '', '聊城市人民政府办公室关于做好2025年城市管理重点工作的通知', '',
      '各县（市、区）人民政府，市属开发区管委会，市政府有关部门：',
      '为做好2025年城市管理工作，根据《聊城市人民政府关于进一步加强城市管理工作的意见》（聊政发〔2019〕3号）要求，现将有关事项通知如下：',
      '一、加强市容环境整治。各县（市、区）要持续开展市容环境整治。', '二、加强考核督导。市城市管理局要定期通报工作进展情况。', '',
      '聊城市人民政府办公室', '2025年4月15日'].join('\n');
    assert.deepEqual(lintAll(issue).map((d) => d.replace(/ \d+:\d+ /, ' ')), ['cross-ref/repealed 《聊城市人民政府关于进一步加强城市管理工作的意见》（聊政发〔2019〕3号）']);
  });
});

describe('parser: sections of an 应急预案 numbered with a bare number far apart (red team 15)', () => {
  it('reads `1　总则` as the list\'s first entry though `2　组织体系` comes more than a dozen lines after it', () => {
    const prose = (n: number) => Array.from({ length: n }, (_, k) => [`1.${k + 1}　编制目的`, '', '建立健全城市供水突发事件应急机制，提高应对能力，保障城市供水安全。', '']).flat();
    const text = ['聊政办字〔2025〕75号', '', '聊城市城市供水突发事件应急预案', '', '各县（市、区）人民政府：', '',
      '1　总则', '', ...prose(8), '2　组织体系', '', '市政府设立应急指挥部，负责统一领导应对工作。', '', '3　附则', '', '本预案自印发之日起实施。', '',
      '聊城市人民政府办公室', '2025年12月20日'].join('\n');
    assert.deepEqual(docOf(text).paragraphs.filter((p) => p.bareMarker).map((p) => p.bareMarker), ['1', '2', '3']);
    assert.deepEqual(lintAll(text), []);
  });
});
