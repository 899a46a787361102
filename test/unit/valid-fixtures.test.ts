// Valid documents the red teams wrote: each is a correct document, so the linter must find nothing
// in it, not even a note.
// - test/fixtures/redteam10/: 人大常委会 决议, 决定, 公告 (第十二号, 〔十八届〕第十五号) and 任免名单, 批复, 函 and
//   复函, 通报 (表扬 and 批评), 会议纪要, 公告 / 通告, 议案, 党政联合发文, a 转发 with its own 印发 chain, 办法 /
//   规定 with 章 节 条 款 项 目, a 决定 quoting amended articles, tables as tabs and spaced columns, English,
//   URLs, emails, masked ID numbers, amounts and ranges, 任免 with 试用期 / 挂职 / 兼任, and gazette issues
//   assembled from them.
// - test/fixtures/redteam11/: against the eighth session's new checks and readers: doubled verbs that are
//   two words (提升提升泵站, 引导引导基金) or quoted, a date's 号 that numbers a berth or a unit (2025年9月2号泊位)
//   or is quoted speech, 任免 rosters with no marks, 见附件 with numbers or quoted, an abbreviation renaming a
//   body, 令 numbers cited, titles with real numbers (第6批), 决议 forms (会议决定：, 通过 lines), role words
//   in prose (牵头单位要…, 牵头单位和配合单位…), blocks joined to sentences, on own lines and closed by
//   按职责分工负责 inside brackets.
// - test/fixtures/redteam12/: extracted gazette text against the parser's new readers: bare margin page
//   numbers between paragraphs, in a table, after a 令's or 公告's number, inside a title or a 成文日期;
//   titles ending in real numbers (第1批, 〔2025〕第2号); tables printed a cell a line; 附件1/附件2 heads;
//   目录 of two or three entries (with and without their heading); 令, 公告 and 通告 in a row with no 主送;
//   上接/下转 fragments of attached 实施方案 whose numbering runs on.
// - test/fixtures/redteam13/: against the ninth session's widened checks: doubled words that are correct
//   Chinese (研究研究生, 推进推进会, 人人, 层层落实, 一一) or quoted or cut by a wrap, 号 numbering a thing, 任免
//   lists in every form (a line each, joined with 、, wrapped, with 挂职 / 试用期 notes), 人大 决议 and 决定
//   (通过 lines in numerals), 见附件 with one attachment, abbreviations defined in two attached texts or
//   naming another place's body (临清市人民政府城市管理主管部门), office documents under 办 codes, and bare
//   role lines in tables, quoted, wrapped, with a 完成时限 or 牵头市领导 line, classes of bodies
//   (各银行业金融机构) and prose opening with 牵头/配合/责任 after them; then 决议 opening with a leading
//   sentence (…决议如下：), other bodies of a defined 工作专班 / 领导小组 kind, attachment titles and
//   附件说明 names a wrap broke in two, notes in brackets after a block's last unit (（以下不再列出）),
//   and some of the texts hard-wrapped at 19 or 23 characters.
// - test/fixtures/redteam14/: against the tenth session's checks: 批复 / 函 / 复函 to a county's or
//   district's government (你县, 你区, 你市), a zone's 管委会 (你委, and 你区), a 局, an 办, a 中心 and a 省厅
//   (你厅); body counts beside an attached table that are parts (新增, 第一批, 本批名录中，…, parts by
//   place adding up) or count another thing (项目单位), tables with sub-rows; a plan's and a notice's
//   background telling past years (到2024年底，…) under 发展基础 or after 近年来 / 取得…成效; a later number
//   of the series issued together (同步实施), a 决定's attached repeal lists; 任免 with one heading or
//   none; 部门 in a table header, in prose and in an attached 任务清单 of its own; 转发 titles that abridge
//   what they forward (省政府办公厅…工作意见); a notice opening with last year (2024年，…。到2024年底，…).
// - test/fixtures/redteam15/: forms of valid text the corpus has little of: 政府令 with a full 规章 (章, 节, 条款项
//   references inside and to laws, 以下简称, 前款 / 前两款), 意见 with role lines of their own and the party's
//   and people's organisations as units (团市委, 市委网信办, 市妇联, 驻聊部队, 市政府办公室), dates in ranges and
//   periods, amounts, phones, emails, URLs and addresses, 批复 / 函 / 复函 between the city, counties and
//   province, 通报 and 决定 praising units, 一是…二是…, （一） with no 一、, ①② under （1）, 第X部分, numbered
//   附件 lists and tables with numbered rows, citations of 国发 / 国办发 / 鲁政发 documents joined by 、 and 和;
//   then an 应急预案 numbered 1 / 1.1 / 3.1.2, counted lists printed as tables and two tables whose nouns open
//   alike, an inserted 第九条之一 quoted, roles of other names (参与单位, 协同单位), member groups (市防指成员单位),
//   市直部门, organs with second names (市委统战部（市民宗局）), and issues in the spaced-digit and markdown dialects.
// - test/fixtures/redteam16/: single drafts as they leave a drafter's desk (GB/T 9704—2012): 版头 with 份号,
//   密级★期限, 特急, 签发人 (two in a joint 请示); joint documents of two or three issuers with their 署名 over
//   several lines and one 成文日期; 主送 of several levels; 附注 and contacts; 附件说明 of several 附件 with
//   their titles; 版记 (抄送, 印发); page numbers (— 1 —); the 15 kinds (请示, 报告, 通报, 决定, 公告, 通告,
//   会议纪要, 函, 复函, 议案, 令, 意见 with 责任单位 blocks, 实施方案 with 牵头 / 配合 lines); task tables as
//   tab-separated rows; dates and numbers of 2026 and citations of 2026 documents the registry cannot know;
//   决议 and 公报; 表彰 names padded several to a line; forms (回执); the counties' counterparts in blocks
//   (各县〔市、区〕水利部门); a mark, title and 署名 set by spaces; drafts whose every line ends in two spaces
//   or a tab.
// - test/fixtures/redteam17/: against the checks this session added or widened: paragraphs that end bare
//   before an item (headings ending in a year, contact lines with phones, emails and URLs, a 公示's
//   particulars, a 名单 of units joined by ，, table rows set by spaces, 附件 lists, a quotation, an item a
//   page cut splits mid-sentence, an article whose 法律责任 the 上接 fragment finishes), effective dates in
//   tables, quoted or cut by a page; doubled characters that are words (10台台式计算机, 3800户户厕, 户用光伏,
//   人人, 个个, 天天, 3.3%, 33.3%); 、 before words and names opening with 和 / 及 / 与 / 等 (和谐, 和平区,
//   和而不同, 与时俱进, 等保测评, 和丽娟); 县（市、区） half- and full-width, wrapped; 设在 with 以下简称; 名单
//   and rosters in columns, a roster and 抄送 after 设在…（以下简称…）, names with their units in brackets
//   two to a line; 1. and 1.X markers; issues in the spaced-digit and markdown dialects, 人大 公告 and 决议.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../engine/src/lint';
import { loadModel } from '../../engine/src/model/load';

const TODAY = '2026-11-24';
const SETS: { dir: string; name: string; atLeast: number }[] = [
  { dir: 'redteam10', name: 'red team 10: valid documents of many kinds', atLeast: 30 },
  { dir: 'redteam11', name: 'red team 11: valid documents against the eighth session\'s checks', atLeast: 25 },
  { dir: 'redteam12', name: 'red team 12: valid extracted issues against the new readers of margins, 目录, heads and continuations', atLeast: 10 },
  { dir: 'redteam13', name: 'red team 13: valid texts against the ninth session\'s widened checks and bare-block readers', atLeast: 70 },
  { dir: 'redteam14', name: 'red team 14: valid texts against the tenth session\'s new and widened checks', atLeast: 35 },
  { dir: 'redteam15', name: 'red team 15: valid texts in forms the corpus has little of', atLeast: 75 },
  { dir: 'redteam16', name: 'red team 16: valid single drafts with 版头, joint issuers, 附注 and 版记', atLeast: 55 },
  { dir: 'redteam17', name: 'red team 17: valid texts against this session\'s paragraph-end, doubled-unit, list-conjunction and county-group checks', atLeast: 40 },
];

for (const set of SETS) {
  describe(`${set.name}, no findings`, function () {
    this.timeout(60_000);
    const model = loadModel();
    const dir = path.join(__dirname, '..', 'fixtures', set.dir);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.gw')).sort();
    it(`holds ${set.atLeast} documents and more`, () => assert.ok(files.length >= set.atLeast, String(files.length)));
    for (const file of files) {
      it(`${file}: no finding`, () => {
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        const r = lint(text, { model, today: TODAY });
        assert.deepEqual(r.failures, []);
        assert.deepEqual(r.diagnostics.map((d) => `${r.source.positionAt(d.start).line + 1} ${d.ruleId} ${d.message}`), []);
      });
    }
  });
}
