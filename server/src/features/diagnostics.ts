// Diagnostics: lint on open and on change (debounced, only the changed document is re-linted,
// cached per version), push or pull, severities from the settings, the rule id as code with a
// link to its documentation. A rule that throws is disabled for that document and logged; the
// server keeps serving. A document closed while its lint was pending is simply dropped.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
} from 'vscode-languageserver/node';
import type { Diagnostic } from '../../../engine/src/types';
import { lint, lintIncremental, type LintResult } from '../../../engine/src/lint';
import { SourceText } from '../../../engine/src/text/source';
import { commonPrefix, commonSuffix } from '../../../engine/src/text/diff';
import type { Model } from '../../../engine/src/model/types';
import type { Rule } from '../../../engine/src/rules/types';
import { allRules } from '../../../engine/src/rules';
import type { Analysis } from './context';
import type { GongwenSettings } from './settings';
import { ruleDocsHref } from './ruleDocs';
import { t } from './l10n';

export const SOURCE = 'gongwen';
/** Milliseconds between the last keystroke and the lint that follows (setting gongwen.debounceMs). */
export const DEFAULT_DEBOUNCE_MS = 200;
/** Milliseconds a problem at the cursor of the line being typed waits (setting gongwen.typingPauseMs). */
export const DEFAULT_TYPING_PAUSE_MS = 1000;
/** Larger documents are not checked (the CLI refuses files over 20 MB; an editor must stay responsive). */
export const MAX_LINT_CHARS = 2_000_000;

export function toLspSeverity(s: Diagnostic['severity']): DiagnosticSeverity {
  return s === 'error' ? DiagnosticSeverity.Error : s === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
}

export function toLspDiagnostic(d: Diagnostic, source: SourceText, settings: GongwenSettings): LspDiagnostic {
  return {
    range: { start: source.positionAt(d.start), end: source.positionAt(d.end) },
    severity: toLspSeverity(d.severity),
    code: d.ruleId,
    // A directive's own problem has no rule page to link to.
    ...(d.ruleId.startsWith('directive/') ? {} : { codeDescription: { href: ruleDocsHref(settings.ruleDocsUrl, d.ruleId) } }),
    source: SOURCE,
    message: d.message,
    data: { start: d.start, end: d.end },
  };
}

/**
 * Test hook for the crash handling of a real server process: GONGWEN_TEST_CRASH_RULE=<rule id>
 * makes that built-in rule throw on any document whose text contains GONGWEN_TEST_CRASH (and
 * behave normally elsewhere). Unset — always, outside tests — the built-in rules run untouched.
 */
export const CRASH_RULE_ENV = 'GONGWEN_TEST_CRASH_RULE';
export const CRASH_MARK = 'GONGWEN_TEST_CRASH';

export function crashInjectedRules(ruleId: string | undefined): Rule[] | undefined {
  if (!ruleId || !allRules.some((r) => r.id === ruleId)) return undefined;
  return allRules.map((r) => r.id !== ruleId ? r : {
    ...r,
    check(ctx) {
      if (ctx.source.text.includes(CRASH_MARK)) throw new Error(`injected crash in ${r.id} (${CRASH_RULE_ENV})`);
      r.check(ctx);
    },
  });
}

/** Where a document's last edit ended (an offset in that version's text) and when it was made. */
export interface TypingTip {
  version: number;
  offset: number;
  at: number;
}

/** Where the edit from `before` to `after` ends in `after` (the cursor after typing or deleting). */
export function editEnd(before: string, after: string): number | undefined {
  if (before === after) return undefined;
  // The incremental lint's bounds of an edit (text/diff.ts): chunked native comparisons, where a
  // character loop over a large document cost milliseconds a keystroke.
  const p = commonPrefix(before, after);
  return after.length - commonSuffix(before, after, Math.min(before.length, after.length) - p);
}

/**
 * A problem with the text being typed, held as a grammar checker holds the sentence being typed: on
 * the tip's line, touching the tip or in the clause the tip ends (no 。！？； between them). 市住房城|
 * is not yet an unknown unit, 2024年5月2| not yet a date without 日, 各县（|） not yet an unpaired
 * bracket, （牵头单位：…人民政府、市属开发| not yet a block without its ）, 附件：1.城市更新| not yet
 * a lone numbered attachment. So is a problem with the whole line just above while the line under it
 * is written (nothing after the tip on it): a signature is judged with the date written below it
 * (2026年1|), and a problem of the paragraph above that reaches the tip (the line begun under it is
 * read with it until it is more). Problems elsewhere, and in a line left with Enter, show at once.
 */
export function atTypingTip(d: Diagnostic, source: SourceText, tip: number): boolean {
  if (d.start > tip) return false;
  const line = source.positionAt(tip).line;
  if (d.start >= source.lineStarts[line] && d.end <= source.lineEnd(line)) {
    return d.end >= tip - 1 || !/[。！？!?；;]/.test(source.text.slice(d.end, tip));
  }
  // A problem reaching the tip from the lines above: what is begun under a paragraph is read with it
  // until it is more (配合单位：市财政局⏎⏎（| is a unit 市财政局（） until the list's 二 is typed).
  if (d.start < source.lineStarts[line] && d.end > source.lineStarts[line] && d.end <= source.lineEnd(line) && d.end >= tip - 1) return true;
  if (line === 0 || source.text.slice(tip, source.lineEnd(line)).trim()) return false;
  const above = source.lineText(line - 1);
  const first = source.lineStarts[line - 1] + (above.length - above.trimStart().length);
  return above.trim() !== '' && d.start === first && d.end === source.lineEnd(line - 1);
}

export class Linter {
  private cache = new Map<string, Analysis>();
  /** Rules that threw on a document: skipped for it from then on. */
  private disabled = new Map<string, Set<string>>();
  private tooLarge = new Set<string>();
  /** The last result per document, kept across settings changes: lintIncremental compares the options itself. */
  private previous = new Map<string, LintResult>();

  /** `rules`: use these instead of the built-in set (tests of crash handling). */
  constructor(private readonly log: (m: string) => void, private readonly rules: Rule[] | undefined = crashInjectedRules(process.env[CRASH_RULE_ENV])) {}

  cached(uri: string): Analysis | undefined {
    return this.cache.get(uri);
  }

  disabledRules(uri: string): string[] {
    return [...(this.disabled.get(uri) ?? [])];
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.disabled.delete(uri);
    this.tooLarge.delete(uri);
    this.previous.delete(uri);
  }

  invalidateAll(): void {
    this.cache.clear();
  }

  run(document: TextDocument, settings: GongwenSettings, model: Model): Analysis {
    const hit = this.cache.get(document.uri);
    if (hit && hit.version === document.version && hit.settings === settings && hit.model === model) return hit;
    const skip = this.disabled.get(document.uri) ?? new Set<string>();
    const text = document.getText();
    let result: LintResult;
    if (typeof text === 'string' && text.length > MAX_LINT_CHARS) {
      // Keystrokes would block for seconds: serve the document without checking it, and say so once.
      if (!this.tooLarge.has(document.uri)) {
        this.tooLarge.add(document.uri);
        this.log(t('{0} 有 {1} 个字符，超过 {2}，不检查。', '{0} has {1} characters, more than {2}: not checked.', document.uri, text.length, MAX_LINT_CHARS));
      }
      result = { source: new SourceText(text), gazette: { isIssue: false, toc: [], documents: [] }, diagnostics: [], failures: [] };
      const analysis: Analysis = { uri: document.uri, version: document.version, document, settings, model, result };
      this.cache.set(document.uri, analysis);
      return analysis;
    }
    try {
      const options = {
        model, rules: settings.rules, skip, ...(settings.date ? { date: settings.date } : {}), ...(this.rules ? { only: this.rules } : {}),
        ...(settings.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: settings.reportUnusedDisableDirectives } : {}),
      };
      // A keystroke changes one document of a gazette: re-check only that one (same result as a
      // full lint; lintIncremental falls back to one whenever the edit could reach further).
      const previous = this.previous.get(document.uri);
      result = previous ? lintIncremental(previous, text, options) : lint(text, options);
      this.previous.set(document.uri, result);
    } catch (e) {
      // The parser itself failed: report it once in the log, serve the document without diagnostics.
      this.log(t('解析 {0} 时出错：{1}', 'Parsing {0} failed: {1}', document.uri, e instanceof Error ? (e.stack ?? e.message) : String(e)));
      // A malformed didOpen may carry no text at all: then the document is served as empty. The
      // rules may have failed, not the parse: then the parse (outline, folding) is kept; when the
      // parse fails on the same text again, the document is served as empty too.
      try {
        result = lint(typeof text === 'string' ? text : '', { model, only: [] });
      } catch {
        result = lint('', { model, only: [] });
      }
    }
    for (const f of result.failures) {
      if (skip.has(f.ruleId)) continue;
      skip.add(f.ruleId);
      this.log(t('规则 {0} 在 {1} 中出错，已对此文档停用：{2}', 'Rule {0} threw on {1}; disabled for this document: {2}', f.ruleId, document.uri, f.error));
    }
    if (skip.size) this.disabled.set(document.uri, skip);
    const analysis: Analysis = { uri: document.uri, version: document.version, document, settings, model, result };
    this.cache.set(document.uri, analysis);
    return analysis;
  }
}

/** Debounces per document: the last change wins; closing cancels. */
export class Debouncer {
  private timers = new Map<string, NodeJS.Timeout>();

  schedule(uri: string, ms: number, fn: () => void): void {
    this.cancel(uri);
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      fn();
    }, ms));
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }
}
