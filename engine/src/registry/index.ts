// Look-ups in the model's document registry and repeal statements, shared by the cross-ref rules
// and the language server (hover, completion, definition), and the order a drafter looks through
// it for a citation. Titles are compared after
// normalisation, because the same document is cited with and without its issuer prefix, with 〈〉
// or 《》 around an embedded title, and with half- or full-width parentheses.
import type { Model, RegistryDoc, RepealStatement } from '../model/types';

const ISSUER_TAIL =
  '(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|委|局|厅|部|署|院|中心|政府|党委|省委|市委|公司|集团|法院|检察院|银行|分行)';
/** One or more issuer names (joint documents) in front of 关于 / 印发 / 转发 / 批转. */
const ISSUER_PREFIX = new RegExp(`^(?:[\\u4e00-\\u9fa5]{1,30}?${ISSUER_TAIL})+(?=关于|印发|转发|批转)`);

/** Title without its issuer prefix: 聊城市人民政府关于… → 关于… (the registry's shortTitle). */
export function stripIssuer(title: string): string {
  const t = title.replace(/[\s\u3000]+/g, '');
  const m = ISSUER_PREFIX.exec(t);
  return m ? t.slice(m[0].length) : t;
}

/** Title as the registry keeps it: no spaces, full-width parentheses. */
export function registryTitle(t: string): string {
  return t.replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

/**
 * Comparable form of a title: no spaces, no issuer prefix, no inner 〈〉《》“” marks, full-width
 * parentheses, and a 印发〈X〉的通知 read the same as 印发X的通知.
 */
export function normalizeTitle(title: string): string {
  return stripIssuer(title)
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（').replace(/\)/g, '）')
    .replace(/[〈〉《》“”"'‘’<>]/g, '')
    .replace(/[—–\-~～]+/g, '—');
}

/** Canonical number key: spaces removed (the registry stores canonical numbers already). */
function numberKey(n: string): string {
  return n.replace(/[\s\u3000]+/g, '');
}

// The rules look up every citation: the registry is indexed once per documents/repeals array (a
// scan normalising every entry per look-up was linear in the registry). Keyed by the array, not
// the model, so a model given a new array is re-indexed; its length is checked too, in case
// entries were appended in place.
interface Index<T> { length: number; map: Map<string, T[]> }
const indexes = new WeakMap<object, Map<string, Index<unknown>>>();
function indexOf<T>(list: T[], name: string, keys: (item: T) => string[]): Map<string, T[]> {
  let byName = indexes.get(list);
  if (!byName) indexes.set(list, (byName = new Map()));
  let idx = byName.get(name) as Index<T> | undefined;
  if (!idx || idx.length !== list.length) {
    const map = new Map<string, T[]>();
    for (const item of list) {
      if (!item || typeof item !== 'object') continue;
      for (const k of new Set(keys(item))) {
        const at = map.get(k);
        if (at) at.push(item);
        else map.set(k, [item]);
      }
    }
    idx = { length: list.length, map };
    byName.set(name, idx as Index<unknown>);
  }
  return idx.map;
}

/** The fields that are strings (a hand-edited model may lack one: that entry is simply not found by it). */
function strings(...xs: unknown[]): string[] {
  return xs.filter((x): x is string => typeof x === 'string');
}

/** The registry entry with this canonical 发文字号, if any. */
export function findByNumber(model: Model, canonical: string): RegistryDoc | undefined {
  const k = numberKey(canonical);
  return indexOf(model.documents, 'number', (d) => strings(d.number).map(numberKey)).get(k)?.[0];
}

/** Registry entries whose title matches (after normalisation). Several when a title is reused. */
export function findAllByTitle(model: Model, title: string): RegistryDoc[] {
  const k = normalizeTitle(title);
  if (!k) return [];
  return (indexOf(model.documents, 'title', (d) => strings(d.title, d.shortTitle).map(normalizeTitle)).get(k) ?? []).slice();
}

/** The registry entry with this title, when exactly one document carries it. */
export function findByTitle(model: Model, title: string): RegistryDoc | undefined {
  const all = findAllByTitle(model, title);
  const numbers = new Set(all.map((d) => d.number));
  return numbers.size === 1 ? all[0] : undefined;
}

export interface DocStatus {
  doc?: RegistryDoc;
  /** 'unknown': not in the registry and no repeal known; 'not-yet': dated after `iso`. */
  state: 'in-force' | 'repealed' | 'not-yet' | 'unknown';
  /** The repeal statement in effect at `iso` (state 'repealed'). */
  repeal?: RepealStatement;
  /** Amendments in effect at `iso`. */
  amendments: RepealStatement[];
}

/**
 * Status of a document as of an ISO date. A repeal takes effect after the day of the repealing
 * document: citing the document on that very day (the repealing notice itself) is still right.
 */
export function statusAt(model: Model, number: string, iso: string): DocStatus {
  const k = numberKey(number);
  const doc = findByNumber(model, k);
  const statements = (indexOf(model.repeals, 'target', (r) => strings(r.target).map(numberKey)).get(k) ?? []).filter((r) => r.date < iso);
  const repeal = statements.filter((r) => r.kind === 'repeal').sort((a, b) => a.date.localeCompare(b.date))[0];
  const amendments = statements.filter((r) => r.kind === 'amend');
  if (doc?.date && doc.date > iso) return { doc, state: 'not-yet', amendments: [] };
  if (repeal) return { doc, state: 'repealed', repeal, amendments };
  return { doc, state: doc ? 'in-force' : 'unknown', amendments };
}

/** Repeal statements made BY a document (what a 关于废止… notice repeals). */
export function repealsBy(model: Model, number: string): RepealStatement[] {
  const k = numberKey(number);
  return (indexOf(model.repeals, 'by', (r) => strings(r.by).map(numberKey)).get(k) ?? []).slice();
}

/** 机关代字 of a canonical number: 聊政办发〔2024〕21号 → 聊政办发, 聊城市人民政府令第48号 → 聊城市人民政府令. */
export function codeOfNumber(number: string): string | undefined {
  const n = numberKey(number);
  const m = /^(.+?)[〔［\[【]\d{4}[〕］\]】]/.exec(n) ?? /^(.+令)第\d+号$/.exec(n);
  return m?.[1];
}

/** An appointment notice (任免): a 任 series (聊政任) or a document the parser typed 任免. */
export function isAppointment(model: Model, d: RegistryDoc): boolean {
  if (d.type === '任免') return true;
  const code = codeOfNumber(d.number ?? '');
  return !!code && model.codes.some((c) => c.code === code && c.kind === '任');
}

export interface CitationContext {
  /** 机关代字 of the document being written (from its 发文字号), if it has one. */
  code?: string;
  /** Entries to show after the live ones (repealed as of the document's date). */
  demote?: (d: RegistryDoc) => boolean;
  /** The date the document is judged by: entries dated after it are left out (a document cannot
   * cite one not yet issued: cross-ref/later-document). */
  asOf?: string;
  /**
   * The document being written, left out (a document does not cite itself; the registry may hold
   * it from the workspace or the corpus): the entries with its 发文字号, and those with its title and
   * no number (a draft of it); without a number, the entries with its title.
   */
  self?: { number?: string; title?: string };
}

function isSelf(d: RegistryDoc, self: CitationContext['self']): boolean {
  if (!self) return false;
  const number = self.number ? numberKey(self.number) : '';
  if (number && d.number && numberKey(d.number) === number) return true;
  if (!self.title || (number && d.number)) return false;
  const title = normalizeTitle(self.title);
  return !!title && !!d.title && normalizeTitle(d.title) === title;
}

/**
 * The registry in the order a drafter looks for a document to cite: documents in force before
 * demoted (repealed) ones, and 任免 notices last of all (they are almost never cited); within each
 * group, documents of the drafting organ first (the same 机关代字, or another code of the same
 * issuer: 聊政办字 for a 聊政办发 draft), then the most recent first (成文日期, else the number's
 * year), then the higher sequence number, then the title; the document itself (ctx.self) and those
 * dated after ctx.asOf left out.
 * A new array; the model is not changed.
 */
export function rankForCitation(model: Model, ctx: CitationContext = {}): RegistryDoc[] {
  const issuer = ctx.code ? model.codes.find((c) => c.code === ctx.code)?.issuer : undefined;
  const keyed = model.documents.filter((d) => d && typeof d === 'object' && !isSelf(d, ctx.self) &&
    !(ctx.asOf && typeof d.date === 'string' && d.date > ctx.asOf)).map((d) => {
    const code = codeOfNumber(d.number ?? '');
    const sameOrgan = !!ctx.code && (code === ctx.code || (!!issuer && d.issuer === issuer));
    const year = /(\d{4})[〕］\]】]/.exec(d.number ?? '')?.[1] ?? '';
    const seq = Number(/(\d+)号$/.exec(d.number ?? '')?.[1] ?? 0);
    const group = (isAppointment(model, d) ? 4 : 0) + (ctx.demote?.(d) ? 2 : 0) + (sameOrgan ? 0 : 1);
    return { d, group, when: d.date ?? year, seq };
  });
  keyed.sort((a, b) => a.group - b.group || cmpDesc(a.when, b.when) || b.seq - a.seq ||
    cmpDesc(b.d.title ?? '', a.d.title ?? '') /* title ascending */);
  return keyed.map((k) => k.d);
}

function cmpDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/**
 * The next free sequence number of `code` in `year`: one more than the highest the model's series
 * and registry know, counting `ownNumbers` (the open document's other numbers); undefined when
 * nothing of that year is known (the series then starts at 1 as far as anyone here knows).
 */
export function nextSequence(model: Model, code: string, year: string, ownNumbers: string[] = []): number | undefined {
  let max = model.codes.find((x) => x.code === code)?.maxSeq[year];
  for (const n of [...model.documents.map((d) => d.number), ...ownNumbers]) {
    if (typeof n !== 'string') continue;
    const k = numberKey(n);
    if (codeOfNumber(k) !== code || !k.startsWith(`${code}〔${year}〕`)) continue;
    const seq = /(\d+)号$/.exec(k);
    if (seq) max = Math.max(max ?? 0, Number(seq[1]));
  }
  return max === undefined ? undefined : max + 1;
}

/**
 * The registry documents a citation's 发文字号 may be, as a drafter types it after the title
 * (`《title》（`, then perhaps part of it: `聊政发〔2023〕`): the documents with that title first,
 * then the others whose number begins with what is typed (none when nothing is typed: the title
 * decides), each once, in rankForCitation's order. Never a number that no document has.
 */
export function citableNumbers(model: Model, title: string, typed: string, ctx: CitationContext = {}): RegistryDoc[] {
  const prefix = numberKey(typed).replace(/[［\[【]/g, '〔').replace(/[］\]】]/g, '〕');
  const titled = new Set(findAllByTitle(model, title));
  const out: RegistryDoc[] = [];
  const seen = new Set<string>();
  for (const pass of [true, false]) {
    for (const d of rankForCitation(model, ctx)) {
      if (typeof d.number !== 'string' || seen.has(d.number) || titled.has(d) !== pass) continue;
      if (!d.number.startsWith(prefix) || (!pass && !prefix)) continue;
      seen.add(d.number);
      out.push(d);
    }
  }
  return out;
}
