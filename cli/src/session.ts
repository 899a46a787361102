// What lint and fix share: configuration per file, the model (--model > config "model" > default,
// loaded once per path), and reporting a problem with one file without stopping the run.
import path = require('path');
import { allRules, lint, loadModel, ModelError, type LintResult, type Model, type Rule } from '../../engine/src';
import { lintIncremental, madeIncrementally, todayIso, type LintTiming } from '../../engine/src/lint';
import { defaultModelPath } from '../../engine/src/model/load';
import { CORPUS_UNREADABLE } from '../../engine/src/model/corpusModels';
import { ConfigError, ConfigResolver, readConfigFile, type ResolvedConfig } from '../../engine/src/config';
import { InputError, type Decoded } from '../../engine/src/text/encoding';
import { corpusModel } from './corpus';
import { keepResult, keptLint, keptModel } from './kept';
import { readInput, readStdin } from './inputs';
import { debugging, type Io } from './io';

export interface SessionOptions {
  cwd: string;
  model?: string;
  config?: string;
  date?: string;
  /**
   * --stdin-filename: standard input is this file's text (an editor's unsaved buffer), judged with
   * its folder's configuration and reported under its path, as ESLint's option does.
   */
  stdinFilename?: string;
  /** --report-unused-disable-directives(-severity): wins over a configuration's reportUnusedDisableDirectives. */
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error';
  /** A fixed "today" (tests; a run's worker threads get the main thread's). */
  today?: string;
  /** For tests: run these rules instead of the built-in set. */
  rules?: Rule[];
  /** For tests: the engine's lint replaced (by one that throws, as a bug in the parser would). */
  lintText?: typeof lint;
}

/** What a command takes besides its arguments and I/O; tests pin the rules and the date. */
export interface RunEnv {
  rules?: Rule[];
  today?: string;
  /** For tests: the engine's lint replaced (SessionOptions.lintText). */
  lintText?: typeof lint;
  /** Where stopping signals come from while files are written (Interruption): tests give their own. */
  signals?: NodeJS.EventEmitter;
}

/** A problem that ends the command with exit code 2 before any file is read. */
export class UsageError extends Error {}

export interface Loaded {
  filePath: string;
  decoded: Decoded;
  config: ResolvedConfig;
  model: Model;
  date?: string;
}

export class Session {
  readonly resolver: ConfigResolver;
  /** The options, with "today" fixed for the whole run (and its worker threads): a run is judged as of one day. */
  readonly options: SessionOptions & { today: string };
  /** Problems met so far (a file whose check met one is not cached: its problem would be lost). */
  problemCount = 0;
  private readonly models = new Map<string, Model | ModelError>();
  private readonly reported = new Set<string>();
  private readonly explicitModel?: Model;

  constructor(options: SessionOptions, private readonly stderr: (s: string) => void, private readonly stdin?: () => Buffer) {
    this.options = { ...options, today: options.today ?? todayIso() };
    if (options.date !== undefined && !isIsoDate(options.date)) {
      throw new UsageError(`--date 需要 YYYY-MM-DD 格式的有效日期 / --date needs a valid YYYY-MM-DD date: ${options.date}`);
    }
    if (options.config !== undefined) {
      const file = path.resolve(options.cwd, options.config);
      try {
        readConfigFile(file); // a broken --config is a usage error, reported before anything else
      } catch (e) {
        if (e instanceof ConfigError) throw new UsageError(`配置文件有误 / invalid configuration: ${e.message}`);
        throw e;
      }
      this.resolver = new ConfigResolver(file);
    } else {
      this.resolver = new ConfigResolver();
    }
    if (options.model !== undefined) {
      try {
        const file = path.resolve(options.cwd, options.model);
        this.explicitModel = keptModel(file, () => loadModel(file));
      } catch (e) {
        if (e instanceof ModelError) throw new UsageError(`模型有误 / invalid model: ${e.message}`);
        throw e;
      }
    }
  }

  /** Whether any file could not be read or checked: the exit code becomes 2. */
  get hadProblem(): boolean {
    return this.problemCount > 0;
  }

  /** The rules this session runs. */
  get rules(): Rule[] {
    return this.options.rules ?? allRules;
  }

  /** A session, or undefined after printing why the options are unusable (exit code 2). */
  static create(options: SessionOptions, io: Pick<Io, 'stderr' | 'stdin'>): Session | undefined {
    try {
      return new Session(options, io.stderr, io.stdin);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      io.stderr(`gongwen: ${e.message}\n`);
      return undefined;
    }
  }

  /** One line on stderr, `gongwen: <reason>: <file>`; the same line is never printed twice. */
  problem(file: string, reason: string): void {
    this.problemLine(`gongwen: ${reason}: ${file}`);
  }

  /** The problem lines printed so far, each once, in order: the SARIF report records them. */
  problemLines(): string[] {
    return [...this.reported];
  }

  /** A problem line as another session (a lint worker) wrote it. */
  problemLine(line: string): void {
    this.problemCount++;
    if (this.reported.has(line)) return;
    this.reported.add(line);
    this.stderr(line + '\n');
  }

  /** The model file and the corpus folders merged into it for files under `config`. */
  modelSource(config: ResolvedConfig): { file: string; corpus: string[] } {
    if (this.options.model !== undefined) return { file: path.resolve(this.options.cwd, this.options.model), corpus: [] };
    return { file: config.model ?? defaultModelPath(), corpus: config.corpus ?? [] };
  }

  /** The severity of an unused directive's report for files under `config`; undefined: not reported. */
  unusedDirectives(config: ResolvedConfig): 'warning' | 'error' | undefined {
    const s = this.options.reportUnusedDisableDirectives ?? config.reportUnusedDisableDirectives;
    return s === 'warn' ? 'warning' : s === 'error' ? 'error' : undefined;
  }

  /** The date undated documents under `config` are judged by. */
  dateFor(config: ResolvedConfig): string | undefined {
    return this.options.date ?? config.date;
  }

  private model(config: ResolvedConfig): Model {
    if (this.explicitModel) return this.explicitModel;
    const { file, corpus } = this.modelSource(config);
    const key = `${file}\u0000${corpus.join('\u0000')}`;
    if (!this.models.has(key)) {
      try {
        const base = keptModel(file, () => loadModel(file));
        if (!corpus.length) {
          this.models.set(key, base);
        } else {
          // A corpus file that cannot be read is a problem of the run (exit 2), named once; the
          // files are linted with what the others taught.
          const { model, problems } = corpusModel(base, corpus, this.stderr);
          this.models.set(key, model);
          for (const p of problems) this.problem(p.file, `${CORPUS_UNREADABLE}: ${p.reason}`);
        }
      } catch (e) {
        if (!(e instanceof ModelError)) throw e;
        this.models.set(key, e);
      }
    }
    const m = this.models.get(key)!;
    if (m instanceof ModelError) throw m;
    return m;
  }

  /**
   * Reads a file (or stdin) with its configuration and model; reports and returns undefined on
   * failure. `read`: the input as already read (lint --cache's probe), not read again.
   */
  load(input: { kind: 'file'; path: string } | { kind: 'stdin' }, read?: Decoded): Loaded | undefined {
    const named = this.options.stdinFilename && path.resolve(this.options.cwd, this.options.stdinFilename);
    const filePath = input.kind === 'file' ? input.path : named || '<stdin>';
    try {
      const decoded = read ?? (input.kind === 'stdin' ? readStdin(this.stdin) : readInput(input.path));
      const config = input.kind === 'file' ? this.resolver.forFile(input.path) : named ? this.resolver.forFile(named) : this.resolver.forDir(this.options.cwd);
      const model = this.model(config);
      return { filePath, decoded, config, model, date: this.dateFor(config) };
    } catch (e) {
      if (e instanceof InputError) this.problem(e.file, e.reason);
      else if (e instanceof ConfigError) this.problem(e.file, `配置文件有误 / invalid configuration: ${e.reason}`);
      else if (e instanceof ModelError) this.problem(e.file, `模型有误 / invalid model: ${e.cause}`);
      else throw e;
      return undefined;
    }
  }

  /**
   * Runs `work` (a lint or fix of one file); an exception out of it is that file's problem, not
   * the run's: reported with the file's name (exit code 2) while the other files are still checked,
   * as an unreadable file is. A rule's own exception is caught inside the engine (the rule is
   * skipped); this catches what is left, a bug in the parser or the engine.
   */
  checked<T>(file: string, work: () => T): T | undefined {
    try {
      return work();
    } catch (e) {
      const why = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).split('\n')[0];
      this.problem(file, `检查时内部出错，此文件未检查，请报告此问题 / internal error while checking, the file was not checked; please report it (${why})`);
      return undefined;
    }
  }

  lint(loaded: Loaded, text: string, timing?: LintTiming): LintResult {
    const options = {
      model: loaded.model, date: loaded.date, rules: loaded.config.rules, timing, today: this.options.today,
      reportUnusedDisableDirectives: this.unusedDirectives(loaded.config),
      ...(this.options.rules ? { only: this.options.rules } : {}),
    };
    // In the daemon, a file linted before is linted as an edit of its last text (cli/src/kept.ts);
    // a timed lint is a full one, so that the times are the whole file's.
    const file = loaded.filePath === '<stdin>' ? undefined : path.resolve(this.options.cwd, loaded.filePath);
    const kept = file && !timing ? keptLint(file) : undefined;
    const started = Date.now();
    const result = kept ? lintIncremental(kept.result, text, options) : (this.options.lintText ?? lint)(text, options);
    // GONGWEN_DEBUG=kept: that the daemon linted the file as an edit of its last lint (not afresh:
    // other options, another model), and whether that lint was made when the file changed.
    if (madeIncrementally(result) && debugging('kept')) {
      this.stderr(`gongwen: ${file}: 按上次检查的修改检查 / linted as an edit of its last lint (${Date.now() - started} ms)\n`);
      if (kept?.ahead && kept.result.source.text === text) {
        this.stderr(`gongwen: ${file}: 文件改动时已在后台检查 / linted in the background when the file changed\n`);
      }
    }
    if (file) keepResult(file, result, options);
    for (const f of result.failures) {
      const first = f.error.split('\n')[0];
      this.problem(loaded.filePath, `规则 ${f.ruleId} 出错，已跳过 / rule ${f.ruleId} crashed and was skipped (${first})`);
    }
    return result;
  }
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
