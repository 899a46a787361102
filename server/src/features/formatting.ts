// Formatting: only the width of punctuation, and only where GB/T 9704 fixes it — numbering
// markers, 牵头单位 blocks and citations (and 发文字号 brackets). Each edit replaces one
// punctuation character by its standard form; words, digits and spacing are never touched.
import type { TextEdit } from 'vscode-languageserver/node';
import type { DocNumber, Gazette, Span } from '../../../engine/src/types';
import type { SourceText } from '../../../engine/src/text/source';

/** Half-width → full-width for Chinese running text. */
const FULL: Record<string, string> = {
  '(': '（', ')': '）', ':': '：', ';': '；', ',': '，', '?': '？', '!': '！',
};
/** Full-width forms that must be half-width: the level-3 marker `1.` and the digits of markers. */
const HALF: Record<string, string> = { '．': '.', ...Object.fromEntries([...'０１２３４５６７８９'].map((c, i) => [c, String(i)])) };
/** The brackets of a 发文字号's year are 六角括号. */
const NUMBER_BRACKETS: Record<string, string> = { '[': '〔', '［': '〔', '【': '〔', ']': '〕', '］': '〕', '】': '〕' };

interface Edit { offset: number; text: string }

function mapSpan(text: string, span: Span, table: Record<string, string>, out: Edit[], skip?: (i: number) => boolean): void {
  for (let i = span.start; i < span.end && i < text.length; i++) {
    if (skip?.(i)) continue;
    const r = table[text[i]];
    if (r !== undefined && r !== text[i]) out.push({ offset: i, text: r });
  }
}

function numberEdits(text: string, n: DocNumber, out: Edit[]): void {
  if (n.isDecree || (n.isNotice && !n.open)) return;
  mapSpan(text, n.parts.open, NUMBER_BRACKETS, out);
  mapSpan(text, n.parts.close, NUMBER_BRACKETS, out);
}

/** The edits, in text order, one per character that changes. */
export function formattingEdits(gazette: Gazette, source: SourceText, range?: { start: number; end: number }): TextEdit[] {
  const text = source.text;
  const edits: Edit[] = [];
  for (const doc of gazette.documents) {
    for (const it of doc.items) {
      if (it.level >= 10) continue; // 第X条 has no punctuation to normalise
      // Level 3 (1.) and the Arabic digits of any marker are half-width; parentheses are full-width.
      mapSpan(text, it.markerSpan, it.level === 3 ? HALF : { ...FULL, ...HALF }, edits);
    }
    for (const b of doc.blocks) {
      const inUnit = (i: number) => b.roles.some((r) => r.units.some((u) => i >= u.start && i < u.end && !/[()]/.test(text[i])));
      mapSpan(text, b, FULL, edits, inUnit);
    }
    for (const c of doc.citations) {
      if (c.paren) {
        mapSpan(text, c.paren.open, FULL, edits);
        mapSpan(text, c.paren.close, FULL, edits);
      }
      if (c.number) numberEdits(text, c.number, edits);
    }
    if (doc.number) numberEdits(text, doc.number, edits);
  }
  const seen = new Set<number>();
  return edits
    .filter((e) => !seen.has(e.offset) && (seen.add(e.offset), true))
    .filter((e) => !range || (e.offset >= range.start && e.offset < range.end))
    .sort((a, b) => a.offset - b.offset)
    .map((e) => ({ range: { start: source.positionAt(e.offset), end: source.positionAt(e.offset + 1) }, newText: e.text }));
}
