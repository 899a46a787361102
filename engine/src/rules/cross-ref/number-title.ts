// A cited 发文字号 and the cited title must name the same document: checked against the model's
// document registry (titles compared without issuer prefix, 〈〉 nesting, width or spaces).
import type { Citation, DocNumber, Fix } from '../../types';
import type { RegistryDoc } from '../../model/types';
import type { Rule, RuleContext } from '../types';
import { findByNumber, findByTitle, normalizeTitle } from '../../registry';
import { issueDocuments } from '../../registry/issue';
import { overlaps } from '../spans';
import { withoutTitleNote } from '../../parse/document';
import { findDocNumbers } from '../../parse/docNumber';
import { TABS } from '../../text/marks';

/** The document a 印发 notice issues: 关于印发X的通知 → X. */
export function issuedName(title: string): string | undefined {
  const t = withoutTitleNote(normalizeTitle(title));
  const m = /^(?:关于)?(?:印发|转发|批转)(.+?)的通知$/.exec(t);
  return m ? m[1] : undefined;
}

/** Whether a cited title names the registry document (its title, short title or issued document). */
export function titleMatches(doc: RegistryDoc, cited: string): boolean {
  const c = normalizeTitle(cited);
  if (!c) return false;
  if (c === normalizeTitle(doc.title) || c === normalizeTitle(doc.shortTitle)) return true;
  if (doc.issues?.some((t) => c === normalizeTitle(t))) return true;
  const issued = issuedName(doc.title);
  if (!issued) return false;
  if (c === issued || c === normalizeTitle(issued)) return true;
  // 印发X等三个应急预案: the registry names the first only; another of the kind may be any of the rest.
  const several = SEVERAL.exec(issued);
  return !!several && c.length > several[1].length && c.endsWith(several[1]);
}

/** The kind of the texts a notice issues together, named by its first: …等三个应急预案 → 应急预案. */
const SEVERAL = /等(?:[二两三四五六七八九十]|\d{1,2})[个项件部](.{2,8})$/;

function numberFix(c: Citation, number: string): Fix {
  return { range: [c.number!.start, c.number!.end], text: number };
}

function titleFix(c: Citation, title: string): Fix {
  return { range: [c.title.start, c.title.end], text: title };
}

// The registry's documents by every normalised title titleMatches accepts for them, once per
// documents array (and length, should entries be appended in place): normalising every entry per
// citation made a text of many citations slow in proportion to the registry.
const byMatchedTitle = new WeakMap<RegistryDoc[], { length: number; map: Map<string, RegistryDoc[]> }>();
function matchIndex(docs: RegistryDoc[]): Map<string, RegistryDoc[]> {
  let idx = byMatchedTitle.get(docs);
  if (!idx || idx.length !== docs.length) {
    const map = new Map<string, RegistryDoc[]>();
    for (const d of docs) {
      if (typeof d?.title !== 'string') continue;
      const issued = issuedName(d.title);
      const keys = [normalizeTitle(d.title), typeof d.shortTitle === 'string' ? normalizeTitle(d.shortTitle) : '', issued ?? '', issued ? normalizeTitle(issued) : '',
        ...(d.issues ?? []).map(normalizeTitle)];
      for (const k of new Set(keys)) {
        if (!k) continue;
        const at = map.get(k);
        if (at) at.push(d);
        else map.set(k, [d]);
      }
    }
    byMatchedTitle.set(docs, (idx = { length: docs.length, map }));
  }
  return idx.map;
}

/** The one registered document a cited title names (several documents with that title: none). */
function uniqueMatch(docs: RegistryDoc[], title: string): RegistryDoc | undefined {
  // The documents titleMatches(d, title) holds for, in registry order.
  const all = matchIndex(docs).get(normalizeTitle(title)) ?? [];
  return new Set(all.map((d) => d.number)).size === 1 ? all[0] : undefined;
}

/** The one issue document a cited title names, when the cited number is a slip of its sequence only (same code and year). */
function issueByTitle(docs: RegistryDoc[], c: Citation, sentence: string): RegistryDoc | undefined {
  const all = docs.filter((d) => titleMatches(d, c.title.text));
  if (new Set(all.map((d) => d.number)).size !== 1) return undefined;
  const n = c.number!;
  // 关于调整…组成人员的通知 comes out every year or two: a number of another year or series may
  // well be an earlier document of the same title.
  if (all[0].number.startsWith(`${n.code}〔${n.year}〕`)) return all[0];
  // A decree of the issue cited by another document with a number of the same issuer no one
  // knows (《X办法》（聊城市人民政府令第51号） for the issue's 令第52号: probe12); not where the
  // sentence repeals or recalls a predecessor of that title (原《X办法》（…令第12号）同时废止).
  return n.isDecree && all[0].number.startsWith(`${n.code}第`) && !PREDECESSOR.test(sentence) ? all[0] : undefined;
}

/** A sentence about an earlier text of the same title: it is repealed, replaced or was the former one. */
const PREDECESSOR = /废止|失效|原《|代替|取代|同时停止/;

/** The source sentence holding a citation: from the last 。； before it to the next after it. */
function sentenceAround(ctx: RuleContext, c: Citation): string {
  const t = ctx.source.text;
  const a = Math.max(t.lastIndexOf('。', c.start), t.lastIndexOf('；', c.start)) + 1;
  const ends = [t.indexOf('。', c.end), t.indexOf('；', c.end)].filter((i) => i >= 0);
  return t.slice(a, ends.length ? Math.min(...ends) + 1 : t.length);
}

/** A cell holding a document's full title, as tables of documents print it without 《》. */
const TITLE_CELL = /^[^\t《》]{2,40}?关于[^\t《》]{2,}的(?:通知|意见|决定|批复|通告|公告|函)$/;

/**
 * The rows of a table of documents (序号⇥文件名称⇥文号…: a 清理 or 废止 notice's attachment) read as
 * citations: a cell holding a full title and a cell holding one 发文字号 and nothing else. The row
 * cites that document as surely as 《title》（number） does.
 */
function tableCitations(ctx: RuleContext): Citation[] {
  const { doc } = ctx;
  const src = ctx.source.text;
  const out: Citation[] = [];
  for (let q = 0; q < doc.paragraphs.length; q++) {
    const p = doc.paragraphs[q];
    if (!p.text.includes('\t') || !p.text.includes('关于') || !p.text.includes('号')) continue;
    // The paragraph may join a table's rows: each source line is one row.
    for (let ls = p.start; ls < p.end;) {
      const nl = src.indexOf('\n', ls);
      const le = nl < 0 || nl > p.end ? p.end : nl;
      const row = src.slice(ls, le);
      const base = ls;
      ls = le + 1;
      if (!row.includes('\t')) continue;
      let title: { text: string; start: number } | undefined;
      let number: DocNumber | undefined;
      let titles = 0, numbers = 0;
      for (let a = 0; a <= row.length;) {
        const tab = row.indexOf('\t', a);
        const b = tab < 0 ? row.length : tab;
        const raw = row.slice(a, b);
        const cell = raw.trim();
        const at = base + a + raw.indexOf(cell);
        if (TITLE_CELL.test(cell)) { titles++; title = { text: cell, start: at }; }
        const ns = cell.includes('号') ? findDocNumbers(cell, undefined, at) : [];
        if (ns.length === 1 && ns[0].text === cell) { numbers++; number = ns[0]; }
        a = b + 1;
      }
      if (titles !== 1 || numbers !== 1 || !title || !number) continue;
      const node = { text: title.text, start: title.start, end: title.start + title.text.length };
      out.push({ text: node.text, start: node.start, end: Math.max(node.end, number.end), title: node, number, paragraph: q });
    }
  }
  return out;
}

/** Whether `registered` is the cited number with its year written in full (〔24〕 for 〔2024〕). */
function shortYearOf(cited: DocNumber, registered: string): boolean {
  return cited.year.length === 2 && registered === `${cited.code}〔20${cited.year}〕${String(Number(cited.seq))}号`;
}

export const numberTitle: Rule = {
  id: 'cross-ref/number-title',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '引用的发文字号与标题须属于同一份文件（按模型中的文件登记表及本期公报所载文件核对），不一致时给出登记的发文字号或标题。',
      en: 'A cited number and title must belong to the same document in the registry or in the same issue; offers the registered value.',
    },
    why: '原《国家行政机关公文处理办法》第二十三条：引用公文应当先引标题，后引发文字号（现行公文写作沿用）；发文字号与标题不符会指向另一份文件。语料中引用的发文字号与被引文件一致（模型登记表）。',
    bad: '《聊城市人民政府关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕6号）',
    good: '《聊城市人民政府关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号）',
  },
  check(ctx) {
    const { doc, model } = ctx;
    let inIssue: RegistryDoc[] | undefined;
    const issueDocs = () => (inIssue ??= ctx.mode === 'issue' ? issueDocuments(ctx.gazette, doc) : []);
    if (!model.documents.length && !issueDocs().length) return;
    const rows = TABS.offsets(ctx.source).length ? tableCitations(ctx) : [];
    for (const c of rows.length ? [...doc.citations, ...rows] : doc.citations) {
      if (!c.number || overlaps(doc.noise, c.start, c.end)) continue;
      const n = c.number.canonical;
      const byNum = findByNumber(model, n) ?? issueDocs().find((d) => d.number === n);
      if (byNum && titleMatches(byNum, c.title.text)) continue;
      const byTitle = findByTitle(model, c.title.text) ?? uniqueMatch(model.documents, c.title.text) ?? issueByTitle(issueDocs(), c, sentenceAround(ctx, c));
      if (byTitle && byTitle.number === n) continue;
      // The registered number written with a short year (〔24〕): doc-number/year's finding, with
      // the full year from the same registry; one slip, one report.
      if (byTitle && !byNum && shortYearOf(c.number, byTitle.number)) continue;
      // Where the pair was read: the model's registry, or this issue's own pages.
      const from = (d: RegistryDoc) => (inIssue?.includes(d) ? '本期公报' : '文件登记表');
      if (byTitle && !byNum) {
        // A known title with a number no registered document carries: the number is the slip.
        ctx.report({
          start: c.number.start, end: c.number.end,
          message: `所引《${c.title.text}》的发文字号应为“${byTitle.number}”，不是“${n}”（${from(byTitle)}：该标题文件的发文字号为${byTitle.number}）。`,
          fix: numberFix(c, byTitle.number),
        });
      } else if (byTitle && byNum) {
        // Both are known but belong to different documents: which side is wrong is not clear.
        ctx.report({
          start: c.start, end: c.end,
          message: `引用的标题与发文字号不属于同一份文件：《${c.title.text}》的发文字号是“${byTitle.number}”，而“${n}”是《${byNum.title}》（${[...new Set([from(byTitle), from(byNum)])].join('、')}）。请核对后改正其一。`,
          suggestions: [
            { desc: `发文字号改为“${byTitle.number}”`, fix: numberFix(c, byTitle.number) },
            { desc: `标题改为《${byNum.title}》`, fix: titleFix(c, byNum.title) },
          ],
        });
      } else if (byNum && !c.title.text.trim()) {
        // 《》（number）: the title is not written yet (a drafter who typed the number first, or a
        // title deleted). Filling in the registered one breaks nothing.
        ctx.report({
          start: c.start, end: c.end,
          message: `所引文件的标题还没有写出：发文字号“${n}”对应的文件是《${byNum.title}》（${from(byNum)}）：应在书名号内写出“${byNum.title}”（引用公文先引标题，后引发文字号）。`,
          fix: titleFix(c, byNum.title),
        });
      } else if (byNum) {
        // The number is known, the title is not the registered one.
        ctx.report({
          start: c.start, end: c.end,
          message: `发文字号“${n}”对应的文件是《${byNum.title}》，与所引标题《${c.title.text}》不符（${from(byNum)}）。请核对标题或发文字号。`,
          suggestions: [{ desc: `标题改为《${byNum.title}》`, fix: titleFix(c, byNum.title) }],
        });
      }
    }
  },
};
