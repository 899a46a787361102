// `；` between roles; `，` between the clauses of an assignment written after its units.
import type { Rule, RuleContext } from '../types';
import type { LeadRoleSegment, TextNode } from '../../types';
import { judgedBlocks, normIndex, paragraphOf } from './shared';

export const roleSeparator: Rule = {
  id: 'lead-unit/role-separator',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '括注中不同类别之间用分号“；”分隔（如“牵头单位：……；责任单位：……”）。分工写在单位之后的括注（“（省财政厅牵头，省直有关部门配合）”，国务院、省政府意见常用）中，各分工之间用逗号“，”，不用冒号（“牵头：”）或顿号。',
      en: 'Roles in a block are separated by a full-width semicolon. In an assignment written after its units (（省财政厅牵头，省直有关部门配合）, as 国务院 and province 意见 write them), the clauses are separated by ，, not by a colon (牵头：) or a 、.',
    },
    why: '类别之间是并列的分项，用分号；类别内部的单位用顿号。用逗号会与单位之间的停顿混淆（语料中类别之间一律用“；”）。',
    bad: '（牵头单位：市财政局，责任单位：市残联）',
    good: '（牵头单位：市财政局；责任单位：市残联）',
  },
  check(ctx) {
    for (const block of judgedBlocks(ctx)) {
      const p = paragraphOf(ctx, block);
      // A block printed in half-width marks ((牵头单位:…;配合单位:…), an island of the extraction or
      // the drafter's width slip, which punctuation-width judges) gets its separator in its width.
      const semi = ctx.source.text[block.start] === '(' ? ';' : '；';
      block.roleSeparators.forEach((sep, k) => {
        const next = block.roles[k + 1];
        const written = sep.text.replace(/\s+/g, '');
        if (block.inline) {
          inlineSeparator(ctx, sep, written, block.roles[k], next);
          return;
        }
        if (written === '；' || written === ';') return; // `;` is a width question (punctuation-width)
        // Roles printed on lines of their own (parse/blocks.ts bareBlockOf): the line break (or a
        // space between roles on one line) separates them.
        if (block.bare && (sep.text === '\n' || sep.text === ' ')) return;
        if (!written) {
          if (!next) return;
          ctx.report({
            start: next.roleSpan.start, end: next.roleSpan.end,
            message: `“${next.role}”前缺少分号“；”：不同类别之间用“；”分隔（类别之间是并列的分项，用分号；类别内部的单位用顿号）。`,
            fix: { range: [next.roleSpan.start, next.roleSpan.start], text: semi },
          });
          return;
        }
        // The written characters without surrounding spaces, in the source.
        let start = sep.start;
        let end = sep.end;
        if (p) {
          const a = normIndex(p, sep.start);
          if (a >= 0) {
            const lead = sep.text.length - sep.text.trimStart().length;
            const t = sep.text.trim();
            start = p.map[a + lead];
            end = p.map[a + lead + t.length - 1] + 1;
          }
        }
        ctx.report({
          start, end,
          message: `不同类别之间应用分号“；”分隔，不用“${written}”（类别之间是并列的分项，用分号；类别内部的单位用顿号）：应为“；${next?.role ?? ''}：”。`,
          fix: { range: [start, end], text: semi },
        });
      });
    }
  },
};

/**
 * Between the clauses of an assignment written after its units (`（省财政厅牵头，省直有关部门配合）`,
 * parse/task-brackets.ts), a `，`: the clauses are parts of one sentence. A `：` after the role word
 * (`牵头：`) reads as if a list of units followed, a `、` as if the clauses were units. `；` is left
 * alone (some drafts use it); a half-width `,` `;` is punctuation-width's, which knows the extraction's islands.
 */
function inlineSeparator(ctx: RuleContext, sep: TextNode, written: string, role: LeadRoleSegment, next: LeadRoleSegment | undefined): void {
  if (/^[，；,;]$/.test(written) || !next) return;
  const why = /[：:]/.test(written) ? '冒号用于引出所列单位（如“牵头单位：”），写在单位之后的分工之间用逗号' : '顿号用在并列的单位之间，分工之间用逗号';
  ctx.report({
    start: sep.start, end: sep.end,
    message: `“${role.role}”与后面的“${next.role}”分工之间应用逗号“，”，不用“${written}”（${why}）：应为“${role.role}，”。`,
    fix: { range: [sep.start, sep.end], text: '，' },
  });
}
