// Dates as written in 公文: 2024年7月3日 (the standard form), and the wrong forms a checker must
// still recognise: 二〇二四年七月三日, 24年7月3日, 2024年07月03日, 2024.7.3, 2024-07-03.
import type { DateNode, Paragraph } from '../types';
import { spanIn } from './paragraphs';
import { chineseToNumber } from './items';

const CN_YEAR: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', O: '0', o: '0' };

export const DATE_ONLY = /^(\d{2,4}|[〇零一二三四五六七八九Oo]{2,4})年([\d]{1,2}|[一二三四五六七八九十]{1,2})月([\d]{1,2}|[一二三四五六七八九十]{1,3})日$/;
const DATE_ANY = /(\d{2,4}|[〇零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,2})月(\d{1,2}|[一二三四五六七八九十]{1,3})日/g;

/** How many days month m (1–12) of year y has. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** YYYY-MM-DD from the parts of a 年月日 date. */
export function isoDate(y: string | number, m: string | number, d: string | number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function toDateNode(p: Paragraph, a: number, b: number, ys: string, ms: string, ds: string): DateNode {
  const year = /^\d+$/.test(ys) ? Number(ys) : Number([...ys].map((c) => CN_YEAR[c] ?? '').join(''));
  const month = /^\d+$/.test(ms) ? Number(ms) : chineseToNumber(ms);
  const day = /^\d+$/.test(ds) ? Number(ds) : chineseToNumber(ds);
  const fullYear = year < 100 ? 2000 + year : year;
  const iso = isValidDate(fullYear, month, day) && fullYear >= 1949 ? isoDate(fullYear, month, day) : undefined;
  return { text: p.text.slice(a, b), ...spanIn(p, a, b), year, month, day, iso, raw: { year: ys, month: ms, day: ds } };
}

/** A 成文日期 line with a slip date/form reports: a full stop after it, or its 日 left out
 * (2024年7月3日。 2024年7月3, in Chinese numerals too: 二〇二四年七月三日。). Read as the date,
 * without the stray mark. */
const DATE_ONLY_SLIP = /^(\d{4}|[〇零○一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,2})月(\d{1,2}|[一二三四五六七八九十]{1,3})(日?)[。．.]?$/;

/** The paragraph as a date when it holds only a date (a 成文日期 or 印发日期 line). */
export function dateOnlyOf(p: Paragraph): DateNode | undefined {
  const m = DATE_ONLY.exec(p.text);
  if (m) return toDateNode(p, 0, p.text.length, m[1], m[2], m[3]);
  const s = DATE_ONLY_SLIP.exec(p.text);
  if (!s) return undefined;
  const end = `${s[1]}年${s[2]}月${s[3]}${s[4]}`.length;
  return toDateNode(p, 0, end, s[1], s[2], s[3]);
}

export function datesIn(p: Paragraph): DateNode[] {
  const out: DateNode[] = [];
  DATE_ANY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_ANY.exec(p.text))) out.push(toDateNode(p, m.index, m.index + m[0].length, m[1], m[2], m[3]));
  return out;
}
