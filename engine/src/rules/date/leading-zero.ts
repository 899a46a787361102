// Month and day without leading zeros (2024年07月03日 → 2024年7月3日): in the 成文日期, the
// 印发日期 and any full date in running text.
import type { Rule } from '../types';
import { datesOf, rewrite, roleName } from './common';

export const leadingZero: Rule = {
  id: 'date/leading-zero',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '日期中的月、日不编虚位（7月3日，不写07月03日）。',
      en: 'Month and day take no leading zeros (7月3日, not 07月03日).',
    },
    why: 'GB/T 9704—2012 第7.3.5.4条：成文日期“年、月、日标全，月、日不编虚位（即1不编为01）”；正文中的日期按 GB/T 15835 同样书写。',
    bad: '2024年07月03日',
    good: '2024年7月3日',
  },
  check(ctx) {
    for (const d of datesOf(ctx, true)) {
      const fix: { month?: string; day?: string } = {};
      for (const k of ['month', 'day'] as const) {
        const p = d[k];
        if (p.arabic && p.raw.length > 1 && p.raw[0] === '0' && p.value > 0) fix[k] = String(p.value);
      }
      if (!fix.month && !fix.day) continue;
      const from = fix.month ? d.month.span.start : d.day.span.start;
      const to = fix.day ? d.day.span.end : d.month.span.end;
      const whole = rewrite(ctx, d, fix);
      ctx.report({
        start: from, end: to,
        message: `${roleName(d.role)}中的月、日不编虚位（不在前面补“0”）（GB/T 9704—2012 第7.3.5.4条）：应为“${whole.replace(/[ \u3000]/g, '')}”。`,
        fix: { range: [from, to], text: whole.slice(from - d.start, whole.length - (d.end - to)) },
      });
    }
  },
};
