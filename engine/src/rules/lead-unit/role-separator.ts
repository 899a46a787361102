// `；` between roles.
import type { Rule } from '../types';
import { normIndex, paragraphOf, skipBlock } from './shared';

export const roleSeparator: Rule = {
  id: 'lead-unit/role-separator',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '括注中不同类别之间用分号“；”分隔（如“牵头单位：……；责任单位：……”）。',
      en: 'Roles in a block are separated by a full-width semicolon.',
    },
    why: '类别之间是并列的分项，用分号；类别内部的单位用顿号。用逗号会与单位之间的停顿混淆（语料中类别之间一律用“；”）。',
    bad: '（牵头单位：市财政局，责任单位：市残联）',
    good: '（牵头单位：市财政局；责任单位：市残联）',
  },
  check(ctx) {
    for (const block of ctx.doc.blocks) {
      if (skipBlock(ctx, block)) continue;
      const p = paragraphOf(ctx, block);
      block.roleSeparators.forEach((sep, k) => {
        const next = block.roles[k + 1];
        const written = sep.text.replace(/\s+/g, '');
        if (written === '；' || written === ';') return; // `;` is a width question (punctuation-width)
        if (!written) {
          if (!next) return;
          ctx.report({
            start: next.roleSpan.start, end: next.roleSpan.end,
            message: `“${next.role}”前缺少分号“；”：不同类别之间用“；”分隔。`,
            fix: { range: [next.roleSpan.start, next.roleSpan.start], text: '；' },
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
          message: `不同类别之间应用分号“；”分隔，不用“${written}”：应为“；${next?.role ?? ''}：”。`,
          fix: { range: [start, end], text: '；' },
        });
      });
    }
  },
};
