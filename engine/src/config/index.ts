// .gongwenrc.json: found by walking up from a file's folder. The nearest file wins; files further
// up fill in what nearer ones leave unset (rules merge per id), until one says "root": true.
// A broken file is an error naming the file and the cause, never a silent fallback to defaults.
import fs = require('fs');
import { readDataFile } from '../text/read-file';
import path = require('path');
import type { ErrorObject } from 'ajv';
import { validate as validateSchema } from './validator.generated';
import { allRules } from '../rules';
import type { RuleSetting } from '../lint';

export const CONFIG_FILE = '.gongwenrc.json';

/** Rule families (engine/src/rules/<family>); `family/*` is valid even before the family has rules. */
export const RULE_FAMILIES = [
  'doc-number', 'lead-unit', 'numbering', 'cross-ref', 'date', 'attachment', 'punctuation', 'structure',
];

export class ConfigError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

/** One configuration file as written, paths made absolute. */
export interface ConfigFile {
  file: string;
  root: boolean;
  rules: Record<string, RuleSetting>;
  model?: string;
  corpus?: string[];
  ignore?: string[];
  date?: string;
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error';
}

/** The configuration that applies to one file: its config files merged, nearest first. */
export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  /** Absolute path of the model file. */
  model?: string;
  /** Absolute corpus folders. */
  corpus?: string[];
  /** Ignore globs with the folder they are relative to. */
  ignore: { base: string; patterns: string[] }[];
  date?: string;
  /** Report directives that suppressed nothing (ESLint's key): off when unset. */
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error';
  /** The files that contributed, nearest first. */
  files: string[];
}

const NUMERIC_SEVERITY: Record<0 | 1 | 2, RuleSetting> = { 0: 'off', 1: 'warn', 2: 'error' };

/** The schema's errors for `data` (none: valid), from the validator compiled at build time. */
function validate(data: unknown): ErrorObject[] {
  const check = validateSchema as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
  return check(data) ? [] : (check.errors ?? []);
}

/** Line and column (1-based) of a JSON.parse error, from the position V8 reports. */
function jsonErrorAt(text: string, message: string): { line: number; column: number } {
  const m = /position (\d+)/.exec(message);
  const pos = m ? Number(m[1]) : text.length;
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return { line, column: pos - (before.lastIndexOf('\n') + 1) + 1 };
}

function describe(e: ErrorObject): string {
  const where = e.instancePath
    ? e.instancePath.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).join(' → ')
    : '';
  const at = where ? `"${where}"` : '顶层 / top level';
  // Ajv reports a bad key under "rules" as a pattern error carrying the key as propertyName.
  const badKey = e.propertyName ?? (e.keyword === 'propertyNames' ? String(e.params.propertyName) : undefined);
  if (badKey !== undefined) {
    return `规则名 "${badKey}" 格式不对，应为 family/name 或 family/* / rule id "${badKey}" must look like family/name or family/*`;
  }
  switch (e.keyword) {
    case 'additionalProperties':
      return `未知的配置项 "${String(e.params.additionalProperty)}" / unknown setting "${String(e.params.additionalProperty)}"`;
    case 'enum':
      if (where === 'reportUnusedDisableDirectives') {
        return `${at}：必须是 off、warn、error、0、1、2、true 或 false / must be "off", "warn", "error", 0, 1, 2, true or false`;
      }
      return `${at}：严重程度必须是 off、info、warn 或 error（或 ESLint 的 0、1、2） / severity must be "off", "info", "warn" or "error" (or ESLint's 0, 1, 2)`;
    case 'pattern':
      if (where === 'date') return `"date" 必须是 YYYY-MM-DD / "date" must be YYYY-MM-DD`;
      return `${at}: ${e.message ?? 'invalid'}`;
    case 'type':
      return `${at} 的类型应为 ${String(e.params.type)} / ${at} must be of type ${String(e.params.type)}`;
    default:
      return `${at}: ${e.message ?? 'invalid'}`;
  }
}

function checkRuleId(id: string): string | undefined {
  const [family, name] = id.split('/');
  // `gongwen rules` lists directive/*, but they are no rules: say where they are turned on.
  if (family === 'directive') {
    return `"${id}" 是指令本身的问题，不是规则：未使用的指令用 "reportUnusedDisableDirectives" 开关，未知规则名总会报告 / "${id}" is a problem of directives, not a rule: unused directives are turned on and off with "reportUnusedDisableDirectives", and an unknown rule name is always reported`;
  }
  const families = new Set([...RULE_FAMILIES, ...allRules.map((r) => r.id.split('/')[0])]);
  if (name === '*') {
    return families.has(family) ? undefined : `未知的规则族 "${family}" / unknown rule family "${family}"`;
  }
  if (allRules.some((r) => r.id === id)) return undefined;
  const near = allRules.filter((r) => r.id.startsWith(family + '/')).map((r) => r.id);
  const hint = near.length ? `（该族的规则 / rules of this family: ${near.join(', ')}）` : '';
  return `未知规则 "${id}" / unknown rule "${id}"${hint}`;
}

function validDate(iso: string): boolean {
  const d = new Date(iso + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** Reads and validates one configuration file. */
export function readConfigFile(file: string): ConfigFile {
  const abs = path.resolve(file);
  let text: string;
  try {
    text = readDataFile(abs).toString('utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(abs, code === 'ENOENT' && isLink(abs) ? '配置文件是指向不存在的文件的符号链接 / the configuration file is a symbolic link to a missing file'
      : code === 'ENOENT' ? '找不到配置文件 / configuration file not found'
        : `无法读取配置文件 / cannot read configuration file (${code ?? (e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const { line, column } = jsonErrorAt(text, (e as Error).message);
    throw new ConfigError(abs, `JSON 语法错误，第 ${line} 行第 ${column} 列 / JSON syntax error at line ${line}, ` +
      `column ${column}: ${(e as Error).message}`);
  }
  const errors = validate(data);
  if (errors.length) throw new ConfigError(abs, describe(errors[0]));
  const raw = data as {
    root?: boolean; rules?: Record<string, RuleSetting | 0 | 1 | 2>; model?: string; corpus?: string[]; ignore?: string[]; date?: string;
    reportUnusedDisableDirectives?: 'off' | 'warn' | 'error' | 0 | 1 | 2 | boolean;
  };
  for (const id of Object.keys(raw.rules ?? {})) {
    const problem = checkRuleId(id);
    if (problem) throw new ConfigError(abs, problem);
  }
  if (raw.date !== undefined && !validDate(raw.date)) {
    throw new ConfigError(abs, `"date" 不是有效日期：${raw.date} / "date" is not a valid date: ${raw.date}`);
  }
  const dir = path.dirname(abs);
  return {
    file: abs,
    root: raw.root === true,
    // ESLint's numeric severities, for a configuration written by habit: 0 off, 1 warn, 2 error.
    rules: Object.fromEntries(Object.entries(raw.rules ?? {}).map(([id, s]) => [id, typeof s === 'number' ? NUMERIC_SEVERITY[s] : s])),
    ...(raw.model !== undefined ? { model: path.resolve(dir, raw.model) } : {}),
    ...(raw.corpus !== undefined ? { corpus: raw.corpus.map((c) => path.resolve(dir, c)) } : {}),
    ...(raw.ignore !== undefined ? { ignore: raw.ignore } : {}),
    ...(raw.date !== undefined ? { date: raw.date } : {}),
    ...(raw.reportUnusedDisableDirectives !== undefined ? { reportUnusedDisableDirectives: unusedDirectivesSetting(raw.reportUnusedDisableDirectives) } : {}),
  };
}

/** ESLint's reportUnusedDisableDirectives values (a severity, 0/1/2, or a boolean: true is warn) as one. */
export function unusedDirectivesSetting(v: 'off' | 'warn' | 'error' | 0 | 1 | 2 | boolean): 'off' | 'warn' | 'error' {
  if (v === true) return 'warn';
  if (v === false) return 'off';
  return typeof v === 'number' ? (['off', 'warn', 'error'] as const)[v] : v;
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Merges config files given nearest first. */
export function mergeConfigs(files: ConfigFile[]): ResolvedConfig {
  const out: ResolvedConfig = { rules: {}, ignore: [], files: files.map((f) => f.file) };
  for (const f of [...files].reverse()) {
    Object.assign(out.rules, f.rules);
    if (f.model !== undefined) out.model = f.model;
    if (f.corpus !== undefined) out.corpus = f.corpus;
    if (f.date !== undefined) out.date = f.date;
    if (f.reportUnusedDisableDirectives !== undefined) out.reportUnusedDisableDirectives = f.reportUnusedDisableDirectives;
    if (f.ignore?.length) out.ignore.push({ base: path.dirname(f.file), patterns: f.ignore });
  }
  return out;
}

/**
 * Finds and merges the configuration for files in `dir`. Caches each folder's file (or its absence),
 * so linting a whole tree reads every configuration file once.
 */
export class ConfigResolver {
  private readonly files = new Map<string, ConfigFile | ConfigError | null>();
  private readonly chains = new Map<string, ResolvedConfig | ConfigError>();

  /** `explicit`: use this one file and nothing else (--config). */
  constructor(private readonly explicit?: string) {}

  private fileIn(dir: string): ConfigFile | null {
    if (!this.files.has(dir)) {
      const candidate = path.join(dir, CONFIG_FILE);
      let entry: ConfigFile | ConfigError | null = null;
      // A link to nothing (or a loop) is a configuration meant to apply: an error, not none.
      if (fs.existsSync(candidate) || isLink(candidate)) {
        try {
          entry = readConfigFile(candidate);
        } catch (e) {
          if (!(e instanceof ConfigError)) throw e;
          entry = e;
        }
      }
      this.files.set(dir, entry);
    }
    const entry = this.files.get(dir)!;
    if (entry instanceof ConfigError) throw entry;
    return entry;
  }

  /** The configuration for files in folder `dir`. Throws ConfigError when a file on the way is broken. */
  forDir(dir: string): ResolvedConfig {
    const abs = path.resolve(dir);
    let cached = this.chains.get(abs);
    if (!cached) {
      try {
        cached = this.resolve(abs);
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        cached = e;
      }
      this.chains.set(abs, cached);
    }
    if (cached instanceof ConfigError) throw cached;
    return cached;
  }

  forFile(file: string): ResolvedConfig {
    return this.forDir(path.dirname(path.resolve(file)));
  }

  /** The configuration files read so far (broken ones too), --config's included. */
  filesRead(): string[] {
    const out = this.explicit ? [path.resolve(this.explicit)] : [];
    for (const entry of this.files.values()) if (entry) out.push(entry.file);
    return out;
  }

  private resolve(dir: string): ResolvedConfig {
    if (this.explicit) return mergeConfigs([readConfigFile(this.explicit)]);
    const chain: ConfigFile[] = [];
    for (let d = dir; ; d = path.dirname(d)) {
      const f = this.fileIn(d);
      if (f) {
        chain.push(f);
        if (f.root) break;
      }
      if (path.dirname(d) === d) break;
    }
    return mergeConfigs(chain);
  }
}

/** The configuration for one file (no cache). */
export function configFor(file: string, explicit?: string): ResolvedConfig {
  return new ConfigResolver(explicit).forFile(file);
}

/**
 * Whether a path (file or folder) is ignored by the configuration's globs. Globs are relative to
 * their configuration file's folder; a glob without a slash matches a name at any depth, as in
 * .gitignore; a glob that matches a folder ignores everything inside it.
 */
export function isIgnored(config: ResolvedConfig, absPath: string): boolean {
  for (const { base, patterns } of config.ignore) {
    const rel = path.relative(base, absPath).split(path.sep).join('/');
    if (!rel || rel.startsWith('../')) continue;
    // picomatch is required on first use: most runs have no ignore globs.
    const picomatch = (require('picomatch') as typeof import('picomatch'));
    for (const raw of patterns) {
      const p = raw.replace(/^\.\//, '').replace(/\/$/, '');
      const glob = p.includes('/') ? p : `**/${p}`;
      if (picomatch.isMatch(rel, glob, { dot: true }) || picomatch.isMatch(rel, `${glob}/**`, { dot: true })) return true;
    }
  }
  return false;
}
