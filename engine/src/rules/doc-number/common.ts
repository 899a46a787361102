// What the doc-number rules share: which numbers to check (the document's own number, the 目录
// entries, the numbers inside citations and bare numbers in running text), what the model knows about 机关代字, and how a number
// reads once one of its parts is corrected.
import type { Citation, DocNumber, GwDocument } from '../../types';
import { documentReferences } from '../cross-ref/util';
import type { IssuingCode, Model } from '../../model/types';
import type { RuleContext } from '../types';
import { covers } from '../spans';

export type NumberRole = 'own' | 'toc' | 'cite';

export interface CheckedNumber {
  n: DocNumber;
  role: NumberRole;
  /** The document the number belongs to (own, toc: the document the entry lists; read it only
   * when needed, see numbersToCheck). */
  readonly doc?: GwDocument;
  /** Title of the cited document (cite) or of the listed document (toc). */
  title?: string;
  /** A number in running text with no 《title》 (cite): its extent is less certain than a citation's. */
  bare?: boolean;
}

/**
 * The numbers a document-scoped rule checks in this run: the document's own number, its citations
 * and the numbers its running text names bare (按照聊政发〔2021〕5号文件要求: a slip there is as much a
 * slip); the 目录 entries once per file (with the first document).
 */
// Not cached per document: the list reads other documents through ctx.gazette (the 目录's), and
// lint tracks those reads per rule run for lintIncremental.
export function numbersToCheck(ctx: RuleContext): CheckedNumber[] {
  const out: CheckedNumber[] = [];
  const { doc, gazette } = ctx;
  if (doc.number) out.push({ n: doc.number, role: 'own', doc, title: doc.title?.text });
  if (ctx.docIndex === 0) {
    gazette.toc.forEach((t, i) => {
      // Looked up when a rule reads it: a rule that judges the entry alone then does not depend on
      // every document of the issue (lintIncremental would run it again after any edit).
      if (t.number) out.push({ n: t.number, role: 'toc', get doc() { return gazette.documents[i]; }, title: t.title.text });
    });
  }
  for (const r of documentReferences(doc, ctx.model)) {
    if (!r.number || covers(doc.noise, r.number.start)) continue;
    // A citation (《title》（number）) or a bare number in running text (按照聊政发〔2024〕5号文件).
    out.push('title' in r ? { n: r.number, role: 'cite', title: (r as Citation).title.text } : { n: r.number, role: 'cite', bare: true });
  }
  return out;
}

/**
 * The number as it should be written, for messages (应为“…”): 〔〕, no 第, no leading zero, 号. A
 * 公告's keeps its 第, and its 年 when it has no brackets (国家税务总局公告2019年第1号).
 */
export function canonicalDisplay(n: DocNumber, year = n.year, code = n.code): string {
  if (n.isDecree) return `${code}第${String(Number(n.seq))}号`;
  if (n.isNotice) return `${code}${!year ? '' : n.open ? `〔${year}〕` : `${year}年`}第${String(Number(n.seq))}号`;
  return `${code}〔${year}〕${String(Number(n.seq))}号`;
}

export function whereOf(role: NumberRole): string {
  return role === 'own' ? '发文字号' : role === 'toc' ? '目录中的发文字号' : '引用的发文字号';
}

// ---- 机关代字 knowledge ------------------------------------------------------------------

/** Characters that make up the series part at the end of a 机关代字 (发, 办发, 通字, 办函, 明电...). */
const SERIES_CHARS = new Set([...'发字函任令电复报通规办告便传明密综呈请示案']);
/** Characters a series ends with. */
// 呈 and 请 end an upward series (聊政呈 for 请示 and 报告), 案 a 议案's (聊政案).
export const SERIES_END = new Set([...'发字函任令电复报告规呈请案']);

/** The issuer part of a code: the code without its trailing series characters (聊政办发 → 聊政). */
export function prefixOf(code: string): string {
  let i = code.length;
  while (i > 0 && SERIES_CHARS.has(code[i - 1])) i--;
  return code.slice(0, i);
}

/** Whether `rest` (what follows an issuer part) reads as a series: only series characters, ending like one. */
export function isSeries(rest: string): boolean {
  return rest.length > 0 && rest.length <= 4 && [...rest].every((c) => SERIES_CHARS.has(c)) && SERIES_END.has(rest[rest.length - 1]);
}

/** Issuer named by a 发文机关标志: 聊城市人民政府文件 → 聊城市人民政府 (…办公室明传电报 → …办公室). */
export function issuerOfMark(mark: string): string {
  return mark.replace(/[\s\u3000]+/g, '').replace(/(?:文件|明传电报)$/, '').replace(/令$/, '');
}

export function codesOfIssuer(model: Model, issuer: string): IssuingCode[] {
  return model.codes.filter((c) => c.issuer === issuer);
}

/** The model issuer a title starts with (longest), e.g. 聊城市人民政府办公室关于… → 聊城市人民政府办公室. */
export function issuerOfTitle(model: Model, title: string): string | undefined {
  const t = title.replace(/[\s\u3000]+/g, '');
  let best: string | undefined;
  for (const c of model.codes) {
    // The issuer must be followed by the title proper: 中共山东省委办公厅关于… is not 中共山东省委.
    if (!c.issuer || !t.startsWith(c.issuer) || !/^(关于|印发|转发|批转|的|$)/.test(t.slice(c.issuer.length))) continue;
    if (!best || c.issuer.length > best.length) best = c.issuer;
  }
  return best;
}

/** Damerau-Levenshtein (optimal string alignment) distance. */
export function editDistance(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  const d: number[][] = Array.from({ length: A.length + 1 }, (_, i) => Array.from({ length: B.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= A.length; i++) {
    for (let j = 1; j <= B.length; j++) {
      const cost = A[i - 1] === B[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && A[i - 1] === B[j - 2] && A[i - 2] === B[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[A.length][B.length];
}

/** Largest distance at which a code counts as a slip of another: one character, two for long codes. */
export function closeLimit(code: string): number {
  return [...code].length >= 6 ? 2 : 1;
}

/**
 * Characters typed for one another in 机关代字 (same pinyin, or one inside the other): used only to
 * break a tie between equally close codes (聊政办子 → 聊政办字 rather than 聊政办发).
 */
const CONFUSABLE: Record<string, string> = {
  子: '字', 自: '字', 宇: '字', 孚: '字', 学: '字', 法: '发', 伐: '发', 废: '发', 友: '发',
  正: '政', 证: '政', 整: '政', 攻: '政', 半: '办', 般: '办', 班: '办', 力: '办', 认: '任', 仁: '任', 人: '任',
  涵: '函', 含: '函', 寒: '函', 另: '令', 今: '令', 领: '令',
};

/** Whether b is a's code with one character replaced by its confusable. */
function confusableSlip(a: string, b: string): boolean {
  const A = [...a];
  const B = [...b];
  if (A.length !== B.length) return false;
  const diff = A.map((c, i) => [c, B[i]]).filter(([x, y]) => x !== y);
  return diff.length === 1 && CONFUSABLE[diff[0][0]] === diff[0][1];
}

/** Known codes within slip distance, nearest first; a confusable slip wins a tie. */
export function closeCodes(code: string, candidates: string[]): string[] {
  const limit = closeLimit(code);
  const scored = [...new Set(candidates)]
    .filter((c) => c !== code)
    .map((c) => ({ c, d: editDistance(code, c) }))
    .filter((x) => x.d <= limit);
  const min = Math.min(...scored.map((x) => x.d));
  const best = scored.filter((x) => x.d === min).map((x) => x.c);
  const confusable = best.filter((c) => confusableSlip(code, c));
  return confusable.length === 1 ? confusable : best;
}

/**
 * Whether a code not in the model is still a plausible code of a known issuer: a known issuer
 * part (two characters or more) followed by a series (聊政 + 函, 聊政 + 通字, 聊政 + 办函).
 */
export function composesFromKnown(code: string, prefixes: Iterable<string>, minLen = 2): boolean {
  for (const p of prefixes) {
    if (p.length >= minLen && code.startsWith(p) && isSeries(code.slice(p.length))) return true;
  }
  return false;
}

/** Starts with a known issuer part (two characters or more) but the rest is not a series. */
export function brokenAfterKnownPrefix(code: string, prefixes: Iterable<string>): boolean {
  let matched = false;
  for (const p of prefixes) {
    if (p.length >= 2 && code.startsWith(p) && code.length > p.length) {
      matched = true;
      if (isSeries(code.slice(p.length))) return false;
    }
  }
  return matched;
}

/** The same characters as a known code in another order (聊办政发 for 聊政办发). */
export function isTransposition(code: string, known: string[]): string | undefined {
  const key = [...code].sort().join('');
  return known.find((k) => k !== code && k.length === code.length && [...k].sort().join('') === key);
}
