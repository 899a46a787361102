// A name that was replaced before the document's date gets its current name: in a 牵头单位 block, or
// named on the 主送 line (main-recipient.ts).
import type { Rule } from '../types';
import { asOfPhrase } from '../as-of';
import { quoteList, unitLookups } from './shared';
import { textFix } from '../fix-text';

export const renamed: Rule = {
  id: 'lead-unit/renamed',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '成文日期之前已更名、撤并的单位（牵头单位括注中，或主送机关中逐个列出的单位）：改用当时的现行名称。',
      en: 'A unit renamed or merged before the document\'s date (in a 牵头单位 block, or named on the 主送 line) gets its current name.',
    },
    why: '机构改革后旧名称不再使用（如2024年起“人民银行聊城市中心支行”改为“人民银行聊城市分行”，“聊城银保监分局”改为“聊城金融监管分局”）；名称按文件成文日期判断。',
    bad: '2025年文件中：（牵头单位：人民银行聊城市中心支行）',
    good: '（牵头单位：人民银行聊城市分行）',
  },
  check(ctx) {
    for (const { token, found } of unitLookups(ctx, { mainRecipient: true })) {
      if (found.kind !== 'renamed') continue;
      const since = found.entry.validUntil ? `自${found.entry.validUntil}起` : '已';
      const single = found.successors.length === 1;
      const to = found.successors.length
        ? (single ? `应为“${found.successors[0]}”` : `其职能已由${quoteList(found.successors)}承担，请按任务内容选用`)
        : '请改用现行名称';
      ctx.report({
        start: token.start, end: token.end,
        message: `“${token.text}”${since}不再使用，${asOfPhrase(ctx)}：${to}。`,
        ...(single ? { fix: textFix(ctx.source.text, token, found.successors[0]) } : {}),
        suggestions: found.successors.map((n) => ({ desc: `改为“${n}”`, fix: textFix(ctx.source.text, token, n) })),
      });
    }
  },
};
