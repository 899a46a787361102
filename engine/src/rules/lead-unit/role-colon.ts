// `：` after each role name.
import type { Rule } from '../types';
import { judgedBlocks, normIndex, paragraphOf } from './shared';

export const roleColon: Rule = {
  id: 'lead-unit/role-colon',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '单位类别名称（牵头单位、配合单位、责任单位）后用全角冒号“：”。',
      en: 'A role name (牵头单位, 配合单位, 责任单位) is followed by a full-width colon.',
    },
    why: '语料中所有括注均为“牵头单位：……”；缺少冒号或误用逗号、顿号会使类别与单位名称连在一起。',
    bad: '1. 加强资金监管。（牵头单位市财政局）',
    good: '1. 加强资金监管。（牵头单位：市财政局）',
  },
  check(ctx) {
    for (const block of judgedBlocks(ctx)) {
      // An assignment written after its units (parse/task-brackets.ts) has no role names, colons or order of the colon form.
      if (block.inline) continue;
      const p = paragraphOf(ctx, block);
      if (!p) continue;
      for (const role of block.roles) {
        if (role.colon) continue;
        const at = normIndex(p, role.roleSpan.end - 1) + 1;
        if (at <= 0) continue;
        const next = p.text[at];
        if (next !== undefined && /[，,、；;。.．]/.test(next)) {
          const s = p.map[at];
          ctx.report({
            start: s, end: s + 1,
            message: `“${role.role}”后应用冒号“：”，不用“${next}”（${block.bare ? '' : '括注中'}分工名称后用冒号引出所列单位）：应为“${role.role}：”。`,
            fix: { range: [s, s + 1], text: '：' },
          });
        } else if (block.bare && at < p.text.length && p.map[at] - p.map[at - 1] > 1 && /^[ \t\u3000]+$/.test(ctx.source.text.slice(p.map[at - 1] + 1, p.map[at]))) {
          // A role on its line with a space for its colon (牵头单位 市商务局; normalising dropped the
          // space): the space becomes the colon.
          const s = p.map[at - 1] + 1;
          const e = p.map[at];
          ctx.report({
            start: s, end: e,
            message: `“${role.role}”后缺少冒号“：”（分工名称后用冒号引出所列单位，不用空格）：应为“${role.role}：”。`,
            fix: { range: [s, e], text: '：' },
          });
        } else {
          // At the role's last character: where the colon belongs (the role may start on the line before).
          ctx.report({
            start: role.roleSpan.end - 1, end: role.roleSpan.end,
            message: `“${role.role}”后缺少冒号“：”（${block.bare ? '' : '括注中'}分工名称后用冒号引出所列单位）：应为“${role.role}：”。`,
            fix: { range: [role.roleSpan.end, role.roleSpan.end], text: '：' },
          });
        }
      }
    }
  },
};
