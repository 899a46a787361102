// A document cannot cite one issued after it: judged by the registry's 成文日期 of the cited
// number, or the 成文日期 of the issue's document with that number, or, for numbers neither
// knows, by the year inside the number.
import type { Rule } from '../types';
import { asOfPhrase, zhDate } from '../as-of';
import { findByNumber } from '../../registry';
import { issueDocumentByNumber } from '../../registry/issue';
import { documentReferences } from './util';
import { overlaps } from '../spans';
import { DATE_ORDER_TOLERANCE_DAYS, isoDays } from '../doc-number/date-order';

/** A sequence number as a number (第 and leading zeros read through), or undefined. */
function seqOf(seq: string): number | undefined {
  const m = /^第?0*(\d{1,4})$/.exec(seq);
  return m ? Number(m[1]) : undefined;
}

/**
 * A dated document of the same 机关代字 and year, numbered before `seq`, dated more than
 * doc-number/date-order's tolerance after `asOf` in the registry: the number `seq` came later still.
 */
function laterOfSeries(ctx: Parameters<Rule['check']>[0], code: string, year: string, seq: number, asOf: string): { number: string; date: string } | undefined {
  // The registry's only: the issue's other documents would tie this one's findings to their dates.
  const known: { number: string; date?: string }[] = ctx.model.documents;
  const head = `${code}〔${year}〕`;
  let best: { number: string; date: string } | undefined;
  for (const k of known) {
    // Numbers rise with the dates inside a series, up to doc-number/date-order's tolerance out of order.
    if (!k.date || !k.number.startsWith(head) || isoDays(k.date) - isoDays(asOf) <= DATE_ORDER_TOLERANCE_DAYS) continue;
    const s = seqOf(k.number.slice(head.length).replace(/号$/, ''));
    if (s === undefined || s >= seq) continue;
    if (!best || k.date < best.date) best = { number: k.number, date: k.date };
  }
  return best;
}

/**
 * Whether the sentence around a citation says the cited document goes out with this one (本措施与《…》
 * （聊政办字〔2025〕6号）同步实施, 同时印发, 一并执行, 配套印发): numbers given to documents issued the
 * same day, the cited one after this one.
 */
const TOGETHER = /(?:同步|同时|一并|配套)(?:印发|出台|实施|执行|施行)|配套文件/;
function issuedTogether(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf('。', start), text.lastIndexOf('\n\n', start), start - 120);
  let to = text.indexOf('。', end);
  if (to < 0 || to > end + 120) to = end + 120;
  return TOGETHER.test(text.slice(from + 1, start)) || TOGETHER.test(text.slice(end, to));
}

export const laterDocument: Rule = {
  id: 'cross-ref/later-document',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '所引文件（《标题》（发文字号）或正文中单独写出的发文字号）的成文日期（文件登记表或本期公报所载，或发文字号中的年份）晚于本文成文日期：不可能引用尚未印发的文件。',
      en: 'A cited document (《title》（number）, or its number alone in running text) dated after the citing document (its date in the registry or in the same issue, or the year in its number).',
    },
    why: '公文只能引用已经印发的文件；按本文成文日期判断（无成文日期时按大事记所记月份、--date、本期公报最晚的成文日期或今天）。',
    // The registry dates 聊政办字〔2024〕20号 2024-12-27; the citing text is dated by its own 成文日期.
    bad: '根据《关于印发聊城市再生水利用管理办法的通知》（聊政办字〔2024〕20号），制定本细则。\n\n聊城市水务局\n2024年6月3日',
    good: '根据《关于印发聊城市再生水利用管理办法的通知》（聊政办字〔2024〕20号），制定本细则。\n\n聊城市水务局\n2025年1月3日',
  },
  check(ctx) {
    const { doc, model, asOf } = ctx;
    for (const c of documentReferences(doc, model)) {
      const n = c.number;
      if (!n || overlaps(doc.noise, c.start, c.end)) continue;
      if (doc.number && n.canonical === doc.number.canonical) continue;
      // A document of the same issue is known by its number too, though no model has it yet.
      const reg = findByNumber(model, n.canonical) ?? (ctx.mode === 'issue' ? issueDocumentByNumber(ctx.gazette, n.canonical, true) : undefined);
      if (reg?.date && reg.date > asOf) {
        ctx.report({
          start: c.start, end: c.end,
          message: `所引文件《${reg.title}》（${reg.number}）成文于${zhDate(reg.date)}，晚于${asOfPhrase(ctx, zhDate(asOf))}：不能引用尚未印发的文件，请核对发文字号或成文日期。`,
        });
        continue;
      }
      // A number the registry knows without a date (seen only cited) is placed by its year and
      // series like one it does not know.
      const dated = !!reg?.date;
      const year = Number(n.year);
      if (!dated && n.year.length === 4 && year > Number(asOf.slice(0, 4))) {
        ctx.report({
          start: c.start, end: c.end,
          message: `所引发文字号“${n.canonical}”的年份${year}晚于${asOfPhrase(ctx, zhDate(asOf))}：不能引用尚未印发的文件，请核对发文字号。`,
        });
        continue;
      }
      // A number nobody dates, after one of its own series: numbers of a 机关代字 and year rise with
      // the dates, so it was issued after this document's own number (聊政办字〔2025〕9号 citing
      // 聊政办字〔2025〕15号), or after a known one dated later than this document.
      const seq = seqOf(n.seq);
      if (dated || seq === undefined || n.year.length !== 4) continue;
      // The document's own number counts only where its year is the document's (a number whose
      // year is itself a slip, 〔2023〕 on a 2024 document, places nothing).
      const own = doc.number;
      const ownSeq = own && own.code === n.code && own.year === n.year && own.year === asOf.slice(0, 4) ? seqOf(own.seq) : undefined;
      if (ownSeq !== undefined && seq > ownSeq && !issuedTogether(ctx.source.text, c.start, c.end)) {
        ctx.report({
          start: c.start, end: c.end, severity: 'warning',
          message: `所引发文字号“${n.canonical}”与本文“${own!.canonical}”同一机关代字、同一年份，顺序号却在本文之后：发文字号按发文先后编排，不能引用尚未印发的文件，请核对发文字号。`,
        });
        continue;
      }
      const before = laterOfSeries(ctx, n.code, n.year, seq, asOf);
      if (before) {
        ctx.report({
          start: c.start, end: c.end, severity: 'warning',
          message: `所引发文字号“${n.canonical}”排在“${before.number}”（成文于${zhDate(before.date)}）之后，晚于${asOfPhrase(ctx, zhDate(asOf))}：发文字号按发文先后编排，不能引用尚未印发的文件，请核对发文字号。`,
        });
      }
    }
  },
};

