// A name that was replaced before the document's date gets its current name: in a 牵头单位 block,
// named on the 主送 line (main-recipient.ts), or in a 任免 notice's items (appointment.ts: 任命张三为
// 聊城市商务投资促进局局长 in 2025), or named with the city's name in running text (mentions.ts).
import type { Rule } from '../types';
import { asOfPhrase } from '../as-of';
import { quoteList, unitLookups } from './shared';
import { textFix } from '../fix-text';
import { writtenForms } from './appointment';

export const renamed: Rule = {
  id: 'lead-unit/renamed',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '成文日期之前已更名、撤并的单位（牵头单位括注中，主送机关中逐个列出的单位，任免通知“任命……为”“免去……的……职务”中的单位，或正文中写明本市地名的单位名称，如“聊城市商务投资促进局负责……”；“原……”、更名撤并的表述、往年的事和引用的文件标题除外）：改用当时的现行名称。',
      en: 'A unit renamed or merged before the document\'s date (in a 牵头单位 block, named on the 主送 line, in a 任免 notice\'s 任命/免去 items, or named with the city\'s name in running text — not after 原, in a sentence about a reform or a past year, or in a cited title) gets its current name.',
    },
    why: '机构改革后旧名称不再使用（如2024年起“人民银行聊城市中心支行”改为“人民银行聊城市分行”，“聊城银保监分局”改为“聊城金融监管分局”）；名称按文件成文日期判断。',
    bad: '2025年文件中：（牵头单位：人民银行聊城市中心支行）',
    good: '（牵头单位：人民银行聊城市分行）',
  },
  check(ctx) {
    for (const { token, found } of unitLookups(ctx, { mainRecipient: true, appointments: true, mentions: true })) {
      if (found.kind !== 'renamed') continue;
      const since = found.entry.validUntil ? `自${found.entry.validUntil}起` : '已';
      // A full name is replaced by the successor's full name (聊城市X局 → 聊城市Y局), when known.
      const { shown: successors, fixable } = writtenForms(ctx, token, found.successors);
      const single = successors.length === 1;
      const to = successors.length
        ? (single ? `应为“${successors[0]}”` : `其职能已由${quoteList(successors)}承担，请按任务内容选用`)
        : '请改用现行名称';
      ctx.report({
        start: token.start, end: token.end,
        message: `“${token.text}”${since}不再使用，${asOfPhrase(ctx)}：${to}。`,
        ...(single && fixable.length === 1 ? { fix: textFix(ctx.source.text, token, fixable[0]) } : {}),
        suggestions: fixable.map((n) => ({ desc: `改为“${n}”`, fix: textFix(ctx.source.text, token, n) })),
      });
    }
  },
};
