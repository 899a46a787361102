// Code actions: each diagnostic's quick fix (and its alternative suggestions), "fix all of this
// rule", source.fixAll.gongwen (fix on save: every fixable rule, re-linted to a fixed point),
// and "disable this rule for the next line" (a gongwen-disable-next-line directive above it).
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic as LspDiagnostic,
  type TextEdit,
} from 'vscode-languageserver/node';
import type { Diagnostic, Fix } from '../../../engine/src/types';
import { applyFixes, fixAll, fixChange } from '../../../engine/src/fix';
import { lint } from '../../../engine/src/lint';
import { UNUSED_DIRECTIVE_ID } from '../../../engine/src/directives';
import { findRule } from '../../../engine/src/rules';
import type { SourceText } from '../../../engine/src/text/source';
import type { Analysis } from './context';
import { toLspDiagnostic } from './diagnostics';
import { t } from './l10n';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;

function fixEdit(fix: Fix, source: SourceText): TextEdit {
  return { range: { start: source.positionAt(fix.range[0]), end: source.positionAt(fix.range[1]) }, newText: fix.text };
}

/** One edit that turns `before` into `after` (common prefix and suffix kept). */
export function wholeEdit(before: string, after: string, source: SourceText): TextEdit[] {
  if (before === after) return [];
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  return [{ range: { start: source.positionAt(p), end: source.positionAt(before.length - s) }, newText: after.slice(p, after.length - s) }];
}

/** A fixable rule's fixes, and the removal of an unused directive (as the CLI's gongwen fix). */
function isFixable(ruleId: string): boolean {
  return ruleId === UNUSED_DIRECTIVE_ID || (findRule(ruleId)?.fixable ?? false);
}

const fixAllOf = new WeakMap<Analysis, TextEdit[]>();

/**
 * fixAllEdits(a), once per analysis (a version of the document): an editor asks for code actions
 * at every cursor move, and fixing a large gazette to a fixed point re-lints it (~100 ms).
 */
export function fixAllEditsOnce(a: Analysis): TextEdit[] {
  let edits = fixAllOf.get(a);
  if (!edits) fixAllOf.set(a, (edits = fixAllEdits(a)));
  return edits;
}

/** Every fixable rule's fixes, applied until nothing changes (what fix-on-save does). */
export function fixAllEdits(a: Analysis, onlyRule?: string, protect?: { start: number; end: number }): TextEdit[] {
  const text = a.document.getText();
  const opts = {
    model: a.model, rules: a.settings.rules, ...(a.settings.date ? { date: a.settings.date } : {}),
    ...(a.settings.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: a.settings.reportUnusedDisableDirectives } : {}),
  };
  const rules = onlyRule ? (id: string) => id === onlyRule : isFixable;
  const r = fixAll(text, (t2) => (t2 === text ? a.result.diagnostics : lint(t2, opts).diagnostics), { rules, ...(protect ? { protect } : {}) });
  return wholeEdit(text, r.output, a.result.source);
}

function sameDiagnostic(d: Diagnostic, l: LspDiagnostic, source: SourceText): boolean {
  if (d.ruleId !== l.code) return false;
  const data = l.data as { start?: number; end?: number } | undefined;
  if (data && typeof data.start === 'number') return d.start === data.start && d.end === data.end;
  return source.offsetAt(l.range.start) === d.start && source.offsetAt(l.range.end) === d.end;
}

/** The directive line to insert above `line`, written so the document's format keeps it inert. */
function disableLine(a: Analysis, line: number, ruleId: string): TextEdit {
  const lineText = a.result.source.lineText(line);
  const indent = /^[ \t\u3000]*/.exec(lineText)![0];
  const markdown = a.document.languageId === 'markdown';
  const directive = markdown ? `<!-- gongwen-disable-next-line ${ruleId} -->` : `gongwen-disable-next-line ${ruleId}`;
  const eol = a.document.getText().includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${directive}${eol}` };
}

/** What a fix-all action left for codeAction/resolve carries instead of its edit. */
export interface FixAllData {
  fixAll: string;
}

/**
 * The code actions for `params`. `lazyFixAll` (a client that resolves an action's edit): when the
 * request names no kind, as an editor's lightbulb does at every cursor move, the fix-all action
 * comes without its edit, which codeAction/resolve computes if the user picks it. A request
 * naming the kind (fix on save, the source action menu) gets the edit at once. `typing`: the
 * stretch being typed while the typing pause holds its problems, which a fix-all asked for on save
 * leaves alone (the server passes it for a request not invoked by the user).
 */
export function codeActions(a: Analysis, params: CodeActionParams, lazyFixAll = false, typing?: { start: number; end: number }): CodeAction[] {
  const { source, diagnostics } = a.result;
  const uri = a.uri;
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  const actions: CodeAction[] = [];

  if (wants(FIX_ALL_KIND)) {
    const title = t('修复所有可自动修复的公文问题', 'Fix all auto-fixable Gongwen problems');
    if (lazyFixAll && !only) {
      if (diagnostics.some((d) => d.fix && isFixable(d.ruleId))) actions.push({ title, kind: FIX_ALL_KIND, data: { fixAll: uri } satisfies FixAllData });
    } else {
      // `typing`: the stretch being typed, which fix on save leaves alone (not remembered: it changes with the pause).
      const edits = typing ? fixAllEdits(a, undefined, typing) : fixAllEditsOnce(a);
      if (edits.length) actions.push({ title, kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } });
    }
  }
  if (!wants(CodeActionKind.QuickFix)) return actions;

  const doneRules = new Set<string>();
  const doneLines = new Set<string>();
  for (const ld of params.context.diagnostics) {
    if (ld.source !== 'gongwen') continue;
    const d = diagnostics.find((x) => sameDiagnostic(x, ld, source));
    if (!d) continue;
    const lsp = toLspDiagnostic(d, source, a.settings);
    if (d.fix) {
      actions.push({
        title: fixTitle(d, a.document.getText()), kind: CodeActionKind.QuickFix, diagnostics: [lsp], isPreferred: true,
        edit: { changes: { [uri]: [fixEdit(d.fix, source)] } },
      });
    }
    for (const s of d.suggestions ?? []) {
      actions.push({ title: s.desc, kind: CodeActionKind.QuickFix, diagnostics: [lsp], edit: { changes: { [uri]: [fixEdit(s.fix, source)] } } });
    }
    const sameRule = diagnostics.filter((x) => x.ruleId === d.ruleId && x.fix);
    if (d.fix && sameRule.length > 1 && !doneRules.has(d.ruleId)) {
      doneRules.add(d.ruleId);
      const r = applyFixes(a.document.getText(), sameRule);
      actions.push({
        title: t('修复本文档中所有 {0} 问题（{1} 处）', 'Fix all {0} problems in this document ({1})', d.ruleId, r.applied.length),
        kind: CodeActionKind.QuickFix, diagnostics: sameRule.map((x) => toLspDiagnostic(x, source, a.settings)),
        edit: { changes: { [uri]: wholeEdit(a.document.getText(), r.output, source) } },
      });
    }
    const line = source.positionAt(d.start).line;
    const key = `${line}:${d.ruleId}`;
    // A directive's own problem (directive/unknown-rule, directive/unused) is not suppressed by another directive.
    if (!doneLines.has(key) && !d.ruleId.startsWith('directive/')) {
      doneLines.add(key);
      actions.push({
        title: t('在此行停用规则 {0}', 'Disable {0} for this line', d.ruleId), kind: CodeActionKind.QuickFix, diagnostics: [lsp],
        edit: { changes: { [uri]: [disableLine(a, line, d.ruleId)] } },
      });
    }
  }
  return actions;
}

/**
 * A quick fix's title says what it writes (将“，”改为“、”), as eslint's name the change, not the whole
 * message again: the diagnostic beside it already says what is wrong and why.
 */
function fixTitle(d: Diagnostic, text: string): string {
  const { removed, inserted } = fixChange(text, d.fix!);
  if (!removed) return t('插入“{0}”（{1}）', 'Insert “{0}” ({1})', inserted, d.ruleId);
  if (!inserted) return t('删除“{0}”（{1}）', 'Delete “{0}” ({1})', removed, d.ruleId);
  return t('将“{0}”改为“{1}”（{2}）', 'Replace “{0}” with “{1}” ({2})', removed, inserted, d.ruleId);
}

/** codeAction/resolve: the edit of a fix-all action left without one (see codeActions). */
export function resolveCodeAction(a: Analysis, action: CodeAction): CodeAction {
  if ((action.data as FixAllData | undefined)?.fixAll !== a.uri) return action;
  return { ...action, edit: { changes: { [a.uri]: fixAllEditsOnce(a) } } };
}
