// An issue's 目录 lists its documents in the order they are printed, each at the page it starts
// on: its page numbers rise with the entries, and the entries follow the body. An editor who
// moves an entry, or types a page number wrong, breaks one of the two. Reported at the entry:
// first an entry out of the body's order (the pages may have moved with it), else a page number
// lower than the entry's before it. Entries are paired with documents by number (a 大事记 by its
// month), and only where one entry and one document carry it.
import type { Rule } from '../types';
import type { TocEntry } from '../../types';
import { numberKey } from '../doc-number/duplicate';
import { tocDocumentKey, tocEntryKey } from '../toc';
import { longestRising } from '../../parse/longest-rising';

const label = (e: TocEntry) => (e.number ? `《${e.title.text}》（${numberKey(e.number)}）` : `“${e.title.text.replace(/\s+/g, '')}”`);

export const tocOrder: Rule = {
  id: 'structure/toc-order',
  severity: 'warning',
  fixable: false,
  scope: 'gazette',
  reads: ['number', 'type', 'period'],
  docs: {
    description: {
      zh: '公报目录应按正文刊登的顺序排列，页码随条目递增。',
      en: "A gazette issue's table of contents (目录) lists the documents in the order they are printed, with rising page numbers.",
    },
    why: '公报目录按正文的先后逐篇列出文件及其起始页码，读者按页码查找文件。条目顺序与正文不一致、页码比前一条还小，必有一处差错（条目挪错了位置，或页码印错）。语料四期公报的目录顺序与正文一致，页码逐条递增。',
    bad: '目录\n关于任免刘海涛等工作人员职务的通知\n聊政任〔2022〕3号 32\n关于任命王晓东职务的通知\n聊政任〔2022〕4号 23',
    good: '目录\n关于任免刘海涛等工作人员职务的通知\n聊政任〔2022〕3号 32\n关于任命王晓东职务的通知\n聊政任〔2022〕4号 33',
    test: {
      bad: '聊城市人民政府公报\n2022\n第3期\n目录\n◎政务动态\n关于任免刘海涛等工作人员职务的通知\n聊政任〔2022〕3号 32\n关于任命王晓东职务的通知\n聊政任〔2022〕4号 23\n\n聊城市人民政府关于任免刘海涛等工作人员职务的通知\n聊政任〔2022〕3号\n各县（市、区）人民政府，市政府各部门：\n市人民政府决定，任命刘海涛为聊城市交通运输局局长。\n聊城市人民政府\n2022年3月9日\n\n聊城市人民政府关于任命王晓东职务的通知\n聊政任〔2022〕4号\n各县（市、区）人民政府，市政府各部门：\n市人民政府决定，任命王晓东为聊城市大数据局副局长。\n聊城市人民政府\n2022年3月20日\n',
      good: '聊城市人民政府公报\n2022\n第3期\n目录\n◎政务动态\n关于任免刘海涛等工作人员职务的通知\n聊政任〔2022〕3号 32\n关于任命王晓东职务的通知\n聊政任〔2022〕4号 33\n\n聊城市人民政府关于任免刘海涛等工作人员职务的通知\n聊政任〔2022〕3号\n各县（市、区）人民政府，市政府各部门：\n市人民政府决定，任命刘海涛为聊城市交通运输局局长。\n聊城市人民政府\n2022年3月9日\n\n聊城市人民政府关于任命王晓东职务的通知\n聊政任〔2022〕4号\n各县（市、区）人民政府，市政府各部门：\n市人民政府决定，任命王晓东为聊城市大数据局副局长。\n聊城市人民政府\n2022年3月20日\n',
    },
  },
  check(ctx) {
    const g = ctx.gazette;
    if (!g.isIssue || g.toc.length < 2) return;
    const line = (off: number) => ctx.source.positionAt(off).line + 1;
    const count = new Map<string, number>();
    for (const k of [...g.toc.map(tocEntryKey), ...g.documents.map((d) => 'd' + tocDocumentKey(d))]) if (k && k !== 'dundefined') count.set(k, (count.get(k) ?? 0) + 1);
    const at = new Map<string, number>();
    g.documents.forEach((d, i) => { const k = tocDocumentKey(d); if (k && count.get('d' + k) === 1) at.set(k, i); });
    // Body positions of the paired entries, in entry order.
    const paired = g.toc.flatMap((t) => {
      const k = tocEntryKey(t);
      return k && count.get(k) === 1 && at.has(k) ? [{ t, pos: at.get(k)! }] : [];
    });
    const out = new Set<TocEntry>();
    const reported = new Set<TocEntry>();
    // An entry out of order: it stands after an entry whose document the body prints later, and
    // moving it alone would restore the order (it, not its neighbour, is the moved one: the
    // longest rising run of positions keeps the others).
    const keep = longestRising(paired.map((p) => p.pos));
    paired.forEach((p, i) => {
      if (keep.has(i)) return;
      out.add(p.t);
      const before = paired.slice(0, i).find((q) => q.pos > p.pos)!;
      const doc = g.documents[p.pos];
      ctx.report({
        start: p.t.title.start, end: p.t.end,
        message: `目录中${label(p.t)}排在${label(before.t)}之后，正文却先刊登它（第${line(doc.start)}行）：公报目录按正文顺序逐篇列出文件，请把这一条移到正文中的相应位置，或按目录调整正文。`,
      });
    });
    // A page lower than the page of the entry before it: the entry's page is wrong, or the one
    // before it is.
    const paged = g.toc.filter((t) => t.page !== undefined);
    for (let i = 1; i < paged.length; i++) {
      const [prev, t] = [paged[i - 1], paged[i]];
      if (t.page! >= prev.page! || out.has(t) || out.has(prev)) continue;
      const [before, next] = [paged[i - 2], paged[i + 1]];
      // The one before is too high when the rise holds without it and not without this entry
      // (2, 9, 21, 16, 17: 21); where either would do (2, 8, 3, 17), this entry's page is named.
      const high = (before === undefined || t.page! >= before.page!) && next !== undefined && prev.page! > next.page! && t.page! <= next.page!;
      const [wrong, other] = high ? [prev, t] : [t, prev];
      if (reported.has(wrong)) continue;
      reported.add(wrong);
      const at = ctx.source.text.slice(wrong.start, wrong.end).lastIndexOf(String(wrong.page));
      ctx.report({
        start: at < 0 ? wrong.start : wrong.start + at, end: at < 0 ? wrong.end : wrong.start + at + String(wrong.page).length,
        message: `目录中${label(wrong)}的页码${wrong.page}${high ? '大于后一条' : '小于前一条'}${label(other)}的页码${other.page}：目录按正文顺序排列，页码应逐条递增，请核对页码。`,
      });
    }
  },
};
