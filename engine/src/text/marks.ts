// Offsets of characters of a class in a whole text (the half-width punctuation the width rules
// judge, each kind of block punctuation): rules look them up many times per lint. Kept per
// source; a source made from another by one edit (a keystroke in the editor) moves the previous
// source's offsets instead of scanning 300 KB again.
import type { SourceText } from './source';

/** Index of the first element >= x in an increasing array (such as CharIndex offsets). */
export function firstAtOrAfter(xs: readonly number[], x: number): number {
  let a = 0;
  let b = xs.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (xs[mid] < x) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** An index of the offsets matching `pattern` (a global regex of single UTF-16 code units). */
export class CharIndex {
  private readonly cache = new WeakMap<SourceText, number[]>();

  constructor(private readonly pattern: RegExp) {
    if (!pattern.global) throw new Error('CharIndex needs a global regex');
  }

  offsets(source: SourceText): number[] {
    let at = this.cache.get(source);
    if (at) return at;
    const derived = source.derivedFrom();
    const before = derived && this.cache.get(derived.from);
    at = before && derived ? this.moved(before, source.text, derived.edit) : this.scan(source.text, 0, source.text.length, []);
    this.cache.set(source, at);
    return at;
  }

  private scan(text: string, from: number, to: number, out: number[]): number[] {
    const re = this.pattern;
    // A slice for an edited stretch: a scan of the whole text would run on past `to` for a match.
    const s = from === 0 && to === text.length ? text : text.slice(from, to);
    re.lastIndex = 0;
    // test(), not exec(): it moves lastIndex past the one-unit match without making a match
    // array (a comma class matches thousands of times in a gazette).
    while (re.test(s)) out.push(from + re.lastIndex - 1);
    return out;
  }

  /** Whether the source holds one of the characters in [start, end). */
  within(source: SourceText, start: number, end: number): boolean {
    const at = this.offsets(source);
    const k = firstAtOrAfter(at, start);
    return k < at.length && at[k] < end;
  }

  /** The previous offsets before the edit, the edited text scanned, the rest moved. */
  private moved(old: number[], text: string, edit: { start: number; oldEnd: number; newEnd: number }): number[] {
    const out: number[] = [];
    let k = 0;
    while (k < old.length && old[k] < edit.start) out.push(old[k++]);
    this.scan(text, edit.start, edit.newEnd, out);
    while (k < old.length && old[k] < edit.oldEnd) k++;
    const delta = edit.newEnd - edit.oldEnd;
    for (; k < old.length; k++) out.push(old[k] + delta);
    return out;
  }
}

/** The tabs of a text: an extracted table's cells are tab-separated, and tabs are rare elsewhere.
 * Scanned once per source, not once per document by each rule that looks for a table. */
export const TABS = new CharIndex(/\t/g);

/**
 * The full-width digits ０–９ of a text: scanned once per source, for the parser (which lines to fold,
 * normalizedLines) and punctuation/digit-width alike, where each searched the whole text on its own.
 */
export const FULL_WIDTH_DIGIT_AT = new CharIndex(/[\uff10-\uff19]/g);
