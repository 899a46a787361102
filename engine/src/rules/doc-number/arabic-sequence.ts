// The sequence number of a 发文字号 is written in Arabic digits (GB/T 9704—2012 第7.2.5条):
// 聊政办字〔2026〕10号, not 聊政办字〔2026〕十号. The parser reads a document's own number line so
// written as its number in digits (so that its document starts there and its 目录 entry pairs),
// and a number so written in running text not at all: the other doc-number rules judge the digits
// or nothing, so this rule looks at the text itself, in the head and in every paragraph:
// 〔four-digit year〕 then a Chinese numeral and 号, which no other text writes.
import type { Rule } from '../types';
import { chineseToNumber } from '../../parse/items';
import { overlaps } from '../spans';
import { quotedMisprint } from '../running-text';

const CN_SEQUENCE = /([〔［\[【]\s*\d{4}\s*[〕］\]】]\s*第?\s*)([〇零一二三四五六七八九十百]+)(\s*号)/g;

export const arabicSequence: Rule = {
  id: 'doc-number/arabic-sequence',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '发文字号的发文顺序号用阿拉伯数字，不用汉字数字（如“〔2026〕十号”）。',
      en: 'The sequence number of a document number is written in Arabic digits, not Chinese numerals (〔2026〕十号).',
    },
    why: 'GB/T 9704—2012 第7.2.5条：发文字号由发文机关代字、年份、发文顺序号组成，发文顺序号用阿拉伯数字（不编虚位，在阿拉伯数字后加“号”字）。用汉字数字写的发文字号也无法被检索、核对。',
    bad: '聊政办字〔2026〕十号',
    good: '聊政办字〔2026〕10号',
  },
  check(ctx) {
    const { doc } = ctx;
    const report = (start: number, end: number, numeral: string) => {
      const value = chineseToNumber(numeral);
      if (!Number.isFinite(value) || value < 1 || overlaps(doc.noise, start, end)) return;
      const exact = ctx.source.text.slice(start, end) === numeral;
      ctx.report({
        start, end,
        message: `发文字号的发文顺序号应用阿拉伯数字（GB/T 9704—2012 第7.2.5条）：“${numeral}号”应为“${value}号”。`,
        ...(exact ? { fix: { range: [start, end] as [number, number], text: String(value) } } : {}),
      });
    };
    // The head before the first paragraph (a draft's number line is read there, not as a paragraph).
    const bodyStart = doc.paragraphs.length ? doc.paragraphs[0].start : doc.end;
    const head = ctx.source.text.slice(doc.start, bodyStart);
    for (const m of head.matchAll(CN_SEQUENCE)) {
      const start = doc.start + m.index! + m[1].length;
      report(start, start + m[2].length, m[2]);
    }
    for (const p of doc.paragraphs) {
      // Cheap test first: most paragraphs hold no 号.
      if (p.text.indexOf('号') < 0) continue;
      for (const m of p.text.matchAll(CN_SEQUENCE)) {
        const at = m.index! + m[1].length;
        // A correction quotes the misprint it corrects (文号误印为“…〔2026〕十号”，现更正为…).
        if (quotedMisprint(p.text, m.index!)) continue;
        report(p.map[at], p.map[at + m[2].length - 1] + 1, m[2]);
      }
    }
  },
};
