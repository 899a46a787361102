// ESLint's `json` format, key for key, so tools that read ESLint output (reviewdog, editors,
// dashboards, formatters that show the text around a problem) read ours. `fix` is what `gongwen
// fix` would apply; other fixes become suggestions.
import type { Diagnostic } from '../../../engine/src';
import { countsOf, isAutoFixable, numericSeverity, position, type FileResult, type FormatContext } from './common';

export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  /** As ESLint: what inline directives suppressed, each with its `suppressions`. */
  suppressedMessages: (JsonMessage & { suppressions: { kind: 'directive'; justification: string }[] })[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** As ESLint: the text that `--fix` made of the file, when it changed it. */
  output?: string;
  /** As ESLint: the file's text, when it has problems and no `output`. */
  source?: string;
  usedDeprecatedRules: never[];
}

export function toJsonResults(results: FileResult[], ctx: FormatContext): JsonResult[] {
  return results.map((r) => {
    const message = (d: Diagnostic): JsonMessage => {
      const start = position(r.source, d.start);
      const end = position(r.source, d.end);
      const m: JsonMessage = {
        ruleId: d.ruleId, severity: numericSeverity(d), message: d.message,
        line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
      };
      const suggestions = (d.suggestions ?? []).map((s) => ({ desc: s.desc, fix: { range: [...s.fix.range] as [number, number], text: s.fix.text } }));
      if (d.fix && isAutoFixable(d, ctx.rules)) m.fix = { range: [...d.fix.range] as [number, number], text: d.fix.text };
      else if (d.fix) suggestions.unshift({ desc: d.message, fix: { range: [...d.fix.range] as [number, number], text: d.fix.text } });
      if (suggestions.length) m.suggestions = suggestions;
      return m;
    };
    const messages = r.diagnostics.map(message);
    const suppressedMessages = (r.suppressed ?? []).map((d) => ({ ...message(d), suppressions: d.suppressions.map((s) => ({ ...s })) }));
    const c = countsOf(r.diagnostics, ctx.rules);
    // ESLint knows no info: a note is a severity-1 message, so it counts with the warnings.
    const warningCount = c.warningCount + c.infoCount;
    // ESLint adds `output` after a --fix that changed the text, else `source` when there are problems.
    const text = r.fixed ? { output: r.source.text } : c.errorCount + warningCount > 0 ? { source: r.source.text } : {};
    return {
      filePath: r.filePath, messages, suppressedMessages,
      errorCount: c.errorCount, fatalErrorCount: 0, warningCount,
      fixableErrorCount: c.fixableErrorCount, fixableWarningCount: c.fixableWarningCount + c.fixableInfoCount,
      ...text,
      usedDeprecatedRules: [],
    };
  });
}

export function formatJson(results: FileResult[], ctx: FormatContext): string {
  return JSON.stringify(toJsonResults(results, ctx));
}
