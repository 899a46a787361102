// A configuration's extra corpus folders ("corpus" in .gongwenrc.json), trained and merged into the
// model. The command line and the language server both use this, so a team's own codes and unit
// names count alike in the editor and in CI. Training a team's gazettes takes a second or more, so a
// training is kept: in memory for the life of the process (the server, the daemon, a folder run),
// and on disk across processes (a `gongwen lint` run by a script), keyed by the corpus's content
// and the build that trained it.
import fs = require('fs');
import { readDataFile } from '../text/read-file';
import path = require('path');
import { InputError } from '../text/encoding';
import { digest } from '../text/hash';
import { decodeCorpus, listCorpus, readCorpusBytes, readCorpusFiles } from './corpus';
import { parseModel } from './load';
import { mergeModels, serializeModel } from './serialize';
import { train, type TrainInput } from './train';
import type { Model } from './types';

export interface CorpusModelOptions {
  /** Gongwen's version and build: a training by another build is never reused. */
  tool: string;
  /** Folder that keeps trainings across processes; undefined: memory only. */
  cacheDir?: string;
  /** How long a corpus's file list, sizes and times are trusted before they are read again (0: every call). */
  recheckMs?: number;
  /** Trainings kept on disk; the least recently used beyond it are deleted. */
  keepOnDisk?: number;
  now?: () => number;
}

/** What the folders held when last looked at: file sizes and times, the content key they gave, and what could not be read. */
interface Listing {
  at: number;
  stamp: string;
  key: string;
  problems: InputError[];
}

const PREFIX = 'corpus-';

/** Said, by the CLI and the server, before why a file of a configuration's corpus could not be read. */
export const CORPUS_UNREADABLE = '配置中的训练语料无法读取 / corpus from the configuration cannot be read';

export class CorpusModels {
  private readonly listings = new Map<string, Listing>();
  private readonly trained = new Map<string, Model>();
  private readonly merged = new WeakMap<Model, Map<string, Model>>();
  /** Where the last call's training came from, for logs and tests; undefined: there was none to use. */
  lastSource: 'trained' | 'memory' | 'disk' | undefined;

  constructor(private readonly options: CorpusModelOptions) {}

  /**
   * `base` with the corpus `folders` trained into it, a key that changes whenever the merged model
   * does, and the corpus files and folders that could not be read (each an InputError naming it and
   * why): they are left out, and the others are still trained.
   */
  withCorpus(base: Model, folders: string[]): { model: Model; key: string; problems: InputError[] } {
    this.lastSource = undefined;
    if (!folders.length) return { model: base, key: '', problems: [] };
    const { key, read, problems } = this.contentKey(folders);
    if (!key) return { model: base, key, problems }; // no .txt or .md file that could be read teaches nothing
    const trained = this.trainedFor(key, read);
    let byKey = this.merged.get(base);
    if (!byKey) this.merged.set(base, (byKey = new Map()));
    let model = byKey.get(key);
    if (!model) remember(byKey, key, (model = mergeModels(base, trained)));
    return { model, key, problems };
  }

  /** Forget what the folders held (the server calls this when settings or watched files change). */
  recheck(): void {
    this.listings.clear();
  }

  /**
   * A hash of the readable corpus files' names and bytes, read again only when a file's size or
   * times or what could not be read changed; what could not be read; and how to read the corpus
   * for training: from the texts just hashed, when they were, so a file changed in between cannot
   * be trained under the other content's key.
   */
  private contentKey(folders: string[]): { key: string; read: () => TrainInput[]; problems: InputError[] } {
    const id = folders.join('\u0000');
    const now = (this.options.now ?? Date.now)();
    const seen = this.listings.get(id);
    const readAgain = () => readCorpusFiles(folders).inputs;
    if (seen && now - seen.at < (this.options.recheckMs ?? 0)) return { key: seen.key, read: readAgain, problems: seen.problems };
    const listing = listCorpus(folders);
    const stamp = [
      ...listing.files.map((f) => {
        // ctime: a chmod that makes a file readable (or not) changes it, and nothing else.
        const st = fs.statSync(f, { throwIfNoEntry: false }); // gone since listed: read, and reported, below
        return `${f}\u0000${st?.size}\u0000${st?.mtimeMs}\u0000${st?.ctimeMs}`;
      }),
      ...listing.problems.map((p) => `${p.file}\u0000${p.reason}`),
    ].join('\u0001');
    if (seen?.stamp === stamp) {
      this.listings.set(id, { ...seen, at: now });
      return { key: seen.key, read: readAgain, problems: seen.problems };
    }
    const problems = [...listing.problems];
    const texts: (TrainInput & { buf: Buffer })[] = [];
    for (const file of listing.files) {
      try {
        const buf = readCorpusBytes(file);
        texts.push({ file, buf, text: decodeCorpus(file, buf) });
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        problems.push(e);
      }
    }
    // train() knows a file by its base name and text: the same names and bytes train the same model.
    const parts = texts.map(({ file, buf }) => `${path.basename(file)}\u0000${digest('sha256', buf)}`).sort();
    const key = texts.length ? digest('sha256', [this.options.tool, ...parts].join('\u0001')) : '';
    this.listings.set(id, { at: now, stamp, key, problems });
    return { key, read: () => texts.map(({ file, text }) => ({ file, text })), problems };
  }

  private trainedFor(key: string, read: () => TrainInput[]): Model {
    const inMemory = this.trained.get(key);
    if (inMemory) {
      this.lastSource = 'memory';
      return inMemory;
    }
    let model = this.fromDisk(key);
    this.lastSource = model ? 'disk' : 'trained';
    if (!model) {
      model = train(read());
      this.toDisk(key, model);
    }
    remember(this.trained, key, model);
    return model;
  }

  private fileOf(key: string): string | undefined {
    return this.options.cacheDir ? path.join(this.options.cacheDir, `${PREFIX}${key.slice(0, 40)}.json`) : undefined;
  }

  /** A kept training, or undefined when there is none or it is damaged (then it is trained again). */
  private fromDisk(key: string): Model | undefined {
    const file = this.fileOf(key);
    if (!file) return undefined;
    try {
      const model = parseModel(readDataFile(file).toString('utf8'), file);
      const now = new Date();
      fs.utimesSync(file, now, now); // recently used: kept when older ones are pruned
      return model;
    } catch {
      return undefined;
    }
  }

  private toDisk(key: string, model: Model): void {
    const file = this.fileOf(key);
    if (!file) return;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // A temporary file renamed into place: a parallel run never reads half a file.
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      fs.writeFileSync(tmp, serializeModel(model));
      fs.renameSync(tmp, file);
      this.prune(path.dirname(file));
    } catch {
      // a read-only or full disk: the training is only kept in memory
    }
  }

  private prune(dir: string): void {
    const keep = this.options.keepOnDisk ?? 8;
    const kept = fs.readdirSync(dir)
      .filter((n) => n.startsWith(PREFIX) && n.endsWith('.json'))
      .map((n) => ({ file: path.join(dir, n), at: fs.statSync(path.join(dir, n)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const { file } of kept.slice(keep)) fs.rmSync(file, { force: true });
  }
}

/** Trainings and merged models kept in memory per store or base model: a corpus edited all day must not pile them up. */
const KEPT_IN_MEMORY = 4;

/** Sets `key` in `map`, dropping the oldest entries beyond KEPT_IN_MEMORY. */
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.set(key, value);
  for (const old of map.keys()) {
    if (map.size <= KEPT_IN_MEMORY) break;
    map.delete(old);
  }
}

/**
 * The user's cache folder for Gongwen, as each system names it: GONGWEN_CACHE_DIR when set, else
 * %LOCALAPPDATA%\gongwen\Cache (Windows), ~/Library/Caches/gongwen (macOS), $XDG_CACHE_HOME/gongwen
 * or ~/.cache/gongwen (elsewhere).
 */
export function userCacheDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (env.GONGWEN_CACHE_DIR) return env.GONGWEN_CACHE_DIR;
  if (platform === 'win32') return path.win32.join(env.LOCALAPPDATA || path.win32.join(home, 'AppData', 'Local'), 'gongwen', 'Cache');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Caches', 'gongwen');
  return path.posix.join(env.XDG_CACHE_HOME || path.posix.join(home, '.cache'), 'gongwen');
}
