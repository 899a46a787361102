// A text as Gongwen reads it: either one draft document, or a whole gazette issue (cover, 目录,
// documents). Normalises first, re-attaches page continuations, then parses each document.
import type { Gazette, GwDocument, Span, TocEntry } from '../types';
import type { Model } from '../model/types';
import type { SourceText } from '../text/source';
import { normalizeLine, type NormLine } from '../text/normalize';
import { isDirectiveLine } from '../directives';
import { DOC_NUMBER_SOURCE, DECREE_SOURCE, findDocNumbers } from './docNumber';
import { parseDocument, looksLikeIssuer, isTitleLike, levelRank, TITLE_END } from './document';
import { matchMarker } from './items';
import { makeParagraph } from './paragraphs';

const NUMBER_ONLY = new RegExp(`^${DOC_NUMBER_SOURCE}$`);
const DECREE_ISSUER = /^.{2,20}令$/;
const DECREE_SEQ = /^第\d{1,4}号$/;
const CHRONICLE = /^.{0,20}大事记$/;
const CHRONICLE_MONTH = /^[（(]\d{4}年\d{1,2}月[）)]$/;
const TOC_HEAD = /^目录$/;
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
/** `（下转第N页）` anywhere, `（上接第N页）` at a line start; half- or full-width, spaces removed. */
const DOWN = /[（(]下转第(\d+)页[）)]/g;
const UP = /^[（(]上接第(\d+)页[）)]/;
/** A 目录 line: number (or a 大事记 title) followed by a page number, maybe after dot leaders. */
const TOC_NUMBER_LINE = new RegExp(`^(${DOC_NUMBER_SOURCE}|${DECREE_SOURCE}|.{0,20}大事记[（(]\\d{4}年\\d{1,2}月[）)])[.…·\\s]*(\\d{1,3})$`);

/** Removes a matched substring from a normalised line (keeping the map aligned). */
function cut(l: NormLine, a: number, b: number): NormLine {
  return { ...l, text: l.text.slice(0, a) + l.text.slice(b), map: [...l.map.slice(0, a), ...l.map.slice(b)] };
}

/** A separator line (~~~, ---, ***): one regex object, not one per line. */
const RULE_LINE = /^\s*([~～]{3,}|---+|\*\*\*+)\s*$/;

export function normalizedLines(source: SourceText): NormLine[] {
  const out: NormLine[] = [];
  for (let line = 0; line < source.lineCount; line++) {
    const raw = source.lineText(line);
    const start = source.lineStarts[line];
    if ((raw.includes('gongwen-') && isDirectiveLine(raw)) || RULE_LINE.test(raw)) {
      out.push({ line, start, end: start + raw.length, raw, text: '', map: [start] });
      continue;
    }
    out.push(normalizeLine(raw, start, line));
  }
  return out;
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

/** Where each document starts in an issue. */
function findStarts(lines: NormLine[], from: number): DocStart[] {
  const starts: DocStart[] = [];
  for (let i = from; i < lines.length; i++) {
    const t = lines[i].text;
    if (!t) continue;
    let numberLine = -1;
    if (NUMBER_ONLY.test(t)) numberLine = i;
    // endsWith first: the anchored patterns still backtrack over every line.
    else if (t.endsWith('令') && DECREE_ISSUER.test(t)) {
      const n = nextContent(lines, i);
      if (n >= 0 && DECREE_SEQ.test(lines[n].text)) {
        starts.push({ line: i, numberLine: n });
        i = n;
        continue;
      }
    } else if (t.endsWith('大事记') && CHRONICLE.test(t)) {
      const n = nextContent(lines, i);
      if (n >= 0 && CHRONICLE_MONTH.test(lines[n].text)) {
        starts.push({ line: i, numberLine: -1 });
        i = n;
        continue;
      }
    }
    if (numberLine < 0) continue;
    // Walk back over the issuer mark and, for 任免-style heads, the title before the number.
    let first = i;
    const floor = starts.length ? starts[starts.length - 1].numberLine + 1 : from;
    const p1 = prevContent(lines, i, floor);
    if (p1 >= 0 && (looksLikeIssuer(lines[p1].text) || /文件$/.test(lines[p1].text))) first = p1;
    else if (p1 >= 0 && TITLE_END.test(lines[p1].text) && !DATE_LINE.test(lines[p1].text)) {
      // 任免-style head: [issuer] title number.
      first = p1;
      const p2 = prevContent(lines, p1, floor);
      if (p2 >= 0 && looksLikeIssuer(lines[p2].text)) first = p2;
    }
    starts.push({ line: first, numberLine: i });
  }
  return starts;
}

function parseToc(lines: NormLine[], from: number, to: number, knownCodes?: Iterable<string>): TocEntry[] {
  const toc: TocEntry[] = [];
  let section: string | undefined;
  let pendingTitle: NormLine[] = [];
  for (let i = from; i < to; i++) {
    const l = lines[i];
    const t = l.text;
    if (!t || TOC_HEAD.test(t) || t === '目' || t === '录') continue;
    if (/^◎/.test(t)) {
      section = t.replace(/^◎\s*/, '');
      pendingTitle = [];
      continue;
    }
    const m = TOC_NUMBER_LINE.exec(t);
    if (m) {
      const page = Number(m[m.length - 1]);
      const number = findDocNumbers(t, l.map, 0, knownCodes)[0];
      if (number || /大事记/.test(t)) {
        const chronicle = !number;
        const titleText = chronicle ? t.replace(/[.…·\s]*\d{1,3}$/, '') : pendingTitle.map((x) => x.text).join('');
        const tStart = chronicle ? l.map[0] : (pendingTitle[0]?.map[0] ?? l.map[0]);
        const tEnd = chronicle ? l.map[titleText.length - 1] + 1 : (pendingTitle.length ? pendingTitle[pendingTitle.length - 1].map[pendingTitle[pendingTitle.length - 1].text.length] : l.map[0]);
        toc.push({
          start: tStart, end: l.map[t.length],
          title: { text: titleText, start: tStart, end: tEnd },
          number, page, section,
        });
        pendingTitle = [];
        continue;
      }
    }
    pendingTitle.push(l);
  }
  return toc;
}

interface Fragment {
  /** Line of the 上接 marker and the exclusive end line of the fragment. */
  from: number;
  to: number;
  page: number;
  doc: number;
  used: boolean;
}

/**
 * Where a continuation fragment that starts at `from` ends (exclusive), at most `limit`. The
 * fragment is the tail of another document, so it ends after that document's signature and
 * date, before a titled part the host document resumes with, or before an item that continues the
 * host's own numbering (the host had 40. before the fragment, so 41. after it is the host again).
 */
function fragmentEnd(lines: NormLine[], from: number, limit: number, hostFrom: number): number {
  const hostLast = new Map<number, number>();
  for (let l = hostFrom; l < from; l++) {
    const m = lines[l].text && matchMarker(lines[l].text);
    if (m) hostLast.set(m.level, m.value);
  }
  let prev = '';
  for (let l = from + 1; l < limit; l++) {
    const t = lines[l].text;
    if (!t) continue;
    if (DATE_LINE.test(t) && looksLikeIssuer(prev)) return l + 1;
    if (isTitleLike(makeParagraph([lines[l]])) && !/[（(]/.test(t.slice(-1))) return l;
    const m = matchMarker(t);
    if (m && hostLast.get(m.level) === m.value - 1 && resumesCleanly(lines, l, limit, hostLast)) return l;
    prev = t;
  }
  return limit;
}

/**
 * Whether the host's numbering, taken up again at line `at`, keeps rising at every level until
 * `limit` (a deeper level may restart under a new parent). When it does not, what follows is still
 * scrambled text from other pages, and the fragment is left whole.
 */
function resumesCleanly(lines: NormLine[], at: number, limit: number, hostLast: Map<number, number>): boolean {
  const last = new Map(hostLast);
  for (let l = at; l < limit; l++) {
    const m = lines[l].text && matchMarker(lines[l].text);
    if (!m) continue;
    const prev = last.get(m.level);
    if (prev !== undefined && m.value <= prev) return false;
    last.set(m.level, m.value);
    for (const k of [...last.keys()]) if (levelRank(k) > levelRank(m.level)) last.delete(k);
  }
  return true;
}

export function parseGazette(source: SourceText, model?: Model): Gazette {
  const knownCodes = model?.codes.map((c) => c.code);
  let lines = normalizedLines(source);

  // Cover and 目录: an issue has a 目录 heading followed by number + page lines.
  let tocLine = lines.findIndex((l, i) => i < 200 && (TOC_HEAD.test(l.text) || (l.text === '目' && lines[nextContent(lines, i)]?.text === '录')));
  const firstTocEntry = tocLine >= 0 ? lines.findIndex((l, i) => i > tocLine && TOC_NUMBER_LINE.test(l.text)) : -1;
  const isIssue = tocLine >= 0 && firstTocEntry > 0 && firstTocEntry - tocLine < 40;
  if (!isIssue) tocLine = -1;

  // Strip continuation markers so that the text on both sides joins up again.
  const downs: { line: number; page: number }[] = [];
  const ups: { line: number; page: number }[] = [];
  lines = lines.map((l) => {
    // Both markers hold 第: one search rules out most lines.
    if (!l.text.includes('第') || (!l.text.includes('接第') && !l.text.includes('转第'))) return l;
    let out = l;
    const up = UP.exec(out.text);
    if (up) {
      ups.push({ line: l.line, page: Number(up[1]) });
      out = cut(out, 0, up[0].length);
    }
    DOWN.lastIndex = 0;
    const down = DOWN.exec(out.text);
    if (down) {
      downs.push({ line: l.line, page: Number(down[1]) });
      out = cut(out, down.index, down.index + down[0].length);
    }
    return out;
  });

  if (!isIssue) {
    const doc = parseDocument(lines, { knownCodes, joinLines: true });
    return { isIssue: false, toc: [], documents: doc.paragraphs.length || doc.title || doc.number ? [doc] : [] };
  }

  const starts = findStarts(lines, firstTocEntry + 1);
  const bodyStart = starts.length ? starts[0].line : lines.length;
  const toc = parseToc(lines, tocLine, bodyStart, knownCodes);
  const cover = (() => {
    const first = lines.find((l) => l.text);
    const year = lines.slice(0, tocLine).map((l) => /^(\d{4})$/.exec(l.text)).find(Boolean);
    const issue = lines.slice(0, tocLine).map((l) => /^第([\d-]+)期/.exec(l.text)).find(Boolean);
    return {
      title: first ? { text: first.text, start: first.map[0], end: first.map[first.text.length] } : undefined,
      year: year ? Number(year[1]) : undefined,
      issue: issue ? issue[1] : undefined,
    };
  })();

  // Document ranges [start line, end line).
  const ranges = starts.map((s, k) => ({ from: s.line, to: k + 1 < starts.length ? starts[k + 1].line : lines.length }));
  const docOfLine = (line: number) => ranges.findIndex((r) => line >= r.from && line < r.to);
  // Page range of each document from the 目录 (documents and 目录 entries correspond in order).
  const pageOf = (d: number) => toc[d]?.page;
  const pageRange = (d: number): [number, number] | undefined => {
    const a = pageOf(d);
    if (a === undefined) return undefined;
    const b = pageOf(d + 1);
    return [a, b !== undefined ? Math.max(a, b) : a + 1000];
  };

  // Continuation fragments: from a 上接 line to the next 上接 line or the end of its document.
  const fragments: Fragment[] = ups.map((u, k) => {
    const d = docOfLine(u.line);
    const docEnd = d >= 0 ? ranges[d].to : lines.length;
    const limit = ups[k + 1] && ups[k + 1].line < docEnd ? ups[k + 1].line : docEnd;
    return { from: u.line, to: fragmentEnd(lines, u.line, limit, d >= 0 ? ranges[d].from : 0), page: u.page, doc: d, used: false };
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
    const list = moved.get(dn.line) ?? [];
    list.push(f);
    moved.set(dn.line, list);
  }
  const fragmentLines = new Set<number>();
  for (const f of fragments) if (f.used) for (let l = f.from; l < f.to; l++) fragmentLines.add(l);

  const documents: GwDocument[] = ranges.map((r, d) => {
    const docLines: NormLine[] = [];
    const continuations: Span[] = [];
    for (let l = r.from; l < r.to; l++) {
      if (fragmentLines.has(l)) continue;
      docLines.push(lines[l]);
      for (const f of moved.get(l) ?? []) {
        for (let q = f.from; q < f.to; q++) docLines.push(lines[q]);
        continuations.push({ start: lines[f.from].start, end: lines[f.to - 1].end });
      }
    }
    const noise: Span[] = fragments
      .filter((f) => !f.used && f.doc === d)
      .map((f) => ({ start: lines[f.from].start, end: lines[f.to - 1].end }));
    return parseDocument(docLines, { knownCodes, joinLines: true, continuations, noise });
  });

  return { isIssue: true, cover, toc, documents };
}
