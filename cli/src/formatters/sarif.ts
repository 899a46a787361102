// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Locations are relative to the
// git repository's root (the working folder outside one) under %SRCROOT%: code scanning reads a
// relative URI as relative to the repository root and ignores originalUriBaseIds
// (github/codeql-action#2215), so a lint run in a subfolder (a CI step's working-directory) is
// placed without checkout_path. Columns are UTF-16 code units.
import fs = require('fs');
import path = require('path');
import { pathToFileURL } from 'url';
import type { Diagnostic, Rule, Severity, SourceText } from '../../../engine/src';
import { digest } from '../../../engine/src/text/hash';
import { HOMEPAGE, VERSION } from '../meta';
import { DIRECTIVE_PROBLEMS } from '../../../engine/src/directives';
import { isAutoFixable, position, STDIN_PATH, type FileResult, type FormatContext } from './common';

type Level = 'error' | 'warning' | 'note';
const levelOf = (s: Severity): Level => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');

function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (filePath === STDIN_PATH) return { uri: 'stdin' };
  const rel = path.relative(cwd, filePath);
  const encode = (parts: string[]) => parts.map((p) => encodeURIComponent(p)).join('/');
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return { uri: encode(rel.split(path.sep)), uriBaseId: '%SRCROOT%' };
  // pathToFileURL: a Windows path is file:///C:/…, where joining its parts gave file://C%3A/… (a host).
  return { uri: pathToFileURL(path.resolve(filePath)).href };
}

/**
 * The root of the git repository (or worktree, or submodule: `.git` may be a file) holding `dir`,
 * found by looking up the folder tree as git does; undefined outside one.
 */
export function repositoryRoot(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

function region(source: SourceText, start: number, end: number) {
  const s = position(source, start);
  const e = position(source, end);
  return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
}

/**
 * A fingerprint that survives unrelated edits above the finding: the rule, the flagged text and
 * its line's text, plus which occurrence of that triple in the file it is.
 */
function fingerprints(results: FileResult['diagnostics'], source: SourceText): string[] {
  const seen = new Map<string, number>();
  return results.map((d) => {
    const line = source.lineText(source.positionAt(d.start).line).trim();
    const key = digest('sha256', `${d.ruleId}\u0000${source.text.slice(d.start, d.end)}\u0000${line}`).slice(0, 32);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${key}:${n}`;
  });
}

/** A rule, or a problem of directives themselves (documented like a rule, with no rule module). */
type Documented = Pick<Rule, 'id' | 'severity' | 'fixable' | 'scope' | 'docs'>;

function ruleDescriptor(rule: Documented | undefined, id: string) {
  const desc = rule ? `${rule.docs.description.zh} / ${rule.docs.description.en}` : id;
  return {
    id,
    shortDescription: { text: desc },
    fullDescription: { text: rule?.docs.why ? `${desc}\n${rule.docs.why}` : desc },
    ...(HOMEPAGE && rule ? { helpUri: `${HOMEPAGE.replace(/\/$/, '')}/blob/main/docs/rules.md#${id.replace(/\//g, '')}` } : {}),
    ...(rule ? { help: { text: `✗ ${rule.docs.bad}\n✓ ${rule.docs.good}` } } : {}),
    defaultConfiguration: { level: rule ? levelOf(rule.severity) : 'warning' },
    properties: { fixable: rule?.fixable ?? false, ...(rule ? { scope: rule.scope } : {}) },
  };
}

export function toSarif(results: FileResult[], ctx: FormatContext) {
  // Every rule of the run is described, so viewers can show a rule's help even with no result.
  // The problems of directives too: any run can meet a misspelt rule name in a directive.
  const described: Documented[] = [...ctx.rules, ...DIRECTIVE_PROBLEMS];
  const ids = described.map((r) => r.id);
  for (const r of results) for (const d of r.diagnostics) if (!ids.includes(d.ruleId)) ids.push(d.ruleId);
  const index = new Map(ids.map((id, i) => [id, i]));
  const root = ctx.root ?? ctx.cwd;

  const sarifResults = results.flatMap((r) => {
    const loc = artifactLocation(r.filePath, root);
    const prints = fingerprints(r.diagnostics, r.source);
    return r.diagnostics.map((d: Diagnostic, i) => ({
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId)!,
      level: levelOf(d.severity),
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: loc, region: region(r.source, d.start, d.end) } }],
      partialFingerprints: { 'gongwenFindingHash/v1': prints[i] },
      ...(d.fix && isAutoFixable(d, ctx.rules)
        ? {
          fixes: [{
            description: { text: d.message },
            artifactChanges: [{
              artifactLocation: loc,
              replacements: [{ deletedRegion: region(r.source, d.fix.range[0], d.fix.range[1]), insertedContent: { text: d.fix.text } }],
            }],
          }],
        }
        : {}),
    }));
  });

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0' as const,
    runs: [{
      tool: {
        driver: {
          name: 'gongwen',
          ...(HOMEPAGE ? { informationUri: HOMEPAGE } : {}),
          semanticVersion: VERSION,
          version: VERSION,
          rules: ids.map((id) => ruleDescriptor(described.find((r) => r.id === id), id)),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(path.resolve(root)).href.replace(/\/?$/, '/') } },
      // A file that could not be read or checked (exit code 2) is in the log too: a CI step that
      // uploads the report whatever the exit code (… || true) must not show a clean run.
      invocations: [{
        executionSuccessful: !ctx.problems?.length,
        ...(ctx.problems?.length ? { toolExecutionNotifications: ctx.problems.map((text) => ({ level: 'error', message: { text } })) } : {}),
      }],
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    }],
  };
}

export function formatSarif(results: FileResult[], ctx: FormatContext): string {
  return JSON.stringify(toSarif(results, ctx), null, 2);
}
