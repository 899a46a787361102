// Reading a training corpus from files and folders (for `gongwen train`, the config's extra
// corpus folders and the default-model script). Folders are walked in sorted order; each file is
// read as lint reads its inputs (text/read-file.ts: 20 MB at most, no FIFO or device, binary
// refused; BOM, UTF-8, GB18030 decoded), so a GBK gazette trains the same as UTF-8. A file or folder
// that cannot be read is a problem naming it, and the others are still read.
import fs = require('fs');
import path = require('path');
import { decode, InputError } from '../text/encoding';
import { nodeUtf8 } from '../text/node-utf8';
import { ioReason, readFileBytes } from '../text/read-file';
import type { TrainInput } from './train';

const CORPUS_EXT = /\.(txt|md)$/i;

/** The files a list of corpus paths names, and what could not be listed. */
export interface CorpusListing {
  files: string[];
  problems: InputError[];
}

/**
 * Adds a folder's .txt/.md files to `out`, sorted. As lint's folders: hidden names, FIFOs, devices
 * and dangling links are passed over; a folder that cannot be read, or one met again through a
 * link, is not walked (the first is a problem).
 */
function walk(dir: string, out: CorpusListing, visited: Set<string>): void {
  let names: string[];
  try {
    const real = fs.realpathSync(dir);
    if (visited.has(real)) return;
    visited.add(real);
    names = fs.readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
  } catch (e) {
    out.problems.push(new InputError(dir, ioReason(e, 'folder')));
    return;
  }
  for (const n of names) {
    const p = path.join(dir, n);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      continue; // gone since listed, or a dangling link: nothing the user named
    }
    if (st.isDirectory()) walk(p, out, visited);
    else if (st.isFile() && CORPUS_EXT.test(n)) out.files.push(p);
  }
}

/** The files a list of corpus paths names (folders expanded to their .txt/.md files), and the paths that could not be listed. */
export function listCorpus(paths: string[]): CorpusListing {
  const out: CorpusListing = { files: [], problems: [] };
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      out.problems.push(new InputError(p, `找不到训练语料 / corpus path not found (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`));
      continue;
    }
    // A file named is read whatever it is (and refused then if it is no regular file).
    if (st.isDirectory()) walk(p, out, new Set());
    else out.files.push(p);
  }
  return out;
}

/** The files a list of corpus paths names; throws the first path that could not be listed. */
export function corpusFiles(paths: string[]): string[] {
  const { files, problems } = listCorpus(paths);
  if (problems.length) throw problems[0];
  return files;
}

/** A corpus file's bytes, read as lint reads a file; one that cannot be read is an InputError naming it. */
export function readCorpusBytes(file: string): Buffer {
  return readFileBytes(file);
}

/** A corpus file's text; one that cannot be read or decoded is an InputError naming it. */
export function decodeCorpus(file: string, buf: Buffer): string {
  return decode(buf, file, nodeUtf8).text;
}

/**
 * Reads and decodes every corpus file that can be; the others are problems, in order. Texts that
 * are not gazette issues are skipped by train().
 */
export function readCorpusFiles(paths: string[]): { inputs: TrainInput[]; problems: InputError[] } {
  const { files, problems } = listCorpus(paths);
  const inputs: TrainInput[] = [];
  for (const file of files) {
    try {
      inputs.push({ file, text: decodeCorpus(file, readCorpusBytes(file)) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(e);
    }
  }
  return { inputs, problems };
}

/** Reads and decodes every corpus file; throws the first that cannot be read (the default model's script). */
export function readCorpus(paths: string[]): TrainInput[] {
  const { inputs, problems } = readCorpusFiles(paths);
  if (problems.length) throw problems[0];
  return inputs;
}
