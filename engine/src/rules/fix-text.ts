// The one way rules turn a span of normalised text into new text: a fix that touches only the
// characters that differ. Normalised text (a paragraph's, a unit name's) leaves out what the source
// holds between its characters — a hard wrap's LF or CRLF, a blank line, the next line's
// indentation — and a fix must not delete that by replacing the whole span.
import type { Fix } from '../types';
import { movedTextSpans } from '../text/continuation';
import { unchangedEnds } from '../text/diff';

/** A span of normalised text: `offsets[k]` is the source offset of `text[k]`. */
export interface TextSpan {
  /** Source offsets of the span (replaced whole when `offsets` are missing). */
  start: number;
  end: number;
  text: string;
  offsets?: readonly number[];
}

/**
 * A fix turning `span.text` into `wanted`. The common prefix and suffix are left alone (never
 * splitting a surrogate pair); in the changed middle, the characters kept (a longest common
 * subsequence with `wanted`) anchor what the source holds between them, and the new characters go
 * around them: `市住⏎建局` → `市住⏎房城乡建设局`. The range starts and ends at the first and last
 * changed character; a pure insertion goes before the next character, after any line break there.
 */
export function textFix(source: string, span: TextSpan, wanted: string): Fix {
  const at = span.offsets;
  const v = span.text;
  if (!at || at.length !== v.length || !v.length) return { range: [span.start, span.end], text: wanted };
  const { head: pre, tail: suf } = unchangedEnds(v, wanted);
  const from = pre;
  const to = v.length - suf;
  const middle = wanted.slice(pre, wanted.length - suf);
  if (from === to) {
    const pos = from < v.length ? at[from] : at[v.length - 1] + 1;
    return { range: [pos, pos], text: middle };
  }
  // The alignment's table is quadratic: a changed middle past a title's length (a 100,000-character
  // line in 《》) is replaced whole, with what the source holds inside it.
  if ((to - from) * middle.length > MAX_ALIGN_CELLS) return { range: [at[from], at[to - 1] + 1], text: middle };
  const { kept, before } = align(v.slice(from, to), middle);
  let text = '';
  for (let k = 0; k < to - from; k++) {
    if (k > 0) text += source.slice(at[from + k - 1] + 1, at[from + k]);
    text += before[k];
    if (kept[k]) text += source[at[from + k]];
  }
  text += before[to - from];
  return { range: [at[from], at[to - 1] + 1], text };
}

/**
 * A fix whose range holds a page continuation's moved text (a name or number cut at （下转第N页）,
 * its rest after （上接第M页）: other documents between its halves) made to touch only the
 * characters that change, with that text kept: a rule replacing the span it read whole
 * (`市住建…局` → 市住房城乡建设局, `〔2…3〕` → 〔2023〕) must not delete the documents in between.
 */
export function keepMovedText(source: string, fix: Fix): Fix {
  const [a, b] = fix.range;
  const moved = b - a > 8 ? movedTextSpans(source, a, b) : [];
  if (!moved.length) return fix;
  let text = '';
  const offsets: number[] = [];
  let o = a;
  for (const s of [...moved, { start: b, end: b }]) {
    for (; o < s.start; o++) {
      text += source[o];
      offsets.push(o);
    }
    o = s.end;
  }
  return textFix(source, { start: a, end: b, text, offsets }, fix.text);
}

/** 500 × 500 characters: any unit name or title. */
const MAX_ALIGN_CELLS = 250_000;

/**
 * How `a` becomes `b` keeping a longest common subsequence: whether each character of `a` is kept,
 * and the characters of `b` written before each character of `a` (before[a.length]: at the end).
 */
function align(a: string, b: string): { kept: boolean[]; before: string[] } {
  // lcs[i][j]: the longest common subsequence of a.slice(i) and b.slice(j) (only the changed
  // middle of a name or title: short).
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const kept = new Array<boolean>(a.length).fill(false);
  const before = new Array<string>(a.length + 1).fill('');
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j] && lcs[i][j] === lcs[i + 1][j + 1] + 1) {
      kept[i++] = true;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      before[i] += b[j++];
    } else {
      i++; // dropped
    }
  }
  return { kept, before };
}
