// 成文日期 and 印发日期 in Arabic numerals (二〇二四年七月三日 → 2024年7月3日).
import type { Rule } from '../types';
import type { RuleContext } from '../types';
import { datesOf, fullYear, rewrite, roleName, spacedDate, spacedDates } from './common';

/** The rewritten date, spaced where the issue spaces its dates (2021 年 10 月 22 日) and it is not. */
function written(ctx: RuleContext, date: string): string {
  return /\d[年月日]/.test(date) && spacedDates(ctx) ? spacedDate(date) : date;
}

export const arabic: Rule = {
  id: 'date/arabic',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '成文日期、印发日期应使用阿拉伯数字。',
      en: 'The date of a document (成文日期) and its print date (印发日期) are written in Arabic numerals.',
    },
    why: 'GB/T 9704—2012 第7.3.5.4条：成文日期中的数字用阿拉伯数字将年、月、日标全；第7.4.3条（印发日期）同。',
    bad: '二〇二四年七月三日',
    good: '2024年7月3日',
  },
  check(ctx) {
    for (const d of datesOf(ctx)) {
      if (d.role === 'body' || (d.year.arabic && d.month.arabic && d.day.arabic)) continue;
      const ok = [d.year, d.month, d.day].every((p) => Number.isFinite(p.value));
      const y = fullYear(d.year.value, d.year.raw, ctx);
      const want = ok ? `${y}年${d.month.value}月${d.day.value}日` : undefined;
      ctx.report({
        start: d.start, end: d.end,
        message: `${roleName(d.role)}应使用阿拉伯数字（GB/T 9704—2012 第7.3.5.4条）${want ? `：应为“${want}”` : ''}。`,
        ...(want ? { fix: { range: [d.start, d.end], text: written(ctx, rewrite(ctx, d, { year: String(y), month: String(d.month.value), day: String(d.day.value) })) } } : {}),
      });
    }
  },
};
