// What the 目录 rules share (doc-number/toc-number, structure/toc-title): a title's comparable
// form, and which document each numbered 目录 entry lists. The 目录 repeats each document's title
// and 发文字号 as its body prints them; the pairing never relies on the entries' order alone (a
// document the parser missed, or an entry the extraction lost, would shift every later pair).
import type { Gazette, GwDocument, TocEntry } from '../types';
import { normalizeTitle } from '../registry';
import { numberKey } from './doc-number/duplicate';
import { memoByString } from '../text/string-memo';

/** The letters and digits of a text (NFKC: full-width ones as half-width): what a title key keeps. */
export function lettersAndDigits(s: string): string {
  return s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

/** A 大事记's month as a 目录 entry names it (大事记（2024年7月）): `2024-7`. */
const CHRONICLE_MONTH = /大事记\s*[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*[）)]/;
export function tocChronicleMonth(e: TocEntry): string | undefined {
  const m = CHRONICLE_MONTH.exec(e.title.text);
  return m ? monthKey(Number(m[1]), Number(m[2])) : undefined;
}

/** A month as the 目录 rules pair a 大事记's entry with its document (its period): `2024-7`. */
export const monthKey = (year: number, month: number) => `${year}-${month}`;

/** What pairs a 目录 entry with its document when their titles are not compared: the number, or a
 * 大事记's month (tocDocumentKey is the document's side). */
export function tocEntryKey(e: TocEntry): string | undefined {
  if (e.number) return numberKey(e.number);
  const month = tocChronicleMonth(e);
  return month ? `大事记${month}` : undefined;
}

export function tocDocumentKey(d: GwDocument): string | undefined {
  if (d.number) return numberKey(d.number);
  return d.type === '大事记' && d.period ? `大事记${monthKey(d.period.year, d.period.month)}` : undefined;
}

/**
 * A title as the 目录 rules compare it: normalizeTitle's form (no issuer prefix, no spaces, no
 * 〈〉《》“” marks, one width of brackets), then its letters and digits only, so that markdown
 * markers, letter spacing, punctuation width and hard wraps never make two titles differ.
 * Remembered by title: both 目录 rules key every entry's and document's title on every lint
 * (keystrokes in the language server too), and the titles are the same from one lint to the next.
 */
export const tocTitleKey: (title: string) => string = memoByString((title) => lettersAndDigits(normalizeTitle(title)));

export interface TocPair {
  toc: TocEntry;
  /** The entry's index in gazette.toc. */
  index: number;
  doc: GwDocument;
}

function count<T>(xs: T[], key: (x: T) => string | undefined): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) {
    const k = key(x);
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

const tocNumberKey = (t: TocEntry) => (t.number ? numberKey(t.number) : undefined);
const docNumberKey = (d: GwDocument) => (d.number ? numberKey(d.number) : undefined);

/** How many 目录 entries and documents carry each number, and the first document with each. */
interface NumberCounts {
  inToc: Map<string, number>;
  inBody: Map<string, number>;
  byNumber: Map<string, GwDocument>;
}

/**
 * The counts of one lint's gazette, made once for the 目录 rules that pair by number
 * (sameNumberPairs, titlePairs; toc-title and toc-number each ask): keyed by the gazette object the
 * rules are given, one per lint. Those rules are gazette-scoped, run again by every lint, so no
 * rule's record of the documents it read is cut short by reading them here once.
 */
const numberCounts = new WeakMap<Gazette, NumberCounts>();

function countsOf(g: Gazette): NumberCounts {
  let c = numberCounts.get(g);
  if (c) return c;
  const inToc = count(g.toc, tocNumberKey);
  const inBody = count(g.documents, docNumberKey);
  // The document by its number, from one pass: a search of every document per entry made a key of
  // each document's number again, entries × documents keys on every keystroke in an issue.
  const byNumber = new Map<string, GwDocument>();
  for (const d of g.documents) {
    const k = docNumberKey(d);
    if (k && !byNumber.has(k)) byNumber.set(k, d);
  }
  numberCounts.set(g, (c = { inToc, inBody, byNumber }));
  return c;
}

/** Each numbered 目录 entry and the document with its number, where one entry and one document carry it. */
export function sameNumberPairs(g: Gazette): TocPair[] {
  const { inToc, inBody, byNumber } = countsOf(g);
  const out: TocPair[] = [];
  g.toc.forEach((t, index) => {
    const k = tocNumberKey(t);
    if (!k || inToc.get(k) !== 1 || inBody.get(k) !== 1) return;
    out.push({ toc: t, index, doc: byNumber.get(k)! });
  });
  return out;
}

/** Shortest title key that pairs an entry with a document by title alone. */
const MIN_TITLE = 6;

/**
 * Each numbered 目录 entry whose number names no document, with the one numbered document whose
 * number no entry lists and whose title is the entry's (the same key): each the only entry, and
 * the only document, with that title in the issue.
 */
export function titlePairs(g: Gazette): TocPair[] {
  const { inToc, inBody } = countsOf(g);
  const tocTitles = count(g.toc, (t) => (t.number ? tocTitleKey(t.title.text) : undefined));
  const docTitles = count(g.documents, (d) => (d.title ? tocTitleKey(d.title.text) : undefined));
  const out: TocPair[] = [];
  g.toc.forEach((t, index) => {
    const k = tocNumberKey(t);
    if (!k || inBody.has(k)) return;
    const title = tocTitleKey(t.title.text);
    if ([...title].length < MIN_TITLE || tocTitles.get(title) !== 1 || docTitles.get(title) !== 1) return;
    const doc = g.documents.find((d) => d.title && tocTitleKey(d.title.text) === title)!;
    const dk = docNumberKey(doc);
    if (!dk || inToc.has(dk)) return;
    out.push({ toc: t, index, doc });
  });
  return out;
}
