// A date that does not exist (2024年2月30日, 2024年13月1日), and a month and day written without
// their year that no year has (4月31日, 6月31日: the second date of a range, 2025年4月1日至4月31日, or
// a yearly deadline, 每年9月31日前). 2月29日 exists in a leap year, so a bare one is left alone.
// A year and month without a day (2026年13月组织开展) must name a month too.
import type { Rule } from '../types';
import { datesOf, fullYear, roleName } from './common';
import { daysInMonth, isValidDate } from '../../parse/dates';
import { overlaps } from '../spans';
import { spanIn } from '../../parse/paragraphs';

/** A month and day with no year number before them (每年 and 今年 are no number; 2025年 is the full date's). */
const MONTH_DAY = /(?<!\d)(?<![\d〇零一二三四五六七八九十]年)(\d{1,2})月(\d{1,2})日/g;
/** Days of each month in a leap year: the most any year allows. */
const MOST_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A lunar month and day (农历2月30日, （农历12月30日）): every lunar month may have 30 days (redteam3). */
const LUNAR_BEFORE = /(?:农历|阴历|夏历)$/;

export const valid: Rule = {
  id: 'date/valid',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '成文日期、印发日期和正文中的完整日期必须是真实存在的日期；正文中不带年份的月、日（如日期区间的后一日“2025年4月1日至4月31日”）也须是某一年有的日期。',
      en: 'The document date, print date and full dates in the text must exist in the calendar; so must a month and day written without a year (the end of a range, 2025年4月1日至4月31日), in some year.',
    },
    why: 'GB/T 9704—2012 第7.3.5.4条（成文日期）；2月30日、13月等日期不存在，必为笔误。',
    bad: '2024年2月30日',
    good: '2024年2月29日',
  },
  check(ctx) {
    for (const d of datesOf(ctx, true)) {
      const [y, m, day] = [fullYear(d.year.value, d.year.raw, ctx), d.month.value, d.day.value];
      if (![y, m, day].every(Number.isFinite) || isValidDate(y, m, day)) continue;
      const why = m < 1 || m > 12 ? `没有${m}月` : `${y}年${m}月只有${daysInMonth(y, m)}天`;
      ctx.report({
        start: d.start, end: d.end,
        message: `${roleName(d.role)}“${d.text}”不是真实存在的日期：${why}（GB/T 9704—2012 第7.3.5.4条）。请核对月、日，改为实际的日期。`,
      });
    }
    const { doc } = ctx;
    for (const p of doc.paragraphs) {
      for (const ym of impossibleYearMonths(p.text)) {
        const { start, end } = spanIn(p, ym.start, ym.end);
        if (doc.noise.some((n) => start < n.end && n.start < end)) continue;
        const text = p.text.slice(ym.start, ym.end);
        ctx.report({
          start, end,
          message: `日期“${text}”不是真实存在的日期：没有${ym.month}月（GB/T 9704—2012 第7.3.5.4条）。请核对年份、月份，改为实际的日期。`,
        });
      }
      if (!impossibleMonthDay(p.text)) continue;
      for (const m of p.text.matchAll(MONTH_DAY)) {
        const [mo, day] = [Number(m[1]), Number(m[2])];
        if (mo >= 1 && mo <= 12 && day >= 1 && day <= MOST_DAYS[mo - 1]) continue;
        if (mo >= 1 && mo <= 12 && day >= 1 && day <= 30 && LUNAR_BEFORE.test(p.text.slice(0, m.index))) continue;
        const start = p.map[m.index!];
        const end = p.map[m.index! + m[0].length - 1] + 1;
        if (overlaps(doc.noise, start, end)) continue;
        const why = mo < 1 || mo > 12 ? `没有${mo}月` : day < 1 ? `没有${day}日` : `${mo}月只有${MOST_DAYS[mo - 1]}天`;
        ctx.report({
          start, end,
          message: `日期“${m[0]}”不是真实存在的日期：${why}（GB/T 9704—2012 第7.3.5.4条）。请核对月、日，改为实际的日期。`,
        });
      }
    }
  },
};

const isDigit = (c: number) => c >= 48 && c <= 57;
/** The number the ASCII digits t[a, b) write. */
function digitsValue(t: string, a: number, b: number): number {
  let v = 0;
  for (let i = a; i < b; i++) v = v * 10 + t.charCodeAt(i) - 48;
  return v;
}

/**
 * The year-and-month spans (2026年13月, 2026 年 0 月) of a text whose month no year has, written
 * without a day: a full date (2026年13月1日) is datesOf's. Found by a native search for 月, as most
 * paragraphs hold no such month.
 */
function impossibleYearMonths(t: string): { start: number; end: number; month: number }[] {
  const out: { start: number; end: number; month: number }[] = [];
  for (let j = t.indexOf('月'); j >= 0; j = t.indexOf('月', j + 1)) {
    let a = j;
    if (t[a - 1] === ' ') a--;
    let d = a;
    while (d > 0 && a - d < 3 && isDigit(t.charCodeAt(d - 1))) d--;
    if (d === a || a - d > 2) continue;
    const month = digitsValue(t, d, a);
    if (month >= 1 && month <= 12) continue;
    let y = d;
    if (t[y - 1] === ' ') y--;
    if (t[y - 1] !== '年') continue;
    y--;
    if (t[y - 1] === ' ') y--;
    let s = y;
    while (s > 0 && y - s < 5 && isDigit(t.charCodeAt(s - 1))) s--;
    if (y - s !== 4 || (s > 0 && isDigit(t.charCodeAt(s - 1)))) continue;
    // A day after the month: the full date is read (and judged) as one.
    if (/^ ?\d{1,2} ?日/.test(t.slice(j + 1, j + 6))) continue;
    // A child's age in months after a year (2026年36月龄以下婴幼儿): no month.
    if (t[j + 1] === '龄') continue;
    out.push({ start: s, end: j + 1, month });
  }
  return out;
}

/**
 * Whether a text may hold a month and day MONTH_DAY reads that no year has: a 月 (a native search)
 * with one or two digits before it and one or two then 日 after it, numbering no day of MOST_DAYS.
 * Most paragraphs hold none, and the lookbehinds of MONTH_DAY cost a test at every character.
 */
function impossibleMonthDay(t: string): boolean {
  for (let j = t.indexOf('月'); j >= 0; j = t.indexOf('月', j + 1)) {
    let a = j;
    while (a > 0 && j - a < 3 && isDigit(t.charCodeAt(a - 1))) a--;
    let b = j + 1;
    while (b < t.length && b - j < 4 && isDigit(t.charCodeAt(b))) b++;
    if (a === j || j - a > 2 || b === j + 1 || b - j > 3 || t[b] !== '日') continue;
    const mo = digitsValue(t, a, j);
    const day = digitsValue(t, j + 1, b);
    if (mo < 1 || mo > 12 || day < 1 || day > MOST_DAYS[mo - 1]) return true;
  }
  return false;
}
