// A page continuation names pages: the 下转第N页 of a document cut on its page P is resumed by a
// （上接第P页） printed on page N, inside whatever document the 目录 puts on page N. The parser pairs
// the two by these pages (parse/gazette), and when no pair fits it falls back to the next free
// fragment: then one of the two numbers is a slip. Judged only where the 目录 gives both documents'
// pages and exactly one marker disagrees with it (the other names the right page): that one is
// reported. Gated on the text holding a 下转 at all; one regex pass over the text for each marker.
import type { Rule } from '../types';
import type { TocEntry } from '../../types';
import { tocDocumentKey, tocEntryKey } from '../toc';

const DOWN = /[（(]\s*下\s*转\s*第\s*(\d+)\s*页\s*[）)]/g;
const UP = /^[ \t]*[（(]\s*上\s*接\s*第\s*(\d+)\s*页\s*[）)]/gm;

/** 第8—14页, 第27页起 (the last document), 第24页. */
const span = (r: [number, number]) => `第${r[0]}${r[1] === Infinity ? '页起' : r[1] > r[0] ? `—${r[1]}页` : '页'}`;

interface Mark { start: number; end: number; page: number; range?: [number, number] }

export const continuationPage: Rule = {
  id: 'structure/continuation-page',
  severity: 'warning',
  fixable: false,
  scope: 'gazette',
  // No `reads`: the markers lie in the documents' text, past the 目录, so it runs on every lint.
  docs: {
    description: {
      zh: '公报中转页的“（下转第N页）”与“（上接第P页）”成对：下转的页码N是接续部分所在的页，上接的页码P是被截断文件所在的页，均应与目录所列的页码相符。只有一处与目录不符（另一处相符）时，提示核对这一处的页码。',
      en: 'A page continuation comes in a pair: the N of （下转第N页） is the page the rest is printed on, the P of （上接第P页） the page of the document cut; both agree with the pages the 目录 gives. When exactly one of the two disagrees with the 目录 (the other agrees), that page number is noted for checking.',
    },
    why: '读者按“下转第N页”翻到接续部分，按“上接第P页”找回前文；页码印错，续文就找不到。语料四期公报中成对的转页标记，页码都与目录相符。',
    bad: '目录\n……通知 聊政字〔2025〕3号 8\n……函 聊政办字〔2025〕5号 24\n\n……配合单位：市人力资源社（下转第42页）\n……\n（上接第8页）会保障局）',
    good: '目录\n……通知 聊政字〔2025〕3号 8\n……函 聊政办字〔2025〕5号 24\n\n……配合单位：市人力资源社（下转第24页）\n……\n（上接第8页）会保障局）',
    test: {
      bad: issue('42'),
      good: issue('24'),
    },
  },
  check(ctx) {
    const g = ctx.gazette;
    const text = ctx.source.text;
    if (!g.isIssue || g.toc.length < 2 || text.indexOf('下') < 0 || !/下\s*转\s*第/.test(text)) return;
    // Each document's pages: from its 目录 page to the next listed document's (inclusive: a
    // fragment may be printed on the page the next document starts on).
    // A 目录 whose pages do not rise has a slip of its own (structure/toc-order): its ranges say nothing.
    const listed = g.toc.filter((t) => t.page !== undefined);
    for (let i = 1; i < listed.length; i++) if (listed[i].page! < listed[i - 1].page!) return;
    const pageOf = new Map<string, number>();
    for (const t of g.toc) { const k = tocEntryKey(t); if (k && t.page !== undefined && !pageOf.has(k)) pageOf.set(k, t.page); }
    const pages = g.documents.map((d) => { const k = tocDocumentKey(d); return k ? pageOf.get(k) : undefined; });
    const range = (i: number): [number, number] | undefined => {
      const a = pages[i];
      if (a === undefined) return undefined;
      for (let j = i + 1; j < pages.length; j++) if (pages[j] !== undefined) return pages[j]! >= a ? [a, pages[j]!] : undefined;
      return [a, Infinity]; // the last document: where it ends the 目录 does not say
    };
    const docAt = (off: number) => {
      let k = -1;
      for (let i = 0; i < g.documents.length && g.documents[i].start <= off; i++) k = i;
      return k;
    };
    const marks = (re: RegExp): Mark[] => [...text.matchAll(re)].map((m) => {
      const at = m.index! + m[0].indexOf(m[1]);
      const d = docAt(m.index!);
      return { start: at, end: at + m[1].length, page: Number(m[1]), range: d >= 0 ? range(d) : undefined };
    });
    const downs = marks(DOWN);
    const ups = marks(UP);
    const within = (p: number, r?: [number, number]) => !!r && p >= r[0] && p <= r[1];
    const line = (off: number) => ctx.source.positionAt(off).line + 1;
    for (const dn of downs) {
      if (!dn.range) continue;
      // Paired by its pages: an 上接 on page N naming this document's page.
      if (ups.some((u) => within(dn.page, u.range) && within(u.page, dn.range))) continue;
      // An 上接 another 下转 pairs with by both pages is that one's, not a candidate.
      const taken = (u: Mark) => downs.some((o) => o !== dn && within(o.page, u.range) && within(u.page, o.range));
      const back = ups.filter((u) => u.range && within(u.page, dn.range) && !taken(u));
      const ahead = ups.filter((u) => u.range && within(dn.page, u.range) && !taken(u));
      if (back.length === 1 && ahead.length === 0) {
        const u = back[0];
        ctx.report({
          start: dn.start, end: dn.end,
          message: `“下转第${dn.page}页”与目录不符：接续部分“（上接第${u.page}页）”印在第${line(u.start)}行，按目录在${span(u.range!)}，本页在${span(dn.range)}：请核对转页页码。`,
        });
      } else if (ahead.length === 1 && back.length === 0) {
        const u = ahead[0];
        ctx.report({
          start: u.start, end: u.end,
          message: `“上接第${u.page}页”与目录不符：前文在第${line(dn.start)}行截断（下转第${dn.page}页），按目录在${span(dn.range)}：请核对转页页码。`,
        });
      }
    }
  },
};

function issue(down: string): string {
  return [
    '聊城市人民政府公报', '2025年第2期', '目录', '◎市政府文件',
    '关于印发聊城市农业产业园实施方案的通知', '聊政字〔2025〕3号 8',
    '关于同意东阿县实施雨污分流改造工程的批复', '聊政字〔2025〕4号 15',
    '关于同意建立聊城市养老服务工作联席会议制度的函', '聊政字〔2025〕5号 24',
    '关于任免李红梅等工作人员职务的通知', '聊政任〔2025〕2号 26', '',
    '聊城市人民政府', '聊政字〔2025〕3号', '聊城市人民政府关于印发聊城市农业产业园实施方案的通知',
    '各县（市、区）人民政府，市政府有关部门：', '现将《聊城市农业产业园实施方案》印发给你们，请认真组织实施。',
    '聊城市人民政府', '2025年2月8日', '', '聊城市农业产业园实施方案', '一、加大资金投入。统筹整合涉农资金。（牵头单位：市财政局）',
    `二、强化金融服务。扩大农业保险覆盖面。（牵头单位：聊城金融监管分局；配合单位：市人力资源社（下转第${down}页）`, '',
    '聊城市人民政府关于同意东阿县实施雨污分流改造工程的批复', '聊政字〔2025〕4号', '东阿县人民政府：',
    '你县《关于实施雨污分流改造工程的请示》收悉。经研究，同意你县实施城区雨污分流改造工程。', '此复。', '聊城市人民政府', '2025年2月12日', '',
    '聊城市人民政府关于同意建立聊城市养老服务工作联席会议制度的函', '聊政字〔2025〕5号', '市民政局：',
    '你局《关于建立聊城市养老服务工作联席会议制度的请示》收悉。经市政府同意，同意建立聊城市养老服务工作联席会议制度。',
    '聊城市人民政府', '2025年2月18日', '', '（上接第8页）会保障局）', '三、加强督导考核。（牵头单位：市农业农村局）', '',
    '聊城市人民政府关于任免李红梅等工作人员职务的通知', '聊政任〔2025〕2号', '各县（市、区）人民政府，市政府各部门：',
    '市人民政府决定，任命：', '李红梅为聊城市民政局副局长。', '聊城市人民政府', '2025年2月20日', '',
  ].join('\n');
}
