// Runs the rules over a parsed text: the one entry point shared by the CLI, the server and tests.
import type { Diagnostic, Gazette, GwDocument, Severity } from './types';
import type { Model } from './model/types';
import type { Rule, RuleContext } from './rules/types';
import { SourceText } from './text/source';
import { parseGazette } from './parse/gazette';
import { allRules } from './rules';
import { directivesOf, isSuppressed } from './directives';

export type RuleSetting = 'off' | 'warn' | 'error' | 'info';

export interface LintOptions {
  model: Model;
  /** ISO date to judge a document by when it has no 成文日期 (--date). Default: today. */
  date?: string;
  /** ISO date of today (tests pin it). */
  today?: string;
  /** Per-rule severity overrides from configuration. */
  rules?: Record<string, RuleSetting>;
  /** Rules that must not run (e.g. disabled after a crash by the language server). */
  skip?: Set<string>;
  /** Use these rules instead of the built-in set (tests of one rule). */
  only?: Rule[];
}

export interface RuleFailure {
  ruleId: string;
  error: string;
}

export interface LintResult {
  source: SourceText;
  gazette: Gazette;
  diagnostics: Diagnostic[];
  /** Rules that threw: they are skipped for this text, the others still run. */
  failures: RuleFailure[];
}

export function todayIso(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function severityOf(rule: Rule, setting: RuleSetting | undefined): Severity | undefined {
  if (setting === 'off') return undefined;
  if (setting === 'warn') return 'warning';
  if (setting === 'error') return 'error';
  if (setting === 'info') return 'info';
  return rule.severity;
}

/**
 * The date a document is judged by: its 成文日期; when that is written wrongly but its year and
 * month can be read (2023年2月30日), the last real day of that month, so one wrong date does not
 * change how every unit and citation is judged; otherwise --date or today.
 */
export function asOfDate(doc: GwDocument, fallback: string): string {
  const d = doc.date;
  if (!d) return fallback;
  if (d.iso) return d.iso;
  const year = d.year < 100 ? 2000 + d.year : d.year;
  if (year >= 1949 && year <= 2999 && d.month >= 1 && d.month <= 12) {
    const last = new Date(Date.UTC(year, d.month, 0)).getUTCDate();
    const day = Math.min(Math.max(1, d.day || 1), last);
    return `${year}-${String(d.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return fallback;
}

export function lint(text: string, options: LintOptions): LintResult {
  const source = new SourceText(text);
  const gazette = parseGazette(source, options.model);
  const today = options.today ?? todayIso();
  const fallbackDate = options.date ?? today;
  const diagnostics: Diagnostic[] = [];
  const failures: RuleFailure[] = [];
  const failed = new Set<string>();
  const mode = gazette.isIssue ? 'issue' : 'draft';
  const rules = options.only ?? allRules;

  const run = (rule: Rule, doc: GwDocument, severity: Severity) => {
    const ctx: RuleContext = {
      source, gazette, doc, model: options.model, today, mode,
      asOf: asOfDate(doc, fallbackDate),
      report(d) {
        const start = Math.max(0, Math.min(d.start, text.length));
        const end = Math.max(start, Math.min(d.end, text.length));
        diagnostics.push({
          ruleId: rule.id,
          severity: d.severity && severity !== 'info' && rule.severity === severity ? d.severity : severity,
          message: d.message, start, end,
          ...(d.fix ? { fix: d.fix } : {}),
          ...(d.suggestions ? { suggestions: d.suggestions } : {}),
        });
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      failed.add(rule.id);
      failures.push({ ruleId: rule.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  };

  const docs = gazette.documents.length ? gazette.documents : [];
  for (const rule of rules) {
    if (options.skip?.has(rule.id)) continue;
    const severity = severityOf(rule, options.rules?.[rule.id] ?? options.rules?.[rule.id.split('/')[0] + '/*']);
    if (!severity) continue;
    if (rule.scope === 'gazette') {
      if (docs.length) run(rule, docs[0], severity);
    } else {
      for (const doc of docs) {
        if (failed.has(rule.id)) break;
        run(rule, doc, severity);
      }
    }
  }

  const directives = directivesOf(source);
  const kept = diagnostics
    .filter((d) => !failed.has(d.ruleId))
    .filter((d) => !isSuppressed(directives, source.positionAt(d.start).line, d.ruleId));
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { source, gazette, diagnostics: dedupe(kept), failures };
}

/** The same rule reporting the same span twice (e.g. from a 目录 and a body pass) is one diagnostic. */
function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.ruleId}\u0000${d.start}\u0000${d.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
