// gongwen lint --cache, as ESLint's: each file's diagnostics are stored with what decided them and
// reused while none of it changed, so a CI run over an unchanged folder lints nothing. What decides
// a result: the text; the model file (and the configuration's corpus files); the configuration's
// rules and date, --date; today (rules judge "future" dates by it); Gongwen's version and build.
// All diagnostics are stored, notes included: --quiet and --info filter at report time. The file is
// only ever a shortcut: an unreadable, corrupt or foreign one is ignored, one that cannot be
// written is not written, and neither changes a report.
import fs = require('fs');
import path = require('path');
import { SourceText, type Diagnostic, type Fix } from '../../engine/src';
import type { ResolvedConfig } from '../../engine/src/config';
import type { Decoded } from '../../engine/src/text/encoding';
import { digest } from '../../engine/src/text/hash';
import type { SuppressedDiagnostic } from '../../engine/src/directives';
import { corpusFiles, decodeCorpus } from '../../engine/src/model/corpus';
import { toolIdentity } from '../../engine/src/build';
import type { FileResult } from './formatters/common';
import { readInput } from './inputs';
import { readDataFile, readFileBytes } from '../../engine/src/text/read-file';
import { writeFileAtomic } from './io';
import type { Session } from './session';

/** How a file is known unchanged: a hash of its text (CI checkouts change mtimes), or its size and mtime. */
export const CACHE_STRATEGIES = ['content', 'metadata'] as const;
export type CacheStrategy = (typeof CACHE_STRATEGIES)[number];

export const DEFAULT_CACHE_LOCATION = '.gongwencache';
const FORMAT = 'gongwen-lint-cache';
const FORMAT_VERSION = 1;

interface Entry {
  /** Hash of what decided the result besides the text (see settings()). */
  settings: string;
  /** The decoded text's hash (all the engine reads of a file: its encoding decides nothing), or size:mtime. */
  content: string;
  diagnostics: Diagnostic[];
  /** What directives suppressed (JSON's suppressedMessages), when anything. */
  suppressed?: SuppressedDiagnostic[];
}

/** A file looked up: the text read, its key, and its stored result when that still holds. */
export interface Probe {
  file: string;
  /** The file as read and hashed: a miss is linted from it, not read again. */
  decoded: Decoded;
  settings: string;
  content: string;
  result?: FileResult;
}

/**
 * The cache file `--cache-location` names, read as ESLint reads it: a folder (one that exists, or a
 * path ending in a separator) holds a file named after the working folder, so projects can share it.
 */
export function cacheFile(location: string | undefined, cwd: string): string {
  const p = path.resolve(cwd, location ?? DEFAULT_CACHE_LOCATION);
  let folder = location !== undefined && /[\\/]$/.test(location);
  try {
    folder ||= fs.statSync(p).isDirectory();
  } catch {
    // not there yet: a file
  }
  return folder ? path.join(p, `${DEFAULT_CACHE_LOCATION}_${hash(cwd).slice(0, 10)}`) : p;
}

/** A hash of a text as the engine sees it (UTF-16 code units: lossless, and shorter than UTF-8 for Chinese). */
function hash(text: string): string {
  return digest('sha1', text, 'utf16le');
}

function metadata(st: fs.Stats): string {
  return `${st.size}:${st.mtimeMs}`;
}

/**
 * At the cache's place, a file that is neither a cache nor what a damaged one could be (empty, a
 * cache's cut-off start, or JSON of the cache's format): a document, a package.json, the model or a
 * configuration, named by --cache-location by mistake. It is never written over.
 */
export class NotACacheError extends Error {
  constructor(readonly file: string) {
    super(`not a Gongwen lint cache: ${file}`);
  }
}

export class LintCache {
  /** Why the stored cache was ignored or not written, for GONGWEN_DEBUG=cache. */
  readonly notes: string[] = [];
  private readonly seen = new Set<string>();
  private readonly settingsOf = new WeakMap<ResolvedConfig, string>();
  private readonly identities = new Map<string, string>();
  private dirty = false;

  private constructor(readonly file: string, readonly strategy: CacheStrategy, private readonly tool: string,
    private readonly entries: Map<string, Entry>) {}

  /**
   * The cache stored in `file`; empty when there is none or it cannot be used. Throws
   * NotACacheError when `file` holds something else, which a cache must not replace.
   */
  static open(file: string, strategy: CacheStrategy, tool: string = toolIdentity()): LintCache {
    const empty = (why?: string) => {
      const c = new LintCache(file, strategy, tool, new Map());
      if (why) {
        c.notes.push(`stored cache ignored: ${why}`);
        c.dirty = true; // replaced by a usable one
      }
      return c;
    };
    let data: { format?: unknown; version?: unknown; tool?: unknown; files?: unknown };
    let text: string;
    try {
      text = readDataFile(file).toString('utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return code === 'ENOENT' ? empty() : empty(`unreadable (${code ?? (e as Error).message})`);
    }
    try {
      data = JSON.parse(text);
    } catch {
      // A cache cut off (the way it starts, or part of it) is replaced; anything else is kept.
      const start = `{"format":"${FORMAT}"`;
      if (text.trim() && !start.startsWith(text.slice(0, start.length))) throw new NotACacheError(file);
      return empty('not valid JSON');
    }
    // Any other JSON (package.json, the model, .gongwenrc.json) is someone's file, not a damaged cache.
    if (typeof data !== 'object' || data === null || data.format !== FORMAT) throw new NotACacheError(file);
    if (typeof data.files !== 'object' || !data.files || Array.isArray(data.files)) return empty('not a Gongwen lint cache');
    if (data.version !== FORMAT_VERSION || data.tool !== tool) return empty('made by another version or build of Gongwen');
    return new LintCache(file, strategy, tool, new Map(Object.entries(data.files as Record<string, Entry>)));
  }

  /**
   * Reads `file` and looks it up. Undefined when it cannot be read, decoded or configured: the lint
   * then meets and reports the same problem as without a cache, and nothing is stored for it.
   */
  probe(session: Session, file: string): Probe | undefined {
    this.seen.add(file);
    let probe: Probe;
    try {
      // The stat before the read: a change in between costs a miss next time, never a stale hit.
      const st = fs.statSync(file);
      // Only a regular file is the same file next time: a pipe (`gongwen lint --cache <(…)` names
      // /dev/fd/63) is another text under the same name at every run. Not read here: the lint reads it.
      if (!st.isFile()) {
        this.forget(file);
        return undefined;
      }
      const meta = this.strategy === 'metadata' ? metadata(st) : undefined;
      const decoded = readInput(file);
      probe = { file, decoded, settings: this.settings(session, session.resolver.forFile(file)), content: meta ?? hash(decoded.text) };
    } catch {
      this.forget(file);
      return undefined;
    }
    const entry = this.entries.get(file);
    const length = probe.decoded.text.length;
    if (entry?.settings === probe.settings && entry.content === probe.content && validDiagnostics(entry.diagnostics, length) &&
      (entry.suppressed === undefined || (validDiagnostics(entry.suppressed, length) && entry.suppressed.every((d) => Array.isArray(d.suppressions))))) {
      probe.result = {
        filePath: file, source: new SourceText(probe.decoded.text), diagnostics: entry.diagnostics,
        ...(entry.suppressed?.length ? { suppressed: entry.suppressed } : {}),
      };
    }
    return probe;
  }

  /**
   * Stores a probed file's result when it is the lint of the text probed (not a fixed text, not a
   * file changed in between) and the lint met no problem (a rule that crashed); else drops the entry.
   */
  store(probe: Probe | undefined, result: FileResult | undefined, clean: boolean): void {
    if (!probe) return;
    if (!clean || result?.source.text !== probe.decoded.text) {
      this.forget(probe.file);
      return;
    }
    this.entries.set(probe.file, {
      settings: probe.settings, content: probe.content, diagnostics: result.diagnostics,
      ...(result.suppressed?.length ? { suppressed: result.suppressed } : {}),
    });
    this.dirty = true;
  }

  /** Writes the cache when it changed (atomically), without the files that no longer exist; a failure is only noted. */
  save(): void {
    for (const file of this.entries.keys()) {
      if (!this.seen.has(file) && !fs.existsSync(file)) this.forget(file);
    }
    if (!this.dirty) return;
    const data = { format: FORMAT, version: FORMAT_VERSION, tool: this.tool, files: Object.fromEntries(this.entries) };
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileAtomic(this.file, JSON.stringify(data));
      this.dirty = false;
    } catch (e) {
      this.notes.push(`not written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }

  private forget(file: string): void {
    if (this.entries.delete(file)) this.dirty = true;
  }

  /** What decides a result besides the text, for files under `config`: one hash per configuration. */
  private settings(session: Session, config: ResolvedConfig): string {
    let s = this.settingsOf.get(config);
    if (s === undefined) {
      const { file, corpus } = session.modelSource(config);
      s = hash(JSON.stringify({
        today: session.options.today, date: session.dateFor(config), rules: config.rules, unused: session.unusedDirectives(config),
        model: [file, this.identity(file)], corpus: corpusFiles(corpus).map((f) => [f, this.identity(f, true)]),
      }));
      this.settingsOf.set(config, s);
    }
    return s;
  }

  /**
   * A model or corpus file's identity under the strategy. Read as lint reads a file (a FIFO or a
   * device is refused, 20 MB at most), and a corpus file decoded as training decodes it, even under
   * the metadata strategy: one that cannot be read throws, so the files it decides are linted, and
   * its problem is reported, at every run (a stored result would skip loading the corpus, and the
   * problem with it).
   */
  private identity(file: string, corpus = false): string {
    let id = this.identities.get(file);
    if (id === undefined) {
      const st = fs.statSync(file);
      if (this.strategy === 'metadata' && !corpus) {
        if (!st.isFile()) throw new Error(`not a regular file: ${file}`); // a pipe is another model at every run
        id = metadata(st);
      } else {
        const bytes = readFileBytes(file);
        if (corpus) decodeCorpus(file, bytes);
        id = this.strategy === 'metadata' ? metadata(st) : digest('sha1', bytes);
      }
      this.identities.set(file, id);
    }
    return id;
  }
}

const SEVERITIES = new Set(['error', 'warning', 'info']);
const offset = (n: unknown, length: number) => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= length;
const isFix = (f: Fix | undefined, length: number) =>
  !!f && Array.isArray(f.range) && f.range.length === 2 && offset(f.range[0], length) && offset(f.range[1], length) &&
  f.range[0] <= f.range[1] && typeof f.text === 'string';

/** Whether stored diagnostics are whole and inside the text: a damaged entry is a miss, never a wrong report. */
function validDiagnostics(ds: unknown, length: number): ds is Diagnostic[] {
  return Array.isArray(ds) && ds.every((d: Partial<Diagnostic> | null) =>
    !!d && typeof d.ruleId === 'string' && SEVERITIES.has(d.severity!) && typeof d.message === 'string' &&
    offset(d.start, length) && offset(d.end, length) && d.start! <= d.end! &&
    (d.fix === undefined || isFix(d.fix, length)) &&
    (d.suggestions === undefined || (Array.isArray(d.suggestions) && d.suggestions.every((s) => !!s && typeof s.desc === 'string' && isFix(s.fix, length)))));
}
