// An ellipsis or a dash typed on a Western keyboard: ... (or ......) and a lone … for the
// six-dot ……, -- for the two-em ——. GB/T 15834 writes 省略号 as …… and 破折号 as ——. A single
// — between Chinese words is the 连接号 (山东—济州, 湖南路—建设路段; the gazettes print many) and is
// left alone; so are dot leaders before a page number (标题......3) and ASCII runs (URLs, code).
import type { Rule } from '../types';
import { overlaps } from '../spans';
import { spanIn } from '../../parse/paragraphs';

const WHY = 'GB/T 15834—2011《标点符号用法》：省略号为六个点“……”，破折号为两字线“——”';
/** Chinese text or a Chinese mark next to the slip: the run belongs to a Chinese sentence. */
const CJK = /[\u4e00-\u9fa5，。；：、“”‘’（）《》！？]/;
/** Three or more ASCII or full-width dots, a lone …, or two or more hyphens. */
const SLIP = /\.{3,}|．{3,}|(?<!…)…(?!…)|-{2,}|－{2,}/g;
/** What every SLIP or RANGE starts with (a pair where one alone is common: 2.5, LC-2025). */
const ANY = /\.\.|．．|…|--|－－|\d\s*[-－~]\s*\d/;
/**
 * A span of years written with a hyphen or a half-width ~ (2025-2027年): GB/T 15834 marks a range
 * with the 一字线 — or the 浪纹线 ～. Two years rising, the second followed by 年; not inside a
 * longer number or code (LCCR-2021-01).
 */
const RANGE = /(?<![\dA-Za-z\-－])((?:19|20)\d\d)\s*([-－~])\s*((?:19|20)\d\d)(?=\s*年)/g;

function ranges(ctx: Parameters<Rule['check']>[0], p: { text: string; map: number[] }): void {
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(p.text); m; m = RANGE.exec(p.text)) {
    if (Number(m[3]) <= Number(m[1])) continue;
    const i = m.index + m[0].indexOf(m[2], m[1].length);
    const at = p.map[i];
    if (ctx.source.text[at] !== m[2] || overlaps(ctx.doc.noise, at, at + 1)) continue;
    ctx.report({
      start: at, end: at + 1,
      message: `表示年份起止应使用连接号“—”，不用“${m[2]}”（GB/T 15834—2011《标点符号用法》：标示数值范围用一字线“—”或浪纹线“～”）：应为“${m[1]}—${m[3]}年”。`,
      fix: { range: [at, at + 1], text: '—' },
    });
  }
}

export const ellipsisDash: Rule = {
  id: 'punctuation/ellipsis-dash',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '中文的省略号写作“……”（不用“...”或单个“…”），破折号写作“——”（不用“--”），年份起止用连接号“—”（不用“2025-2027年”的“-”）；汉字间单个“—”是连接号，不报告。',
      en: 'A Chinese ellipsis is …… (not ... or a single …), a dash is —— (not --), and a span of years takes the connecting — (not the hyphen of 2025-2027年); a single — between Chinese words is the connecting mark and is not reported.',
    },
    why: WHY + '。',
    bad: '改造供水、供电、供气管网...坚持以人民为中心--统筹推进。',
    good: '改造供水、供电、供气管网……坚持以人民为中心——统筹推进。',
  },
  check(ctx) {
    // The source read only where a slip is found: a run that reads none is kept on a document an
    // edit is near but not in (lintIncremental).
    const { doc } = ctx;
    for (const p of doc.paragraphs) {
      const t = p.text;
      // One scan for the many paragraphs without any of these marks.
      if (!ANY.test(t)) continue;
      ranges(ctx, p);
      SLIP.lastIndex = 0;
      for (let m = SLIP.exec(t); m; m = SLIP.exec(t)) {
        const i = m.index;
        const j = i + m[0].length;
        const dash = m[0][0] === '-' || m[0][0] === '－';
        // In a Chinese sentence: Chinese before it, and for a dash after it too (2024--2025, a--b are not).
        if (!CJK.test(t[i - 1] ?? '') || (dash && !CJK.test(t[j] ?? ''))) continue;
        // A dot leader before a page number (目录: 标题......3).
        if (!dash && /^\s*\d+\s*$/.test(t.slice(j))) continue;
        const { start, end } = spanIn(p, i, j);
        // As written in the source (not joined across a line break), outside extraction noise.
        if (ctx.source.text.slice(start, end) !== m[0] || overlaps(doc.noise, start, end)) continue;
        const want = dash ? '——' : '……';
        ctx.report({
          start, end,
          message: `${dash ? '破折号' : '省略号'}应写作“${want}”，不用“${m[0]}”（${WHY}）。`,
          fix: { range: [start, end], text: want },
        });
      }
    }
  },
};
