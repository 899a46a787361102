// Dates the date rules judge, with the source span of each part so fixes touch only the wrong
// characters: the 成文日期 (any paragraph that is only a date: the document's and its attached
// documents'), the 印发日期 (the `… 2024年7月3日印发` line), and full dates in running text.
import type { GwDocument, Paragraph, Span } from '../../types';
import type { RuleContext } from '../types';
import { spanIn } from '../../parse/paragraphs';
import { perNode } from '../memo';
import { covers } from '../spans';

export type DateRole = 'signed' | 'printed' | 'body';

export interface DatePart {
  raw: string;
  span: Span;
  /** Value; NaN when unreadable. */
  value: number;
  arabic: boolean;
}

export interface FoundDate extends Span {
  text: string;
  role: DateRole;
  year: DatePart;
  month: DatePart;
  day: DatePart;
}

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const YEAR = '(\\d{2,4}|[〇零○Oo一二三四五六七八九]{2,4})';
const MD = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const DATE_SRC = `${YEAR}年${MD}月${MD}日`;
const ONLY = new RegExp(`^${DATE_SRC}$`);
const PRINTED = new RegExp(`${DATE_SRC}印发$`);
/** A full date in running text: four Arabic digits, not inside a longer number. */
const BODY = /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日/g;

/** 十二 → 12, 三十一 → 31 (month and day numerals). */
export function cnSmall(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  let n = 0;
  const i = s.indexOf('十');
  if (i < 0) return s.length === 1 && s in CN_DIGIT ? CN_DIGIT[s] : NaN;
  const tens = i === 0 ? 1 : CN_DIGIT[s[0]];
  const ones = i === s.length - 1 ? 0 : CN_DIGIT[s[i + 1]];
  if (tens === undefined || ones === undefined || s.length > i + 2) return NaN;
  n = tens * 10 + ones;
  return n;
}

export function cnYear(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const d = [...s].map((c) => CN_DIGIT[c]);
  return d.some((x) => x === undefined) ? NaN : Number(d.join(''));
}

function part(p: Paragraph, a: number, raw: string, year: boolean): DatePart {
  const arabic = /^\d+$/.test(raw);
  return { raw, span: spanIn(p, a, a + raw.length), value: year ? cnYear(raw) : cnSmall(raw), arabic };
}

function fromMatch(p: Paragraph, at: number, m: RegExpExecArray, role: DateRole): FoundDate {
  const [whole, y, mo, d] = m;
  const ya = at;
  const ma = ya + y.length + 1;
  const da = ma + mo.length + 1;
  return {
    ...spanIn(p, at, at + whole.length), text: whole, role,
    year: part(p, ya, y, true), month: part(p, ma, mo, false), day: part(p, da, d, false),
  };
}

/** The dates of one document. `body` adds full Arabic dates in running text. */
export function datesOf(ctx: RuleContext, body = false): FoundDate[] {
  // Five rules ask for the same document's dates.
  return body ? allDates(ctx.doc) : plainDates(ctx.doc);
}

const allDates = perNode((doc: GwDocument) => findDates(doc));
// Without running-text dates: the same list less the body dates (same order).
const plainDates = perNode((doc: GwDocument) => allDates(doc).filter((d) => d.role !== 'body'));

/** Every date of a document, full Arabic dates in running text included (role 'body'). */
function findDates(doc: GwDocument): FoundDate[] {
  const out: FoundDate[] = [];
  const taken = new Set<number>();
  const quiet = [...doc.noise];
  for (const p of doc.paragraphs) {
    if (covers(quiet, p.start)) continue;
    // Cheap tests first: each pattern ends with 日 or 印发, or (in running text) holds a 年.
    let m = p.text.endsWith('日') ? ONLY.exec(p.text) : null;
    if (m) {
      const f = fromMatch(p, 0, m, 'signed');
      out.push(f);
      taken.add(f.start);
      continue;
    }
    m = p.text.length <= 60 && p.text.endsWith('印发') ? PRINTED.exec(p.text) : null;
    if (m) {
      const f = fromMatch(p, m.index, m, 'printed');
      out.push(f);
      taken.add(f.start);
      continue;
    }
    if (!p.text.includes('年')) continue;
    BODY.lastIndex = 0;
    let b: RegExpExecArray | null;
    while ((b = BODY.exec(p.text))) {
      const f = fromMatch(p, b.index, b, 'body');
      if (!taken.has(f.start)) out.push(f);
    }
  }
  return out;
}

export function roleName(role: DateRole): string {
  return role === 'signed' ? '成文日期' : role === 'printed' ? '印发日期' : '日期';
}

/** Source text of the date with some parts replaced (keeps anything between the parts as written). */
export function rewrite(ctx: RuleContext, d: FoundDate, parts: Partial<Record<'year' | 'month' | 'day', string>>): string {
  const src = ctx.source.text;
  let out = '';
  let at = d.start;
  for (const k of ['year', 'month', 'day'] as const) {
    const rep = parts[k];
    if (rep === undefined) continue;
    out += src.slice(at, d[k].span.start) + rep;
    at = d[k].span.end;
  }
  return out + src.slice(at, d.end);
}

export function fullYear(y: number, raw: string, ctx: RuleContext): number {
  if (raw.length >= 4) return y;
  const now = Number(ctx.today.slice(0, 4));
  return 2000 + y <= now + 1 ? 2000 + y : 1900 + y;
}

/**
 * Whether the issue prints the dates of the documents around this one spaced (2021 年 10 月 11 日,
 * a dialect of the extraction, in whole issues or in runs of pages): the nearest dated document
 * before it and the nearest after it, each where there is one, and at least one. Asked only of a
 * date a fix rewrites, so that the rewritten date is printed as its neighbours are.
 */
export function spacedDates(ctx: RuleContext): boolean {
  if (ctx.mode !== 'issue') return false;
  const forms = ctx.readDocuments(dateForm, (a, b) => a === b);
  let before: string | undefined;
  for (let i = ctx.docIndex - 1; i >= 0 && !before; i--) before = forms[i];
  let after: string | undefined;
  for (let i = ctx.docIndex + 1; i < forms.length && !after; i++) after = forms[i];
  return (!!before || !!after) && (before ?? 'spaced') === 'spaced' && (after ?? 'spaced') === 'spaced';
}

/** How a document's date in digits is printed: spaced when its source is longer than its text (the spaces the normalised text drops). */
function dateForm(d: GwDocument): 'spaced' | 'tight' | undefined {
  const t = d.date?.text;
  if (!t || !/^\d+年\d+月\d+日$/.test(t)) return undefined;
  return d.date!.end - d.date!.start > t.length ? 'spaced' : 'tight';
}

/** A date written tight (2021年10月11日) spaced as the issue prints its dates: 2021 年 10 月 11 日. */
export function spacedDate(s: string): string {
  return s.replace(/(\d)(?=[年月日])/g, '$1 ').replace(/([年月])(?=\d)/g, '$1 ');
}
