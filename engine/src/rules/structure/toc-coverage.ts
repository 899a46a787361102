// An issue's 目录 and its documents match one to one: every document is listed once, every entry
// lists a document printed once. An editor assembling an issue slips here: a document left out of
// the 目录, an entry whose document was not printed, an entry or a document pasted twice, a
// 大事记 listed under another month. Entries and documents are paired by number (a 大事记 by its
// month); where that fails, by title (toc-number and toc-title report a slip in one of the two).
// The parser may fail to read a document's head (a page break or noise inside it): an entry
// whose title or number still appears in the body text is never reported as missing, and a
// document whose title still appears in the 目录 text is never reported as unlisted.
import type { Rule } from '../types';
import type { GwDocument, TocEntry } from '../../types';
import { numberKey } from '../doc-number/duplicate';
import { canonicalDisplay } from '../doc-number/common';
import { lettersAndDigits, monthKey, tocChronicleMonth, tocTitleKey } from '../toc';
import { perDocumentText } from '../memo';

/** Shortest title key that stands for a document when searched for in the other part. */
const MIN_TITLE = 6;

const keyOf = (n: { number?: TocEntry['number'] }) => (n.number ? numberKey(n.number) : undefined);
/** Letters and digits only, as tocTitleKey keeps them: where a title key is searched for. */
const flat = lettersAndDigits;

/** A document's text flattened, once per document text (moved documents keep theirs). */
const flatDocument = perDocumentText((d: GwDocument) => flat(d.paragraphs.map((p) => p.text).join('')));

/** The 目录's text flattened: the same from keystroke to keystroke in the body. */
let lastToc: { text: string; flat: string } | undefined;
function flatToc(text: string): string {
  if (lastToc?.text !== text) lastToc = { text, flat: flat(text) };
  return lastToc.flat;
}

export const tocCoverage: Rule = {
  id: 'structure/toc-coverage',
  severity: 'warning',
  fixable: false,
  scope: 'gazette',
  reads: ['number', 'title', 'date', 'type', 'period', 'start'],
  docs: {
    description: {
      zh: '公报目录与所刊文件应一一对应：每份文件在目录中列出一次，目录每一条都有刊登一次的文件。',
      en: "A gazette issue's table of contents (目录) and its documents match one to one: each document listed once, each entry's document printed once.",
    },
    why: '公报目录逐篇照录本期刊登的文件（标题、发文字号、页码），读者按目录查找文件。文件漏列目录、目录列了未刊登的文件、同一文件或目录条目重复、大事记月份与正文不符，都是编排公报时的差错。语料四期公报的目录与正文无一不是一一对应。',
    bad: '目录\n关于任免王晓东等工作人员职务的通知\n聊政任〔2022〕4号 33\n关于印发聊城市数字政府建设实施方案的通知\n聊政办字〔2022〕11号 34\n（正文只有聊政任〔2022〕4号一份文件）',
    good: '目录\n关于任免王晓东等工作人员职务的通知\n聊政任〔2022〕4号 33\n（正文刊登聊政任〔2022〕4号）',
    test: {
      bad: '聊城市人民政府公报\n2022\n第3期\n目录\n◎政务动态\n关于任免刘海涛等工作人员职务的通知\n聊政任〔2022〕3号 32\n关于印发聊城市数字政府建设实施方案的通知\n聊政办字〔2022〕11号 33\n\n聊城市人民政府关于任免刘海涛等工作人员职务的通知\n聊政任〔2022〕3号\n各县（市、区）人民政府，市政府各部门：\n市人民政府决定，任命刘海涛为聊城市交通运输局局长。\n聊城市人民政府\n2022年3月9日\n',
      good: '聊城市人民政府公报\n2022\n第3期\n目录\n◎政务动态\n关于任免刘海涛等工作人员职务的通知\n聊政任〔2022〕3号 32\n\n聊城市人民政府关于任免刘海涛等工作人员职务的通知\n聊政任〔2022〕3号\n各县（市、区）人民政府，市政府各部门：\n市人民政府决定，任命刘海涛为聊城市交通运输局局长。\n聊城市人民政府\n2022年3月9日\n',
    },
  },
  check(ctx) {
    const g = ctx.gazette;
    if (!g.isIssue || g.toc.length < 2 || !g.documents.length) return;
    const text = ctx.source.text;
    const line = (off: number) => ctx.source.positionAt(off).line + 1;
    const tocEnd = Math.max(...g.toc.map((t) => t.end));
    const firstDoc = Math.min(...g.documents.map((d) => d.start));
    // The 目录 must come before the documents for "the body" and "the 目录" to mean anything.
    if (tocEnd > firstDoc) return;
    // Flattened only when an entry or a document has no partner, and the body per document text:
    // flattening the whole text on every run cost a keystroke in an issue ~3 ms, and while a title
    // is being typed its entry has no partner on every keystroke.
    const tocFlat = () => flatToc(text.slice(0, tocEnd));
    let docsFlat: string[] | undefined;
    // Through ctx.readDocuments: a keystroke in a body re-runs the rule only when it changes what this read.
    const bodyHas = (s: string) => (docsFlat ??= ctx.readDocuments(flatDocument, (a, b) => a === b)).some((f) => f.includes(s));
    const numbered = g.documents.filter((d) => d.number && d.title);
    const tocKeys = new Set(g.toc.map(keyOf).filter(Boolean));
    const docKeys = new Set(numbered.map((d) => keyOf(d)));
    const tocTitles = new Set(g.toc.map((t) => tocTitleKey(t.title.text)));
    const docTitles = new Set(numbered.map((d) => tocTitleKey(d.title!.text)));

    // Entries listed twice (the same number and title) and documents printed twice.
    const seenEntry = new Map<string, TocEntry>();
    for (const t of g.toc) {
      const k = keyOf(t) ?? tocChronicleMonth(t);
      if (!k) continue;
      const id = `${k}|${tocTitleKey(t.title.text)}`;
      const first = seenEntry.get(id);
      if (first) {
        ctx.report({
          start: t.title.start, end: t.end,
          message: `目录中的这一条（${t.number ? numberKey(t.number) : t.title.text}）与第${line(first.start)}行的条目重复：公报目录每份文件只列一次，请删去重复的条目。`,
        });
      } else seenEntry.set(id, t);
    }
    const seenDoc = new Map<string, GwDocument>();
    for (const d of numbered) {
      const id = `${keyOf(d)}|${tocTitleKey(d.title!.text)}`;
      const first = seenDoc.get(id);
      if (first) {
        ctx.report({
          start: d.number!.start, end: d.number!.end,
          message: `《${d.title!.text}》（${numberKey(d.number!)}）在第${line(first.number!.start)}行已刊登过一次，本期重复刊登了同一文件：请删去重复的一份。`,
        });
      } else seenDoc.set(id, d);
    }

    // An entry whose document the body does not hold: not by number, not by title, and neither
    // its number nor its title anywhere in the body text (a head the parser missed).
    for (const t of g.toc) {
      const k = keyOf(t);
      if (!k || docKeys.has(k)) continue;
      const title = tocTitleKey(t.title.text);
      if ([...title].length < MIN_TITLE || docTitles.has(title) || bodyHas(title)) continue;
      if (bodyHas(flat(numberKey(t.number!))) || bodyHas(flat(canonicalDisplay(t.number!)))) continue;
      ctx.report({
        start: t.title.start, end: t.end,
        message: `目录所列的《${t.title.text}》（${numberKey(t.number!)}）在本期正文中没有：公报目录只列本期刊登的文件，请补登该文件，或从目录中删去这一条。`,
      });
    }

    // A document no entry lists: not by number, not by title, and its title nowhere in the 目录.
    if (!g.toc.some((t) => t.number)) return;
    for (const d of numbered) {
      const k = keyOf(d)!;
      if (tocKeys.has(k)) continue;
      const title = tocTitleKey(d.title!.text);
      if ([...title].length < MIN_TITLE || tocTitles.has(title) || tocFlat().includes(title)) continue;
      // A 目录 title is the body's without its issuer: any entry's title inside the body's is a pairing.
      if (g.toc.some((t) => { const e = tocTitleKey(t.title.text); return [...e].length >= MIN_TITLE && title.includes(e); })) continue;
      if (!d.date) continue;
      ctx.report({
        start: d.number!.start, end: d.number!.end,
        message: `第${line(d.number!.start)}行的《${d.title!.text}》（${numberKey(d.number!)}）没有列入本期目录：公报目录逐篇列出本期刊登的文件，请在目录中补上它的标题、发文字号和页码。`,
      });
    }

    // A 大事记 listed under a month the body does not record (or recorded but not listed).
    const months = g.documents.filter((d) => d.type === '大事记' && d.period).map((d) => monthKey(d.period!.year, d.period!.month));
    const listed = g.toc.map(tocChronicleMonth).filter(Boolean) as string[];
    if (!months.length || !listed.length) return;
    for (const t of g.toc) {
      const k = tocChronicleMonth(t);
      if (!k || months.includes(k)) continue;
      const have = months.filter((m) => !listed.includes(m));
      ctx.report({
        start: t.title.start, end: t.end,
        message: `目录所列的“${t.title.text.replace(/\s+/g, '')}”在本期正文中没有${have.length === 1 ? `（正文刊登的是${have[0].replace(/-(\d+)$/, '年$1月')}的大事记）` : ''}：请按正文改正目录中的月份。`,
      });
    }
  },
};
