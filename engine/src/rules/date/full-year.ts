// 成文日期 and 印发日期 with the year in full (24年7月3日 → 2024年7月3日).
import type { Rule } from '../types';
import { datesOf, fullYear, rewrite, roleName } from './common';

export const fullYearRule: Rule = {
  id: 'date/full-year',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '成文日期、印发日期的年份应标全（四位）。',
      en: 'The year of the document date and print date is written in full (four digits).',
    },
    why: 'GB/T 9704—2012 第7.3.5.4条：用阿拉伯数字将年、月、日标全，年份应标全称。',
    bad: '24年7月3日',
    good: '2024年7月3日',
  },
  check(ctx) {
    const dates = datesOf(ctx);
    const signed = dates.find((d) => d.role === 'signed' && d.year.arabic && d.year.raw.length === 4);
    for (const d of dates) {
      if (d.role === 'body' || !d.year.arabic || d.year.raw.length >= 4) continue;
      // The 印发日期 shares the year of the 成文日期 when that ends the same way.
      const y = signed && signed.year.raw.endsWith(d.year.raw) ? signed.year.value : fullYear(d.year.value, d.year.raw, ctx);
      ctx.report({
        start: d.year.span.start, end: d.year.span.end,
        message: `${roleName(d.role)}的年份“${d.year.raw}”应标全（GB/T 9704—2012 第7.3.5.4条）：应为“${rewrite(ctx, d, { year: String(y) }).replace(/[ \u3000]/g, '')}”。`,
        fix: { range: [d.year.span.start, d.year.span.end], text: String(y) },
      });
    }
  },
};
