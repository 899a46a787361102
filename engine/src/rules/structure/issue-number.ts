// An issue prints its year, its 期数 and its 总期数 twice before the 目录 (the cover: 2024 ⏎
// 第6-8期（总第255-257期）; the masthead: 2024年第6-8期 ⏎ (总第255-257期)), and each mention says
// the same: a combined issue (第6-8期) counts as many 总期数 as 期数 (总第255-257期). A 大事记
// records a month of the issue: where the issue's other 大事记 show its 期数 are its months, one
// outside them is a slip, and so is a document signed after them. An editor updating last issue's front matter slips in one of these.
import type { Rule } from '../types';
import type { GwDocument } from '../../types';
import { isoDate } from '../../parse/dates';

interface Mention { start: number; end: number; text: string; from: number; to: number }

const ISSUE = /(?<![总\d])第\s*(\d{1,3})\s*(?:[-—–－~～]\s*(\d{1,3})\s*)?期/g;
const TOTAL = /总\s*第\s*(\d{1,4})\s*(?:[-—–－~～]\s*(\d{1,4})\s*)?期/g;
/** A year: a line of four digits (the cover) or 2024年 before 第…期 (the masthead). */
const YEAR = /(?:^|\n)[#\s*]*(\d{4})\s*(?:年(?=\s*第)|(?=\s*(?:\n|$)))/g;

function mentions(text: string, re: RegExp, base: number): Mention[] {
  return [...text.matchAll(re)].map((m) => ({
    start: base + m.index! + m[0].indexOf(m[1]), end: base + m.index! + m[0].length,
    text: m[0].replace(/\s+/g, ''), from: Number(m[1]), to: Number(m[2] ?? m[1]),
  }));
}

const range = (m: Mention) => (m.from === m.to ? `${m.from}` : `${m.from}-${m.to}`);

export const issueNumber: Rule = {
  id: 'structure/issue-number',
  severity: 'warning',
  fixable: false,
  scope: 'gazette',
  docs: {
    description: {
      zh: '公报封面和版权页上的年份、期数、总期数应前后一致，合刊的期数与总期数应同样多；大事记的月份、文件的成文日期应在本期之内。',
      en: "A gazette issue's cover and masthead give the same year, issue and running numbers; a combined issue spans as many running numbers as issues; its 大事记 record months of the issue, and its documents are not signed after them.",
    },
    why: '公报的封面和版权页各印一次年份、期数和总期数，两处应一致；合刊（第6-8期）占几期，总期数（总第255-257期）也占几期。大事记记载本期所含月份的事项，刊登的文件也不会在本期之后成文。沿用上一期的版式改期数时漏改一处，读者和检索系统就会把本期归错。语料四期公报的封面与版权页无一不一致，合刊的期数与总期数同样多，大事记月份和文件的成文日期都在本期期数所对应的月份之内（只在本期大事记表明期数即月份时检查这两项）。',
    bad: '聊城市人民政府公报\n2024\n第6-8期（总第255-257期）\n聊城市人民政府公报\n2024年第6-8期\n(总第255-256期)',
    good: '聊城市人民政府公报\n2024\n第6-8期（总第255-257期）\n聊城市人民政府公报\n2024年第6-8期\n(总第255-257期)',
    test: {
      bad: '聊城市人民政府公报\n\n2024\n\n第6-8期（总第255-257期）\n\n聊城市人民政府公报\n\n2024年第6-8期\n(总第255-256期)\n\n目录\n◎政务动态\n关于任免刘海涛等工作人员职务的通知\n聊政任〔2024〕3号 32\n\n聊城市人民政府关于任免刘海涛等工作人员职务的通知\n聊政任〔2024〕3号\n各县（市、区）人民政府，市政府各部门：\n市人民政府决定，任命刘海涛为聊城市交通运输局局长。\n聊城市人民政府\n2024年7月9日\n',
      good: '聊城市人民政府公报\n\n2024\n\n第6-8期（总第255-257期）\n\n聊城市人民政府公报\n\n2024年第6-8期\n(总第255-257期)\n\n目录\n◎政务动态\n关于任免刘海涛等工作人员职务的通知\n聊政任〔2024〕3号 32\n\n聊城市人民政府关于任免刘海涛等工作人员职务的通知\n聊政任〔2024〕3号\n各县（市、区）人民政府，市政府各部门：\n市人民政府决定，任命刘海涛为聊城市交通运输局局长。\n聊城市人民政府\n2024年7月9日\n',
    },
  },
  check(ctx) {
    const g = ctx.gazette;
    if (!g.isIssue || !g.toc.length) return;
    const text = ctx.source.text;
    // The front matter: everything before the 目录's first entry.
    const front = text.slice(0, Math.min(...g.toc.map((t) => t.start)));
    const line = (off: number) => ctx.source.positionAt(off).line + 1;
    const issues = mentions(front, ISSUE, 0);
    const totals = mentions(front, TOTAL, 0);
    const years = mentions(front, YEAR, 0);
    const differ = (ms: Mention[], what: string, show: (m: Mention) => string) => {
      const first = ms[0];
      for (const m of ms.slice(1)) {
        if (m.from === first.from && m.to === first.to) continue;
        ctx.report({
          start: m.start, end: m.end,
          message: `本期的${what}“${show(m)}”与第${line(first.start)}行的“${show(first)}”不一致：公报封面和版权页上的年份、期数、总期数应一致，请核对后统一。`,
        });
        return true;
      }
      return false;
    };
    differ(years, '年份', (m) => `${m.from}`);
    const issueDiffers = differ(issues, '期数', (m) => `第${range(m)}期`);
    const totalDiffers = differ(totals, '总期数', (m) => `总第${range(m)}期`);
    // A combined issue: as many 总期数 as 期数 (the first mention of each, where each agrees).
    const [i0, t0] = [issues[0], totals[0]];
    if (i0 && t0 && !issueDiffers && !totalDiffers) {
      if (i0.to < i0.from || t0.to < t0.from || i0.to - i0.from !== t0.to - t0.from) {
        const at = totals.find((t) => t.start > i0.start) ?? t0;
        ctx.report({
          start: at.start, end: at.end,
          message: `本期“第${range(i0)}期”${i0.to < i0.from ? '期数倒置' : `含${i0.to - i0.from + 1}期`}，总期数却是“总第${range(t0)}期”${t0.to < t0.from ? '（倒置）' : `（${t0.to - t0.from + 1}期）`}：合刊的期数与总期数应同样多、前小后大，请核对总期数。`,
        });
      }
    }
    // A 大事记 of a month outside the issue's, where the issue's other 大事记 are of its 期数' months.
    if (!i0 || issueDiffers || i0.to < i0.from) return;
    const year = years[0]?.from;
    const chronicles = g.documents.filter((d) => d.type === '大事记' && d.period);
    const inIssue = (p: { year: number; month: number }) => (year === undefined || p.year === year) && p.month >= i0.from && p.month <= i0.to;
    const shown = chronicles.some((d) => inIssue(d.period!));
    // An issue without a 大事记 shows its 期数 are months by its documents: all of them (four at
    // least) signed in the issue's year by its last month but one (probe18 slip 199). A quarterly or
    // semimonthly gazette's documents do not fall so.
    if (!shown && chronicles.length) return;
    // A document signed after the issue's last month (its 成文日期 a month or more past it).
    if (year !== undefined && i0.to <= 12) {
      // Day 31 in any month: only compared as a string, it bounds every day of that month.
      const end = isoDate(year, i0.to, 31);
      const after = (d: GwDocument) => {
        const iso = d.date?.iso;
        if (!iso || d.type === '大事记' || iso <= end) return false;
        // A year not its number's: doc-number/year-date reports the date already.
        return !(d.number && !d.number.isDecree && /^\d{4}$/.test(d.number.year) && d.number.year !== iso.slice(0, 4));
      };
      const late = g.documents.filter(after);
      const within = shown ? 0 : g.documents.filter((d) => d.type !== '大事记' && d.date?.iso && d.date.iso <= end && d.date.iso.startsWith(`${year}-`)).length;
      if (shown || (late.length === 1 && within >= 4)) {
        for (const d of late) {
          ctx.report({
            start: d.date!.start, end: d.date!.end,
            message: shown
              ? `成文日期“${d.date!.text}”晚于本期（${year}年第${range(i0)}期）所对应的月份：本期大事记记载的是本期期数所对应的月份，刊登的文件不会在本期之后成文，请核对成文日期的年、月。`
              : `成文日期“${d.date!.text}”晚于本期（${year}年第${range(i0)}期）所对应的月份：本期其他${within}份文件都在本期期数所对应的月份之内成文，刊登的文件不会在本期之后成文，请核对成文日期的年、月。`,
          });
        }
      }
    }
    if (!shown) return;
    for (const d of chronicles) {
      if (inIssue(d.period!)) continue;
      const p = d.period!;
      const m = new RegExp(`${p.year}\\s*年\\s*${p.month}\\s*月`).exec(text.slice(d.start, d.end));
      const start = m ? d.start + m.index : d.start;
      ctx.report({
        start, end: m ? start + m[0].length : d.start + 1,
        message: `大事记的月份“${p.year}年${p.month}月”不在本期（${year ?? ''}${year ? '年' : ''}第${range(i0)}期）之内：本期其他大事记记载的都是本期期数所对应的月份，请核对大事记的年月。`,
      });
    }
  },
};
