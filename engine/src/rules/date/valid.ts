// A date that does not exist (2024年2月30日, 2024年13月1日).
import type { Rule } from '../types';
import { datesOf, fullYear, roleName } from './common';
import { daysInMonth, isValidDate } from '../../parse/dates';

export const valid: Rule = {
  id: 'date/valid',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '成文日期、印发日期和正文中的完整日期必须是真实存在的日期。',
      en: 'The document date, print date and full dates in the text must exist in the calendar.',
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
  },
};
