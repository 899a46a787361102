// Turning command-line arguments into the files to read. Folders recurse over the text formats
// Gongwen reads; a path that cannot be read becomes a problem for that path only, so one bad
// argument never stops the others.
import fs = require('fs');
import path = require('path');
import { ConfigError, type ConfigResolver, isIgnored } from '../../engine/src/config';
import { checkSize, decode, InputError, MAX_INPUT_BYTES, tooLargeStream, type Decoded } from '../../engine/src/text/encoding';
import { nodeUtf8 } from '../../engine/src/text/node-utf8';
import { readCapped, stdinBytes } from './stdin';

export const TEXT_EXTENSIONS = ['.gw', '.gongwen', '.txt', '.md'];
const SKIP_DIRS = new Set(['node_modules', '.git']);

export type Input =
  | { kind: 'file'; path: string }
  | { kind: 'stdin' }
  | { kind: 'problem'; path: string; reason: string };

/** Why a file system call failed, in Chinese and English. */
export function ioReason(e: unknown, what: 'file' | 'folder' = 'file'): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return what === 'file' ? '找不到文件 / file not found' : '找不到文件夹 / folder not found';
    case 'EACCES':
    case 'EPERM': return what === 'file' ? '没有读取权限 / permission denied' : '没有读取文件夹的权限 / permission denied';
    case 'EISDIR': return '是文件夹，不是文件 / is a folder, not a file';
    case 'ELOOP': return '符号链接循环 / symbolic link loop';
    default: return `无法读取 / cannot read (${code ?? (e as Error).message})`;
  }
}

/**
 * Expands arguments into inputs, in argument order, folders sorted. `resolver` supplies the ignore
 * globs of each folder's configuration; a broken configuration is reported once, for its folder.
 */
export function expandInputs(args: string[], resolver: ConfigResolver, cwd: string): Input[] {
  const out: Input[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    if (seen.has(p)) return;
    seen.add(p);
    out.push({ kind: 'file', path: p });
  };
  const reportedConfigs = new Set<string>();

  const walk = (dir: string, visited: Set<string>) => {
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = fs.realpathSync(dir);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      out.push({ kind: 'problem', path: dir, reason: ioReason(e, 'folder') });
      return;
    }
    if (visited.has(real)) return; // a symbolic link back up the tree
    visited.add(real);
    let config;
    try {
      config = resolver.forDir(dir);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      if (!reportedConfigs.has(e.file)) {
        reportedConfigs.add(e.file);
        out.push({ kind: 'problem', path: e.file, reason: `配置文件有误 / invalid configuration: ${e.reason}` });
      }
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      const full = path.join(dir, ent.name);
      let isDir = ent.isDirectory();
      let isFile = ent.isFile();
      if (ent.isSymbolicLink()) {
        try {
          const st = fs.statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link inside a folder is not something the user asked for
        }
      }
      if (isIgnored(config, full)) continue;
      if (isDir) {
        if (!SKIP_DIRS.has(ent.name)) walk(full, visited);
      } else if (isFile && TEXT_EXTENSIONS.includes(path.extname(ent.name).toLowerCase())) {
        add(full);
      }
    }
  };

  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      out.push({ kind: 'problem', path: abs, reason: ioReason(e) });
      continue;
    }
    // A file named on the command line is read whatever its extension or ignore globs: it was asked for.
    if (st.isDirectory()) walk(abs, new Set());
    else add(abs);
  }
  return out;
}

/** Why --stdin-filename cannot be taken with these arguments (lint and fix), or undefined. */
export function stdinFilenameProblem(stdinFilename: string | undefined, args: string[]): string | undefined {
  return stdinFilename !== undefined && !args.includes('-')
    ? '--stdin-filename 给标准输入命名，请同时用 - / --stdin-filename names standard input: add -'
    : undefined;
}

/**
 * A pipe this process was handed by name (`gongwen lint <(…)` names /dev/fd/63): it has a writer,
 * and is read like standard input. Any other FIFO may have none (the open would wait for ever).
 */
const OWN_PIPE = /^(?:\/dev\/fd\/\d+|\/proc\/(?:self|\d+)\/fd\/\d+|\/dev\/stdin)$/;

/** Why a file that is neither a regular file nor a folder is not read, or undefined when it is. */
function notRegular(file: string, st: fs.Stats): string | undefined {
  if (st.isFile() || (st.isFIFO() && OWN_PIPE.test(file))) return undefined;
  const what = st.isFIFO() ? ['命名管道', 'a FIFO'] : st.isSocket() ? ['套接字', 'a socket'] : ['设备', 'a device'];
  return `不是普通文件（${what[0]}），其内容请从标准输入（-）传入 / not a regular file (${what[1]}): pass its text on standard input (-)`;
}

/** Reads and decodes one file; throws InputError with a reason. */
export function readInput(file: string): Decoded {
  let buf: Buffer;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    const why = notRegular(file, st);
    if (why) throw new InputError(file, why);
    checkSize(st.size, file); // before reading 2 GB into memory
    const fd = fs.openSync(file, 'r');
    try {
      // Up to the limit and no further: a pipe's size is not known before it ends.
      buf = readCapped(fd, MAX_INPUT_BYTES, st.size);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, ioReason(e));
  }
  if (buf.length > MAX_INPUT_BYTES) throw tooLargeStream(file);
  return decode(buf, file, nodeUtf8);
}

/** Standard input, decoded; `read`: where it comes from when not from this process (the daemon's client). */
export function readStdin(read: () => Buffer = stdinBytes): Decoded {
  let buf: Buffer;
  try {
    buf = read();
  } catch (e) {
    throw new InputError('<stdin>', ioReason(e));
  }
  // Read up to one byte past the limit (here or by the daemon's client): its size is not known.
  if (buf.length > MAX_INPUT_BYTES) throw tooLargeStream('<stdin>');
  return decode(buf, '<stdin>', nodeUtf8);
}
