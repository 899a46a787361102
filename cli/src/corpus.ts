// Config "corpus": extra gazette folders, trained and merged into the model, so a team can teach
// Gongwen its own issuing codes and unit names without shipping a model file. The stores live as
// long as the process: the daemon and a folder run train a corpus once, and a training is kept in
// the user's cache folder for the next process (GONGWEN_DEBUG=corpus says where each came from).
import os = require('os');
import type { Model } from '../../engine/src';
import { CorpusModels, userCacheDir } from '../../engine/src/model/corpusModels';
import { toolIdentity } from '../../engine/src/build';
import type { InputError } from '../../engine/src/text/encoding';
import { debugging } from './io';

/** One store per cache folder: a daemon's lints each use their own client's GONGWEN_CACHE_DIR. */
const stores = new Map<string, CorpusModels>();

/** `base` with `folders` trained into it, and the corpus files and folders that could not be read (left out). */
export function corpusModel(base: Model, folders: string[], stderr: (s: string) => void): { model: Model; problems: InputError[] } {
  const cacheDir = userCacheDir(process.env, process.platform, os.homedir());
  let store = stores.get(cacheDir);
  if (!store) stores.set(cacheDir, (store = new CorpusModels({ tool: toolIdentity(), cacheDir })));
  const started = Date.now();
  const { model, problems } = store.withCorpus(base, folders);
  if (debugging('corpus')) stderr(`gongwen: corpus ${folders.join(', ')}: ${store.lastSource ?? 'no .txt or .md file'} (${Date.now() - started} ms)\n`);
  return { model, problems };
}
