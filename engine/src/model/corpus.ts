// Reading a training corpus from files and folders (for `gongwen train`, the config's extra
// corpus folders and the default-model script). Folders are walked in sorted order; texts are
// decoded like lint input (BOM, UTF-8, GB18030), so a GBK gazette trains the same as UTF-8.
import fs = require('fs');
import path = require('path');
import { decode, InputError } from '../text/encoding';
import { nodeUtf8 } from '../text/node-utf8';
import type { TrainInput } from './train';

const CORPUS_EXT = /\.(txt|md)$/i;

function walk(dir: string, out: string[]): void {
  const names = fs.readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
  for (const n of names) {
    const p = path.join(dir, n);
    const st = fs.statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (CORPUS_EXT.test(n)) out.push(p);
  }
}

/** The files a list of corpus paths names (folders expanded to their .txt/.md files). */
export function corpusFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      throw new InputError(p, `找不到训练语料 / corpus path not found (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    if (st.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** A corpus file's bytes; a file that cannot be read is an InputError naming it. */
export function readCorpusBytes(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new InputError(file, `无法读取 / cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Reads and decodes every corpus file. Texts that are not gazette issues are skipped by train(). */
export function readCorpus(paths: string[]): TrainInput[] {
  return corpusFiles(paths).map((file) => ({ file, text: decode(readCorpusBytes(file), file, nodeUtf8).text }));
}
