// Page-continuation markers, and the text a continuation puts inside a cut word, name or number.
import type { Span } from '../types';

/** Page-continuation markers (extraction noise): （下转第N页） / (上接第 N 页). */
export const CONTINUATION_MARK = /[（(]\s*[上下]\s*[转接]\s*第?\s*\d+\s*页\s*[）)]/g;

/**
 * Text a page continuation put between the two halves of a cut word, name or number, in
 * `text.slice(start, end)`: from each （下转第N页） to the end of the next （上接第M页）, the other
 * documents printed between them. A name or number read across it (the parser re-attaches the
 * fragment) has none of its characters there: its spaces, wraps and marks are not the name's.
 */
export function movedTextSpans(text: string, start: number, end: number): Span[] {
  const s = text.slice(start, end);
  if (!s.includes('页')) return [];
  const out: Span[] = [];
  const re = new RegExp(CONTINUATION_MARK.source, 'g');
  let down = -1;
  for (const m of s.matchAll(re)) {
    if (m[0].includes('下') && down < 0) down = m.index!;
    else if (m[0].includes('上') && down >= 0) {
      out.push({ start: start + down, end: start + m.index! + m[0].length });
      down = -1;
    }
  }
  return out;
}
