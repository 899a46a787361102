// What every output format gets: per file, the text (for positions) and the diagnostics.
import type { Diagnostic, Rule, SourceText } from '../../../engine/src';
import { UNUSED_DIRECTIVE_ID, type SuppressedDiagnostic } from '../../../engine/src/directives';

export interface FileResult {
  /** Absolute path, or "<stdin>". */
  filePath: string;
  source: SourceText;
  diagnostics: Diagnostic[];
  /** What directives suppressed (JSON's suppressedMessages). */
  suppressed?: SuppressedDiagnostic[];
  /** `source` is the text `lint --fix` made of the file (the diagnostics are what it left). */
  fixed?: boolean;
}

export interface FormatContext {
  /** The working folder. */
  cwd: string;
  /** Folder that SARIF URIs are relative to (%SRCROOT%): the git repository's root; default cwd. */
  root?: string;
  /** The rules of the run: their metadata and whether `gongwen fix` applies their fixes. */
  rules: Rule[];
  color: boolean;
  /** The terminal's width (stylish wraps messages to it); undefined when the output is no terminal. */
  columns?: number;
  /** The run's problem lines (a file that could not be read or checked: exit code 2), for SARIF. */
  problems?: string[];
}

export const STDIN_PATH = '<stdin>';

/** ESLint's numeric severity: 2 error, 1 warning; the engine's 'info' is a warning there. */
export function numericSeverity(d: Diagnostic): 1 | 2 {
  return d.severity === 'error' ? 2 : 1;
}

/** 1-based line and column of an offset; columns count UTF-16 code units (as ESLint and SARIF do). */
export function position(source: SourceText, offset: number): { line: number; column: number } {
  const p = source.positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}

/** Whether `gongwen fix` applies the fixes of `ruleId`: a fixable rule's, and the removal of an unused directive (as ESLint's --fix). */
export function fixesApplied(ruleId: string, rules: Rule[]): boolean {
  return ruleId === UNUSED_DIRECTIVE_ID || !!rules.find((r) => r.id === ruleId)?.fixable;
}

/** Whether `gongwen fix` would apply this diagnostic's fix. */
export function isAutoFixable(d: Diagnostic, rules: Rule[]): boolean {
  return !!d.fix && fixesApplied(d.ruleId, rules);
}

export interface Counts {
  errorCount: number;
  /** Warnings proper: infos are counted apart (ESLint's JSON has no info: json.ts adds them). */
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  fixableInfoCount: number;
}

export function countsOf(diagnostics: Diagnostic[], rules: Rule[]): Counts {
  const c: Counts = { errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, fixableInfoCount: 0 };
  for (const d of diagnostics) {
    const fixable = isAutoFixable(d, rules) ? 1 : 0;
    if (d.severity === 'error') {
      c.errorCount++;
      c.fixableErrorCount += fixable;
    } else if (d.severity === 'warning') {
      c.warningCount++;
      c.fixableWarningCount += fixable;
    } else {
      c.infoCount++;
      c.fixableInfoCount += fixable;
    }
  }
  return c;
}

/**
 * The counts of a whole run, countsOf's summed over its files: the stylish summary, `lint`'s exit
 * code and --max-warnings, and `fix`'s exit code all read these numbers.
 */
export function totalCounts(results: FileResult[], rules: Rule[]): Counts {
  const sum: Counts = { errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, fixableInfoCount: 0 };
  for (const r of results) {
    const c = countsOf(r.diagnostics, rules);
    for (const k of Object.keys(sum) as (keyof Counts)[]) sum[k] += c[k];
  }
  return sum;
}

export interface ShowOptions {
  /** Errors only. */
  quiet?: boolean;
  /** Notes (severity info) too. */
  info?: boolean;
}

/**
 * What the command line reports (lint, lint --fix and fix alike). Notes (severity info) are for
 * the editor; on the command line only with --info, so that a CI run on a gazette the model has
 * not seen is not flooded with "unit not in the lexicon" notes.
 */
export function shownResults(results: FileResult[], opts: ShowOptions): FileResult[] {
  const keep = (d: Diagnostic) => (opts.quiet ? d.severity === 'error' : !!opts.info || d.severity !== 'info');
  return results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter(keep) }));
}

/** A compact report with problems (formatters/compact.ts; with none it is the empty string). */
const COMPACT_REPORT = /^(?:[^\n]+: line \d+, col \d+, (?:Error|Warning|Info) - [^\n]* \([a-z-]+\/[a-z0-9-]+\)\n)+\n\d+ problems?\n?$/;

/**
 * Whether a file's text is a report `gongwen lint -o` wrote (stylish, compact, JSON or SARIF; an empty
 * report is an empty file): one found in a linted folder is the last run's, and may be replaced.
 */
export function isReport(text: string): boolean {
  if (text === '') return true; // stylish or compact, nothing found
  if (COMPACT_REPORT.test(text)) return true;
  if (text.startsWith('\n')) {
    return /\n\u2716 \d+ problems? \(\d+ errors?, \d+ warnings?(?:, \d+ infos?)?\)[^\n]*\n(?:[^\n]*--fix[^\n]*\n)?\n?$/.test(text);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return false;
  }
  const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
  // ESLint's JSON shape: one entry per file.
  if (Array.isArray(data)) return data.every((r) => isObject(r) && typeof r.filePath === 'string' && Array.isArray(r.messages));
  // SARIF, of Gongwen's runs.
  return isObject(data) && data.version === '2.1.0' && Array.isArray(data.runs) && data.runs.length > 0 &&
    data.runs.every((r) => isObject(r) && isObject(r.tool) && isObject(r.tool.driver) && r.tool.driver.name === 'gongwen');
}
