// How many cells of the GB/T 9704 grid a character takes when printed: full-width characters
// (CJK, full-width punctuation, and the quotes, dashes and ellipsis of Chinese text) one, half-width
// ones (digits, Latin, ASCII punctuation, half-width forms) half. The print layout (render/cells.ts)
// sets lines with it, and the parser (parse/paragraphs.ts) measures a hard-wrapped line with it.

/** Cells a character takes on the grid: full-width (CJK, full-width punctuation) 1, half-width 0.5. */
export function cellsOf(ch: string): number {
  return cellsOfCode(ch.codePointAt(0) ?? 0);
}

/** cellsOf of the character whose code point is `c`. */
function cellsOfCode(c: number): number {
  if (c < 0x1100) return 0.5; // ASCII, Latin, Greek, Cyrillic
  if (c >= 0xff61 && c <= 0xffdc) return 0.5; // half-width katakana/hangul forms
  if (c >= 0x2000 && c <= 0x206f) {
    // General punctuation: the Chinese quotes, dashes and ellipsis (‘’“”—…‖) are full-width in Chinese text.
    return c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2026 || c === 0x2016 ? 1 : 0.5;
  }
  return 1;
}

/** A text's width in cells, character by character (no run of half-width characters rounded up, as render/cells.ts's layout does). */
export function widthInCells(t: string): number {
  // By code point, not `for (const ch of t)`: the string iterator made a string of every Chinese
  // character (~0.29 MB of garbage a lint of the largest gazette, from the parser's narrowColumn).
  let w = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.codePointAt(i)!;
    w += cellsOfCode(c);
    if (c > 0xffff) i++; // a surrogate pair is one character
  }
  return w;
}
