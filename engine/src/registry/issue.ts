// The documents of the gazette issue being linted, as registry entries: no model knows them yet,
// but the issue's other documents cite them (cross-ref/number-title) and name them as the
// repealing document (cross-ref/repealed). Each entry is worked out once per parsed document
// (reading the titles a 印发 notice issues scans its paragraphs), not once per document checked,
// nor again when a keystroke before it only moved it.
import type { Gazette, GwDocument, TocEntry } from '../types';
import type { RegistryDoc } from '../model/types';
import { issuedTitles } from '../parse/document';
import { unmovedDocument } from '../parse/gazette';
import { normalizeTitle } from './index';

const entries = new WeakMap<GwDocument, RegistryDoc | null>();

/** A numbered document of the issue as a registry entry: its title as printed (no spaces; '' if none). */
export function issueEntry(doc: GwDocument): RegistryDoc | undefined {
  const d = unmovedDocument(doc);
  let e = entries.get(d);
  if (e === undefined) {
    const number = d.number?.canonical;
    if (!number) e = null;
    else {
      const title = d.title?.text.replace(/\s+/g, '') ?? '';
      const issues = d.type === '印发通知' ? issuedTitles(d) : [];
      e = { number, title, shortTitle: title, issuer: '', date: d.date?.iso, type: d.type, ...(issues.length > 1 ? { issues } : {}) };
    }
    entries.set(d, e);
  }
  return e ?? undefined;
}

const tocByNumber = new WeakMap<TocEntry[], Map<string, TocEntry[]>>();

function tocEntries(toc: TocEntry[], number: string): TocEntry[] {
  let index = tocByNumber.get(toc);
  if (!index) {
    index = new Map();
    for (const t of toc) {
      const n = t.number?.canonical;
      if (n) index.set(n, [...(index.get(n) ?? []), t]);
    }
    tocByNumber.set(toc, index);
  }
  return index.get(number) ?? [];
}

/**
 * The issue's documents other than `except`, as registry entries: only those whose body title and
 * 目录 title, under the same number, read alike, so that a title the parser cut or ran on is never
 * taken for the registered one. Pass the rule's ctx.gazette, so that the incremental lint sees
 * which documents a run read.
 */
export function issueDocuments(gazette: Gazette, except?: GwDocument): RegistryDoc[] {
  const out: RegistryDoc[] = [];
  for (const d of gazette.documents) {
    if (d === except) continue;
    const e = issueEntry(d);
    if (!e?.title) continue;
    const toc = tocEntries(gazette.toc, e.number);
    if (toc.length === 1 && normalizeTitle(toc[0].title.text) === normalizeTitle(e.title)) out.push(e);
  }
  return out;
}

/**
 * The first document of the issue numbered `number` (and dated, with `dated`), as a registry entry;
 * the 目录 unchecked.
 */
export function issueDocumentByNumber(gazette: Gazette, number: string, dated = false): RegistryDoc | undefined {
  for (const d of gazette.documents) {
    if (d.number?.canonical !== number) continue;
    const e = issueEntry(d);
    if (e && (!dated || e.date)) return e;
  }
  return undefined;
}
