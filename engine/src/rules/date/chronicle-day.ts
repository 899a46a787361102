// A 大事记 (chronicle) records one month, day by day: each entry opens with its day (6日，… or a
// span 1—2日，…; entries of the same day go on with △), the days rise through the month and exist
// in it. An editor's slip shows as a day out of order (11日 typed 14日) or a day the month does not
// have (6月31日). Entries open a paragraph; a day whose paragraph before ends in 月 or a digit is
// a date a hard wrap or a page break cut (截至5月 ⏎ 31日，), not an entry. (The paragraph before an
// entry often ends mid-sentence: the extraction cuts the 大事记's lines out of order.)
import type { Rule } from '../types';
import type { Paragraph } from '../../types';
import { longestRising } from '../../parse/longest-rising';
import { daysInMonth } from '../../parse/dates';
import { overlaps } from '../spans';

/**
 * An entry's day (or span of days) at the start of a paragraph: markdown markers and spaces allowed.
 * The day is followed by its comma (6日，…) or, in a layout that sets the day apart, by spaces
 * before the entry's first character (6日　市长…, 6日 市政府…), which normalising drops.
 */
const ENTRY = /^(?:#+\s*)?(?:\*\*)?\s*(\d{1,2})\s*(?:[—\-－–~～至]\s*(\d{1,2})\s*)?日(?:\s*(?:\*\*)?\s*[，,]|(?=[\u4e00-\u9fff△]))/;
/** What normalising dropped between an entry's 日 and its first character: spaces only. */
const SPACES = /^[ \t\u3000]+$/;
/** A paragraph a date runs on from, across a wrap: …5月 ⏎ 31日. */
const DATE_CUT = /(月|\d|年|[—\-－–~～至])\s*(\*\*)?\s*$/;

interface Entry { p: Paragraph; from: number; to: number; start: number; end: number; text: string }

export const chronicleDay: Rule = {
  id: 'date/chronicle-day',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '大事记各条的日期应在所记月份之内，并按先后顺序排列。',
      en: 'A 大事记 (chronicle) records days that exist in its month, in order.',
    },
    why: '大事记按日期先后逐日记载一个月的事项（“6日，……”，同日的事项以“△”续记）：日期不存在（6月31日）或先后颠倒，必是日期打错了。语料八篇大事记的日期无一不是在本月之内、逐条递增。',
    bad: '聊城市人民政府大事记\n（2024年6月）\n6日，全市安全生产工作会议召开。\n14日，市政府常务会议召开。\n12日，全市妇女儿童工作会议召开。\n31日，全市抗旱防汛工作视频会议召开。',
    good: '聊城市人民政府大事记\n（2024年6月）\n6日，全市安全生产工作会议召开。\n11日，市政府常务会议召开。\n12日，全市妇女儿童工作会议召开。\n30日，全市抗旱防汛工作视频会议召开。',
  },
  check(ctx) {
    const d = ctx.doc;
    if (d.type !== '大事记' || !d.period) return;
    const { year, month } = d.period;
    const last = daysInMonth(year, month);
    const entries: Entry[] = [];
    d.paragraphs.forEach((p, i) => {
      const m = ENTRY.exec(p.text);
      if (!m || overlaps(d.hosted, p.start, p.end) || overlaps(d.noise, p.start, p.end)) return;
      // Without a comma the day is an entry's only when spaces set it apart in the source (normalising
      // dropped them): 3日内完成 at a paragraph's start is a wrapped sentence's.
      const day = m.index + m[0].length - 1;
      if (p.text[day] === '日' && !SPACES.test(ctx.source.text.slice(p.map[day] + 1, p.map[day + 1]))) return;
      const before = d.paragraphs[i - 1];
      if (before && DATE_CUT.test(before.text)) return;
      const from = Number(m[1]);
      const to = m[2] ? Number(m[2]) : from;
      const at = p.text.indexOf(m[1]);
      const endAt = p.text.indexOf('日', at);
      entries.push({ p, from, to, start: p.map[at], end: p.map[endAt + 1], text: p.text.slice(at, endAt + 1).replace(/\s+/g, '') });
    });
    const bad = new Set<Entry>();
    for (const e of entries) {
      if (e.from >= 1 && e.to <= last && e.from <= e.to) continue;
      bad.add(e);
      ctx.report({
        start: e.start, end: e.end,
        message: `大事记（${year}年${month}月）中的“${e.text}”不是本月的日期：${month}月只有${last}天${e.from > e.to ? '，且起止日期颠倒' : ''}。请核对日期。`,
      });
    }
    // Out of order: entries outside one longest run of rising days (the moved one, not its neighbours).
    const ok = entries.filter((e) => !bad.has(e));
    const keep = longestRising(ok.map((e) => e.from), false);
    ok.forEach((e, i) => {
      if (keep.has(i)) return;
      const next = ok.slice(i + 1).find((x, j) => keep.has(i + 1 + j) && x.from < e.from);
      const prev = ok.slice(0, i).reverse().find((x) => x.from > e.from);
      const where = next ? `排在“${next.text}”之前` : `排在“${prev!.text}”之后`;
      ctx.report({
        start: e.start, end: e.end,
        message: `大事记（${year}年${month}月）中的“${e.text}”${where}：大事记按日期先后逐日记载，请核对这一条的日期或位置。`,
      });
    });
  },
};
