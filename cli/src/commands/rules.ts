// gongwen rules: the rule list as a Markdown table (the source of docs/rules.md) or JSON.
import { allRules, type Rule } from '../../../engine/src';
import type { Io } from '../io';
import { parseCommandArgs, usageError } from '../usage';

export const RULES_USAGE = `用法 / usage: gongwen rules [--format md|json]
  列出全部规则：编号、默认严重程度、能否自动修复、说明 / list every rule: id, default severity, fixable, description
`;

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

export function rulesMarkdown(rules: Rule[]): string {
  let out = '| 规则 / rule | 严重程度 / severity | 可自动修复 / fixable | 说明 / description |\n|---|---|---|---|\n';
  for (const r of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    out += `| \`${r.id}\` | ${r.severity} | ${r.fixable ? '✓' : ''} | ${cell(r.docs.description.zh)} / ${cell(r.docs.description.en)} |\n`;
  }
  return out;
}

export function rulesJson(rules: Rule[]): string {
  return JSON.stringify(
    [...rules].sort((a, b) => a.id.localeCompare(b.id)).map((r) => ({
      id: r.id, severity: r.severity, fixable: r.fixable, scope: r.scope,
      description: r.docs.description, why: r.docs.why, bad: r.docs.bad, good: r.docs.good,
    })),
    null, 2) + '\n';
}

export async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(io, RULES_USAGE, { args, strict: true, options: { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } } });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'json') return usageError(io, `未知的格式 / unknown format "${format}" (md | json)`, RULES_USAGE);
  io.stdout(format === 'md' ? rulesMarkdown(allRules) : rulesJson(allRules));
  return 0;
}
