// A role named without any unit after it.
import type { Rule } from '../types';
import { cutByPage, judgedBlocks, unitTokens } from './shared';

export const emptyRole: Rule = {
  id: 'lead-unit/empty-role',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '括注中列出的单位类别后必须有单位名称。',
      en: 'Every role named in a block lists at least one unit.',
    },
    why: '“牵头单位：”后空缺会使任务无人负责；不需要该类单位时应删去整项。',
    bad: '（牵头单位：市财政局；责任单位：）',
    good: '（牵头单位：市财政局）',
  },
  check(ctx) {
    for (const block of judgedBlocks(ctx)) {
      // An open block in an extracted issue was cut by the page: its tail is elsewhere.
      if (block.inline || cutByPage(ctx, block)) continue;
      const tokens = unitTokens(ctx, block);
      block.roles.forEach((role, i) => {
        if (tokens.some((t) => t.roleIndex === i)) return;
        ctx.report({
          start: role.roleSpan.start, end: role.roleSpan.end,
          message: `“${role.role}”后没有列出单位（${block.bare ? '' : '括注'}列出每项分工的承担单位，没有单位的分工落不到实处）：请补上单位名称，或删去“${role.role}”一项。`,
        });
      });
    }
  },
};
