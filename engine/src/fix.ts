// Applying fixes the way ESLint does: fixes sorted by range, any fix that overlaps (or touches) one
// already taken is left for the next pass, and text between fixes is copied unchanged, so only the
// characters a fix names ever change. `fixAll` re-lints and repeats until nothing is left to apply.
import type { Diagnostic, Fix } from './types';
import { unchangedEnds } from './text/diff';
import { pushAll } from './arrays';

export interface FixOptions {
  /** Which rules' fixes may be applied: a set of ids or a predicate. Default: every fix. */
  rules?: Iterable<string> | ((ruleId: string) => boolean);
  /**
   * fixAll: a stretch of the text no fix may touch (an editor's clause being typed: 附件：1.| is not
   * yet a lone attachment whose 1. goes), in the first text's offsets; followed through each pass.
   */
  protect?: { start: number; end: number };
}

export interface FixResult {
  output: string;
  /** Diagnostics whose fix was applied, in text order. */
  applied: Diagnostic[];
  /** Diagnostics not applied: no fix, rule not allowed, overlapping, or out of range. */
  remaining: Diagnostic[];
}

function ruleFilter(rules: FixOptions['rules']): (id: string) => boolean {
  if (!rules) return () => true;
  if (typeof rules === 'function') return rules;
  const set = new Set(rules);
  return (id) => set.has(id);
}

export function applyFixes(text: string, diagnostics: Diagnostic[], options: FixOptions = {}): FixResult {
  const allowed = ruleFilter(options.rules);
  const remaining: Diagnostic[] = [];
  const fixable: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (d.fix && allowed(d.ruleId)) fixable.push(d);
    else remaining.push(d);
  }
  fixable.sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);

  const applied: Diagnostic[] = [];
  let output = '';
  // End of the last applied fix; -1 so that a fix at offset 0 is not taken for an overlap.
  let last = -1;
  for (const d of fixable) {
    const [start, end] = d.fix!.range;
    const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
    // Touching counts as overlapping (as in ESLint): two insertions at one point have no defined order.
    if (!valid || start <= last) {
      remaining.push(d);
      continue;
    }
    output += text.slice(Math.max(last, 0), start) + d.fix!.text;
    last = end;
    applied.push(d);
  }
  output += text.slice(Math.max(last, 0));
  remaining.sort((a, b) => a.start - b.start || a.end - b.end);
  return { output, applied, remaining };
}

export interface FixAllResult {
  output: string;
  /** Every fix applied, over all passes. */
  applied: Diagnostic[];
  /** The same fixes, pass by pass (each pass's offsets refer to the text before that pass). */
  appliedByPass: Diagnostic[][];
  /** What the linter reports on the final text. */
  remaining: Diagnostic[];
  passes: number;
}

export const MAX_FIX_PASSES = 10;
/**
 * Passes beyond MAX_FIX_PASSES, up to this many in all, are made only while each pass is offered
 * fewer fixes than the one before: fixes left for the next pass because they touched one taken (a
 * run of n touching fixes takes log2(n) passes, 15 for 24,000 repeated units) shrink that way,
 * while fixes that keep making work for each other do not.
 */
export const MAX_SHRINKING_PASSES = 30;

/**
 * Lint, fix, re-lint until no fix applies; at most 10 passes, or more while the passes shrink (see
 * MAX_SHRINKING_PASSES). A fix that would bring the text back to an earlier state stops the loop
 * too (two rules undoing each other).
 */
export function fixAll(text: string, lint: (text: string) => Diagnostic[], options: FixOptions = {}): FixAllResult {
  const applied: Diagnostic[] = [];
  const appliedByPass: Diagnostic[][] = [];
  const seen = new Set<string>([text]);
  let current = text;
  let diagnostics = lint(current);
  let passes = 0;
  let lastOffered = Infinity;
  const allowed = ruleFilter(options.rules);
  let zone = options.protect && { ...options.protect };
  // Touching counts (an insertion at the zone's end is at the cursor being typed at).
  const outside = (d: Diagnostic) => !zone || !d.fix || d.fix.range[1] < zone.start || d.fix.range[0] > zone.end;
  while (passes < MAX_SHRINKING_PASSES) {
    const r = applyFixes(current, zone ? diagnostics.filter(outside) : diagnostics, options);
    if (zone) {
      // Fixes before the zone move it; none is inside it.
      const delta = r.applied.reduce((n, d) => (d.fix!.range[1] < zone!.start ? n + d.fix!.text.length - (d.fix!.range[1] - d.fix!.range[0]) : n), 0);
      zone = { start: zone.start + delta, end: zone.end + delta };
    }
    if (r.applied.length === 0 || r.output === current || seen.has(r.output)) break;
    const offered = r.applied.length + r.remaining.filter((d) => d.fix && allowed(d.ruleId)).length;
    if (passes >= MAX_FIX_PASSES && offered >= lastOffered) break;
    lastOffered = offered;
    passes++;
    pushAll(applied, r.applied);
    appliedByPass.push(r.applied);
    seen.add(r.output);
    current = r.output;
    diagnostics = lint(current);
  }
  return { output: current, applied, appliedByPass, remaining: diagnostics, passes };
}

/** What a fix changes, shortened for a quick fix's title: the characters it removes and writes. */
export interface FixChange {
  removed: string;
  inserted: string;
}

/**
 * The part of `text` a fix changes and what it writes there, less what the two share at either
 * end: a fix rewriting `〔2025年〕` as `〔2025〕` removes `年`. Line breaks read ↵ and each run of
 * spaces one ␣, so that a whitespace fix names something; each side is cut to `max` characters.
 */
export function fixChange(text: string, fix: Fix, max = 16): FixChange {
  let removed = text.slice(fix.range[0], fix.range[1]);
  let inserted = fix.text;
  const { head, tail } = unchangedEnds(removed, inserted);
  removed = removed.slice(head, removed.length - tail);
  inserted = inserted.slice(head, inserted.length - tail);
  return { removed: shown(removed, max), inserted: shown(inserted, max) };
}

function shown(s: string, max: number): string {
  const visible = s.replace(/\r?\n|\r/g, '↵').replace(/[ \t\u3000\u00a0]+/g, '␣');
  const chars = [...visible];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : visible;
}
