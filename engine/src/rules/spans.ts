// Whether a range or an offset falls in one of a document's spans (its noise, hosted documents,
// page continuations, …): most rules stay silent on text the extraction scrambled or moved, and
// this is the one place that says what "in" means.
import type { Span } from '../types';

/** Whether [start, end) shares at least one offset with one of `spans`. */
export function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  // A loop, not spans.some(…): asked per paragraph by many rules, the callback closure was
  // ~140 KB of garbage a lint of the largest gazette.
  for (let k = 0; k < spans.length; k++) if (spans[k].start < end && start < spans[k].end) return true;
  return false;
}

/** Whether `offset` lies inside one of `spans`. */
export function covers(spans: readonly Span[], offset: number): boolean {
  for (let k = 0; k < spans.length; k++) if (offset >= spans[k].start && offset < spans[k].end) return true;
  return false;
}
