// gongwen rules: the rule list as a Markdown table or JSON, with the problems of gongwen-disable
// directives themselves (directive/*), documented as rules are, though no rule module reports them.
import { allRules, type Rule } from '../../../engine/src';
import { DIRECTIVE_PROBLEMS } from '../../../engine/src/directives';
import type { Io } from '../io';
import { parseCommandArgs, usageError } from '../usage';

export const RULES_USAGE = `用法 / usage: gongwen rules [--format md|json]
  列出全部规则：编号、默认严重程度、能否自动修复、说明 / list every rule: id, default severity, fixable, description
  （含 gongwen-disable 指令本身的问题 directive/* / with the problems of gongwen-disable directives, directive/*）
`;

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

type Documented = Pick<Rule, 'id' | 'severity' | 'fixable' | 'scope' | 'docs'>;

export function rulesMarkdown(rules: Documented[]): string {
  let out = '| 规则 / rule | 严重程度 / severity | 可自动修复 / fixable | 说明 / description |\n|---|---|---|---|\n';
  for (const r of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    out += `| \`${r.id}\` | ${r.severity} | ${r.fixable ? '✓' : ''} | ${cell(r.docs.description.zh)} / ${cell(r.docs.description.en)} |\n`;
  }
  return out;
}

export function rulesJson(rules: Documented[]): string {
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
  const listed: Documented[] = [...allRules, ...DIRECTIVE_PROBLEMS];
  io.stdout(format === 'md' ? rulesMarkdown(listed) : rulesJson(listed));
  return 0;
}
