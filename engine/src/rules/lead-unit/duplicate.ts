// The same unit twice in one block: twice in a role, or in two roles (牵头 and 责任).
import type { Rule } from '../types';
import { deleteFix, judgedBlocks, judgedTokens } from './shared';

export const duplicate: Rule = {
  id: 'lead-unit/duplicate',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '同一括注中同一单位只列一次：不在同一类别中重复，也不同时列为牵头单位和责任单位。',
      en: 'A unit appears once per block: not twice in a role, nor both as lead and as responsible unit.',
    },
    why: '重复列出同一单位会使分工不清；牵头单位本身即负有责任，不再列为责任（配合）单位。',
    bad: '（牵头单位：市财政局；责任单位：市财政局、市民政局）',
    good: '（牵头单位：市财政局；责任单位：市民政局）',
  },
  check(ctx) {
    for (const block of judgedBlocks(ctx)) {
      const tokens = judgedTokens(ctx, block);
      const seen = new Map<string, (typeof tokens)[number]>();
      tokens.forEach((t, i) => {
        const first = seen.get(t.name);
        if (!first) {
          seen.set(t.name, t);
          return;
        }
        // Remove the repeat with the separator in front of it (or after it when it comes first).
        const next = tokens[i + 1];
        const range: [number, number] | undefined = t.sepBefore
          ? [t.sepBefore.start, t.end]
          : next?.sepBefore && next.role === t.role ? [t.start, next.sepBefore.end] : undefined;
        // A line break inside (an extraction's hard wrap) stays: the lines keep their ends.
        const fix = range ? deleteFix(ctx, block, range[0], range[1]) : undefined;
        if (first.role === t.role) {
          ctx.report({
            start: t.start, end: t.end,
            message: `“${t.text}”在“${t.role.role}”中重复列出（重复列出会使分工不清）：删去重复的一处。`,
            ...(fix ? { fix } : {}),
          });
        } else {
          ctx.report({
            start: t.start, end: t.end,
            message: `“${t.text}”已列为“${first.role.role}”，又列为“${t.role.role}”：同一单位在${block.bare ? '分工' : '括注'}中只列一次，请从“${first.role.role}”或“${t.role.role}”中删去一处（按该单位实际承担的分工）。`,
            ...(fix ? { suggestions: [{ desc: `从“${t.role.role}”中删去`, fix }] } : {}),
          });
        }
      });
    }
  },
};
