// Logical paragraphs from physical lines. In extracted text a line break (even a blank line) is
// not a paragraph break: a sentence, a block or a word (`市人力资源社⏎会保障局`) may be split.
// A line continues the previous paragraph when the previous one stops mid-sentence and the line
// does not open a new structural element.
import type { Paragraph } from '../types';
import { lineEndOffset, lineOffsets, type NormLine } from '../text/normalize';
import { SENTENCE_END_MARKS } from '../text/sentence';
import { widthInCells } from '../text/width';
import { matchMarker, numberToChinese } from './items';
import { ITEM_BEFORE_YEAR } from './marker-patterns';

/**
 * Words a 公文 title ends with, and an annex's (名单, 名录, 目录, 指标, a table's 表 but not 代表 or
 * 发表, a form's 回执, 承诺书, 申请书): an annex's heading printed above its list or table ends its
 * paragraph, however long.
 */
const TITLE_WORDS = ['通知', '通报', '意见', '方案', '办法', '决定', '细则', '规定', '报告', '请示', '批复', '函', '规划', '预案', '计划', '要点', '通告', '公告', '纪要', '制度', '职责', '条例', '措施', '清单', '规则', '标准', '大事记', '机制', '命令', '令', '批示', '答复', '说明',
  '名单', '名录', '目录', '指标', '(?<![代发])表', '回执', '承诺书', '申请书'];
export const TITLE_END = new RegExp(`(${TITLE_WORDS.join('|')})(（[^）]*）)?$`);
/** Last characters a TITLE_END match can end with (its words' last characters and ）). */
const TITLE_LAST = new Set([...TITLE_WORDS.map((w) => w[w.length - 1]), '）']);

/** TITLE_END.test, after a check of the last character (the unanchored pattern is tried at every position). */
export function endsLikeTitle(text: string): boolean {
  return TITLE_LAST.has(text[text.length - 1]) && TITLE_END.test(text);
}
/** The char codes of `chars`, for tests of one character without making it a string. */
export const charCodes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
/** Last characters of a line that ends a clause or closes what it opened. */
const TERMINAL_LAST = charCodes(`${SENTENCE_END_MARKS}：:）)」』”"》…`);
/** Last characters of a line that ends a sentence. */
const SENTENCE_END = charCodes(SENTENCE_END_MARKS);
/**
 * A title's qualifier at the start of a line (`（2025—2027年）`, `（试行）`, a form's `（样式）`): printed
 * titles put it on a line of their own below the title's words.
 */
const QUALIFIER_WORDS = '(\\d{4}年?[—–－~～至-]{1,2}\\d{4}年|\\d{4}年(版|修订)?|试行|暂行|草案|修订|修订稿|修订草案|征求意见稿|送审稿|(参考)?样式|式样|示范文本|模板)';
const TITLE_QUALIFIER = new RegExp(`^[（(]${QUALIFIER_WORDS}[）)]`);
/** Such a qualifier a narrow wrap cut before its closing bracket (`（2024—2028年` ⏎ `）`): the whole line. */
const QUALIFIER_CUT = new RegExp(`^[（(]${QUALIFIER_WORDS}$`);

/**
 * Whether `next` goes on with the title `prev` ends with: its qualifier alone (`…三年行动方案` ⏎
 * `（2025—2027年）`), or its qualifier and the rest of the title (`…行动方案` ⏎ `（2025—2027年）的通知`).
 */
export function qualifiesTitle(prev: string, next: string | undefined): boolean {
  if (!next || (next.charCodeAt(0) !== 0xff08 && next.charCodeAt(0) !== 0x28) || !endsLikeTitle(prev)) return false;
  const q = TITLE_QUALIFIER.exec(next);
  return q ? q[0].length === next.length || endsLikeTitle(next) : QUALIFIER_CUT.test(next);
}

/**
 * Whether `next` is the rest of the title `prev` ends with, a wrap put on a line of its own
 * (`…数字化转型 实施方案` ⏎ `的通知`, a 28-character column): a short line that opens with 的 and
 * ends like a title, no punctuation inside. No body sentence opens with 的 and ends so.
 */
export function endsTitle(prev: string, next: string | undefined): boolean {
  return !!next && next.charCodeAt(0) === 0x7684 /* 的 */ && next.length <= 20 && !/[，。；：、,;:]/.test(next) && endsLikeTitle(next) && endsLikeTitle(prev);
}

/**
 * A policy interpretation's heading (`《…》政策解读`, `关于《…》的解读`): a gazette prints it as an
 * article of its own, with no 发文字号, after the documents. Its 一、 are its own, not the last
 * document's; its heading is its title, also when a wrap cut it.
 */
export const INTERPRETATION = /^(关于)?《[^》]{4,80}》(的)?(政策)?解读$/;
/** A line holding only a date (a 成文日期). */
export const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
/**
 * A document's disclosure line, printed in the 版记 area by many provinces instead of (此件公开发布):
 * 公开方式：主动公开, 信息公开选项：依申请公开. A line of its own: the title of an attached document
 * after it is no part of it.
 */
export const DISCLOSURE_LINE = /^(?:公开方式|信息公开选项|公开属性|公开类型)[：:]\s*(?:主动公开|依申请公开|不予公开|不公开|删减后公开)$/;
/**
 * A 规范性文件's registration number, printed by the 发文字号 (ZJSP01-2025-0007, 登记号：JSSP-2025-00031,
 * HBPR-2025-04002): a line of its own, no part of the title below it.
 */
export const REGISTRATION_LINE = /^(?:(?:登记号|登记编号|统一编号|规范性文件统一编号|备案号)[：:]\s*)?[A-Z]{2,8}\d{0,3}[-－—]\d{4}[-－—]\d{3,6}$/;
/**
 * A line in the script of an autonomous area's people, no Chinese in it: the 机关标志 of 延边's
 * documents printed again in Korean (연변조선족자치주인민정부 문건), or in Uyghur, Mongolian or
 * Tibetan. Part of the mark above it, never a title.
 */
export const OTHER_SCRIPT_LINE = /^[^\u4e00-\u9fa5]*[\uac00-\ud7af\u0600-\u06ff\u1800-\u18af\u0f00-\u0fff][^\u4e00-\u9fa5]*$/;
/** A line holding only a date in Chinese numerals (二〇二五年七月八日: a 成文日期 date/arabic reports). */
const CN_DATE_LINE = /^[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$/;
/** Starts of lines that always begin a new paragraph. */
const STRUCTURAL_START = new RegExp(
  [
    '^[一二三四五六七八九十百]+[、，,.．]',
    '^[（(][一二三四五六七八九十百]+[）)]',
    `^\\d{1,3}(?:[.．、，,](?!\\d)|${ITEM_BEFORE_YEAR})`,
    '^[（(]\\d{1,3}[）)]',
    '^[①-⑳]',
    '^第[一二三四五六七八九十百零〇]+[章节条]',
    '^附件',
    '^(抄送|印发|签发人)[：:]',
    '^(公开方式|信息公开选项|公开属性|公开类型)[：:]',
    DATE_LINE.source,
    CN_DATE_LINE.source,
    '^[（(](此件|此页)',
    '^△',
    '^\\d{1,2}(—\\d{1,2})?日[，,]',
  ].join('|'),
);

export function startsStructure(text: string): boolean {
  return STRUCTURAL_START.test(text);
}

/**
 * A line that starts like an article or an item but goes on as a reference to one (`第十条第二款`,
 * `第七条中的`, `（一）项` but not `（一）项目…`, a heading): in hard-wrapped text, a sentence broken
 * just before the reference.
 */
const REFERENCE_START = /^(第[一二三四五六七八九十百零〇]+条(第|、|，|,|至|中(?=[“"「的，、])|的|和|或|及|所|规定|改为|修改为)|[（(][一二三四五六七八九十]+[）)]项(?!目))/;
/**
 * References less sure to be ones (`第五条 有关部门…` opens an article; `第三章规定的` refers to a
 * chapter): taken as a wrapped reference only after a line that is no 章 or 节 heading.
 */
const REFERENCE_MORE = /^(第[一二三四五六七八九十百零〇]+[章节](第|、|，|,|至|的|和|或|及|所|规定|之|有关)|第[一二三四五六七八九十百零〇]+条(有关|之|以外|所列|所称))/;
const SECTION_HEADING = /^第[一二三四五六七八九十百零〇]+[章节]/;
/** An article an amendment names (第十条修改为, 第十条第二款改为, 第十条中的“…”). */
const ARTICLE_AMENDED = /^第[一二三四五六七八九十百零〇]+条(?:第[一二三四五六七八九十百零〇]+[款项])*(?:改为|修改为|中的|前增加|后增加)/;
/** An email address or a web address at a line's start. */
const ADDRESS_START = /^(?:[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.|$)|https?:\/\/|www\.)/;
/** A line ending inside an email or web address (`…：lcsfjxzfy@`, `（网址：http://`, `www.`). */
const ADDRESS_CUT = /(?:^|[^A-Za-z0-9._%+-])(?:[A-Za-z0-9._%+-]+@|https?:\/\/|(?:https?:\/\/)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*[.\/])$/;
/** A telephone number a wrap cut after its area code's hyphen (`0635-82415` ⏎ `16，…`). */
const PHONE_CUT = /(?<!\d)0\d{2,3}-\d{0,7}$/;
/** A telephone field's label ending a line (联系电话：, 电话：, 手机：, 传真：), and a number opening one. */
const PHONE_LABEL_END = /(?:电话|手机|传真|热线)[：:]$/;
const PHONE_START = /^(?:0\d{2,3}-?\d{7,8}|1\d{10}|\d{5,8})(?!\d)/;
/** 第X条， before the article's own text (not 第X条，第Y条…). */
const ARTICLE_COMMA = /^第[一二三四五六七八九十百零〇]+条[，,](?!第)/;

/** The brackets bracketDepths counts: 《 》 （ ( ） ). */
const BRACKETS = /[\u300a\u300b\uff08(\uff09)]/g;

/** How many 《 and （ `text` leaves open, after `open` were open before it; and whether it closed one of those. */
export function bracketDepths(text: string, open = { title: 0, paren: 0 }): { title: number; paren: number; closedEarlier: boolean } {
  let { title, paren } = open;
  let closedEarlier = false;
  // Only the brackets change the depths: a native search steps from one to the next (a loop over
  // every character ran interpreted in a cold lint, for every line the parser joins).
  BRACKETS.lastIndex = 0;
  for (let m = BRACKETS.exec(text); m; m = BRACKETS.exec(text)) {
    const c = text.charCodeAt(m.index);
    if (c === 0x300a) title++;
    else if (c === 0x300b) title = Math.max(0, title - 1);
    else if (c === 0xff08 || c === 0x28) paren++;
    else paren = Math.max(0, paren - 1);
    if (title < open.title || paren < open.paren) closedEarlier = true;
  }
  return { title, paren, closedEarlier };
}

/**
 * Whether `text` leaves a 《 or （ open that `next` closes: a hard wrap cut the bracket's content,
 * which goes on in the next line (`《…规章的决定⏎》已经…`). A bracket left open by a slip is not
 * closed by the next line (a title's unclosed （ before a 主送 line `各县（市、区）…`).
 */
export function cutByWrap(text: string, next: string | undefined): boolean {
  const d = bracketDepths(text);
  return (d.title > 0 || d.paren > 0) && next !== undefined && bracketDepths(next, d).closedEarlier;
}

/** First characters of a line that closes or punctuates what the line before said: never a paragraph's start. */
const CLOSES = charCodes('》）)〕]。，；：、');
/** A bracketed note defining an abbreviation: （以下简称…）, （简称…）, （以下统称…）. */
const ABBREVIATION_NOTE = /^[（(](?:以下|下)?(?:简称|称|统称)/;
/** First characters of a line that is the unit of a number the line before ends with. */
const UNITS = charCodes('号年月日');
/** Measure words after an ordinal in digits (第12次, 第3批, 第5期). */
const ARABIC_ORDINAL_MEASURE = charCodes('次届批期条款项章节');
/** Last characters of a line that leaves a document number's year open (`〔`, `〔2024`, `〔2024〕`). */
const OPENS_NUMBER = charCodes('〔[〕]');
/** A line that is a label and its number alone (附件1, 附表2, 专栏3, 表1; not 第34 of 第34⏎号): no wrapped line is as short. */
const NUMBERED_LABEL = /^(?!第)[\u4e00-\u9fff]{1,4}\d{1,3}$/;
/** A line that ends with a bracket closed right after a document's number: a citation's (`（聊政发〔2021〕5号）`). */
const CITED_NUMBER_END = /\d号[）)]$/;
/** A line holding only a document's number in brackets (`（聊政发〔2019〕3号）；`), a citation's. */
const CITED_NUMBER_LINE = /^[（(][^（）()年]{0,20}[〔[]\d{4}[〕\]]\d{1,4}号[）)][；;。，,]?$/;
/**
 * A line opening with a document's number in brackets (`（聊政发〔2025〕2 号）和有关政策…`), or a decree's
 * (`（国务院令第712号）《…》`): a citation's, its title's 》 before the wrap.
 */
const CITED_NUMBER_START = /^[（(](?:[^（）()年]{0,20}[〔[]\d{4}[〕\]]|[^（）()年]{1,20}令第?)[ \u3000]*\d{1,4}[ \u3000]*号[）)]/;
/** Words that end no heading, title or signature: their object follows (已经, 根据, 关于, 对, 将). */
const OBJECT_NEXT = /(已经|已于|根据|依据|按照|关于|对于|通过|对|将|把|被|向|于|和|及|与|或)$/;
/** Their last characters: the pattern, anchored at the end, is tried only on a line ending in one. */
const OBJECT_NEXT_LAST = charCodes('经于据照过对将把被向和及与或');
/** Words that go on after a named title (…《X》 ⏎ 已经市政府同意, …《X》 ⏎ 等文件精神): no paragraph opens with them. */
const AFTER_TITLE = /^(已经|已于|已由|已被|经市|经县|等[文规有法相]|和《|及《|与《|、《|精神|要求|规定[，。；,]|有关(规定|要求)|相关规定|的(规定|要求|精神|有关|通知|决定)|同时废止|予以废止|废止[，。])/;
/** Last characters of a line whose next line is inside a quote, a title or a bracket. */
const OPENS_INSIDE = charCodes('“（(《〔');

/** Chinese numerals an ordinal (第四十八) is written with. */
const CN_DIGITS = charCodes('零〇一二三四五六七八九十百千');
/** A line that ends with an ordinal before its measure word. */
const ORDINAL_END = /第[零〇一二三四五六七八九十百千]+$/;
/** A line that opens with the rest of an ordinal's number, if any, and its measure word (条, 款, 项, 章, 节, 批, 次, 届). */
const ORDINAL_MEASURE = /^[零〇一二三四五六七八九十百千]*[条款项章节批次届]/;

/** A line that ends inside a fraction's or a percentage's number (百分之三十, 三分之). */
const FRACTION_END = /分之[零〇一二三四五六七八九十百千]*$/;
/** Characters that a word ending in 一 starts with (统一, 单一, 唯一, 逐一, 划一, 专一, 万一, 同一), and that end no phrase. */
const BEFORE_YI = charCodes('统单唯逐划专万同');
/** A line that ends with a date's year or month, its next part cut off (`2025年` ⏎ `2月1日`). */
const DATE_CUT = /\d{4}年$|\d年\d{1,2}月$/;
/** A line that opens an article and holds some of its text. */
const ARTICLE_TEXT = /^第[一二三四五六七八九十百零〇]+条\s*[\u4e00-\u9fff]/;
/** A task table's deadline label opening a line. */
const DEADLINE_LINE = /^(?:完成时限|完成时间|时限要求|时间节点)[：:]/;
/** A line opening with a role word and its colon, no bracket before it: a role printed on its own line. */
const ROLE_LINE = /^[\s\u3000]*(?:牵头|配合|责任|负责)(?:单位|部门)[：:]/;
/** A line that names a role of a 牵头单位 block after another (`；责任单位：`): inside the block. */
const ROLE_LABEL = /[；;](牵头|配合|责任|负责)(单位|部门)[：:]/g;

/** The first characters of the role words. */
const ROLE_FIRST = charCodes('牵配责负');
/** A line opening with a role word. */
const ROLE_LINE_NEXT = /^(?:牵头|配合|责任|负责)(?:单位|部门)/;
/**
 * The last sentence of a line when it opens with a role word (on its line, or joined to its task's
 * sentence), and what follows the role word.
 */
const ROLE_LAST = /(?:^|[。！？])[\s\u3000]*(?:牵头|配合|责任|负责)(?:单位|部门)([^。！？]*)$/;
/** The last characters of a body's name (局, 委, 人民政府, 管委会, 中心, 各有关单位, 各县（市、区）, 市科协, 各金融机构…). */
export const BODY_NAME_ENDS = '局府会委院心行段办联部校司室队位门关业社台团学厅署处所站馆区县市镇道村组厂协构）)';
/** How a role's units end: as a body's name, or with the ； before the next role. */
const UNITS_END = new RegExp(`[${BODY_NAME_ENDS}；;]$`);
/**
 * Words of a sentence, found in no body's name: a role word without its colon followed by them opens
 * prose (牵头单位负责协调各区, 责任单位要…, 责任单位为市财政局: a function word right after it), no list.
 * Not 应 (应急管理局), 组织 (组织部), 和 (文化和旅游局) anywhere.
 */
export const ROLE_PROSE = /负责|要|应当|必须|需要|按|做好|落实|加强|统筹|协调|推进|履行|承担|会同|确保|抓好|主动|切实|分别|^[为是由系在的对将把向从以可均都也已和及与]/;
/**
 * Whether `text` ends with a role and its units (`牵头单位：市商务局`, `…。牵头单位：A；配合单位：B`, or
 * without the colon, `牵头单位 市商务局`, `责任单位市市场监管局`): no prose after the role word, and the
 * last unit ends as a body's name does.
 */
function endsRoleList(text: string): boolean {
  const m = ROLE_LAST.exec(text);
  if (!m || !UNITS_END.test(m[1])) return false;
  const c = m[1].charCodeAt(0);
  return c === 0xff1a || c === 0x3a || !ROLE_PROSE.test(m[1].trimStart());
}
/** A sentence opening with a role word and no colon (`牵头单位要…`, `责任单位负责…`): its first clause holds a word of prose. */
function opensRoleSentence(next: string): boolean {
  const rest = next.slice(4);
  if (/^[：:\s\u3000]/.test(rest)) return false;
  const cut = rest.search(/[，。；,;：:]/);
  return ROLE_PROSE.test(cut < 0 ? rest : rest.slice(0, cut));
}

/**
 * Whether `text` is inside a 牵头单位 block it does not open (a page's fragment or a wrapped block
 * whose opening line came before: `建设局、市城管局；责任单位：各县（市、区）`), and does not close it.
 */
function insideRoleBlock(text: string): boolean {
  if (!text.includes('单位') && !text.includes('部门')) return false;
  BLOCK_OPEN.lastIndex = 0;
  if (BLOCK_OPEN.test(text)) return false;
  const at = lastMatch(ROLE_LABEL, text);
  return at >= 0 && blockStillOpen(text, at, true);
}

/** Where the last match of the global `re` in `text` starts; -1 if none. */
function lastMatch(re: RegExp, text: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
  return at;
}

/**
 * Whether a 牵头单位 block is still open at the end of `text`, read from `at`: its opening （ there,
 * or (`inside`) a point inside it (a role label after the （ of an earlier line).
 */
function blockStillOpen(text: string, at: number, inside: boolean): boolean {
  let depth = inside ? 1 : 0;
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) depth++;
    else if ((c === 0xff09 || c === 0x29) && --depth === 0) return false;
  }
  return depth > 0;
}

/** The 版记's line naming the printing office and the date it printed the document (GB/T 9704 7.4.3). */
const PRINTED_BY_LINE = /^[\u4e00-\u9fa5（）()]{2,40}(?:室|厅|府|局|委|会|部|处|院|心|组|办)\d{4}年\d{1,2}月\d{1,2}日印发$/;

/** A date in any form at a line's start (a signature's, slips included: 二〇二一年四月八日。 too). */
const SOFT_DATE = /^(?:\d{2,4}\s*[年.．\-/]\s*\d{1,2}\s*[月.．\-/]|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月)/;

/** A narrow column's width (narrowColumn): in characters and in print (a digit ½). */
export interface NarrowColumn { chars: number; printed: number }

/** The fewest lines, and the least share of the lines of 12 characters or more, a narrow column's width needs. */
const COLUMN_LINES = 10;
const COLUMN_SHARE = 0.4;

/**
 * The width a text was hard-wrapped at, when it is narrow (12–19 characters, a two-column PDF's
 * column): the width most of its lines of 12 characters or more have, by either measure. A
 * typed text's or a wide column's short lines (headings, last lines) have no such common width.
 */
export function narrowColumn(lines: readonly { text: string }[]): NarrowColumn | undefined {
  // Counts of the widths 12–19 (index 0–7), in characters and in print; n: lines of 12 or more.
  const chars = new Uint32Array(8);
  const printed = new Uint32Array(8);
  let n = 0;
  for (const l of lines) {
    const t = l.text;
    if (t.length < 12) continue;
    n++;
    if (t.length < 20) chars[t.length - 12]++;
    if (t.length < 40) {
      const w = Math.floor(widthInCells(t));
      if (w >= 12 && w < 20) printed[w - 12]++;
    }
  }
  const mode = (counts: Uint32Array) => {
    let best = -1;
    for (let k = 0; k < counts.length; k++) if (best < 0 || counts[k] > counts[best]) best = k;
    return counts[best] >= COLUMN_LINES && counts[best] >= n * COLUMN_SHARE ? best + 12 : 0;
  };
  if (n < COLUMN_LINES) return undefined;
  const c = mode(chars);
  const p = mode(printed);
  return c || p ? { chars: c || Infinity, printed: p || Infinity } : undefined;
}

/**
 * Whether `next` continues the paragraph that ends with `prev`. `softBreak`: the line of `prev` ends
 * in a markdown line break (two spaces), which a markdown extraction writes inside a paragraph.
 * `column`: the narrow width the text was wrapped at (narrowColumn), a line as wide as which was cut
 * by the wrap as a line of 20 characters is in a wide one.
 */
/** Whether `next` closes a round bracket `prev` left open before it opens one or ends a sentence. */
function closesOpenBracket(prev: string, next: string): boolean {
  const close = next.search(/[）)]/);
  if (close < 0 || /[（(。；]/.test(next.slice(0, close))) return false;
  return bracketDepths(prev).paren > 0;
}

export function continues(prev: string, next: string, softBreak = false, column?: NarrowColumn): boolean {
  if (!prev || !next) return false;
  // A 成文日期 line ends its paragraph, whatever follows (a page continuation's `。…` after it).
  if (DATE_LINE.test(prev)) return false;
  if (DISCLOSURE_LINE.test(prev)) return false;
  if (REGISTRATION_LINE.test(prev) || REGISTRATION_LINE.test(next)) return false;
  // The 版记's last line (`聊城市人民政府办公室    2025年6月3日印发`) opens its own paragraph: a 抄送
  // line left without its 。 must not take it in.
  if (next.charCodeAt(next.length - 1) === 0x53d1 /* 发 */ && PRINTED_BY_LINE.test(next)) return false;
  // A table's row (cells split by tabs) and a line of text are never one paragraph: a heading does
  // not run on into the table below it (`…项目名录` ⏎ `序号⇥项目名称⇥申报地区`), nor the table into what follows.
  if (prev.includes('\t') !== next.includes('\t')) return false;
  // A task table's deadline line under a role printed on its own line (`责任单位：市财政局` ⏎
  // `完成时限：2026年底前`) opens its own paragraph: the roles are a block (parse/blocks' bare block),
  // the deadline is no unit of it.
  if (DEADLINE_LINE.test(next) && ROLE_LINE.test(prev)) return false;
  // The first and last characters decide the checks up to the structural one: compared as char
  // codes (a Chinese character read as a string is a new string), not with patterns anchored at
  // the end, which are tried at every position.
  const first = next.charCodeAt(0);
  const last = prev.charCodeAt(prev.length - 1);
  // A closing 》 or ）, or a 。 or ， never starts a paragraph: a wrap cut what came before it.
  if (CLOSES.has(first)) return true;
  // A note defining an abbreviation (`…原则同意《…规划（2023—2035年）》` ⏎ `（以下简称《规划》）。…`) belongs
  // to the name before it: no paragraph opens with one.
  if ((first === 0xff08 || first === 0x28) && ABBREVIATION_NOTE.test(next)) return true;
  // `…之` ⏎ `一，…`, `…第` ⏎ `三批…`, `…其` ⏎ `二，措施到位…` (其一, 其二): a number that ends a phrase the
  // line broke, not a heading.
  if ((last === 0x4e4b /* 之 */ || last === 0x7b2c /* 第 */ || (last === 0x5176 /* 其 */ && /[，。；：]/.test(prev))) && /^[一二三四五六七八九十百\d]/.test(next)) return true;
  // `…相关材料格式见附件` ⏎ `1、附件2。`: the attachment's number a wrap cut from the sentence that
  // refers to it (its 、 reads like a heading's).
  // So is one after any sentence that names its 附件 (`…下载。附件` ⏎ `1、附件2所列…`: red team 15).
  if (last === 0x4ef6 /* 件 */ && first >= 48 && first <= 57 && /附件$/.test(prev) && /[，。；：]/.test(prev)) return true;
  // `…百分之三十` ⏎ `五，…`, `…三分之` ⏎ `二…`: a fraction's number cut in two (its rest may look
  // like a heading's marker, 五，).
  if (CN_DIGITS.has(last) && CN_DIGITS.has(first) && FRACTION_END.test(prev)) return true;
  // `…做到标识完整统` ⏎ `一、清晰…`, `…组分单` ⏎ `一、排放…`: a word ending in 一 cut before it, whose
  // 、 after it reads like a heading's. Only in running text (a line holding a clause's or a
  // sentence's mark, not ending like a title): a title ending in 清单, 规划 or 系统 is followed by
  // its first heading 一、.
  if (first === 0x4e00 /* 一 */ && BEFORE_YI.has(last) && /^一[、，,]/.test(next) && /[，、；：。,;:]/.test(prev) && !endsLikeTitle(prev)) return true;
  // `…本办法自2025年` ⏎ `2月1日起施行`: a date cut between its parts.
  if (first >= 48 && first <= 57 && DATE_CUT.test(prev) && /^\d{1,2}[月日]/.test(next)) return true;
  // `…删去第四十七条、第四十八` ⏎ `条、第四十九条…`, `…第五十` ⏎ `一条、…`: an ordinal cut from its
  // measure word (a narrow wrap in a list of articles); no line opens with one.
  if (CN_DIGITS.has(last) && ORDINAL_MEASURE.test(next) && ORDINAL_END.test(prev)) return true;
  // `…令第34` ⏎ `号公布`, `…截至2024` ⏎ `年底`: a number cut from its unit; a document number cut
  // anywhere before its 号 (`聊政发〔` ⏎ `2024〕3号`, `〔2023〕1` ⏎ `43号`). A line a wrap cut is a
  // full line of running text, never a label (`附件1` ⏎ `2025年…分解表`, `附件1` ⏎ `年度评估指标`).
  const digit = last >= 48 && last <= 57 && !NUMBERED_LABEL.test(prev);
  if (digit && UNITS.has(first)) return true;
  // `…市人民政府第12` ⏎ `次常务会议通过`: an ordinal in digits cut from its measure word.
  if (digit && ARABIC_ORDINAL_MEASURE.has(first) && /第\d+$/.test(prev)) return true;
  if ((digit || OPENS_NUMBER.has(last)) && /[〔[]\d*([〕\]]\d*)?$/.test(prev)) return true;
  // A line that ends by opening a quote, a title or a bracket goes on inside it, however the next
  // line starts (`修改为：“` ⏎ `（一）遵守…”`).
  if (OPENS_INSIDE.has(last)) return true;
  // Under a 章 or 节 title line, `第X条，` opens the chapter's first article with a slip comma
  // (numbering/marker-form reports it), not a wrapped reference: a title never ends mid-sentence.
  const underTitle = SECTION_HEADING.test(prev);
  const reference = (REFERENCE_START.test(next) && !(underTitle && ARTICLE_COMMA.test(next))) || (REFERENCE_MORE.test(next) && !underTitle);
  // An email or web address after its label (`…，电子邮箱：` ⏎ `lcfgw@lc.gov.cn）。`): no paragraph opens with one
  // after a line ending in a colon or a comma.
  if (((first >= 97 && first <= 122) || (first >= 65 && first <= 90)) && (last === 0xff1a || last === 0x3a || last === 0xff0c) && ADDRESS_START.test(next)) return true;
  // A telephone number a wrap put after its label (`（联系人：…；联系电话：` ⏎ `0635-8234567）`): its value.
  if (first >= 48 && first <= 57 && (last === 0xff1a || last === 0x3a) && PHONE_LABEL_END.test(prev) && PHONE_START.test(next)) return true;
  // An address cut inside (`lcsfjxzfy@` ⏎ `lc.shandong.cn）。`, `http://` ⏎ `www.…`): it goes on.
  if ((last === 0x40 /* @ */ || last === 0x2f /* / */ || last === 0x2e /* . */) && ADDRESS_CUT.test(prev) && /^[A-Za-z0-9]/.test(next)) return true;
  // A telephone number cut in two (`（联系电话：0635-82415` ⏎ `16，电子邮箱…`): its rest is no item's number.
  if (first >= 48 && first <= 57 && PHONE_CUT.test(prev)) return true;
  // A line that closes the bracket the line before left open, before it opens one or ends a sentence
  // (`2月15日（农历腊月` ⏎ `二十八、周日）至23日…`), goes on inside that bracket, however it opens.
  if (startsStructure(next) && !reference) return closesOpenBracket(prev, next);
  // A sentence opening with a role word (`牵头单位要…`, `责任单位负责…`) after a line of roles and their
  // units (`牵头单位：市商务局`): the roles are a block of their own (parse/blocks' bare block), the
  // sentence is no unit of it. A sentence wrapped before a role word (`牵头单位要加强与` ⏎ `配合单位的…`) goes on.
  if (ROLE_FIRST.has(first) && ROLE_LINE_NEXT.test(next) && opensRoleSentence(next) && endsRoleList(prev)) return false;
  // A block's role label after which the block has not closed: its units go on in the next line,
  // even after a bracket of their own (`…各县（市、区）` ⏎ `人民政府、市属开发区管委会）`).
  if (insideRoleBlock(prev)) return true;
  // Roles printed on lines of their own (`牵头单位：市商务局；` ⏎ `责任单位：…`, `牵头单位 市商务局` ⏎
  // `配合单位 市财政局`): one assignment (parse/blocks' bare block), which a ； or a missing colon
  // does not split in two.
  if (ROLE_FIRST.has(first) && ROLE_LINE_NEXT.test(next) && ROLE_LAST.test(prev)) return true;
  // Digits on both sides of the break: one number cut in two (`2024年11月13日至2` ⏎ `024年…`).
  if (digit && first >= 48 && first <= 57 && !next.includes('\t')) return true;
  // A line that leaves a 《 or （ open stops mid-sentence, however short (hard wraps at ~19 characters).
  // Not a 《 before a sentence's end, which no title holds: a slip left it open (`…《某某通知（…），同时废止。`).
  const open = bracketDepths(prev);
  if (open.paren > 0 || (open.title > 0 && !SENTENCE_END.has(last))) return true;
  // A wrap right after a cited document's number (`…的意见》（聊政发〔2021〕5号）` ⏎ `已由…废止。`):
  // running text does not end at a citation without its 。. A line that opens the next 《 is the
  // next entry of a list of citations.
  if ((last === 0xff09 || last === 0x29) && first !== 0x300a && CITED_NUMBER_END.test(prev)) return true;
  // `…组织实施。县（市、区）` ⏎ `人民政府确定的部门…`: the bracket closes the middle of a name, which
  // no paragraph ends with (a block's ends with its own ）).
  if (last === 0xff09 && prev.endsWith('县（市、区）')) return true;
  // A title a wrap cut right after the 《…》 it names (`交通运输部关于修改《…规定》` ⏎ `的决定`): a line
  // of only 的 and a kind of document ends that title; no paragraph is that line alone.
  if (last === 0x300b /* 》 */ && first === 0x7684 /* 的 */ && /^的[\u4e00-\u9fa5]{1,8}$/.test(next) && endsLikeTitle(next) && prev.includes('关于')) return true;
  // A cited title's number a wrap put on the next line (`…按照《…的实施意见》` ⏎ `（聊政发〔2025〕2号）和有关
  // 政策…`): no paragraph opens with a document's number in brackets, and a title's 》 ends none before it.
  if (last === 0x300b /* 》 */ && (first === 0xff08 || first === 0x28) && CITED_NUMBER_START.test(next)) return true;
  // `…依照《中华人民共和国土地管理法实施条例》` ⏎ `第二十八条规定，…`, `…超过《…条例》` ⏎ `第三十三条第二款规定的…`:
  // an article of the law the line has just named; no article head reads 第X条规定 or 第X条第Y款. Not an
  // amendment's own verb (`一、对《…办法》` ⏎ `第十条修改为…`), nor an article head's slip comma (第一条，为了…).
  if (last === 0x300b /* 》 */ && first === 0x7b2c /* 第 */ && REFERENCE_START.test(next) && !ARTICLE_AMENDED.test(next) && !ARTICLE_COMMA.test(next)) return true;
  // `《聊城市…若干措施》` ⏎ `已经市政府同意，现印发给你们…`: a sentence a wrap cut right after the title
  // it opens with or names; no paragraph opens with these words, which go on from a named title.
  if (last === 0x300b /* 》 */ && AFTER_TITLE.test(next) && !startsStructure(prev)) return true;
  if (TERMINAL_LAST.has(last)) return false;
  // A cited title a wrap cut after the title of what it issues (`…关于印发某某管理办法` ⏎
  // `的通知（聊政办发〔2019〕15号）`, a list of documents' entry): no paragraph opens with 的.
  if (first === 0x7684 /* 的 */ && prev.includes('关于') && endsLikeTitle(prev)) return true;
  // A cited title's number a wrap put on a line of its own (`…的意见` ⏎ `（聊政发〔2019〕3号）`): no
  // paragraph is a document's number in brackets alone.
  if ((first === 0xff08 || first === 0x28) && CITED_NUMBER_LINE.test(next)) return true;
  // A reference to an article or item after an unfinished sentence belongs to it, however short.
  if (reference) return true;
  // A title goes on with its qualifier on the next line (`…三年行动方案` ⏎ `（2025—2027年）`).
  if (qualifiesTitle(prev, next)) return true;
  // A title (an attached document's heading) ends its own paragraph.
  const heading = prev.replace(/^([一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.．])/, '');
  if (heading.length <= 60 && endsLikeTitle(heading) && !/[，。；：、,;:]/.test(heading)) return false;
  // A break right after an opening bracket or a separator is always mid-sentence.
  if (/[（(《“、，,]$/.test(prev)) return true;
  // A short line with a clause break inside is the last piece of a hard-wrapped sentence
  // (`府、市属开发区管委会）推广秸秆科学`), not a heading.
  if (!startsStructure(prev) && /[，；：,;:]|[）)](?=[^）)])/.test(prev)) return true;
  // A line that ends a sentence inside and goes on without one is running text cut by a wrap, even
  // after an item's marker: a heading holds no 。 before more words (`（三）强化医疗救助托底。聊城市医疗保`
  // ⏎ `障局要会同…`, `每半年召开一次全体会议。一是全体会议` ⏎ `由召集人主持；…`).
  if (/。[^。]+$/.test(prev)) return true;
  // An article (`第二十五条 农村产权…和从` ⏎ `事农村…违反规定`) is running text, never a heading: one
  // that stops mid-sentence goes on, however short its line.
  if (ARTICLE_TEXT.test(prev)) return true;
  // A line that stops on a word that needs its object after it (`《…管理办法》已经` ⏎ `2022年4月28日…通过`,
  // `…根据` ⏎ `《…》`) was cut by a wrap: no heading, title or signature ends with one.
  if (OBJECT_NEXT_LAST.has(last) && OBJECT_NEXT.test(prev) && !DATE_LINE.test(next)) return true;
  // Short lines without final punctuation are headings, signatures or titles, unless a markdown
  // line break (two spaces at the line's end) says the paragraph goes on. Not before a date: a
  // signature is written so above its date too (`聊城市人民政府办公室  ` ⏎ `2021年4月8日`, or a
  // slip's `2021.4.8`, `21年4月8日`, `二〇二一年四月八日。`, which are no date lines).
  return prev.length >= 20 || (!!column && (prev.length >= column.chars - 1 || widthInCells(prev) >= column.printed - 1)) || (softBreak && !SOFT_DATE.test(next));
}

export function makeParagraph(lines: NormLine[]): Paragraph {
  if (lines.length === 1) {
    const l = lines[0];
    return { text: l.text, map: l.map, start: l.map[0], end: l.map[l.text.length], line: l.line };
  }
  // Joined, not concatenated: a flat string (a concatenation is flattened later by whichever rule
  // reads it first).
  const text = lines.map((l) => l.text).join('');
  // Each line's offsets but its end, then the last line's end, copied natively (pushing one offset
  // at a time showed in profiles of large issues; a copy loop ran interpreted in a cold lint).
  const last = lines[lines.length - 1];
  const map = ([] as number[]).concat(...lines.map(lineOffsets), [lineEndOffset(last)]);
  return { text, map, start: map[0] ?? last.start, end: map[map.length - 1], line: lines[0].line };
}

/** Item levels an inline list runs (matchMarker's): （一）, （1）, ①. */
const RUN_IN_LEVELS = new Set([2, 4, 5]);
/** The highest item an inline list is taken to reach. */
const RUN_IN_MAX = 20;

/** The ways the item before `value` of an inline list's `level` is written. */
function itemBefore(level: number, value: number): string[] {
  if (level === 5) return [String.fromCharCode(0x2460 + value - 2)];
  const n = level === 2 ? numberToChinese(value - 1) : String(value - 1);
  return [`（${n}）`, `(${n})`];
}

/**
 * Whether `next` opens with the item that follows one run into the paragraph so far (`…选取：（1）…；
 * （2）…；` ⏎ `（3）…`): a hard wrap broke an inline list before its next item, which is no heading.
 * The item before must stand inside the paragraph, which does not open with an item of that kind
 * (`（一）…按本条（一）…` ⏎ `（二）…` are headings).
 */
function runsOnInline(lines: NormLine[], next: string): boolean {
  // Called at every paragraph break: most lines open with something else.
  const c = next.charCodeAt(0);
  if (c !== 0xff08 && c !== 0x28 && !(c >= 0x2461 && c <= 0x2473)) return false;
  const m = matchMarker(next);
  if (!m || !RUN_IN_LEVELS.has(m.level) || m.value < 2 || m.value > RUN_IN_MAX) return false;
  if (matchMarker(lines[0].text)?.level === m.level) return false;
  const before = itemBefore(m.level, m.value);
  // Looked for line by line: a marker a wrap cut in two is not looked for.
  return lines.some((l, k) => before.some((b) => l.text.indexOf(b, k ? 0 : 1) >= 0));
}

/** The longest cited title a wrap may be inside of: a 《 opened further back is a slip. */
const TITLE_REACH = 100;

/**
 * Whether the paragraph so far leaves a 《 open that opened in its last TITLE_REACH characters: a
 * cited title wrapped over three lines or more (`根据《山东省某某厅关于印` ⏎ `发某某办法的` ⏎ `通知》…`),
 * whose middle lines hold neither 《 nor 》.
 */
function insideTitle(lines: NormLine[]): boolean {
  let depth = 0;
  let seen = 0;
  for (let k = lines.length - 1; k >= 0 && seen < TITLE_REACH; k--) {
    const t = lines[k].text;
    // No title runs on over a line that ends a sentence: a 《 before it was left open by a slip.
    if (k < lines.length - 1 && TERMINAL_LAST.has(t.charCodeAt(t.length - 1))) return false;
    for (let i = t.length - 1; i >= 0 && seen < TITLE_REACH; i--, seen++) {
      const c = t.charCodeAt(i);
      if (c === 0x300b) depth++;
      else if (c === 0x300a && --depth < 0) return true;
    }
  }
  return false;
}

/**
 * Whether `next` goes on with a cited title that the paragraph's lines so far leave open, none of
 * them stopping after a sentence (`…同时废止。` with a 《 left open by a slip). One line that
 * leaves its own 《 open is `continues`' case.
 */
function wrappedInTitle(cur: NormLine[], next: string): boolean {
  if (cur.length < 2) return false;
  const last = cur[cur.length - 1].text;
  return !TERMINAL_LAST.has(last.charCodeAt(last.length - 1)) && insideTitle(cur) && !startsStructure(next);
}

/** The farthest back a （ may have opened that a wrap cut the content of: one further back is a slip. */
const PAREN_REACH = 60;

/**
 * Whether the paragraph so far leaves a （ open that opened in its last PAREN_REACH characters, and
 * its last line ends no clause: a bracket's content wrapped over three lines or more (`…东昌府区（含`
 * ⏎ `聊城经济技术开发区、聊城高新技` ⏎ `术产业开发区…度假区）…`), whose middle lines hold neither （ nor ）.
 * One line that leaves its own （ open is `continues`' case.
 */
function wrappedInParen(cur: NormLine[], next: string): boolean {
  if (cur.length < 2) return false;
  const last = cur[cur.length - 1].text;
  if (TERMINAL_LAST.has(last.charCodeAt(last.length - 1)) || startsStructure(next)) return false;
  let depth = 0;
  let seen = 0;
  for (let k = cur.length - 1; k >= 0 && seen < PAREN_REACH; k--) {
    const t = cur[k].text;
    for (let i = t.length - 1; i >= 0 && seen < PAREN_REACH; i--, seen++) {
      const c = t.charCodeAt(i);
      if (SENTENCE_END.has(c)) return false;
      if (c === 0xff09 || c === 0x29) depth++;
      else if ((c === 0xff08 || c === 0x28) && --depth < 0) return true;
    }
  }
  return false;
}

/** The longest bracketed note a paragraph may open with (a regulation's 公布 note of several revisions). */
const NOTE_REACH = 300;

/**
 * Whether the paragraph so far opens with a （ it has not closed, holding no sentence's end: a note
 * (a regulation's 公布 note below its title, `（2017年12月15日…公布 根据…第一次修正 根据…修正）`) that
 * a narrow hard wrap spread over lines, one of which neither leaves a bracket of its own open nor
 * ends a sentence (`》第一次修正根据2024年11月` ⏎ `11日《…`). One line is `continues`' case.
 */
function openNote(lines: NormLine[], next: string): boolean {
  if (lines.length < 2) return false;
  const c = lines[0].text.charCodeAt(0);
  if ((c !== 0xff08 && c !== 0x28) || startsStructure(next)) return false;
  let depth = 0;
  let seen = 0;
  for (const l of lines) {
    const t = l.text;
    for (let i = 0; i < t.length; i++, seen++) {
      const ch = t.charCodeAt(i);
      if (ch === 0xff08 || ch === 0x28) depth++;
      else if ((ch === 0xff09 || ch === 0x29) && --depth === 0) return false;
      else if (SENTENCE_END.has(ch)) return false;
    }
    if (seen > NOTE_REACH) return false;
  }
  return depth > 0;
}

const BLOCK_OPEN = /[（(](?=(牵头|配合|责任|负责)(单位|部门))/g;
/** A line that opens with a 牵头单位 block. */
const BLOCK_START = /^[（(](牵头|配合|责任|负责)(单位|部门)/;

/**
 * Whether the paragraph so far leaves a 牵头单位 block open. The block may break after any of its
 * lines, not only the last (`（牵头单位：A、⏎⏎B、C；⏎责任单位：D）`): the line alone looks closed.
 */
function openBlock(lines: NormLine[]): boolean {
  if (lines.length < 2) return false;
  const text = lines.map((l) => l.text).join('');
  const last = lastMatch(BLOCK_OPEN, text);
  return last >= 0 && blockStillOpen(text, last, false);
}

/**
 * Whether a role on its line (`配合单位：…`) goes on the roles of the paragraph so far, whose units a wrap
 * carried onto a line of their own (`牵头单位：A、B、` ⏎ `C` ⏎ `配合单位：D`): one block (parse/blocks'
 * bare block). The last line alone (`C`) is no role line.
 */
function roleLinesGoOn(lines: NormLine[], next: string): boolean {
  if (lines.length < 2 || !ROLE_FIRST.has(next.charCodeAt(0)) || !ROLE_LINE.test(next)) return false;
  return endsRoleList(lines.map((l) => l.text).join(''));
}

/** Whether a line's source ends in a markdown line break: two spaces or more after its text. */
/**
 * Whether the lines' markdown line breaks (two spaces at a line's end) say anything: not when the
 * lines before a blank line, where no paragraph goes on, end with them as often as the others (a
 * draft whose editor left two spaces after every line: its labels, titles and table rows would run
 * together; red team 16), nor when nearly every line ends with them. The markdown dialect breaks only
 * the lines a paragraph goes on from.
 */
function softBreaksMean(lines: NormLine[]): boolean {
  let all = 0;
  let beforeBlank = 0;
  let content = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].text) continue;
    content++;
    if (!endsSoftBreak(lines[i])) continue;
    all++;
    // Blank lines are gone from the document's lines: a gap in the line numbers is one.
    if (i + 1 >= lines.length || !lines[i + 1].text || lines[i + 1].line > lines[i].line + 1) beforeBlank++;
  }
  // Nor when nearly every line ends with them (the same draft with no blank lines).
  return !(beforeBlank >= 3 && beforeBlank * 2 >= all) && !(all >= 10 && all * 5 >= content * 4);
}

function endsSoftBreak(l: NormLine): boolean {
  const raw = l.raw;
  return raw.length > 1 && raw.charCodeAt(raw.length - 1) === 32 && raw.charCodeAt(raw.length - 2) === 32;
}

/**
 * A list entry numbered with a bare number and a space, as a gazette prints a list of documents or
 * names (`1　聊城市人民政府关于…的通知（聊政发〔2018〕12号）`): the number, then a full-width space or
 * spaces, then the entry's first word. After ASCII spaces, not a unit the number counts (`12 个`,
 * `26 日`, `2024 年` of a text that spaces digits from Chinese); a full-width space parts no number
 * from its unit, so an entry after one may open with any word (`1　人民银行聊城市分行`, `2　万达集团`).
 */
const BARE_ENTRY = /^[ \u3000]*(\d{1,3})(?:\u3000[ \u3000]*| +(?![年月日号时分秒个家项件次名人位元万亿千百吨亩米公里条款章节批期届天周岁倍台辆套所座户处宗类种部份级%％]))(?=[\u4e00-\u9fff《“（(])/;
/** How many lines away the entries of one bare-numbered list are looked for. */
const BARE_REACH = 12;
/** How many lines away the entry numbered just before a listed one is still its predecessor. */
const BARE_CHAIN_REACH = 200;
/** Full-width spaces between words: a gap between a table's cells typed with spaces. */
const CELL_GAP = /(?<=\S)\u3000+(?=\S)/g;

/**
 * How many gaps between cells (CELL_GAP) the lines of a list's entry hold, after its number's space:
 * a row of a table typed with spaces (`1　打通城区断头路5条　市住房城乡建设局　2026年6月底前`).
 */
function cellGaps(lines: NormLine[]): number {
  const row = lines.map((l) => l.raw.trim()).join('\u3000').replace(/^\d{1,3}[ \u3000]+/, '');
  return row.match(CELL_GAP)?.length ?? 0;
}

/** The digits of a bare-numbered list entry a line opens (BARE_ENTRY), if any. */
function bareDigits(l: NormLine): string | undefined {
  const c = l.raw.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && c !== 32 && c !== 0x3000) return undefined;
  return BARE_ENTRY.exec(l.raw)?.[1];
}

/**
 * The lines of `content` that open an entry of a bare-numbered list, each with the line of the
 * entry after it (or -1 after the last): a line numbered so, with another such line nearby that
 * numbers the list on (a smaller number before it or a larger one after it). One such line alone
 * is a number a wrap left at a line's start, not a list.
 */
function bareEntries(content: NormLine[]): Map<number, number> | undefined {
  // Lines numbered so, in order: few or none in a document.
  const at: number[] = [];
  const nums: number[] = [];
  for (let k = 0; k < content.length; k++) {
    const d = bareDigits(content[k]);
    if (d !== undefined) { at.push(k); nums.push(Number(d)); }
  }
  if (at.length < 2) return undefined;
  const out = new Map<number, number>();
  for (let i = 0; i < at.length; i++) {
    const k = at[i];
    const n = nums[i];
    let listed = false;
    for (let j = i - 1; j >= 0 && k - at[j] <= BARE_REACH && !listed; j--) listed = nums[j] < n;
    for (let j = i + 1; j < at.length && at[j] - k <= BARE_REACH && !listed; j++) listed = nums[j] > n;
    // The entry after it: the next such line, when it numbers on.
    const next = i + 1 < at.length && at[i + 1] - k <= BARE_REACH && nums[i + 1] > n ? at[i + 1] : -1;
    if (listed) out.set(k, next);
  }
  // A long entry puts its successor beyond the reach (an 应急预案's `1　总则` over sections of prose
  // before `2　组织体系`, wrapped narrow): the bare line just before a listed entry and numbered just
  // before it is the list's entry too, however far (red team 15).
  for (let i = at.length - 1; i > 0; i--) {
    if (out.has(at[i]) && !out.has(at[i - 1]) && nums[i - 1] === nums[i] - 1 && at[i] - at[i - 1] <= BARE_CHAIN_REACH) {
      out.set(at[i - 1], -1);
    }
  }
  return out;
}

/** Marks of a clause or a sentence: a list's entry printed without closing punctuation holds none. */
const CLAUSE_MARKS = /[，。；：,;:！？!?]/;

/** A line as printed: its source, with the spaces a bare number is parted by, without trailing ones. */
const printedText = (l: NormLine) => l.raw.trimEnd();

/** A list entry's numbering: its level and form (matchMarker's, or 0 for a bare number), and its number. */
interface EntryMark { level: number; form: string; value: number; digits?: string }

/** The numbering of the entry that paragraph `g` (of those grouped so far) opens, if any. */
type MarkOf = (g: number) => EntryMark | undefined;

function entryMark(l: NormLine, bare: string | undefined): EntryMark | undefined {
  if (bare !== undefined) return { level: 0, form: '', value: Number(bare), digits: bare };
  const m = matchMarker(l.text);
  return m ? { level: m.level, form: m.marker.replace(/[一二三四五六七八九十百零〇两\d]+/, ''), value: m.value } : undefined;
}

/**
 * Whether the lines `entry` are a whole entry of a list printed without closing punctuation (a
 * 附件's list of documents, a name list, a task list), so that the line after them is not their
 * continuation (`（3）新建口袋公园30处以上` ⏎ `年底前，各项目全部完成。`). The paragraphs before them are
 * the entry's earlier siblings (the same level and form, numbered up to it), the nearest one at
 * least, none holding a clause mark, nor the entry. It is whole when it ends with a cited number as
 * its nearest sibling does (`…的通知（聊政办字〔2024〕6号）`), or when its last line is narrower than a
 * line of its siblings or its own lines before: a hard wrap cuts a line only at the column's full
 * width, which they show.
 */
function endsUnpunctuatedEntry(groups: NormLine[][], markOf: MarkOf, entry: NormLine[], mark: EntryMark, next: string): boolean {
  const last = entry[entry.length - 1].text;
  // A wrap's own signs win: a line that closes or punctuates (`号）`), a number's unit or its
  // other digits after its digits (`〔2019〕15` ⏎ `号）`, `　2` ⏎ `026年6月底前`), a bracket the entry
  // leaves open.
  const first = next.charCodeAt(0);
  const lastCode = last.charCodeAt(last.length - 1);
  if (CLOSES.has(first) || ((UNITS.has(first) || (first >= 48 && first <= 57)) && lastCode >= 48 && lastCode <= 57)) return false;
  const column = listColumn(groups, markOf, entry, mark);
  if (!column) return false;
  let open = { title: 0, paren: 0 };
  for (const l of entry) open = bracketDepths(l.text, open);
  if (open.title > 0 || open.paren > 0) return false;
  return column.cited || wholeRow(entry, column, next) || !fullWidth(entry, column);
}

/**
 * The column an entry of an unpunctuated list is printed in, as its earlier siblings (the
 * paragraphs right before it, of the same level and form, numbered up to it; the nearest one at
 * least) and its own lines before the last show it: the widest line in characters and in print (a
 * digit ½), a wrap by either measure cutting at it; whether the entry ends with a cited number as
 * its nearest sibling does; and how many cell gaps the nearest sibling holds (a table typed with
 * spaces). Undefined when the entry or a sibling holds a clause mark.
 */
function listColumn(groups: NormLine[][], markOf: MarkOf, entry: NormLine[], mark: EntryMark): { chars: number; printed: number; cited: boolean; gaps: number } | undefined {
  const sibling = (g: number, value: number) => {
    const m = markOf(g);
    return !!m && m.level === mark.level && m.form === mark.form && m.value === value - 1;
  };
  // Most entries have no sibling right before them: the cheap test first.
  if (!sibling(groups.length - 1, mark.value)) return undefined;
  const unpunctuated = (lines: NormLine[]) => !lines.some((l) => CLAUSE_MARKS.test(l.text));
  if (!unpunctuated(entry)) return undefined;
  const last = entry[entry.length - 1].text;
  let chars = 0;
  let printed = 0;
  let cited = false;
  let gaps = 0;
  const measure = (l: NormLine) => { const t = printedText(l); chars = Math.max(chars, t.length); printed = Math.max(printed, widthInCells(t)); };
  for (let k = 0; k < entry.length - 1; k++) measure(entry[k]);
  let value = mark.value;
  for (let g = groups.length - 1; g >= 0 && sibling(g, value); g--) {
    const lines = groups[g];
    if (!unpunctuated(lines)) return undefined;
    if (value === mark.value) {
      cited = CITED_NUMBER_END.test(lines[lines.length - 1].text) && CITED_NUMBER_END.test(last);
      gaps = cellGaps(lines);
    }
    for (const l of lines) measure(l);
    value--;
  }
  return { chars, printed, cited, gaps };
}

/**
 * Whether the last entry of a bare-numbered list goes on in the line after it: its line so far is
 * as wide as the list's column by either measure (a wrap cut it there), and it has not ended with
 * its cited number.
 */
function lastEntryGoesOn(groups: NormLine[][], markOf: MarkOf, entry: NormLine[], mark: EntryMark, next: string): boolean {
  const column = listColumn(groups, markOf, entry, mark);
  return !!column && !CITED_NUMBER_END.test(entry[entry.length - 1].text) && !wholeRow(entry, column, next) && fullWidth(entry, column);
}

/** The measures of a list's column (listColumn). */
type Column = NonNullable<ReturnType<typeof listColumn>>;

/** Whether the last line of `entry` is as wide as the list's column by either measure: a wrap may have cut it. */
function fullWidth(entry: NormLine[], column: Column): boolean {
  const last = printedText(entry[entry.length - 1]);
  return last.length >= column.chars - 1 || widthInCells(last) >= column.printed - 1;
}

/**
 * Whether `entry` is a whole row of a table typed with spaces, `next` not the rest of its last cell
 * (`…　2026年6月底` ⏎ `前`): it holds as many cells as the row before it, and its last line is
 * narrower than the column, or `next` is text of its own, holding a clause mark (a row the widest of
 * its table, on one line, may have been cut by a wrap or not).
 */
function wholeRow(entry: NormLine[], column: Column, next: string): boolean {
  return column.gaps > 0 && cellGaps(entry) >= column.gaps && (!fullWidth(entry, column) || (entry.length === 1 && CLAUSE_MARKS.test(next)));
}

/** Groups non-empty normalised lines into paragraphs. `joinLines` false keeps one line per paragraph. */
/** A line of issuers' names (聊城市教育局　聊城市财政局, 聊城市人力资源和社会保障局): short, no clause mark, ending like a body. */
const ISSUER_LINE = /^[^，。；：、,;:！？]{2,40}(?:人民政府|政府|办公室|办公厅|委员会|管委会|委|局|厅|部|院|中心|党委|党组|公司|集团|会|办)$/;

/**
 * Whether line k opens a joint document's 署名 printed over several lines (聊城市教育局　聊城市财政局 ⏎
 * 聊城市人力资源和社会保障局 ⏎ 2026年4月10日): it and the one or two lines after it name issuers, then the
 * date. Such a line never goes on from the 附件说明 or the sentence above it.
 */
function signsJointly(content: NormLine[], k: number): boolean {
  const last = content[k].text.charCodeAt(content[k].text.length - 1);
  if (!ISSUER_LAST.has(last) || !ISSUER_LINE.test(content[k].text)) return false;
  for (let j = k + 1; j <= k + 3 && j < content.length; j++) {
    if (DATE_LINE.test(content[j].text)) return j > k + 1;
    if (!ISSUER_LINE.test(content[j].text)) return false;
  }
  return false;
}
const ISSUER_LAST = new Set([...'府室厅会委局部院心组司团办'].map((c) => c.charCodeAt(0)));

export function paragraphsOf(lines: NormLine[], joinLines = true): Paragraph[] {
  const groups: NormLine[][] = [];
  // Each paragraph's entry numbering, read when a rule below first asks for it (null: none): most
  // paragraphs are never asked, and matchMarker for each showed in profiles.
  const marks: (EntryMark | null | undefined)[] = [];
  const markOf: MarkOf = (g) => {
    if (marks[g] === undefined) marks[g] = (g < groups.length ? entryMark(groups[g][0], undefined) : undefined) ?? null;
    return marks[g] ?? undefined;
  };
  let cur: NormLine[] = [];
  /** The line of the next entry of the bare-numbered list the paragraph so far opens with (-1: none). */
  let entryUntil = -1;
  const content = lines.filter((l) => l.text);
  const soft = joinLines && softBreaksMean(lines);
  const bare = joinLines ? bareEntries(content) : undefined;
  const column = joinLines ? narrowColumn(content) : undefined;
  /** The numbering of the paragraph so far (the one after the grouped ones). */
  const curMark = () => {
    const g = groups.length;
    if (marks[g] === undefined) marks[g] = entryMark(cur[0], undefined) ?? null;
    return marks[g] ?? undefined;
  };
  const open = (l: NormLine, mark?: EntryMark) => {
    if (cur.length) groups.push(cur);
    cur = [l];
    marks[groups.length] = mark;
  };
  for (let k = 0; k < content.length; k++) {
    const l = content[k];
    // An entry of a bare-numbered list opens its paragraph: the entries print no 。 or ； to end them.
    if (bare?.has(k)) {
      open(l, entryMark(l, bareDigits(l)));
      entryUntil = bare.get(k)!;
      continue;
    }
    // The lines between two entries of such a list are the first one's, however short a narrow
    // wrap made them (`1　聊城市人民政府关于加快推进` ⏎ `农业机械化…的实施意见（…）`).
    if (entryUntil >= 0 || (cur.length && marks[groups.length]?.level === 0)) {
      const bareMark = marks[groups.length];
      if ((k < entryUntil || (bareMark && lastEntryGoesOn(groups, markOf, cur, bareMark, l.text))) && !startsStructure(l.text)) {
        cur.push(l);
        continue;
      }
    }
    // A signature line followed by its date never continues a truncated sentence.
    const signs = (DATE_LINE.test(content[k + 1]?.text ?? '') && l.text.length <= 30 && !/[，。；：,;:]/.test(l.text)) || signsJointly(content, k);
    if (cur.length && joinLines && !signs && (continues(cur[cur.length - 1].text, l.text, soft && endsSoftBreak(cur[cur.length - 1]), column) || (openBlock(cur) && !startsStructure(l.text)) || roleLinesGoOn(cur, l.text) || openNote(cur, l.text) || runsOnInline(cur, l.text) || wrappedInTitle(cur, l.text) || wrappedInParen(cur, l.text))) {
      // The last entry of an unpunctuated list ends before the text below it, unless that is a
      // 牵头单位 block, which closes the entry it follows.
      // Asked only of a line with no clause mark (most lines of running text have one).
      const mark = groups.length && !CLAUSE_MARKS.test(cur[cur.length - 1].text) && markOf(groups.length - 1) ? curMark() : undefined;
      if (!mark || BLOCK_START.test(l.text) || !endsUnpunctuatedEntry(groups, markOf, cur, mark, l.text)) {
        cur.push(l);
        continue;
      }
    }
    open(l);
    entryUntil = -1;
  }
  if (cur.length) groups.push(cur);
  return groups.map((g, k) => {
    const p = makeParagraph(g);
    const digits = marks[k]?.digits;
    if (digits) p.bareMarker = digits;
    return p;
  });
}

/** Source span of text[a, b) of a paragraph. */
export function spanIn(p: { map: number[] }, a: number, b: number): { start: number; end: number } {
  const start = p.map[Math.min(a, p.map.length - 1)];
  const end = b > a ? p.map[Math.min(b - 1, p.map.length - 1)] + 1 : start;
  return { start, end };
}
