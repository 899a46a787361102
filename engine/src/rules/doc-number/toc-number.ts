// A 目录 entry's 发文字号 is its document's, copied: an entry whose number names no document of the
// issue, listing (by its title, the only one so titled) a document whose number no entry lists,
// carries a slip of the copy or of the body. Reported at the entry, with the body's number as a
// suggestion, not a fix: which of the two is the slip is the reader's to say.
// Where the body's own number is what other rules find wrong (its year not its 成文日期's, its
// code unknown or not the series of its 发文机关标志, a two-digit year), the body is the slip: they
// report it there, and this rule stays silent (its fix would copy the slip into the 目录).
import type { Rule } from '../types';
import type { DocNumber, Fix } from '../../types';
import { sameNumberPairs, titlePairs } from '../toc';
import { canonicalDisplay } from './common';
import { numberKey } from './duplicate';
import { seriesProblems } from './series';
import { chineseToNumber } from '../../parse/items';

export const tocNumber: Rule = {
  id: 'doc-number/toc-number',
  severity: 'error',
  fixable: true,
  scope: 'gazette',
  reads: ['number', 'title', 'date', 'issuerMark'],
  docs: {
    description: {
      zh: '公报目录中的发文字号应与所列文件正文的发文字号一致。',
      en: "A gazette issue's table of contents (目录) lists each document under the number its body carries.",
    },
    why: '公报目录逐篇照录文件的标题和发文字号，目录是正文的抄录；发文字号一文一号（GB/T 9704—2012 第7.2.5条），目录与正文不一致，读者按目录查找或引用就会出错。语料四期公报的55个目录条目与正文的发文字号无一不同。',
    bad: '目录\n关于任命王晓东职务的通知\n聊政任〔2022〕4号 33\n……\n聊城市人民政府关于任命王晓东职务的通知\n聊政任〔2022〕5号',
    good: '目录\n关于任命王晓东职务的通知\n聊政任〔2022〕5号 33\n……\n聊城市人民政府关于任命王晓东职务的通知\n聊政任〔2022〕5号',
    test: {
      bad: '聊城市人民政府公报\n2022\n第3期\n目录\n◎政务动态\n关于任免刘海涛等工作人员职务的通知\n聊政任〔2022〕3号 32\n关于任命王晓东职务的通知\n聊政任〔2022〕4号 33\n\n聊城市人民政府关于任免刘海涛等工作人员职务的通知\n聊政任〔2022〕3号\n各县（市、区）人民政府，市政府各部门：\n市人民政府决定，任命刘海涛为聊城市交通运输局局长。\n聊城市人民政府\n2022年3月9日\n\n聊城市人民政府关于任命王晓东职务的通知\n聊政任〔2022〕5号\n各县（市、区）人民政府，市政府各部门：\n市人民政府决定，任命王晓东为聊城市大数据局副局长。\n聊城市人民政府\n2022年3月20日\n',
      good: '聊城市人民政府公报\n2022\n第3期\n目录\n◎政务动态\n关于任免刘海涛等工作人员职务的通知\n聊政任〔2022〕3号 32\n关于任命王晓东职务的通知\n聊政任〔2022〕5号 33\n\n聊城市人民政府关于任免刘海涛等工作人员职务的通知\n聊政任〔2022〕3号\n各县（市、区）人民政府，市政府各部门：\n市人民政府决定，任命刘海涛为聊城市交通运输局局长。\n聊城市人民政府\n2022年3月9日\n\n聊城市人民政府关于任命王晓东职务的通知\n聊政任〔2022〕5号\n各县（市、区）人民政府，市政府各部门：\n市人民政府决定，任命王晓东为聊城市大数据局副局长。\n聊城市人民政府\n2022年3月20日\n',
    },
  },
  check(ctx) {
    const g = ctx.gazette;
    const { model } = ctx;
    // The same 令 number with its sequence in Chinese numerals (令第五十二号) where the body prints it
    // in Arabic digits (令第52号): the copy changed its form.
    for (const { toc, doc } of sameNumberPairs(g)) {
      const tn = toc.number!;
      const numeral = tn.seqNumeral;
      if (!numeral || doc.number!.seqNumeral) continue;
      const written = ctx.source.text.slice(numeral.start, numeral.end);
      const exact = String(chineseToNumber(written)) === tn.seq;
      ctx.report({
        start: numeral.start, end: numeral.end,
        message: `目录中令的编号用了汉字数字“第${written}号”，所列文件正文写作“${canonicalDisplay(doc.number!)}”：公报目录照录正文，序号应为“${tn.seq}”。`,
        ...(exact ? { fix: { range: [numeral.start, numeral.end] as [number, number], text: tn.seq } } : {}),
      });
    }
    const known = (code: string) => model.codes.some((c) => c.code === code);
    for (const { toc, index, doc } of titlePairs(g)) {
      const tn = toc.number!;
      const bn = doc.number!;
      if (tn.isDecree !== bn.isDecree || tn.isNotice !== bn.isNotice) continue;
      // A year not of four digits is doc-number/year's, in the 目录 or in the body.
      if (!tn.isDecree && (!/^\d{4}$/.test(tn.year) || !/^\d{4}$/.test(bn.year))) continue;
      const codeDiff = tn.code !== bn.code;
      let unsure = false;
      const yearDiff = tn.year !== bn.year;
      const seqDiff = Number(tn.seq) !== Number(bn.seq);
      if (codeDiff) {
        // A code the model does not know is doc-number/unknown-code's (the body's slip, or the
        // 目录's with the nearest code as its fix); a code against its mark is doc-number/series'.
        // Two codes it knows neither of (another city's issue: 德政发 / 德政字) it cannot judge
        // either: only the 目录 and the body disagree, and which is the slip is the reader's to say.
        if (model.codes.length && (known(tn.code) !== known(bn.code))) continue;
        if (model.codes.length && !known(tn.code) && !known(bn.code)) unsure = true;
        if (seriesProblems(doc, model)?.problems.length) continue;
      }
      if (yearDiff) {
        const y = doc.date?.iso?.slice(0, 4);
        // The body's year is not its 成文日期's: doc-number/year-date reports the body.
        if (y && y !== bn.year) continue;
        // The entry lists this very document with its code and sequence: doc-number/year-date
        // reports the entry's year against the date, with the same fix.
        if (y && !codeDiff && !seqDiff && g.documents[index] === doc) continue;
      }
      const fix = fixOf(tn, bn, codeDiff, yearDiff, seqDiff);
      const line = ctx.source.positionAt(bn.start).line + 1;
      const want = canonicalDisplay(bn);
      ctx.report({
        start: tn.start, end: tn.end,
        // The fix first, where it is known: the reason after it.
        message: `目录中的发文字号“${numberKey(tn)}”${unsure ? '与所列文件正文的不一致' : `应为“${want}”`}：第${line}行《${doc.title!.text}》正文的发文字号是“${want}”，本期没有发文字号为“${numberKey(tn)}”的文件（公报目录照录每份文件的标题和发文字号，一文一号，GB/T 9704—2012 第7.2.5条）${unsure ? '：请核对目录和正文，统一为正确的一个' : '；若是正文印错，请改正文'}。`,
        // Only a suggestion: an entry naming no document is as often a slip of the body's number
        // (a number used twice, out of its series' date order) copied right in the 目录, and
        // copying the body's number over it would damage the correct line.
        suggestions: [{ desc: `改为“${want}”`, fix }],
      });
    }
  },
};

/** The body's number over the entry's: only the part that differs when one does (the entry's spacing kept). */
function fixOf(tn: DocNumber, bn: DocNumber, code: boolean, year: boolean, seq: boolean): Fix {
  const parts = [code && 'code', year && 'year', seq && 'seq'].filter(Boolean) as ('code' | 'year' | 'seq')[];
  if (parts.length === 1) {
    const p = parts[0];
    const span = tn.parts[p];
    const text = p === 'code' ? bn.code : p === 'year' ? bn.year : String(Number(bn.seq));
    if (span.end > span.start) return { range: [span.start, span.end], text };
  }
  return { range: [tn.start, tn.end], text: canonicalDisplay(bn) };
}
