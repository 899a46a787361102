// structure/missing-date: a document signed by its issuer must carry a 成文日期 under the
// signature (GB/T 9704 7.3.5). Drafts only: in an extracted gazette issue closings are
// truncated and signatures displaced by the extraction (NOTES: extraction noise), so a missing
// date there says nothing about the document. A 决议 is dated by the line under its title that says
// when and by which meeting it was passed: a draft with neither that line nor a date is reported.
import type { Rule } from '../types';
import { looksLikeIssuer } from '../../parse/document';
import { dateOnlyOf } from '../../parse/dates';

/** A 附注, 抄送 or 印发 line of a document's end. */
const CLOSING = /^[（(][^（）()]{2,40}[）)]$|^抄送[：:]|印发$/;

export const missingDate: Rule = {
  id: 'structure/missing-date',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '有发文机关署名的公文应在署名下标注成文日期（用阿拉伯数字，如“2024年7月3日”）；决议在标题下用圆括号注明通过的日期和会议。',
      en: 'A document signed by its issuer carries a date of writing (成文日期) under the signature; a 决议 says in brackets under its title when and by which meeting it was passed.',
    },
    why: 'GB/T 9704—2012 第7.3.5条：公文应有发文机关署名和成文日期，成文日期署会议通过或发文机关负责人签发的日期，用阿拉伯数字将年、月、日标全。',
    bad: '……特此通知。\n聊城市人民政府办公室',
    good: '……特此通知。\n聊城市人民政府办公室\n2024年7月3日',
  },
  check(ctx) {
    const { doc } = ctx;
    if (ctx.mode !== 'draft' || doc.date || doc.type === '大事记') return;
    // A 决议 is dated by the meeting that passed it, in brackets under its title (（2025年3月5日…会议通过）).
    if (doc.type === '决议') {
      const first = doc.paragraphs[0]?.text ?? '';
      if (!doc.title || /^[（(].{4,}(?:通过|批准)[）)]$/.test(first) || doc.paragraphs.some((p) => dateOnlyOf(p))) return;
      ctx.report({
        start: doc.title.start, end: doc.title.end,
        message: '决议缺少通过日期：决议的日期是会议通过的日期，应在标题下一行用圆括号注明通过的日期和会议，如“（2025年3月5日聊城市第十八届人民代表大会第四次会议通过）”。',
      });
      return;
    }
    const paras = doc.paragraphs;
    // The main body ends where the first attached document starts.
    const end = doc.attachments.length ? paras.findIndex((p) => p.start >= doc.attachments[0].start) : paras.length;
    let last = end < 0 ? paras.length : end;
    // Without a date the closing lines after the signature stay paragraphs: the 附注
    // (（此件公开发布）), 抄送 and 印发 lines. The signature is before them.
    while (last > 2 && CLOSING.test(paras[last - 1].text)) last--;
    if (last < 2) return;
    // The signature: one of the last two paragraphs of the body, after some body text.
    for (let k = last - 1; k >= Math.max(1, last - 2); k--) {
      const p = paras[k];
      if (!looksLikeIssuer(p.text)) continue;
      // A date written in some other form is the date family's business, not a missing date.
      // The source lines: a draft for signing leaves the day blank (2026年6月　日), and a paragraph's
      // text drops the spaces between Chinese characters (redteam7).
      const after = paras.slice(k + 1, last).map((q) => ctx.source.text.slice(q.start, q.end)).join('');
      if (/年.{1,3}月.{1,4}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}/.test(after)) return;
      if (!/[。！；]$/.test(paras[k - 1].text) && !/^附件/.test(paras[k - 1].text)) return;
      ctx.report({
        start: p.start, end: p.end,
        message: `署名“${p.text}”下缺少成文日期（GB/T 9704—2012 第7.3.5条）：应在署名下一行写成文日期，用阿拉伯数字标全年、月、日，如“2024年7月3日”。`,
      });
      return;
    }
  },
};
