// Whether a range or an offset falls in one of a document's spans (its noise, hosted documents,
// page continuations, …): most rules stay silent on text the extraction scrambled or moved, and
// this is the one place that says what "in" means.
import type { Span } from '../types';

/** Whether [start, end) shares at least one offset with one of `spans`. */
export function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/** Whether `offset` lies inside one of `spans`. */
export function covers(spans: readonly Span[], offset: number): boolean {
  return spans.some((s) => offset >= s.start && offset < s.end);
}
