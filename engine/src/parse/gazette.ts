// A text as Gongwen reads it: either one draft document, or a whole gazette issue (cover, 目录,
// documents). Normalises first, re-attaches page continuations, then parses each document.
import type { Continuation, Gazette, GwDocument, Span, TocEntry } from '../types';
import type { Model } from '../model/types';
import type { SourceText, TextEdit } from '../text/source';
import { normalizeLine, type NormLine } from '../text/normalize';
import { FULL_WIDTH_DIGIT_AT } from '../text/marks';
import { SENTENCE_END_MARKS } from '../text/sentence';
import { directiveTailStart, isDirectiveLine } from '../directives';
import { DOC_NUMBER_SOURCE, DECREE_SOURCE, DECREE_CN_SOURCE, DECREE_SEQ_ONLY, CN_NUMBER_ONLY, CN_NOTICE_SEQ, NOTICE_SOURCE, NOTICE_SEQ, isNoticeHead, findDocNumbers, isDecreeIssuerLine, isDecreeHeadLine, DECREE_LINE } from './docNumber';
import { parseDocument, looksLikeIssuer, isTitleLike, levelRank, TITLE_END, ATTACHMENT_LABEL, bracketedSeqLine } from './document';
import { matchMarker } from './items';
import { longestRising } from './longest-rising';
import { normalizeTitle } from '../registry';
import { bracketDepths, charCodes, continues, DATE_LINE, endsLikeTitle, INTERPRETATION, makeParagraph, OTHER_SCRIPT_LINE } from './paragraphs';
import { pushAll } from '../arrays';

const NUMBER_ONLY = new RegExp(`^${DOC_NUMBER_SOURCE}$`);
/** A 公告/通告's number on one line (国家税务总局公告2019年第1号); its two-line head is isNoticeHead ⏎ NOTICE_SEQ. */
const NOTICE_ONLY = new RegExp(`^${NOTICE_SOURCE}$`);
const CHRONICLE = /^.{0,20}大事记$/;
const CHRONICLE_MONTH = /^[（(]\d{4}年\d{1,2}月[）)]$/;
/** The heading of an unnumbered list of appointments (国务院任免国家工作人员, 省政府任免工作人员). */
const APPOINTMENTS = /^[\u4e00-\u9fa5]{2,16}任免[\u4e00-\u9fa5]{0,10}工作人员$/;
/** A date in brackets under a heading, its only dating (（2025年5月23日）). */
const DATED_SUBTITLE = /^[（(]\d{4}年\d{1,2}月\d{1,2}日[）)]$/;
const TOC_HEAD = /^目录$/;
/**
 * The line under a text a people's congress passed (a 人大常委会公报 prints each 条例, 决定 and 任免名单
 * under its title with no number): （2025年3月28日北京市第十六届人民代表大会常务委员会第十二次会议通过）.
 */
const PASSED_SUBTITLE = /^[（(]\d{4}年\d{1,2}月\d{1,2}日[\u4e00-\u9fa5\d]{4,60}(?:通过|批准)[）)]$/;
/** The title such a line dates: short, no sentence, naming a kind of text a congress passes. */
const PASSED_TITLE = /^[\u4e00-\u9fa5《》〈〉、（）()]{4,60}(?:条例|决定|决议|办法|规定|规则|名单)$/;
/** A 人大常委会's 公告 number under its head: 〔十六届〕第18号 (the session, not a year), in numerals too (〔十八届〕第十二号). */
const CONGRESS_NOTICE_SEQ = /^[〔\[［(（][一二三四五六七八九十]{1,4}届[〕\]］)）]第(?:\d{1,4}|[〇零一二三四五六七八九十百]{1,6})号$|^[（(]第\d{1,4}号[）)]$/;
/** A 公告's head with its number in brackets on one line: 聊城市人民代表大会常务委员会公告（第12号）. */
const NOTICE_HEAD_NUMBERED = /^(.{4,22})[（(]第\d{1,4}号[）)]$/;
/** `（下转第N页）` anywhere, `（上接第N页）` at a line start; half- or full-width, spaces removed. */
const DOWN = /[（(]下转第(\d+)页[）)]/g;
const UP = /^[（(]上接第(\d+)页[）)]/;
/**
 * A 目录 line: number (or a 大事记 title) followed by a page number, maybe after dot leaders. The
 * corpus prints the title on the line before; an extraction may keep the title on the same line
 * (`关于…的通知 聊政发〔2023〕8号 12`), so any text may come first.
 */
// Other gazettes print the entry on one line with the number in brackets after the title and the
// page in brackets after the leaders (`山东省人民政府关于…的通知（鲁政发〔2025〕6号）……（5）`).
/**
 * The characters of dot leaders: other PDF tools draw them with full-width or katakana dots
 * (．．．, ・・・), a midline ellipsis (⋯) or two-dot leaders (‥), not only …… and ....
 */
const LEADER = '.…·．・⋯‥';
const TOC_NUMBER_LINE = new RegExp(`^(.*?)(${DOC_NUMBER_SOURCE}|${DECREE_SOURCE}|${DECREE_CN_SOURCE}|${NOTICE_SOURCE}|.{0,20}大事记[（(]\\d{4}年\\d{1,2}月[）)])[）)]?[${LEADER}\\s]*[（(]?(\\d{1,3})[）)]?$`);
/** Dot leaders and spaces (and the bracket opening the number) between a 目录 entry's title and its number. */
const TOC_LEADER_END = new RegExp(`[${LEADER}\\s]*[（(]?$`);
/**
 * A 目录 entry with no number: a title, dot leaders and its page (a 令's regulation listed under
 * it, `山东省电梯安全管理办法………（2）`; `山东省人民政府令（第365号）……（2）`).
 */
// Leaders spaced out (· · · ·) count as well.
const TOC_PAGE_ONLY = new RegExp(`^(.{2,100}?)(?:[${LEADER}]\\s?){2,}\\s*[（(]?(\\d{1,3})[）)]?$`);
/** A 目录 entry's leaders and page, at the end of its line. */
const TOC_PAGE_END = new RegExp(`[${LEADER}\\s]*[（(]?\\d{1,3}[）)]?$`);
/**
 * A 目录 section heading: ◎市政府文件 as the corpus prints it, or another gazette's marks
 * (【省政府文件】, ■国务院文件), or a short heading of its own line (国务院办公厅文件, 人事任免).
 */
const TOC_SECTION = /^(?:[◎■●◆▲★□]\s*(.{2,20})|【\s*(.{2,20}?)\s*】)$/;
const TOC_SECTION_BARE = /^(?!关于)[\u4e00-\u9fa5]{2,14}(?:文件|规章|任免|人事任免|动态|信息|解读)$/;

/** Removes a matched substring from a normalised line (keeping the map aligned). */
function cut(l: NormLine, a: number, b: number): NormLine {
  return { ...l, text: l.text.slice(0, a) + l.text.slice(b), map: [...l.map.slice(0, a), ...l.map.slice(b)] };
}

/**
 * A separator line (~~~, ---, ***) or a printed page's number (`— 7 —`, GB/T 9704 7.5) that an
 * extraction kept, perhaps mid-sentence: no text of the document. One regex object, not one per line.
 */
const RULE_LINE = /^\s*([~～]{3,}|---+|\*\*\*+|[—–－-]{1,2}\s*\d{1,4}\s*[—–－-]{1,2})\s*$/;

export function normalizedLines(source: SourceText, from = 0, to = source.lineCount, out: NormLine[] = [], copy = false): NormLine[] {
  // One search of the whole stretch: then no line is searched for full-width digits on its own. The
  // source's index of them (made once, shared with punctuation/digit-width) answers it.
  const wide = from < to && FULL_WIDTH_DIGIT_AT.within(source, source.lineStarts[from], to < source.lineCount ? source.lineStarts[to] : source.text.length);
  for (let line = from; line < to; line++) {
    const raw = copy ? ownCopy(source.lineText(line)) : source.lineText(line);
    const start = source.lineStarts[line];
    const directive = raw.includes('gongwen-');
    if ((directive && isDirectiveLine(raw)) || RULE_LINE.test(raw)) {
      out.push({ line, start, end: start + raw.length, raw, text: '', map: [start] });
      continue;
    }
    // A directive after the line's text (…市财政局 <!-- gongwen-disable-line … -->): the text before it.
    const tail = directive ? directiveTailStart(raw) : -1;
    out.push(normalizeLine(tail > 0 ? raw.slice(0, tail) : raw, start, line, wide));
  }
  return out;
}

/**
 * A line moved by an edit before it: `delta` characters, `lineDelta` lines. Its offset map is made
 * only when read: most moved lines belong to documents that are not parsed again, and copying the
 * map of every character after a keystroke was most of an incremental parse's garbage.
 */
class MovedLine implements NormLine {
  line: number;
  start: number;
  end: number;
  raw: string;
  text: string;
  // How far it moved from #base is start − #base.start (lines: line − #base.line): no fields of
  // their own for ~1,500 lines after a keystroke in a gazette, kept until the next.
  readonly #base: NormLine;
  #map: number[] | undefined;

  constructor(l: NormLine, delta: number, lineDelta: number) {
    // A moved line is moved from the line it was moved from: one hop to the original line.
    const base = l instanceof MovedLine ? l.#base : l;
    this.#base = base;
    this.line = l.line + lineDelta;
    this.start = l.start + delta;
    this.end = l.end + delta;
    this.raw = base.raw;
    this.text = base.text;
  }

  get map(): number[] {
    return (this.#map ??= movedOffsets(this.#base.map, this.start - this.#base.start));
  }

  /** Whether this line is `other` moved by (delta, lineDelta), without comparing maps. */
  static isMoved(line: NormLine, other: NormLine, delta: number, lineDelta: number): boolean {
    if (!(line instanceof MovedLine)) return false; // a line after an edit is always a moved one
    const base = other instanceof MovedLine ? other.#base : other;
    return line.#base === base && line.start - other.start === delta && line.line - other.line === lineDelta;
  }
}

/** A copy of a line's text that shares no memory with the whole text it was sliced from. */
function ownCopy(s: string): string {
  // A slice keeps its whole source text alive: kept from edit to edit, every version of a long
  // gazette would stay in memory for the one line that was normalised from it.
  return s.length > 12 ? JSON.parse(JSON.stringify(s)) as string : s;
}

/**
 * The normalised lines of `source`, an edit of the text `prev` was parsed from: the lines before
 * the edit are the previous objects, the lines after it the previous ones moved, only the edited
 * lines are normalised again. Undefined when the line structure does not line up (then all are).
 */
function normalizedLinesAfterEdit(source: SourceText, prev: ParseMemo, edit: TextEdit): NormLine[] | undefined {
  const old = prev.lines;
  const oldStarts = prev.source.lineStarts;
  if (old.length !== oldStarts.length) return undefined;
  const delta = edit.newEnd - edit.oldEnd;
  const lineDelta = source.lineCount - oldStarts.length;
  // The line before the edited one too: an inserted \n may join its \r.
  const first = Math.max(0, prev.source.positionAt(edit.start).line - 1);
  const tail = prev.source.positionAt(edit.oldEnd).line + 1; // first old line wholly after the edit
  if (tail < old.length && source.lineStarts[tail + lineDelta] !== oldStarts[tail] + delta) return undefined;
  if (source.lineStarts[first] !== oldStarts[first]) return undefined;
  const edited = normalizedLines(source, first, Math.min(source.lineCount, tail + lineDelta), [], true);
  const moved = old.slice(tail);
  for (let k = 0; k < moved.length; k++) moved[k] = new MovedLine(moved[k], delta, lineDelta);
  // One array of exactly the lines' number (kept until the next keystroke), not grown by pushes.
  const out = old.slice(0, first).concat(edited, moved);
  return out.length === source.lineCount ? out : undefined;
}

/** What parseDocument was given for one document. */
interface DocInput {
  lines: NormLine[];
  continuations: Continuation[];
  /** Paired fragments of other documents that lie in this document's lines. */
  hosted: Span[];
  noise: Span[];
}

/** What a parse keeps for the next parse of an edit of the same text (parseGazette's `prev`). */
interface ParseMemo {
  source: SourceText;
  model: Model | undefined;
  /** The normalised lines, before continuation markers were cut. */
  lines: NormLine[];
  inputs: DocInput[];
  /** reused[d]: document d is the previous parse's document d (maybe moved), not parsed again. */
  reused: boolean[];
  structure: Structure;
  /** Whether `structure` is the previous parse's, moved by the edit (the passes were skipped). */
  structureMoved: boolean;
}

const memos = new WeakMap<Gazette, ParseMemo>();

/** The previous parse to start from: the gazette of the text before `edit`, with its source. */
export interface PreviousParse {
  gazette: Gazette;
  edit: TextEdit;
}

/**
 * For a gazette parsed from a previous one (parseGazette's `prev`): which documents are the
 * previous parse's documents, moved by the edit, because their input lines were the same.
 */
export function reusedDocuments(g: Gazette): boolean[] | undefined {
  return memos.get(g)?.reused;
}

/** For a gazette parsed from a previous one: whether the structure passes were skipped. */
export function reusedStructure(g: Gazette): boolean {
  return memos.get(g)?.structureMoved ?? false;
}

/**
 * The source stretches document `d` of a parse was made from: its runs of consecutive lines (its
 * own text, and each page continuation moved into it) and its unpaired fragments. Undefined for a
 * gazette this module did not parse.
 */
export function documentPieces(g: Gazette, d: number): Span[] | undefined {
  const input = memos.get(g)?.inputs[d];
  if (!input) return undefined;
  const pieces: Span[] = [];
  let cur: Span | undefined;
  let last = -2;
  for (const l of input.lines) {
    if (cur && l.line === last + 1) cur.end = l.end;
    else pieces.push((cur = { start: l.start, end: l.end }));
    last = l.line;
  }
  for (const sp of input.noise) pieces.push({ start: sp.start, end: sp.end });
  return pieces;
}

function sameSpansMoved(a: Span[], b: Span[], delta: number): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].start + delta !== b[i].start || a[i].end + delta !== b[i].end) return false;
    // A continuation's closed flag depends on lines outside the document (its host's date).
    if ((a[i] as Continuation).closed !== (b[i] as Continuation).closed) return false;
    if ((a[i] as Continuation).bounded !== (b[i] as Continuation).bounded) return false;
  }
  return true;
}

/** Whether a document's new input is its previous input moved by (delta, lineDelta). */
function sameInputMoved(a: DocInput, b: DocInput, delta: number, lineDelta: number): boolean {
  if (a.lines.length !== b.lines.length) return false;
  if (!sameSpansMoved(a.continuations, b.continuations, delta) || !sameSpansMoved(a.noise, b.noise, delta)
    || !sameSpansMoved(a.hosted, b.hosted, delta)) return false;
  for (let i = 0; i < a.lines.length; i++) {
    const x = a.lines[i];
    const y = b.lines[i];
    if (x === y) {
      if (delta !== 0 || lineDelta !== 0) return false;
      continue;
    }
    if (MovedLine.isMoved(y, x, delta, lineDelta)) continue;
    if (x.text !== y.text || x.raw !== y.raw || x.line + lineDelta !== y.line || x.start + delta !== y.start
      || x.end + delta !== y.end || x.map.length !== y.map.length) return false;
    const xm = x.map;
    const ym = y.map;
    for (let j = 0; j < xm.length; j++) if (xm[j] + delta !== ym[j]) return false;
  }
  return true;
}

/**
 * Parse nodes name their source offsets `start`, `end`, `map` and `range` (a number or a list of
 * them) and their line numbers `line`: moving a parse by an edit (here) and comparing a moved
 * parse with a new one (lintIncremental) go by these names.
 */
export function isOffsetKey(key: string): boolean {
  return key === 'start' || key === 'end' || key === 'map' || key === 'range';
}

/** Offsets moved by `delta` (a new array). */
function movedOffsets(xs: readonly number[], delta: number): number[] {
  const out = new Array<number>(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = xs[i] + delta;
  return out;
}

/** A number of a parse node under `key`, moved by an edit before it: an offset, a line, or neither. */
function moveNumber(n: number, delta: number, lineDelta: number, key: string): number {
  return isOffsetKey(key) ? n + delta : key === 'line' ? n + lineDelta : n;
}

/** A copy of a parse node moved by an edit before it (see isOffsetKey); shared nodes stay shared. */
function moveNode<T>(node: T, delta: number, lineDelta: number, seen: Map<object, unknown>, key = ''): T {
  if (typeof node === 'number') return moveNumber(node, delta, lineDelta, key) as T;
  if (node === null || typeof node !== 'object') return node;
  const done = seen.get(node);
  if (done) return done as T;
  if (Array.isArray(node)) {
    if (isOffsetKey(key)) {
      const out = movedOffsets(node, delta);
      seen.set(node, out);
      return out as T;
    }
    const out = new Array(node.length);
    seen.set(node, out);
    for (let i = 0; i < node.length; i++) out[i] = moveNode(node[i], delta, lineDelta, seen, key);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  seen.set(node, out);
  for (const k in node) out[k] = moveNode((node as Record<string, unknown>)[k], delta, lineDelta, seen, k);
  return out as T;
}

/**
 * Moved documents: the parsed document they copy and by how much (moving one again starts from
 * it), and the nodes of it moved so far (a node two fields share is moved once).
 */
const movedFrom = new WeakMap<GwDocument, { base: GwDocument; delta: number; lineDelta: number; seen?: Map<object, unknown> }>();

/** A field's value set on a moved document, as a plain property from then on. */
function settleField(doc: object, k: string, value: unknown): void {
  Object.defineProperty(doc, k, { value, enumerable: true, configurable: true, writable: true });
}

/**
 * The accessor of a moved document's field `k`, which moves the field when first read: one per
 * field name, shared by all moved documents (two closures per field and document were ~120 KB a
 * keystroke in a gazette, kept until the next).
 */
const movedFields = new Map<string, PropertyDescriptor>();
function movedField(k: string): PropertyDescriptor {
  let descriptor = movedFields.get(k);
  if (!descriptor) {
    descriptor = {
      enumerable: true,
      configurable: true,
      get(this: GwDocument) {
        const from = movedFrom.get(this)!;
        const moved = moveNode((from.base as unknown as Record<string, unknown>)[k], from.delta, from.lineDelta, from.seen ??= new Map(), k);
        settleField(this, k, moved);
        return moved;
      },
      set(this: GwDocument, value: unknown) {
        settleField(this, k, value);
      },
    };
    movedFields.set(k, descriptor);
  }
  return descriptor;
}

/**
 * The parsed document `doc` copies when an edit before it moved it (else `doc` itself): the same
 * text at other offsets. What is worked out from a document's text alone, holding no offsets, can
 * be worked out once from this one: reading a moved document's paragraphs moves them all.
 */
export function unmovedDocument(doc: GwDocument): GwDocument {
  return movedFrom.get(doc)?.base ?? doc;
}

/**
 * `value`, worked out from `unmovedDocument(doc)`, moved as `doc` was moved from it (its offsets
 * and lines shifted, a copy); `value` itself when `doc` was not moved.
 */
export function movedLikeDocument<T>(doc: GwDocument, value: T): T {
  const from = movedFrom.get(doc);
  return from ? moveNode(value, from.delta, from.lineDelta, new Map()) : value;
}

/**
 * A document moved by an edit before it. Each field is moved when first read: after a keystroke
 * the rules re-check only the edited document, so most moved documents' paragraphs are never read.
 */
function movedDocument(doc: GwDocument, delta: number, lineDelta: number): GwDocument {
  const from = movedFrom.get(doc);
  const base = from ? from.base : doc;
  const d = from ? from.delta + delta : delta;
  const ld = from ? from.lineDelta + lineDelta : lineDelta;
  const out = {} as Record<string, unknown>;
  const fields = base as unknown as Record<string, unknown>;
  for (const k in fields) {
    const v = fields[k];
    if (v === null || typeof v !== 'object') out[k] = typeof v === 'number' ? moveNumber(v, d, ld, k) : v;
    else Object.defineProperty(out, k, movedField(k));
  }
  const moved = out as unknown as GwDocument;
  movedFrom.set(moved, { base, delta: d, lineDelta: ld });
  return moved;
}

interface DocStart {
  /** First line of the document (its issuer mark, or its title for 任免-style heads). */
  line: number;
  numberLine: number;
}

function prevContent(lines: NormLine[], i: number, floor: number): number {
  for (let k = i - 1; k >= floor; k--) if (lines[k].text) return k;
  return -1;
}

function nextContent(lines: NormLine[], i: number): number {
  for (let k = i + 1; k < lines.length; k++) if (lines[k].text) return k;
  return -1;
}

/** A line of running text (it holds a clause's or a sentence's mark) that does not end its sentence. */
function stopsMidSentence(t: string): boolean {
  return /[，。；,;]/.test(t) && !/[。！？；：:）)》”」』…]$/.test(t);
}

/**
 * A title's first line: 关于…, after its issuer's name (聊城市人民政府办公室 关于…, 国务院关于…, 省政府关于…),
 * maybe with a 《 the next line closes (`国务院办公厅关于印发《加快构建普惠托育服务体系` ⏎ `实施方案》的通知`)
 * or with the whole 《…》 (`上海市人民政府关于印发《上海市促进人工智能产业发展若干措施》` ⏎ `的通知`).
 */
const TITLE_OPENING = /^([\u4e00-\u9fa5]{0,20}(人民政府|政府|国务院|办公室|办公厅)\s*)?关于(?:[^《》]{2,40}|[^《》]{0,30}《[^《》]{1,40}》?)$/;

/** A line that ends with a （ and the first characters of a document number's code (`（鲁编`). */
const CODE_CUT = /[（(][\u4e00-\u9fff]{1,4}$/;

/**
 * The last line of the PASSED_SUBTITLE under a PASSED_TITLE starting at line i, or -1. A narrow
 * wrap may break the title in two and the subtitle (41 characters) in two or three.
 */
function passedSubtitleAfter(lines: NormLine[], i: number): number {
  let title = lines[i].text;
  let n = nextContent(lines, i);
  if (!PASSED_TITLE.test(title) && n >= 0 && !/^[（(]\d{4}年/.test(lines[n].text) && PASSED_TITLE.test(title + lines[n].text)) {
    title += lines[n].text;
    n = nextContent(lines, n);
  }
  if (!PASSED_TITLE.test(title) || n < 0 || !/^[（(]\d{4}年/.test(lines[n].text)) return -1;
  let sub = lines[n].text;
  for (let k = 0; k < 2 && !/[）)]$/.test(sub); k++) {
    const m = nextContent(lines, n);
    if (m < 0) return -1;
    sub += lines[m].text;
    n = m;
  }
  return PASSED_SUBTITLE.test(sub) ? n : -1;
}

/**
 * Whether the document started at `last` is a 令 or a 公告 that promulgates a text (…现予公布) and
 * line i is the first title after it: the text it promulgates, whatever dating line that prints
 * (（…常务会议通过）), not a document of its own; a wrong title there is cross-ref/issued-title's.
 */
function promulgatedAbove(lines: NormLine[], last: DocStart | undefined, i: number): boolean {
  if (!last || last.numberLine < 0 || i - last.line > 40) return false;
  const head = lines.slice(last.line, last.numberLine + 1).map((l) => l.text).join('');
  if (!/令|公告/.test(head)) return false;
  const between = lines.slice(last.numberLine + 1, i).map((l) => l.text);
  return between.join('').includes('公布') && !between.some((t) => PASSED_TITLE.test(t));
}

/**
 * Where each document of an issue starts, from line `from` on. A number line found to be no head is added to
 * `notHeads` with the line that decided it: an edit there can make it one.
 */
function findStarts(lines: NormLine[], from: number, notHeads: [number, number][] = [], knownCodes: string[] = []): DocStart[] {
  const starts: DocStart[] = [];
  for (let i = from; i < lines.length; i++) {
    let t = lines[i].text;
    if (!t) continue;
    let numberLine = -1;
    // A head whose bracketed number a wrap split (`…公告（第12` ⏎ `号）`) or that prints it in Chinese numerals.
    const seq = t.includes('第') ? bracketedSeqLine(lines[i], lines[nextContent(lines, i)]) : undefined;
    // A number line in Chinese numerals (聊政办字〔2026〕十号) is a slip, but starts its document still.
    if (NUMBER_ONLY.test(t) || (t.endsWith('号') && (NOTICE_ONLY.test(t) || CN_NUMBER_ONLY.test(t)))) numberLine = i;
    else if ((t.endsWith('号）') || t.endsWith('号)')) && isNoticeHead(NOTICE_HEAD_NUMBERED.exec(t)?.[1] ?? '')) numberLine = i;
    else if (seq && isNoticeHead(NOTICE_HEAD_NUMBERED.exec(seq.line.text)?.[1] ?? '')) {
      numberLine = seq.lines > 1 ? nextContent(lines, i) : i;
      t = seq.line.text;
    }
    // A 令's head on one line (聊城市人民政府令第52号, or 第52): its promulgating sentence under it.
    else if ((t.endsWith('号') || t.charCodeAt(t.length - 1) <= 0x39) && DECREE_LINE.test(t)) {
      const n = nextContent(lines, i);
      const p = prevContent(lines, i, 0);
      if (isDecreeHeadLine(t, lines[n]?.text, p >= 0 ? lines[p].text : undefined)) numberLine = i;
      else notHeads.push([p >= 0 ? p : i, n >= 0 ? n : i]);
    }
    // endsWith first: the anchored patterns still backtrack over every line.
    else if (t.endsWith('令') && isDecreeIssuerLine(t)) {
      const n = nextContent(lines, i);
      // Its number in Chinese numerals too (聊城市人民政府令 ⏎ 第五十二号), read as in digits.
      if (n >= 0 && (DECREE_SEQ_ONLY.test(lines[n].text) || CN_NOTICE_SEQ.test(lines[n].text))) {
        starts.push({ line: i, numberLine: n });
        i = n;
        continue;
      }
    } else if (isNoticeHead(t)) {
      // 聊城市人民政府公告 ⏎ 〔2025〕第1号: a 公告's or 通告's head, like a 令's.
      const n = nextContent(lines, i);
      if (n >= 0 && (NOTICE_SEQ.test(lines[n].text) || CONGRESS_NOTICE_SEQ.test(lines[n].text) || CN_NOTICE_SEQ.test(lines[n].text))) {
        starts.push({ line: i, numberLine: n });
        i = n;
        continue;
      }
      const split = n >= 0 && lines[n].text.includes('第') ? bracketedSeqLine(lines[n], lines[nextContent(lines, n)]) : undefined;
      if (split && CONGRESS_NOTICE_SEQ.test(split.line.text)) {
        const last = split.lines > 1 ? nextContent(lines, n) : n;
        starts.push({ line: i, numberLine: last });
        i = last;
        continue;
      }
    } else if (t.endsWith('解读') && INTERPRETATION.test(t) && prevContent(lines, i, from) >= 0) {
      starts.push({ line: i, numberLine: -1 });
      continue;
    } else if ((t.charCodeAt(0) === 0x300a /* 《 */ || t.startsWith('关于《')) && prevContent(lines, i, from) >= 0) {
      // The same heading wrapped (`《宜昌市人民政府关于推进…全生命周` ⏎ `期管理的意见》政策解读`, or
      // `《…的意见》` ⏎ `政策解读`).
      const n = nextContent(lines, i);
      if (n >= 0 && n - i <= 2 && lines[n].text.endsWith('解读') && INTERPRETATION.test(t + lines[n].text)) {
        starts.push({ line: i, numberLine: -1 });
        i = n;
        continue;
      }
    } else if (APPOINTMENTS.test(t)) {
      // 国务院任免国家工作人员 ⏎ （2025年5月23日）: a list of appointments dated under its heading, with no number.
      const n = nextContent(lines, i);
      if (n >= 0 && DATED_SUBTITLE.test(lines[n].text)) {
        starts.push({ line: i, numberLine: -1 });
        i = n;
        continue;
      }
    } else if (t.length <= 60 && !/[。；，]/.test(t) && passedSubtitleAfter(lines, i) >= 0 && !promulgatedAbove(lines, starts.at(-1), i)) {
      // 北京市城市更新条例 ⏎ （2025年3月28日…会议通过）: a congress's text, dated by its passing, with no number.
      starts.push({ line: i, numberLine: -1 });
      i = passedSubtitleAfter(lines, i);
      continue;
    } else if (t.endsWith('大事记') && CHRONICLE.test(t)) {
      const n = nextContent(lines, i);
      if (n >= 0 && CHRONICLE_MONTH.test(lines[n].text)) {
        starts.push({ line: i, numberLine: -1 });
        i = n;
        continue;
      }
    }
    if (numberLine < 0) continue;
    // A number cited in running text that a hard wrap leaves on a line of its own: the sentence's
    // last characters before it (`严格执` ⏎ `行聊政办字〔2023〕17号` ⏎ `文件，推行…`: a code no issuer
    // uses, a known one after a word's tail) or the words after it (文件，…) show it is no head.
    const code = /^[\u4e00-\u9fa5]+/.exec(t)?.[0] ?? '';
    const nx = nextContent(lines, numberLine);
    // A number without its 号 whose next line opens with the rest of it (`按照` ⏎ `聊政办字〔2024〕1`
    // ⏎⏎ `6号文件…`: a page or a wrap cut it) is cut in two, not a head missing its 号.
    if ((!knownCodes.includes(code) && knownCodes.some((c) => code.length > c.length && code.endsWith(c)))
      || (nx >= 0 && /^(?:文件|号文件)?[，。；、,;]|^文件(?:精神|要求|规定)/.test(lines[nx].text))
      || (nx >= 0 && !t.endsWith('号') && /^\d*号/.test(lines[nx].text))) {
      notHeads.push([i, nx >= 0 ? nx : i]);
      continue;
    }
    // Walk back over the issuer mark and, for 任免-style heads, the title before the number.
    let first = i;
    const floor = starts.length ? starts[starts.length - 1].numberLine + 1 : from;
    const p1 = prevContent(lines, i, floor);
    // A number the line before opened a bracket or a clause for is a citation cut off by a line
    // break (`…的通知》（` ⏎ `鲁政办字〔2023〕1` ⏎⏎ `43号）要求`), not a document's head.
    // So is one after a （ whose first characters the line before holds (`…的通知》（鲁编` ⏎
    // `办〔2020〕47` ⏎ `号）文件精神`): the number's code cut in two; no issuer mark ends so.
    // So is a number without its 号 after a line of running text that stops mid-sentence (`…情况。按照`
    // ⏎ `聊政办字〔2024〕1`, its `6号文件…` elsewhere: a page continuation moved the rest): no head
    // follows running text, and a head missing its 号 follows its issuer mark.
    if (p1 >= 0 && (/[（(《“、，,]$/.test(lines[p1].text) || CODE_CUT.test(lines[p1].text) || (!t.endsWith('号') && stopsMidSentence(lines[p1].text)))) {
      notHeads.push([p1, i]);
      continue;
    }
    // The mark printed again in the people's script under the Chinese one (延边: 연변조선족자치주인민정부 문건).
    const p0 = p1 >= 0 && OTHER_SCRIPT_LINE.test(lines[p1].text) ? prevContent(lines, p1, floor) : -1;
    if (p0 >= 0 && (looksLikeIssuer(lines[p0].text) || /文件$/.test(lines[p0].text))) first = jointMarkStart(lines, p0, floor, starts.at(-1));
    else if (p1 >= 0 && (looksLikeIssuer(lines[p1].text) || /文件$/.test(lines[p1].text))) first = jointMarkStart(lines, p1, floor, starts.at(-1));
    else if (p1 >= 0 && TITLE_END.test(lines[p1].text) && !DATE_LINE.test(lines[p1].text)) {
      // 任免-style head: [issuer] title number.
      first = p1;
      let p2 = prevContent(lines, p1, floor);
      // A title a wrap broke (`聊城市人民政府 关于任免某某等工作人员` ⏎ `职务的通知`): its first line
      // opens with 关于, after the issuer's name if any, and holds no clause's mark.
      if (p2 >= 0 && TITLE_OPENING.test(lines[p2].text) && !/[，。；：,;:]/.test(lines[p2].text) && !TITLE_END.test(lines[p2].text)) {
        first = p2;
        p2 = prevContent(lines, p2, floor);
      }
      if (p2 >= 0 && looksLikeIssuer(lines[p2].text)) first = p2;
    }
    starts.push({ line: first, numberLine });
    i = numberLine;
  }
  return starts;
}

/** A 成文日期 line, in Arabic or Chinese numerals. */
const SIGNED_DATE = /^(?:\d{4}|[〇零○一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/;
/** Lines a document may print under its 成文日期: a note (（此件公开发布）), a 版记's 抄送 or 印发 line. */
const AFTER_DATE = /^(?:[（(][^（()）]{2,20}[）)]|抄送[：:].*|.{2,30}\d{4}年\d{1,2}月\d{1,2}日印发)$/;
/** A 主送 line: recipients ending in a colon, no sentence. */
const RECIPIENT_LINE = /^[^。；;！？]{2,150}[：:]$/;

/** A 通知's or 决定's title, which a head with no 发文字号 may carry (ownHeadAt). */
const NOTICE_OR_DECISION_TITLE = /关于.{2,}的(?:通知|决定)$/;
/** A title of a notice that prints another text after its 成文日期 (印发, 转发, 批转). */
const ISSUING_TITLE = /关于(?:印发|转发|批转)/;

/**
 * The head of a document starting at line j, or undefined: an issuer (its mark, or its name
 * before the title's 关于), a 发文字号 line (under the mark, or under the title as 国务院公报 prints
 * it), a 关于… title (maybe wrapped over two lines) and a 主送 line. With `unnumbered`, a 关于…的通知
 * or 关于…的决定 head without a 发文字号 counts too (numberLine is then -1, `end` its title's last line).
 */
function ownHeadAt(lines: NormLine[], j: number, unnumbered = false): (DocStart & { end: number }) | undefined {
  let k = j;
  let mark = false;
  let numberLine = -1;
  if (looksLikeIssuer(lines[k].text) || /^.{2,30}文件$/.test(lines[k].text)) {
    mark = true;
    k = nextContent(lines, k);
  }
  if (k >= 0 && NUMBER_ONLY.test(lines[k].text)) {
    numberLine = k;
    k = nextContent(lines, k);
  }
  if (k < 0) return undefined;
  let title = lines[k].text;
  if (!TITLE_END.test(title) && TITLE_OPENING.test(title)) {
    k = nextContent(lines, k);
    if (k < 0) return undefined;
    title += lines[k].text;
  }
  const about = title.indexOf('关于');
  if (about < 0 || /[，。；：,;:]/.test(title) || !TITLE_END.test(title) || (!mark && about < 2)) return undefined;
  k = nextContent(lines, k);
  if (k >= 0 && numberLine < 0 && NUMBER_ONLY.test(lines[k].text)) {
    numberLine = k;
    k = nextContent(lines, k);
  }
  if (k < 0 || !RECIPIENT_LINE.test(lines[k].text)) return undefined;
  if (numberLine < 0 && !(unnumbered && NOTICE_OR_DECISION_TITLE.test(title))) return undefined;
  return { line: j, numberLine, end: prevContent(lines, k, j) };
}

/**
 * Where documents after the first start in a text with no 目录 (a file holding a 决定 and then a
 * 印发 notice, an issue extracted without its 目录): a head of their own (ownHeadAt) right after
 * the previous one's 落款 and 成文日期. A 印发 notice's printed text has no number or 主送 under its
 * title: it stays with the notice. A head with no number (issuer, 关于…的通知/决定, 主送) counts
 * too, but not right after the first 成文日期 of a 印发/转发/批转 notice: what follows is the text
 * it prints, which may be a 通知 with its 主送.
 */
function draftStarts(lines: NormLine[]): DocStart[] {
  const starts: DocStart[] = [];
  // Whether the current document prints a text after its date, and how many dates it has passed.
  const issuing = (from: number) => {
    for (let k = from, n = 0; k >= 0 && n < 6; k = nextContent(lines, k), n++) if (ISSUING_TITLE.test(lines[k].text)) return true;
    return false;
  };
  let prints = issuing(nextContent(lines, -1));
  let dates = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    // A 令's or a 公告's head (聊城市人民政府令 ⏎ 第52号, 聊城市人民政府公告 ⏎ 〔2025〕第1号) has no 主送:
    // its own two lines, after a text's end (a sentence, a note, a date line; its 落款 may be a
    // 市长's name, and a 令's printed 办法 ends with an article).
    if (i > 0 && (t.endsWith('令') || t.endsWith('告'))) {
      const n = numberedHeadAt(lines, i);
      const p = prevContent(lines, i, 0);
      if (n >= 0 && p >= 0 && TEXT_END_LINE.test(lines[p].text) && !headsListRow(lines, n)) {
        starts.push({ line: i, numberLine: n });
        i = n;
        prints = false;
        dates = 0;
        continue;
      }
    }
    if (!SIGNED_DATE.test(t)) continue;
    const signature = prevContent(lines, i, 0);
    if (signature < 0 || !looksLikeIssuer(lines[signature].text)) continue;
    dates++;
    let j = nextContent(lines, i);
    for (let k = 0; k < 3 && j >= 0 && AFTER_DATE.test(lines[j].text); k++) j = nextContent(lines, j);
    const head = j >= 0 ? ownHeadAt(lines, j, !(prints && dates === 1)) : undefined;
    if (!head) continue;
    starts.push({ line: head.line, numberLine: head.numberLine });
    i = head.numberLine >= 0 ? head.numberLine : head.end;
    prints = issuing(head.line);
    dates = 0;
  }
  return starts;
}

/**
 * Whether the head whose number line is `n` is the first row of a list a table printed a cell a line
 * (a 决定 repealing rules: 聊城市人民政府令 ⏎ 第30号 ⏎ 聊城市城市供水管理办法 ⏎ 聊城市人民政府令 ⏎ 第31号 …):
 * a bare title under its number, then another such head. A 令's or a 公告's own text is a sentence.
 */
function headsListRow(lines: NormLine[], n: number): boolean {
  const f = nextContent(lines, n);
  if (f < 0) return false;
  const t = lines[f].text;
  if (t.length > 40 || /[，。；：:、《]/.test(t) || !TITLE_KIND_END.test(t)) return false;
  // A 令's text under its number is a sentence (《…》已经…通过): a bare title there is a row, even the only one.
  if (lines[prevContent(lines, n, 0)]?.text.endsWith('令')) return true;
  const h = nextContent(lines, f);
  return h >= 0 && (lines[h].text.endsWith('令') || lines[h].text.endsWith('告')) && numberedHeadAt(lines, h) >= 0;
}

/** A line that ends a text: its sentence, a note in brackets, a 成文日期. */
const TEXT_END_LINE = /[。！？）)]$|^(?:\d{4}|[〇零○一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/;

/**
 * The number line of a 令's or a 公告's head whose issuer line is `i` (聊城市人民政府令 ⏎ 第52号,
 * 聊城市人民政府公告 ⏎ 〔2025〕第1号, a 人大常委会's 〔十八届〕第十二号), or -1.
 */
function numberedHeadAt(lines: NormLine[], i: number): number {
  const t = lines[i].text;
  const n = nextContent(lines, i);
  if (n < 0) return -1;
  const u = lines[n].text;
  if (t.endsWith('令')) return isDecreeIssuerLine(t) && (DECREE_SEQ_ONLY.test(u) || CN_NOTICE_SEQ.test(u)) ? n : -1;
  return isNoticeHead(t) && (NOTICE_SEQ.test(u) || CONGRESS_NOTICE_SEQ.test(u) || CN_NOTICE_SEQ.test(u)) ? n : -1;
}

/** A line that ends a sentence. */
const SENTENCE_CLOSE = new RegExp(`[${SENTENCE_END_MARKS}]$`);

/** A raw line holding a （下转第N页） marker. */
const CUT_BY_DOWN = /[（(]\s*下\s*转\s*第?\s*\d+\s*页/;

/** Issuer lines above a mark's last line that a joint mark (联合行文) adds; findStarts reads one more. */
const JOINT_ISSUERS = 3;

/**
 * The first line of the issuer mark ending at `last`: a joint mark puts each issuer on its own
 * line, the lead issuer first (GB/T 9704 7.2.4), and all of them open the document. A line
 * repeating one below it is the previous document's signature, not another issuer.
 */
function jointMarkStart(lines: NormLine[], last: number, floor: number, prev?: DocStart): number {
  let first = last;
  const seen = new Set([lines[last].text]);
  // The issuers that head the previous document: the only names its 署名 can give.
  const prevIssuers = new Set<string>();
  if (prev) for (let k = prev.line; k < prev.numberLine; k++) prevIssuers.add(lines[k].text.replace(/文件$/, ''));
  for (let k = 0; k < JOINT_ISSUERS; k++) {
    const p = prevContent(lines, first, floor);
    // A line a （下转第N页） cut (`本方案适用于当前省政府（下转第13页）`) is the text of a document
    // continued on another page, never an issuer.
    if (p < 0 || !looksLikeIssuer(lines[p].text) || seen.has(lines[p].text) || CUT_BY_DOWN.test(lines[p].raw)) break;
    // An issuer line right after a sentence's end is the previous document's 署名 (its 成文日期
    // lost), not a joint issuer. But a document may end in text (its attached 方案 or 清单): an
    // issuer that did not head the previous document is a joint mark's lead issuer.
    const before = prevContent(lines, p, floor);
    if (before >= 0 && SENTENCE_CLOSE.test(lines[before].text) && (!prev || prevIssuers.has(lines[p].text.replace(/文件$/, '')))) break;
    seen.add(lines[p].text);
    first = p;
  }
  return first;
}

function parseToc(lines: NormLine[], from: number, to: number, knownCodes?: Iterable<string>): TocEntry[] {
  const toc: TocEntry[] = [];
  let section: string | undefined;
  let sectionHeading: string | undefined;
  let pendingTitle: NormLine[] = [];
  for (let i = from; i < to; i++) {
    const l = lines[i];
    const t = l.text;
    if (!t || TOC_HEAD.test(t) || t === '目' || t === '录') continue;
    const heading = TOC_SECTION.exec(t);
    if (heading || (!pendingTitle.length && TOC_SECTION_BARE.test(t))) {
      section = heading ? (heading[1] ?? heading[2]) : t;
      sectionHeading = t;
      pendingTitle = [];
      continue;
    }
    const m = TOC_NUMBER_LINE.exec(t);
    if (m) {
      const page = Number(m[m.length - 1]);
      // The last number: a title on the same line may cite another document's number.
      let number = findDocNumbers(t, l.map, 0, knownCodes, true).at(-1);
      // A title ending in a character that may open a 机关代字 (…的函 聊政办函〔2023〕15号): the
      // space the normalised text dropped between them (a gap in the map) ends the title.
      if (number) {
        const from = l.map.indexOf(number.start);
        const codeEnd = from + number.code.length;
        for (let k = from + 1; k < codeEnd; k++) {
          if (l.map[k] === l.map[k - 1] + 1) continue;
          number = findDocNumbers(t.slice(k), l.map.slice(k), 0, knownCodes, true).at(-1) ?? number;
          break;
        }
      }
      if (number || /大事记/.test(t)) {
        const chronicle = !number;
        // The title's part on this line: up to the number, without the dot leaders.
        const own = number ? t.slice(0, l.map.indexOf(number.start)).replace(TOC_LEADER_END, '') : '';
        const titleText = chronicle ? t.replace(TOC_PAGE_END, '') : pendingTitle.map((x) => x.text).join('') + own;
        const tStart = chronicle ? l.map[0] : (pendingTitle[0]?.map[0] ?? l.map[0]);
        const tEnd = chronicle || own ? l.map[(chronicle ? titleText : own).length - 1] + 1
          : (pendingTitle.length ? pendingTitle[pendingTitle.length - 1].map[pendingTitle[pendingTitle.length - 1].text.length] : l.map[0]);
        toc.push({
          start: tStart, end: l.map[t.length],
          title: { text: titleText, start: tStart, end: tEnd },
          number, page, section, sectionHeading,
        });
        pendingTitle = [];
        continue;
      }
    }
    const pageOnly = TOC_PAGE_ONLY.exec(t);
    if (pageOnly) {
      const titleText = pendingTitle.map((x) => x.text).join('') + pageOnly[1];
      const tStart = pendingTitle[0]?.map[0] ?? l.map[0];
      toc.push({ start: tStart, end: l.map[t.length], title: { text: titleText, start: tStart, end: l.map[pageOnly[1].length - 1] + 1 }, page: Number(pageOnly[2]), section, sectionHeading });
      pendingTitle = [];
      continue;
    }
    pendingTitle.push(l);
  }
  return toc;
}

interface Fragment {
  /** Line of the 上接 marker and the exclusive end line of the fragment. */
  from: number;
  to: number;
  /** The line the fragment can run to at most (the next 上接 line or its host's end). */
  limit: number;
  page: number;
  doc: number;
  used: boolean;
  /** The text the fragment continues, when paired: its document's first line and the 下转 line. */
  source?: { from: number; to: number };
  /** Its extent is known (GwDocument.continuations' closed). */
  closed?: boolean;  /** Its end is where its 大事记 host resumes (GwDocument.continuations' bounded). */
  bounded?: boolean;
}

/**
 * Where a continuation fragment that starts at `from` ends (exclusive), at most `limit`. The
 * fragment is the tail of another document, so it ends after that document's signature and
 * date, before a titled part the host document resumes with, or before an item that continues the
 * host's own numbering (the host had 40. before the fragment, so 41. after it is the host again)
 * unless it continues the fragment's own: `source`, the lines of the continued document up to its
 * 下转 line, says where that numbering stood at the cut (a host whose 附件说明 ended at 3. does not
 * take the fragment's 4. after its 3.).
 */
function fragmentEnd(lines: NormLine[], from: number, limit: number, hostFrom: number, source?: { from: number; to: number }): number {
  // A 大事记 host resumes with its own entries (16日，… / △…), which no other document's tail opens
  // a line with: the fragment ends before the first (a fragment of a 大事记 excepted).
  const chronicle = chronicleHost(lines, hostFrom, from) && !(source && chronicleHost(lines, source.from, source.to + 1));
  // The host's numbering before the cut, worked out at the fragment's first marker: read at once,
  // each fragment read the host from its start, and an issue of many fragments was quadratic.
  let hostLastRead: Map<number, number> | undefined;
  const hostLast = () => (hostLastRead ??= numberingBefore(lines, hostFrom, from));
  let prev = '';
  let own: Map<number, number> | undefined;
  // The titles the continued document cites before the cut (a 印发 notice's 《…若干措施》): a
  // heading that names one is a document it issues, printed in the fragment, not the host's part.
  let ownTitles: Set<string> | undefined;
  if (source) {
    const text = lines.slice(source.from, source.to + 1).map((l) => l.text).join('');
    ownTitles = new Set([...text.matchAll(/《([^《》]+)》/g)].map((m) => normalizeTitle(m[1])));
    own = numberingBefore(lines, source.from, source.to + 1);
    const before = prevContent(lines, source.to + 1, source.from);
    const m = lineMarker(lines[from].text, before >= 0 ? lines[before].text : '');
    if (m) own.set(m.level, m.value);
  }
  // 《 left open by the fragment so far: a line inside a cited title (a hard wrap cut it) is no
  // heading, however title-like (`…若干政策的通知` before `》（聊政发〔2016〕56号）`).
  let inTitle = titleDepth(lines[from].text, 0);
  // （ left open likewise (a 牵头单位 block a hard wrap cut, `…市公安` ⏎ `局、…市自然资源和规划` ⏎
  // `局、…`): a line inside it is no title. Forgotten after a line that ends a sentence, which no
  // bracket a wrap cut runs over (a slip left it open).
  let inParen = parenDepth(lines[from].text, 0);
  // The attached documents after the fragment's 署名 and 成文日期 (or a label inside it) are the
  // continued document's when they are not the host's (attachedTo): the line after their end, or
  // -1 when the fragment ends at `end`.
  const attached = (end: number): number => {
    const label = end >= from && end <= limit ? nextContent(lines, end - 1) : -1;
    if (label < 0 || label >= limit || !ATTACHMENT_LABEL.test(lines[label].text)) return -1;
    return attachedTo(lines, label, from, hostFrom, source) === 'fragment' ? label : -1;
  };
  // The first line too (a cut before the 成文日期, the 附件说明 or the label): it only ends the
  // fragment after it, never before.
  for (let l = from; l < limit; l++) {
    const t = lines[l].text;
    if (!t) continue;
    // The continued document's attached document: its label and title line are no heading of the
    // host's; its own numbering runs on in `own`.
    if (ATTACHMENT_LABEL.test(t)) {
      if (attached(l) < 0) {
        if (l > from) return l;
        continue;
      }
      const title = nextContent(lines, l);
      if (title < 0 || title >= limit) return limit;
      l = title;
      prev = lines[title].text;
      if (own) own.clear();
      continue;
    }
    if (DATE_LINE.test(t) && (looksLikeIssuer(prev) || l === from)) {
      const a = attached(l + 1);
      if (a >= 0) l = a - 1;
      else if (l > from) return l + 1;
      continue;
    }
    // A 附件说明 closes the continued document (it is what overflows a page): the fragment takes
    // it, with its numbered entries and a 署名 and 成文日期 after it, however title-like its lines.
    if (!inTitle && NOTE_OPENS.test(t)) {
      const end = noteEnd(lines, l, limit);
      const a = attached(end);
      if (a < 0) return end;
      l = a - 1;
      continue;
    }
    if (l === from) {
      prev = t;
      continue;
    }
    if (chronicle && CHRONICLE_ENTRY.test(t) && !DATE_RUNS_ON.test(prev)) return l;
    // Nor is a line that goes on with a sentence the line before leaves unfinished (`…加强` ⏎
    // `城市管理、住房和城乡建设、自然资源和规划` ⏎ `、文化和旅游等部门…`: a narrow wrap).
    if (!inTitle && !inParen && isTitleLike(makeParagraph([lines[l]])) && !/[（(]/.test(t.slice(-1)) && !(prev && continues(prev, t))
      && !ownTitles?.has(normalizeTitle(t))) return l;
    inTitle = titleDepth(t, inTitle);
    // A sentence's end closes what it left open; not ；, which parts a 牵头单位 block's roles inside its brackets.
    inParen = /[。！？]$/.test(t) ? 0 : parenDepth(t, inParen);
    const m = lineMarker(t, prev);
    if (m && hostLast().get(m.level) === m.value - 1 && own?.get(m.level) !== m.value - 1 && resumesCleanly(lines, l, limit, hostLast())) return l;
    if (m && own) own.set(m.level, m.value);
    prev = t;
  }
  return limit;
}

/** A 大事记 entry opening a line: its day or span of days and comma (6日，, 1—2日，, **6日**，), or △. */
const CHRONICLE_ENTRY = /^(?:#+\s*)?(?:\*\*)?\s*(?:\d{1,2}\s*(?:[—\-－–~～至]\s*\d{1,2}\s*)?日\s*(?:\*\*)?\s*[，,]|△)/;
/** A line a date runs on from across a wrap (…截至5月 ⏎ 31日，…): the next line's day is no entry. */
const DATE_RUNS_ON = /(月|\d|年|[—\-－–~～至])\s*(\*\*)?\s*$/;

/**
 * Whether the document whose lines are [from, to) is a 大事记: its title (within its first three
 * lines of text) names one, and an entry opens a line before `to`.
 */
function chronicleHost(lines: NormLine[], from: number, to: number): boolean {
  let titled = false;
  for (let l = from, seen = 0; l < to && seen < 3; l++) {
    if (!lines[l].text) continue;
    seen++;
    if (lines[l].text.includes('大事记')) { titled = true; break; }
  }
  if (!titled) return false;
  for (let l = from; l < to; l++) if (CHRONICLE_ENTRY.test(lines[l].text)) return true;
  return false;
}

/**
 * Whether a paired fragment's extent is known: it opens right after its host's 成文日期 and runs on
 * to the host's end (the next document), so nothing but the moved text lies in it.
 */
function closedFragment(lines: NormLine[], f: Fragment, host: { from: number; to: number } | undefined): boolean {
  if (!f.used || !host || f.to !== host.to) return false;
  const before = prevContent(lines, f.from, host.from);
  if (before < 0) return false;
  const t = lines[before].text;
  if (DATE_LINE.test(t)) return true;
  // Or right after the host's attached text, which a sentence (or a （略） entry) ends after the
  // host's own 成文日期: the spare space after an attached 方案 that closes the host. Not when a
  // date line lies in the fragment (the host's own tail may have been taken into it).
  if (!/(?:[。！？]|[（(]略[）)])$/.test(t)) return false;
  let signed = false;
  for (let l = host.from; l < before && !signed; l++) signed = DATE_LINE.test(lines[l].text);
  if (!signed) return false;
  for (let l = f.from; l < f.to; l++) if (DATE_LINE.test(lines[l].text)) return false;
  return true;
}

/** An attached document's title, compared: no spaces, brackets as in titles, no （略）. */
function attachmentKey(title: string): string {
  return normalizeTitle(title).replace(/（略）/g, '').replace(/[。；;，,、.．：:]+$/, '');
}

/** The entries of the last 附件说明 on lines [from, to), compared (attachmentKey); undefined when none. */
function noteEntries(lines: NormLine[], from: number, to: number): Set<string> | undefined {
  for (let l = to - 1; l >= from; l--) {
    if (!NOTE_OPENS.test(lines[l].text)) continue;
    // Entries as read, a wrapped one's lines joined (noteEntryGoesOn).
    const entries = [lines[l].text.replace(/^附件[：:]\s*(\d{1,2}[.．、]\s*)?/, '')];
    let prev = lines[l].text;
    for (let k = l + 1; k < to; k++) {
      const t = lines[k].text;
      if (!t) continue;
      if (NOTE_ENTRY.test(t)) entries.push(t.replace(/^\d{1,2}[.．、]\s*/, ''));
      else if (noteEntryGoesOn(prev, t)) entries[entries.length - 1] += t;
      else break;
      prev = t;
    }
    return new Set(entries.map(attachmentKey));
  }
  return undefined;
}

/**
 * Whose is the attached document labelled on line `label`, inside or right after a continuation
 * fragment (from `from`) hosted by the document starting at `hostFrom`: the document the fragment
 * continues (its 附件说明, in the fragment or before its 下转 in `source`, names the title, or it
 * has one and the host has none before the fragment), or the host (a host's attachment printed
 * after the spare space a fragment filled). A document with no 附件说明 either way stays the host's.
 */
function attachedTo(lines: NormLine[], label: number, from: number, hostFrom: number, source?: { from: number; to: number }): 'fragment' | 'host' {
  const titleLine = nextContent(lines, label);
  const title = titleLine >= 0 ? attachmentKey(lines[titleLine].text) : '';
  const own = noteEntries(lines, from, label) ?? (source ? noteEntries(lines, source.from, source.to + 1) : undefined);
  const host = noteEntries(lines, hostFrom, from);
  if (own?.has(title)) return 'fragment';
  if (host?.has(title)) return 'host';
  return own && !host ? 'fragment' : 'host';
}

/** The last item of each level on lines [from, to). */
function numberingBefore(lines: NormLine[], from: number, to: number): Map<number, number> {
  const last = new Map<number, number>();
  for (let l = from, prev = ''; l < to; l++) {
    const m = lineMarker(lines[l].text, prev);
    if (m) last.set(m.level, m.value);
    if (lines[l].text) prev = lines[l].text;
  }
  return last;
}

/** A 附件说明's first line (附件：1. …), and its further entries (2. …清单（略）): short, no sentence. */
const NOTE_OPENS = /^附件[：:]/;
const NOTE_ENTRY = /^\d{1,2}[.．、]\s*[^。，；：,;:]{1,60}$/;

/** Last characters of a 附件说明 line whose entry is whole: its （略）, a sentence's or a list's end. */
const NOTE_ENTRY_END = charCodes('）)。；;');

/**
 * Whether line `t` of a 附件说明 goes on with the entry `prev` ends with, which a hard wrap cut
 * (`附件：1. 主城四区公园` ⏎ `建设项目谋划一览表（略）`): `prev` ends neither whole nor like a title, and
 * `t` is words alone, no 署名 or 成文日期.
 */
function noteEntryGoesOn(prev: string, t: string): boolean {
  return !NOTE_ENTRY_END.has(prev.charCodeAt(prev.length - 1)) && !endsLikeTitle(prev) && t.length <= 60
    && !/[。，；：,;:]/.test(t) && !DATE_LINE.test(t) && !looksLikeIssuer(t) && !NOTE_OPENS.test(t) && !ATTACHMENT_LABEL.test(t);
}

/** The line after a 附件说明 opening at `at`: its entries, then a 署名 and 成文日期 if they follow. */
function noteEnd(lines: NormLine[], at: number, limit: number): number {
  let end = at + 1;
  for (let k = end; k < limit && (!lines[k].text || NOTE_ENTRY.test(lines[k].text) || noteEntryGoesOn(lines[end - 1].text, lines[k].text)); k++) if (lines[k].text) end = k + 1;
  const sig = nextContent(lines, end - 1);
  if (sig >= 0 && sig < limit && looksLikeIssuer(lines[sig].text)) {
    const date = nextContent(lines, sig);
    if (date >= 0 && date < limit && DATE_LINE.test(lines[date].text)) return date + 1;
  }
  return end;
}

/**
 * The numbering marker a line opens, unless the line goes on from `prev`, the content line before
 * it: a hard wrap that broke a sentence before a reference (`按照本办法` ⏎ `第十条的规定…`) or inside
 * a quote makes no item.
 */
function lineMarker(text: string, prev: string): ReturnType<typeof matchMarker> {
  const m = text ? matchMarker(text) : undefined;
  return m && !(prev && continues(prev, text)) ? m : undefined;
}

/** How many （ are open after `text`, `depth` being open before it. */
function parenDepth(text: string, depth: number): number {
  if (!/[（()）]/.test(text)) return depth;
  return bracketDepths(text, { title: 0, paren: depth }).paren;
}

/** How many 《 are open after `text`, `depth` being open before it. */
function titleDepth(text: string, depth: number): number {
  if (!text.includes('《') && !text.includes('》')) return depth;
  return bracketDepths(text, { title: depth, paren: 0 }).title;
}

/**
 * Whether the host's numbering, taken up again at line `at`, keeps rising at every level until
 * `limit` (a deeper level may restart under a new parent). When it does not, what follows is still
 * scrambled text from other pages, and the fragment is left whole.
 */
function resumesCleanly(lines: NormLine[], at: number, limit: number, hostLast: Map<number, number>): boolean {
  const last = new Map(hostLast);
  for (let l = at, before = ''; l < limit; l++) {
    const t = lines[l].text;
    const m = l > at ? lineMarker(t, before) : matchMarker(t);
    if (t) before = t;
    // A new part numbers afresh: the host's 附件说明, an attached document's label, a titled part
    // (the second of several 措施 restarts at 一、).
    if (!m && t && (NOTE_OPENS.test(t) || ATTACHMENT_LABEL.test(t) || isTitleLike(makeParagraph([lines[l]])))) last.clear();
    if (!m) continue;
    const prev = last.get(m.level);
    if (prev !== undefined && m.value <= prev) return false;
    last.set(m.level, m.value);
    for (const k of [...last.keys()]) if (levelRank(k) > levelRank(m.level)) last.delete(k);
  }
  return true;
}

/** A 上接/下转 marker: the line it is on and the page it names. */
interface Marker {
  line: number;
  page: number;
}

/**
 * What the gazette-structure passes find (where documents start, the 目录, the cover, page
 * continuations and where they go), in the lines after markers were cut: the input of the
 * per-document parses.
 */
interface Structure {
  lines: NormLine[];
  isIssue: boolean;
  /** An issue, or a text cut out of one (pieceStructure). */
  extracted: boolean;
  /** In a piece cut out of an issue, its 下转 markers (pieceStructure). */
  pieceNoise?: Span[];
  /** Lines whose continuation markers were cut. */
  markerLines: number[];
  /** Running headers and footers (runningHeaders), blanked. */
  headers: number[];
  starts: DocStart[];
  toc: TocEntry[];
  cover?: Gazette['cover'];
  fragments: Fragment[];
  /** Fragments moved to the line of their 下转 marker. */
  moved: Map<number, Fragment[]>;
  /**
   * Inclusive line ranges whose text the passes depend on beyond a line-by-line test: the cover
   * and 目录, each document's head (its number line and the two content lines before it, where
   * the issuer mark and a 任免 title are looked for) and the text from a 上接 fragment before
   * the first document on. (Where a fragment in a document ends depends on that document's
   * numbering: structureAfterEdit works it out again.)
   */
  guarded: [number, number][];
  /**
   * Margin page numbers read as no text (marginNumbers): each line and the length of its text
   * kept (-1: blanked), re-applied to the new lines when an edit keeps the structure.
   */
  margins?: [number, number][];
}

/**
 * A 下转 marker a hard wrap split over two lines (`…（下转第⏎9页）`): the start of one at the end of
 * a line and the rest of one at the start of the next.
 */
const DOWN_WHOLE = new RegExp(`^${DOWN.source}$`);
const DOWN_HEAD = /[（(]下?[转第\d页]*$/;
const DOWN_TAIL = /^下?[转第\d页]*[）)]/;

const SPLIT_HEAD_LAST = charCodes('（(下转第页0123456789');
const SPLIT_TAIL_FIRST = charCodes('下转第页）)0123456789');

/**
 * The split 下转 marker that ends line `headLine` (i-1, or i-2 across a blank line: an extraction
 * that writes a blank line after each printed line) and opens line i, when they make one.
 */
function splitDown(lines: NormLine[], i: number): { head: number; tail: number; page: number; headLine: number } | undefined {
  const b = lines[i]?.text;
  let h = i - 1;
  if (h > 0 && lines[h] && !lines[h].text && !lines[h].raw.trim()) h--;
  const a = lines[h]?.text;
  // Most lines end and start with other characters: no regex run for them (runs for every line).
  if (!a || !b || !SPLIT_HEAD_LAST.has(a.charCodeAt(a.length - 1)) || !SPLIT_TAIL_FIRST.has(b.charCodeAt(0))) return undefined;
  const head = DOWN_HEAD.exec(a);
  const tail = head && DOWN_TAIL.exec(b);
  const whole = tail && DOWN_WHOLE.exec(head[0] + tail[0]);
  return whole ? { head: head[0].length, tail: tail[0].length, page: Number(whole[1]), headLine: h } : undefined;
}

type Split = NonNullable<ReturnType<typeof splitDown>>;

/** The split 下转 markers of all lines, by the line each ends on: one look at each pair of lines. */
function splitsOf(lines: NormLine[]): Map<number, Split> {
  const out = new Map<number, Split>();
  for (let i = 1; i < lines.length; i++) {
    const s = splitDown(lines, i);
    if (s) out.set(i, s);
  }
  return out;
}

/**
 * Line i with its continuation markers cut, and the markers; undefined when it has none. A 下转
 * marker split over lines i and i+1 is cut from both and reported on line i+1, where it ends.
 * `splits` is splitsOf(lines), when every line is cut.
 */
function cutMarkers(lines: NormLine[], i: number, splits?: Map<number, Split>): { line: NormLine; up?: Marker; down?: Marker } | undefined {
  const l = lines[i];
  let out = l;
  let upMark: Marker | undefined;
  let downMark: Marker | undefined;
  // The split marker this line opens: its rest on the next line, or on the one after a blank line.
  const after = (k: number) => { const sp = splits ? splits.get(k) : splitDown(lines, k); return sp && sp.headLine === i ? sp : undefined; };
  const splitAfter = after(i + 1) ?? after(i + 2);
  if (splitAfter) out = cut(out, out.text.length - splitAfter.head, out.text.length);
  const splitBefore = splits ? splits.get(i) : splitDown(lines, i);
  if (splitBefore) {
    out = cut(out, 0, splitBefore.tail);
    downMark = { line: l.line, page: splitBefore.page };
  }
  // Both markers hold 第: one search rules out most lines.
  if (!out.text.includes('第') || (!out.text.includes('接第') && !out.text.includes('转第'))) {
    return out !== l ? { line: out, down: downMark } : undefined;
  }
  const up = UP.exec(out.text);
  if (up) {
    upMark = { line: l.line, page: Number(up[1]) };
    // A markdown heading marker after it (`（上接第25页）### 二、…`): the line's own start, where
    // normalising removes it, was the mark.
    const md = /^#{1,6}\s*/.exec(out.text.slice(up[0].length));
    out = cut(out, 0, up[0].length + (md ? md[0].length : 0));
  }
  DOWN.lastIndex = 0;
  const down = downMark ? null : DOWN.exec(out.text);
  if (down) {
    downMark = { line: l.line, page: Number(down[1]) };
    out = cut(out, down.index, down.index + down[0].length);
  }
  return out !== l ? { line: out, up: upMark, down: downMark } : undefined;
}

/** A line of nothing but closing punctuation (`》`, `）。`). */
const CLOSERS_ONLY = /^[》）)”』」〕]+[。，；、]?$/;

/**
 * The line a fragment moved to a 下转 marker on line `line` goes after: past lines right below it
 * that only close what the marker's line opened. A wrap put them there (`…的模（下转第25页）` ⏎ `》`);
 * on the marker's line they would come before the fragment too.
 */
function closersAfter(lines: NormLine[], line: number): number {
  let l = line;
  while (l + 1 < lines.length && CLOSERS_ONLY.test(lines[l + 1].text)) l++;
  return l;
}

/**
 * Whether a line's text is something the structure passes look for on any line: a document number,
 * a 令, 公告 or 大事记 head, a continuation marker or a piece of one, a line of closers (closersAfter).
 * (What they look for on particular lines, the 目录's and the lines before a document number, is
 * guarded by line range.) An edit that makes or unmakes one re-runs the passes.
 */
function mayBeStructural(t: string): boolean {
  // A line after a number line that shows the number cited, not a head (findStarts: `文件，…`, `。…`, `6号…`).
  if (AFTER_CITED_NUMBER.test(t)) return true;
  // [（(]第|号[）)]$: a 公告's bracketed number, maybe split over two lines (`（第12` ⏎ `号）`).
  return t.includes('接第') || /[（(]第|号[）)]$/.test(t) || t.includes('转第') || headerLike(t) || PAGE_DIGITS.test(t) || DOWN_HEAD.test(t) || DOWN_TAIL.test(t) || CLOSERS_ONLY.test(t) || endsLikeHead(t)
    || NUMBER_ONLY.test(t) || DECREE_SEQ_ONLY.test(t) || DECREE_LINE.test(t) || CHRONICLE_MONTH.test(t) || NOTICE_SEQ.test(t) || (t.endsWith('号') && (NOTICE_ONLY.test(t) || CN_NUMBER_ONLY.test(t) || CN_NOTICE_SEQ.test(t) || CONGRESS_NOTICE_SEQ.test(t)));
}

/** The opening of a line that makes the number line above it a citation (findStarts' notHeads). */
const AFTER_CITED_NUMBER = /^(?:文件|号文件)?[，。；、,;]|^文件(?:精神|要求|规定)|^\d*号/;

/** A line that may open a 令, a 公告 or a 大事记 (findStarts then reads the next content line). */
function endsLikeHead(t: string): boolean {
  return t.endsWith('令') || t.endsWith('大事记') || isNoticeHead(t);
}

/**
 * An issue's label as its masthead and running headers print it (2025年第5期, 2024年第11-12期; the
 * 国务院公报 numbers its issues 号: 2025年第15号).
 */
const ISSUE_LABEL = /^\d{4}年第\d{1,2}(-\d{1,2})?[期号]$/;
/** A masthead's label line, its running number beside it or not (2025年第12期（总第868期）, 2025年第15号（总号：1850）). */
const MASTHEAD_LABEL = /^(\d{4}年第\d{1,2}(?:-\d{1,2})?[期号])(?:[（(]总[^（()）]*[）)])?$/;
/** A line holding only a printed page's bare number (a footer: `17`, `·17·`). */
const PAGE_DIGITS = /^[·•]?\d{1,3}[·•]?$/;
/** A page number printed on the header's own line, before or after its words (`聊城市人民政府公报　·17·`). */
const PAGE_AROUND = /^[—–－\-·•]*\d{1,3}[—–－\-·•]*(?:\s+|(?=\D))|(?:\s+|(?<=\D))[—–－\-·•]*\d{1,3}[—–－\-·•]*$/g;
/** Last characters of a header line that ends with its page number. */
const PAGE_LAST = charCodes('0123456789—–－-·•');
/** How often a header-like line must recur in the body to be taken for a running header without the masthead. */
const HEADER_REPEATS = 3;
/** A government gazette's name as a running header prints it, with its issue label or not. */
const GOVERNMENT_GAZETTE = new RegExp(`^[\\u4e00-\\u9fa5]{2,12}(?:政府|国务院)公报(?:${ISSUE_LABEL.source.slice(1, -1)})?$`);
/**
 * The last characters of a running header's text: the gazette's name (…公报) or the issue's label
 * (…期), or that label with its running number (2025年第5期（总第389期）).
 */
const HEADER_LAST = charCodes('报期号）)');

/** A line's text without spaces: a header's words as the masthead prints them, however spaced. */
const unspaced = (t: string) => t.replace(/\s+/g, '');

/** A header line's words: no spaces, and no page number printed beside them. */
const headerKey = (t: string) => unspaced(t.trim().replace(PAGE_AROUND, ''));

/** Whether `t` may be a running header's text (ends in 公报 or an issue's label, maybe with its page number, and is short). */
function headerLike(t: string): boolean {
  if (t.length > 48) return false;
  const last = t.charCodeAt(t.length - 1);
  if (!HEADER_LAST.has(last) && !PAGE_LAST.has(last)) return false;
  const k = headerKey(t);
  return k.endsWith('公报') || /\d{4}年第[\d-]+[期号](?:[（(]总[^（()）]*[）)])?$/.test(k);
}

/**
 * The running headers and footers an extraction left in an issue's text after its 目录 heading, as
 * line indices: a line that is the masthead's own gazette name or issue label (or both), or a
 * header-like line recurring HEADER_REPEATS times, and a bare page number next to one. They fall at
 * page breaks, mid-paragraph and mid-list: read as text they join the sentence they cut (`各县（市、
 * 区）人民政` ⏎ `聊城市人民政府公报` ⏎ `府`). Only such evidence makes a line a header: a short line of
 * the body is otherwise text.
 */
function runningHeaders(lines: NormLine[], tocLine: number, cover = true): number[] {
  const own = new Set<string>();
  // A piece has no cover: its first line is its own (a 统计公报's title), and a header is known by repeats only.
  const first = cover ? lines.find((l) => l.text)?.text ?? '' : '';
  const name = first.endsWith('公报') && first.length <= 30 ? unspaced(first) : '';
  if (name) own.add(name);
  const addLabel = (label: string) => {
    own.add(label);
    if (name) own.add(name + label).add(label + name);
  };
  // The masthead's label (2025年第5期), and the cover's year and 期 (`2025` ⏎ `第5期（总第266期）`).
  let year = '';
  for (let i = 0; i < tocLine; i++) {
    const t = lines[i].text;
    if (!t) continue;
    if (t.length === 4 && /^\d{4}$/.test(t)) year = t;
    else {
      const label = t.charCodeAt(0) !== 0x7b2c /* 第 */ ? MASTHEAD_LABEL.exec(unspaced(t)) : null;
      // A running header may print the label with its running number, as the masthead does.
      if (label) {
        addLabel(label[1]);
        if (label[0] !== label[1]) addLabel(label[0]);
      }
    }
    const cover = year && t.charCodeAt(0) === 0x7b2c /* 第 */ ? /^第([\d-]+)([期号])/.exec(unspaced(t)) : null;
    if (cover) {
      addLabel(`${year}年第${cover[1]}${cover[2]}`);
      const full = MASTHEAD_LABEL.exec(`${year}年${unspaced(t)}`);
      if (full && full[0] !== full[1]) addLabel(full[0]);
    }
  }
  const candidates: number[] = [];
  const count = new Map<string, number>();
  for (let i = tocLine + 1; i < lines.length; i++) {
    const t = lines[i].text;
    if (!t || !headerLike(t)) continue;
    const key = headerKey(t);
    candidates.push(i);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  // A piece's first line is its own; after it, a government gazette's name on a line of its own
  // (聊城市人民政府公报, with its issue label or not) is a running header however seldom it recurs:
  // a piece holds a page or two, and no document's text is that line. With such a name in the
  // piece, the issue's label alone (2025年第5期) is the other half of a header.
  const firstLine = cover ? -1 : lines.findIndex((l) => l.text);
  const named = !cover && candidates.some((i) => i > firstLine && GOVERNMENT_GAZETTE.test(headerKey(lines[i].text)));
  const headers = candidates.filter((i) => {
    const key = headerKey(lines[i].text);
    return own.has(key) || count.get(key)! >= HEADER_REPEATS
      || (named && i > firstLine && (GOVERNMENT_GAZETTE.test(key) || ISSUE_LABEL.test(key)));
  });
  if (!headers.length) return headers;
  const isHeader = new Uint8Array(lines.length);
  for (const i of headers) isHeader[i] = 1;
  const out = [...headers];
  for (const i of headers) {
    for (const n of [prevContent(lines, i, tocLine + 1), nextContent(lines, i)]) {
      if (n >= 0 && !isHeader[n] && PAGE_DIGITS.test(lines[n].text)) { isHeader[n] = 1; out.push(n); }
    }
  }
  return out.sort((a, b) => a - b);
}

/** A page number printed in the margin, at the end of a body line behind a run of spaces (`…市工信局   13`). */
const MARGIN_TAIL = /[\u4e00-\u9fa5，、；。：）》\u00ad][ \u3000]{3,}([1-9]\d{0,2})[ \u3000]*$/;
/** Words a number in running text is followed by (a count, a date, an article): the line after such a number goes on with it. */
const AFTER_NUMBER = /^[年月日号个万亿千百元条款项章节%％‰家座处名人次批所户期届周岁天时分秒米吨亩倍级]/;

/**
 * Page numbers another PDF tool printed in the margin, left in an issue's body with no running
 * header beside them (runningHeaders drops those): a bare number on a line of its own between two
 * lines of running text that it cuts mid-sentence (`…保卫战。一` ⏎ `2` ⏎ `是加强…，二`), and a number
 * behind 3 or more spaces at a body line's end. Lines to replace, each with its number read as no
 * text. A number the next line goes on with (`新增` ⏎ `3` ⏎ `万个`), or after 第, is text; so is a
 * bare number among short lines (a table's cells).
 */
function marginNumbers(lines: NormLine[], from: number, guards?: [number, number][]): [number, NormLine][] {
  const out: [number, NormLine][] = [];
  // Whether a number is a margin's depends on two content lines each side: an edit there re-runs the passes.
  const guard = (i: number) => {
    if (!guards) return;
    const a = prevContent(lines, i, from);
    const b = nextContent(lines, i);
    const a2 = a >= 0 ? prevContent(lines, a, from) : -1;
    const b2 = b >= 0 ? nextContent(lines, b) : -1;
    guards.push([a2 >= 0 ? a2 : a >= 0 ? a : i, b2 >= 0 ? b2 : b >= 0 ? b : i]);
  };
  for (let i = from; i < lines.length; i++) {
    const l = lines[i];
    const t = l.text;
    if (!t) continue;
    if (t.length <= 3 && /^[1-9]\d{0,2}$/.test(t)) {
      guard(i);
      const p = prevContent(lines, i, from);
      const n = nextContent(lines, i);
      // The line before may end a clause of a list (`…原则：①…；` ⏎ `2` ⏎ `②…`), not its sentence.
      const before = lines[p >= 0 ? p : i].text;
      const after = n >= 0 ? lines[n].text : '';
      // Between two lines of running text, or before the clause mark that closes the words it cut
      // (`…助学金管理` ⏎ `3` ⏎ `，我们制定了…`).
      const running = /[，。；：、]/.test(before) && !/[。！？：:]$/.test(before) && /[，。；]/.test(after);
      const closing = /^[，。；]/.test(after) && /[\u4e00-\u9fa5]$/.test(before);
      // Inside a 《》 it cuts (`现将《…高质量发展若` ⏎ `1` ⏎ `干措施》印发给你们`).
      const quoted = /《[^》]*$/.test(before) && /^[^《]*》/.test(after);
      // Inside a document's title (`…关于加快某项` ⏎ `2` ⏎ `工作的意见`, or after its issuer line)
      // or its 成文日期 (`2025年3月` ⏎ `2` ⏎ `5日`).
      const inTitle = p >= 0 && n >= 0 && titleCut(before, after, lines[nextContent(lines, n)]?.text ?? '', lines[prevContent(lines, p, from)]?.text ?? '');
      const inDate = /\d{4}年$/.test(before) ? /^\d{1,2}月\d{1,2}日$/.test(after) : /\d{4}年\d{1,2}月$/.test(before) && /^\d{1,2}日$/.test(after);
      // Nor an item's number (`2` ⏎ `. 加强…`, `3` ⏎ `、…`).
      if (p >= 0 && n >= 0 && (running || closing || quoted || inTitle || inDate) && !before.endsWith('第') && !AFTER_NUMBER.test(after) && !/^[.．、)）]/.test(after)) out.push([i, blanked(l)]);
      continue;
    }
    const m = MARGIN_TAIL.exec(l.raw);
    if (!m || !t.endsWith(m[1])) continue;
    guard(i);
    // A date a wrap cut after its first digit (`…办公厅　　　　2` ⏎ `025年5月16日印发`) is text.
    // (Past a bare margin number on the next line: a tool may print both.)
    let n = nextContent(lines, i);
    if (n >= 0 && /^[1-9]\d{0,2}$/.test(lines[n].text)) n = nextContent(lines, n);
    if (n >= 0 && (/^\d/.test(lines[n].text) || AFTER_NUMBER.test(lines[n].text))) continue;
    out.push([i, keptHead(l, t.length - m[1].length)]);
  }
  return out;
}

/** A line's first `keep` characters, the rest (a margin number) read as no text. */
function keptHead(l: NormLine, keep: number): NormLine {
  const map = l.map.slice(0, keep + 1);
  map[keep] = map[keep - 1] + 1;
  return { ...l, text: l.text.slice(0, keep), map };
}

/** A title's count word after its number, besides AFTER_NUMBER's (…印发聊城市 ⏎ 6 ⏎ 类重点人群…方案的通知). */
const TITLE_COUNT = /^[类种宗件部台辆套间栋幢支张份轮位组对双门型星场]/;

/** A document's kind at a title's end, its qualifier after it or not (…的通知, …实施方案（试行）). */
const TITLE_KIND_END = /(?:通知|意见|批复|办法|方案|决定|规定|细则|规划|计划|函|报告|公告|通告|通报|决议|要点|命令)(?:[（(][^（()）]{1,12}[）)])?$/;

/**
 * Whether a bare number between lines `before` and `after` (`next` the line after that, `head` the
 * one before `before`) cuts a document's title: no clause mark in either line, `before` no whole
 * title (a table's rows of titles keep their numbers), and the title's kind ending `after` or
 * `next`; its 关于 in `before`, or opening `after` under an issuer's line right under the
 * document's number.
 */
function titleCut(before: string, after: string, next: string, head: string): boolean {
  if (before.length > 40 || after.length > 40 || /[，。；：:！？、]/.test(before + after) || TITLE_KIND_END.test(before)) return false;
  // A count the title reads, by a classifier AFTER_NUMBER leaves to running text (6类, 3宗, 5种, 2部).
  if (TITLE_COUNT.test(after)) return false;
  if (!before.includes('关于') && !(after.startsWith('关于') && NUMBER_ONLY.test(head) && /(?:政府|办公室|办公厅|委员会|局|厅|委|院|会|部)$/.test(before))) return false;
  return TITLE_KIND_END.test(after) || (!/[，。；：:！？、]/.test(next) && TITLE_KIND_END.test(next));
}

/** A line read as no text (a running header, a separator): kept for its position. */
function blanked(l: NormLine): NormLine {
  return { line: l.line, start: l.start, end: l.end, raw: l.raw, text: '', map: [l.start] };
}

/** A 目录 entry a PDF tool read with its page first (`5　北京市人民政府办公厅关于…的通知（京政办发〔2025〕4号）`). */
const PAGE_FIRST_RAW = /^[ \u3000]*[0-9０-９]{1,3}[ \u3000]+[\u4e00-\u9fa5《【]/;
const PAGE_FIRST = /^(\d{1,3})(?=[\u4e00-\u9fa5《【])/;

/**
 * The 目录's entries written page first, rewritten page last (title, leaders, page) as the
 * entry readers expect; a 目录 heading followed by section headings and such entries only.
 * Another PDF tool put the page column before the titles: the 目录 was not read, the issue was
 * one document, and its documents' numbering ran together.
 */
function pageFirstToc(lines: NormLine[], tocLine: number): NormLine[] {
  const out = lines.slice();
  let changed = 0;
  for (let i = tocLine + 1; i < lines.length && i - tocLine < 40; i++) {
    const l = lines[i];
    if (!l.text) continue;
    const m = PAGE_FIRST_RAW.test(l.raw) ? PAGE_FIRST.exec(l.text) : null;
    const rest = m ? l.text.slice(m[1].length) : '';
    if (!m || rest.length < 6 || /[。；]/.test(rest)) {
      if (TOC_SECTION.test(l.text) || TOC_SECTION_BARE.test(l.text)) continue;
      break;
    }
    const k = m[1].length;
    const lead = l.map[k - 1];
    out[i] = { ...l, text: `${rest}……${m[1]}`, map: [...l.map.slice(k, l.text.length), lead, lead, ...l.map.slice(0, k), l.map[l.text.length]] };
    changed++;
  }
  return changed >= 2 ? out : lines;
}

/** Entries, at least, that make a 目录 without its heading (headlessTocLine). */
const HEADLESS_TOC_ENTRIES = 3;
/** Entries that do under a cover naming the issue (…公报, 第5期): an issue of two documents. */
const HEADLESS_TOC_ENTRIES_COVERED = 2;
/** A cover's line naming a gazette or its issue: no document opens with one. */
const ISSUE_COVER_LINE = /公报$|^\d{4}\s*年?\s*第\s*\d+\s*期|^第\s*\d+\s*期/;
/** Title lines and a section heading a 目录 prints between two entries (a title wrapped over three lines). */
const HEADLESS_TOC_GAP = 4;
/** A cover's line, no 目录 title: the year, the issue (第5期（总第266期）), the gazette's name, a 刊号：… line. */
const COVER_LINE = /^\d+$|期[）)]?$|公报$|[：:]/;

/** A line a 目录 prints between its entries: a section heading, or a piece of a title (no clause mark). */
function tocFiller(t: string): boolean {
  return TOC_SECTION.test(t) || TOC_SECTION_BARE.test(t) || (t.length <= 60 && !/[，。；：,;:]/.test(t));
}

/**
 * Where a 目录 whose heading the extraction lost stands: the line before its first title or
 * section heading, or -1. Read as body text, its entries were the first document's citations
 * (a false 引用了晚于本文的文件) and its titles that document's words. It is a run of at least
 * HEADLESS_TOC_ENTRIES entries (title, number and page, or title, leaders and page; two under a
 * cover line naming the issue, …公报 or 第N期) whose pages rise, with only titles and section headings between them, at the text's start: before any line
 * that ends a sentence or opens a 主送, where a document's own list of documents (no pages) stands.
 */
function headlessTocLine(lines: NormLine[]): number | undefined {
  const limit = Math.min(lines.length, 200);
  let first = -1;
  let count = 0;
  let lastPage = 0;
  let gap = 0;
  // The entries' document numbers (none for an entry of title and page only).
  let numbers: string[] = [];
  // Entries needed: fewer under a cover line naming the issue.
  let need = HEADLESS_TOC_ENTRIES;
  // Or two with no such cover line, when the documents they list follow, each number heading a
  // document of its own further on (a document's list of documents names others).
  const enough = () => count >= need || (count === HEADLESS_TOC_ENTRIES_COVERED && numbers.every((n) => n && headsLater(lines, n, first)));
  for (let i = 0; i < limit; i++) {
    const t = lines[i].text;
    if (!t) continue;
    if (first < 0 && ISSUE_COVER_LINE.test(t)) need = HEADLESS_TOC_ENTRIES_COVERED;
    // Only a line ending in a page (a digit, or its closing bracket) is tried as an entry.
    const c = t.charCodeAt(t.length - 1);
    const m = (c >= 0x30 && c <= 0x39) || c === 0xff09 || c === 0x29 ? (TOC_NUMBER_LINE.exec(t) ?? TOC_PAGE_ONLY.exec(t)) : null;
    if (m) {
      const page = Number(m[m.length - 1]);
      const number = m.length > 3 ? m[2] : '';
      if (first >= 0 && page >= lastPage && gap <= HEADLESS_TOC_GAP) { count++; numbers.push(number); }
      else if (enough()) break;
      else { first = i; count = 1; numbers = [number]; }
      lastPage = page;
      gap = 0;
      continue;
    }
    if (SENTENCE_CLOSE.test(t) || /[：:]$/.test(t)) break;
    if (first < 0) continue;
    if (tocFiller(t) && ++gap <= HEADLESS_TOC_GAP) continue;
    if (enough()) break;
    first = -1;
    count = 0;
  }
  if (first < 0 || !enough()) return undefined;
  // The first entry's title lines and its section heading go with the 目录; the cover stays before it.
  let start = first;
  for (let k = prevContent(lines, first, 0), n = 0; k >= 0 && n < HEADLESS_TOC_GAP; k = prevContent(lines, k, 0), n++) {
    const t = lines[k].text;
    if (TOC_SECTION.test(t) || TOC_SECTION_BARE.test(t)) { start = k; break; }
    if (COVER_LINE.test(t) || !tocFiller(t)) break;
    start = k;
  }
  return start - 1;
}

/** Whether a line after `from` holds document number `n` alone (the head of the document a 目录 entry lists). */
function headsLater(lines: NormLine[], n: string, from: number): boolean {
  const key = unspaced(n);
  for (let i = from + 1; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.length >= key.length && t.length <= key.length + 4 && unspaced(t) === key) return true;
  }
  return false;
}

/** The structure passes over all lines. */
function structureOf(preCut: NormLine[], knownCodes: string[] | undefined): Structure {
  let lines = preCut;
  // Cover and 目录: an issue has a 目录 heading followed by number + page lines.
  let tocLine = lines.findIndex((l, i) => i < 200 && (TOC_HEAD.test(l.text) || (l.text === '目' && lines[nextContent(lines, i)]?.text === '录')));
  // A 目录 without its heading is read from the line before its first entry: -1 when that entry
  // (or its section heading) is the text's first line, an issue with no cover.
  let hasToc = tocLine >= 0;
  if (!hasToc) {
    const headless = headlessTocLine(lines);
    if (headless !== undefined) { tocLine = headless; hasToc = true; }
  }
  if (hasToc) lines = pageFirstToc(lines, tocLine);
  // Only the 40 lines after the heading are read: an entry line may begin with any text, so a
  // draft with a 目录 heading must not have every line of its body tried.
  let firstTocEntry = hasToc ? lines.findIndex((l, i) => i > tocLine && i - tocLine < 40 && TOC_NUMBER_LINE.test(l.text)) : -1;
  // A 目录 that lists titles and pages only (国务院公报: `国务院关于…的意见 ……… 8`): two such
  // entries make it one, the first of them its first entry.
  if (hasToc && firstTocEntry < 0) {
    const paged = lines.slice(tocLine + 1, tocLine + 40).flatMap((l, k) => (TOC_PAGE_ONLY.test(l.text) ? [tocLine + 1 + k] : []));
    if (paged.length >= 2) firstTocEntry = paged[0];
  }
  const isIssue = hasToc && firstTocEntry >= 0;
  if (!isIssue) tocLine = -1;

  // Strip continuation markers so that the text on both sides joins up again.
  const downs: Marker[] = [];
  const ups: Marker[] = [];
  const markerLines: number[] = [];
  const splits = splitsOf(preCut);
  lines = lines.map((l, i) => {
    const c = cutMarkers(preCut, i, splits);
    if (!c) return l;
    markerLines.push(i);
    if (c.up) ups.push(c.up);
    if (c.down) downs.push(c.down);
    return c.line;
  });
  if (!isIssue) {
    const piece = pieceStructure(lines, markerLines, ups.map((u) => u.line), downs.map((d) => d.line), splits);
    const more = draftStarts(piece.lines);
    return more.length ? { ...piece, starts: [{ line: 0, numberLine: -1 }, ...more] } : piece;
  }
  // Running headers and footers are no text: blanked before documents are looked for (one between
  // an issuer mark and its number would hide the mark).
  const headers = runningHeaders(lines, tocLine);
  for (const h of headers) lines[h] = blanked(lines[h]);

  const notHeads: [number, number][] = [];
  const starts = findStarts(lines, firstTocEntry + 1, notHeads, knownCodes);
  const bodyStart = starts.length ? starts[0].line : lines.length;
  const marginGuards: [number, number][] = [];
  const margins: [number, number][] = [];
  for (const [i, l] of marginNumbers(lines, bodyStart, marginGuards)) {
    lines[i] = l;
    margins.push([i, l.text ? l.text.length : -1]);
  }
  const toc = parseToc(lines, tocLine + 1, bodyStart, knownCodes);
  const cover = (() => {
    // No cover before a 目录 opening the text (tocLine -1).
    const first = tocLine >= 0 ? lines.find((l) => l.text) : undefined;
    const year = lines.slice(0, Math.max(0, tocLine)).map((l) => /^(\d{4})$/.exec(l.text)).find(Boolean);
    const issue = lines.slice(0, Math.max(0, tocLine)).map((l) => /^第([\d-]+)期/.exec(l.text)).find(Boolean);
    return {
      title: first ? { text: first.text, start: first.map[0], end: first.map[first.text.length] } : undefined,
      year: year ? Number(year[1]) : undefined,
      issue: issue ? issue[1] : undefined,
    };
  })();

  const ranges = rangesOf(starts, lines.length);
  const docOfLine = (line: number) => ranges.findIndex((r) => line >= r.from && line < r.to);
  // Page range of each document from the 目录 (documents and 目录 entries correspond in order).
  // A page that breaks the rise of the 目录's pages (an editor's slip: 46 printed as 4) is not
  // used: it would give its document, and the one before, a range their continuations miss.
  const risingPages = risingSubsequence(toc.map((t) => t.page));
  const pageOf = (d: number) => (risingPages.has(d) ? toc[d]?.page : undefined);
  const pageRange = (d: number): [number, number] | undefined => {
    const a = pageOf(d);
    if (a === undefined) return undefined;
    let b: number | undefined;
    for (let k = d + 1; k < toc.length && b === undefined; k++) b = pageOf(k);
    return [a, b !== undefined ? Math.max(a, b) : a + 1000];
  };

  // Continuation fragments: from a 上接 line to the next 上接 line or the end of its document.
  // Where each ends is worked out once it is paired with its 下转 (fragmentEnd reads the numbering
  // of the document it continues).
  const fragments: Fragment[] = ups.map((u, k) => {
    const d = docOfLine(u.line);
    const docEnd = d >= 0 ? ranges[d].to : lines.length;
    const limit = ups[k + 1] && ups[k + 1].line < docEnd ? ups[k + 1].line : docEnd;
    return { from: u.line, to: limit, limit, page: u.page, doc: d, used: false };
  });
  const moved = new Map<number, Fragment[]>();
  for (const dn of downs) {
    const d = docOfLine(dn.line);
    if (d < 0) continue;
    const range = pageRange(d);
    const fits = (f: Fragment) => {
      if (f.used || f.doc === d) return false;
      const pr = f.doc >= 0 ? pageRange(f.doc) : undefined;
      const fromOk = !range || (f.page >= range[0] && f.page <= range[1]);
      const toOk = !pr || (dn.page >= pr[0] && dn.page <= pr[1]);
      return fromOk && toOk;
    };
    const f = fragments.find(fits) ?? fragments.find((x) => !x.used && x.doc !== d && x.from > dn.line);
    if (!f) continue;
    f.used = true;
    f.source = { from: ranges[d].from, to: dn.line };
    const at = closersAfter(lines, dn.line);
    const list = moved.get(at) ?? [];
    list.push(f);
    moved.set(at, list);
  }

  for (const f of fragments) {
    f.to = fragmentEnd(lines, f.from, f.limit, f.doc >= 0 ? ranges[f.doc].from : 0, f.source);
    if (closedFragment(lines, f, ranges[f.doc])) f.closed = true;
    if (f.to < f.limit && f.doc >= 0 && CHRONICLE_ENTRY.test(lines[f.to].text) && chronicleHost(lines, ranges[f.doc].from, f.from)) f.bounded = true;
  }

  // A 大事记 head ends at its month line (findStarts looks at the next content line).
  const headEnd = (st: DocStart) => (st.numberLine >= 0 ? st.numberLine : Math.max(st.line, nextContent(lines, st.line)));
  const guarded: [number, number][] = [[0, starts.length ? headEnd(starts[0]) : lines.length]];
  // findStarts reads up to 3 + JOINT_ISSUERS content lines before a number line (the issuer mark,
  // a joint mark's other issuers and the line before them, a 任免 title): an edit from the last one
  // on can change them (or which lines they are).
  starts.forEach((st, k) => {
    const floor = k ? starts[k - 1].numberLine + 1 : 0;
    let w = st.numberLine >= 0 ? st.numberLine : st.line;
    for (let back = 0; back < 3 + JOINT_ISSUERS && w > floor; back++) w = Math.max(floor, prevContent(lines, w, floor));
    guarded.push([Math.min(w, st.line), headEnd(st)]);
  });
  // A fragment's end depends on its host document's numbering (fragmentEnd): an edit in a host is
  // checked by working the end out again (structureAfterEdit), not guarded. One before every
  // document is.
  for (const u of ups) if (docOfLine(u.line) < 0) guarded.push([u.line, lines.length]);
  pushAll(guarded, notHeads);
  // Which bare numbers are footers depends on the content lines next to each header: an edit from
  // the one before to the one after can change it.
  for (const h of headers) {
    const a = prevContent(preCut, h, 0);
    const b = nextContent(preCut, h);
    guarded.push([a >= 0 ? a : h, b >= 0 ? b : h]);
  }
  pushAll(guarded, marginGuards);
  return { lines, isIssue, extracted: true, markerLines, headers, starts, toc, cover, fragments, moved, guarded, margins };
}

/**
 * The structure of a text that is not a whole issue. It is one document cut out of an extracted
 * issue (`extracted`: linted with the issue's tolerance of noise, not as a typed draft) when it
 * holds a page continuation marker or a running header repeated (else hardWrapped may still say
 * so). The 上接 fragments in a piece are other documents' text whose 下转 is not in it: noise, as
 * an unpaired fragment of an issue is. So is a 下转 marker (`pieceNoise`): the text it cuts goes on
 * in a page the piece does not hold.
 */
function pieceStructure(lines: NormLine[], markerLines: number[], ups: number[], downs: number[], splits: Map<number, Split>): Structure {
  const none = { lines, isIssue: false, extracted: false, markerLines, headers: [], starts: [], toc: [], fragments: [], moved: new Map(), guarded: [] };
  const headers = runningHeaders(lines, -1, false);
  const extracted = markerLines.length > 0 || headers.length > 0;
  if (!extracted) return none;
  const blankedLines = lines.slice();
  for (const h of headers) blankedLines[h] = blanked(blankedLines[h]);
  const fragments: Fragment[] = [];
  ups.forEach((from, k) => {
    const limit = k + 1 < ups.length ? ups[k + 1] : blankedLines.length;
    fragments.push({ from, to: fragmentEnd(blankedLines, from, limit, 0), limit, page: 0, doc: 0, used: false });
  });
  // Where each 下转 marker was: after the text its line keeps (the marker ends a line), or, for one a
  // hard wrap split (`…（下转第38` ⏎ `页）`), from the end of the line before to the next kept text.
  const afterText = (l: NormLine) => (l.text ? l.map[l.text.length - 1] + 1 : l.start);
  const cuts = downs.map((d): Span => {
    const l = blankedLines[d];
    const sp = splits.get(d);
    if (sp) return { start: afterText(blankedLines[sp.headLine]), end: l.text ? l.map[0] : l.end };
    return { start: afterText(l), end: Math.max(l.end, afterText(l)) };
  });
  return { ...none, lines: blankedLines, extracted: true, headers, fragments, pieceNoise: cuts };
}

/**
 * The previous structure moved by an edit that cannot change it: the edited lines, before and
 * after, are outside every guarded range and none of them is a line the passes look for. Undefined
 * otherwise (then the passes run again).
 */
function structureAfterEdit(prev: ParseMemo, preCut: NormLine[], edit: TextEdit, lineDelta: number): Structure | undefined {
  const s = prev.structure;
  if (!s.isIssue || !s.starts.length) return undefined;
  // The line before the edited one too, as normalizedLinesAfterEdit does (an inserted \n may join its \r).
  const first = Math.max(0, prev.source.positionAt(edit.start).line - 1);
  const lastOld = prev.source.positionAt(edit.oldEnd).line;
  const lastNew = lastOld + lineDelta;
  if (lastNew >= preCut.length) return undefined;
  for (const [a, b] of s.guarded) if (a <= lastOld && first <= b) return undefined;
  // A line ending in a number behind spaces may be (or have been) a margin's (marginNumbers).
  for (let l = first; l <= lastOld; l++) if (mayBeStructural(prev.lines[l].text) || MARGIN_TAIL.test(prev.lines[l].raw)) return undefined;
  for (let l = first; l <= lastNew; l++) if (mayBeStructural(preCut[l].text) || MARGIN_TAIL.test(preCut[l].raw)) return undefined;
  // A 令, 公告 or 大事记 line is a head when the next content line is its 第N号 or month line: an edit
  // below one (a line emptied or filled) can change which line that is. Read as findStarts reads
  // it, with its markers cut (`某某令（下转第9页）` ends in 令).
  const above = prevContent(s.lines, first, 0);
  if (above >= 0 && endsLikeHead(s.lines[above].text)) return undefined;

  const at = (line: number) => (line > lastOld ? line + lineDelta : line);
  const lines = preCut.slice();
  const markerLines = s.markerLines.map(at);
  for (const m of markerLines) lines[m] = cutMarkers(preCut, m)!.line;
  const headers = s.headers.map(at);
  for (const h of headers) lines[h] = blanked(lines[h]);
  const margins = (s.margins ?? []).map(([i, keep]): [number, number] => [at(i), keep]);
  for (const [i, keep] of margins) lines[i] = keep < 0 ? blanked(lines[i]) : keptHead(lines[i], keep);
  const copies = new Map(s.fragments.map((f) => [f, {
    ...f, from: at(f.from), to: at(f.to), limit: at(f.limit), source: f.source && { from: at(f.source.from), to: at(f.source.to) },
  }]));
  const starts = s.starts.map((st) => ({ line: at(st.line), numberLine: at(st.numberLine) }));
  // A fragment in an edited document, or continuing one, ends where it did (fragmentEnd reads its
  // host's numbering before it, its own lines and the numbering of the text it continues), or the
  // passes run again.
  const fragments = [...copies.values()];
  const ranges = rangesOf(starts, lines.length);
  for (const f of fragments) {
    const host = ranges[f.doc];
    if (!host) continue;
    const hostEdited = host.to > first && host.from <= lastNew;
    const sourceEdited = f.source && f.source.to >= first && f.source.from <= lastNew;
    if (!hostEdited && !sourceEdited) continue;
    if (fragmentEnd(lines, f.from, f.limit, host.from, f.source) !== f.to) return undefined;
    // Nor whether it opens after its host's date (its closed flag).
    if (hostEdited && closedFragment(lines, f, host) !== !!f.closed) return undefined;
  }
  const moved = new Map<number, Fragment[]>();
  for (const [line, list] of s.moved) moved.set(at(line), list.map((f) => copies.get(f)!));
  return {
    lines, isIssue: true, extracted: true, markerLines, headers, toc: s.toc, cover: s.cover, fragments, moved, starts,
    guarded: s.guarded.map(([a, b]) => [at(a), at(b)]), margins,
  };
}

/** Document ranges [first line, end line) from where they start. */
function rangesOf(starts: DocStart[], lineCount: number): { from: number; to: number }[] {
  return starts.map((st, k) => ({ from: st.line, to: k + 1 < starts.length ? starts[k + 1].line : lineCount }));
}

/**
 * Parses a text. With `prev` (the parse of the text before an edit, and the edit), the lines
 * outside the edit are not normalised again, the structure passes are skipped when the edit cannot
 * change what they find, and a document whose input lines are the same, moved by the edit, is the
 * previous document moved instead of parsed again: the result equals a fresh parse (tested on
 * random edits).
 */
export function parseGazette(source: SourceText, model?: Model, prev?: PreviousParse): Gazette {
  const knownCodes = model?.codes.map((c) => c.code);
  const memo = prev && memos.get(prev.gazette);
  const before = memo && memo.model === model ? memo : undefined;
  const linesAfterEdit = before && prev && normalizedLinesAfterEdit(source, before, prev.edit);
  const preCut = linesAfterEdit || normalizedLines(source);
  const delta = prev ? prev.edit.newEnd - prev.edit.oldEnd : 0;
  const lineDelta = before ? source.lineCount - before.source.lineCount : 0;
  const movedStructure = linesAfterEdit ? structureAfterEdit(before!, preCut, prev!.edit, lineDelta) : undefined;
  const structure = movedStructure ?? structureOf(preCut, knownCodes);
  const inputs: DocInput[] = [];
  const reused: boolean[] = [];
  const remember = (g: Gazette): Gazette => {
    memos.set(g, { source, model, lines: preCut, inputs, reused, structure, structureMoved: !!movedStructure });
    return g;
  };
  // The document parsed from `input`: the previous document d when its input was the same.
  const parseDoc = (input: DocInput, d: number, count: number): GwDocument => {
    inputs.push(input);
    const old = before && prev && prev.gazette.documents.length === count ? before.inputs[d] : undefined;
    if (old && prev && input.lines.length) {
      const unmoved = input.lines[0].start === old.lines[0]?.start;
      const dd = unmoved ? 0 : delta;
      const ld = unmoved ? 0 : lineDelta;
      if (sameInputMoved(old, input, dd, ld)) {
        reused.push(true);
        const doc = prev.gazette.documents[d];
        return dd === 0 && ld === 0 ? doc : movedDocument(doc, dd, ld);
      }
    }
    reused.push(false);
    return parseDocument(input.lines, { knownCodes, joinLines: true, continuations: input.continuations, hosted: input.hosted, noise: input.noise });
  };
  const { lines, fragments, moved } = structure;

  if (!structure.isIssue) {
    const noise = fragments.map((f): Span => ({ start: lines[f.from].start, end: lines[f.to - 1].end })).concat(structure.pieceNoise ?? []);
    // One document, or several whose heads draftStarts found.
    const ranges = structure.starts.length ? rangesOf(structure.starts, lines.length) : [{ from: 0, to: lines.length }];
    const docs = ranges.map((r, d) => {
      const docLines = lines.slice(r.from, r.to);
      const own = ranges.length > 1 ? noise.filter((n) => n.start >= docLines[0].start && n.start <= docLines[docLines.length - 1].end) : noise;
      return parseDoc({ lines: docLines, continuations: [], hosted: [], noise: own }, d, ranges.length);
    });
    const doc = docs[0];
    const documents = docs.length > 1 || doc.paragraphs.length || doc.title || doc.number ? docs : [];
    return remember(structure.extracted || docs.some((d) => hardWrapped(d, source.text)) ? { isIssue: false, extracted: true, toc: [], documents } : { isIssue: false, toc: [], documents });
  }

  // One flag per line (a Set of line numbers was most of an incremental parse's garbage).
  const fragmentLines = new Uint8Array(lines.length);
  for (const f of fragments) if (f.used) fragmentLines.fill(1, f.from, f.to);

  const movedAt = [...moved.keys()];
  const documents: GwDocument[] = rangesOf(structure.starts, lines.length).map((r, d) => {
    // No fragment cut out of its lines and none moved into them (most documents): its lines are
    // the range's, one native slice rather than a push per line (every line, every keystroke).
    let plain = true;
    for (const f of fragments) if (f.used && f.from < r.to && f.to > r.from) plain = false;
    for (const l of movedAt) if (l >= r.from && l < r.to) plain = false;
    const docLines: NormLine[] = plain ? lines.slice(r.from, r.to) : [];
    const continuations: Continuation[] = [];
    if (!plain) for (let l = r.from; l < r.to; l++) {
      if (fragmentLines[l]) continue;
      docLines.push(lines[l]);
      const here = moved.get(l);
      if (!here) continue;
      for (const f of here) {
        for (let q = f.from; q < f.to; q++) docLines.push(lines[q]);
        continuations.push(f.closed ? { start: lines[f.from].start, end: lines[f.to - 1].end, closed: true }
          : f.bounded ? { start: lines[f.from].start, end: lines[f.to - 1].end, bounded: true } : { start: lines[f.from].start, end: lines[f.to - 1].end });
      }
    }
    const noise: Span[] = [];
    const hosted: Span[] = [];
    for (const f of fragments) if (f.doc === d) (f.used ? hosted : noise).push({ start: lines[f.from].start, end: lines[f.to - 1].end });
    return parseDoc({ lines: docLines, continuations, hosted, noise }, d, structure.starts.length);
  });

  return remember({ isIssue: true, extracted: true, cover: structure.cover, toc: structure.toc, documents });
}

/** Last characters of a line after which a sentence cannot stop: a hard wrap cut it (`…支付便`, `…郭飞、`). */
const MID_SENTENCE_LAST = /[\u4e00-\u9fff\d、，,]/;
/** First characters of a line that goes on with a sentence cut before it. */
const MID_SENTENCE_FIRST = /[\u4e00-\u9fff\d]/;

/** A date at the start of a text: a signature's date after its issuer, a slip's too (2025年8月12号). */
const DATE_START = /^(?:\d{4}|[〇零○一二三四五六七八九]{4})年/;
/**
 * Other marks extraction leaves, each also a typed draft's possible slip: markdown markers,
 * letter-spaced Chinese (`工 作 目 标`), a space between a Chinese character and a digit
 * (`2024 年`), half-width punctuation between Chinese characters; and SPACED_CHINESE below.
 */
const EXTRACTION_MARKS = /^#{1,6} |\*\*|(?:[\u4e00-\u9fff] ){2}[\u4e00-\u9fff]|\d [\u4e00-\u9fff]|[\u4e00-\u9fff] \d|[\u4e00-\u9fff][,;:()][\u4e00-\u9fff]/m;
/**
 * One space between Chinese characters, in a line of running text: a typed 名单 or 纪要 line sets
 * a name apart from its post so (王建国 东昌府区水利局副局长), a layout, not extraction.
 */
const SPACED_CHINESE = /[\u4e00-\u9fff] [\u4e00-\u9fff]/;
const RUNNING_LINE = 20;
/** A gap a typed list or table lines its columns up with: a tab, two spaces or more, or a full-width one, inside a line. */
const LAYOUT_GAP = /\t|\S(?: {2,}|\u3000+)\S/;

/** Whether the text holds a mark of extraction (EXTRACTION_MARKS, or SPACED_CHINESE in a running line). */
function extractionMarks(text: string): boolean {
  if (EXTRACTION_MARKS.test(text)) return true;
  for (const line of text.split('\n')) if (line.trim().length >= RUNNING_LINE && SPACED_CHINESE.test(line)) return true;
  return false;
}

/** The physical line of `text` holding offset `at`. */
function lineAt(text: string, at: number): string {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  return text.slice(from, to < 0 ? text.length : to);
}

/**
 * Whether a document's text was hard-wrapped by an extraction: sentences the paragraph parse
 * joined across two line breaks or more, outside brackets, or one across a blank line
 * (`…提升支付便` ⏎⏎ `利性…`, `…郭飞、` ⏎⏎ `刘东昌…`) in a text with another mark of extraction
 * (EXTRACTION_MARKS). A typed draft holds one paragraph a line: a 。 forgotten at one paragraph's
 * end is one such break, a bracket a slip left open, a 主送 without its colon or a signature
 * before a date joins paragraphs however they are set apart.
 */
function hardWrapped(doc: GwDocument, text: string): boolean {
  let wraps = 0;
  let blank = false;
  for (const [k, p] of doc.paragraphs.entries()) {
    // A 主送 line whose colon was left out runs on into the body's first paragraph: a slip.
    if (k === 0 && !doc.mainRecipient) continue;
    for (let i = 1; i < p.text.length; i++) {
      const a = p.map[i - 1] + 1;
      const b = p.map[i];
      if (b <= a || !MID_SENTENCE_LAST.test(p.text[i - 1]) || !MID_SENTENCE_FIRST.test(p.text[i])) continue;
      const gap = text.slice(a, b);
      const nl = gap.indexOf('\n');
      if (nl < 0) continue;
      // Not inside a bracket: one a slip left open joins a draft's next paragraph to it.
      const open = bracketDepths(p.text.slice(0, i));
      if (open.paren > 0 || open.title > 0 || DATE_START.test(p.text.slice(i, i + 5))) continue;
      // A line of a typed list or table (赵海东  市住房城乡建设局局长, cells apart by tabs) ends without a mark.
      if (LAYOUT_GAP.test(lineAt(text, a - 1)) || LAYOUT_GAP.test(lineAt(text, b))) continue;
      // Across a blank line: a typed draft's heading or list line without an end mark is as
      // likely as a page break, so it counts only beside another mark of extraction.
      if (gap.indexOf('\n', nl + 1) >= 0) {
        blank = true;
        continue;
      }
      if (++wraps >= 2) return true;
    }
  }
  return blank && extractionMarks(text.slice(doc.start, doc.end));
}

/** Indices of one longest non-decreasing run (not necessarily contiguous) of the defined values. */
function risingSubsequence(xs: (number | undefined)[]): Set<number> {
  const idx = xs.flatMap((x, i) => (x === undefined ? [] : [i]));
  return new Set([...longestRising(idx.map((i) => xs[i]!), false)].map((k) => idx[k]));
}
