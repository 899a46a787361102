// The daemon lints a file it has linted again as soon as the file changes on disk, before anyone
// asks: an editor saves, and by the time `gongwen lint` asks (a pre-commit hook, a terminal, a
// task), the result of the new text is kept, so that asking costs what asking about an unchanged
// file costs. The background lint is the one the request would make (the kept options, the file's
// new text: cli/src/kept.ts); a request with other options or another text (the file changed
// again) lints as it did before. Only files with a kept result are watched: 64 at most.
import fs = require('fs');
import { lintIncremental } from '../../../engine/src';
import { readInput } from '../inputs';
import { keepResult, keptFiles, keptLint, onKeptFilesChanged } from '../kept';

/** A save is a truncation and one or more writes: the lint waits until they have settled. */
const SETTLE_MS = 5;

interface Watched {
  watcher?: fs.FSWatcher;
  timer?: NodeJS.Timeout;
}

/**
 * Watches the files with a kept result and lints each again, through `enqueue` (the daemon's
 * queue: never while a request's lint runs), when it changes. Returns the function that stops.
 */
export function anticipateChanges(enqueue: (task: () => void) => void, log: (line: string) => void): () => void {
  const watched = new Map<string, Watched>();
  let stopped = false;

  const watch = (file: string, w: Watched): void => {
    try {
      // Not persistent: a watcher keeps no daemon alive that would stop.
      w.watcher = fs.watch(file, { persistent: false }, (event) => {
        // A rename: the file was replaced (an editor's atomic save) or deleted; this watcher
        // follows the old file, so the path is watched anew once the save has settled.
        if (event === 'rename') {
          w.watcher?.close();
          w.watcher = undefined;
        }
        clearTimeout(w.timer);
        w.timer = setTimeout(() => changed(file, w), SETTLE_MS);
      });
      w.watcher.on('error', () => {
        w.watcher?.close();
        w.watcher = undefined;
      });
    } catch {
      // gone already, or no watches left (inotify's limit): the request lints as before
    }
  };

  const changed = (file: string, w: Watched): void => {
    if (stopped || watched.get(file) !== w) return;
    if (!w.watcher) watch(file, w);
    enqueue(() => {
      const kept = keptLint(file);
      if (stopped || !kept) return;
      let text: string;
      try {
        text = readInput(file).text;
      } catch {
        return; // deleted or unreadable: the request says why
      }
      if (text === kept.result.source.text) return;
      try {
        keepResult(file, lintIncremental(kept.result, text, kept.options), kept.options, true);
      } catch (e) {
        log(`gongwen: 后台检查出错 / the background lint failed: ${file}: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
  };

  const unwatch = (file: string): void => {
    const w = watched.get(file);
    w?.watcher?.close();
    clearTimeout(w?.timer);
    watched.delete(file);
  };

  onKeptFilesChanged(() => {
    if (stopped) return;
    const files = new Set(keptFiles());
    for (const file of [...watched.keys()]) if (!files.has(file)) unwatch(file);
    for (const file of files) {
      // A file whose watch ended (deleted, then written and linted again) is watched anew.
      const w = watched.get(file) ?? {};
      watched.set(file, w);
      if (!w.watcher) watch(file, w);
    }
  });

  return () => {
    stopped = true;
    onKeptFilesChanged(undefined);
    for (const file of [...watched.keys()]) unwatch(file);
  };
}
