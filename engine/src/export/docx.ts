// DOCX from the same pages as the HTML: real paragraph styles per part and level, an A4 section with
// the GB/T 9704 margins and document grid (22 lines × 28 characters), `— N —` page numbers in the
// footer (odd right, even left), the red rule under the 发文字号. Paragraphs are split where our
// layout turns the page and each page starts with pageBreakBefore, so Word shows the same pages.
import {
  AlignmentType, BorderStyle, Document, DocumentGridType, Footer, FrameAnchorType, FrameWrap, HeightRule, LineRuleType, Packer,
  PageNumber, Paragraph, Tab, TabStopType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType,
  type IParagraphOptions, type ISectionOptions,
} from 'docx';
import { CELL, CELL_MM, COLS, LETTER_RULE, PAGE, PITCH, ROWS, type Size, type Page, type PGrid, type PLine, type PRule } from '../render/layout';
import { GW_RED } from '../render/color';

const TWIP_PER_MM = 1440 / 25.4;
const tw = (mm: number) => Math.round(mm * TWIP_PER_MM);
// Exact line pitch: 22 lines must fit the type area (12756 twips). tw(PITCH) rounds up to 580, and
// 22 × 580 is 4 twips over: LibreOffice then moves every page's 22nd line to a page of its own.
const LINE = Math.floor(tw(PAGE.areaHeight) / ROWS); // 579
const CELL_TW = tw(CELL);
/** How far a centred one-line paragraph (the mark, a title line) may reach past each side of the type area. */
const CENTRED_SLACK = tw(10);
/**
 * Condensing of 16 pt text (w:spacing, 1/20 pt) so that 28 characters fill the 156 mm line and 29
 * do not: a cell is 15.79 pt. A character grid (w:docGrid linesAndChars) would say the same to
 * Word, but LibreOffice gives each character wider than the grid's cell two cells: 14 a line.
 */
export const CHAR_SPACING = Math.floor((CELL / (25.4 / 72) - 16) * 20); // -5

const FONTS = {
  fs: '仿宋_GB2312', kt: '楷体_GB2312', ht: '黑体', xbs: '方正小标宋简体', latin: 'Times New Roman', song: '宋体',
} as const;

const font = (east: string, latin: string = FONTS.latin) => ({ eastAsia: east, ascii: latin, hAnsi: latin, cs: latin });

type StyleId = 'GwBody' | 'GwMark' | 'GwNumber' | 'GwTitle' | 'GwRecipient' | 'GwHeading1' | 'GwHeading2' | 'GwHeading3' |
  'GwHeading4' | 'GwChapter' | 'GwArticle' | 'GwAttachNote' | 'GwSignature' | 'GwDate' | 'GwNote' | 'GwBanji' | 'GwAttachLabel' |
  'GwTocHead' | 'GwTocSection' | 'GwToc' | 'GwCover' | 'GwPageNumber' | 'GwSubtitle' | 'GwCopyNo' | 'GwSecrecy' | 'GwUrgency' | 'GwImprint' | 'GwTableCell';

interface StyleDef { id: StyleId; name: string; east: string; latin?: string; size: number; color?: string; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; outline?: number; firstLine?: number }

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/**
 * The document defaults, as XML: docx writes no w:autoSpaceDE (and w:autoSpaceDN only after w:jc,
 * against the schema's order). Off: Word and WPS otherwise add a quarter em between Chinese and
 * digits or Latin, and hang punctuation past the margin, which our 28-cell lines do not allow for.
 */
const DOC_DEFAULTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}"><w:docDefaults>` +
  `<w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONTS.latin}" w:eastAsia="${FONTS.fs}" w:hAnsi="${FONTS.latin}" w:cs="${FONTS.latin}"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>` +
  `<w:spacing w:before="0" w:after="0" w:line="${LINE}" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>`;

const STYLES: StyleDef[] = [
  { id: 'GwBody', name: 'GW 正文', east: FONTS.fs, size: 16, firstLine: 2 },
  // 7.2.1-7.2.3: flush left above the mark; 份号 in 3号 digits, 密级 and 紧急程度 in 3号黑体.
  { id: 'GwCopyNo', name: 'GW 份号', east: FONTS.fs, size: 16 },
  { id: 'GwSecrecy', name: 'GW 密级和保密期限', east: FONTS.ht, size: 16 },
  { id: 'GwUrgency', name: 'GW 紧急程度', east: FONTS.ht, size: 16 },
  { id: 'GwTableCell', name: 'GW 表格', east: FONTS.fs, size: 16 },
  { id: 'GwImprint', name: 'GW 纪要编印单位和日期', east: FONTS.fs, size: 16 },
  { id: 'GwMark', name: 'GW 发文机关标志', east: FONTS.xbs, size: 42, color: GW_RED, align: AlignmentType.CENTER },
  { id: 'GwNumber', name: 'GW 发文字号', east: FONTS.fs, size: 16, align: AlignmentType.CENTER },
  { id: 'GwTitle', name: 'GW 标题', east: FONTS.xbs, size: 22, align: AlignmentType.CENTER, outline: 0 },
  { id: 'GwSubtitle', name: 'GW 副标题', east: FONTS.kt, size: 16, align: AlignmentType.CENTER },
  { id: 'GwRecipient', name: 'GW 主送机关', east: FONTS.fs, size: 16 },
  { id: 'GwHeading1', name: 'GW 一级标题', east: FONTS.ht, size: 16, firstLine: 2, outline: 1 },
  { id: 'GwHeading2', name: 'GW 二级标题', east: FONTS.kt, size: 16, firstLine: 2, outline: 2 },
  { id: 'GwHeading3', name: 'GW 三级标题', east: FONTS.fs, size: 16, firstLine: 2, outline: 3 },
  { id: 'GwHeading4', name: 'GW 四级标题', east: FONTS.fs, size: 16, firstLine: 2, outline: 4 },
  { id: 'GwChapter', name: 'GW 章', east: FONTS.ht, size: 16, align: AlignmentType.CENTER, outline: 1 },
  { id: 'GwArticle', name: 'GW 条', east: FONTS.fs, size: 16, firstLine: 2 },
  { id: 'GwAttachNote', name: 'GW 附件说明', east: FONTS.fs, size: 16 },
  { id: 'GwSignature', name: 'GW 发文机关署名', east: FONTS.fs, size: 16 },
  { id: 'GwDate', name: 'GW 成文日期', east: FONTS.fs, size: 16 },
  { id: 'GwNote', name: 'GW 附注', east: FONTS.fs, size: 16, firstLine: 2 },
  { id: 'GwBanji', name: 'GW 版记', east: FONTS.fs, size: 14 },
  { id: 'GwAttachLabel', name: 'GW 附件标识', east: FONTS.ht, size: 16 },
  { id: 'GwTocHead', name: 'GW 目录标题', east: FONTS.xbs, size: 22, align: AlignmentType.CENTER },
  { id: 'GwTocSection', name: 'GW 目录栏目', east: FONTS.ht, size: 16 },
  { id: 'GwToc', name: 'GW 目录', east: FONTS.fs, size: 16 },
  { id: 'GwCover', name: 'GW 封面', east: FONTS.xbs, size: 34, color: GW_RED, align: AlignmentType.CENTER },
  // 7.5: 4号半角宋体阿拉伯数字: the digits (ASCII) in 宋体 too, not in the body's Latin face.
  { id: 'GwPageNumber', name: 'GW 页码', east: FONTS.song, latin: FONTS.song, size: 14 },
];

const STYLE_OF: Record<string, StyleId> = {
  imprint: 'GwImprint', copyNo: 'GwCopyNo', secrecy: 'GwSecrecy', urgency: 'GwUrgency', number: 'GwNumber', title: 'GwTitle', attachTitle: 'GwTitle', subtitle: 'GwSubtitle', recipient: 'GwRecipient', body: 'GwBody',
  h1: 'GwHeading1', h2: 'GwHeading2', h3: 'GwHeading3', h4: 'GwHeading4', h5: 'GwHeading4',
  chapter: 'GwChapter', section: 'GwChapter', article: 'GwArticle', attachNote: 'GwAttachNote',
  signature: 'GwSignature', date: 'GwDate', note: 'GwNote', cc: 'GwBanji', printedBy: 'GwBanji',
  attachLabel: 'GwAttachLabel', toc: 'GwToc', tocHead: 'GwTocHead', tocSection: 'GwTocSection', cover: 'GwCover',
};

const FONT_EAST: Record<string, string> = { fs: FONTS.fs, kt: FONTS.kt, ht: FONTS.ht, xbs: FONTS.xbs };

/**
 * Characters our layout gives a full cell that Word sets in the Latin font (ascii/hAnsi) unless the
 * run's w:rFonts says w:hint="eastAsia": the Chinese quotes, —— and ……, and symbols such as ◎ ① ★.
 */
const AMBIGUOUS_FULL = /[‘’“”—…‖\u2100-\u27bf]/;

/** Points of each size of our layout's cells: 3号, 2号, 4号. */
const SIZE_PT: Record<Size, number> = { body: 16, title: 22, small: 14 };

/** The runs of lines set in `size` pt in a paragraph whose style sets `styleSize` pt (16 pt text condensed as the body's). */
function runsOf(lines: PLine[], styleEast: string, size: number, styleSize: number = size): TextRun[] {
  const spacing = size !== styleSize && size === 16 ? { characterSpacing: CHAR_SPACING } : {};
  const out: TextRun[] = [];
  for (const l of lines) {
    for (const s of l.segs) {
      if (!s.text) continue;
      const east = FONT_EAST[s.font];
      const hint = AMBIGUOUS_FULL.test(s.text) ? { hint: 'eastAsia' } : {};
      const fonts = east !== styleEast ? { ...font(east), ...hint } : hint;
      out.push(new TextRun({ text: s.text, ...(Object.keys(fonts).length ? { font: fonts } : {}), size: size * 2, ...spacing }));
    }
  }
  return out;
}

/** A tab as Word writes one (w:tab): a tab character inside w:t is text, not a move to the tab stop. */
const tabRun = () => new TextRun({ children: [new Tab()] });

function spacer(n: number, pageBreakBefore: boolean): Paragraph[] {
  return Array.from({ length: n }, (_, k) => new Paragraph({ style: 'GwBody', pageBreakBefore: pageBreakBefore && k === 0, indent: { firstLine: 0 } }));
}

const RULE_SIZE = 6; // eighths of a point
const RULE_TW = Math.ceil((RULE_SIZE * 20) / 8);

/**
 * A table's part on one page as a Word table: its columns and rows as our layout drew them (row
 * heights exact, whole grid rows), every edge ruled, each cell's lines one paragraph, the header
 * rows marked to repeat (should Word's pages differ from ours).
 */
function gridTable(g: PGrid, lines: PLine[]): Table {
  const rule = { style: BorderStyle.SINGLE, size: RULE_SIZE, color: '000000' }; // 0.75 pt ≈ the 0.25 mm of the HTML
  const widths = g.cols.slice(1).map((c, k) => Math.round((c - g.cols[k]) * CELL_TW));
  const rows = g.spans.map(([a, b], r) => new TableRow({
    ...(r < g.headerRows ? { tableHeader: true } : {}), cantSplit: true,
    height: { value: (b - a) * LINE, rule: HeightRule.EXACT },
    children: widths.map((w, k) => {
      const own = lines.filter((l) => l.row >= a && l.row < b && l.col >= g.cols[k] && l.col < g.cols[k + 1]);
      const centred = r < g.headerRows || g.centred[k];
      return new TableCell({
        width: { size: w, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.TOP,
        // Half a cell each side, less the rule's width, which LibreOffice takes from the text's room:
        // else a column of 序号 (2 characters in 3 cells) wrapped them.
        margins: { left: Math.round(CELL_TW / 2) - RULE_TW, right: Math.round(CELL_TW / 2) - RULE_TW, top: 0, bottom: 0 },
        children: [new Paragraph({
          style: 'GwTableCell', ...(centred ? { alignment: AlignmentType.CENTER } : {}),
          children: runsOf(own, FONTS.fs, 16),
        })],
      });
    }),
  }));
  return new Table({
    rows, columnWidths: widths, layout: TableLayoutType.FIXED, width: { size: widths.reduce((x, y) => x + y, 0), type: WidthType.DXA },
    indent: { size: Math.round(g.cols[0] * CELL_TW), type: WidthType.DXA },
    borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
  });
}

/** One page's paragraphs (and tables): groups of lines of the same block, blank rows as empty paragraphs. */
function pageParagraphs(p: Page, breakBefore: boolean): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let row = 0;
  let first = true;
  const take = (o: IParagraphOptions) => {
    out.push(new Paragraph({ ...o, pageBreakBefore: breakBefore && first }));
    first = false;
  };
  const blanks = (to: number) => {
    if (to > row) {
      out.push(...spacer(to - row, breakBefore && first));
      first = false;
      row = to;
    }
  };
  // A blank page (the 目录's back) is one empty paragraph that starts it.
  if (p.kind !== 'cover' && !p.lines.length && !p.mark) return spacer(1, breakBefore);
  if (p.kind === 'cover' && p.cover) {
    blanks(3);
    take({ style: 'GwCover', spacing: { line: LINE * 2, lineRule: LineRuleType.EXACT }, children: [new TextRun(p.cover.title)] });
    row += 2;
    blanks(7);
    if (p.cover.year) take({ style: 'GwTocSection', alignment: AlignmentType.CENTER, children: [new TextRun(p.cover.year)] });
    if (p.cover.issue) take({ style: 'GwToc', alignment: AlignmentType.CENTER, children: [new TextRun(p.cover.issue)] });
    return out;
  }
  const lines = [...p.lines].sort((a, b) => a.row - b.row || a.col - b.col);
  const rules = p.rules.filter((r) => r.color === 'red' && !r.double);
  // Rounded down: a half point more on each of 12 characters could push the last onto a second line.
  const markRun = (m: NonNullable<Page['mark']>) => new TextRun({ text: m.text, size: Math.floor((m.size / (25.4 / 72)) * 2) });
  if (p.mark && p.mark.top < 0) {
    // 信函格式: the mark and its double rules lie outside the type area, in frames placed on the page.
    take({ style: 'GwMark', frame: pageFrame(PAGE.top + p.mark.top, p.mark.size + 1), children: [markRun(p.mark)] });
    for (const r of p.rules.filter((x) => x.double)) take(doubleRule(r));
  }
  // The mark's two-line paragraph starts on the row nearest its top edge (35 mm: row 3; a 令's 20 mm:
  // row 2), after the 份号, 密级 and 紧急程度 rows above it.
  const markAt = p.mark && p.mark.top >= 0 ? Math.max(0, Math.round(p.mark.top / PITCH)) : -1;
  let markDone = markAt < 0;
  for (let i = 0; i <= lines.length;) {
    if (!markDone && (i === lines.length || lines[i].row >= markAt)) {
      blanks(Math.max(markAt, row));
      // The mark may be 8 mm wider than the type area (markSizeMm): its paragraph reaches 10 mm past each side, as in the HTML.
      take({ style: 'GwMark', spacing: { line: LINE * 2, lineRule: LineRuleType.EXACT }, indent: { left: -CENTRED_SLACK, right: -CENTRED_SLACK }, children: [markRun(p.mark!)] });
      row = Math.max(markAt, row) + 2;
      markDone = true;
    }
    if (i === lines.length) break;
    const l = lines[i];
    const grid = l.role === 'row' ? p.grids?.find((g) => l.row >= g.rows[0] && l.row < g.rows[g.rows.length - 1]) : undefined;
    if (grid) {
      blanks(grid.rows[0]);
      // A page that opens with a table: a paragraph of no height carries the page break (a table cannot).
      if (breakBefore && first) take({ style: 'GwBody', spacing: { line: 20, lineRule: LineRuleType.EXACT }, children: [new TextRun({ text: '', size: 2 })] });
      const own = lines.filter((x) => x.role === 'row' && x.row >= grid.rows[0] && x.row < grid.rows[grid.rows.length - 1]);
      out.push(gridTable(grid, own));
      first = false;
      row = grid.rows[grid.rows.length - 1];
      while (i < lines.length && own.includes(lines[i])) i++;
      continue;
    }
    // Lines of one block (same block index, consecutive rows) form one paragraph.
    let j = i + 1;
    while (j < lines.length && lines[j].block !== undefined && lines[j].block === l.block && lines[j].role === l.role &&
      lines[j].row === lines[j - 1].row + 1 && l.role !== 'printedBy' && l.role !== 'title' && l.role !== 'attachTitle') j++;
    const group = lines.slice(i, j);
    blanks(l.row);
    const style = STYLE_OF[l.role] ?? 'GwBody';
    const def = STYLES.find((s) => s.id === style)!;
    const cell = l.size === 'small' ? tw(CELL_MM.small) : l.size === 'title' ? tw(CELL_MM.title) : CELL_TW;
    // The line's own size, not its style's: a 任免 notice's title the gazette prints in 3号 at the left.
    const o: { -readonly [K in keyof IParagraphOptions]: IParagraphOptions[K] } = { style, children: runsOf(group, def.east, SIZE_PT[l.size], def.size) };
    if (l.align === 'center') o.alignment = AlignmentType.CENTER;
    else if (l.align === 'right') o.alignment = AlignmentType.RIGHT;
    else {
      if (def.align) o.alignment = AlignmentType.LEFT; // not the style's centring
      const c0 = l.col;
      const c1 = group.length > 1 ? group[1].col : c0;
      o.indent = c0 >= c1 ? { left: Math.round(c1 * cell), firstLine: Math.round((c0 - c1) * cell) } : { left: Math.round(c1 * cell), hanging: Math.round((c1 - c0) * cell) };
    }
    // A line and the one set right on its row (`right`) as one paragraph, `right` against a right tab at `position`.
    const shareRow = (right: PLine, position: number) => {
      j = Math.max(j, lines.indexOf(right) + 1);
      o.tabStops = [{ type: TabStopType.RIGHT, position }];
      o.children = [...runsOf([l], def.east, def.size), tabRun(), ...runsOf([right], def.east, def.size)];
    };
    if (l.role === 'copyNo' || l.role === 'secrecy' || l.role === 'urgency') {
      // 信函格式: the first of them shares its row with the 发文字号, flush right: one paragraph, the number against a right tab.
      const right = lines.find((x) => x.row === l.row && x.role === 'number' && x.align === 'right');
      if (right) shareRow(right, tw(PAGE.areaWidth));
    }
    // A joint document's first 签发人 rows, above the number's (7.2.6): ending one cell from the right, as laid out.
    if (l.role === 'signer' && l.align === 'right') o.indent = { right: Math.round((COLS - l.col - l.cells) * cell), firstLine: 0 };
    if (l.role === 'number') {
      // An upward document's 签发人 on the number's row (7.2.6): against a right tab one cell from the right.
      const right = lines.find((x) => x.row === l.row && x.role === 'signer');
      if (right) shareRow(right, Math.round((right.col + right.cells) * cell));
    }
    if (l.role === 'imprint') {
      // A 纪要's office and date: the date against a right tab one cell from the right.
      const right = lines.find((x) => x !== l && x.row === l.row && x.role === 'imprint' && x.align === 'right');
      if (right) shareRow(right, Math.round((right.col + right.cells) * cell));
    }
    // The red rule under the 版头's last line: the 发文字号, or a 纪要's office and date line.
    if ((l.role === 'imprint' || (l.role === 'number' && !lines.some((x) => x.role === 'imprint'))) && rules.length) {
      o.border = { bottom: { style: BorderStyle.SINGLE, size: 12, color: GW_RED, space: 6 } };
    }
    if (l.role === 'cc' || l.role === 'printedBy') {
      const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 };
      const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
      // A 信函格式's 版记 has no rules (GB/T 9704 10.1).
      if (p.rules.some((r) => r.color === 'black')) {
        o.border = l.role === 'cc' ? { top: thick } : { top: lines.some((x) => x.role === 'cc') ? thin : thick, bottom: thick };
      }
      if (l.role === 'printedBy') {
        const right = lines.find((x) => x.row === l.row && x.align === 'right');
        if (right) shareRow(right, tw(PAGE.areaWidth - CELL_MM.small));
      }
    }
    if (l.role === 'signature') {
      // A 令's 职务 and 签名章 on one row (7.3.5.3): the name set against a right tab four cells from the right.
      const right = lines.find((x) => x !== l && x.row === l.row && x.role === 'signature' && x.align === 'right');
      if (right) shareRow(right, Math.round((right.col + right.cells) * cell));
    }
    if (o.border) o.spacing = { line: LINE - bordersHeight(o.border), lineRule: LineRuleType.EXACT };
    // A centred line (a title's, a 章's) reaches past the type area, centred all the same: a word processor
    // that widens it a little (LibreOffice's space between 2025 and Chinese, a wider substituted font)
    // keeps it on one line, as our layout set it, instead of wrapping its last character onto a line of its own.
    else if (o.alignment === AlignmentType.CENTER && group.length === 1) o.indent = { left: -CENTRED_SLACK, right: -CENTRED_SLACK };
    if (l.tocPage !== undefined) {
      o.tabStops = [{ type: TabStopType.RIGHT, position: tw(PAGE.areaWidth), leader: 'dot' }];
      o.children = [...runsOf(group, def.east, def.size), new TextRun({ children: [new Tab(), l.tocPage] })];
    }
    take(o);
    row = group[group.length - 1].row + 1;
    i = j;
  }
  return out;
}

type Borders = NonNullable<IParagraphOptions['border']>;
/**
 * What a paragraph's top and bottom borders add to its height (twips): each one's space and width.
 * Word and LibreOffice add them to an exact line pitch, so a bordered line (the red rule under the
 * 发文字号, the 版记's rules) took more than its row and pushed the page's last line over.
 */
function bordersHeight(b: Borders): number {
  return [b.top, b.bottom].reduce((sum, x) => sum + (x ? (x.space ?? 0) * 20 + ((x.size ?? 0) * 20) / 8 : 0), 0);
}

/** A frame on the page, as wide as the 信函格式's rules and centred, `top` mm from the page's top edge. */
function pageFrame(top: number, height: number): IParagraphOptions['frame'] {
  return {
    type: 'absolute', position: { x: tw((PAGE.width - LETTER_RULE.width) / 2), y: tw(top) },
    width: tw(LETTER_RULE.width), height: tw(height), rule: HeightRule.EXACT,
    // none: the text runs on under the frame as if it were not there. LibreOffice reads through (and
    // auto) as wrapping around it, and a frame the page's width then pushed the text under the mark down.
    anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE }, wrap: FrameWrap.NONE,
  };
}

/** A 信函格式 double rule: an empty framed paragraph whose border is the rule. */
function doubleRule(r: PRule): IParagraphOptions {
  const h = 1; // mm: the frame's own height; the border lies on its top or bottom edge
  const thickThin = r.double === 'thick-thin';
  const top = PAGE.top + r.top + (thickThin ? -r.weight / 2 : r.weight / 2 - h);
  const border = { style: thickThin ? BorderStyle.THICK_THIN_SMALL_GAP : BorderStyle.THIN_THICK_SMALL_GAP, size: 18, color: GW_RED, space: 0 };
  return {
    style: 'GwBody', indent: { firstLine: 0 }, frame: pageFrame(top, h), spacing: { line: tw(h), lineRule: LineRuleType.EXACT },
    border: thickThin ? { top: border } : { bottom: border }, children: [],
  };
}

function pageNumberFooter(odd: boolean): Footer {
  return new Footer({
    children: [new Paragraph({
      style: 'GwPageNumber',
      alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: odd ? { right: CELL_TW } : { left: CELL_TW },
      children: [new TextRun({ text: '— ' }), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun({ text: ' —' })],
    })],
  });
}

const SECTION_PAGE = {
  size: { width: tw(PAGE.width), height: tw(PAGE.height) },
  margin: {
    top: tw(PAGE.top), left: tw(PAGE.left), right: tw(PAGE.width - PAGE.left - PAGE.areaWidth),
    bottom: tw(PAGE.height - PAGE.top - PAGE.areaHeight), header: tw(15), footer: tw(PAGE.height - PAGE.top - PAGE.areaHeight - 7 - 5),
  },
};
export const LINE_PITCH = LINE;

export async function pagesToDocx(pages: Page[], opts: { title?: string } = {}): Promise<Buffer> {
  const front = pages.filter((p) => p.kind !== 'doc');
  const body = pages.filter((p) => p.kind === 'doc');
  // No grid: every paragraph has its exact line pitch, and 16 pt text its condensing (CHAR_SPACING).
  // With a line grid LibreOffice gives each line taller than the grid's (a 2号 title's) two.
  const grid = { type: DocumentGridType.DEFAULT, linePitch: LINE };
  const sections: ISectionOptions[] = [];
  if (front.length) {
    sections.push({
      properties: { page: SECTION_PAGE, grid },
      children: front.flatMap((p, k) => pageParagraphs(p, k > 0)),
    });
  }
  // A page whose number is not printed (a 信函格式's first page) opens a section of its own with a
  // blank first-page footer; the numbering runs on across sections.
  const runs: Page[][] = [];
  for (const p of body) {
    if (!runs.length || p.numberHidden) runs.push([]);
    runs[runs.length - 1].push(p);
  }
  runs.forEach((run, k) => {
    sections.push({
      properties: {
        page: { ...SECTION_PAGE, pageNumbers: k === 0 ? { start: body[0]?.number ?? 1 } : {} }, grid,
        ...(run[0].numberHidden ? { titlePage: true } : {}),
      },
      footers: { default: pageNumberFooter(true), even: pageNumberFooter(false), ...(run[0].numberHidden ? { first: new Footer({ children: [new Paragraph({ children: [] })] }) } : {}) },
      children: run.flatMap((p, j) => pageParagraphs(p, j > 0)),
    });
  });
  const doc = new Document({
    title: opts.title,
    evenAndOddHeaderAndFooters: true,
    externalStyles: DOC_DEFAULTS,
    styles: {
      paragraphStyles: STYLES.map((s) => ({
        id: s.id, name: s.name, basedOn: 'Normal', next: s.id === 'GwTitle' ? 'GwRecipient' : 'GwBody', quickFormat: true,
        run: { font: font(s.east, s.latin), size: s.size * 2, ...(s.size === 16 ? { characterSpacing: CHAR_SPACING } : {}), ...(s.color ? { color: s.color } : {}) },
        paragraph: {
          spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          ...(s.align ? { alignment: s.align } : {}),
          ...(s.firstLine ? { indent: { firstLine: s.firstLine * CELL_TW } } : {}),
          ...(s.outline !== undefined ? { outlineLevel: s.outline } : {}),
        },
      })),
    },
    sections,
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
