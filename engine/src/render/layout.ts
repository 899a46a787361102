// Lays classified documents out on GB/T 9704 pages: A4, type area 156 × 225 mm, 22 rows of 28
// cells. Everything is decided here in whole rows and cells, so every output (HTML, PDF, DOCX)
// has the same lines and the same pages.
import { ATTENDANCE, HEAD_NOTE_ROLES, type DocFormat, type RBlock, type RDoc, type Role } from './classify';
import { balancedLines, breakLines, cellsOfText } from './cells';

export const PAGE = { width: 210, height: 297, top: 37, left: 28, areaWidth: 156, areaHeight: 225 };
export const COLS = 28;
export const ROWS = 22;
/** Width of one body character cell (mm). */
export const CELL = PAGE.areaWidth / COLS;
/** Line pitch (mm). */
export const PITCH = PAGE.areaHeight / ROWS;
export const PT = 25.4 / 72;

/** The type sizes used: 3号 body 16 pt, 2号 title 22 pt, 4号 版记 and page numbers 14 pt. */
export type Size = 'body' | 'title' | 'small';
export const SIZE_PT: Record<Size, number> = { body: 16, title: 22, small: 14 };
/** Cell width per size: the body fills the grid exactly; the others use their em. */
export const CELL_MM: Record<Size, number> = { body: CELL, title: 22 * PT, small: 14 * PT };
export const TITLE_COLS = Math.floor(PAGE.areaWidth / CELL_MM.title); // 20
export const SMALL_COLS = Math.floor(PAGE.areaWidth / CELL_MM.small); // 31

/** fs 仿宋, kt 楷体, ht 黑体, xbs 小标宋. */
export type Font = 'fs' | 'kt' | 'ht' | 'xbs';

export interface Seg {
  text: string;
  font: Font;
  /** Source offsets: map[i] for text[i], map[text.length] = end. */
  map: number[];
}

export interface PLine {
  /** Grid row on the page (0..21). */
  row: number;
  /** Left edge in cells of this line's size (may be fractional), from the type area's left. */
  col: number;
  cells: number;
  size: Size;
  role: Role | 'toc' | 'tocHead' | 'tocSection' | 'cover';
  segs: Seg[];
  /** Source line of the first character (scroll sync); -1 for generated text. */
  line: number;
  /** Index of the document (issue assembly: entry in the manifest order). */
  doc: number;
  /** Index of the block within its document (lines of one paragraph share it). */
  block?: number;
  /** How the HTML places it: from `col`, centred in the type area, or flush right (`col` still exact). */
  align?: 'center' | 'right';
  /** Generated text with a right-aligned page number (目录): leader from the text to the number. */
  tocPage?: string;
}

export interface PRule {
  /** Distance of its middle from the top of the type area (mm). */
  top: number;
  color: 'red' | 'black';
  /** Thickness (mm); of a double rule, both lines and the gap between them. */
  weight: number;
  /** A double rule (信函格式): thick over thin, or thin over thick. */
  double?: 'thick-thin' | 'thin-thick';
  /** Length (mm), centred on the type area; the type area's width when absent. */
  width?: number;
}

export interface PMark {
  text: string;
  line: number;
  map: number[];
  /** Its top edge, from the top of the type area (mm): above it for a 信函格式. */
  top: number;
  /** Character size (mm). */
  size: number;
}

/** The 发文机关标志's size: 小标宋 at up to 15 mm, narrower when the name is long, within the type area. */
export function markSizeMm(text: string): number {
  return Math.min(15, (PAGE.areaWidth + 8) / Math.max(Array.from(text).length, 1));
}

/** Top edge of the mark from the top of the type area (mm): 7.2.4 35 mm, 10.2 20 mm, 10.1 30 mm from the page's top. */
export const MARK_TOP: Record<DocFormat | 'file' | 'upward', number> = { file: 35, upward: 80, minutes: 35, decree: 20, letter: 30 - PAGE.top };

/** A table's rules (mm). */
export const GRID_RULE = 0.25;

/** 信函格式 double rules (mm): GB/T 9704 gives their place and length (170 mm), not their weights. */
export const LETTER_RULE = { thick: 1, gap: 0.5, thin: 0.35, width: 170 };
const LETTER_RULE_WEIGHT = LETTER_RULE.thick + LETTER_RULE.gap + LETTER_RULE.thin;
/** Height of a 3号 character (mm): 10.1 puts the 发文字号 7/8 of it under the first double rule. */
const BODY_CHAR = 16 * (25.4 / 72);

/**
 * A table's ruled grid on one page: its row edges (grid rows, from the type area's top) and column
 * edges (body cells, from its left). Every edge is ruled, outer and inner.
 */
export interface PGrid {
  rows: number[];
  cols: number[];
  /** How many of its first table rows are the header (repeated on a page the table continues on). */
  headerRows: number;
  /** Row edges of each table row (its first and last edge), for the DOCX table. */
  spans: [number, number][];
  /** Per column: its text centred below the header (which is always centred), else set from the left. */
  centred: boolean[];
}

export interface Page {
  lines: PLine[];
  rules: PRule[];
  /** Tables on the page. */
  grids?: PGrid[];
  mark?: PMark;
  /** Page number, when the page has one. */
  number?: number;
  /** Numbered but not printed: the first page of a 信函格式 (GB/T 9704 10.1). */
  numberHidden?: boolean;
  doc: number;
  /** Cover and 目录 pages of an issue. */
  kind: 'doc' | 'cover' | 'toc';
  cover?: { title: string; year?: string; issue?: string };
}

const FONT_OF: Partial<Record<Role, Font>> = {
  title: 'xbs', attachTitle: 'xbs', subtitle: 'kt', signer: 'kt', secrecy: 'ht', urgency: 'ht', h1: 'ht', chapter: 'ht', section: 'ht', attachLabel: 'ht',
};

function seg(b: RBlock, from: number, to: number, font: Font): Seg {
  return { text: b.text.slice(from, to), font, map: b.map.slice(from, to + 1) };
}

/** Splits a block's text [from, to) into segments by font (heading part vs body part). */
function segsOf(b: RBlock, from: number, to: number): Seg[] {
  const base: Font = FONT_OF[b.role] ?? 'fs';
  const head = b.headLen ?? 0;
  // 签发人：in 仿宋, the name in 楷体 (7.2.6).
  const headFont: Font | undefined = b.role === 'h1' || b.role === 'article' ? 'ht' : b.role === 'h2' ? 'kt' : b.role === 'signer' ? 'fs' : undefined;
  if (!headFont || head <= from) return [seg(b, from, to, base)];
  if (head >= to) return [seg(b, from, to, headFont)];
  return [seg(b, from, head, headFont), seg(b, head, to, base)];
}

/**
 * Lays out a title: centred, at most TITLE_COLS per line, balanced as a trapezoid (upper lines no
 * longer than lower ones, GB/T 9704 7.3.1), never a line of one or two characters; never breaking
 * inside a half-width word (2024) or before a closing mark.
 */
function titleBreaks(text: string): [number, number][] {
  return balancedLines(text, TITLE_COLS, { trapezoid: true }).map((l) => [l.start, l.end]);
}

/** Lines of a document's head or a heading: never carried to the next page on their own. */
const HEAD_ROLES = new Set<PLine['role']>(['mark', 'number', 'title', 'attachTitle', 'subtitle', 'chapter', 'section', 'attachLabel', 'h1', 'recipient']);

const HEADINGS = new Set<Role>(['h1', 'h2', 'h3', 'h4', 'chapter', 'section']);

export interface LayoutOptions {
  /** First printed page number (issue assembly continues the numbering). */
  firstNumber?: number;
  /** Document index stamped on lines and pages. */
  doc?: number;
  /** Source line of a source offset (paragraphs joined across lines map back to each line). */
  lineOfOffset?: (offset: number) => number;
}

/** Lays out one document from a new page. */
/**
 * The rows of a 签发人 block (`签发人：甲　乙　丙`, or 甲、乙、丙 as written) as [start, end) in its text: 签发人： and two
 * names on the first, two names a row after it (GB/T 9704 7.2.6: 一般每行排两个姓名).
 */
export function rowsOfSigner(text: string): [number, number][] {
  const names: [number, number][] = [];
  for (const m of text.slice(4).matchAll(/[^\u3000、，,]+/g)) names.push([4 + m.index!, 4 + m.index! + m[0].length]);
  if (!names.length) return [[0, text.length]];
  const rows: [number, number][] = [];
  for (let k = 0; k < names.length; k += 2) {
    const end = names[Math.min(k + 1, names.length - 1)][1];
    // A 、 or ， the drafter wrote before the next row's first name ends this row.
    rows.push([k ? names[k][0] : 0, /[、，,]/.test(text[end] ?? '') ? end + 1 : end]);
  }
  return rows;
}

export function layoutDoc(d: RDoc, opts: LayoutOptions = {}): Page[] {
  const docIx = opts.doc ?? 0;
  const lineOf = (b: RBlock, at: number) => (opts.lineOfOffset && b.map[at] !== undefined ? opts.lineOfOffset(b.map[at]) : b.line);
  const pages: Page[] = [];
  let page: Page = { lines: [], rules: [], doc: docIx, kind: 'doc' };
  pages.push(page);
  let row = 0;
  const newPage = () => {
    page = { lines: [], rules: [], doc: docIx, kind: 'doc' };
    pages.push(page);
    row = 0;
  };
  // Every caller passes a new object: it is completed in place. Copying it with a spread took a
  // tenth of a preview render (V8 clones objects of so many shapes slowly).
  const put = (l: Omit<PLine, 'row' | 'doc'>) => {
    if (row >= ROWS) newPage();
    const line = l as PLine;
    line.row = row;
    line.doc = docIx;
    line.block = i;
    page.lines.push(line);
    row++;
  };
  const blank = () => {
    if (row > 0 && row < ROWS) row++;
  };
  /** Flows a block in body size: first-line indent and continuation indent in cells. */
  const flow = (b: RBlock, first: number, rest: number) => {
    const breaks = breakLines(b.text, COLS - rest, COLS - first);
    breaks.forEach((br, k) => {
      put({ col: k === 0 ? first : rest, cells: br.cells, size: 'body', role: b.role, segs: segsOf(b, br.start, br.end), line: lineOf(b, br.start) });
    });
  };

  // 版头: 发文机关标志 35 mm below the top of the type area, 发文字号 two lines below it, the red rule
  // 4 mm under the 发文字号, the title two lines below the rule.
  const format = d.format;
  const blocks = d.blocks;
  const mark = blocks.find((b) => b.role === 'mark');
  const numberIx = blocks.findIndex((b) => b.role === 'number');
  const imprintIx = blocks.findIndex((b) => b.role === 'imprint');
  let i = 0;
  // 7.2.1-7.2.3: 份号, 密级和保密期限, 紧急程度 flush left from the type area's first row, one a row, in
  // the order written (GB/T 9704's is 份号, 密级, 紧急程度: the preview shows a wrong order, not fixes
  // it); 10.1 puts them under the 信函格式's first double rule, the first on the 发文字号's row.
  let notes = 0;
  while (notes < blocks.length && HEAD_NOTE_ROLES.has(blocks[notes].role)) notes++;
  const putNotes = (from: number) => {
    for (let k = 0; k < notes; k++) {
      const b = blocks[k];
      row = from + k;
      put({ col: 0, cells: cellsOfText(b.text), size: 'body', role: b.role, segs: segsOf(b, 0, b.text.length), line: b.line });
    }
  };
  if (notes && !(mark && format === 'letter')) putNotes(0);
  // Without a mark the head goes on under them, a line apart.
  if (notes && !mark) {
    row = notes + 1;
    i = notes;
  }
  if (mark && format === 'letter') {
    // 10.1: mark 30 mm from the page's top; a red double rule (thick over thin, 170 mm) 4 mm under
    // it and one (thin over thick) 20 mm above the page's foot; the 发文字号 flush right, 7/8 of a
    // character under the first rule; the title two lines below it; no page number on this page.
    const size = markSizeMm(mark.text);
    page.mark = { text: mark.text, line: mark.line, map: mark.map, top: MARK_TOP.letter, size };
    const ruleTop = MARK_TOP.letter + size + 4;
    page.rules.push({ top: ruleTop + LETTER_RULE_WEIGHT / 2, color: 'red', weight: LETTER_RULE_WEIGHT, double: 'thick-thin', width: LETTER_RULE.width });
    page.rules.push({ top: PAGE.height - 20 - PAGE.top - LETTER_RULE_WEIGHT / 2, color: 'red', weight: LETTER_RULE_WEIGHT, double: 'thin-thick', width: LETTER_RULE.width });
    page.numberHidden = true;
    // The first row whose characters (centred in the row) begin at least 7/8 of a character under the rule.
    const first = Math.ceil((ruleTop + LETTER_RULE_WEIGHT + BODY_CHAR * 7 / 8 - (PITCH - BODY_CHAR) / 2) / PITCH);
    putNotes(first);
    row = first;
    if (numberIx >= 0) {
      const nb = blocks[numberIx];
      const c = cellsOfText(nb.text);
      put({ col: COLS - c, cells: c, size: 'body', role: 'number', align: 'right', segs: segsOf(nb, 0, nb.text.length), line: nb.line });
    }
    row = Math.max(row, first + notes) + 2;
    i = blocks.indexOf(mark) + 1;
  } else if (mark && format === 'decree') {
    // 10.2: mark 20 mm below the type area's top, no rule; the 令号 centred two lines under it,
    // the text two lines under the 令号.
    // Two rows of 份号/密级/紧急程度 end above 20 mm; a third pushes the mark down.
    page.mark = { text: mark.text, line: mark.line, map: mark.map, top: Math.max(MARK_TOP.decree, notes * PITCH), size: markSizeMm(mark.text) };
    row = 5;
    if (numberIx >= 0) {
      const nb = blocks[numberIx];
      put({ col: (COLS - cellsOfText(nb.text)) / 2, cells: cellsOfText(nb.text), size: 'body', role: 'number', align: 'center', segs: segsOf(nb, 0, nb.text.length), line: nb.line });
    }
    row = 8;
    i = blocks.indexOf(mark) + 1;
  } else if (mark) {
    // An upward document (请示, 报告: it names its 签发人) has its mark 80 mm down (7.2.4), its number
    // one cell in from the left and the 签发人 one cell in from the right on the same row (7.2.6).
    const signer = numberIx >= 0 ? blocks.find((b) => b.role === 'signer') : undefined;
    const top = signer ? MARK_TOP.upward : MARK_TOP.file;
    page.mark = { text: mark.text, line: mark.line, map: mark.map, top, size: markSizeMm(mark.text) };
    // The mark's two rows from the row nearest its top, a blank row, then the number (35 mm: row 6).
    // Several 签发人 go two a row, a further row's first name under the first row's (7.2.6); the
    // number shares the last row (7.2.4), the red rule under it.
    const signerRows = signer ? rowsOfSigner(signer.text) : [];
    const numberRow = Math.round(top / PITCH) + 3 + Math.max(0, signerRows.length - 1);
    row = numberRow;
    if (numberIx >= 0) {
      const nb = blocks[numberIx];
      const c = cellsOfText(nb.text);
      put({ col: signer ? 1 : (COLS - c) / 2, cells: c, size: 'body', role: 'number', ...(signer ? {} : { align: 'center' as const }), segs: segsOf(nb, 0, nb.text.length), line: nb.line });
    }
    if (signer) {
      const first = cellsOfText(signer.text.slice(...signerRows[0]));
      const nameCol = COLS - 1 - first + 4;
      signerRows.forEach(([a, z], k) => {
        row = numberRow - signerRows.length + 1 + k;
        const sc = cellsOfText(signer.text.slice(a, z));
        // The first row ends one cell from the right; the others begin under its first name.
        put({ col: k ? nameCol : COLS - 1 - sc, cells: sc, size: 'body', role: 'signer', ...(k ? {} : { align: 'right' as const }), segs: segsOf(signer, a, z), line: signer.line });
      });
    }
    // A 纪要's office and date line under its 期数 (10.3 leaves the head's other lines to practice:
    // set as the 版记's 印发 line, one cell in from either side), the red rule under it.
    let last = numberRow;
    if (imprintIx >= 0) {
      const b = blocks[imprintIx];
      last = row = numberIx >= 0 ? numberRow + 1 : numberRow;
      const m = /\d{4}年\d{1,2}月\d{1,2}日$/.exec(b.text);
      // The spaces the drafter typed between the office and the date are the gap the date's tab makes.
      const office = (m ? b.text.slice(0, m.index) : b.text).replace(/[\s\u3000]+$/, '');
      put({ col: 1, cells: cellsOfText(office), size: 'body', role: 'imprint', segs: segsOf(b, 0, office.length), line: b.line });
      if (m) {
        row--;
        const dc = cellsOfText(m[0]);
        put({ col: COLS - 1 - dc, cells: dc, size: 'body', role: 'imprint', align: 'right', segs: segsOf(b, m.index, b.text.length), line: b.line });
      }
    }
    page.rules.push({ top: last * PITCH + PITCH * 0.75 + 4, color: 'red', weight: 0.5 });
    row = last + 3;
    // A 任免 notice puts its title between the mark and the number: it is printed below the rule.
    i = blocks.indexOf(mark) + 1;
  } else if (numberIx >= 0 && numberIx - notes <= 1) {
    const nb = blocks[numberIx];
    for (let k = notes; k < numberIx; k++) flow(blocks[k], 0, 0);
    put({ col: (COLS - cellsOfText(nb.text)) / 2, cells: cellsOfText(nb.text), size: 'body', role: 'number', align: 'center', segs: segsOf(nb, 0, nb.text.length), line: nb.line });
    blank();
    i = numberIx + 1;
  }

  let prevRole: Role | undefined;
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (mark && (i === numberIx || i === imprintIx || b.role === 'signer')) continue; // already in the 版头
    // A heading on a line of its own never ends a page: its text would begin on the next one.
    if (row === ROWS - 1 && i + 1 < blocks.length && HEADINGS.has(b.role) && cellsOfText(b.text) <= COLS - 2) newPage();
    if (format === 'minutes' && ATTENDANCE.test(b.text) && (b.role === 'body' || b.role === 'note' || b.role === 'attachTitle')) {
      attendance(b, i > 0 && ATTENDANCE.test(blocks[i - 1].text));
      prevRole = b.role;
      continue;
    }
    switch (b.role) {
      case 'mark':
      case 'number':
        flow(b, 2, 0);
        break;
      case 'title':
      case 'attachTitle': {
        // Consecutive title blocks are one title.
        let text = b.text;
        let map = b.map;
        while (blocks[i + 1]?.role === b.role) {
          i++;
          text += blocks[i].text;
          map = [...map.slice(0, -1), ...blocks[i].map];
        }
        const tb: RBlock = { ...b, text, map };
        if (b.role === 'attachTitle' && prevRole !== 'attachLabel') newPage();
        else if (b.role === 'attachTitle') blank();
        for (const [a, z] of titleBreaks(text)) {
          const cells = cellsOfText(text.slice(a, z));
          put({ col: (TITLE_COLS - cells) / 2 + (PAGE.areaWidth / CELL_MM.title - TITLE_COLS) / 2, cells, size: 'title', role: b.role, align: 'center', segs: segsOf(tb, a, z), line: lineOf(tb, a) });
        }
        if (blocks[i + 1]?.role === 'subtitle') centred(blocks[++i]);
        blank();
        break;
      }
      case 'subtitle':
        centred(b);
        break;
      case 'attachLabel':
        newPage();
        put({ col: 0, cells: cellsOfText(b.text), size: 'body', role: b.role, segs: segsOf(b, 0, b.text.length), line: b.line });
        break;
      case 'recipient':
        flow(b, 0, 0);
        break;
      case 'row': {
        let j = i;
        while (blocks[j + 1]?.role === 'row') j++;
        // One line with a tab (联系人：张三⇥电话：…) is no table: printed as written, the tab a
        // full-width space, its wrapped part indented.
        if (j === i) flow({ ...b, text: b.text.replace(/\t/g, '\u3000') }, 0, 2);
        else table(i, j);
        i = j;
        break;
      }
      case 'chapter':
      case 'section':
        centred(b);
        break;
      case 'attachNote':
        if (!b.cont) blank();
        // 附件：1. XXXX, further names aligned under the first name (2 + 3 cells in).
        flow(b, b.cont ? 5 : 2, 5);
        break;
      case 'signature':
      case 'date': {
        const sig = b.role === 'signature' ? b : undefined;
        const date = b.role === 'date' ? b : blocks[i + 1]?.role === 'date' ? blocks[i + 1] : undefined;
        layoutSignature(sig, date);
        if (sig && date) i++;
        break;
      }
      case 'note':
        flow(b, 2, 0);
        break;
      case 'cc':
      case 'printedBy': {
        const cc = b.role === 'cc' ? b : undefined;
        const pb = b.role === 'printedBy' ? b : blocks[i + 1]?.role === 'printedBy' ? blocks[i + 1] : undefined;
        if (cc && pb) i++;
        layoutBanji(cc, pb);
        break;
      }
      default:
        flow(b, 2, 0);
    }
    prevRole = b.role;
  }

  /**
   * 10.3: 出席 (then 请假, 列席) one line under the text, two cells in, in 黑体, a full-width colon,
   * the names in 仿宋 and their wrapped lines aligned under the first name.
   */
  function attendance(b: RBlock, follows: boolean) {
    if (!follows) blank();
    const hang = 2 + cellsOfText(b.text.slice(0, 3));
    breakLines(b.text, COLS - hang, COLS - 2).forEach((br, k) => {
      const segs = k === 0 ? [seg(b, 0, 2, 'ht'), seg(b, 2, br.end, 'fs')] : [seg(b, br.start, br.end, 'fs')];
      put({ col: k === 0 ? 2 : hang, cells: br.cells, size: 'body', role: 'body', segs, line: lineOf(b, br.start) });
    });
  }

  /**
   * The rows blocks[from..to] as a table: cells split at tabs (or markdown's |), each column as wide
   * as its longest text when the type area allows, else the long columns share what the short ones
   * leave (a 序号 column keeps its width, a 项目名称 wraps); every cell's text wraps within its column,
   * half a cell from its rules; a table row takes the rows its tallest cell needs and moves whole to
   * the next page when it does not fit (unless taller than a page), where the header row (the first,
   * or the one above markdown's |---| line) is repeated. The grid is ruled (PGrid).
   */
  function table(from: number, to: number) {
    type Cell = { b: RBlock; start: number; end: number };
    const rows: Cell[][] = [];
    let header = 0;
    for (let k = from; k <= to; k++) {
      const b = blocks[k];
      if (/^\|?[\s:|-]*-{3,}[\s:|-]*\|?$/.test(b.text) && b.text.includes('|')) {
        if (rows.length === 1) header = 1; // | --- | under markdown's header row: markup, not printed
        continue;
      }
      const md = b.text.includes('\t') ? undefined : /^\|(.*)\|$/.exec(b.text);
      const sep = md ? '|' : '\t';
      const cells: Cell[] = [];
      let at = md ? 1 : 0;
      const end = md ? b.text.length - 1 : b.text.length;
      while (at <= end) {
        let z = b.text.indexOf(sep, at);
        if (z < 0 || z > end) z = end;
        let s = at;
        let e = z;
        while (s < e && /[\s\u3000]/.test(b.text[s])) s++;
        while (e > s && /[\s\u3000]/.test(b.text[e - 1])) e--;
        cells.push({ b, start: s, end: e });
        at = z + 1;
        if (z === end) break;
      }
      rows.push(cells);
    }
    if (!rows.length) return;
    // A TSV table's first row is its header (序号⇥项目名称…) when others follow.
    if (!header && rows.length > 1 && rows[0].every((c) => c.b.text.includes('\t'))) header = 1;
    const ncols = Math.max(...rows.map((r) => r.length));
    const natural = Array.from({ length: ncols }, (_, c) => Math.max(1, ...rows.map((r) => (r[c] ? Math.ceil(cellsOfText(r[c].b.text.slice(r[c].start, r[c].end))) : 0))));
    // Text widths: the natural ones when they fit (with a cell of padding per column), else shared
    // fairly: the columns narrower than an equal share keep their width, the rest split what is left.
    const room = COLS - ncols;
    let widths = natural.slice();
    if (natural.reduce((a, x) => a + x, 0) > room) {
      widths = natural.map(() => 0);
      let left = room;
      const open = new Set(natural.map((_, c) => c));
      for (;;) {
        const share = Math.floor(left / Math.max(open.size, 1));
        const small = [...open].filter((c) => natural[c] <= share);
        if (!small.length) break;
        for (const c of small) {
          widths[c] = natural[c];
          left -= natural[c];
          open.delete(c);
        }
      }
      const rest = [...open];
      rest.forEach((c, k) => (widths[c] = Math.max(1, Math.floor(left / rest.length) + (k < left % rest.length ? 1 : 0))));
      // Then a cell at a time from one wrapping column to another while the table gets shorter
      // (fewer rows wrapped: 市住房城乡建设局 kept whole where 项目名称 can give a cell).
      const text = (r: Cell[], c: number) => (r[c] ? r[c].b.text.slice(r[c].start, r[c].end) : '');
      // Lines of each row's cell in column c at width x, counted once.
      const memo = new Map<number, number[]>();
      const linesAt = (c: number, x: number) => {
        let v = memo.get(c * 64 + x);
        if (!v) memo.set(c * 64 + x, (v = rows.map((r) => breakLines(text(r, c), x).length)));
        return v;
      };
      const height = (w: number[]) => {
        const cols = w.map((x, c) => linesAt(c, x));
        let h = 0;
        for (let r = 0; r < rows.length; r++) h += Math.max(1, ...cols.map((v) => v[r]));
        return h;
      };
      let best = height(widths);
      for (let moved = true, rounds = 0; moved && rounds < 4 * COLS; rounds++) {
        moved = false;
        let pick: number[] | undefined;
        // Only among the columns that wrap: a short column (序号, 备注) keeps its whole width.
        for (const a of rest) {
          for (const z of rest) {
            if (a === z || widths[a] <= 1 || widths[z] >= natural[z]) continue;
            const w = widths.slice();
            w[a]--;
            w[z]++;
            const h = height(w);
            if (h < best) {
              best = h;
              pick = w;
            }
          }
        }
        if (pick) {
          widths = pick;
          moved = true;
        }
      }
    } else {
      // Spare room goes to the columns in proportion to their text, so the table spans the type area.
      let spare = room - natural.reduce((a, x) => a + x, 0);
      const total = natural.reduce((a, x) => a + x, 0);
      const add = natural.map((x) => Math.floor((spare * x) / total));
      spare -= add.reduce((a, x) => a + x, 0);
      widths = natural.map((x, c) => x + add[c] + (c < spare ? 1 : 0));
    }
    const edges = [0];
    for (const w of widths) edges.push(edges[edges.length - 1] + w + 1);
    const laid = rows.map((r) => r.map((cell, c) => breakLines(cell.b.text.slice(cell.start, cell.end), widths[c]).map((br) => ({ ...br, start: br.start + cell.start, end: br.end + cell.start }))));
    const heights = laid.map((r) => Math.max(1, ...r.map((ls) => ls.length)));
    // A column whose text wraps in some row is set from the left in every row, else centred (序号, 类型).
    const wraps = edges.slice(1).map((_, c) => laid.some((r, k) => k >= header && (r[c]?.length ?? 0) > 1));
    let grid: PGrid | undefined;
    const open = () => {
      grid = { rows: [row], cols: edges, headerRows: 0, spans: [], centred: wraps.map((w) => !w) };
      (page.grids ??= []).push(grid);
    };
    const place = (r: number, first: number, count: number) => {
      rows[r].forEach((cell, c) => {
        const ls = laid[r][c];
        const centred = r < header || !wraps[c];
        ls.slice(first, first + count).forEach((br, k) => {
          const segs = [seg(cell.b, br.start, br.end, r < header ? 'ht' : 'fs')];
          const col = edges[c] + 0.5 + (centred ? (widths[c] - br.cells) / 2 : 0);
          page.lines.push({ row: row + k, col, cells: br.cells, size: 'body', role: 'row', segs, line: lineOf(cell.b, br.start), doc: docIx, block: blocks.indexOf(cell.b) });
        });
      });
      grid!.spans.push([row, row + count]);
      row += count;
      grid!.rows.push(row);
    };
    // The header row never ends a page without a row under it.
    if (row >= ROWS || (header && rows.length > header && row > 0 && row + heights[0] + heights[header] > ROWS)) newPage();
    open();
    for (let r = 0; r < rows.length; r++) {
      let done = 0;
      while (done < heights[r]) {
        const fresh = ROWS - header * (r >= header ? heights[0] : 0);
        let count = Math.min(heights[r] - done, ROWS - row);
        // A row that fits a page is not cut: it goes over whole (the page's grid ends above it).
        if ((count < heights[r] - done && heights[r] - done <= fresh) || count <= 0) {
          newPage();
          open();
          if (header && r >= header) {
            for (let h = 0; h < header; h++) place(h, 0, heights[h]);
            grid!.headerRows = header;
          }
          count = Math.min(heights[r] - done, ROWS - row);
        }
        place(r, done, count);
        done += count;
      }
      if (r < header && grid!.spans.length === r + 1) grid!.headerRows = r + 1;
    }
  }

  /** One centred line of body size (第一章, a 大事记's month). */
  function centred(b: RBlock) {
    const c = cellsOfText(b.text);
    put({ col: Math.max(0, (COLS - c) / 2), cells: c, size: 'body', role: b.role, align: 'center', segs: segsOf(b, 0, b.text.length), line: b.line });
  }

  // 7.3.5.3 (no seal): signature two cells from the right, the date starting two cells right of the
  // signature's first character; a longer date keeps two cells and pushes the signature left.
  function layoutSignature(sig: RBlock | undefined, date: RBlock | undefined) {
    const sc = sig ? cellsOfText(sig.text) : 0;
    const dc = date ? cellsOfText(date.text) : 0;
    let sigStart = COLS - 2 - sc;
    let dateStart = sigStart + 2;
    if (dateStart + dc > COLS - 2) {
      dateStart = COLS - 2 - dc;
      sigStart = dateStart - 2;
    }
    if (!sig) dateStart = COLS - 4 - dc; // a date alone sits four cells from the right
    // 10.2 points a 令 to 7.3.5.3 (签发人签名章): two lines under the text, the 签名章 four cells
    // from the right with the 职务 left of it (as written: 市长　李明), the date one line under it,
    // four cells from the right.
    const decree = format === 'decree';
    if (decree) {
      sigStart = COLS - 4 - sc;
      dateStart = COLS - 4 - dc;
    }
    const gap = decree ? 2 : 1;
    for (let k = 0; k < gap; k++) blank();
    let need = (sig ? 1 : 0) + (date ? 1 : 0) + (decree && sig && date ? 1 : 0);
    // The 附注 under the date (（此件公开发布）) goes with them: alone on a page it reads as nobody's.
    for (let k = i + (sig && date ? 2 : 1); blocks[k]?.role === 'note'; k++) need += breakLines(blocks[k].text, COLS, COLS - 2).length;
    if (row + need > ROWS) {
      // Signature and date never stand on a page without text above them (GB/T 9704 7.3.5 has the
      // typesetter avoid it by adjusting spacing; on the fixed grid, the last line of text goes over
      // with them). Not a page's only line, nor a line of a head or heading.
      const lastOf = (p: Page) => p.lines.reduce<PLine | undefined>((a, l) => (!a || l.row > a.row ? l : a), undefined);
      const carry: PLine[] = [];
      const last = lastOf(page);
      if (last && page.lines.length > 1 && !HEAD_ROLES.has(last.role) && last.role !== 'row') carry.push(last);
      if (carry.length) page.lines.splice(page.lines.indexOf(last!), 1);
      // and a heading on a line of its own right above it, which would end the page without its text
      const above = carry.length ? lastOf(page) : undefined;
      if (above && above.row === last!.row - 1 && HEADINGS.has(above.role as Role) && !page.lines.some((l) => l !== above && l.block === above.block) && page.lines.length > 1) {
        page.lines.splice(page.lines.indexOf(above), 1);
        carry.unshift(above);
      }
      newPage();
      if (carry.length) {
        for (const l of carry) {
          l.row = row++;
          page.lines.push(l);
        }
        for (let k = 0; k < gap; k++) blank();
      }
    }
    // 职务 and name written apart (市长　李明) or with a colon (市长：张百顺, as gazettes print a 令): the
    // 职务 two cells left of the 签名章 (7.3.5.3), on the same row; a colon stays, in the first of the two.
    const split = decree && sig ? /^(\S+?)(?:[\s\u3000]+|([：:])[\s\u3000]*)(\S+)$/.exec(sig.text) : null;
    if (sig && split) {
      const name = sig.text.length - split[3].length;
      const nc = cellsOfText(split[3]);
      const tc = cellsOfText(split[1]);
      const title = split[1].length + (split[2] ? 1 : 0);
      put({ col: Math.max(0, COLS - 4 - nc - 2 - tc), cells: cellsOfText(sig.text.slice(0, title)), size: 'body', role: 'signature', segs: segsOf(sig, 0, title), line: sig.line });
      row--;
      put({ col: COLS - 4 - nc, cells: nc, size: 'body', role: 'signature', align: 'right', segs: segsOf(sig, name, sig.text.length), line: sig.line });
    } else if (sig) put({ col: Math.max(0, sigStart), cells: sc, size: 'body', role: 'signature', segs: segsOf(sig, 0, sig.text.length), line: sig.line });
    if (date) {
      if (decree && sig) blank();
      if (sig) i++;
      put({ col: Math.max(0, dateStart), cells: dc, size: 'body', role: 'date', segs: segsOf(date, 0, date.text.length), line: date.line });
      if (sig) i--;
    }
  }

  // 7.4 版记 at the foot of the last page: 4号, 抄送 and 印发机关 one cell in, the print date one cell
  // from the right, between thick (0.35 mm) outer rules and a thin (0.25 mm) middle rule.
  function layoutBanji(cc: RBlock | undefined, pb: RBlock | undefined) {
    const need = (cc ? 1 : 0) + (pb ? 1 : 0);
    if (row + need + 1 > ROWS) newPage();
    let r = ROWS - need;
    // 10.1: a 信函格式's 版记 has no 分隔线 (nor 印发机关 and date: printed all the same when written,
    // the preview never drops text).
    const ruled = format !== 'letter';
    if (ruled) page.rules.push({ top: r * PITCH, color: 'black', weight: 0.35 });
    if (cc) {
      const c = cellsOfText(cc.text);
      page.lines.push({ row: r, col: 1, cells: c, size: 'small', role: 'cc', segs: segsOf(cc, 0, cc.text.length), line: cc.line, doc: docIx, block: i });
      r++;
      if (pb && ruled) page.rules.push({ top: r * PITCH, color: 'black', weight: 0.25 });
    }
    if (pb) {
      // Split "印发机关  日期印发": the date goes right.
      const m = /(\d{4}年\d{1,2}月\d{1,2}日印发)$/.exec(pb.text);
      const leftText = m ? pb.text.slice(0, m.index).trimEnd() : pb.text;
      const lc = cellsOfText(leftText);
      page.lines.push({ row: r, col: 1, cells: lc, size: 'small', role: 'printedBy', segs: segsOf(pb, 0, leftText.length), line: pb.line, doc: docIx, block: i + (cc ? 1 : 0) });
      if (m) {
        const dc = cellsOfText(m[1]);
        page.lines.push({ row: r, col: SMALL_COLS - 1 - dc + (PAGE.areaWidth / CELL_MM.small - SMALL_COLS), cells: dc, size: 'small', role: 'printedBy', align: 'right', segs: segsOf(pb, m.index, pb.text.length), line: pb.line, doc: docIx, block: i + (cc ? 1 : 0) });
      }
      r++;
    }
    if (ruled) page.rules.push({ top: ROWS * PITCH, color: 'black', weight: 0.35 });
    row = ROWS;
  }

  let n = opts.firstNumber ?? 1;
  for (const p of pages) p.number = n++;
  return pages;
}

