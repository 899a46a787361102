// gongwen lint: checks files, folders or stdin and prints the findings as stylish text, ESLint
// JSON or SARIF. Exit 0: no errors; 1: errors (or more warnings than --max-warnings);
// 2: usage, or a file that could not be read or checked (the other files are still checked).
import fs = require('fs');
import path = require('path');
import { parseArgs } from 'util';
import { cacheFile, CACHE_STRATEGIES, LintCache, NotACacheError, type CacheStrategy, type Probe } from '../cache';
import { isAutoFixable, isReport, shownResults, totalCounts, type FileResult, type FormatContext } from '../formatters/common';
import { formatJson } from '../formatters/json';
import { formatSarif, repositoryRoot } from '../formatters/sarif';
import { formatStylish } from '../formatters/stylish';
import { formatCompact } from '../formatters/compact';
import { expandInputs, ignoringFrom, stdinFilenameProblem, stdinFlag, type Input } from '../inputs';
import { debugging, Interruption, makeFolders, sameFile, sameFileAs, writeFileAtomic, type Io } from '../io';
import { Session, type RunEnv } from '../session';
import { parseCommandArgs, usageError } from '../usage';
import { fixText, interrupted, writeBack } from './fix';
import { defaultJobs, lintInWorkers, worthParallel } from '../parallel';
import type { LintTiming } from '../../../engine/src/lint';
import { ConfigError, unusedDirectivesSetting, type ResolvedConfig } from '../../../engine/src/config';
import { listCorpus } from '../../../engine/src/model/corpus';

/** The parse and the slowest rules, as ESLint prints its TIMING table. */
export function formatTiming(t: LintTiming, top: number): string {
  const rows: [string, number][] = [['(parse)', t.parse], ...[...t.rules].sort((a, b) => b[1] - a[1]).slice(0, top)];
  const total = t.parse + [...t.rules.values()].reduce((a, b) => a + b, 0);
  const w = Math.max(...rows.map(([k]) => k.length), 'Rule'.length);
  const lines = [`${'Rule'.padEnd(w)} | Time (ms) | Relative`, `${':'.padEnd(w, '-')}-|----------:|--------:`];
  for (const [k, ms] of rows) lines.push(`${k.padEnd(w)} | ${ms.toFixed(3).padStart(9)} | ${(total ? (100 * ms) / total : 0).toFixed(1).padStart(7)}%`);
  return lines.join('\n') + '\n';
}

export const LINT_USAGE = `用法 / usage: gongwen lint [文件|文件夹|-]... [选项 / options]
  文件夹递归检查 .gw .gongwen .txt .md 文件；- 读标准输入 / folders recurse over .gw .gongwen .txt .md; - reads stdin
  也可用加引号的通配符 / or a quoted glob: "drafts/**/*.gw"
  -f, --format F        输出格式 / output format: stylish (默认 / default) | compact | json | sarif
  -o, --output-file F   输出写入文件 / write the report to a file
  --model PATH          模型文件 / model file (默认 / default: 配置 "model" 或内置模型 / config "model" or built-in)
  -c, --config PATH     只用这个配置文件 / use only this configuration file
  --date YYYY-MM-DD     没有成文日期的文件按此日期判断 / judge undated documents as of this day
  --max-warnings N      警告超过 N 个时退出码为 1（-1：不限） / exit 1 when there are more than N warnings (-1: no limit)
  --quiet               只报告错误（--max-warnings 仍计入警告） / report errors only (--max-warnings still counts warnings)
  --info                也报告提示（如模型未收录但像是真实单位的名称） / also report notes (e.g. a plausible unit the model does not know)
  --report-unused-disable-directives
                        报告没有屏蔽任何问题的 gongwen-disable 指令和没有对应 disable 的 gongwen-enable（错误；--fix 删去它们）
                        / report gongwen-disable directives that suppressed nothing, and gongwen-enable ones that end none (as errors; --fix removes them)
  --report-unused-disable-directives-severity S
                        同上，严重程度为 S / as above, at severity S: off | warn | error | 0 | 1 | 2 (默认 / default: 配置 "reportUnusedDisableDirectives" 或 off / config "reportUnusedDisableDirectives" or off)
  --fix                 先自动修复再报告 / apply fixes (as gongwen fix), then report what is left
  --fix-dry-run         同 --fix，但不写文件（JSON 的 output 给出修复后的文本） / as --fix, but write no file (JSON gives the fixed text as output)
  -j, --jobs N          并行检查的线程数 / files checked in parallel by N threads (默认：空闲的 CPU 核数减一 / default: idle cores less one)
  --cache               沿用上次的结果，只检查有变化的文件（文本、配置、模型、日期或 Gongwen 版本变了才重新检查）
                        / reuse stored results; re-check a file only when its text, configuration, model, date or Gongwen changed
  --cache-location P    缓存文件或文件夹 / cache file or folder (默认 / default: .gongwencache)
  --cache-strategy S    怎样判断文件没变 / how a file is known unchanged: content (默认，内容哈希 / default, a hash of the text)
                        | metadata (大小和修改时间 / size and modification time)
  --stdin               同 -：读标准输入（ESLint 的写法） / the same as -: read standard input (ESLint's spelling)
  --stdin-filename P    把标准输入（-）当作文件 P 检查：按 P 所在文件夹找配置，报告中用 P 的路径（编辑器检查未保存的内容）
                        / lint standard input (-) as the file P: P's configuration, P's path in the report (an editor's unsaved buffer)
  --ignore-pattern G    不检查与此匹配的文件（可多次；相对当前文件夹，同配置的 ignore） / skip files matching G (repeatable; relative to the working folder, as a configuration's ignore)
                        命令行上点名的文件也按 ignore 跳过 / files named on the command line are skipped by ignore globs too
  --no-ignore           不用任何 ignore（配置的和 --ignore-pattern） / apply no ignore glob (the configurations' nor --ignore-pattern)
  --no-error-on-unmatched-pattern
                        加引号的通配符没有匹配的文件时不算错误 / a quoted glob that matches no file is no error
  --color, --no-color  强制使用或不用颜色（默认：终端才用；也看 NO_COLOR、FORCE_COLOR） / force colours on or off (default: on a terminal; NO_COLOR and FORCE_COLOR are read too)
  --no-daemon           在本进程内检查，不用也不启动后台进程 / lint in this process: neither use nor start a daemon (gongwen daemon --help)
  退出码见 gongwen --help / exit codes: see gongwen --help
`;

const FORMATS = ['stylish', 'compact', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export const OPTIONS = {
  format: { type: 'string', short: 'f' }, 'output-file': { type: 'string', short: 'o' },
  model: { type: 'string' }, config: { type: 'string', short: 'c' }, date: { type: 'string' },
  'max-warnings': { type: 'string' }, quiet: { type: 'boolean' }, info: { type: 'boolean' }, fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'report-unused-disable-directives': { type: 'boolean' }, 'report-unused-disable-directives-severity': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  cache: { type: 'boolean' }, 'cache-location': { type: 'string' }, 'cache-strategy': { type: 'string' },
  'stdin-filename': { type: 'string' },
  color: { type: 'boolean' }, 'no-color': { type: 'boolean' },
  'ignore-pattern': { type: 'string', multiple: true }, 'no-ignore': { type: 'boolean' }, 'no-error-on-unmatched-pattern': { type: 'boolean' },
  // Read by the daemon's client before this runs (bin/gongwen.js): here it changes nothing.
  'no-daemon': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The arguments as parseArgs can read them: ESLint's `--max-warnings -1` (no limit) joined into
 * `--max-warnings=-1`, since parseArgs takes a value starting with a dash for an option, and
 * ESLint's `--stdin` read as `-`.
 */
function parseable(given: string[]): string[] {
  const args = stdinFlag(given);
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') return [...out, ...args.slice(i)];
    if (args[i] === '--max-warnings' && args[i + 1] === '-1') out.push(`--max-warnings=${args[++i]}`);
    else out.push(args[i]);
  }
  return out;
}

/** Whether `gongwen lint <args>` reads standard input (names `-`): the daemon asks its client for it. */
export function readsStdin(args: string[]): boolean {
  try {
    const { values, positionals } = parseArgs({ args: parseable(args), allowPositionals: true, strict: true, options: OPTIONS });
    return !values.help && positionals.includes('-');
  } catch {
    return false; // a usage error, reported before anything is read
  }
}

export async function run(args: string[], io: Io, env: RunEnv = {}): Promise<number> {
  const parsed = parseCommandArgs(io, LINT_USAGE, { args: parseable(args), allowPositionals: true, strict: true, options: OPTIONS });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) {
    return usageError(io, `未知的输出格式 / unknown format "${values.format}" (stylish | compact | json | sarif)`, LINT_USAGE);
  }
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    // -1: no limit, as ESLint's default.
    if (!/^(?:\d+|-1)$/.test(values['max-warnings'])) {
      return usageError(io, `--max-warnings 需要非负整数，或 -1 表示不限 / --max-warnings needs a whole number, or -1 for no limit: ${values['max-warnings']}`, LINT_USAGE);
    }
    maxWarnings = Number(values['max-warnings']);
  }
  let jobs = defaultJobs();
  if (values.jobs !== undefined) {
    if (!/^[1-9]\d*$/.test(values.jobs)) {
      return usageError(io, `--jobs 需要正整数 / --jobs needs a whole number of at least 1: ${values.jobs}`, LINT_USAGE);
    }
    jobs = Number(values.jobs);
  }
  const strategy = (values['cache-strategy'] ?? 'content') as CacheStrategy;
  if (!CACHE_STRATEGIES.includes(strategy)) {
    return usageError(io, `未知的缓存策略 / unknown cache strategy "${strategy}" (content | metadata)`, LINT_USAGE);
  }
  if (values.fix && values['fix-dry-run']) {
    return usageError(io, '--fix 与 --fix-dry-run 不能同时使用 / --fix and --fix-dry-run cannot be used together', LINT_USAGE);
  }
  // Both fix the text, only --fix writes it back (--fix-dry-run: ESLint's, for a report with the
  // fixed text as \`output\`, standard input too).
  const fixing = !!(values.fix || values['fix-dry-run']);
  // As ESLint's: --fix writes files back, and standard input has none (its fixed text: gongwen fix -).
  if (values.fix && positionals.includes('-')) {
    return usageError(io, '--fix 不能用于标准输入，修复后的文本请用 gongwen fix - 输出 / --fix is not available for standard input: gongwen fix - prints the fixed text', LINT_USAGE);
  }
  // As ESLint's: the flag reports them as errors, the -severity option at the severity given.
  const unusedSetting = values['report-unused-disable-directives-severity'];
  if (unusedSetting !== undefined && !/^(off|warn|error|[012])$/.test(unusedSetting)) {
    return usageError(io, `--report-unused-disable-directives-severity 需要 off、warn、error 或 0、1、2 / needs off, warn, error or 0, 1, 2: ${unusedSetting}`, LINT_USAGE);
  }
  if (unusedSetting !== undefined && values['report-unused-disable-directives']) {
    return usageError(io, '--report-unused-disable-directives 与 --report-unused-disable-directives-severity 不能同时使用 / cannot be used together', LINT_USAGE);
  }
  const reportUnusedDisableDirectives = values['report-unused-disable-directives'] ? 'error' as const
    : unusedSetting !== undefined ? unusedDirectivesSetting(/^\d$/.test(unusedSetting) ? Number(unusedSetting) as 0 | 1 | 2 : unusedSetting as 'off' | 'warn' | 'error') : undefined;
  const stdinFilename = values['stdin-filename'];
  const unnamed = stdinFilenameProblem(stdinFilename, positionals);
  if (unnamed) return usageError(io, unnamed, LINT_USAGE);
  const { signals, ...pinned } = env;
  const session = Session.create({ cwd: io.cwd, model: values.model, config: values.config, date: values.date, stdinFilename, ...(reportUnusedDisableDirectives ? { reportUnusedDisableDirectives } : {}), ...pinned }, io);
  if (!session) return 2;

  // The report must not replace a file it reports on: one named on the command line is a mistake
  // (lint a.gw -o a.gw); one found in a folder is the last run's report, which is not linted.
  const report = values['output-file'] === undefined ? undefined : path.resolve(io.cwd, values['output-file']);
  const named = report && positionals.filter((p) => p !== '-').map((p) => path.resolve(io.cwd, p)).find((p) => sameFile(report, p) && !isFolder(p));
  if (named) return usageError(io, `报告不能覆盖被检查的文件 / the report would overwrite a file being linted: ${named}`, LINT_USAGE);
  // The tests' pinned rules are not part of the cache's key (their code is not Gongwen's build): no cache.
  const cachePath = values.cache && !env.rules ? cacheFile(values['cache-location'], io.cwd) : undefined;
  let inputs = expandInputs(positionals.length ? positionals : ['.'], session.resolver, io.cwd, ignoringFrom(values, io, stdinFilename), !values['no-error-on-unmatched-pattern']);
  if (report) {
    // Checked before anything is linted, fixed or written: the report replaces nothing else the
    // run reads, and in a linted folder only a report (the last run's).
    const isReportFile = sameFileAs(report);
    const found = inputs.find((x) => x.kind === 'file' && isReportFile(x.path));
    if (found && !holdsReport(report)) {
      return usageError(io, `报告会覆盖所检查文件夹中的文件，而它不是 Gongwen 的报告 / the report would overwrite a file in a linted folder that is not a Gongwen report: ${report}`, LINT_USAGE);
    }
    const read = filesRead(session, inputs, cachePath).find((f) => isReportFile(f.file));
    if (read) return usageError(io, `报告不能覆盖本次读取的${read.zh} / the report would overwrite ${read.en} this lint reads: ${read.file}`, LINT_USAGE);
    inputs = inputs.filter((x) => !(x.kind === 'file' && isReportFile(x.path)));
  }
  const results: FileResult[] = [];
  const files = inputs.flatMap((x, index) => (x.kind === 'file' ? [{ index, path: x.path }] : []));
  // --cache: files whose stored result still holds are not linted, by this thread or a worker.
  let cache: LintCache | undefined;
  try {
    cache = cachePath ? LintCache.open(cachePath, strategy) : undefined;
  } catch (e) {
    if (!(e instanceof NotACacheError)) throw e;
    return usageError(io, `缓存位置是一个不是缓存的文件，不会覆盖 / the cache location is a file that is not a Gongwen lint cache, and it is not written over: ${e.file}`, LINT_USAGE);
  }
  const probes = new Map<number, Probe | undefined>(cache ? files.map((f) => [f.index, cache.probe(session, f.path)]) : []);
  // With --fix, a stored result with something to fix is fixed as without a cache.
  const reusable = (p: Probe | undefined) => !!p?.result && !(fixing && p.result.diagnostics.some((d) => isAutoFixable(d, session.rules)));
  const toLint = files.filter((f) => !reusable(probes.get(f.index)));
  // Many files (a folder): spread over worker threads, results kept in argument order. --fix writes
  // files and the tests' pinned rules live only in this thread: both stay sequential.
  // Timing adds up what this thread measures: the files stay in it.
  const timing: LintTiming | undefined = io.timing ? { parse: 0, rules: new Map() } : undefined;
  const perThread: number[] = [];
  const parallel = !fixing && !env.rules && !timing && worthParallel(toLint.map((f) => f.path), jobs)
    ? await lintInWorkers(toLint, jobs, session.options, perThread)
    : undefined;
  // GONGWEN_DEBUG=parallel: how the files were shared (tests, and a user asking why).
  if (parallel && debugging('parallel')) {
    io.stderr(`gongwen: ${perThread.length} threads, files per thread: ${perThread.join(' ')}\n`);
  }
  // --fix writes files: Ctrl-C finishes the one being written and stops before the next (gongwen fix's).
  const interruption = values.fix ? new Interruption(signals ?? io.signals) : undefined;
  try {
    for (const [index, input] of inputs.entries()) {
      if (await interruption?.came()) break;
      if (input.kind === 'problem') {
        session.problem(input.path, input.reason);
        continue;
      }
      if (input.kind === 'stdin' && input.ignored) continue;
      const probe = probes.get(index);
      if (reusable(probe)) {
        results.push(probe!.result!);
        continue;
      }
      const done = parallel?.get(index);
      if (done) {
        for (const line of done.problems) session.problemLine(line);
        if (done.result) results.push(done.result);
        cache?.store(probe, done.result, !done.problems.length);
        continue;
      }
      const problems = session.problemCount;
      const loaded = session.load(input, probe?.decoded);
      if (!loaded) continue;
      let result: FileResult;
      if ((values.fix && input.kind === 'file') || values['fix-dry-run']) {
        const r = session.checked(loaded.filePath, () => fixText(session, loaded));
        if (!r) continue;
        const fixed = r.output !== loaded.decoded.text;
        if (fixed && values.fix) writeBack(session, loaded, r);
        result = { ...r.remaining, fixed }; // of the fixed text: stored only when nothing was fixed
      } else {
        const r = session.checked(loaded.filePath, () => session.lint(loaded, loaded.decoded.text, timing));
        if (!r) continue;
        result = { filePath: loaded.filePath, source: r.source, diagnostics: r.diagnostics, ...(r.suppressed ? { suppressed: r.suppressed } : {}) };
      }
      results.push(result);
      cache?.store(probe, result, session.problemCount === problems);
    }
    await interruption?.came(); // one during the last file
  } finally {
    interruption?.release();
  }
  if (interruption?.signal) return interrupted(io, interruption);
  if (timing && io.timing) io.stderr(formatTiming(timing, io.timing === 'all' ? Infinity : 10));
  if (cache) {
    cache.save();
    // GONGWEN_DEBUG=cache: how much was reused, and why a stored cache was not.
    if (debugging('cache')) {
      const reused = files.length - toLint.length;
      io.stderr(`gongwen: cache ${cache.file}: ${reused} of ${files.length} files reused${cache.notes.map((n) => `; ${n}`).join('')}\n`);
    }
  }

  const shown = shownResults(results, { quiet: values.quiet, info: values.info });
  const toFile = values['output-file'];
  // As ESLint's --color / --no-color; a report written to a file has none (it must read as a report).
  const color = values['no-color'] ? false : values.color ? true : io.color;
  const ctx: FormatContext = {
    cwd: io.cwd, rules: session.rules, color: toFile ? false : color, problems: session.problemLines(),
    ...(toFile || io.columns === undefined ? {} : { columns: io.columns }),
    ...(format === 'sarif' ? { root: repositoryRoot(io.cwd) } : {}),
  };
  const text = format === 'json' ? formatJson(shown, ctx) : format === 'sarif' ? formatSarif(shown, ctx) : format === 'compact' ? formatCompact(shown, ctx) : formatStylish(shown, ctx);
  if (toFile) {
    const out = path.resolve(io.cwd, toFile);
    try {
      makeFolders(path.dirname(out));
      // A report a kill or a full disk cut off would replace the last one with half of itself (a
      // SARIF upload then fails): a new file renamed into place. /dev/stdout and pipes are written.
      if (isFileOrNothing(out)) writeFileAtomic(out, text);
      else fs.writeFileSync(out, text);
    } catch (e) {
      session.problem(out, `无法写入报告 / cannot write the report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  } else {
    io.stdout(format === 'stylish' || text.endsWith('\n') ? text : text + '\n');
  }

  // Counted as the formatters count (notes shown with --info are no warnings: the summary counts them apart),
  // over every finding, not only the shown ones: as ESLint's, --quiet hides warnings from the report
  // but --max-warnings still counts them (`--quiet --max-warnings 0` fails on a hidden warning).
  const { errorCount: errors, warningCount: warnings } = totalCounts(results, session.rules);
  let tooManyWarnings = false;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    tooManyWarnings = true;
    io.stderr(`gongwen: 警告过多（${warnings} 个，上限 ${maxWarnings}） / too many warnings (${warnings}, maximum ${maxWarnings})\n`);
  }
  if (session.hadProblem) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

function isFileOrNothing(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return true;
  }
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Whether `file` holds a report a lint wrote (cli/src/formatters/common.ts), or cannot be read. */
function holdsReport(file: string): boolean {
  try {
    return isReport(fs.readFileSync(file, 'utf8'));
  } catch {
    return false; // not readable: nothing says it is a report
  }
}

/**
 * What the lint of `inputs` reads besides them: the configuration files (--config, or every
 * .gongwenrc.json met), each file's model and corpus files, and the cache; with what each is.
 */
export function filesRead(session: Session, inputs: Input[], cachePath: string | undefined): { file: string; zh: string; en: string }[] {
  const configs = new Set<ResolvedConfig>();
  const named = session.options.stdinFilename && path.resolve(session.options.cwd, session.options.stdinFilename);
  for (const x of inputs) {
    try {
      if (x.kind === 'file') configs.add(session.resolver.forFile(x.path));
      else if (x.kind === 'stdin') configs.add(named ? session.resolver.forFile(named) : session.resolver.forDir(session.options.cwd));
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e; // reported with its file; the file is in filesRead()
    }
  }
  // Once each: every configuration names the same --model, and configurations may share a model or corpus.
  const out = new Map<string, { file: string; zh: string; en: string }>();
  const add = (file: string, zh: string, en: string) => {
    if (!out.has(file)) out.set(file, { file, zh, en });
  };
  if (session.options.model !== undefined) add(path.resolve(session.options.cwd, session.options.model), '模型', 'the model');
  for (const c of configs) {
    const { file, corpus } = session.modelSource(c);
    add(file, '模型', 'the model');
    // A corpus path that cannot be listed is reported when the lint loads it; the others are still read.
    for (const f of listCorpus(corpus).files) add(f, '训练语料', 'a corpus file');
  }
  for (const file of session.resolver.filesRead()) add(file, '配置文件', 'a configuration file');
  if (cachePath) add(cachePath, '缓存', 'the cache');
  return [...out.values()];
}
