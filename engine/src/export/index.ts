// Export a document or assemble a gazette issue to HTML, PDF or DOCX. Shared by the CLI and the
// VS Code commands. Reading files is here (not in render/), which stays pure.
import { readDataFile } from '../text/read-file';
import { MAX_INPUT_BYTES } from '../text/limits';
import path = require('path');
import * as yaml from 'js-yaml';
import { decode } from '../text/encoding';
import type { SourceText } from '../text/source';
import type { Model } from '../model/types';
import { layoutText, assembleIssue, renderPagesHtml, type IssueInput, type Page, type DiagMark } from '../render';
import { htmlToPdf } from './pdf';
import { pagesToDocx } from './docx';

export { NoBrowserError, findChromium, htmlToPdf, CHROMIUM_ARGS } from './pdf';
export { pagesToDocx, CHAR_SPACING, LINE_PITCH } from './docx';

export type ExportFormat = 'html' | 'pdf' | 'docx';

export class ManifestError extends Error {}

export function formatOf(file: string): ExportFormat | undefined {
  const ext = path.extname(file).toLowerCase().slice(1);
  return ext === 'html' || ext === 'htm' ? 'html' : ext === 'pdf' ? 'pdf' : ext === 'docx' ? 'docx' : undefined;
}

async function output(pages: Page[], to: ExportFormat, title: string, diagnostics?: DiagMark[], source?: SourceText): Promise<Buffer> {
  if (to === 'docx') return pagesToDocx(pages, { title });
  const html = renderPagesHtml(pages, { title, diagnostics, source });
  if (to === 'html') return Buffer.from(html, 'utf8');
  return htmlToPdf(html);
}

/** A text with nothing to print: exporting it would make a blank numbered page that reads as a success. */
export class EmptyDocumentError extends Error {
  constructor() {
    super('文件为空，没有可导出的公文 / the document is empty: nothing to export');
  }
}

/** Renders one text (a draft or an issue's documents) to the format. */
export async function exportText(text: string, to: ExportFormat, opts: { model?: Model; title?: string } = {}): Promise<{ data: Buffer; pages: number }> {
  if (!text.trim()) throw new EmptyDocumentError();
  const r = layoutText(text, { model: opts.model });
  const title = opts.title ?? r.docs[0]?.title ?? '公文';
  return { data: await output(r.pages, to, title, undefined, r.source), pages: r.pages.length };
}

export interface Manifest {
  title: string;
  year?: number | string;
  number?: number | string;
  sections: { name: string; documents: string[] }[];
}

/** Reads an issue manifest (JSON or YAML); document paths are relative to the manifest. */
export function readManifest(file: string): { manifest: Manifest; dir: string } {
  let buf: Buffer;
  try {
    buf = readDataFile(file);
  } catch (e) {
    throw new ManifestError(`${file}: 无法读取清单 / cannot read the manifest (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  // Decoded as the documents are (a BOM, UTF-16, GBK saved by Windows editors): read as UTF-8, a
  // GBK manifest printed a garbled cover and section names, and a BOM made a JSON manifest invalid.
  const raw = decode(buf, file).text;
  let data: unknown;
  try {
    data = /\.json$/i.test(file) ? JSON.parse(raw) : yaml.load(raw);
  } catch (e) {
    throw new ManifestError(`${file}: 清单格式错误 / the manifest is not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${(e as Error).message}`);
  }
  const m = data as Partial<Manifest> | null;
  const bad = (why: string) => new ManifestError(`${file}: ${why}`);
  if (!m || typeof m !== 'object') throw bad('清单应为对象 / the manifest must be an object');
  if (typeof m.title !== 'string' || !m.title) throw bad('缺少 title（刊名） / missing "title"');
  if (!Array.isArray(m.sections) || !m.sections.length) throw bad('缺少 sections（栏目列表） / missing "sections"');
  m.sections.forEach((s, i) => {
    if (!s || typeof s.name !== 'string') throw bad(`sections[${i}] 缺少 name / sections[${i}] needs a "name"`);
    if (!Array.isArray(s.documents) || !s.documents.every((d) => typeof d === 'string')) {
      throw bad(`sections[${i}].documents 应为文件路径列表 / sections[${i}].documents must be a list of paths`);
    }
    // A section that lists nothing would vanish from the issue and its 目录 without a word.
    if (!s.documents.length) throw bad(`sections[${i}]（${s.name}）没有文件 / sections[${i}] (${s.name}) lists no documents`);
  });
  return { manifest: m as Manifest, dir: path.dirname(path.resolve(file)) };
}

export function readText(file: string): string {
  let buf: Buffer;
  try {
    buf = readDataFile(file, MAX_INPUT_BYTES);
  } catch (e) {
    throw new ManifestError(`${file}: 无法读取 / cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return decode(buf, file).text;
}

export function issueInput(manifest: Manifest, dir: string): IssueInput {
  return {
    title: manifest.title, year: manifest.year, number: manifest.number,
    sections: manifest.sections.map((s) => ({
      name: s.name,
      documents: s.documents.map((d) => {
        const file = path.resolve(dir, d);
        const text = readText(file);
        // An empty file has no document to print: the issue would leave it out without a word.
        if (!text.trim()) throw new ManifestError(`${file}: 文件为空，没有可汇编的公文 / the document is empty: nothing to put in the issue`);
        return { name: d, text };
      }),
    })),
  };
}

export async function exportIssue(manifestFile: string, to: ExportFormat, opts: { model?: Model } = {}) {
  const { manifest, dir } = readManifest(manifestFile);
  const a = assembleIssue(issueInput(manifest, dir), opts.model);
  // What the issue was made from: a caller must not write the issue over one of them.
  const read = [manifestFile, ...manifest.sections.flatMap((s) => s.documents.map((d) => path.resolve(dir, d)))];
  return { data: await output(a.pages, to, manifest.title), pages: a.pages.length, entries: a.entries, read };
}
