// numbering/marker-form: the punctuation of a numbering marker. GB/T 9704 7.3.3 writes the four
// levels as 一、 （一） 1. （1）: 一 takes 、, the bracketed levels take full-width brackets and
// nothing after them, 1 takes a period. Wrong forms get a fix that replaces only the wrong
// characters. In an extracted gazette issue, half-width brackets come in page-sized islands
// (NOTES: extraction noise); a half-width marker there is silent unless it stands alone.
import type { Rule, RuleContext } from '../types';
import type { NumberingItem, Paragraph } from '../../types';
import { LEVEL_LABEL } from './analyze';
import { overlaps } from '../spans';
import { isPartHeading, levelRank } from '../../parse/document';
import { numberToChinese } from '../../parse/items';
import { ROLE_WORDS } from '../../parse/blocks';

const WHY = 'GB/T 9704—2012 第7.3.3条';

interface Edit {
  /** Index in the normalised marker. */
  at: number;
  /** Replacement ('' deletes). */
  text: string;
}

/** The edits that turn a marker as written into the standard form, and the standard form. */
export function markerEdits(item: NumberingItem): { edits: Edit[]; wanted: string } | undefined {
  const m = item.marker;
  // A bare-numbered list's entry (1　…): the list prints its numbers so, with no mark to correct.
  // Asked of every item: its last character first (a digit, as the test needs; most markers end with a mark).
  const last = m.charCodeAt(m.length - 1);
  if (last >= 48 && last <= 57 && /^\d+$/.test(m)) return undefined;
  const edits: Edit[] = [];
  let wanted = m;
  if (item.level === 1 || item.level === 3) {
    const punct = item.level === 1 ? '、' : '.';
    const last = m.length - 1;
    if (m[last] !== punct) edits.push({ at: last, text: punct });
    wanted = m.slice(0, last) + punct;
  } else if (item.level === 2 || item.level === 4) {
    const close = m.search(/[）)]/);
    if (close < 0) return undefined;
    // 2） with its opening bracket lost: the bracket goes before the numeral.
    if (m[0] !== '(' && m[0] !== '（') {
      edits.push({ at: 0, text: '（' + m[0] });
      if (m[close] === ')') edits.push({ at: close, text: '）' });
      return { edits, wanted: '（' + m.slice(0, close) + '）' };
    }
    if (m[0] === '(') edits.push({ at: 0, text: '（' });
    if (m[close] === ')') edits.push({ at: close, text: '）' });
    for (let k = close + 1; k < m.length; k++) edits.push({ at: k, text: '' });
    wanted = '（' + m.slice(1, close) + '）';
  } else {
    return undefined;
  }
  return edits.length ? { edits, wanted } : undefined;
}

const HALF = /[():;,]/;

/** Half-width punctuation used as Chinese punctuation (not inside 1,000 or A:B) in a text. */
function hasHalfWidthPunct(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!HALF.test(c)) continue;
    if (c !== '(' && c !== ')' && /[A-Za-z0-9]/.test(text[i - 1] ?? '') && /[A-Za-z0-9]/.test(text[i + 1] ?? '')) continue;
    return true;
  }
  return false;
}

/** In an extracted issue: is this half-width marker part of a width island (extraction noise)? */
function inHalfWidthIsland(ctx: RuleContext, item: NumberingItem, index: number, items: NumberingItem[]): boolean {
  const paras: Paragraph[] = ctx.doc.paragraphs;
  // The nearest same-level item before or after also half-width: a run of them is an island.
  const sameLevel = (from: number, step: number) => {
    for (let j = from + step; j >= 0 && j < items.length; j += step) {
      const o = items[j];
      if (o.sequence !== item.sequence) return undefined;
      if (o.level === item.level) return o;
    }
    return undefined;
  };
  for (const o of [sameLevel(index, -1), sameLevel(index, 1)]) if (o && /^\(|\)/.test(o.marker)) return true;
  // Half-width punctuation in the item's own text or the paragraphs around it.
  const own = paras[item.paragraph];
  if (own && hasHalfWidthPunct(own.text.slice(item.marker.length))) return true;
  for (let k = item.paragraph - 2; k <= item.paragraph + 2; k++) {
    if (k === item.paragraph || !paras[k]) continue;
    const other = items.find((o) => o.paragraph === k);
    const text = other ? paras[k].text.slice(other.marker.length) : paras[k].text;
    if (hasHalfWidthPunct(text)) return true;
  }
  // The text layer of a PDF puts a space after a half-width glyph run: `(一) 加强` is extracted, a
  // typed slip reads `(一)加强`.
  const after = ctx.source.text[item.markerSpan.end];
  return after === ' ' || after === '\u00a0';
}

/** Marks that never follow a marker written right: （一）。 1.、 一、， 第八条：. */
const EXTRA = /^[、，。：；,:;]/;
/** Levels whose marker is read with its own punctuation (一、 （一） 1. （1）) and 第X章/节/条. */
const EXTRA_LEVELS = new Set([1, 2, 3, 4, 10, 11, 12]);

/**
 * A mark after a marker that is itself right (（一）。加强, 1.、明确, 第八条：各部门): the heading's
 * text follows its marker directly, an article's after a space. The mark is deleted.
 */
function extraMark(ctx: RuleContext, item: NumberingItem): void {
  if (!EXTRA_LEVELS.has(item.level)) return;
  const p = ctx.doc.paragraphs[item.paragraph];
  if (!p) return;
  const i = item.marker.length;
  const m = EXTRA.exec(p.text.slice(i));
  if (!m) return;
  // 第三条、第五条… (or 第三条，第五条…) opens a sentence that lists articles (a 修改决定): no heading.
  // A comma before the article's own text is a slip (第四条，城市绿化应当…).
  if (item.level >= 10 && m[0] !== '：' && m[0] !== ':' && !(item.level === 12 && m[0] === '，' && !/^第|^[\s　]*$/.test(p.text.slice(i + 1)))) return;
  const at = p.map[i];
  if (ctx.source.text[at] !== m[0]) return;
  const label = LEVEL_LABEL[item.level] ?? '编号';
  const after = item.level >= 10 ? '后空一字接正文' : '后直接接标题或正文';
  ctx.report({
    start: item.markerSpan.start, end: at + 1,
    message: `编号“${item.marker}”后多了“${m[0]}”：${label}“${item.marker}”${after}，不加标点（${WHY}）。`,
    fix: { range: [at, at + 1], text: item.level >= 10 ? '　' : '' },
  });
}

/** 第11条, 第十1条, 第2章: a chapter's, section's or article's number is written in Chinese numerals. */
function digitMarker(ctx: RuleContext, item: NumberingItem): void {
  if (item.level < 10 || !/[0-9]/.test(item.marker)) return;
  const m = /第(.+)[章节条]$/.exec(item.marker);
  if (!m) return;
  const wanted = `第${numberToChinese(item.value)}${item.marker.slice(-1)}`;
  const p = ctx.doc.paragraphs[item.paragraph];
  const start = p.map[1];
  const end = p.map[m[1].length] + 1;
  if (ctx.source.text.slice(start, end) !== m[1]) return;
  ctx.report({
    start: item.markerSpan.start, end: item.markerSpan.end,
    message: `编号“${item.marker}”用了阿拉伯数字：${LEVEL_LABEL[item.level]}用汉字数字，应写作“${wanted}”（章、节、条的序号用汉字数字，与其他各条一致）。`,
    fix: { range: [start, end], text: numberToChinese(item.value) },
  });
}

/** A mark closing a 第X章 / 第X节 title line (第二章 规划与建设。 第四章 附则：). */
const TITLE_END = /[。：；，、.:;,]$/;

function titleEndMark(ctx: RuleContext, item: NumberingItem): void {
  if (item.level !== 10 && item.level !== 11) return;
  const p = ctx.doc.paragraphs[item.paragraph];
  if (!p || !TITLE_END.test(p.text)) return;
  // A title is a few words: a paragraph holding a sentence (a heading run into its first article
  // by the extraction) is not judged.
  const title = p.text.slice(item.marker.length, -1).trim();
  if (!title || title.length > 20 || /[。；，：:;,]|第[零〇一二三四五六七八九十百]+条/.test(title)) return;
  const at = p.map[p.text.length - 1];
  const mark = ctx.source.text[at];
  if (!mark || !TITLE_END.test(mark)) return;
  const label = item.level === 10 ? '章' : '节';
  ctx.report({
    start: at, end: at + 1,
    message: `${label}标题“${item.marker.trim()} ${title}”末尾多了“${mark}”：章节标题单独成行，末尾不加标点（${WHY}）。`,
    fix: { range: [at, at + 1], text: '' },
  });
}

/** A line opening with a role word and its colon: a task's 分工 printed on lines of its own. */
const ROLE_LINE = new RegExp(`^[\\s\u3000]*(?:${ROLE_WORDS.join('|')})[：:]`);

/** Words of a sentence (a duty, a request, a fact with its number, a meeting's finding, a decision: 撤销…, 授予…), not of a heading's few words. */
const SENTENCE_WORDS = /(?<![主重纲摘提必需只])要(?![求点素件务闻领义])|应当|应该|须|请|将|不得|务必|可以|已经|了|是|会议|同意|按照|依照|根据|予以|撤销|撤并|授予|任命|免去|\d/;

/**
 * A 。 closing a 一、 heading that stands on its own line over the text it heads (一、总体要求。 ⏎
 * 坚持…): a heading is not a sentence. Not a run-in heading (一、加强领导。各地要…, one paragraph),
 * not an item that is one whole sentence (一、各地要于12月底前完成排查。), nor one of a list of such
 * items (the next paragraph a sibling 二、, or none after the last but a closing 此复。); （一） headings are written with 。 on their own line too
 * (the 2023 and 2024 gazettes print 17 of them). A colon (二、重点任务：) is left alone.
 */
function headingEndStop(ctx: RuleContext, item: NumberingItem, next: NumberingItem | undefined): void {
  // Drafts only: an extracted issue breaks its lines where the page does, and a run-in heading
  // wrapped right after its 。 reads as a heading line of its own.
  if (item.level !== 1 || ctx.mode !== 'draft') return;
  const ps = ctx.doc.paragraphs;
  const p = ps[item.paragraph];
  if (!p || !p.text.endsWith('。')) return;
  const title = p.text.slice(item.marker.length, -1);
  if (title.length < 2 || title.length > 12 || /[。；，、：:;,“”《》（）()]/.test(title) || SENTENCE_WORDS.test(title)) return;
  // Something it heads: the next paragraph is text or a lower item, of the same body.
  const q = ps[item.paragraph + 1];
  const sig = ctx.doc.signature;
  // Nor a part's heading (第三部分 其他): the item is the last of its part's list of sentences.
  // Nor a task over its 分工 on lines of their own (三、实施城市更新行动。 ⏎ 牵头单位：… ⏎ 配合单位：…):
  // the block assigns the item, it is no text the item heads (redteam8).
  // The roles may also stand alone on their lines, each unit on the next (牵头单位： ⏎ 市住房城乡建设局).
  if (q && ROLE_LINE.test(q.text)) return;
  if (!q || isPartHeading(q.text) || (sig && sig.start > p.start && sig.start <= q.start) || ctx.doc.attachments.some((a) => a.start > p.start && a.start <= q.start)) return;
  if (next && next.paragraph === item.paragraph + 1 && (next.level === 1 || next.sequence !== item.sequence)) return;
  // What it heads ends at a later 二、 of its list, or is a list of （一） items: the last item of a
  // list of sentences (二、所需经费按照现行财政体制解决。 ⏎ 此复。) heads nothing.
  const sibling = ctx.doc.items.some((o) => o.level === 1 && o.sequence === item.sequence && o.paragraph > item.paragraph);
  if (!sibling && !(next && next.paragraph === item.paragraph + 1 && next.level > 1)) return;
  const at = p.map[p.text.length - 1];
  if (ctx.source.text[at] !== '。') return;
  if (overlaps(ctx.doc.continuations, p.start, q.end) || overlaps(ctx.doc.hosted, p.start, q.end)) return;
  ctx.report({
    start: at, end: at + 1,
    message: `标题“${item.marker}${title}”末尾多了“。”：单独成行的标题末尾不加标点（${WHY}）。`,
    fix: { range: [at, at + 1], text: '' },
  });
}

/**
 * An own-line （一） heading over the text it heads (（二）工作目标 ⏎ 到2027年底，…): its title, and
 * whether a 。 closes it. Not a run-in heading (one paragraph), a sentence, nor an item of a list of
 * one-line items (the next paragraph a sibling or a higher item), nor the last before a signature
 * or an attachment. Undefined otherwise.
 */
function levelTwoHeading(ctx: RuleContext, item: NumberingItem, next: NumberingItem | undefined): { title: string; stop: boolean } | undefined {
  if (item.level !== 2) return undefined;
  const ps = ctx.doc.paragraphs;
  const p = ps[item.paragraph];
  if (!p) return undefined;
  const stop = p.text.endsWith('。');
  const title = p.text.slice(item.marker.length, stop ? -1 : undefined);
  if (title.length < 2 || title.length > 16 || /[。；，、：:;,“”《》（）()]/.test(title) || SENTENCE_WORDS.test(title)) return undefined;
  const q = ps[item.paragraph + 1];
  const sig = ctx.doc.signature;
  if (!q || isPartHeading(q.text) || (sig && sig.start > p.start && sig.start <= q.start) || ctx.doc.attachments.some((a) => a.start > p.start && a.start <= q.start)) return undefined;
  if (next && next.paragraph === item.paragraph + 1 && (next.sequence !== item.sequence || levelRank(next.level) <= levelRank(item.level))) return undefined;
  if (overlaps(ctx.doc.continuations, p.start, q.end) || overlaps(ctx.doc.hosted, p.start, q.end)) return undefined;
  return { title, stop };
}

/**
 * A 。 closing an own-line （一） heading where the document's other own-line （一） headings have
 * none (drafts). Both habits are right — the 2023 and 2024 gazettes print 17 such headings with
 * their 。 — so only the lone deviation from the document's own habit is a slip: at least two
 * headings without, and fewer with than without.
 */
function levelTwoHeadingStops(ctx: RuleContext): void {
  if (ctx.mode !== 'draft') return;
  const { items } = ctx.doc;
  const heads: { item: NumberingItem; title: string; stop: boolean }[] = [];
  items.forEach((item, k) => {
    if (item.level !== 2 || overlaps(ctx.doc.noise, item.start, item.end)) return;
    const h = levelTwoHeading(ctx, item, items[k + 1]);
    if (h) heads.push({ item, ...h });
  });
  const stops = heads.filter((h) => h.stop);
  const none = heads.length - stops.length;
  if (!stops.length || none < 2 || stops.length >= none) return;
  for (const { item, title } of stops) {
    const p = ctx.doc.paragraphs[item.paragraph];
    const at = p.map[p.text.length - 1];
    if (ctx.source.text[at] !== '。') continue;
    ctx.report({
      start: at, end: at + 1,
      message: `标题“${item.marker}${title}”末尾多了“。”：本文件其他单独成行的二级标题末尾都不加标点（共${none}处），此处应一致（${WHY}）。`,
      fix: { range: [at, at + 1], text: '' },
    });
  }
}

/**
 * Whether the document's other markers that end in a period (1.) are followed by a space (1. 加强):
 * most of them, and at least one. Asked only of a marker being fixed.
 */
function spacedPeriods(ctx: RuleContext, items: NumberingItem[], self: NumberingItem): boolean {
  let spaced = 0;
  let joined = 0;
  for (const it of items) {
    if (it === self || !it.marker.endsWith('.') || markerEdits(it)) continue;
    const c = ctx.source.text[it.markerSpan.end];
    if (c === ' ') spaced++;
    else joined++;
  }
  return spaced > joined;
}

export const markerForm: Rule = {
  id: 'numbering/marker-form',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '编号的标点应为“一、”“（一）”“1.”“（1）”：不写“一.”“一，”“（一）、”“1、”“1．”、半角括号“(一)”或缺左括号的“2）”，编号后也不再加标点（“（一）。”“1.、”“第八条：”“第四条，”），章节标题末尾不加标点（“第二章 规划与建设。”），章、节、条的序号用汉字数字（“第11条”“第十1条”写作“第十一条”），单独成行的一级标题末尾不加句号（“一、总体要求。”，起草稿）；单独成行的二级标题与本文件其他二级标题的习惯一致（其他都不加句号时，“（二）工作目标。”的句号多余，起草稿）。',
      en: 'Numbering markers are written 一、 （一） 1. （1）: not 一. 一， （一）、 1、 1．, half-width (一) or 2） without its opening bracket, and no further mark follows a marker (（一）。 1.、 第八条： 第四条，) nor closes the title line of a chapter (第二章 规划与建设。); a chapter\'s, section\'s or article\'s head is numbered in Chinese numerals (第11条, 第十1条 → 第十一条) or a 一、 heading on its own line in a draft (一、总体要求。); an own-line （一） heading follows the document\'s habit (a lone 。 where the others have none, in a draft).',
    },
    why: `${WHY}规定结构层次序数依次为“一、”“（一）”“1.”“（1）”；括号为全角，“（一）”“（1）”后不加标点，“1”后用圆点。`,
    bad: '（一）、加强组织领导\n1、明确责任分工',
    good: '（一）加强组织领导\n1.明确责任分工',
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.type === '大事记' || doc.type === '任免') return;
    levelTwoHeadingStops(ctx);
    doc.items.forEach((item, index) => {
      if (overlaps(doc.noise, item.start, item.end)) return;
      const e = markerEdits(item);
      if (!e) {
        digitMarker(ctx, item);
        extraMark(ctx, item);
        titleEndMark(ctx, item);
        headingEndStop(ctx, item, doc.items[index + 1]);
        return;
      }
      const halfOnly = e.edits.every((x) => x.text === '（' || x.text === '）');
      if (halfOnly && ctx.mode === 'issue' && inHalfWidthIsland(ctx, item, index, doc.items)) return;
      const p = doc.paragraphs[item.paragraph];
      if (!p) return;
      // Replace only the wrong characters, keeping whatever lies between them in the source.
      const offs = e.edits.map((x) => ({ off: p.map[x.at], text: x.text }));
      const start = offs[0].off;
      const end = offs[offs.length - 1].off + 1;
      let text = '';
      let at = start;
      for (const o of offs) {
        text += ctx.source.text.slice(at, o.off) + o.text;
        at = o.off + 1;
      }
      // 1、 in a text whose 1. markers are followed by a space (1. 加强…): written as its others are.
      if (e.wanted.endsWith('.') && end === p.map[item.marker.length - 1] + 1 && !/\s/.test(ctx.source.text[end] ?? '') && spacedPeriods(ctx, doc.items, item)) {
        text += ' ';
      }
      const label = LEVEL_LABEL[item.level] ?? '编号';
      const what = halfOnly ? '使用了半角括号' : item.level === 4 && /^\d/.test(item.marker) ? '缺少左括号' : /[）)][、，,.．]$/.test(item.marker) ? '括号后多了标点' : '标点不对';
      const wanted = e.wanted;
      ctx.report({
        start: item.markerSpan.start, end: item.markerSpan.end,
        message: `编号“${item.marker}”${what}：${label}应写作“${wanted}”（${WHY}）。`,
        fix: { range: [start, end], text },
      });
    });
  },
};
