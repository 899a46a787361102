// Generates docs/rules.md, the rule reference, from the rules themselves (npm run docs).
// A test checks that the committed page equals this output, so the page never drifts.
import * as fs from 'fs';
import * as path from 'path';
import { allRules } from '../engine/src/rules';
import type { Rule } from '../engine/src/rules/types';
import { DIRECTIVE_PROBLEMS } from '../engine/src/directives';

const FAMILIES: Record<string, string> = {
  'doc-number': '发文字号 / Document numbers',
  'lead-unit': '牵头单位 blocks / Lead-unit blocks',
  numbering: '结构层次序数 / Numbering',
  'cross-ref': '引用 / Cross-references',
  date: '日期 / Dates',
  attachment: '附件说明 / Attachment notes',
  punctuation: '标点 / Punctuation',
  structure: '结构 / Structure',
  directive: '指令的问题 / Directive problems',
};

const SEVERITY: Record<string, string> = { error: '错误 / error', warning: '警告 / warning', info: '提示 / info' };

function block(text: string): string {
  return '```text\n' + text.trim() + '\n```';
}

export function ruleDocsMarkdown(rules: Rule[] = allRules): string {
  const out: string[] = [];
  out.push('# 规则参考 / Rule reference', '');
  out.push('本页由规则模块自动生成（`npm run docs`），请勿手工编辑。每条规则：检查什么、为什么（GB/T 9704—2012 条款或语料依据）、错误与正确示例、能否自动修复。');
  out.push('Generated from the rule modules (`npm run docs`); do not edit by hand. For each rule: what it checks, why (the GB/T 9704-2012 clause or the corpus evidence), a wrong and a right example, and whether `gongwen fix` repairs it.', '');
  out.push('配置 / Configure: `.gongwenrc.json` → `"rules": { "<rule id>": "off" | "warn" | "error" | "info" }`; inline: `gongwen-disable-next-line <rule id>`.', '');
  const families = [...new Set(rules.map((r) => r.id.split('/')[0]))];
  // The problems of directives last, as ESLint documents them apart from its rules: no rule module
  // reports them and "rules" does not configure them.
  const documented: Pick<Rule, 'id' | 'severity' | 'fixable' | 'docs'>[] = [...rules, ...DIRECTIVE_PROBLEMS];
  for (const fam of [...families, 'directive']) {
    const list = documented.filter((r) => r.id.startsWith(fam + '/')).sort((a, b) => a.id.localeCompare(b.id));
    out.push(`## ${FAMILIES[fam] ?? fam}`, '');
    if (fam === 'directive') {
      out.push('gongwen-disable / gongwen-enable 指令本身的问题，不是规则：不能在 "rules" 中配置，也不会被指令屏蔽；`directive/unused` 由 `--report-unused-disable-directives`、`--report-unused-disable-directives-severity` 或配置 `"reportUnusedDisableDirectives"` 开启。');
      out.push('Problems of the gongwen-disable / gongwen-enable directives themselves, not rules: they are not configured under "rules" and no directive suppresses them; `directive/unused` is turned on by `--report-unused-disable-directives`, `--report-unused-disable-directives-severity` or the `"reportUnusedDisableDirectives"` setting.', '');
    }
    out.push('| 规则 / rule | 严重程度 / severity | 自动修复 / fix |', '|---|---|---|');
    for (const r of list) out.push(`| [\`${r.id}\`](#${r.id.replace(/[^\p{L}\p{N}\s_-]/gu, '')}) | ${SEVERITY[r.severity]} | ${r.fixable ? '✓' : ''} |`);
    out.push('');
    for (const r of list) {
      out.push(`### ${r.id}`, '');
      out.push(`${r.docs.description.zh}`, '', `${r.docs.description.en}`, '');
      out.push(`- 严重程度 / severity: ${SEVERITY[r.severity]}`);
      out.push(`- 自动修复 / fix: ${r.fixable ? '`gongwen fix` 可自动修复 / fixed by `gongwen fix`' : '不自动修复（给出建议） / not fixed automatically (suggestions only)'}`);
      out.push(`- 依据 / why: ${r.docs.why}`, '');
      out.push('错误 / wrong:', '', block(r.docs.bad), '', '正确 / right:', '', block(r.docs.good), '');
    }
  }
  return out.join('\n');
}

if (require.main === module) {
  const file = path.resolve(__dirname, '../docs/rules.md');
  fs.writeFileSync(file, ruleDocsMarkdown());
  console.log(`wrote ${path.relative(process.cwd(), file)} (${allRules.length} rules)`);
}
