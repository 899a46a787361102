// The 印发日期 of the 版记 is the day the document went to print: never before its 成文日期 (the day
// it was signed). An earlier one is a slip in one of the two dates.
import type { Rule } from '../types';
import { datesOf } from './common';
import { isoDate } from '../../parse/dates';

const WHY = 'GB/T 9704—2012 第7.4.3条：印发日期以公文付印的日期为准；公文付印在签发（成文日期）之后';

export const printOrder: Rule = {
  id: 'date/print-order',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '印发日期不早于成文日期。',
      en: 'The print date (印发日期) is not before the date of writing (成文日期).',
    },
    why: WHY + '。',
    bad: '聊城市人民政府办公室\n2025年8月5日\n\n聊城市人民政府办公室      2025年8月1日印发',
    good: '聊城市人民政府办公室\n2025年8月5日\n\n聊城市人民政府办公室      2025年8月5日印发',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现就有关事项通知如下。\n\n聊城市人民政府办公室\n2025年8月5日\n\n抄送：市委办公室。\n聊城市人民政府办公室                 2025年8月1日印发\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现就有关事项通知如下。\n\n聊城市人民政府办公室\n2025年8月5日\n\n抄送：市委办公室。\n聊城市人民政府办公室                 2025年8月6日印发\n',
    },
  },
  check(ctx) {
    const signed = ctx.doc.date?.iso;
    if (!signed) return;
    for (const d of datesOf(ctx)) {
      if (d.role !== 'printed') continue;
      const [y, m, day] = [d.year.value, d.month.value, d.day.value];
      if (![y, m, day].every(Number.isFinite) || y < 1000) continue;
      const iso = isoDate(y, m, day);
      if (iso >= signed) continue;
      const [sy, sm, sd] = signed.split('-').map(Number);
      ctx.report({
        // The date, not the 印发 after it.
        start: d.start, end: d.day.span.end + 1,
        message: `印发日期${y}年${m}月${day}日早于成文日期${sy}年${sm}月${sd}日（${WHY}）：请核对两个日期。`,
      });
    }
  },
};
