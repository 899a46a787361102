// Character cells and line breaking on the GB/T 9704 grid. Line breaks are computed here, not by
// the browser or Word, so the page count is the same for the preview, HTML, PDF and DOCX.
//
// Full-width characters take one cell each. Half-width characters (digits, %, Latin, ASCII
// punctuation) are set as runs: a maximal run of them is one box of whole half-cells, at least one
// half-cell per character and wide enough for the run's natural width in the Latin face, so `65%`
// or `100%` never overlaps the next character. The HTML draws exactly these boxes (html.ts) and the
// page script squeezes a run into its box if the machine's font is wider (fit.ts).

import { cellsOf } from '../text/width';

export { cellsOf };

export function isHalfWidth(ch: string): boolean {
  return cellsOf(ch) < 1;
}

// Advance widths (1/1000 em) of ASCII in Times New Roman, which Liberation Serif (the Latin face on
// free systems) matches metric for metric: 0x20 … 0x7e.
const TIMES = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, // space ! " # $ % & ' ( ) * + , - . /
  500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, // 0-9 : ; < = > ?
  921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, // @ A-O
  556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, // P-Z [ \ ] ^ _
  333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, // ` a-o
  500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, //       p-z { | } ~
];

/** Natural advance of a half-width character in em. */
function halfEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x20 && c <= 0x7e) return TIMES[c - 0x20] / 1000;
  if (c >= 0xff61 && c <= 0xffdc) return 0.5; // designed half-width
  if (ch === '‰') return 1;
  return 0.6; // other Latin/Greek/Cyrillic letters: a little wider than a digit, to be safe
}

/** A run may be squeezed this much (digits are 0.5 em, a body half-cell 0.494 em) before it takes more half-cells. */
const SQUEEZE = 1.04;

/**
 * Cells of a run of half-width characters: whole half-cells, at least one per character, enough for
 * the run's natural width (a half-cell is taken as 0.5 em).
 */
export function halfRunCells(run: string): number {
  let n = 0;
  let em = 0;
  for (const ch of run) {
    n++;
    em += halfEm(ch);
  }
  return runCells(n, em);
}

/** Cells of a half-width run of n characters and natural width em. */
function runCells(n: number, em: number): number {
  return Math.max(n, Math.ceil((em * 2) / SQUEEZE - 1e-9)) / 2;
}

/**
 * The cells of a text as it grows one character at a time: `total` is cellsOfText of the
 * characters added so far. Line breaking asks after every character; measuring the line again
 * each time made breaking quadratic in the line's length (a gazette's preview took ~300 ms).
 */
export class CellCounter {
  /** Cells of the full-width characters and of the half-width runs already closed. */
  private closed = 0;
  /** The open half-width run: its length and natural width. */
  private runLength = 0;
  private runEm = 0;

  add(ch: string): void {
    if (isHalfWidth(ch)) {
      this.runLength++;
      this.runEm += halfEm(ch);
      return;
    }
    if (this.runLength) this.closed += runCells(this.runLength, this.runEm);
    this.runLength = 0;
    this.runEm = 0;
    this.closed += cellsOf(ch);
  }

  get total(): number {
    return this.runLength ? this.closed + runCells(this.runLength, this.runEm) : this.closed;
  }
}

/** Cells of a text: one per full-width character plus each maximal half-width run as a box. */
export function cellsOfText(text: string): number {
  const counter = new CellCounter();
  for (const ch of text) counter.add(ch);
  return counter.total;
}

/** Characters that must not start a line (Chinese kinsoku, GB/T 15834 practice). */
const NO_START = new Set(Array.from('，。、；：？！）》」』”’〕】〗…—,.;:?!)]}%'));
/** Characters that must not end a line. */
const NO_END = new Set(Array.from('（《「『“‘〔【〖([{'));

function isHalfWord(ch: string): boolean {
  return /[A-Za-z0-9.%\-_/]/.test(ch);
}

export interface LineBreak {
  /** Index of the first character (UTF-16 code unit index into the text) of each line. */
  start: number;
  end: number;
  cells: number;
}

/** Code points of a text with their UTF-16 offsets (offs has one more entry: the end). */
function charsOf(text: string): { chars: string[]; offs: number[] } {
  const chars = Array.from(text);
  const offs: number[] = [];
  let o = 0;
  for (const ch of chars) {
    offs.push(o);
    o += ch.length;
  }
  offs.push(o);
  return { chars, offs };
}

/** Cells of chars[i, j) (half-width runs as boxes). */
function spanCells(chars: string[], i: number, j: number): number {
  return cellsOfText(chars.slice(i, j).join(''));
}

/**
 * Breaks text into lines of at most `width` cells; the first line has `firstWidth` cells
 * (after a first-line indent or a label). Half-width words (numbers, Latin) are kept together
 * when they fit on a line; a closing mark never starts a line (the previous character moves down).
 */
export function breakLines(text: string, width: number, firstWidth = width): LineBreak[] {
  const { chars, offs } = charsOf(text);
  const lines: LineBreak[] = [];
  let i = 0;
  while (i < chars.length) {
    const w = lines.length === 0 ? firstWidth : width;
    let j = i;
    // Grow while the line (its half-width runs as boxes) still fits.
    const line = new CellCounter();
    while (j < chars.length) {
      line.add(chars[j]);
      if (line.total > w + 1e-9) break;
      j++;
    }
    if (j < chars.length && j > i + 1) {
      // Move the break back until it is allowed: a half-width word (`100%`) goes down whole if it
      // fits on a line of its own, and a closing mark never starts a line (the previous character
      // goes down with it). Each step can make the other necessary (`…达到100%。`).
      let marks = 0;
      for (let guard = 0; guard < 8 && j > i + 1; guard++) {
        if (isHalfWord(chars[j]) && isHalfWord(chars[j - 1])) {
          let k = j;
          while (k > i && isHalfWord(chars[k - 1])) k--;
          let wordEnd = j;
          while (wordEnd < chars.length && isHalfWord(chars[wordEnd])) wordEnd++;
          if (k > i && spanCells(chars, k, wordEnd) <= width) {
            j = k;
            continue;
          }
          break;
        }
        if ((NO_START.has(chars[j]) || NO_END.has(chars[j - 1])) && marks < 3) {
          j--;
          marks++;
          continue;
        }
        break;
      }
    }
    if (j === i) j = i + 1; // a single character wider than the line still goes somewhere
    lines.push({ start: offs[i], end: offs[j], cells: spanCells(chars, i, j) });
    i = j;
  }
  if (!lines.length) lines.push({ start: 0, end: 0, cells: 0 });
  return lines;
}

/** Where a line may end before chars[k] (0 < k < n): not inside a half-width word, not before a closing mark, not after an opening one. */
function canBreak(chars: string[], k: number): boolean {
  if (isHalfWord(chars[k - 1]) && isHalfWord(chars[k])) return false;
  return !NO_START.has(chars[k]) && !NO_END.has(chars[k - 1]);
}

// Chinese words, for titles' breaks (GB/T 9704 7.3.1 词意完整): ICU's dictionary segmenter, which
// Node and Electron carry (full ICU). Without it, titles break as before.
const SEGMENTER: { segment(t: string): Iterable<{ segment: string; index: number }> } | undefined =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new (Intl as unknown as { Segmenter: new (l: string, o: object) => NonNullable<typeof SEGMENTER> }).Segmenter('zh', { granularity: 'word' }) : undefined;
/** Words of official titles that ICU splits (印/发, 办公/室, 细/则). */
const TITLE_WORDS = /印发|转发|批转|办公室|细则|若干|规章|暂行|试行/g;

/**
 * UTF-16 offsets of `text` that fall inside a word: a break there splits it (改|革, 汽|车, 聊城|市).
 * Words: ICU's, a few of official titles, and the place name that opens the title (聊城市人民政府… →
 * 聊城市, wherever it recurs: ICU reads 聊/城市).
 */
function insideWords(text: string): Set<number> {
  const inside = new Set<number>();
  const word = (at: number, len: number) => {
    for (let o = at + 1; o < at + len; o++) inside.add(o);
  };
  if (!SEGMENTER) return inside;
  for (const s of SEGMENTER.segment(text)) if (s.segment.length > 1 && /^[\u4e00-\u9fff]+$/.test(s.segment)) word(s.index, s.segment.length);
  for (const m of text.matchAll(TITLE_WORDS)) word(m.index!, m[0].length);
  const place = /^[\u4e00-\u9fff]{1,6}?[省市县区州盟旗](?=[\u4e00-\u9fff]{2})/.exec(text)?.[0];
  if (place && place.length >= 2) for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1)) word(at, place.length);
  return inside;
}

/** Cost of a break that splits a word: worth a few characters of balance (16 | 16 → 14 | 18), no more. */
const SPLIT_WORD = 60;

/**
 * Balanced lines for titles (the 目录's entries, a document's title): as many lines as greedy
 * breaking needs, but their lengths as even as the break rules allow, so no line is left with one
 * or two characters (`…的通\n知`). With `trapezoid`, no line is longer than the line below it
 * (GB/T 9704 7.3.1: a title is set as a trapezoid or diamond, never an hourglass).
 */
export function balancedLines(text: string, width: number, opts: { trapezoid?: boolean } = {}): LineBreak[] {
  const greedy = breakLines(text, width);
  const k = greedy.length;
  if (k < 2) return greedy;
  const { chars, offs } = charsOf(text);
  const n = chars.length;
  if (n > 160) return greedy; // not a title: keep it cheap
  const C: number[][] = [];
  for (let i = 0; i < n; i++) {
    C.push([]);
    const line = new CellCounter();
    for (let j = i + 1; j <= n; j++) {
      line.add(chars[j - 1]);
      C[i][j] = line.total;
    }
  }
  const ok = (j: number) => j === n || canBreak(chars, j);
  // 词意完整 (7.3.1): the usual break of an official title is between the issuer and 关于…; it is
  // preferred when it costs little balance (10 | 19 over 14 | 15, not 4 | 25).
  const inside = insideWords(text);
  const bonus = (j: number) => (j >= 4 && j < n && chars[j] === '关' && chars[j + 1] === '于' ? 80 : 0) - (inside.has(offs[j]) ? SPLIT_WORD : 0);
  // f[m][i][j]: least cost of m lines covering chars[0, j) whose last line is chars[i, j).
  // Cost = Σ (width − length)²; a line longer than the one below it costs a lot when a trapezoid is asked for.
  const f: Map<number, { cost: number; from: number }>[] = Array.from({ length: k + 1 }, () => new Map());
  const key = (i: number, j: number) => i * (n + 1) + j;
  for (let j = 1; j <= n; j++) if (ok(j) && C[0][j] <= width + 1e-9) f[1].set(key(0, j), { cost: (width - C[0][j]) ** 2 - bonus(j), from: -1 });
  for (let m = 2; m <= k; m++) {
    for (const [pk, prev] of f[m - 1]) {
      const h = Math.floor(pk / (n + 1));
      const i = pk % (n + 1);
      if (i >= n) continue;
      for (let j = i + 1; j <= n; j++) {
        if (!ok(j) || (m === k && j !== n)) continue;
        const len = C[i][j];
        if (len > width + 1e-9) break;
        let cost = prev.cost + (width - len) ** 2 - bonus(j);
        if (opts.trapezoid && C[h][i] > len + 1e-9) cost += 1000 * (C[h][i] - len);
        const cur = f[m].get(key(i, j));
        if (!cur || cost < cur.cost) f[m].set(key(i, j), { cost, from: h });
      }
    }
  }
  let end: { i: number; cost: number } | undefined;
  for (const [pk, v] of f[k]) {
    if (pk % (n + 1) === n && (!end || v.cost < end.cost)) end = { i: Math.floor(pk / (n + 1)), cost: v.cost };
  }
  if (!end) return greedy; // the break rules leave no way: keep the greedy lines
  const cells = (i: number, j: number) => C[i][j];
  const ends: number[] = [n];
  for (let m = k, i = end.i, j = n; m > 1; m--) {
    const from = f[m].get(key(i, j))!.from;
    ends.unshift(i);
    j = i;
    i = from;
  }
  let start = 0;
  return ends.map((end) => {
    const l = { start: offs[start], end: offs[end], cells: cells(start, end) };
    start = end;
    return l;
  });
}
