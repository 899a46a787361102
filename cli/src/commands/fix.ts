// gongwen fix: applies the fixes of rules marked fixable until nothing changes, in place (same
// encoding, atomic write), to stdout, or as a dry run listing what would change. Only the
// characters a fix names change, in every encoding (GB18030/GBK files keep their other bytes).
import fs = require('fs');
import { fixAll, SourceText, type Diagnostic, type LintResult } from '../../../engine/src';
import { decode, encode, encodeEdited, InputError } from '../../../engine/src/text/encoding';
import { fixesApplied, shownResults, totalCounts, type FileResult } from '../formatters/common';
import { formatStylish } from '../formatters/stylish';
import { expandInputs, ignoringFrom, stdinFilenameProblem, stdinFlag } from '../inputs';
import { Interruption, writeFileAtomic, type Io } from '../io';
import { Session, type Loaded, type RunEnv } from '../session';
import { parseCommandArgs, usageError } from '../usage';

export const FIX_USAGE = `用法 / usage: gongwen fix <文件|文件夹|->... [选项 / options]
  --stdout            把修复后的文本写到标准输出（UTF-8，原有的 BOM 保留），不改文件 / print the fixed text (UTF-8, with the file's BOM if it has one), change nothing
  --dry-run           只列出将要做的修改 / only list the changes that would be made
  --model PATH        模型文件 / model file
  -c, --config PATH   只用这个配置文件 / use only this configuration file
  --date YYYY-MM-DD   没有成文日期的文件按此日期判断 / judge undated documents as of this day
  --stdin             同 - / the same as - (ESLint's spelling)
  --stdin-filename P  把标准输入（-）当作文件 P 修复：按 P 所在文件夹找配置 / fix standard input (-) as the file P, with P's configuration
  --quiet             修复后只报告剩下的错误 / report only the errors left after fixing
  --info              也报告剩下的提示（如同 gongwen lint --info） / also report the notes left (as gongwen lint --info)
  --ignore-pattern G, --no-ignore, --no-error-on-unmatched-pattern, --color, --no-color, --no-daemon
                      同 gongwen lint（fix 总在本进程内运行） / as gongwen lint (fix always runs in this process)
`;

export interface FixOutcome {
  output: string;
  applied: Diagnostic[];
  appliedByPass: Diagnostic[][];
  remaining: FileResult;
}

/** Fixes one loaded file's text to a fixed point. */
export function fixText(session: Session, loaded: Loaded): FixOutcome {
  let last: LintResult | undefined;
  const r = fixAll(loaded.decoded.text, (t) => (last = session.lint(loaded, t)).diagnostics, { rules: (id) => fixesApplied(id, session.rules) });
  // fixAll lints at least once, and last on the final text.
  return {
    output: r.output, applied: r.applied, appliedByPass: r.appliedByPass,
    remaining: { filePath: loaded.filePath, source: last!.source, diagnostics: r.remaining, ...(last!.suppressed ? { suppressed: last!.suppressed } : {}) },
  };
}

/**
 * Writes a fixed file back in its encoding; false (and a reported problem) when it cannot. A
 * GB18030/GBK file keeps its own bytes everywhere the fixes do not touch (line endings, a BOM, byte
 * sequences that would not survive a decode-encode round trip); only the fixes' text is encoded.
 */
export function writeBack(session: Session, loaded: Loaded, fixed: Pick<FixOutcome, 'output' | 'appliedByPass'>): boolean {
  let bytes: Uint8Array | undefined;
  try {
    // Saved meanwhile (an editor, another tool): writing the fixed old text would lose that edit.
    const original = fs.readFileSync(loaded.filePath);
    if (decode(original, loaded.filePath).text !== loaded.decoded.text) {
      session.problem(loaded.filePath, '文件在检查期间被修改，未写入 / the file changed while it was being checked; not written');
      return false;
    }
    if (loaded.decoded.encoding === 'gb18030') {
      const passes = fixed.appliedByPass.map((pass) => pass.map((d) => d.fix!));
      bytes = encodeEdited(original, loaded.decoded, passes, fixed.output);
      if (!bytes) {
        session.problem(loaded.filePath,
          '修复后的文本无法按 GB18030 写回，文件未改动，请用 --stdout 输出 UTF-8 文本 / the fixed text cannot be written ' +
          'back as GB18030; the file is unchanged; use --stdout to get it as UTF-8');
        return false;
      }
    } else {
      bytes = encode(fixed.output, loaded.decoded.encoding)!;
    }
    // Written through a new file renamed over it, a read-only file would be replaced wherever its
    // folder is writable: it is left alone, as an editor or ESLint's writeFile would leave it.
    if (readOnly(loaded.filePath)) {
      session.problem(loaded.filePath, '文件只读，未写入；请先取消只读再修复 / the file is read-only; not written (make it writable to fix it)');
      return false;
    }
    writeFileAtomic(loaded.filePath, bytes);
    return true;
  } catch (e) {
    if (e instanceof InputError) {
      session.problem(e.file, e.reason);
      return false;
    }
    session.problem(loaded.filePath, `无法写入 / cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return false;
  }
}

/** `text` as standard output prints a file's text: a UTF-8 file's BOM kept (ESLint's output keeps it), other encodings as UTF-8 without one. */
function withBom(loaded: Loaded, text: string): string {
  return loaded.decoded.encoding === 'utf-8-bom' ? '\ufeff' + text : text;
}

/** Whether nobody may write `file` (no write bit), or this process may not (root may, by the bits' leave). */
function readOnly(file: string): boolean {
  if ((fs.statSync(file).mode & 0o222) === 0) return true;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

function describeChange(d: Diagnostic, text: string, lineOf: (o: number) => { line: number; column: number }): string {
  const { line, column } = lineOf(d.fix!.range[0]);
  const before = JSON.stringify(text.slice(d.fix!.range[0], d.fix!.range[1]));
  return `  ${line}:${column}  ${before} → ${JSON.stringify(d.fix!.text)}  ${d.ruleId}\n`;
}

export async function run(args: string[], io: Io, env: RunEnv = {}): Promise<number> {
  const parsed = parseCommandArgs(io, FIX_USAGE, {
    args: stdinFlag(args), allowPositionals: true, strict: true,
    options: {
      stdout: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, model: { type: 'string' },
      config: { type: 'string', short: 'c' }, date: { type: 'string' }, 'stdin-filename': { type: 'string' },
      quiet: { type: 'boolean' }, info: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      'ignore-pattern': { type: 'string', multiple: true }, 'no-ignore': { type: 'boolean' }, 'no-error-on-unmatched-pattern': { type: 'boolean' },
      color: { type: 'boolean' }, 'no-color': { type: 'boolean' },
      // lint's option, accepted so that a script passing it to both works: fix never uses the daemon.
      'no-daemon': { type: 'boolean' },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (!positionals.length) return usageError(io, '请指定要修复的文件 / name the files to fix', FIX_USAGE);
  const toStdout = !!values.stdout || (positionals.length === 1 && positionals[0] === '-');
  // Standard input has no file to write back to: its fixed text can only go to standard output.
  if (positionals.includes('-') && positionals.length > 1 && !values['dry-run']) {
    return usageError(io, '标准输入（-）只能单独修复，修复后的文本写到标准输出 / standard input (-) is fixed alone: its fixed text goes to standard output', FIX_USAGE);
  }
  const stdinFilename = values['stdin-filename'];
  const unnamed = stdinFilenameProblem(stdinFilename, positionals);
  if (unnamed) return usageError(io, unnamed, FIX_USAGE);
  const { signals, ...pinned } = env;
  const session = Session.create({ cwd: io.cwd, model: values.model, config: values.config, date: values.date, stdinFilename, ...pinned }, io);
  if (!session) return 2;
  const inputs = expandInputs(positionals, session.resolver, io.cwd, ignoringFrom(values, io, stdinFilename), !values['no-error-on-unmatched-pattern']);
  const files = inputs.filter((i) => i.kind !== 'problem');
  if (toStdout && files.length > 1) {
    return usageError(io, '--stdout 只能用于一个文件 / --stdout takes exactly one file', FIX_USAGE);
  }
  const remaining: FileResult[] = [];
  // Ctrl-C: the file being written is finished, the next ones are left as they are.
  const interruption = values['dry-run'] || toStdout ? undefined : new Interruption(signals ?? io.signals);
  try {
    for (const input of inputs) {
      if (await interruption?.came()) break;
      if (input.kind === 'problem') {
        session.problem(input.path, input.reason);
        continue;
      }
      const loaded = session.load(input);
      if (!loaded) continue;
      if (input.kind === 'stdin' && input.ignored) {
        // An editor's filter (:%!gongwen fix -) must get its text back, unfixed.
        if (toStdout) io.stdout(withBom(loaded, loaded.decoded.text));
        continue;
      }
      const r = session.checked(loaded.filePath, () => fixText(session, loaded));
      if (!r) {
        // Never lose text: an editor's filter replaces its buffer with what it gets back.
        if (toStdout) io.stdout(withBom(loaded, loaded.decoded.text));
        continue;
      }
      remaining.push(r.remaining);
      const changed = r.output !== loaded.decoded.text;
      if (toStdout) {
        io.stdout(withBom(loaded, r.output));
      } else if (values['dry-run']) {
        if (r.applied.length) {
          // Each pass's fixes are listed with positions in the text that pass applied to.
          io.stdout(`${loaded.filePath}: ${r.applied.length} 处修复 / ${r.applied.length} fix(es) would be applied\n`);
          let text = loaded.decoded.text;
          for (const pass of r.appliedByPass) {
            const src = new SourceText(text);
            const at = (o: number) => ({ line: src.positionAt(o).line + 1, column: src.positionAt(o).character + 1 });
            for (const d of pass) io.stdout(describeChange(d, text, at));
            text = applyPass(text, pass);
          }
        }
      } else if (changed && input.kind === 'file' && writeBack(session, loaded, r)) {
        // The path as lint's stylish output and --dry-run print it (absolute, like eslint).
        io.stdout(`${loaded.filePath}: ${r.applied.length} 处已修复 / ${r.applied.length} fix(es) applied\n`);
      }
    }
    await interruption?.came(); // one during the last file
  } finally {
    interruption?.release();
  }
  if (interruption?.signal) return interrupted(io, interruption);
  // What is left, shown as lint shows it, goes where it does not mix with the fixed text.
  const shown = shownResults(remaining, { quiet: values.quiet, info: values.info });
  const color = values['no-color'] ? false : values.color ? true : io.color;
  // With --stdout, the report goes to standard error, whose width is not known.
  const report = formatStylish(shown, { cwd: io.cwd, rules: session.rules, color: toStdout ? false : color, ...(toStdout || io.columns === undefined ? {} : { columns: io.columns }) });
  if (report) (toStdout ? io.stderr : io.stdout)(report);
  if (session.hadProblem) return 2;
  return totalCounts(remaining, session.rules).errorCount > 0 ? 1 : 0;
}

/** A run a signal stopped between two files: says which were left, and exits as the signal would have. */
export function interrupted(io: Io, interruption: Interruption): number {
  io.stderr(`gongwen: 已中断（${interruption.signal}），此后的文件未改动 / interrupted (${interruption.signal}): the files after the last one written were left as they were\n`);
  return interruption.exitCode;
}

function applyPass(text: string, pass: Diagnostic[]): string {
  let out = '';
  let last = 0;
  for (const d of pass) {
    out += text.slice(last, d.fix!.range[0]) + d.fix!.text;
    last = d.fix!.range[1];
  }
  return out + text.slice(last);
}
