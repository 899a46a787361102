// The renderer's entry points: text → classified documents → pages → HTML. Pure TypeScript, shared
// by the preview, `gongwen export` and `gongwen issue`.
import { SourceText } from '../text/source';
import { parseGazette } from '../parse/gazette';
import type { Gazette } from '../types';
import type { Model } from '../model/types';
import { classify, type RDoc } from './classify';
import { layoutDoc, type Page, type PLine, COLS, ROWS } from './layout';
import { renderPagesHtml, type HtmlOptions } from './html';
import { balancedLines, cellsOfText } from './cells';
import { pushAll } from '../arrays';

export * from './classify';
export * from './layout';
export * from './html';
export * from './cells';
export * from './color';
export * from './split';
export { gwFit } from './fit';

export interface Rendered {
  source: SourceText;
  docs: RDoc[];
  pages: Page[];
}

function safeParse(source: SourceText, model?: Model): Gazette | undefined {
  try {
    return parseGazette(source, model);
  } catch {
    return undefined; // a parser failure must not blank the preview: fall back to the line classifier
  }
}

/** Lays out a text (one or more documents); each document starts on a new page, numbers continue. */
export function layoutText(text: string, opts: { gazette?: Gazette; model?: Model; firstNumber?: number } = {}): Rendered {
  const source = new SourceText(text);
  const gazette = opts.gazette ?? safeParse(source, opts.model);
  const docs = classify(source, gazette);
  const pages: Page[] = [];
  let n = opts.firstNumber ?? 1;
  docs.forEach((d, i) => {
    const ps = layoutDoc(d, { doc: i, firstNumber: n, lineOfOffset: (o) => source.positionAt(o).line });
    n += ps.length;
    pushAll(pages, ps);
  });
  if (!pages.length) pages.push({ lines: [], rules: [], doc: 0, kind: 'doc', number: 1 });
  return { source, docs, pages };
}

export function renderHtml(text: string, opts: HtmlOptions & { gazette?: Gazette; model?: Model } = {}): { html: string } & Rendered {
  const r = layoutText(text, opts);
  const title = opts.title ?? r.docs[0]?.title ?? '公文';
  return { ...r, html: renderPagesHtml(r.pages, { ...opts, title, source: r.source }) };
}

// ---- Issue assembly -------------------------------------------------------------------------

export interface IssueInput {
  title: string;
  year?: string | number;
  number?: string | number;
  sections: { name: string; documents: { text: string; name: string }[] }[];
}

export interface IssueEntry {
  section: string;
  title: string;
  number?: string;
  /** Printed page number where the document starts. */
  page: number;
  /** Index of the page (0-based, in the assembled pages) where it starts. */
  pageIndex: number;
  name: string;
  /** No title was found: the 目录 lists the file's name in its place. */
  untitled?: boolean;
}

export interface AssembledIssue {
  pages: Page[];
  entries: IssueEntry[];
}

/**
 * Cover, 目录 (titles, 发文字号 and the real page numbers), then each document from a new page,
 * numbered continuously from 1 (a right-hand page). Cover and 目录 carry no page numbers.
 */
export function assembleIssue(input: IssueInput, model?: Model): AssembledIssue {
  type Laid = { section: string; name: string; r: Rendered };
  const laid: Laid[] = [];
  for (const s of input.sections) {
    for (const d of s.documents) laid.push({ section: s.name, name: d.name, r: layoutText(d.text, { model }) });
  }
  // Entries: every classified document of every file (a file may hold several).
  const raw: { section: string; name: string; title: string; number?: string; laidIx: number; docIx: number; untitled?: boolean }[] = [];
  laid.forEach((l, li) => l.r.docs.forEach((d, di) => raw.push({
    section: l.section, name: l.name, title: d.title ?? l.name, number: d.number, laidIx: li, docIx: di, ...(d.title ? {} : { untitled: true }),
  })));

  // The 目录's length depends only on titles, so lay it out first with placeholder numbers. Each
  // entry (with the section heading it opens) is one group of lines, never cut by a page: a title
  // at a page's foot with its number and page on the next page reads as an entry without a page.
  const tocLines = (pagesOf: (i: number) => number): PLine[][] => {
    const groups: PLine[][] = [];
    let section = '';
    raw.forEach((e, i) => {
      const lines: PLine[] = [];
      if (e.section !== section) {
        section = e.section;
        if (groups.length) lines.push(blankLine());
        lines.push(gen(e.section, 0, 'tocSection', 'ht'));
      }
      // Balanced lines: no entry ends with one character alone (`…的通\n知`); same line count as greedy.
      for (const br of balancedLines(e.title, COLS - 2)) lines.push(gen(e.title.slice(br.start, br.end), 1, 'toc', 'fs'));
      const num = e.number ?? '';
      const l = gen(num, 2, 'toc', 'fs');
      l.tocPage = String(pagesOf(i));
      lines.push(l);
      groups.push(lines);
    });
    return groups;
  };
  const pagesFromLines = (groups: PLine[][]): Page[] => {
    const out: Page[] = [];
    let p: Page | undefined;
    let row = 0;
    for (const group of groups) {
      // A group that does not fit what is left of the page starts the next one (unless it fills a page alone).
      if (p && row + group.length > ROWS && row > (out.length === 1 ? 2 : 0)) row = ROWS;
      for (const l of group) {
        if (!p || row >= ROWS) {
          p = { lines: [], rules: [], doc: -1, kind: 'toc' };
          out.push(p);
          row = 0;
          if (out.length === 1) {
            const head = gen('目　录', 0, 'tocHead', 'xbs');
            head.size = 'title';
            head.align = 'center';
            head.cells = 3;
            p.lines.push({ ...head, row: 0 });
            row = 2;
          }
        }
        if (l.role === 'tocSection' && l.segs[0].text === '' ) {
          if (row > 0) row++; // no blank line at the top of a page
          continue;
        }
        p.lines.push({ ...l, row });
        row++;
      }
    }
    return out;
  };
  const cover: Page = {
    lines: [], rules: [], doc: -1, kind: 'cover',
    cover: {
      title: input.title,
      year: input.year !== undefined ? `${input.year}年` : undefined,
      issue: input.number !== undefined ? `第${input.number}期` : undefined,
    },
  };
  // Page 1 must be a right-hand page, as every odd page (GB/T 9704 7.5 puts odd numbers right, even
  // left): after a cover and 目录 of an odd number of pages, a blank page (the 目录's back).
  const frontOf = (tocPages: number) => 1 + tocPages + ((1 + tocPages) % 2);
  const front = frontOf(pagesFromLines(tocLines(() => 0)).length);
  // Documents, numbered continuously.
  const docPages: Page[] = [];
  const starts: number[] = [];
  let n = 1;
  laid.forEach((l, li) => {
    l.r.docs.forEach((d, di) => {
      const ps = layoutDoc(d, { doc: raw.findIndex((e) => e.laidIx === li && e.docIx === di), firstNumber: n, lineOfOffset: (o) => l.r.source.positionAt(o).line });
      starts.push(n);
      n += ps.length;
      pushAll(docPages, ps);
    });
  });
  const toc = pagesFromLines(tocLines((i) => starts[i]));
  if (frontOf(toc.length) !== front) throw new Error('目录页数在填入页码后发生变化 (the 目录 changed length)');
  if (1 + toc.length < front) toc.push({ lines: [], rules: [], doc: -1, kind: 'toc' });
  const entries: IssueEntry[] = raw.map((e, i) => ({
    section: e.section, title: e.title, number: e.number, page: starts[i], name: e.name,
    pageIndex: front + docPages.findIndex((p) => p.number === starts[i]), ...(e.untitled ? { untitled: true } : {}),
  }));
  return { pages: [cover, ...toc, ...docPages], entries };
}

function blankLine(): PLine {
  return gen('', 0, 'tocSection', 'fs');
}

function gen(text: string, col: number, role: PLine['role'], font: 'fs' | 'ht' | 'kt' | 'xbs'): PLine {
  const map = Array.from({ length: text.length + 1 }, () => -1);
  return { row: 0, col, cells: cellsOfText(text), size: 'body', role, segs: [{ text, font, map }], line: -1, doc: -1 };
}

export function renderIssueHtml(input: IssueInput, opts: HtmlOptions & { model?: Model } = {}): { html: string } & AssembledIssue {
  const a = assembleIssue(input, opts.model);
  return { ...a, html: renderPagesHtml(a.pages, { ...opts, title: opts.title ?? input.title }) };
}
