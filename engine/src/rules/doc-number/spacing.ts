// No spaces inside a 发文字号. In an extracted issue a space between a Chinese character and a
// digit (`15 号`, `第 49 号`) is extraction noise (NOTES.md), in whole issues and in spaced islands
// of tight ones alike: only spaces the extraction does not make (`聊政发 〔`, `〕 15`) are reported
// there. Line breaks inside a number are hard wraps of the extraction, never reported; nor is
// the gap between a 令's issuer and its 第N号 in the 令's head. Only a space between two of the
// number's own characters is judged: a number a page break cut (`〔` ⏎ `— 17 —` ⏎ `2022〕`) or a
// page continuation re-attached (`…〔（下转第 9 页）` … `（上接第 3 页）2022〕…`) spans text that is
// no part of it, page numbers and other documents, whose spaces are not the number's.
import type { DocNumber } from '../../types';
import type { Rule } from '../types';
import { numbersToCheck, whereOf } from './common';
import { movedTextSpans } from '../../text/continuation';
import { covers } from '../spans';

const HAN = /[\u4e00-\u9fa5]/;
const DIGIT = /\d/;

export const spacing: Rule = {
  id: 'doc-number/spacing',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '发文字号内不应有空格。',
      en: 'No spaces inside a document number.',
    },
    why: 'GB/T 9704—2012 第7.2.5条规定发文字号由机关代字、年份、发文顺序号组成，中间不留空格；公报提取文本中汉字与数字之间的空格（“15 号”“第 49 号”）是提取噪声，整期或成片出现，公报中不报。',
    bad: '聊政发 〔2024〕 5号',
    good: '聊政发〔2024〕5号',
  },
  check(ctx) {
    const src = ctx.source.text;
    const issue = ctx.mode === 'issue';
    for (const { n, role } of numbersToCheck(ctx)) {
      // In a 令's or 公告's head (and its 目录 line) the issuer and 第N号 are two layout elements (two lines,
      // or one line with a space; markdown markers between): only 第N号 is judged. A citation is
      // running text, judged whole.
      const head = (n.isDecree || n.isNotice) && role !== 'cite';
      // A 公告's head is its issuer line and its number line (〔2025〕第1号 or 2019年第1号).
      const from = !head ? n.start : n.isNotice ? Math.max(n.start, n.parts.open.start) : Math.max(n.start, src.lastIndexOf('第', n.parts.seq.start));
      const runs: [number, number][] = [];
      const re = /[ \u3000\u00a0\t\r\n]+/g;
      const text = src.slice(from, n.end);
      const own = ownCharacters(src, n);
      // A number cut by a page continuation (`鲁政（下转第12页）` … `（上接第8页）办字〔2023〕143号`) is
      // read whole; the documents printed between its halves, and the spaces beside the markers,
      // are none of its characters.
      const moved = movedTextSpans(src, from, n.end);
      const inMoved = (i: number) => covers(moved, i);
      // Lines between the number's first and last (a page number and a running header at a page
      // break inside its year: `德政字〔2` ⏎ `— 63 —` ⏎ `德州市人民政府公报　2026年第3期` ⏎ `026〕5号`) are no
      // part of it, whatever spans the parser read across them.
      const firstEnd = text.search(/[\r\n]/);
      const lastStart = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (/[\r\n]/.test(m[0])) continue;
        if (firstEnd >= 0 && m.index > firstEnd && m.index < lastStart) continue;
        const a0 = from + m.index - 1;
        const b0 = from + m.index + m[0].length;
        if (moved.length && (inMoved(a0) || inMoved(b0))) continue;
        if (!own(a0) || !own(b0)) continue;
        const a = text[m.index - 1] ?? '';
        const b = text[m.index + m[0].length] ?? '';
        // The sequence in Chinese numerals (第 四十九 号, a slip doc-number/arabic-sequence writes
        // 49) stands where the digits do: its spaces are the issue's, as in 第 49 号.
        const digit = (c: string, i: number) => DIGIT.test(c) || (i >= n.parts.seq.start && i < n.parts.seq.end);
        const da = digit(a, a0);
        if (issue && da !== digit(b, b0) && HAN.test(da ? b : a)) continue;
        runs.push([from + m.index, from + m.index + m[0].length]);
      }
      if (!runs.length) continue;
      // One diagnostic per number; the fix removes exactly the reported spaces.
      let out = '';
      let at = runs[0][0];
      for (const [a, b] of runs) {
        out += src.slice(at, a);
        at = b;
      }
      // n.text is the normalised number (spaces, line breaks and markdown markers removed).
      const clean = n.text.replace(/[\s\u3000]+/g, '');
      ctx.report({
        start: runs[0][0], end: runs[runs.length - 1][1],
        message: `${whereOf(role)}中不应有空格（GB/T 9704—2012 第7.2.5条：发文字号由机关代字、年份和发文顺序号连写而成）：应为“${clean}”。`,
        fix: { range: [runs[0][0], runs[runs.length - 1][1]], text: out },
      });
    }
  },
};

/**
 * Whether a source offset holds one of the number's own characters: its code, brackets, year and
 * sequence (parts), the 第 right before the sequence and the 号 right after it.
 */
function ownCharacters(src: string, n: DocNumber): (i: number) => boolean {
  const { code, open, year, close, seq } = n.parts;
  const spans = [code, open, year, close, seq];
  let di = seq.start - 1;
  while (di >= n.start && /\s/.test(src[di])) di--;
  let hao = seq.end;
  while (hao < n.end && /\s/.test(src[hao])) hao++;
  return (i) => covers(spans, i) || (i === di && src[i] === '第') || (i === hao && src[i] === '号');
}
