// A date range whose end comes before its start (2026年7月15日至7月1日, 2026年9月10日至5日): the two
// days were swapped or one was mistyped. An end without its year in another month is left alone
// (2025年11月15日至3月15日 may run into the next year, as a heating season does). A range of months is
// judged when both years are written (2026年11月至2026年5月).
import type { Rule } from '../types';
import { overlaps } from '../spans';
import { spanIn } from '../../parse/paragraphs';

/** A full start date, 至, then an end: a full date, a month and day, or a day (spaces: extraction). */
const RANGE = /(?<![\d〔［\[])(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日 ?至 ?(?:(\d{4}) ?年 ?)?(?:(\d{1,2}) ?月 ?)?(\d{1,2}) ?日/g;
/**
 * A range of months with both years written (a 方案's stage: 2026年11月至2027年5月). An end month
 * without its year is not judged: 2026年11月至3月 may run into the next year.
 */
const MONTH_RANGE = /(?<![\d〔［\[])(\d{4}) ?年 ?(\d{1,2}) ?月 ?至 ?(\d{4}) ?年 ?(\d{1,2}) ?月(?! ?\d)/g;

export const rangeOrder: Rule = {
  id: 'date/range-order',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '日期区间“…至…”的结束日期不得早于开始日期（如“2026年7月15日至7月1日”“2026年11月至2026年5月”）；结束日期不写年份且与开始日期不在同一月份的（可能跨年，如供暖期“11月15日至3月15日”）不判断。',
      en: 'A date range (…至…) may not end before it starts (2026年7月15日至7月1日, 2026年11月至2026年5月); an end written without its year in another month (which may run into the next year, as a heating season does) is not judged.',
    },
    why: '起止日期颠倒或笔误，收文单位无法据以执行（GB/T 9704—2012 第7.3.3条：正文应准确表述）。',
    bad: '督查时间为2026年7月15日至7月1日。',
    good: '督查时间为2026年7月1日至7月15日。',
  },
  check(ctx) {
    const { doc } = ctx;
    for (const p of doc.paragraphs) {
      // Most paragraphs hold no range: a native search before the regex.
      if (p.text.indexOf('至') < 0) continue;
      for (const m of p.text.matchAll(MONTH_RANGE)) {
        if (Number(m[3]) * 100 + Number(m[4]) >= Number(m[1]) * 100 + Number(m[2])) continue;
        const { start, end: stop } = spanIn(p, m.index!, m.index! + m[0].length);
        if (overlaps(doc.noise, start, stop) || overlaps(doc.hosted, start, stop)) continue;
        ctx.report({
          start, end: stop,
          message: `日期区间“${m[0]}”的结束月份早于开始月份：起止日期颠倒或有笔误。请核对，按从早到晚写出实际的起止月份。`,
        });
      }
      if (p.text.indexOf('日') < 0) continue;
      for (const m of p.text.matchAll(RANGE)) {
        const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
        const endYear = m[4] === undefined ? y : Number(m[4]);
        const endMonth = m[5] === undefined ? mo : Number(m[5]);
        if (m[4] === undefined && endMonth !== mo) continue;
        const end = Number(m[6]);
        if (endYear * 10000 + endMonth * 100 + end >= y * 10000 + mo * 100 + d) continue;
        const { start, end: stop } = spanIn(p, m.index!, m.index! + m[0].length);
        if (overlaps(doc.noise, start, stop) || overlaps(doc.hosted, start, stop)) continue;
        ctx.report({
          start, end: stop,
          message: `日期区间“${m[0]}”的结束日期早于开始日期：起止日期颠倒或有笔误。请核对，按从早到晚写出实际的起止日期。`,
        });
      }
    }
  },
};
