// Roles come in the fixed order 牵头 → 配合 → 责任/负责, each once.
import type { Rule } from '../types';
import { judgedBlocks, roleRank } from './shared';

const NAMES = ['牵头单位', '配合单位', '责任单位'];

export const roleOrder: Rule = {
  id: 'lead-unit/role-order',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '括注中的单位类别按“牵头单位→配合单位→责任单位（负责单位）”排列，每类只出现一次。',
      en: 'Roles in a block come in the order 牵头 → 配合 → 责任/负责, each once.',
    },
    why: '语料中所有括注都按牵头、配合、责任（负责）的顺序排列；先列牵头单位表明主责，同一类别重复出现会使分工不清。',
    bad: '（责任单位：各县（市、区）人民政府；牵头单位：市水利局）',
    good: '（牵头单位：市水利局；责任单位：各县（市、区）人民政府）',
  },
  check(ctx) {
    for (const block of judgedBlocks(ctx)) {
      // An assignment written after its units (parse/task-brackets.ts) has no role names, colons or order of the colon form.
      if (block.inline) continue;
      const seen = new Map<number, string>();
      let maxRank = -1;
      for (const role of block.roles) {
        const rank = roleRank(role.role);
        const span = { start: role.roleSpan.start, end: role.roleSpan.end };
        if (seen.has(rank)) {
          const first = seen.get(rank)!;
          ctx.report({
            ...span,
            message: `同一${block.bare ? '分工' : '括注'}中“${first}”和“${role.role}”重复出现（同一类别出现两次，分工不清）：每类单位只列一次，请把单位合并到“${first}”之后。`,
          });
          break;
        }
        if (rank < maxRank) {
          ctx.report({
            ...span,
            message: `“${role.role}”应排在“${NAMES[maxRank]}”之前：${block.bare ? '分工' : '括注'}中按牵头单位→配合单位→责任单位的顺序排列（先列牵头单位，表明主责）。`,
            // Roles on lines of their own stay on their lines: joined by the line break as written.
            suggestions: reordered(ctx.source.text, block.roles, block.bare ? lineJoiner(ctx.source.text, block.roles) : '；'),
          });
          break;
        }
        seen.set(rank, role.role);
        maxRank = rank;
      }
    }
  },
};

/** The line break between the first two roles of a block printed on lines of their own (\n or \r\n, after a ； when each line closes with one), or ；. */
function lineJoiner(text: string, roles: { start: number; end: number }[]): string {
  const between = roles.length > 1 ? text.slice(roles[0].end, roles[1].start) : '';
  // `；⏎`: roles on their lines, each closed by ；.
  return /^[；;]?[\r\n]+$/.test(between) ? between : '；';
}

/** The roles rewritten in order, joined by `joiner`, when each appears once (a quick fix, never applied unattended). */
function reordered(text: string, roles: { role: string; start: number; end: number }[], joiner: string) {
  const ranks = roles.map((r) => roleRank(r.role));
  if (new Set(ranks).size !== ranks.length) return undefined;
  const parts = roles.map((r) => ({ rank: roleRank(r.role), text: text.slice(r.start, r.end) }));
  parts.sort((a, b) => a.rank - b.rank);
  return [{
    desc: '按牵头→配合→责任重新排列',
    fix: { range: [roles[0].start, roles[roles.length - 1].end] as [number, number], text: parts.map((p) => p.text).join(joiner) },
  }];
}
