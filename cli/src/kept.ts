// What a long-lived process (the daemon) keeps from one lint run to the next, as the language
// server keeps an open document's last lint: the models, so that a run uses the very model object
// the last one did (the engine memoises its look-ups per model, and a corpus is merged into it
// once), and each file's last result, so that linting it again is an incremental lint of the
// difference (lintIncremental: exactly the diagnostics of a full lint). A one-shot `gongwen lint`
// has no next run: it keeps nothing, and nothing here is switched on.
import fs = require('fs');
import type { LintResult, Model } from '../../engine/src';

let keeping = false;
const models = new Map<string, KeptModel>();
/** Results by absolute file path, oldest first. */
const results = new Map<string, LintResult>();

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
  return keeping ? results.get(file) : undefined;
}

/** Keeps `result` as the last lint of `file` (when keeping), and forgets the oldest beyond the limits. */
export function keepResult(file: string, result: LintResult): void {
  if (!keeping) return;
  results.delete(file); // re-inserted last: the newest
  if (result.source.text.length > MAX_CHARS) return;
  results.set(file, result);
  let chars = 0;
  for (const r of results.values()) chars += r.source.text.length;
  for (const [f, r] of results) {
    if (results.size <= MAX_FILES && chars <= MAX_CHARS) break;
    results.delete(f);
    chars -= r.source.text.length;
  }
}
