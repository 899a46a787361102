// How many cells of the GB/T 9704 grid a character takes when printed: full-width characters
// (CJK, full-width punctuation, and the quotes, dashes and ellipsis of Chinese text) one, half-width
// ones (digits, Latin, ASCII punctuation, half-width forms) half. The print layout (render/cells.ts)
// sets lines with it, and the parser (parse/paragraphs.ts) measures a hard-wrapped line with it.

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

/** A text's width in cells, character by character (no run of half-width characters rounded up, as render/cells.ts's layout does). */
export function widthInCells(t: string): number {
  let w = 0;
  for (const ch of t) w += cellsOf(ch);
  return w;
}
