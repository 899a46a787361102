// Character cells and line breaking on the GB/T 9704 grid. Line breaks are computed here, not by
// the browser or Word, so the page count is the same for the preview, HTML, PDF and DOCX.

/** Cells a character takes on the grid: full-width (CJK, full-width punctuation) 1, half-width 0.5. */
export function cellsOf(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x1100) return 0.5; // ASCII, Latin, Greek, Cyrillic
  if (c >= 0xff61 && c <= 0xffdc) return 0.5; // half-width katakana/hangul forms
  if (c >= 0x2000 && c <= 0x206f) {
    // General punctuation: the Chinese quotes, dashes and ellipsis are full-width in Chinese text.
    return '‘’“”—…‖'.includes(ch) ? 1 : 0.5;
  }
  return 1;
}

export function cellsOfText(text: string): number {
  let n = 0;
  for (const ch of text) n += cellsOf(ch);
  return n;
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

/**
 * Breaks text into lines of at most `width` cells; the first line has `firstWidth` cells
 * (after a first-line indent or a label). Half-width words (numbers, Latin) are kept together
 * when they fit on a line; a closing mark never starts a line (the previous character moves down).
 */
export function breakLines(text: string, width: number, firstWidth = width): LineBreak[] {
  const chars = Array.from(text);
  const offs: number[] = [];
  let o = 0;
  for (const ch of chars) {
    offs.push(o);
    o += ch.length;
  }
  offs.push(o);
  const lines: LineBreak[] = [];
  let i = 0;
  while (i < chars.length) {
    const w = lines.length === 0 ? firstWidth : width;
    let cells = 0;
    let j = i;
    while (j < chars.length && cells + cellsOf(chars[j]) <= w + 1e-9) {
      cells += cellsOf(chars[j]);
      j++;
    }
    if (j < chars.length && j > i + 1) {
      // Keep a half-width word whole by moving it down, if it fits on a line of its own.
      if (isHalfWord(chars[j]) && isHalfWord(chars[j - 1])) {
        let k = j;
        while (k > i && isHalfWord(chars[k - 1])) k--;
        let wordEnd = j;
        while (wordEnd < chars.length && isHalfWord(chars[wordEnd])) wordEnd++;
        const wordCells = wordEnd - k; // half-width: 0.5 each, compared in half cells below
        if (k > i && wordCells * 0.5 <= width) j = k;
      }
      // A closing mark must not start the next line: pull the previous character down with it.
      let guard = 0;
      while (j > i + 1 && j < chars.length && (NO_START.has(chars[j]) || NO_END.has(chars[j - 1])) && guard < 3) {
        j--;
        guard++;
      }
    }
    if (j === i) j = i + 1; // a single character wider than the line still goes somewhere
    let c = 0;
    for (let k = i; k < j; k++) c += cellsOf(chars[k]);
    lines.push({ start: offs[i], end: offs[j], cells: c });
    i = j;
  }
  if (!lines.length) lines.push({ start: 0, end: 0, cells: 0 });
  return lines;
}
