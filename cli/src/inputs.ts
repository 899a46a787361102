// Turning command-line arguments into the files to read. Folders recurse over the text formats
// Gongwen reads; a path that cannot be read becomes a problem for that path only, so one bad
// argument never stops the others.
import fs = require('fs');
import path = require('path');
import { ConfigError, type ConfigResolver, isIgnored, type ResolvedConfig } from '../../engine/src/config';
import { decode, InputError, MAX_INPUT_BYTES, tooLargeStream, type Decoded } from '../../engine/src/text/encoding';
import { nodeUtf8 } from '../../engine/src/text/node-utf8';
import { ioReason, readTextFile } from '../../engine/src/text/read-file';
import { stdinBytes } from './stdin';

// Read as every text file Gongwen reads (engine/src/text/read-file.ts): the corpus of train too.
export { ioReason };

export const TEXT_EXTENSIONS = ['.gw', '.gongwen', '.txt', '.md'];
const SKIP_DIRS = new Set(['node_modules', '.git']);
/** Characters that make an argument that names no file a glob. */
const GLOB = /[*?[\]{}]/;

export type Input =
  | { kind: 'file'; path: string }
  /** ignored: --stdin-filename names a file an ignore glob skips. */
  | { kind: 'stdin'; ignored?: boolean }
  | { kind: 'problem'; path: string; reason: string };

export interface IgnoreOptions {
  /** lint --ignore-pattern: more globs, read as a configuration's "ignore", from the working folder. */
  patterns?: string[];
  /** --no-ignore, as ESLint's: neither the configurations' "ignore" nor the patterns apply. */
  off?: boolean;
  /** Told of each file named on the command line (or by --stdin-filename) that an ignore glob skips. */
  onIgnored?: (file: string) => void;
  /** --stdin-filename, absolute: standard input is skipped as that file would be. */
  stdinFilename?: string;
}

/**
 * Expands arguments into inputs, in argument order, folders sorted. `resolver` supplies the ignore
 * globs of each folder's configuration; a broken configuration is reported once, for its folder.
 * The ignore globs skip files found in folders and files named (as ESLint and markdownlint-cli
 * skip them: a pre-commit hook names every changed file); `unmatchedGlobs` false (lint
 * --no-error-on-unmatched-pattern) lets a glob that matches nothing pass.
 */
export function expandInputs(args: string[], resolver: ConfigResolver, cwd: string, ignoring: IgnoreOptions = {}, unmatchedGlobs = true): Input[] {
  const ignorePatterns = ignoring.off ? [] : ignoring.patterns ?? [];
  const byCli = { rules: {}, files: [], ignore: ignorePatterns.length ? [{ base: cwd, patterns: ignorePatterns }] : [] };
  const ignored = (config: ResolvedConfig, file: string) => !ignoring.off && (isIgnored(config, file) || isIgnored(byCli, file));
  const out: Input[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    if (seen.has(p)) return;
    seen.add(p);
    out.push({ kind: 'file', path: p });
  };
  const reportedConfigs = new Set<string>();

  // keep: a glob's test of a file found under its base folder (the walk's rules otherwise hold).
  // found: what becomes of a file kept (by default, an input); withIgnore false: no ignore glob applies.
  const walk = (dir: string, visited: Set<string>, keep?: (file: string) => boolean, found: (file: string) => void = add, withIgnore = true) => {
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
      if (withIgnore && ignored(config, full)) continue;
      if (isDir) {
        if (!SKIP_DIRS.has(ent.name)) walk(full, visited, keep, found, withIgnore);
      } else if (isFile && TEXT_EXTENSIONS.includes(path.extname(ent.name).toLowerCase()) && (!keep || keep(full))) {
        add(full);
      }
    }
  };

  // A named file's configuration: one that cannot be read is reported when the file is loaded.
  const namedIgnored = (file: string) => {
    try {
      return ignored(resolver.forFile(file), file);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      return ignored({ rules: {}, files: [], ignore: [] }, file);
    }
  };

  const expandGlob = (arg: string) => {
    const parts = arg.split(path.sep).join('/').split('/');
    const first = parts.findIndex((p) => GLOB.test(p));
    const base = path.resolve(cwd, first === 0 ? '.' : parts.slice(0, first).join('/') || '/');
    const rest = parts.slice(first).join('/');
    const picomatch = require('picomatch') as typeof import('picomatch');
    const isMatch = picomatch(rest);
    let matched = 0;
    try {
      if (!fs.statSync(base).isDirectory()) throw Object.assign(new Error(), { code: 'ENOENT' });
    } catch (e) {
      out.push({ kind: 'problem', path: path.resolve(cwd, arg), reason: ioReason(e) });
      return;
    }
    const matches = (file: string) => isMatch(path.relative(base, file).split(path.sep).join('/'));
    walk(base, new Set(), (file) => matches(file) && ++matched > 0);
    if (matched || !unmatchedGlobs) return;
    // As ESLint's "All files matched by … are ignored": files match, but ignore globs skip them all.
    let skipped = false;
    if (!ignoring.off) walk(base, new Set(), (file) => !skipped && matches(file) && (skipped = true), () => undefined, false);
    out.push({
      kind: 'problem', path: path.resolve(cwd, arg),
      reason: skipped ? '与此模式匹配的文件都被 ignore 跳过（要检查它们，加 --no-ignore） / all files matching the pattern are ignored (use --no-ignore to check them)'
        : '没有文件与此模式匹配 / no files match the pattern',
    });
  };

  for (const arg of args) {
    if (arg === '-') {
      // As ESLint's: an editor's buffer of an ignored file is not linted either.
      const skip = ignoring.stdinFilename !== undefined && namedIgnored(ignoring.stdinFilename);
      if (skip) ignoring.onIgnored?.(ignoring.stdinFilename!);
      out.push(skip ? { kind: 'stdin', ignored: true } : { kind: 'stdin' });
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      // A glob no file is named after ("drafts/**/*.gw", quoted for the shell, as ESLint and
      // markdownlint-cli take them): the files under its fixed folders that match it.
      if (GLOB.test(arg) && (e as NodeJS.ErrnoException).code === 'ENOENT') expandGlob(arg);
      else out.push({ kind: 'problem', path: abs, reason: ioReason(e) });
      continue;
    }
    // A file named on the command line is read whatever its extension: it was asked for.
    if (st.isDirectory()) walk(abs, new Set());
    else if (namedIgnored(abs)) ignoring.onIgnored?.(abs);
    else add(abs);
  }
  return out;
}

/**
 * ESLint's `--stdin` (which editor integrations pass with `--stdin-filename`) read as `-`, the
 * argument that names standard input here; after `--` it is a file's name.
 */
/** The line on stderr for a named file an ignore glob skips (ESLint warns of it the same way). */
function ignoredLine(file: string): string {
  return `gongwen: 已按 ignore 跳过（要检查它，加 --no-ignore） / ignored by an ignore glob (use --no-ignore to check it): ${file}\n`;
}

/**
 * lint's and fix's ignoring, from their options (--ignore-pattern, --no-ignore, --stdin-filename
 * relative to the working folder): each file named and skipped is said on standard error.
 */
export function ignoringFrom(values: { 'ignore-pattern'?: string[]; 'no-ignore'?: boolean }, io: { cwd: string; stderr: (s: string) => void },
  stdinFilename: string | undefined): IgnoreOptions {
  return {
    patterns: values['ignore-pattern'], off: values['no-ignore'], onIgnored: (f) => io.stderr(ignoredLine(f)),
    ...(stdinFilename !== undefined ? { stdinFilename: path.resolve(io.cwd, stdinFilename) } : {}),
  };
}

export function stdinFlag(args: string[]): string[] {
  const end = args.indexOf('--');
  return args.map((a, i) => (a === '--stdin' && (end < 0 || i < end) ? '-' : a));
}

/** Why --stdin-filename cannot be taken with these arguments (lint and fix), or undefined. */
export function stdinFilenameProblem(stdinFilename: string | undefined, args: string[]): string | undefined {
  return stdinFilename !== undefined && !args.includes('-')
    ? '--stdin-filename 给标准输入命名，请同时用 - / --stdin-filename names standard input: add -'
    : undefined;
}

/** Reads and decodes one file; throws InputError with a reason. */
export function readInput(file: string): Decoded {
  return readTextFile(file, { stdin: true });
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
