// Page-continuation markers, and the text a continuation puts inside a cut word, name or number.
import type { GwDocument, Span } from '../types';

/** Page-continuation markers (extraction noise): （下转第N页） / (上接第 N 页). */
export const CONTINUATION_MARK = /[（(]\s*[上下]\s*[转接]\s*第?\s*\d+\s*页\s*[）)]/g;

/**
 * Text a page continuation put between the two halves of a cut word, name or number, in
 * `text.slice(start, end)`: from the first （下转第N页） to the end of the last （上接第M页） after it,
 * the other documents printed between them (other continuations among them: a cut name has one
 * cut, and its halves lie outside all of them). A name or number read across it (the parser
 * re-attaches the fragment) has none of its characters there: its spaces, wraps and marks are
 * not the name's. Empty when the span holds no such pair.
 */
export function movedTextSpans(text: string, start: number, end: number): Span[] {
  const s = text.slice(start, end);
  if (!s.includes('页')) return [];
  let down = -1;
  let upEnd = -1;
  for (const m of s.matchAll(new RegExp(CONTINUATION_MARK.source, 'g'))) {
    if (m[0].includes('下')) {
      if (down < 0) down = m.index!;
    } else if (down >= 0) {
      upEnd = m.index! + m[0].length;
    }
  }
  return down >= 0 && upEnd > down ? [{ start: start + down, end: start + upEnd }] : [];
}

/**
 * Whether source [start, end) lies in a fragment re-attached to `doc` that runs on to the
 * document's own 成文日期 (or 署名) after it, with no noise in the span and no other document's
 * text between it and that date: the continued document's tail, printed whole on the page it was
 * moved to, is the document's own text read in order. A fragment that stops short of the date
 * may run into other columns or documents (its extent is a guess): not this, unless its extent is
 * known (Continuation.closed).
 */
export function inOwnTail(doc: GwDocument, start: number, end: number): boolean {
  const s = doc.continuations.find((c) => c.start <= start && end <= c.end);
  if (!s) return false;
  // A fragment whose extent is known (after its host's date, on to the next document) that follows
  // the document's own date is an attached document's tail, which no date closes: read in order as well.
  if (s.closed && doc.date && doc.date.end <= s.start) return !doc.noise.some((n) => n.end > start && n.start < end) && !doc.hosted.some((h) => h.end > start && h.start < s.end);
  const close = doc.date?.start ?? doc.signature?.start;
  if (close === undefined || close < end || close >= s.end) return false;
  return !doc.noise.some((n) => n.end > start && n.start < end) && !doc.hosted.some((h) => h.end > start && h.start < close);
}

