// What a long-lived process (the daemon) keeps from one lint run to the next, as the language
// server keeps an open document's last lint: the models, so that a run uses the very model object
// the last one did (the engine memoises its look-ups per model, and a corpus is merged into it
// once), and each file's last result, so that linting it again is an incremental lint of the
// difference (lintIncremental: exactly the diagnostics of a full lint). A one-shot `gongwen lint`
// has no next run: it keeps nothing, and nothing here is switched on.
import fs = require('fs');
import type { LintOptions, LintResult, Model } from '../../engine/src';

let keeping = false;
const models = new Map<string, KeptModel>();
/** Results by absolute file path, oldest first. */
const results = new Map<string, Kept>();
/** Told when the set of files with a kept result may have changed (cli/src/daemon/anticipate.ts). */
let keptFilesChanged: (() => void) | undefined;

/** A file's last lint: its result, the options it was made with, and who made it. */
export interface Kept {
  result: LintResult;
  options: LintOptions;
  /** Made by the daemon when the file changed, before anyone asked (cli/src/daemon/anticipate.ts). */
  ahead: boolean;
}

/**
 * From now on, this process keeps models and results between runs (`gongwen daemon serve`); with
 * `false`, it neither reads nor adds to what it kept (tests compare with a fresh process's run).
 */
export function keepBetweenRuns(on = true): void {
  keeping = on;
}

/** Forgets what was kept (tests). */
export function forgetKept(): void {
  models.clear();
  results.clear();
  keptFilesChanged?.();
}

/** `listener` is called after each change of the kept results (one listener: the daemon's). */
export function onKeptFilesChanged(listener: (() => void) | undefined): void {
  keptFilesChanged = listener;
}

/** The files with a kept result. */
export function keptFiles(): string[] {
  return [...results.keys()];
}

/** Models kept at most: one trained on a team's own gazettes can be large. */
const MAX_MODELS = 4;

interface KeptModel {
  stamp: string;
  model: Model;
}

/**
 * The model in `file`, loaded by `load`: when keeping, the object an earlier run loaded from the
 * same file, as long as the file is unchanged (its size, times and inode). A file that cannot be
 * stat'ed is loaded, and `load` says why it cannot be read.
 */
export function keptModel(file: string, load: () => Model): Model {
  if (!keeping) return load();
  let stamp: string;
  try {
    const st = fs.statSync(file, { bigint: true });
    stamp = `${st.size} ${st.mtimeNs} ${st.ctimeNs} ${st.ino}`;
  } catch {
    return load();
  }
  const k = models.get(file);
  if (k?.stamp === stamp) return k.model;
  const model = load();
  models.delete(file); // re-inserted last: the newest
  models.set(file, { stamp, model });
  // A few projects' models at most: the one least recently loaded goes.
  if (models.size > MAX_MODELS) models.delete(models.keys().next().value!);
  return model;
}

/**
 * At most this many files' results are kept, and this many characters of their texts in all: a
 * result holds ~30 bytes per character (3 MB for the 292 KB gazette's 0.1 M characters). The files
 * linted last are the ones linted again: a submission folder of drafts, linted again after one of
 * them was edited (a folder under 256 KB is linted in the daemon's thread, not spread over workers).
 */
const MAX_FILES = 64;
const MAX_CHARS = 2_000_000;

/** The result of the last lint of `file` in this process, when keeping. */
export function previousResult(file: string): LintResult | undefined {
  return keeping ? results.get(file)?.result : undefined;
}

/** The last lint of `file` with its options, when keeping. */
export function keptLint(file: string): Kept | undefined {
  return keeping ? results.get(file) : undefined;
}

/**
 * Keeps `result`, made with `options`, as the last lint of `file` (when keeping), and forgets the
 * oldest beyond the limits. `ahead`: made in the background when the file changed.
 */
export function keepResult(file: string, result: LintResult, options: LintOptions, ahead = false): void {
  if (!keeping) return;
  results.delete(file); // re-inserted last: the newest
  if (result.source.text.length <= MAX_CHARS) {
    results.set(file, { result, options, ahead });
    let chars = 0;
    for (const k of results.values()) chars += k.result.source.text.length;
    for (const [f, k] of results) {
      if (results.size <= MAX_FILES && chars <= MAX_CHARS) break;
      results.delete(f);
      chars -= k.result.source.text.length;
    }
  }
  keptFilesChanged?.();
}
