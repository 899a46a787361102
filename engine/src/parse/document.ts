// One document from its lines (in logical order, continuations already re-attached): head
// (发文机关标志, 发文字号, title, 主送), body (paragraphs, items, blocks, citations), tail (附件说明,
// 署名, 成文日期, 附注, 抄送, 印发) and attached documents.
import type { AttachmentNote, Continuation, DocNumber, DocType, GwDocument, NumberingItem, Paragraph, Span, TextNode } from '../types';
import type { NormLine } from '../text/normalize';
import { firstAtOrAfter } from '../text/marks';
import { paragraphsOf, spanIn, makeParagraph, TITLE_END, cutByWrap, endsLikeTitle, qualifiesTitle, endsTitle, bracketDepths, DISCLOSURE_LINE, INTERPRETATION, OTHER_SCRIPT_LINE, REGISTRATION_LINE } from './paragraphs';
export { TITLE_END };
import { findDocNumbers, DOC_NUMBER_SOURCE, DECREE_SOURCE, DECREE_SEQ_ONLY, CN_NUMBER_ONLY, CN_NOTICE_SEQ, NOTICE_SOURCE, NOTICE_SEQ, isNoticeHead, isDecreeIssuerLine, isDecreeHeadLine } from './docNumber';
import { chineseToNumber, itemOf } from './items';
import { blocksOf } from './blocks';
import { taskBracketsOf } from './task-brackets';
import { citationsOf } from './citations';
import { dateOnlyOf, datesIn } from './dates';
import { normalizeTitle } from '../registry';
import { pushAll } from '../arrays';

const NUMBER_ONLY = new RegExp(`^${DOC_NUMBER_SOURCE}$`);
/**
 * An upward document's (请示, 报告) 签发人 printed on the line of its number, flush right (GB/T 9704
 * 7.2.6): `聊政呈〔2025〕6号    签发人：张百顺`, a joint one naming several. Not part of the number.
 * The line is read with the spaces between Chinese characters taken out: several names run together.
 */
const SIGNER_TAIL = /[ \u3000]*签发人[：:][ \u3000]*[\u4e00-\u9fa5·]{2,5}(?:[ \u3000、，,]*[\u4e00-\u9fa5·]{2,5}){0,5}$/;
/**
 * A joint document's 签发人 on two lines or more (7.2.6: two names a row): `签发人：甲　乙` on a line
 * of its own above the number, which shares its line with the last names (`…〔2025〕6号　　丙`,
 * 7.2.4); or the names that go on, alone on the line under the number's, set to the right.
 */
const SIGNER_LINE = /^签发人[：:][\u4e00-\u9fa5·、，,]{2,24}$/;
const SIGNER_NAMES = /^[\u4e00-\u9fa5·、，,]{2,24}$/;
const DECREE_ONLY = new RegExp(`^${DECREE_SOURCE}$`);
/** A 令's number line under its issuer line: 第N号, or a slip with a year (〔2025〕第50号, 〔2025〕50号) decree reports. */
const NOTICE_ONLY = new RegExp(`^${NOTICE_SOURCE}$`);
/** A 公告's number printed in brackets, as a 人大常委会's is: （第12号） under its head line, or after it on that line. */
const BRACKETED_SEQ = /[（(]第\d{1,4}号[）)]$/;
/** The head line and the bracketed number of a 公告 (…常务委员会公告（第12号）), when the head is one. */
function bracketedNoticeHead(t: string): boolean {
  const m = BRACKETED_SEQ.exec(t);
  return !!m && (m.index === 0 || isNoticeHead(t.slice(0, m.index)));
}
/** `l` without the brackets around its number (（第12号） → 第12号), each kept character at its source offset. */
function withoutSeqBrackets(l: NormLine): NormLine {
  const n = l.text.length;
  const open = l.text.search(BRACKETED_SEQ);
  return { ...l, text: l.text.slice(0, open) + l.text.slice(open + 1, n - 1), map: [...l.map.slice(0, open), ...l.map.slice(open + 1, n - 1), l.map[n - 1]] };
}
/** A bracketed number a wrap cut after its 第 or some of its numerals (`…公告（第12` ⏎ `号）`), and the rest. */
const SEQ_CUT_HEAD = /[（(]第[\d〇零一二三四五六七八九十百]{0,6}$/;
const SEQ_CUT_TAIL = /^[\d〇零一二三四五六七八九十百]{0,6}号[）)]$/;
/** A bracketed number in Chinese numerals, as a 人大常委会 may print it: （第十二号）. */
const CN_SEQ = /[（(]第([〇零一二三四五六七八九十百]{1,6})号[）)]$/;
/**
 * Line `l` (with `next`, the next content line) as BRACKETED_SEQ reads a 公告's number: a number a
 * wrap split over two lines joined (`（第12` ⏎ `号）`), and one in Chinese numerals in digits
 * (（第十二号） → （第12号）), each character at a source offset (a digit at the numerals it stands
 * for). `lines` is 2 when `next` was joined; undefined when `l` is neither.
 */
export function bracketedSeqLine(l: NormLine, next: NormLine | undefined): { line: NormLine; lines: number } | undefined {
  let lines = 1;
  if (next && SEQ_CUT_HEAD.test(l.text) && SEQ_CUT_TAIL.test(next.text)) {
    l = { ...l, end: next.end, raw: l.raw + next.raw, text: l.text + next.text, map: [...l.map.slice(0, l.text.length), ...next.map] };
    lines = 2;
  }
  const m = CN_SEQ.exec(l.text);
  const n = m ? chineseToNumber(m[1]) : NaN;
  if (m && n >= 1 && n <= 9999) {
    const a = m.index + 2;
    const len = m[1].length;
    const digits = String(n);
    const at = [...digits].map((_, j) => l.map[a + (j === digits.length - 1 ? len - 1 : Math.min(j, len - 1))]);
    l = { ...l, text: l.text.slice(0, a) + digits + l.text.slice(a + len), map: [...l.map.slice(0, a), ...at, ...l.map.slice(a + len)] };
  } else if (lines === 1) return undefined;
  return BRACKETED_SEQ.test(l.text) ? { line: l, lines } : undefined;
}
/** An attached document's label on a line of its own: 附件, 附件2. */
export const ATTACHMENT_LABEL = /^附件\s*(\d+)?$/;
/** The end of a phrase a date goes on (于, 自, 至, 从, 到, 在, 截至, 截止), which no issuer's name ends with. */
const BEFORE_DATE = /[于自至从到在]$|截[至止]$/;
/** A 版记 line: 抄送：…, or the issuing office and date before 印发. */
const isBanjiLine = (t: string) => /^(抄送|印发|签发人)[：:]/.test(t) || (/印发$/.test(t) && /\d{4}年/.test(t) && t.length <= 60);
const ISSUER_WORDS = /(人民政府|办公室|办公厅|委员会|委|局|厅|部|院|中心|政府|党委|公司|集团)(文件|明传电报)?$/;

/** The last word of a recipient name (聊城市人民政府, 市属开发区管委会, 市政府有关部门, 直属机构, 各有关单位). */
const RECIPIENT_TAIL = /(人民政府|政府|管委会|委员会|委|部门|单位|机构|局|办公室|办公厅|办|厅|中心|企业|学校|院校|高校|大学|医院|院|公司|集团|党组|党委|组织|团体)$/;

/**
 * A line of recipient names only (before its colon), separated by ， 、. It may open with the
 * separator a hard wrap left it (`…市属开发区管委会` ⏎ `，市政府各部门、直属机构：`).
 */
function recipientsOnly(text: string): boolean {
  // 各县（市、区）人民政府: the 、 inside the brackets separates no names.
  return text.replace(/[：:]$/, '').replace(/^[，、,]/, '').replace(/[（(][^（()）]*[）)]/g, '').split(/[，、,]/).every((n) => n.length > 0 && n.length <= 30 && RECIPIENT_TAIL.test(n));
}

/**
 * A 各… recipient list whose colon is missing, joined with the line after it into a paragraph that
 * ends with a colon (`各县（市、区）人民政府，…，市政府各部门、直属机构` ⏎ `市人民政府决定，任命：`):
 * the number of lines the list takes, so that it stays a paragraph of its own; 0 otherwise.
 */
function bareRecipientLines(lines: NormLine[], first: Paragraph | undefined): number {
  if (!first || !/^各/.test(first.text) || !/[：:]$/.test(first.text) || first.end <= lines[0].map[lines[0].text.length]) return 0;
  const n = lines.findIndex((l) => l.map[0] >= first.end);
  const count = n < 0 ? lines.length : n;
  for (let k = 0; k < Math.min(count - 1, 4); k++) {
    const t = lines[k].text;
    if (/[。：:；;]/.test(t)) return 0;
    if (/[，、,]$/.test(t)) continue;
    if (!RECIPIENT_TAIL.test(t)) return 0;
    return recipientsOnly(lines.slice(k + 1, count).map((l) => l.text).join('')) ? 0 : k + 1;
  }
  return 0;
}

/** The most lines a title is looked for on when they are narrow, and their most characters before the last. */
const TITLE_LINES_NARROW = 6;
const TITLE_CHARS_NARROW = 60;

/** The verbs of a 印发 notice's own sentence. */
/**
 * A 附注 written without its full-width parentheses (此件公开发布, a 请示's 联系人：王晓东，联系电话：…) or in
 * other brackets (【此件公开发布】): still the 附注, not an attached document's heading;
 * structure/note-brackets reports it.
 */
export const BARE_NOTE = /^[【〔［\[]?(?:此[件页][^（）()【】〔〕［］\[\]。，；：]{2,16}|联系人[：:][^（）()【】〔〕［］\[\]。；]{2,40})[】〕］\]]?$/;

export const ISSUING_VERB = /印发|转发|批转/;

/** `text` with its 《…》 blanked out (same length): what it says outside the titles it cites. */
export function outsideTitles(text: string): string {
  return text.replace(/《[^》]*》/g, (m) => ' '.repeat(m.length));
}

/**
 * The paragraph of a 印发 notice that issues its document: the first one before `end` that cites a
 * 《…》 and says 印发/转发/批转 outside its titles (not a preamble's 根据《…关于印发…的通知》); -1 if none.
 */
export function issuingParagraph(doc: GwDocument, end: number): number {
  return doc.paragraphs.findIndex((p) => p.start < end && p.text.includes('《') && ISSUING_VERB.test(outsideTitles(p.text)));
}

/**
 * The attachments printed after the text (附件1 …, headed by their titles) that the 附件说明 does
 * not name yet: what a drafter writing the note may add. `typing`: the note entry being written,
 * which does not count as naming one. Names compare without spaces.
 */
export function attachmentsToName(doc: GwDocument, typing?: { index?: number; name: string }): { index?: number; label: string; title: string }[] {
  const bare = (s: string) => s.replace(/[\s\u3000]+/g, '');
  const named = new Set((doc.attachmentNote?.entries ?? []).filter((e) => !typing || bare(e.name.text) !== bare(typing.name) || e.index !== typing.index)
    .map((e) => bare(e.name.text)).filter(Boolean));
  return doc.attachments
    .filter((a) => a.label && /^附件/.test(a.label) && a.title && !named.has(bare(a.title.text)))
    .map((a) => ({ ...(a.index !== undefined ? { index: a.index } : {}), label: a.label!, title: bare(a.title!.text) }));
}

/** The verb (印发, 转发, 批转) and X of a 印发 notice's title (关于印发《X》的通知 / 印发关于X的若干措施的
 * 通知), as written (spaces removed): what its body issues as 《X》 and its attached document is headed. */
/**
 * A note closing a title after its 文种, no part of it: （函） on a notice sent as a 函
 * (关于印发X的通知（函）), whose 文种 is still 通知.
 */
const TITLE_NOTE = /[（(]函[）)]$/;
export const withoutTitleNote = (title: string): string => title.replace(TITLE_NOTE, '');

export function issuedParts(title: string): { verb: string; x: string } | undefined {
  const t = withoutTitleNote(title.replace(/[\s\u3000]+/g, ''));
  const m = /(印发|转发|批转)(.+?)的通知$/.exec(t);
  if (!m) return undefined;
  return { verb: m[1], x: m[2].replace(/^《(.*)》$/, '$1') };
}

/**
 * The titles of the documents a 印发 notice issues: the run of 《…》 without a number just before
 * the word 印发 (outside its titles), joined by 、 or 和 (`现将《甲》《乙》印发给你们`; not a preamble's
 * `根据《规划》，`). A notice issuing several (four 措施 under one number) is cited by each of
 * their titles, which its own title only sums up.
 */
export function issuedTitles(doc: GwDocument): string[] {
  const pi = issuingParagraph(doc, doc.signature?.start ?? doc.date?.start ?? doc.end);
  if (pi < 0) return [];
  const p = doc.paragraphs[pi];
  const verb = outsideTitles(p.text).search(ISSUING_VERB);
  const cited = doc.citations
    .filter((c) => c.paragraph === pi && !c.number)
    .map((c) => ({ title: c.title.text, from: firstAtOrAfter(p.map, c.start), to: firstAtOrAfter(p.map, c.end) }))
    .filter((c) => c.to <= verb);
  const run: typeof cited = [];
  for (let k = cited.length - 1; k >= 0; k--) {
    if (run.length && !/^[、，,和及与\s]*$/.test(p.text.slice(cited[k].to, run[0].from))) break;
    run.unshift(cited[k]);
  }
  return run.map((c) => c.title.replace(/[\s\u3000]+/g, ''));
}

export function looksLikeIssuer(text: string): boolean {
  return text.length <= 40 && !/[，。；：、,;:！？]/.test(text) && ISSUER_WORDS.test(text) && !TITLE_END.test(text);
}

/**
 * The title under an attachment's label (附件2 ⏎ 聊城市…项目名录), with its second line where a wrap broke
 * it in two (…项目名录 ⏎ 及保护单位名单): joined when the 附件说明 names the two lines together and
 * not the first alone.
 */
function labelledTitle(doc: GwDocument, paras: Paragraph[], t: number): TextNode | undefined {
  const a = paras[t];
  if (!a) return undefined;
  const b = paras[t + 1];
  const entries = doc.attachmentNote?.entries;
  if (b && entries?.length && a.text.length <= 40 && b.text.length <= 40 && !/[。；，：,;:]/.test(a.text + b.text) && !ATTACHMENT_LABEL.test(b.text)) {
    const names = entries.map((e) => normalizeTitle(e.name.text));
    if (!names.includes(normalizeTitle(a.text)) && names.includes(normalizeTitle(a.text + b.text))) return { text: a.text + b.text, start: a.start, end: b.end };
  }
  return node(a);
}

function node(p: Paragraph, a = 0, b = p.text.length): TextNode {
  return { text: p.text.slice(a, b), ...spanIn(p, a, b) };
}

function lineNode(l: NormLine): TextNode {
  return { text: l.text, start: l.map[0], end: l.map[l.text.length] };
}

/**
 * A meeting's own words opening its 决议 (…第三十五次会议决定：, 会议认为：), or the sentence leading
 * into it (根据《…预算法》…的规定，…会议审查了…，决议如下：): its body, no 主送. No 主送 ends so or
 * holds a full stop, a title's 《 or a quotation.
 */
const MEETING_SAYS = /(?:会议(?:决定|认为|要求|指出|强调|同意|号召)|如下|决定|决议)[：:]$|[。《“]/;

/**
 * The line under a meeting's text saying when and where it was passed: （2025年3月5日…会议通过）, the
 * date also in Chinese numerals as a 人大 prints it (（二〇二六年七月二十八日…会议通过）).
 */
export const PASSED_LINE = /^[（(](?:\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[\u4e00-\u9fa5\d（）()]{4,80}(?:通过|批准)[）)]$/;

function typeOf(title: string | undefined, number: DocNumber | undefined): DocType {
  const t = withoutTitleNote(title ?? '');
  if (number?.isDecree) return '令';
  if (number?.isNotice) return number.code.endsWith('通告') ? '通告' : '公告';
  if (/大事记/.test(t)) return '大事记';
  if (/任免|任命|免去|免职/.test(t) || number?.code.endsWith('任')) return '任免';
  if (/印发|转发|批转/.test(t) && /通知$/.test(t)) return '印发通知';
  if (/实施意见$/.test(t)) return '实施意见';
  if (/意见$/.test(t)) return '意见';
  if (/实施方案$/.test(t)) return '实施方案';
  if (/(办法|细则|规定)(（试行）)?$/.test(t)) return '办法';
  if (/决定$/.test(t)) return '决定';
  if (/批复$/.test(t)) return '批复';
  // A 通报 (表扬, 批评, 情况) is addressed like a notice; a 决议 is a meeting's, with no 主送.
  if (/通报$/.test(t)) return '通报';
  if (/决议$/.test(t)) return '决议';
  if (/请示$/.test(t)) return '请示';
  if (/报告$/.test(t)) return '报告';
  if (/函$/.test(t)) return '函';
  if (/的议案$/.test(t)) return '议案';
  if (/纪要$/.test(t)) return '纪要';
  if (/公告$/.test(t)) return '公告';
  if (/通告$/.test(t)) return '通告';
  if (/通知$/.test(t)) return '通知';
  return '其他';
}

/** Depth of a numbering level: 第X章 < 第X节 < 第X条 < 一、 < （一） < 1. < （1） < ①. */
export function levelRank(level: number): number {
  return level >= 10 ? level - 10 : level + 3;
}

/**
 * `2）` (or `2)`) right after the （1） it follows: a （2） whose opening bracket was lost, read as
 * that item so the list stays whole (numbering/marker-form reports its form). Only after its
 * predecessor: a bare `2）` elsewhere may be a lower level of the drafter's own.
 */
function unopenedItem(p: Paragraph, paragraph: number, sequence: number, prev: NumberingItem | undefined): NumberingItem | undefined {
  if (!prev || prev.level !== 4 || prev.sequence !== sequence) return undefined;
  const m = /^(\d{1,2})[）)](?![\d％%])/.exec(p.text);
  if (!m || Number(m[1]) !== prev.value + 1) return undefined;
  return {
    level: 4, value: prev.value + 1, marker: m[0], markerSpan: spanIn(p, 0, m[0].length),
    heading: p.text.slice(m[0].length), start: p.start, end: p.end, paragraph, sequence,
  };
}

/** A 目录 heading inside a text (目　　录). */
const INNER_TOC_HEAD = /^目[ \u3000]*录$/;
/** A chapter or section heading as a regulation's 目录 lists it: 第一章　总　　则, 第二节 …, no sentence. */
const TOC_CHAPTER = /^第[一二三四五六七八九十百零〇两]+[章节](?![^ \u3000]*[。；，])/;

/**
 * The paragraphs of a regulation's own 目录 (a 条例 printed by a 人大常委会 lists its chapters
 * after the 通过 line: 目　　录 ⏎ 第一章　总则 ⏎ … ⏎ 第五章　附则, then the text starts again at
 * 第一章): the heading and its entries. They are no items: read as chapters, the text's 第一章
 * after 第五章 was reported as numbering going back. Only a list that the text's own 第一章 follows.
 */
function regulationTocParas(paras: Paragraph[], from: number): Set<number> {
  const out = new Set<number>();
  for (let q = from; q < paras.length; q++) {
    if (!INNER_TOC_HEAD.test(paras[q].text.trim())) continue;
    const entries: number[] = [];
    let r = q + 1;
    let chapters = 0;
    for (; r < paras.length && TOC_CHAPTER.test(paras[r].text.trim()) && paras[r].text.length <= 40; r++) {
      const m = itemOf(paras[r], r, 0);
      if (m?.level === 10 && m.value === 1 && chapters > 0) break; // the text's own 第一章
      if (m?.level === 10) chapters++;
      entries.push(r);
    }
    const first = paras[r] && itemOf(paras[r], r, 0);
    if (chapters >= 2 && first?.level === 10 && first.value === 1) {
      out.add(q);
      for (const e of entries) out.add(e);
    }
  }
  return out;
}

/** A part's heading over 一、 items that start again under it (第二部分 重点任务, 第三篇 保障措施). */
const PART_HEADING = /^第[一二三四五六七八九十]+(?:部分|篇)(?:[\s　]*[^。，；：,;:\s]{1,20})?$/;

/** A list appended inside the text under its own heading (附：绩效评价指标体系, 附表1：…): numbered anew. */
const APPENDED_HEADING = /^附(?:表\d{0,2})?[：:][ \u3000]*[^。，；：,;:\s]{2,40}$/;

/**
 * Two neighbouring numbers named together with the word they count or grade (二、三级医院, 一、二类疫苗,
 * 三、四线城市, 二、三季度, 一、二产业, 三、四批次, 一、二年级): not a list's item when its list goes on
 * elsewhere (gradesNamedTogether). A counting word, not the words of a heading (二、完善…).
 */
const GRADE_AFTER = /^([一二三四五六七八九十]{1,3})(?:级|类|等|档|线|星|次|批|期|轮|季|产|年级|届|代|层|号|阶段|梯队|圈)/;

/**
 * Whether items[k], a 二、 whose text names the next grade with it (二、三级医院要…), is that phrase
 * opening a paragraph rather than an item: the 一、 items after it go on from an earlier number (a
 * later 二、), not from it, or the list is already at or past its number. An item so titled
 * (二、三级医院能力提升 ⏎ 三、…) stays one.
 */
function gradesNamedTogether(items: NumberingItem[], k: number): boolean {
  const grades = (it: NumberingItem) => {
    if (it.level !== 1 || !it.marker.endsWith('、')) return false;
    const g = GRADE_AFTER.exec(it.heading);
    return !!g && chineseToNumber(g[1]) === it.value + 1;
  };
  const it = items[k];
  if (!grades(it)) return false;
  const same = (o: NumberingItem) => o.sequence === it.sequence && o.level === 1 && !grades(o);
  const next = items.slice(k + 1).find(same);
  if (next && next.value <= it.value) return true;
  // Or the list is already past it: 一、二次供水设施由…管理 in the text under 二、做好二次供水管理.
  const prev = items.slice(0, k).reverse().find(same);
  return !!prev && prev.value >= it.value;
}

/** Whether a paragraph is a part's heading (第二部分 重点任务): what comes before it ends there. */
export function isPartHeading(text: string): boolean {
  return PART_HEADING.test(text);
}

/** A paragraph that names a document (an attached document's heading, a 措施's title). */
export function isTitleLike(p: Paragraph): boolean {
  const t = p.text;
  // A 公文 title holds no full stop, comma or semicolon (only 书名号, 、, brackets and quotes): a
  // hard-wrapped line of a paragraph may still end in a title's word (`…自然资源和规划`, `第二十五条
  // …违反规定`). Nor does it open with an item's or an article's number.
  return t.length <= 80 && endsLikeTitle(t) && !/[。，；,;]/.test(t) && !/^([（(]?[一二三四五六七八九十\d]+[、.．）)]|第[一二三四五六七八九十百零〇]+条)/.test(t);
}

/**
 * A number line in Chinese numerals (聊政办字〔2026〕十号) with its sequence number in digits, each digit
 * mapped into the numeral: the document's number, whose seq span covers the numeral that
 * doc-number/arabic-sequence reports (and the 目录's entry pairs with it).
 */
function withArabicSeq(nl: NormLine): NormLine {
  const m = /([〇零一二三四五六七八九十百]+)号$/.exec(nl.text)!;
  const value = chineseToNumber(m[1]);
  if (!Number.isFinite(value) || value < 1) return nl;
  const digits = String(value);
  const from = nl.map[m.index], last = nl.map[m.index + m[1].length - 1];
  const map = [...nl.map.slice(0, m.index), ...[...digits].map((_, k) => (k === digits.length - 1 ? last : from)), ...nl.map.slice(m.index + m[1].length)];
  return { ...nl, text: nl.text.slice(0, m.index) + digits + nl.text.slice(m.index + m[1].length), map };
}

export interface ParseDocOptions {
  knownCodes?: Iterable<string>;
  /** Join lines broken by extraction (gazette issues); drafts keep one line per paragraph too. */
  joinLines?: boolean;
  continuations?: Continuation[];
  hosted?: Span[];
  noise?: Span[];
}

export function parseDocument(lines: NormLine[], opts: ParseDocOptions = {}): GwDocument {
  const content = lines.filter((l) => l.text);
  // Where source lines start (ascending: continuations may be moved), to see line breaks a paragraph
  // joined: made only for a paragraph that may be roles on lines of their own (a sort per document
  // cost every parse ~1 ms).
  let starts: number[] | undefined;
  const lineStarts = () => (starts ??= lines.map((l) => l.start).sort((a, b) => a - b));
  // A document ends where its own last line does: a page continuation moved into it may come last
  // and lie on earlier pages (then the end fell before the start).
  const moved = opts.continuations ?? [];
  let last = content.length - 1;
  while (last > 0 && moved.some((c) => content[last].start >= c.start && content[last].start <= c.end)) last--;
  const doc: GwDocument = {
    start: content[0]?.map[0] ?? lines[0]?.start ?? 0,
    end: content.length ? content[last].map[content[last].text.length] : 0,
    type: '其他', paragraphs: [], items: [], blocks: [], citations: [], notes: [], attachments: [],
    continuations: opts.continuations ?? [], hosted: opts.hosted ?? [], noise: opts.noise ?? [],
  };
  if (!content.length) return doc;

  // ---- Head: scan the first lines for the issuer mark, the number and the title.
  let i = 0;
  const head = Math.min(content.length, 8);
  let numberLine = -1;
  // A 公告's bracketed number split over two lines or in Chinese numerals, read as （第12号）.
  let seq: ReturnType<typeof bracketedSeqLine>;
  for (let k = 0; k < head; k++) {
    seq = content[k].text.includes('第') ? bracketedSeqLine(content[k], content[k + 1]) : undefined;
    if (seq && !bracketedNoticeHead(seq.line.text)) seq = undefined;
    // 第十二号 under a 公告's head or a 令's issuer line, read as 第12号.
    if (!seq && CN_NOTICE_SEQ.test(content[k].text) && k > 0 && (isNoticeHead(content[k - 1].text) || isDecreeIssuerLine(content[k - 1].text))) seq = { line: withArabicSeq(content[k]), lines: 1 };
    let t = (seq?.line ?? content[k]).text.replace(SIGNER_TAIL, '');
    if (k > 0 && SIGNER_LINE.test(content[k - 1].text)) t = t.replace(/号[\u4e00-\u9fa5·、，,]{2,24}$/, '号');
    if (NUMBER_ONLY.test(t) || DECREE_ONLY.test(t) || (DECREE_SEQ_ONLY.test(t) && k > 0 && isDecreeIssuerLine(content[k - 1].text))
      || (!t.endsWith('号') && isDecreeHeadLine(t, content[k + 1]?.text, content[k - 1]?.text))
      || (t.endsWith('号') && (NOTICE_ONLY.test(t) || CN_NUMBER_ONLY.test(t))) || (NOTICE_SEQ.test(t) && k > 0 && isNoticeHead(content[k - 1].text))
      || (BRACKETED_SEQ.test(t) && bracketedNoticeHead(t) && (t[0] !== '（' && t[0] !== '(' || (k > 0 && isNoticeHead(content[k - 1].text))))) {
      numberLine = k;
      break;
    }
  }
  let titleBefore: NormLine[] = [];
  if (numberLine >= 0) {
    let nl = seq?.line ?? content[numberLine];
    const bracketed = BRACKETED_SEQ.test(nl.text) && bracketedNoticeHead(nl.text);
    if (bracketed) {
      nl = withoutSeqBrackets(nl);
      // 聊城市人民代表大会常务委员会公告（第12号） on one line: the head is the issuer mark.
      if (nl.text[0] !== '第') doc.issuerMark = { text: nl.text.slice(0, nl.text.lastIndexOf('第')), start: nl.map[0], end: nl.map[nl.text.lastIndexOf('第') - 1] + 1 };
    }
    const noticeSeq = NOTICE_SEQ.test(nl.text) && numberLine > 0 && isNoticeHead(content[numberLine - 1].text);
    if (DECREE_SEQ_ONLY.test(nl.text) || noticeSeq) {
      // 聊城市人民政府令 / 第 48 号, 聊城市人民政府公告 / 〔2025〕第1号: the issuer line is part of the number.
      const il = content[numberLine - 1];
      doc.issuerMark = lineNode(il);
      const joined: NormLine = { ...nl, text: il.text + nl.text, map: [...il.map.slice(0, il.text.length), ...nl.map] };
      doc.number = findDocNumbers(joined.text, joined.map, 0, opts.knownCodes, noticeSeq, !noticeSeq)[0];
      // Its sequence printed in numerals (第五十二号, read as 52): the span of the numerals, as a cited one keeps.
      const seqSpan = doc.number?.parts?.seq;
      if (seqSpan && CN_NOTICE_SEQ.test(content[numberLine].text)) doc.number = { ...doc.number!, seqNumeral: { start: seqSpan.start, end: seqSpan.end } };
    } else {
      const numbered = CN_NUMBER_ONLY.test(nl.text) ? withArabicSeq(nl) : nl;
      // 聊城市人民政府令第52 on one line: a 令's head, its 号 left out.
      const decreeNoHao = !nl.text.endsWith('号') && isDecreeHeadLine(nl.text, content[numberLine + 1]?.text, content[numberLine - 1]?.text);
      doc.number = findDocNumbers(numbered.text, numbered.map, 0, opts.knownCodes, true, decreeNoHao)[0];
      const before = content.slice(0, numberLine).filter((l) => !SIGNER_LINE.test(l.text) && !REGISTRATION_LINE.test(l.text) && !OTHER_SCRIPT_LINE.test(l.text));
      const issuerIdx = before.findIndex((l) => looksLikeIssuer(l.text) || /文件$/.test(l.text));
      if (issuerIdx >= 0) doc.issuerMark = lineNode(before[issuerIdx]);
      // A joint mark prints its issuers stacked with one 文件 beside them (GB/T 9704 7.2.4), which an
      // extraction puts on a line of its own (`A` ⏎ `B` ⏎ `文件`): the mark is all of them, 文件 included.
      // Or beside the last of them (`A` ⏎ `B` ⏎ `C　文件`: red team 16).
      const fileIdx = before.findIndex((l, k) => k > issuerIdx && (l.text === '文件' || (/文件$/.test(l.text) && looksLikeIssuer(l.text) && !/文件$/.test(before[issuerIdx].text))));
      if (issuerIdx >= 0 && fileIdx > 0 && before.slice(issuerIdx, fileIdx).every((l) => looksLikeIssuer(l.text))) {
        const marks = before.slice(issuerIdx, fileIdx + 1);
        doc.issuerMark = { text: marks.map((l) => l.text).join(''), start: marks[0].map[0], end: marks[marks.length - 1].map[marks[marks.length - 1].text.length] };
        titleBefore = before.slice(fileIdx + 1).filter((l) => !looksLikeIssuer(l.text));
      } else
      // 任免 notices put the title between the issuer and the number.
      titleBefore = before.slice(issuerIdx + 1).filter((l) => !looksLikeIssuer(l.text));
    }
    i = numberLine + (seq?.lines ?? 1);
    // A 规范性文件's registration number under its 发文字号: no title line.
    if (content[i] && REGISTRATION_LINE.test(content[i].text)) i++;
    if (SIGNER_TAIL.test(nl.text)) while (i < content.length && /^[ \u3000]{4,}/.test(content[i].raw) && SIGNER_NAMES.test(content[i].text) && !TITLE_END.test(content[i].text)) i++;
  } else {
    // No number: a draft or a 大事记. The issuer mark may still open it.
    if (looksLikeIssuer(content[0].text) && content.length > 1) {
      doc.issuerMark = lineNode(content[0]);
      i = 1;
    }
  }

  // Title: lines until the text ends like a title (at most four lines). Lines whose 《 or （ the
  // next line closes are no whole title: a hard wrap cut it (`关于印发《…办法⏎》的通知`), or they
  // are the head of a wrapped sentence (a 令's `《…规章的决定⏎》已经…`); nor are lines the next
  // line qualifies (`…三年行动方案` ⏎ `（2025—2027年）的通知`).
  let titleLines: NormLine[] = titleBefore;
  if (!titleLines.length) {
    const whole = (n: number) => {
      const t = content.slice(i, i + n).map((l) => l.text).join('');
      const next = content[i + n]?.text;
      return n > 0 && (TITLE_END.test(t) || INTERPRETATION.test(t)) && !cutByWrap(t, next) && !qualifiesTitle(t, next) && !endsTitle(t, next);
    };
    let n = 0;
    // Four lines, or six narrow ones: a title of 50 characters wrapped at 12 (an extraction's
    // narrow column) takes five (`聊城市人民政府办公室印` ⏎ `发关于支持…` ⏎ … ⏎ `发展的若干措施的通知`).
    let chars = 0;
    for (let k = i; k < content.length && (k < i + 4 || (k < i + TITLE_LINES_NARROW && chars <= TITLE_CHARS_NARROW)); k++) {
      const t = content[k].text;
      chars += t.length;
      if (/[：:]$/.test(t) || /[。；]$/.test(t) || dateOnlyOf(makeParagraph([content[k]]))) break;
      if (k > i && itemOf(makeParagraph([content[k]]), 0, 0)) break;
      n++;
      if (whole(n)) break;
    }
    const first = content[i]?.text;
    // A short first line is the title when no whole one was found, unless it leaves a 《 or （ open:
    // then it is the head of a cited title that a narrow wrap spread over three lines or more
    // (a 令's `《聊城市人民政府关于修改` ⏎ `和废止部分市政府规章的决` ⏎ `定》已经…`).
    const open = n > 0 ? bracketDepths(first) : undefined;
    // A 令's head is its issuer and number: the line after them opens the promulgating sentence
    // (`《山东省电梯安全管理办法》已经…第56` ⏎ `次常务会议通过，…`), never a title of its own.
    const short = n > 0 && !doc.number?.isDecree && first.length <= 40 && !/[，。；：,;:]/.test(first) && !cutByWrap(first, content[i + 1]?.text) && !open!.title && !open!.paren;
    titleLines = whole(n) ? content.slice(i, i + n) : short ? [content[i]] : [];
    if (titleLines.length && itemOf(makeParagraph(titleLines), 0, 0)) titleLines = [];
    i += titleLines.length;
  }
  if (titleLines.length) {
    const tp = makeParagraph(titleLines);
    doc.title = node(tp);
    // 大事记 subtitle: （2023年6月）
    const period = /大事记$/.test(tp.text) && content[i] ? /^[（(](\d{4})年(\d{1,2})月[）)]$/.exec(content[i].text) : null;
    if (period) {
      doc.period = { year: Number(period[1]), month: Number(period[2]) };
      i++;
    }
  }
  doc.type = typeOf(doc.title?.text.replace(/^.*?人民政府(办公室)?(?=关于)/, ''), doc.number);
  // A 纪要's head (GB/T 9704—2012 10.3): its 期数 (〔2025〕第12次, 第12期), then the office that prints
  // it and the date on one line (聊城市人民政府办公室    2025年8月26日), between the title and the body.
  // That date is the 纪要's date; both lines stay paragraphs, where the date rules read the date's form.
  if (doc.type === '纪要') {
    const k = content[i] && /^(?:[〔［\[(（]\d{4}[〕］\])）])?第[\d一二三四五六七八九十百零〇]+[次期]$/.test(content[i].text) ? i + 1 : i;
    const line = content[k] && makeParagraph([content[k]]);
    const d = line && datesIn(line).pop();
    if (d && line.text.endsWith(d.text) && looksLikeIssuer(line.text.slice(0, line.text.length - d.text.length))) doc.date = d;
  }

  // ---- Paragraphs of the rest.
  const rest = content.slice(i);
  let paras = paragraphsOf(rest, opts.joinLines ?? true);
  const cut = bareRecipientLines(rest, paras[0]);
  if (cut) paras = [...paragraphsOf(rest.slice(0, cut), opts.joinLines ?? true), ...paragraphsOf(rest.slice(cut), opts.joinLines ?? true)];
  doc.paragraphs = paras;
  // A 决议's line under its title saying when and by which meeting it was passed
  // (（2025年3月5日聊城市第十八届人民代表大会第四次会议通过）): the 主送 a slip added is after it.
  let p = doc.type === '决议' && paras[0] && PASSED_LINE.test(paras[0].text) ? 1 : 0;
  const r = p;
  // 主送: a paragraph ending with a colon (possibly two lines). A 公告 or 通告 is addressed to no one,
  // nor is a 纪要: their opening sentence (…现就有关事项公告如下：, 会议纪要如下：) ends with a colon too.
  const noticeType = doc.type === '公告' || doc.type === '通告' || doc.type === '纪要';
  if (paras[r] && doc.type !== '大事记' && /[：:]$/.test(paras[r].text) && paras[r].text.length < 120 && !itemOf(paras[r], 0, 0)
    && (!noticeType || recipientsOnly(paras[r].text)) && !(doc.type === '决议' && MEETING_SAYS.test(paras[r].text))) {
    doc.mainRecipient = node(paras[r]);
    p = r + 1;
  } else if (paras[r + 1] && /^各/.test(paras[r].text) && /[：:]$/.test(paras[r + 1].text) && paras[r + 1].text.length < 60 &&
    (/[，、,；;]$/.test(paras[r].text) || recipientsOnly(paras[r + 1].text))) {
    // A 各… list wrapped onto a second line. A first line that ends bare or with 。 (a complete
    // list whose colon is missing or typed as 。) joins the next only when that holds recipient
    // names too: 市人民政府决定，任命： / 免去： / 现将有关事项通知如下： open the body.
    doc.mainRecipient = { text: paras[r].text + paras[r + 1].text, start: paras[r].start, end: paras[r + 1].end };
    p = r + 2;
  }

  // ---- Tail: the first 署名 + 成文日期 pair after the body.
  let dateIdx = -1;
  for (let k = p; k < paras.length; k++) {
    const d = dateOnlyOf(paras[k]);
    if (!d) continue;
    const prev = paras[k - 1];
    // A date that a page break or a hard wrap set on a line of its own inside a sentence
    // (`该文件于` ⏎ `2021年6月1日` ⏎ `起施行…`): the word before it takes a date, and no issuer ends so.
    if (prev && k < paras.length - 1 && BEFORE_DATE.test(prev.text) && !looksLikeIssuer(prev.text)) continue;
    if (prev && (looksLikeIssuer(prev.text) || /^(市长|省长|县长|区长|主任|局长)[：:]/.test(prev.text) || prev.text.length <= 20)) {
      doc.date = d;
      doc.signature = node(prev);
      dateIdx = k;
      break;
    }
    if (k === paras.length - 1 || k > p) {
      doc.date = d;
      dateIdx = k;
      break;
    }
  }
  const bodyEnd = dateIdx >= 0 ? (doc.signature ? dateIdx - 1 : dateIdx) : paras.length;

  // A single attachment's name a wrap carried onto the next line (附件：聊城市政务服务满意度调查点位 ⏎ 名单):
  // the very next line, short, no sentence and no note in brackets (（此件公开发布）).
  const wrappedOn = (first: Paragraph, q: Paragraph): boolean => {
    if (q.text.length > 20 || /[。；，：,;:（(]/.test(q.text)) return false;
    const a = lines.findIndex((l) => l.text && l.map[0] <= first.end - 1 && first.end - 1 < l.map[l.text.length]);
    return a >= 0 && !!lines[a + 1]?.text && lines[a + 1].map[0] === q.start;
  };
  // 附件说明 of the main body: the last 附件： paragraph before the signature, with its entries.
  const noteAt = (from: number, to: number): AttachmentNote | undefined => {
    for (let k = from; k < to; k++) {
      const t = paras[k].text;
      if (!/^附件[：:]/.test(t)) continue;
      const entries: AttachmentNote['entries'] = [];
      const first = paras[k];
      const afterColon = t.indexOf('：') >= 0 ? t.indexOf('：') + 1 : t.indexOf(':') + 1;
      let end = first.end;
      // Not the first digits of a year (附件：2026年度…汇总表 is one unnumbered attachment).
      const m = /^(\d{1,2})(?!\d)[.．、]?\s*/.exec(t.slice(afterColon));
      if (m) entries.push({ index: Number(m[1]), name: node(first, afterColon + m[0].length) });
      else entries.push({ name: node(first, afterColon) });
      let j = k + 1;
      for (; j < to; j++) {
        const q = paras[j];
        // An attached document's label ends the list: no signature need come between (an attached
        // 办法's 附件说明, then its annexes, `附件1` ⏎ title).
        if (ATTACHMENT_LABEL.test(q.text)) break;
        // So does the 版记 (抄送, 印发), printed after the attached documents (GB/T 9704—2012 7.4).
        if (isBanjiLine(q.text)) break;
        const mm = /^(\d{1,2})[.．、]\s*/.exec(q.text);
        if (mm) entries.push({ index: Number(mm[1]), name: node(q, mm[0].length) });
        else if (entries.length && (entries[entries.length - 1].index || wrappedOn(first, q)) && !dateOnlyOf(q) && !looksLikeIssuer(q.text) && q.text.length < 40 && !/[。；]$/.test(entries[entries.length - 1].name.text)) {
          const last = entries[entries.length - 1];
          last.name = { text: last.name.text + q.text, start: last.name.start, end: q.end };
        } else break;
        end = q.end;
      }
      return { text: t, start: first.start, end, entries };
    }
    return undefined;
  };
  doc.attachmentNote = noteAt(p, bodyEnd);

  // After the date: 附注, 抄送, 印发 lines, then attached documents.
  let k = dateIdx >= 0 ? dateIdx + 1 : paras.length;
  const attachStart: number[] = [];
  for (; k < paras.length; k++) {
    const t = paras[k].text;
    if ((/^[（(].{2,30}[）)]$/.test(t) && !itemOf(paras[k], 0, 0)) || BARE_NOTE.test(t)) doc.notes.push(node(paras[k]));
    else if (/^抄送[：:]/.test(t)) doc.cc = node(paras[k]);
    else if (/印发$/.test(t) && /\d{4}年/.test(t)) doc.printedBy = node(paras[k]);
    // 公开方式：主动公开: the disclosure, no attached document's start and no 附注 needing brackets.
    else if (DISCLOSURE_LINE.test(t)) continue;
    else break;
  }
  // The 版记 of a document with attachments comes after them, at its very end (GB/T 9704—2012 7.4).
  for (let e = paras.length - 1; e > k && e >= paras.length - 2; e--) {
    const t = paras[e].text;
    if (!doc.cc && /^抄送[：:]/.test(t)) doc.cc = node(paras[e]);
    else if (!doc.printedBy && /印发$/.test(t) && /\d{4}年/.test(t) && t.length <= 60) doc.printedBy = node(paras[e]);
    else break;
  }
  if (k < paras.length) attachStart.push(k);
  // A 附件说明 at the end of an attached document (印发 notices) when the body had none.
  if (!doc.attachmentNote && attachStart.length) doc.attachmentNote = noteAt(attachStart[0] + 1, paras.length);
  const noteParas = new Set<number>();
  if (doc.attachmentNote) {
    for (let q = p; q < paras.length; q++) if (paras[q].start >= doc.attachmentNote.start && paras[q].end <= doc.attachmentNote.end) noteParas.add(q);
  }

  // A 印发 notice issuing several documents may print them one after another with no 附件N label
  // (an issue's 若干措施 × 4): each heading naming one of the titles its own sentence cites opens an
  // attached document. A title is claimed once (a labelled attachment's heading claims its own).
  const unclaimed = new Set<string>();
  if (doc.type === '印发通知' && attachStart.length) {
    const issuing = paras[issuingParagraph(doc, paras[attachStart[0]].start)];
    const cited = [...(issuing?.text.matchAll(/《([^《》]+)》/g) ?? [])].map((m) => normalizeTitle(m[1]));
    if (cited.length > 1) for (const t of cited) unclaimed.add(t);
  }
  const claim = (title: Paragraph | undefined) => title && unclaimed.delete(normalizeTitle(title.text));

  // ---- Items, blocks and citations over the body and the attached documents.
  let sequence = 0;
  let sawItem = false;
  // Top level (smallest rank) of the current sequence and the value of its last item.
  let seqTop = Infinity;
  let seqLastTop = 0;
  const items: NumberingItem[] = [];
  const tailSet = new Set<number>();
  if (dateIdx >= 0) {
    for (let q = bodyEnd; q < (attachStart[0] ?? paras.length); q++) tailSet.add(q);
  }
  const tocParas = regulationTocParas(paras, p);
  for (let q = p; q < paras.length; q++) {
    const para = paras[q];
    if (tailSet.has(q) || noteParas.has(q) || tocParas.has(q)) continue;
    const inAttachment = attachStart.length && q >= attachStart[0];
    if (q === attachStart[0]) {
      sequence++;
      sawItem = false;
      const label = ATTACHMENT_LABEL.exec(para.text);
      const titlePara = label ? paras[q + 1] : para;
      const title = label ? labelledTitle(doc, paras, q + 1) : titlePara && node(titlePara);
      doc.attachments.push({
        label: label ? para.text : undefined, index: label?.[1] ? Number(label[1]) : undefined,
        title, start: para.start,
      });
      claim(titlePara);
      if (title) unclaimed.delete(normalizeTitle(title.text));
    } else if (q > p && para.text.startsWith('附件') && ATTACHMENT_LABEL.test(para.text)) {
      // 附件 / 附件2 heading inside the text: a new attached document. (startsWith first: the regex,
      // asked of every paragraph, was ~0.2 ms of a warm lint of the largest gazette.)
      sequence++;
      sawItem = false;
      const m = ATTACHMENT_LABEL.exec(para.text)!;
      const titlePara = paras[q + 1];
      const title = labelledTitle(doc, paras, q + 1);
      doc.attachments.push({ label: para.text, index: m[1] ? Number(m[1]) : undefined, title, start: para.start });
      claim(titlePara);
      if (title) unclaimed.delete(normalizeTitle(title.text));
      continue;
    } else if (inAttachment && unclaimed.size && isTitleLike(para) && claim(para)) {
      // The heading of another document the notice issues, unlabelled.
      sequence++;
      sawItem = false;
      doc.attachments.push({ title: node(para), start: para.start });
    } else if (inAttachment && unclaimed.size && paras[q + 1] && para.text.length <= 40 && !/[。；，：,;:]/.test(para.text)
      && unclaimed.delete(normalizeTitle(para.text + paras[q + 1].text))) {
      // Such a heading a narrow wrap broke in two (`关于支持某某深加工产` ⏎ `业高质量发展的若干措施`):
      // the two lines name the title together.
      sequence++;
      sawItem = false;
      doc.attachments.push({ title: { text: para.text + paras[q + 1].text, start: para.start, end: paras[q + 1].end }, start: para.start });
    } else if (sawItem && (isTitleLike(para) || PART_HEADING.test(para.text) || APPENDED_HEADING.test(para.text)) && !itemOf(para, q, sequence)) {
      // A new titled part (one of several attached 措施, a regulation inside a 令) restarts numbering:
      // its first item (maybe after a short preamble) is a value-1 item at the sequence's top level.
      // A split heading (`（一）沿黄县` ⏎ `各级行政首长的职责` ⏎ `1. …`) opens a lower level: no restart.
      let next: NumberingItem | undefined;
      for (let r = q + 1; r <= q + 3 && r < paras.length && !next; r++) next = itemOf(paras[r], r, 0);
      const top = seqTop;
      const lastTop = seqLastTop;
      // A value-1 item, or one that does not continue the top level (a 措施 whose 一、 was
      // misnumbered must not join the previous 措施's sequence).
      if (next && levelRank(next.level) <= top && (next.value === 1 || (levelRank(next.level) === top && next.value <= lastTop))) {
        sequence++;
        sawItem = false;
      }
    }
    void inAttachment;
    const item = itemOf(para, q, sequence) ?? unopenedItem(para, q, sequence, items[items.length - 1]);
    if (item && doc.type !== '大事记') {
      items.push(item);
      sawItem = true;
      const r = levelRank(item.level);
      if (item.sequence !== (items[items.length - 2]?.sequence ?? -1)) seqTop = Infinity;
      if (r < seqTop) seqTop = r;
      if (r === seqTop) seqLastTop = item.value;
    }
    const blocks = blocksOf(para, q, lineStarts);
    pushAll(doc.blocks, blocks);
    // A paragraph with no 牵头单位 block may close with an assignment written after its units.
    if (!blocks.length) pushAll(doc.blocks, taskBracketsOf(para, q));
    pushAll(doc.citations, citationsOf(para, q, opts.knownCodes));
  }
  doc.items = items.filter((it, k) => !gradesNamedTogether(items, k));
  // A 令 has no title of its own at the head: it promulgates the attached regulation or decision.
  if (!doc.title && doc.number?.isDecree && doc.attachments[0]?.title) doc.title = doc.attachments[0].title;
  return doc;
}
