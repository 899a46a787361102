// Helpers for rule tests: lint a text with one rule (or all), and read diagnostics as
// line:column (1-based) so expectations stay readable.
import type { Diagnostic } from '../types';
import type { Model } from '../model/types';
import type { Rule } from './types';
import { lint } from '../lint';
import { emptyModel, loadModel } from '../model/load';

let cachedDefault: Model | undefined;
/** The shipped default model (trained from the gazette corpus). */
export function defaultModel(): Model {
  return (cachedDefault ??= loadModel());
}

export interface Found {
  ruleId: string;
  line: number;
  column: number;
  text: string;
  message: string;
  fix?: string;
}

export interface TestLintOptions {
  model?: Model;
  date?: string;
  today?: string;
}

/** Lints `text` with only `rules` and returns the diagnostics in readable form. */
export function check(rules: Rule | Rule[], text: string, opts: TestLintOptions = {}): Found[] {
  const r = lint(text, {
    model: opts.model ?? emptyModel(), date: opts.date, today: opts.today ?? '2026-11-22',
    only: Array.isArray(rules) ? rules : [rules],
  });
  if (r.failures.length) throw new Error(r.failures.map((f) => `${f.ruleId}: ${f.error}`).join('\n'));
  return r.diagnostics.map((d) => readable(r.source.text, d, r.source.positionAt(d.start)));
}

function readable(text: string, d: Diagnostic, pos: { line: number; character: number }): Found {
  return {
    ruleId: d.ruleId, line: pos.line + 1, column: pos.character + 1, text: text.slice(d.start, d.end),
    message: d.message,
    ...(d.fix ? { fix: text.slice(0, d.fix.range[0]) + d.fix.text + text.slice(d.fix.range[1]) } : {}),
  };
}

/** Applies every fix of one lint pass (non-overlapping, in order) and returns the text. */
export function fixed(rules: Rule | Rule[], text: string, opts: TestLintOptions = {}): string {
  const r = lint(text, {
    model: opts.model ?? emptyModel(), date: opts.date, today: opts.today ?? '2026-11-22',
    only: Array.isArray(rules) ? rules : [rules],
  });
  const fixes = r.diagnostics.filter((d) => d.fix).map((d) => d.fix!).sort((a, b) => a.range[0] - b.range[0]);
  let out = '';
  let at = 0;
  for (const f of fixes) {
    if (f.range[0] < at) continue;
    out += text.slice(at, f.range[0]) + f.text;
    at = f.range[1];
  }
  return out + text.slice(at);
}
