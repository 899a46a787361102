// A draft dated after today. Only drafts: the documents of a gazette issue are historical, and
// their dates are never judged against today.
import type { Rule } from '../types';
import { datesOf, fullYear, roleName } from './common';
import { zhDate } from '../as-of';
import { isoDate, isValidDate } from '../../parse/dates';


export const future: Rule = {
  id: 'date/future',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '草稿的成文日期、印发日期不应晚于今天（公报中的文件不检查）。',
      en: 'A draft is not dated (signed or printed) after today; gazette issues are not checked.',
    },
    why: 'GB/T 9704—2012 第7.3.5.4条：成文日期署会议通过或者发文机关负责人签发的日期，不会晚于今天；多为年份或月份笔误。',
    // The test pins today at 2026-11-22: 2036 is a slip for 2026.
    bad: '聊城市人民政府办公室\n2036年11月20日',
    good: '聊城市人民政府办公室\n2026年11月20日',
  },
  check(ctx) {
    if (ctx.mode !== 'draft') return;
    for (const d of datesOf(ctx)) {
      if (d.role === 'body') continue;
      const [y, m, day] = [fullYear(d.year.value, d.year.raw, ctx), d.month.value, d.day.value];
      if (![y, m, day].every(Number.isFinite) || !isValidDate(y, m, day)) continue;
      const when = isoDate(y, m, day);
      if (when <= ctx.today) continue;
      ctx.report({
        start: d.start, end: d.end,
        message: `${roleName(d.role)}“${d.text}”晚于今天（${zhDate(ctx.today)}）：公文签发、付印的日期不会晚于今天，多为年份或月份的笔误（GB/T 9704—2012 第7.3.5.4条）。请核对年份、月份，改为实际的日期。`,
      });
    }
  },
};
