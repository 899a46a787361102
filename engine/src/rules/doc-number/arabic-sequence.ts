// The sequence number of a 发文字号 is written in Arabic digits (GB/T 9704—2012 第7.2.5条):
// 聊政办字〔2026〕10号, not 聊政办字〔2026〕十号. The parser reads a document's own number line so
// written as its number in digits (so that its document starts there and its 目录 entry pairs),
// and a 发文字号 so written in running text not at all: this rule looks at the text itself, in the
// head and in every paragraph: 〔four-digit year〕 then a Chinese numeral and 号, which no other
// text writes. A 令 cited in Chinese numerals (市人民政府令第五十二号) the parser reads, in digits;
// it is reported only where the text writes its 令 numbers of that kind in digits (a 主席令's
// numerals are its own form).
import type { Rule } from '../types';
import { chineseToNumber } from '../../parse/items';
import { overlaps } from '../spans';
import { quotedMisprint } from '../running-text';
import { DECREE_CN_GATE, findDocNumbers } from '../../parse/docNumber';

/**
 * Whether the text writes a 令 number of the issuer's kind (its code's last five characters:
 * 人民政府令, 国务院令) in Arabic digits: then its 令第五十二号 breaks the text's own form. A 主席令
 * is numbered in Chinese numerals (主席令第三十一号), and no text writes it otherwise.
 */
function arabicDecreeOf(text: string, code: string): string | undefined {
  const m = new RegExp(`[\u4e00-\u9fa5]{0,8}${code.slice(-5)}[ \u3000]*第[ \u3000]*\\d{1,4}[ \u3000]*号`).exec(text);
  return m ? findDocNumbers(m[0])[0]?.canonical : undefined;
}

const ORGAN_DECREE = /(?:人民政府|政府|国务院|部|委员会|总局|局|署)令$/;
const CN_SEQUENCE = /([〔［\[【]\s*\d{4}\s*[〕］\]】]\s*第?\s*)([〇零一二三四五六七八九十百]+)(\s*号)/g;

export const arabicSequence: Rule = {
  id: 'doc-number/arabic-sequence',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '发文字号的发文顺序号用阿拉伯数字，不用汉字数字（如“〔2026〕十号”）；政府和部门令的编号用阿拉伯数字（本令“第四十二号”应为“第42号”，主席令除外）；本文令的编号用阿拉伯数字时，引用的同类令（如“市人民政府令第五十二号”）也应用阿拉伯数字。',
      en: 'The sequence number of a document number is written in Arabic digits, not Chinese numerals (〔2026〕十号); so is a government\'s or department\'s own 令 number (第四十二号 → 第42号; a 主席令 aside); where the text numbers its 令 in digits, a 令 of that kind cited in numerals (市人民政府令第五十二号) is reported too.',
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
    // The document's own 令 number in Chinese numerals (聊城市人民政府令 ⏎ 第四十二号): an organ numbers
    // its 令 in digits (国务院令第752号, 山东省人民政府令第352号, 聊城市人民政府令第48号); only a 主席令
    // is numbered in numerals, which ORGAN_DECREE leaves out.
    const own = doc.number;
    if (own?.isDecree && own.seqNumeral && ORGAN_DECREE.test(own.code) && !overlaps(doc.noise, own.start, own.end)) {
      const { start, end } = own.seqNumeral;
      const numeral = ctx.source.text.slice(start, end);
      const exact = String(chineseToNumber(numeral)) === own.seq;
      ctx.report({
        start, end,
        message: `令的编号“${own.code}第${numeral}号”的序号用了汉字数字：政府和部门的令编号用阿拉伯数字（如“国务院令第752号”），应为“${own.code}第${own.seq}号”。`,
        ...(exact ? { fix: { range: [start, end] as [number, number], text: own.seq } } : {}),
      });
    }
    const codes = ctx.model.codes.map((c) => c.code);
    for (const p of doc.paragraphs) {
      // Cheap test first: most paragraphs hold no 号.
      if (p.text.indexOf('号') < 0) continue;
      for (const m of p.text.matchAll(CN_SEQUENCE)) {
        const at = m.index! + m[1].length;
        // A correction quotes the misprint it corrects (文号误印为“…〔2026〕十号”，现更正为…).
        if (quotedMisprint(p.text, m.index!)) continue;
        report(p.map[at], p.map[at + m[2].length - 1] + 1, m[2]);
      }
      // A 令 cited with its number in Chinese numerals (市人民政府令第五十二号), in a text whose own
      // 令 numbers of that kind are Arabic (聊城市人民政府令第52号).
      if (p.text.indexOf('令') < 0 || !DECREE_CN_GATE.test(p.text)) continue;
      for (const n of findDocNumbers(p.text, p.map, 0, codes)) {
        // An organ's 令 (a bare 令第五十二号 names no kind to compare with).
        if (!n.seqNumeral || !ORGAN_DECREE.test(n.code) || overlaps(doc.noise, n.start, n.end)) continue;
        // A correction quoting the misprint (令号误印为“聊城市人民政府令第五十八号”), as above.
        if (quotedMisprint(p.text, p.map.findIndex((o) => o >= n.start))) continue;
        const arabic = arabicDecreeOf(ctx.source.text, n.code);
        if (!arabic) continue;
        const { start, end } = n.seqNumeral;
        const numeral = ctx.source.text.slice(start, end);
        const exact = String(chineseToNumber(numeral)) === n.seq;
        ctx.report({
          start, end,
          message: `令的编号“${n.text}”的序号用了汉字数字，本文的令编号用阿拉伯数字（如“${arabic}”）：应为“${n.code}第${n.seq}号”。`,
          ...(exact ? { fix: { range: [start, end] as [number, number], text: n.seq } } : {}),
        });
      }
    }
  },
};
