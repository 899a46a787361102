// The registry a document is judged against: the model (bundled or custom) plus the documents of
// the workspace folders and of extra corpus folders, so cross-references between the files of a
// submission folder are checked, completed and navigable. Files are indexed once and re-indexed
// when they change on disk or in the editor; an open document's own entries are left out of the
// model it is linted with (a document is not a duplicate of itself).
import fs = require('fs');
import path = require('path');
import { fileURLToPath, pathToFileURL } from 'url';
import type { Gazette, GwDocument, Span } from '../../../engine/src/types';
import type { Model, RegistryDoc } from '../../../engine/src/model/types';
import { loadModel, ModelError } from '../../../engine/src/model/load';
import { movedLikeDocument, parseGazette, unmovedDocument } from '../../../engine/src/parse/gazette';
import { seriesKindOf } from '../../../engine/src/parse/docNumber';
import { SourceText } from '../../../engine/src/text/source';
import { readTextFile } from '../../../engine/src/text/read-file';
import { pushAll } from '../../../engine/src/arrays';

export const INDEXED_EXTENSIONS = ['.gw', '.gongwen'];
const MAX_FILES = 5000;
const SKIP_DIRS = new Set(['node_modules', '.git', '.svn', '.hg', 'dist', 'out', '.vscode-test']);

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).toString();
}

/** One document of an indexed file, with where it is (for go-to-definition). */
export interface IndexedDoc extends RegistryDoc {
  file: string;
  /** Source span of the number (or the title, or the document start). */
  span: Span;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** The registry entry a parsed document makes. */
export function registryEntry(doc: GwDocument, file: string, source: SourceText): IndexedDoc | undefined {
  const placed = unplacedEntry(doc, file);
  return placed && placedAt(placed, placed.span, source);
}

/** A document's registry entry but its place (span and range), with the span it is placed by. */
interface UnplacedEntry {
  entry: RegistryDoc & { file: string };
  span: Span;
}

function unplacedEntry(doc: GwDocument, file: string): UnplacedEntry | undefined {
  const number = doc.number?.canonical;
  const title = doc.title?.text.replace(/\s+/g, '');
  if (!number && !title) return undefined;
  const issuer = (doc.issuerMark?.text ?? '').replace(/\s+/g, '').replace(/文件$/, '');
  const span = doc.number ?? doc.title ?? { start: doc.start, end: doc.start };
  const entry = {
    number: number ?? '',
    title: title ?? '',
    shortTitle: (title ?? '').replace(/^.*?(?=关于)/, ''),
    issuer,
    ...(doc.date?.iso ? { date: doc.date.iso } : {}),
    type: doc.type,
    source: file,
    file,
  };
  return { entry, span: { start: span.start, end: span.end } };
}

function placedAt(placed: UnplacedEntry, span: Span, source: SourceText): IndexedDoc {
  return { ...placed.entry, span: { start: span.start, end: span.end }, range: { start: source.positionAt(span.start), end: source.positionAt(span.end) } };
}

/**
 * unplacedEntry, worked out once per parsed document and file: after a keystroke most documents
 * of a file are the previous parse's, moved, and reading their number, title, mark and date would
 * move each of those fields (parse/gazette.ts movedDocument) for an entry that did not change.
 */
const unplacedEntries = new WeakMap<GwDocument, { file: string; placed: UnplacedEntry | undefined }>();
function unplacedEntryOf(doc: GwDocument, file: string): UnplacedEntry | undefined {
  const base = unmovedDocument(doc);
  let known = unplacedEntries.get(base);
  if (known?.file !== file) unplacedEntries.set(base, known = { file, placed: unplacedEntry(base, file) });
  return known.placed;
}

export class ModelStore {
  private cache = new Map<string, { mtimeMs: number; model: Model }>();
  /** Messages about models that could not be loaded (shown once per change). */
  readonly errors: string[] = [];

  constructor(private readonly defaultPath?: string) {}

  /** The model at `file` (empty = default). A broken custom model falls back to the default with an error. */
  get(file: string): { model: Model; path: string; error?: string } {
    const p = file || this.defaultPath || '';
    try {
      return { model: this.load(p), path: p || '(default)' };
    } catch (e) {
      const error = e instanceof ModelError ? e.message : String(e);
      if (!file) throw e;
      return { model: this.load(this.defaultPath ?? ''), path: this.defaultPath || '(default)', error };
    }
  }

  private load(p: string): Model {
    const key = p || '(default)';
    let mtimeMs = 0;
    try {
      mtimeMs = p ? fs.statSync(p).mtimeMs : 0;
    } catch {
      /* loadModel reports the missing file */
    }
    const hit = this.cache.get(key);
    if (hit && hit.mtimeMs === mtimeMs) return hit.model;
    const model = loadModel(p || undefined);
    this.cache.set(key, { mtimeMs, model });
    return model;
  }

  clear(): void {
    this.cache.clear();
  }
}

export class WorkspaceIndex {
  private files = new Map<string, IndexedDoc[]>();
  /** Per file, the objects its registry entries were made from (unplacedEntryOf): the same ones when unchanged. */
  private entries = new Map<string, RegistryDoc[]>();
  /** Bumped whenever an entry changes, so cached merged models know they are stale. */
  version = 0;
  private merged = new Map<string, { version: number; model: Model }>();

  constructor(private readonly modelFor: () => Model) {}

  get size(): number {
    let n = 0;
    for (const docs of this.files.values()) n += docs.length;
    return n;
  }

  /** Every indexed document (all files). */
  all(): IndexedDoc[] {
    return [...this.files.values()].flat();
  }

  updateText(file: string, text: string): boolean {
    const source = new SourceText(text);
    try {
      return this.updateParsed(file, parseGazette(source, this.modelFor()), source);
    } catch {
      return this.updateParsed(file, { isIssue: false, toc: [], documents: [] }, source);
    }
  }

  /** Record a file's documents from a parse already made (the lint's); true when its entries changed. */
  updateParsed(file: string, gazette: Gazette, source: SourceText): boolean {
    const docs: IndexedDoc[] = [];
    const entries: RegistryDoc[] = [];
    for (const d of gazette.documents) {
      const placed = unplacedEntryOf(d, file);
      if (!placed) continue;
      // Its span moved as the document was: offsets in this text.
      docs.push(placedAt(placed, movedLikeDocument(d, placed.span), source));
      entries.push(placed.entry);
    }
    const before = this.files.get(file);
    const kept = this.entries.get(file);
    this.files.set(file, docs);
    this.entries.set(file, entries);
    // The same entry objects (documents the edit only moved): unchanged without comparing them.
    if (kept && kept.length === entries.length && kept.every((e, i) => e === entries[i])) return false;
    if (JSON.stringify(before?.map(strip) ?? null) === JSON.stringify(docs.map(strip))) return false;
    this.version++;
    return true;
  }

  updateFile(file: string): void {
    try {
      this.updateText(file, readTextFile(file).text); // as lint reads: a 2 GB .gw is not read whole
    } catch {
      this.remove(file);
    }
  }

  remove(file: string): void {
    this.entries.delete(file);
    if (this.files.delete(file)) this.version++;
  }

  /** Index every .gw/.gongwen file under the folders (bounded, skipping dependency folders). */
  scanFolders(folders: string[], extensions = INDEXED_EXTENSIONS): number {
    let count = 0;
    const walk = (dir: string) => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (count >= MAX_FILES) return;
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p);
        } else if (e.isFile() && extensions.includes(path.extname(e.name).toLowerCase())) {
          count++;
          this.updateFile(path.normalize(p));
        }
      }
    };
    for (const f of folders) walk(f);
    return count;
  }

  /** Look a number up among the indexed documents, optionally not in `exceptFile`. */
  findByNumber(number: string, exceptFile?: string): IndexedDoc | undefined {
    for (const [file, docs] of this.files) {
      if (file === exceptFile) continue;
      const d = docs.find((x) => x.number === number);
      if (d) return d;
    }
    return undefined;
  }

  findByTitle(title: string): IndexedDoc | undefined {
    const t = title.replace(/\s+/g, '');
    return this.all().find((d) => d.title === t);
  }

  /** The model plus the indexed documents of every file but `exceptFile`. */
  mergedModel(base: Model, baseKey: string, exceptFile?: string): Model {
    const key = `${baseKey}\u0000${exceptFile ?? ''}`;
    const hit = this.merged.get(key);
    if (hit && hit.version === this.version) return hit.model;
    const extra: RegistryDoc[] = [];
    for (const [file, docs] of this.files) {
      if (file !== exceptFile) pushAll(extra, docs.map(strip));
    }
    const model = mergeRegistry(base, extra);
    this.merged.set(key, { version: this.version, model });
    return model;
  }
}

function strip(d: IndexedDoc): RegistryDoc {
  const { number, title, shortTitle, issuer, date, type, source } = d;
  return { number, title, shortTitle, issuer, ...(date ? { date } : {}), type, ...(source ? { source } : {}) };
}

/** The model with extra registry documents: new numbers join `documents`, and each series' highest sequence number rises. */
export function mergeRegistry(base: Model, extra: RegistryDoc[]): Model {
  if (extra.length === 0) return base;
  const known = new Set(base.documents.map((d) => d.number).filter(Boolean));
  const documents = [...base.documents];
  const codes = base.codes.map((c) => ({ ...c, maxSeq: { ...c.maxSeq } }));
  for (const d of extra) {
    if (d.number && known.has(d.number)) continue;
    if (d.number) known.add(d.number);
    documents.push(d);
    const m = /^(.+?)〔(\d{4})〕(\d+)号$/.exec(d.number);
    if (!m) continue;
    const [, code, year, seq] = m;
    let c = codes.find((x) => x.code === code);
    if (!c) {
      c = { code, issuer: d.issuer, kind: seriesKindOf(code), count: 0, maxSeq: {} };
      codes.push(c);
    }
    c.count++;
    c.maxSeq[year] = Math.max(c.maxSeq[year] ?? 0, Number(seq));
  }
  return { ...base, documents, codes };
}
