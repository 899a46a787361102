// Half-width , ; : ( ) ? ! between Chinese characters → full-width. In an extracted issue,
// half-width punctuation comes in page-sized islands (extraction noise): only an isolated slip is
// reported there.
import type { Span } from '../../types';
import type { Rule } from '../types';
import { HALF_TO_FULL } from '../../text/normalize';
import { continuationSpans, inHalfWidthIsland, isHalfWidthSlipAt, widthRegion } from '../cross-ref/util';
import { overlaps } from '../spans';
import type { WidthRegion } from '../cross-ref/util';

const WHY = 'GB/T 15834—2011《标点符号用法》：中文文本使用全角标点';
/** Islands are page-sized (~600 characters); parentheses-only islands leave long full-width runs. */
const WIDTH_RADIUS = 300;
/** Paragraph-start list markers: the numbering family owns their punctuation. */
const MARKER = /^(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}[、.．,，]|\d{1,3}[.．、,，)）])/;

const HALF = /[,;:()?!]/;
/** An arithmetic operator right before a bracket's opening or after its close: a formula. */
const FORMULA_BEFORE = /[=＝×÷+＋*/]\s*$/;
/** An interval of two numbers closed or opened by a parenthesis: [75,90) or (60,75]. */
const INTERVAL_BEFORE = /[\[(]\s*-?\d+(?:\.\d+)?%?\s*[,，]\s*-?\d+(?:\.\d+)?%?\s*\)$/;
const INTERVAL_AFTER = /^\(\s*-?\d+(?:\.\d+)?%?\s*[,，]\s*-?\d+(?:\.\d+)?%?\s*[\])]/;
const FORMULA_AFTER = /^\s*[=＝×÷+＋*/]/;
/** Jump from mark to mark: only 《》 and the half-width marks matter (shared; lastIndex set per paragraph). */
const MARKS = /[《》,;:()?!]/g;

/**
 * A document's own stretch, widened across its ends where no page continuation cut it: the issue
 * prints the next document on the same page (the end of one and the head of the next), so a page
 * of half-width marks that begins at a document's last line shows in the next document's head.
 */
function pageRegion(r: WidthRegion, length: number): WidthRegion {
  return {
    ...r,
    start: r.cutBefore ? r.start : Math.max(0, r.start - WIDTH_RADIUS),
    end: r.cutAfter ? r.end : Math.min(length, r.end + WIDTH_RADIUS),
  };
}

/** A half-width . closing a Chinese sentence: after a character or a closing mark, before another
 * character, a space or the paragraph's end (not 2.5, www.…, nor an item's 1. or 一.). */
const STOP = /(?<=[\u4e00-\u9fa5”）》])\.(?=[\u4e00-\u9fa5\s]|$)/g;

function halfWidthStops(ctx: Parameters<Rule['check']>[0], p: { text: string; map: number[] }, skip: Span[]): void {
  const marker = MARKER.exec(p.text)?.[0].length ?? 0;
  STOP.lastIndex = marker;
  for (let m = STOP.exec(p.text); m; m = STOP.exec(p.text)) {
    const at = p.map[m.index];
    if (ctx.source.text[at] !== '.' || overlaps(skip, at, at + 1) || overlaps(ctx.doc.noise, at, at + 1)) continue;
    ctx.report({
      start: at, end: at + 1,
      message: `中文句末应使用全角句号“。”，不用半角“.”（${WHY}）。`,
      fix: { range: [at, at + 1], text: '。' },
    });
  }
}

type Line = { text: string; map: number[]; start: number; end: number };

/** Source[start, end) as a paragraph's text and map, without its line breaks. */
function lineOf(source: string, start: number, end: number): Line {
  let text = '';
  const map: number[] = [];
  for (let i = start; i < end; i++) {
    if (source[i] === '\n' || source[i] === '\r') continue;
    text += source[i];
    map.push(i);
  }
  return { text, map, start, end };
}

/** 签发人 on the number's line, then its name or names (GB/T 9704 7.2.6). */
const SIGNER = /签发人[ \u3000]*[:：][ \u3000]*[\u4e00-\u9fa5·]{2,5}(?:[ \u3000、，,]+[\u4e00-\u9fa5·]{2,5})*[ \u3000]*$/;

/**
 * The head's lines that are no paragraph, read as paragraphs are: the 签发人 an upward document
 * prints on its number's line (签发人:张百顺, 张百顺,李明), and, in a typed draft, the title
 * (…办法(试行)的通知). An extracted issue's titles carry the layout's own marks: not read there.
 */
function headLines(ctx: Parameters<Rule['check']>[0]): Line[] {
  const { doc, source, mode } = ctx;
  const text = source.text;
  const out: Line[] = [];
  if (doc.number) {
    const eol = text.indexOf('\n', doc.number.end);
    const tail = text.slice(doc.number.end, eol < 0 ? text.length : eol);
    const m = SIGNER.exec(tail);
    if (m) out.push(lineOf(text, doc.number.end + m.index, doc.number.end + tail.length));
  }
  // Unless a paragraph holds it already (one slip, one diagnostic).
  const title = doc.title;
  if (mode === 'draft' && title && !overlaps(doc.paragraphs, title.start, title.end)) out.push(lineOf(text, title.start, title.end));
  return out;
}

export const width: Rule = {
  id: 'punctuation/width',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '中文之间的半角标点（, ; : ( ) ? !）和中文句末的半角句点“.”应改为全角；摘录的公报中成片的半角标点是提取噪声，只报告孤立的笔误。',
      en: 'Half-width , ; : ( ) ? ! between Chinese characters, and a half-width . closing a Chinese sentence → full-width (isolated slips only in extracted issues).',
    },
    why: WHY + '；GB/T 9704—2012 正文为中文排版。',
    bad: '各县(市、区)人民政府,市政府各部门:',
    good: '各县（市、区）人民政府，市政府各部门：',
  },
  check(ctx) {
    const { doc, source, mode } = ctx;
    const text = source.text;
    // Owned elsewhere: 牵头单位 blocks (lead-unit), citations (cross-ref), the document's number.
    const skip: Span[] = [...doc.blocks, ...doc.citations.map((c) => ({ start: c.start, end: c.end }))];
    if (doc.number) skip.push(doc.number);
    // The 附件说明's form (附件：…) belongs to the attachment family.
    if (doc.attachmentNote) skip.push(doc.attachmentNote);
    // The colon closing the 主送 belongs to structure/main-recipient-colon (one slip, one diagnostic).
    const mr = doc.mainRecipient;
    if (mr && mr.text.endsWith(':')) {
      const at = text.lastIndexOf(':', mr.end - 1);
      if (at >= mr.start) skip.push({ start: at, end: at + 1 });
    }
    for (const p of [...doc.paragraphs, ...headLines(ctx)]) {
      if (p.text.includes('.')) halfWidthStops(ctx, p, skip);
      // Only half-width marks are reported: most paragraphs have none and skip the rest.
      if (!HALF.test(p.text)) continue;
      if (overlaps(doc.noise, p.start, p.end)) continue;
      // Headings and titles of an extracted issue carry the layout's own marks.
      if (mode === 'issue' && p.text.length <= 60 && !/[，。；：,;:]/.test(p.text)) continue;
      const t = p.text;
      const marker = MARKER.exec(t)?.[0].length ?? 0;
      const cont = continuationSpans(t);
      let title = 0;
      const done = new Set<number>();
      const marks = MARKS;
      marks.lastIndex = marker;
      // test(), not exec(): the match is one character, no match array needed.
      while (marks.test(t)) {
        const i = marks.lastIndex - 1;
        const ch = t[i];
        if (ch === '《') title++;
        else if (ch === '》') title = Math.max(0, title - 1);
        if (title > 0 || done.has(i) || !/[,;:()?!]/.test(ch)) continue;
        if (overlaps(cont, i, i + 1)) continue;
        const at = p.map[i];
        if (overlaps(skip, at, at + 1) || !isHalfWidthSlipAt(text, at)) continue;
        // An interval's open end ([75,90)区间, (60,75]): mathematics, half-width (redteam7).
        if (ch === ')' && INTERVAL_BEFORE.test(t.slice(0, i + 1))) continue;
        if (ch === '(' && INTERVAL_AFTER.test(t.slice(i))) continue;
        // A pair of parentheses is one slip.
        let pair = -1;
        if (ch === '(') {
          let d = 0;
          for (let k = i + 1; k < t.length; k++) {
            if (t[k] === '(' || t[k] === '（') d++;
            else if (t[k] === ')' || t[k] === '）') { if (d === 0) { pair = t[k] === ')' ? k : -1; break; } d--; }
          }
          // (2024) inside a number, (1) as an inline list number between ASCII: not Chinese text.
          if (pair > 0 && /^\d{2,4}$/.test(t.slice(i + 1, pair))) continue;
          // A formula's brackets (完成率=(已完成数÷计划数)×100%): beside an operator, or holding × or ÷.
          if (pair > 0 && (FORMULA_BEFORE.test(t.slice(0, i)) || FORMULA_AFTER.test(t.slice(pair + 1)) || /[×÷]/.test(t.slice(i + 1, pair)))) {
            done.add(pair);
            continue;
          }
        }
        const own = [at];
        if (pair > 0) { own.push(p.map[pair]); done.add(pair); }
        if (mode === 'issue' && inHalfWidthIsland(source, own, WIDTH_RADIUS, pageRegion(widthRegion(doc, at), text.length))) continue;
        if (pair > 0) {
          const s = at;
          const e = p.map[pair] + 1;
          ctx.report({
            start: s, end: e,
            message: `中文括号应使用全角“（）”，不用半角“()”（${WHY}）。`,
            fix: { range: [s, e], text: '（' + text.slice(s + 1, e - 1) + '）' },
          });
        } else {
          ctx.report({
            start: at, end: at + 1,
            message: `中文之间应使用全角标点“${HALF_TO_FULL[ch]}”，不用半角“${ch}”（${WHY}）。`,
            fix: { range: [at, at + 1], text: HALF_TO_FULL[ch] },
          });
        }
      }
    }
  },
};
