// Helpers shared by the cross-ref and punctuation rules: positions inside paragraphs, sentences,
// and the half-width "island" test for extracted issues.
import type { DocNumber, GwDocument, Paragraph, Span } from '../../types';
import { findDocNumbers } from '../../parse/docNumber';
import { perDocumentMoved, perNode } from '../memo';
import type { RuleContext } from '../types';
import type { Model } from '../../model/types';
import type { SourceText } from '../../text/source';
import { CharIndex, firstAtOrAfter } from '../../text/marks';
import { CONTINUATION_MARK } from '../../text/continuation';
import { SENTENCE_END } from '../running-text';
import { SpanIndex } from '../spans';

/** Normalised index in `p` of a source offset (the first character at or after it). */
export function indexAt(p: Paragraph, offset: number): number {
  // A binary search (p.map increases): rules ask once per citation, and a scan per citation was
  // quadratic in a long paragraph of citations.
  return Math.min(firstAtOrAfter(p.map, offset), p.text.length);
}

/** The paragraph of a document that contains a source offset. */
export function paragraphAt(doc: GwDocument, offset: number): Paragraph | undefined {
  return doc.paragraphs.find((p) => p.start <= offset && offset < p.end);
}

const SENTENCE_END_G = new RegExp(SENTENCE_END.source, 'g');

/**
 * The sentences of a paragraph's text (between running-text's SENTENCE_END marks or the text's ends), its sentence ends found
 * once for all the look-ups in it: a walk out from each citation to its sentence's ends was
 * quadratic in a long paragraph without them.
 */
export class Sentences {
  private readonly ends: number[] = [];

  constructor(readonly text: string) {
    SENTENCE_END_G.lastIndex = 0;
    while (SENTENCE_END_G.test(text)) this.ends.push(SENTENCE_END_G.lastIndex - 1);
  }

  /** [start, end) of the sentence around index i, its end mark included. */
  boundsAt(i: number): [number, number] {
    const k = firstAtOrAfter(this.ends, i);
    return [k > 0 ? this.ends[k - 1] + 1 : 0, k < this.ends.length ? this.ends[k] + 1 : this.text.length];
  }
}

/** A list item's marker at a paragraph's start: 9. 《X》（…）, （二）《X》…, 1、… (a 废止下列… list). */
export const LIST_ITEM = /^(?:\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])/;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_PUNCT = /[，。；：、（）《》“”‘’！？〔〕【】…—]/;
export function isHan(ch: string | undefined): boolean {
  return !!ch && HAN.test(ch);
}
export function isChinese(ch: string | undefined): boolean {
  return !!ch && (HAN.test(ch) || CJK_PUNCT.test(ch));
}

/** Half-width punctuation next to Chinese text, at source offset i. */
export function isHalfWidthSlipAt(text: string, i: number): boolean {
  const c = text[i];
  if (!/[,;:()?!]/.test(c)) return false;
  const prev = prevVisible(text, i);
  const next = nextVisible(text, i);
  if (c === '(' || c === ')') return isChinese(prev) || isChinese(next);
  if (/[A-Za-z0-9]/.test(prev ?? '') && /[A-Za-z0-9]/.test(next ?? '')) return false;
  // A Chinese clause ending in a percentage at the line's end (改建居住区不低于25%;): the item's ；.
  // Only a percentage written after Chinese (不低于25%;, 不低于 25%;): ASCII text wrapped after one
  // (carbon intensity down 5%, ⏎, PM2.5 30%; ⏎) keeps its own marks.
  if ((c === ';' || c === ',') && (prev === '%' || prev === '％') && (next === undefined || next === '\n' || next === '\r')) {
    let k = i - 1;
    while (k >= 0 && text[k] !== '%' && text[k] !== '％') k--;
    while (k > 0 && /[0-9.．]/.test(text[k - 1])) k--;
    return isChinese(prevVisible(text, k));
  }
  return isChinese(prev) || (isHan(next) && !/[A-Za-z0-9./]/.test(prev ?? ''));
}

function prevVisible(text: string, i: number): string | undefined {
  let k = i - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u3000')) k--;
  return text[k];
}
function nextVisible(text: string, i: number): string | undefined {
  let k = i + 1;
  while (k < text.length && (text[k] === ' ' || text[k] === '\u3000')) k++;
  return text[k];
}

/**
 * The stretch of a document's source whose pages a width test at `at` may look at: a page
 * continuation moved into the document is printed on other pages than the document's own text,
 * so a mark in it is judged by the continuation's marks alone, and a mark in the document's own
 * text by that text alone, without the continuations of other documents printed inside it
 * (`skip`). `cut` says where the stretch was cut by a page continuation (its text goes on
 * elsewhere), not ended by the document.
 */
export interface WidthRegion { start: number; end: number; skip: Span[]; cutBefore: boolean; cutAfter: boolean }

export function widthRegion(doc: GwDocument, at: number): WidthRegion {
  for (const c of doc.continuations) {
    if (at >= c.start && at < c.end) return { start: c.start, end: c.end, skip: NO_SPANS, cutBefore: true, cutAfter: true };
  }
  return { start: doc.start, end: doc.end, skip: doc.hosted, cutBefore: false, cutAfter: doc.continuations.length > 0 };
}
const NO_SPANS: Span[] = [];

/** The span of `spans` that holds offset i, if any. */
export function spanAt(spans: Span[], i: number): Span | undefined {
  for (const s of spans) if (i >= s.start && i < s.end) return s;
  return undefined;
}

/** How far around a slip the island test looks (source characters). */
export const ISLAND_RADIUS = 200;

/**
 * In an extracted issue, half-width punctuation comes in page-sized islands: a mark is part of
 * one when another half-width mark next to Chinese text sits within ISLAND_RADIUS characters
 * (the marks in `own`, e.g. the other parenthesis of a pair, do not count).
 */
export function inHalfWidthIsland(source: SourceText, own: number[], radius = ISLAND_RADIUS, region?: WidthRegion): boolean {
  const text = source.text;
  const lo = Math.max(region?.start ?? 0, Math.min(...own) - radius);
  const hi = Math.min(region?.end ?? text.length, Math.max(...own) + radius);
  // Only the half-width marks can be slips: visit those (found once per text), not every character.
  const marks = HALF_WIDTH.offsets(source);
  for (let k = firstAtOrAfter(marks, lo); k < marks.length && marks[k] < hi; k++) {
    const i = marks[k];
    if (own.includes(i) || (region?.skip.length && spanAt(region.skip, i))) continue;
    if (isHalfWidthSlipAt(text, i)) return true;
  }
  return !!region && atCutEdge(text, region, Math.min(...own), Math.max(...own));
}

/**
 * Whether marks from `a` to `b` lie on the first line of a stretch after a page-continuation cut
 * (or the last line before one) and that line shows no full-width mark of the kinds islands swap:
 * its page's other text is across the cut, so it holds no evidence of a slip.
 */
function atCutEdge(text: string, region: WidthRegion, a: number, b: number): boolean {
  const first = region.cutBefore && !text.slice(region.start, a).includes('\n');
  const last = region.cutAfter && !text.slice(b, region.end).includes('\n');
  if (!first && !last) return false;
  const ls = text.lastIndexOf('\n', a - 1) + 1;
  const nl = text.indexOf('\n', b);
  const line = text.slice(ls, nl < 0 ? text.length : nl).replace(CONTINUATION_MARK, '');
  return !/[（）：；，]/.test(line);
}

// The offsets of , ; : ( ) ? ! in a text (one lint asks many times of one text).
const HALF_WIDTH = new CharIndex(/[,;:()?!]/g);

export { CONTINUATION_MARK };

/** Spans of the page-continuation markers in `text`. They all contain 页: most texts skip the scan. */
export function continuationSpans(text: string): readonly Span[] {
  if (!text.includes('页')) return NO_SPANS;
  return [...text.matchAll(new RegExp(CONTINUATION_MARK.source, 'g'))].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** Source spans of 《…》 titles in a document (quoted titles are never "corrected"). */
export function titleSpans(doc: GwDocument): Span[] {
  return doc.citations.map((c) => ({ start: c.start, end: c.title.end + 1 }));
}

export type Ctx = RuleContext;

/** How far back (source characters) a continuation marker is looked for across line breaks. */
const AFTER_MARK_REACH = 40;

/**
 * Whether a continuation marker (kept or stripped by the parser) precedes index i of p on its
 * line, or in the AFTER_MARK_REACH characters before it with no sentence's end between: a
 * fragment's first words a narrow wrap put on lines of their own (`（上接第23页）范机` ⏎ `关》为题，…`).
 */
export function afterContinuation(source: { text: string; lineStarts: number[]; positionAt(o: number): { line: number } }, p: Paragraph, i: number): boolean {
  const at = p.map[Math.min(i, p.map.length - 1)];
  const lineStart = source.lineStarts[source.positionAt(at).line];
  if (new RegExp(CONTINUATION_MARK.source).test(source.text.slice(lineStart, at))) return true;
  const before = source.text.slice(Math.max(0, at - AFTER_MARK_REACH), lineStart);
  let end = -1;
  for (const m of before.matchAll(new RegExp(CONTINUATION_MARK.source, 'g'))) end = m.index! + m[0].length;
  return end >= 0 && !/[。；！？]/.test(before.slice(end) + source.text.slice(lineStart, at));
}

/** What a document refers to other documents by: its citations, and bare numbers in running text
 * (按照聊政发〔2021〕5号文件要求), which name a document as surely as a 《title》（number） does. */
export interface DocumentReference { number?: DocNumber; start: number; end: number; paragraph: number }

/**
 * documentReferences(doc, model): a bare number's 机关代字 is cut to the longest code the model
 * knows that ends the characters before its 〔, as citations are in an issue: running text puts
 * any word before a number (凡聊政发…, 把聊政发…), and no list of leading words (LEADING_WORDS in
 * parse/docNumber) holds them all. An unknown code falls back to that list.
 */
export function documentReferences(doc: GwDocument, model?: Model): DocumentReference[] {
  return model ? referencesWithCodes(model)(doc) : referencesOf(doc);
}

const knownCodesOf = perNode((model: Model): string[] => model.codes.map((c) => c.code));

// Once per document text: the answer holds source offsets, which move with the document, so a
// moved document gets a moved copy (perDocumentMoved).
const referencesOf = perDocumentMoved((doc: GwDocument) => references(doc));
const referencesWithCodes = perNode((model: Model) => perDocumentMoved((doc: GwDocument) => references(doc, knownCodesOf(model))));

/** A year in brackets other than 〔〕 (a slip: 聊政办字（2024）18号, 聊政发[2023]5号). */
const OTHER_BRACKET_YEAR = /[[【（(［〈{﹝〖]\d{2,4}[\]】）)］〉}﹞〗]/;
/** 〔 or 令第: what a bare number needs (one object, not a literal per paragraph). */
const BRACKET_OR_DECREE = /〔|令第/;

function references(doc: GwDocument, knownCodes?: string[]): DocumentReference[] {
  const out: DocumentReference[] = [...doc.citations];
  const own = doc.number?.canonical;
  // The citations' spans (a number in its 《》（…） is the citation's), indexed when first asked:
  // asked per number with a walk over every citation, a text of thousands was quadratic.
  let cited: SpanIndex | undefined;
  const inCitation = (n: DocNumber) => (cited ??= new SpanIndex(doc.citations.map((c) => ({ start: c.start, end: Math.max(c.end, c.number?.end ?? 0) })))).holds(n.start, n.end);
  doc.paragraphs.forEach((p, pi) => {
    // Bare numbers need 〔 or 令, or another bracket around a year after a code the model knows;
    // the title and the document's own number line name no other text.
    if (!BRACKET_OR_DECREE.test(p.text) && !(knownCodes && OTHER_BRACKET_YEAR.test(p.text))) return;
    if (doc.title && p.start <= doc.title.start && doc.title.start < p.end) return;
    for (const n of findDocNumbers(p.text, p.map, 0, knownCodes)) {
      // Running text brackets many things ((2024—2026年), 规划（2024）): a number written with other
      // brackets than 〔〕 is one only with a code the model knows and its 号.
      if (!n.isDecree && n.open !== '〔' && !(knownCodes?.includes(n.code) && n.hasHao)) continue;
      if (n.canonical === own || inCitation(n)) continue;
      out.push({ number: n, start: n.start, end: n.end, paragraph: pi });
    }
  });
  return out;
}
