// Normalisation of one physical line into the text the rules read, with a map back to the source.
// What it removes is extraction noise, never wording: markdown markers, indentation, trailing
// hard-wrap spaces, and spaces that sit inside Chinese text (`通 知`, `2024 年 11 月`, `15 号`).
// Full-width digits (０–９), and a decimal point `．` between two of them, are read as half-width, one
// for one, so that a number, a date or an item marker typed with them is still recognised;
// punctuation/digit-width reports them from `raw`.

export interface NormLine {
  /** 0-based source line. */
  line: number;
  /** Source offsets of the line's content. */
  start: number;
  end: number;
  raw: string;
  text: string;
  /** map[i] = source offset of text[i]; map[text.length] = end of the last kept character. */
  map: number[];
}

/** Chinese characters, CJK and full-width punctuation, and the dashes and quotes of Chinese text. */
export function isCjkCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3000 && c <= 0x303f)
    || (c >= 0xff00 && c <= 0xffef) || c === 0x2014 || c === 0x2026 || (c >= 0x2018 && c <= 0x201d);
}

export function isCjk(ch: string | undefined): boolean {
  return !!ch && isCjkCode(ch.charCodeAt(0));
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isSpaceCode = (c: number) => c === 32 || c === 0x3000 || c === 0xa0 || c === 9;
const isParenCode = (c: number) => c === 40 || c === 41;

/** Whether a space between a and b is noise: at least one side Chinese, the other Chinese or a digit. */
function spaceIsNoise(a: number, b: number): boolean {
  if (isCjkCode(a) && (isCjkCode(b) || isDigitCode(b) || isParenCode(b))) return true;
  if (isCjkCode(b) && (isDigitCode(a) || isParenCode(a))) return true;
  return false;
}

/**
 * What the character loop stops at: a space that may be noise, a `**` marker (tabs are kept), or an
 * invisible character another PDF tool leaves (a soft hyphen U+00AD at a wrap or inside a word,
 * zero-width spaces and joiners): never wording, dropped so that 高质­量 reads 高质量.
 */
const SPECIAL = /[ \u3000\u00a0*\u00ad\u200b-\u200d\u2060]/g;
const isInvisibleCode = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060;
/** Lines with none of these characters are already normal: the common case, kept cheap. */
const NEEDS_WORK = /[#*>\-+ \u3000\u00a0\t\u00ad\u200b-\u200d\u2060]/;
/**
 * A run of full-width digits ０–９ (U+FF10 + d), with the decimal points `．` between them (３．５):
 * one number. A `．` after the last digit (an item marker's `１．`) is no part of it, nor is a comma
 * (`，` separates words in Chinese text, never thousands).
 */
export const FULL_WIDTH_DIGITS = /[\uff10-\uff19]+(?:\uff0e[\uff10-\uff19]+)*/g;

/** The text with full-width digits, and the decimal points between them, as half-width (same length). */
export function foldDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGITS, (run) => {
    let out = '';
    // ０–９ and ． are U+FF10–FF19 and U+FF0E: their half-width forms are 0xfee0 below.
    for (let i = 0; i < run.length; i++) out += String.fromCharCode(run.charCodeAt(i) - 0xfee0);
    return out;
  });
}

/**
 * Whether `s` holds a full-width digit. A caller normalising many lines asks once of their whole
 * text: almost none has one, and the range in NEEDS_WORK made its test of every line 2–3× slower.
 */
export const hasFullWidthDigit = (s: string) => /[\uff10-\uff19]/.test(s);

/** Source offsets `start`, `start + 1`, …, `start + n - 1`. */
export function offsetRun(start: number, n: number): number[] {
  const map = new Array<number>(n);
  for (let i = 0; i < n; i++) map[i] = start + i;
  return map;
}

/**
 * A line the normaliser keeps as it is (text = raw; half the lines of an extracted gazette): its
 * offset map, start + i, is made only when read. A line inside a paragraph of several is read
 * through the paragraph's map (makeParagraph, with `plainOffsets`): its own map was most of what a
 * lint kept alive through its garbage collections.
 */
class PlainLine implements NormLine {
  line: number;
  start: number;
  end: number;
  raw: string;
  text: string;
  #map: number[] | undefined;

  constructor(line: number, start: number, raw: string) {
    this.line = line;
    this.start = start;
    this.end = start + raw.length;
    this.raw = raw;
    this.text = raw;
  }

  get map(): number[] {
    return (this.#map ??= offsetRun(this.start, this.text.length + 1));
  }

  /** The map's first `text.length` offsets: a copy of the map when made, made afresh (and not kept) when not. */
  static offsets(l: NormLine): number[] {
    if (l instanceof PlainLine && !l.#map) return offsetRun(l.start, l.text.length);
    return l.map.slice(0, l.text.length);
  }

  /** `l.map[l.text.length]`, without making the map of a plain line that has none yet. */
  static endOffset(l: NormLine): number {
    return l instanceof PlainLine && !l.#map ? l.end : l.map[l.text.length];
  }
}

/** `l.map.slice(0, l.text.length)`, without making the map of a plain line that has none yet. */
export const lineOffsets = (l: NormLine): number[] => PlainLine.offsets(l);
/** `l.map[l.text.length]`, without making the map of a plain line that has none yet. */
export const lineEndOffset = (l: NormLine): number => PlainLine.endOffset(l);

/** `wideDigits`: false when the caller knows the line holds no full-width digit (hasFullWidthDigit). */
export function normalizeLine(raw: string, start: number, line: number, wideDigits = true): NormLine {
  if (wideDigits && hasFullWidthDigit(raw)) return foldedLine(normalizeLine(raw, start, line, false));
  if (!NEEDS_WORK.test(raw)) return new PlainLine(line, start, raw);
  let i = 0;
  // Markdown heading markers, block quotes and list bullets at the start of the line.
  const md = /^\s*(#{1,6}\s+|>\s+|[-*+]\s+(?=\S))/.exec(raw);
  if (md) i = md[0].length;
  let text = '';
  // Sized for the whole line and cut to length at the end: pushing grew it by copies.
  const map = new Array<number>(raw.length + 1);
  let k = 0;
  let prev = -1;
  // Kept characters are copied in runs (raw.slice), not one by one: a string per Chinese
  // character made this the parser's hottest loop. The next space or `*` is found by a native
  // search, so the characters between are only mapped: a first (interpreted) run of the parser
  // paid a test of every character.
  let run = i;
  while (i < raw.length) {
    SPECIAL.lastIndex = i;
    const j = SPECIAL.exec(raw)?.index ?? raw.length;
    if (j > i) {
      for (; i < j; i++) map[k++] = start + i;
      prev = raw.charCodeAt(j - 1);
    }
    if (i >= raw.length) break;
    const c = raw.charCodeAt(i);
    if (isInvisibleCode(c)) {
      if (i > run) text += raw.slice(run, i);
      run = ++i;
      continue;
    }
    if (c === 42 /* * */) {
      if (raw.charCodeAt(i + 1) === 42) {
        if (i > run) text += raw.slice(run, i);
        i += 2;
        run = i;
      } else {
        map[k++] = start + i;
        prev = c;
        i++;
      }
      continue;
    }
    if (i > run) text += raw.slice(run, i);
    let j2 = i;
    // Invisible characters among the spaces are looked past: `63号　­` ends with no space.
    while (j2 < raw.length && ((isSpaceCode(raw.charCodeAt(j2)) && raw.charCodeAt(j2) !== 9) || isInvisibleCode(raw.charCodeAt(j2)))) j2++;
    let next = j2 < raw.length ? raw.charCodeAt(j2) : -1;
    // `**` right after the spaces is a marker: look past it.
    if (next === 42 && raw.charCodeAt(j2 + 1) === 42) next = j2 + 2 < raw.length ? raw.charCodeAt(j2 + 2) : -1;
    run = j2;
    if (prev >= 0 && next >= 0 && !spaceIsNoise(prev, next)) {
      // Keep a single space between non-Chinese words.
      text += ' ';
      map[k++] = start + i;
      prev = 32;
    }
    i = j2;
  }
  if (raw.length > run) text += raw.slice(run);
  // Tabs ending a line that holds no other (an editor's trailing whitespace after a sentence) are no
  // table cell: dropped, or a block's text would seem to go on after its ） (red team 16). A row's
  // empty last cell (1⇥东昌府区⇥) has its other tabs and stays.
  if (text.charCodeAt(text.length - 1) === 9) {
    const kept = text.replace(/\t+$/, '');
    if (!kept.includes('\t')) {
      k -= text.length - kept.length;
      text = kept;
    }
  }
  map[k] = k ? map[k - 1] + 1 : start;
  map.length = k + 1;
  return { line, start, end: start + raw.length, raw, text, map };
}

/**
 * Digits folded after the space pass: a space between a Chinese character and a full-width digit
 * was noise there (both read as Chinese), as it is beside a half-width one.
 */
function foldedLine(l: NormLine): NormLine {
  return { line: l.line, start: l.start, end: l.end, raw: l.raw, text: foldDigits(l.text), map: l.map };
}

/** Full-width ↔ half-width forms of the punctuation that width islands swap. */
export const HALF_TO_FULL: Record<string, string> = {
  '(': '（', ')': '）', ':': '：', ';': '；', ',': '，', '?': '？', '!': '！',
};

/** A copy of the text with half-width punctuation read as full-width (same length, same map). */
export function foldWidth(text: string): string {
  return text.replace(/[():;,?!]/g, (c, i: number) => {
    // Keep ASCII punctuation between ASCII letters/digits (e.g. "1:500", "A,B").
    const a = text[i - 1];
    const b = text[i + 1];
    if (c !== '(' && c !== ')' && a && b && /[A-Za-z0-9]/.test(a) && /[A-Za-z0-9]/.test(b)) return c;
    return HALF_TO_FULL[c] ?? c;
  });
}
