// Inline directives that work in plain text: a line containing
//   gongwen-disable-next-line [rule, rule…]   (the next non-blank line)
//   gongwen-disable-line [rules]              (its own line)
//   gongwen-disable [rules] … gongwen-enable [rules]
// optionally wrapped as <!-- … -->, // …, # … or （…）, and followed by a description after " -- ".
// No rule list means every rule.
// As ESLint's: a directive naming no known rule is reported (with the nearest id), and, when asked
// (reportUnusedDisableDirectives), a directive that suppressed nothing, or an enable that ends no
// disable, with a fix removing it.
import type { SourceText } from './text/source';
import type { RuleDocs } from './rules/types';
import type { Diagnostic, Fix, Severity } from './types';

export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  line: number;
  /** The line the directive applies to (disable-next-line: the next non-blank line). */
  target: number;
  rules: string[];
  /** Source offsets of each rule named, in the order written. */
  ruleSpans: { id: string; start: number; end: number }[];
  /** Source offsets of the directive's text (from `gongwen-` to the end of its line). */
  start: number;
  end: number;
  /** The description after " -- ", if any (ESLint's suppression `justification`). */
  justification: string;
}

/** Pseudo rule ids of the problems directives themselves have (ESLint reports them with no rule). */
export const UNKNOWN_RULE_ID = 'directive/unknown-rule';
export const UNUSED_DIRECTIVE_ID = 'directive/unused';

/**
 * The problems of directives, documented as rules are (`gongwen rules`, docs/rules.md, SARIF) so a
 * reviewer who meets one can look it up, as ESLint's documents its own directive problems beside
 * its rules. They are no rule modules: not configured under "rules", never suppressed.
 */
export interface DirectiveProblem {
  id: string;
  severity: Severity;
  fixable: boolean;
  scope: 'gazette';
  docs: RuleDocs;
}

export const DIRECTIVE_PROBLEMS: readonly DirectiveProblem[] = [
  {
    id: UNKNOWN_RULE_ID, severity: 'error', fixable: false, scope: 'gazette',
    docs: {
      description: {
        zh: 'gongwen-disable / gongwen-enable 指令中的规则名不存在（给出最接近的规则名作为建议）。',
        en: 'A gongwen-disable or gongwen-enable directive names no rule: the id it gives does not exist (the nearest rule id is offered as a suggestion).',
      },
      why: '指令对不存在的规则不起作用：拼错的规则名使本应屏蔽的问题照常报告，或使人误以为已屏蔽（同 ESLint 的 “Definition for rule … was not found”）。 / A misspelt rule name suppresses nothing (as ESLint\'s "Definition for rule … was not found").',
      bad: 'gongwen-disable-next-line lead-unit/aliass',
      good: 'gongwen-disable-next-line lead-unit/alias',
    },
  },
  {
    id: UNUSED_DIRECTIVE_ID, severity: 'error', fixable: true, scope: 'gazette',
    docs: {
      description: {
        zh: '没有屏蔽任何问题的 gongwen-disable 指令（或其中的规则名），以及没有结束任何 gongwen-disable 的 gongwen-enable；仅在 --report-unused-disable-directives（错误）、--report-unused-disable-directives-severity 或配置 "reportUnusedDisableDirectives" 要求时报告，--fix 删去它。',
        en: 'A gongwen-disable directive (or a rule name in it) that suppressed nothing, or a gongwen-enable that ends no gongwen-disable; reported only when asked with --report-unused-disable-directives (as errors), --report-unused-disable-directives-severity or the "reportUnusedDisableDirectives" setting, and removed by --fix.',
      },
      why: '问题改正后留下的屏蔽指令会在同一行以后出现新问题时把它也屏蔽掉（同 ESLint 的 reportUnusedDisableDirectives）。 / A directive left behind after its problem was fixed would hide the next problem on that line (as ESLint\'s reportUnusedDisableDirectives).',
      bad: 'gongwen-disable-next-line date/future\n2024年5月1日',
      good: '2024年5月1日',
    },
  },
];

const DIRECTIVE = /gongwen-(disable-next-line|disable-line|disable|enable)\b([^\n\r]*)/;
const RULE_NAME = /^[a-z][\w-]*(\/[\w*-]+)?$/;

interface Parsed {
  kind: Directive['kind'];
  rules: string[];
  /** Rule names with their offsets in the line. */
  spans: { id: string; start: number; end: number }[];
  index: number;
  justification: string;
}

function parse(lineText: string): Parsed | undefined {
  const m = DIRECTIVE.exec(lineText);
  if (!m) return undefined;
  // A description after " -- " (ESLint's) is no list of rules: "-- kept from the 2019 text".
  const cleaned = m[2].replace(/-->|\*\/|[）)]\s*$/g, (s) => ' '.repeat(s.length));
  const parts = cleaned.split(/(?:^|\s)--(?:\s|$)/);
  const rest = parts[0];
  const justification = parts.slice(1).join(' -- ').trim();
  const spans: Parsed['spans'] = [];
  const base = m.index + m[0].length - m[2].length;
  for (const w of rest.matchAll(/[^\s,，、]+/g)) {
    if (RULE_NAME.test(w[0])) spans.push({ id: w[0], start: base + w.index!, end: base + w.index! + w[0].length });
  }
  return { kind: m[1] as Directive['kind'], rules: spans.map((s) => s.id), spans, index: m.index, justification };
}

export function parseDirective(lineText: string): { kind: Directive['kind']; rules: string[] } | undefined {
  const p = parse(lineText);
  return p && { kind: p.kind, rules: p.rules };
}

/**
 * Where a directive written after a line's text begins, with its wrapping (<!-- // # （ or ( ) and
 * the spaces before it; -1 when there is none. The parser reads the line only up to there: the
 * comment is no part of the document (配合单位：市财政局 <!-- gongwen-disable-line … --> is a role's line).
 */
export function directiveTailStart(lineText: string): number {
  const m = /[ \t\u3000]*(?:<!--|\/\/|#|（|\()?[ \t\u3000]*gongwen-(?:disable|enable)/.exec(lineText);
  return m ? m.index : -1;
}

/** True when the whole line is only a directive (the parser skips such lines). */
export function isDirectiveLine(lineText: string): boolean {
  return /^\s*(<!--|\/\/|#|（|\()?\s*gongwen-(disable|enable)/.test(lineText);
}

/** Whether a source's text holds `gongwen-` (every directive does), by source. */
const mentionsDirective = new WeakMap<SourceText, boolean>();
const MARK = 'gongwen-';

/**
 * Whether the text holds `gongwen-`: for a source made by an edit of one without it, only the
 * edited stretch and the mark's length either side are searched (a keystroke in a 300 KB issue
 * searched all of it on every lint).
 */
function holdsDirective(source: SourceText): boolean {
  let holds = mentionsDirective.get(source);
  if (holds !== undefined) return holds;
  const derived = source.derivedFrom();
  holds = derived && mentionsDirective.get(derived.from) === false
    ? source.text.slice(Math.max(0, derived.edit.start - MARK.length + 1), derived.edit.newEnd + MARK.length - 1).includes(MARK)
    : source.text.includes(MARK);
  mentionsDirective.set(source, holds);
  return holds;
}

export function directivesOf(source: SourceText): Directive[] {
  const out: Directive[] = [];
  if (!holdsDirective(source)) return out;
  for (let line = 0; line < source.lineCount; line++) {
    const t = source.lineText(line);
    const d = parse(t);
    if (!d) continue;
    let target = line;
    if (d.kind === 'disable-next-line') {
      target = line + 1;
      while (target < source.lineCount - 1 && source.lineText(target).trim() === '') target++;
    }
    const at = source.offsetAt({ line, character: 0 });
    out.push({
      kind: d.kind, line, target, rules: d.rules, justification: d.justification,
      ruleSpans: d.spans.map((s) => ({ id: s.id, start: at + s.start, end: at + s.end })),
      start: at + d.index, end: at + t.length,
    });
  }
  return out;
}

function matchesRule(r: string, ruleId: string): boolean {
  return r === ruleId || (r.endsWith('/*') && ruleId.startsWith(r.slice(0, -1))) || r === ruleId.split('/')[0];
}

function matches(rules: string[], ruleId: string): boolean {
  return rules.length === 0 || rules.some((r) => matchesRule(r, ruleId));
}

/** The directive that suppresses `ruleId` on `line`, if any (a line directive before a block). */
function suppressor(directives: Directive[], line: number, ruleId: string): Directive | undefined {
  let block: Directive | undefined;
  for (const d of directives) {
    if ((d.kind === 'disable-next-line' || d.kind === 'disable-line') && d.target === line && matches(d.rules, ruleId)) return d;
    if (d.line < line && matches(d.rules, ruleId)) {
      if (d.kind === 'disable') block = d;
      else if (d.kind === 'enable') block = undefined;
    }
  }
  return block;
}

export function isSuppressed(directives: Directive[], line: number, ruleId: string): boolean {
  return suppressor(directives, line, ruleId) !== undefined;
}

/** A diagnostic a directive suppressed, as ESLint's `suppressedMessages` list them. */
export interface SuppressedDiagnostic extends Diagnostic {
  suppressions: { kind: 'directive'; justification: string }[];
}

export interface DirectiveOptions {
  /** Every rule id a directive may name (families and `family/*` are read from them). */
  knownRuleIds: Iterable<string>;
  /** Report directives that suppressed nothing (ESLint's reportUnusedDisableDirectives). */
  reportUnused?: Severity;
}

/**
 * Splits `diagnostics` into those kept and those directives suppressed, and adds the problems of
 * the directives themselves: unknown rule names, and (opts.reportUnused) directives or rule names
 * in them that suppressed nothing. These are never suppressed themselves.
 */
export function applyDirectives(
  diagnostics: Diagnostic[], source: SourceText, directives: Directive[], opts: DirectiveOptions,
): { kept: Diagnostic[]; suppressed: SuppressedDiagnostic[] } {
  if (!directives.length) return { kept: diagnostics, suppressed: [] };
  const kept: Diagnostic[] = [];
  const suppressed: SuppressedDiagnostic[] = [];
  // Per directive, the rule names (or '' for a directive without a list) that suppressed something.
  const used = new Map<Directive, Set<string>>();
  for (const d of diagnostics) {
    const by = suppressor(directives, source.positionAt(d.start).line, d.ruleId);
    if (!by) {
      kept.push(d);
      continue;
    }
    suppressed.push({ ...d, suppressions: [{ kind: 'directive', justification: by.justification }] });
    let names = used.get(by);
    if (!names) used.set(by, (names = new Set()));
    if (!by.rules.length) names.add('');
    for (const r of by.rules) if (matchesRule(r, d.ruleId)) names.add(r);
  }
  const ids = [...new Set(opts.knownRuleIds)];
  const families = new Set(ids.map((id) => id.split('/')[0]));
  const known = new Set(ids);
  const isKnown = (r: string) => known.has(r) || families.has(r.endsWith('/*') ? r.slice(0, -2) : r);
  const ends = opts.reportUnused ? enablesEnding(directives) : new Map<Directive, Set<string>>();
  for (const d of directives) {
    for (const s of d.ruleSpans) {
      if (isKnown(s.id)) continue;
      const near = nearest(s.id, [...ids, ...[...families].map((f) => f + '/*')]);
      kept.push({
        ruleId: UNKNOWN_RULE_ID, severity: 'error', start: s.start, end: s.end,
        message: `未知规则“${s.id}”，指令对它不起作用${near ? `；是否应为“${near}”？` : '。'} / Definition for rule '${s.id}' was not found${near ? ` (did you mean '${near}'?)` : ''}`,
        ...(near ? { suggestions: [{ desc: `改为 / change to ${near}`, fix: { range: [s.start, s.end], text: near } }] } : {}),
      });
    }
    if (!opts.reportUnused) continue;
    const names = d.kind === 'enable' ? ends.get(d) : used.get(d);
    const unusedNames = d.ruleSpans.filter((s) => isKnown(s.id) && !names?.has(s.id));
    if (!names && d.ruleSpans.every((s) => !isKnown(s.id)) && d.ruleSpans.length) continue; // reported as unknown
    if (!names && unusedNames.length === d.ruleSpans.length) {
      const list = d.rules.map((r) => `'${r}'`).join(' or ');
      kept.push({
        ruleId: UNUSED_DIRECTIVE_ID, severity: opts.reportUnused, start: d.start, end: d.end,
        message: d.kind === 'enable'
          ? `未使用的 gongwen-enable 指令：前面没有它结束的 gongwen-disable${d.rules.length ? `（${d.rules.join('、')}）` : ''}，可删去 / Unused gongwen-enable directive (no matching gongwen-disable directives were found${d.rules.length ? ` for ${list}` : ''})`
          : `未使用的 gongwen-${d.kind} 指令：它没有屏蔽任何问题${d.rules.length ? `（${d.rules.join('、')}）` : ''}，可删去 / Unused gongwen-${d.kind} directive (no problems were reported${d.rules.length ? ` from ${list}` : ''})`,
        fix: removeDirective(source, d),
      });
      continue;
    }
    for (const s of unusedNames) {
      kept.push({
        ruleId: UNUSED_DIRECTIVE_ID, severity: opts.reportUnused, start: s.start, end: s.end,
        message: d.kind === 'enable'
          ? `gongwen-enable 指令中的“${s.id}”前面没有对应的 gongwen-disable，可删去 / Unused gongwen-enable directive (no matching gongwen-disable directives were found for '${s.id}')`
          : `gongwen-${d.kind} 指令中的“${s.id}”没有屏蔽任何问题，可删去 / Unused gongwen-${d.kind} directive (no problems were reported from '${s.id}')`,
        fix: removeName(d.ruleSpans, d.ruleSpans.indexOf(s)),
      });
    }
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { kept, suppressed };
}

/**
 * Per gongwen-enable, the names in it (or '' for one without a list) that end a gongwen-disable
 * still open before it; an enable missing here ends none. As ESLint's: an unused disable is
 * removed first, and only then is its enable, ending nothing, unused, so the pair goes over two
 * fix passes and no fix ever leaves a disable open to the end of the text.
 */
function enablesEnding(directives: Directive[]): Map<Directive, Set<string>> {
  const out = new Map<Directive, Set<string>>();
  // What is disabled so far: '' for every rule, else rule ids, families or family/*.
  let open: string[] = [];
  for (const d of directives) {
    if (d.kind === 'disable') open.push(...(d.rules.length ? d.rules : ['']));
    if (d.kind !== 'enable' || !open.length) continue;
    if (!d.rules.length) {
      out.set(d, new Set(['']));
      open = [];
      continue;
    }
    const ending = d.rules.filter((r) => open.some((o) => o === '' || overlaps(o, r)));
    if (ending.length) out.set(d, new Set(ending));
    open = open.filter((o) => !d.rules.some((r) => matchesRule(r, o)));
  }
  return out;
}

/** Whether two names in directives (ids, families, family/*) cover a rule in common. */
function overlaps(a: string, b: string): boolean {
  return matchesRule(a, b) || matchesRule(b, a);
}

/** Removes a directive: its whole line when the line holds only it, else it and its wrapping. */
function removeDirective(source: SourceText, d: Directive): Fix {
  const lineStart = source.offsetAt({ line: d.line, character: 0 });
  const text = source.lineText(d.line);
  if (isDirectiveLine(text)) {
    // With the line break after it (the last line: the one before it).
    const next = d.line + 1 < source.lineCount ? source.offsetAt({ line: d.line + 1, character: 0 }) : source.text.length;
    if (next > lineStart + text.length || d.line === 0) return { range: [lineStart, next], text: '' };
    return { range: [source.lineEnd(d.line - 1), lineStart + text.length], text: '' };
  }
  const m = /\s*(?:<!--\s*|\/\/\s*|#\s*|[（(]\s*)?$/.exec(text.slice(0, d.start - lineStart))!;
  return { range: [lineStart + m.index, lineStart + text.length], text: '' };
}

/** Removes the i-th rule name from a directive's list, with the separator before it (after it, the first). */
function removeName(spans: Directive['ruleSpans'], i: number): Fix {
  if (i > 0) return { range: [spans[i - 1].end, spans[i].end], text: '' };
  return { range: [spans[0].start, spans[1].start], text: '' };
}

/** The known id nearest `id` by edit distance, when near enough to be a slip. */
function nearest(id: string, ids: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of ids) {
    const d = editDistance(id, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
