// The document's own number carries the year of its 成文日期 (the number is assigned when the
// document is issued). Also checked on the 目录 entry that lists the document.
// When the date is what cannot be right, the date is the slip, not the number: a date after the
// issue's year in a gazette issue whose number has the issue's year (2027年2月18日 under
// 聊政办字〔2025〕5号 in 2025年第2期) is reported at the date, once and without a fix (the fix
// would have made the number 〔2027〕, in the body and the 目录); a draft dated after today whose
// number is of this year or before is date/future's (the fix would have dated the number ahead).
// When the number's year is printed twice (the body and its 目录 entry) or is the issue's year, and
// the date is of another (an earlier) year, either may be the slip: reported without a fix.
import type { Rule } from '../types';
import type { DocNumber, GwDocument } from '../../types';
import type { RuleContext } from '../types';
import { canonicalDisplay, numbersToCheck, whereOf, type NumberRole } from './common';
import { tocTitleKey } from '../toc';

export const yearDate: Rule = {
  id: 'doc-number/year-date',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '文件自身发文字号的年份应与成文日期的年份一致。',
      en: "The year in a document's own number must be the year of its date (成文日期).",
    },
    why: 'GB/T 9704—2012 第7.2.5条（年份为发文年份）与第7.3.5.4条（成文日期）；语料中每份文件发文字号的年份都等于其成文日期的年份。',
    bad: '聊政发〔2023〕5号\n……\n2024年7月3日',
    good: '聊政发〔2024〕5号\n……\n2024年7月3日',
    // The number is judged against the same document's 成文日期: whole documents for the test.
    test: {
      bad: '聊城市人民政府文件\n\n聊政发〔2023〕5号\n\n聊城市人民政府\n关于做好防汛抗旱工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n    为做好今年防汛抗旱工作，现通知如下。\n\n聊城市人民政府\n2024年7月3日\n',
      good: '聊城市人民政府文件\n\n聊政发〔2024〕5号\n\n聊城市人民政府\n关于做好防汛抗旱工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n    为做好今年防汛抗旱工作，现通知如下。\n\n聊城市人民政府\n2024年7月3日\n',
    },
  },
  check(ctx) {
    const issueYear = ctx.mode === 'issue' ? ctx.gazette.cover?.year : undefined;
    for (const c of numbersToCheck(ctx)) {
      const { n, role } = c;
      if (role === 'cite' || n.isDecree || /令$/.test(n.code) || n.year.length !== 4) continue;
      const doc = c.doc;
      const date = doc?.date;
      const y = date?.iso?.slice(0, 4);
      if (!date || !y || y === n.year) continue;
      // A 目录 entry is judged against the document it lists, when it is recognisably that one.
      if (role === 'toc' && (!doc?.number || doc.number.code !== n.code || Number(doc.number.seq) !== Number(n.seq))) continue;
      if (ctx.mode === 'draft' && date.iso! > ctx.today && Number(n.year) <= Number(ctx.today.slice(0, 4))) continue;
      if (issueYear && Number(y) > issueYear && Number(n.year) <= issueYear) {
        if (role !== 'own') continue;
        ctx.report({
          start: date.start, end: date.end,
          message: `成文日期“${date.text}”的年份与发文字号“${canonicalDisplay(n, n.year)}”的年份不一致，且晚于本期公报的年份（${issueYear}年）：应是成文日期有误，请核对成文日期的年份（GB/T 9704—2012 第7.2.5条、第7.3.5.4条）。`,
        });
        continue;
      }
      const span = n.parts.year;
      // The number printed twice with this year (the body and its 目录 entry), or with the issue's
      // year, against one date of an earlier year: the date is as likely the slip, and a fix would
      // copy it into the number (and its 目录 entry). Reported, no fix.
      const twice = witnessed(ctx, n, role, doc!);
      if (twice || (issueYear && Number(n.year) === issueYear && Number(y) < issueYear)) {
        const against = twice ? `本文的发文字号在正文和目录中都印作“${n.year}”年` : `发文字号的年份是本期公报的年份（${issueYear}年）`;
        ctx.report({
          start: span.start, end: span.end,
          message: `${whereOf(role)}的年份“${n.year}”与成文日期“${date.text}”不一致，而${against}：发文字号应标发文年份（GB/T 9704—2012 第7.2.5条），请核对是成文日期还是发文字号的年份有误。`,
        });
        continue;
      }
      ctx.report({
        start: span.start, end: span.end,
        message: `${whereOf(role)}的年份“${n.year}”与成文日期“${date.text}”不一致：发文字号应标发文年份（GB/T 9704—2012 第7.2.5条）：应为“${canonicalDisplay(n, y)}”。`,
        fix: { range: [span.start, span.end], text: y },
      });
    }
  },
};

/**
 * Whether the number's year is printed twice, in the document's own number and in its 目录 entry
 * (the same sequence, and the same code or the same title): against a date of another year, which
 * of them is the slip is not known.
 */
function witnessed(ctx: RuleContext, n: DocNumber, role: NumberRole, doc: GwDocument): boolean {
  if (role === 'toc') return doc.number?.year === n.year;
  const title = doc.title && tocTitleKey(doc.title.text);
  return ctx.gazette.toc.some((t) => !!t.number && t.number.year === n.year && Number(t.number.seq) === Number(n.seq) &&
    (t.number.code === n.code || (!!title && tocTitleKey(t.title.text) === title)));
}
