// date/weekday: a date followed by its day of the week (2026年6月30日（星期二）) names the day the
// calendar gives. A wrong weekday means the date or the weekday was copied from another year or
// month; a reader cannot tell which one is meant.
import type { Rule } from '../types';
import { datesOf, fullYear } from './common';
import { isValidDate } from '../../parse/dates';

/** 星期X / 周X / 礼拜X right after a date, bracketed or not (spaces allowed before it). */
const WEEKDAY = /^\s*([（(]?)\s*(星期|周|礼拜)([一二三四五六日天])/;
const NAMES = ['日', '一', '二', '三', '四', '五', '六'];
/** The weekdays of a span after its last date (…至2026年1月2日（星期三至星期五）): the last one is that date's. */
const SPAN_END = /^[至到—－\-～~]\s*(?:星期|周|礼拜)?([一二三四五六日天])/;

export const weekday: Rule = {
  id: 'date/weekday',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '日期后括注的星期应与日历相符（2026年6月30日是星期二）。',
      en: 'A weekday written after a date (2026年6月30日（星期二）) is the one the calendar gives.',
    },
    why: '星期与日期不符，多因沿用旧稿或年份、月份写错；收文单位无法判断以哪一个为准。',
    bad: '请于2026年6月30日（星期三）前报送。',
    good: '请于2026年6月30日（星期二）前报送。',
  },
  check(ctx) {
    // Cheap test first: no weekday word in this document, nothing to judge (an issue's other
    // documents hold 周年 or 周边 somewhere). Its own text (ctx.ownText), not indexOf from the
    // document's start, which would read on to the end in every document without one.
    const own = ctx.ownText();
    if (!own.includes('星期') && !own.includes('周') && !own.includes('礼拜')) return;
    const src = ctx.source.text;
    for (const d of datesOf(ctx, true)) {
      const m = WEEKDAY.exec(src.slice(d.end, d.end + 12));
      if (!m) continue;
      const [y, mo, day] = [fullYear(d.year.value, d.year.raw, ctx), d.month.value, d.day.value];
      if (![y, mo, day].every(Number.isFinite) || !isValidDate(y, mo, day)) continue;
      const actual = NAMES[new Date(Date.UTC(y, mo - 1, day)).getUTCDay()];
      const span = SPAN_END.exec(src.slice(d.end + m[0].length, d.end + m[0].length + 6).trimStart());
      const day0 = span ? span[1] : m[3];
      const written = day0 === '天' ? '日' : day0;
      if (written === actual) continue;
      // A span's weekdays: the message names the last, this date's.
      if (span) {
        ctx.report({
          start: d.start, end: d.end + m[0].length,
          message: `${d.text}是${m[2]}${actual}，不是${m[2]}${day0}（日期与星期不符，可能沿用了旧稿）：若日期无误，应为“${m[2]}${actual}”；否则请改正日期。`,
        });
        continue;
      }
      const start = d.end + m.index + m[0].length - m[2].length - 1;
      ctx.report({
        start: d.start, end: start + m[2].length + 1,
        message: `${d.text}是${m[2]}${actual}，不是${m[2]}${m[3]}（日期与星期不符，可能沿用了旧稿）：若日期无误，应为“${m[2]}${actual}”；否则请改正日期。`,
      });
    }
  },
};
