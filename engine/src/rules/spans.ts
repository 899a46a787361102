// Whether a range or an offset falls in one of a document's spans (its noise, hosted documents,
// page continuations, …): most rules stay silent on text the extraction scrambled or moved, and
// this is the one place that says what "in" means.
import type { Span } from '../types';
import { firstAtOrAfter } from '../text/marks';

/** Whether [start, end) shares at least one offset with one of `spans`. */
export function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  if (spans.length > INDEX_FROM) return indexed(spans).overlaps(start, end);
  // A loop, not spans.some(…): asked per paragraph by many rules, the callback closure was
  // ~140 KB of garbage a lint of the largest gazette.
  for (let k = 0; k < spans.length; k++) if (spans[k].start < end && start < spans[k].end) return true;
  return false;
}

/** Whether `offset` lies inside one of `spans`. */
export function covers(spans: readonly Span[], offset: number): boolean {
  if (spans.length > INDEX_FROM) return indexed(spans).overlaps(offset, offset + 1);
  for (let k = 0; k < spans.length; k++) if (offset >= spans[k].start && offset < spans[k].end) return true;
  return false;
}

/**
 * Many spans asked many times: rules ask overlaps() of a document's noise or blocks once per
 * paragraph, bracket or citation, and a walk over every span made a text of many page
 * continuations or blocks quadratic (the fuzz test's shapes at 4 × their size took 15–19 × the
 * time). Sorted once, each question is a binary search: the spans that start before `end`, and
 * whether the furthest of their ends passes `start`.
 */
export class SpanIndex {
  private readonly starts: number[] = [];
  /** maxEnd[k]: the furthest end among the spans up to k in start order. */
  private readonly maxEnd: number[] = [];
  constructor(spans: readonly Span[]) {
    let max = -Infinity;
    for (const s of spans.slice().sort((a, b) => a.start - b.start)) {
      this.starts.push(s.start);
      this.maxEnd.push((max = Math.max(max, s.end)));
    }
  }

  /** Whether one of the spans holds all of [start, end): the spans that start at or before `start`, the furthest of their ends. */
  holds(start: number, end: number): boolean {
    const k = firstAtOrAfter(this.starts, start + 1); // offsets are integers: starts <= start
    return k > 0 && this.maxEnd[k - 1] >= end;
  }

  /** The same answer as overlaps(spans, start, end): a span starting before `end` ends after `start`. */
  overlaps(start: number, end: number): boolean {
    const k = firstAtOrAfter(this.starts, end);
    return k > 0 && this.maxEnd[k - 1] > start;
  }
}

/** Up to this many spans a walk is as fast as a search (a gazette's documents have a few). */
const INDEX_FROM = 32;
/** Each long span list's index, made when first asked; remade if the list grew since. */
const indexes = new WeakMap<readonly Span[], { length: number; index: SpanIndex }>();

function indexed(spans: readonly Span[]): SpanIndex {
  let entry = indexes.get(spans);
  if (!entry || entry.length !== spans.length) {
    entry = { length: spans.length, index: new SpanIndex(spans) };
    indexes.set(spans, entry);
  }
  return entry.index;
}
