// date/body-arabic: a year (or a full date) in running text written in Chinese numerals
// (二〇二八年, 二〇二五年十二月三十一日) in a text that writes its other years in Arabic numerals.
// Usually pasted from another text or an older draft; one text writes its dates one way.
import type { Rule } from '../types';
import { cnSmall, cnYear } from './common';
import { overlaps } from '../spans';

/** A Chinese-numeral year of four digits, with its month and day when given. */
const CN_DATE = /(?<![〇零○一二三四五六七八九十])([〇零○一二三四五六七八九]{4})年(?:([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?)?/g;
/** An Arabic year elsewhere in the text. */
const AR_YEAR = /(?<!\d)(?:19|20)\d{2}\s*年/;

export const bodyArabic: Rule = {
  id: 'date/body-arabic',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '正文中的年份、日期与全文一致使用阿拉伯数字：其他年份写作“2026年”时，不写“二〇二八年”（引用的文件标题照原文）。',
      en: 'A year or date in running text is written in Arabic numerals like the text\'s other years: not 二〇二八年 beside 2026年 (a cited title keeps its own wording).',
    },
    why: 'GB/T 15835—2011《出版物上数字用法》：公历年月日用阿拉伯数字；GB/T 9704—2012 第7.3.5.4条成文日期亦用阿拉伯数字。同一文件中年份写法不一，多为从他处粘贴或沿用旧稿。',
    bad: '到二〇二八年，全市地热能供暖面积达到3000万平方米以上。',
    good: '到2028年，全市地热能供暖面积达到3000万平方米以上。',
    test: {
      bad: '聊城市人民政府文件\n\n聊政发〔2026〕3号\n\n聊城市人民政府关于加快地热能规模化开发利用的意见\n\n各县（市、区）人民政府，市政府各部门：\n\n到二〇二八年，全市地热能供暖面积达到3000万平方米以上。\n\n本意见自2026年3月1日起施行。\n\n聊城市人民政府\n\n2026年2月5日\n',
      good: '聊城市人民政府文件\n\n聊政发〔2026〕3号\n\n聊城市人民政府关于加快地热能规模化开发利用的意见\n\n各县（市、区）人民政府，市政府各部门：\n\n到2028年，全市地热能供暖面积达到3000万平方米以上。\n\n本意见自2026年3月1日起施行。\n\n聊城市人民政府\n\n2026年2月5日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const src = ctx.ownText();
    // Cheap test first: a Chinese-numeral year holds 〇, 零 or ○.
    if (!/[〇零○]/.test(src) || !AR_YEAR.test(src)) return;
    for (const p of doc.paragraphs) {
      if (!/[〇零○]/.test(p.text)) continue;
      if (overlaps(doc.hosted, p.start, p.end) || overlaps(doc.noise, p.start, p.end)) continue;
      // A paragraph that is only a date is a 成文日期, also with a slip (。 after it, 号, 日 left
      // out): date/arabic and date/form report it.
      if (/^[〇零○一二三四五六七八九十]+年[一二三四五六七八九十]+月[一二三四五六七八九十]+[日号]?[。．.]?$/.test(p.text)) continue;
      for (const m of p.text.matchAll(CN_DATE)) {
        const i = m.index!;
        // Inside 《》 the title of a cited text, inside “” a quoted wording: kept as written.
        if (inside(p.text, i, '《', '》') || inside(p.text, i, '“', '”')) continue;
        // The central planning documents' own wording, repeated as a set phrase (展望二〇三五年,
        // 二〇三五年远景目标: the 规划建议's heading and title), not a year the text dates by.
        if (!m[2] && (p.text.slice(Math.max(0, i - 2), i) === '展望' || p.text.startsWith('远景目标', i + m[0].length))) continue;
        const y = cnYear(m[1]);
        const mo = m[2] ? cnSmall(m[2]) : undefined;
        const d = m[3] ? cnSmall(m[3]) : undefined;
        if (!Number.isFinite(y) || (mo !== undefined && !Number.isFinite(mo)) || (d !== undefined && !Number.isFinite(d))) continue;
        const want = `${y}年${mo !== undefined ? `${mo}月` : ''}${d !== undefined ? `${d}日` : ''}`;
        const start = p.map[i];
        const end = p.map[i + m[0].length - 1] + 1;
        ctx.report({
          start, end,
          message: `“${m[0]}”用了汉字数字，本文其他年份用阿拉伯数字：应为“${want}”（GB/T 15835—2011，全文统一）。`,
          // Only when the source holds the match as one run (no wrap or space inside).
          ...(ctx.source.text.slice(start, end) === m[0] ? { fix: { range: [start, end] as [number, number], text: want } } : {}),
        });
      }
    }
  },
};

/** Whether index `i` of `text` is between an `open` and its `close`. */
function inside(text: string, i: number, open: string, close: string): boolean {
  const o = text.lastIndexOf(open, i);
  return o >= 0 && text.lastIndexOf(close, i) < o;
}
