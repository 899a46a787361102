// 等 after a block's unit (责任单位：市民政局、市卫生健康委等): the block names every unit a task
// binds, so an open list leaves the rest unnamed. shared.ts reads the name without the 等, so
// the name rules judge the name itself (not 市财政局等 as one character off 市财政局).
import type { Rule } from '../types';
import { deleteFix, judgedBlocks, judgedTokens } from './shared';

export const etc: Rule = {
  id: 'lead-unit/etc',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '牵头单位括注中的单位应逐一列明，单位名称后不加“等”；“等”后写明统称的（“市民政局等市直有关部门”）不在此列。',
      en: 'A block lists its units one by one: no 等 after a unit\'s name; 等 followed by a group word (市民政局等市直有关部门) is not judged.',
    },
    why: '括注明确每项任务由哪些单位负责；“等”使责任单位不确定，未列出的单位无从落实。需要涵盖一类单位时写明统称（“市直有关部门”）。',
    bad: '（牵头单位：市民政局；责任单位：市卫生健康委、市市场监管局等）',
    good: '（牵头单位：市民政局；责任单位：市卫生健康委、市市场监管局）',
    test: {
      bad: '关于加强监管工作的实施方案\n\n一、重点任务\n\n1. 加强监管。（牵头单位：市民政局；责任单位：市卫生健康委、市市场监管局等）\n\n聊城市人民政府办公室\n2024年7月1日\n',
      good: '关于加强监管工作的实施方案\n\n一、重点任务\n\n1. 加强监管。（牵头单位：市民政局；责任单位：市卫生健康委、市市场监管局）\n\n聊城市人民政府办公室\n2024年7月1日\n',
    },
  },
  check(ctx) {
    for (const block of judgedBlocks(ctx)) {
      // An assignment written after its units closes its list with 等 by form (财政部、自然资源部等按职责分工负责).
      if (block.inline) continue;
      for (const t of judgedTokens(ctx, block)) {
        if (!t.etc) continue;
        ctx.report({
          start: t.etc.start, end: t.etc.end,
          message: `“${t.text}”后的“等”使${t.role.role}不确定：括注中的单位应逐一列明，删去“等”，其他单位补充列出。`,
          fix: deleteFix(ctx, block, t.etc.start, t.etc.end),
        });
      }
    }
  },
};
