// A name used before the unit existed (or before the rename that created the name): in a 牵头单位
// block, named on the 主送 line (main-recipient.ts), in a 任免 notice's items (appointment.ts), or
// with the city's name in running text (mentions.ts).
import type { Rule } from '../types';
import { asOfPhrase, zhDay } from '../as-of';
import { quoteList, unitLookups } from './shared';
import { textFix } from '../fix-text';
import { inWrittenForm, writtenForms } from './appointment';

export const notYetExisting: Rule = {
  id: 'lead-unit/not-yet-existing',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '成文日期时尚未设立或尚未更名的单位名称（牵头单位括注中，主送机关中逐个列出的单位，任免通知“任命……为”“免去……的……职务”中的单位，或正文中写明本市地名的单位名称，如“聊城市商务投资促进局负责……”；“原……”、更名撤并的表述、往年的事和引用的文件标题除外）：给出当时使用的名称。',
      en: 'A unit name used before the unit (or the name) existed, in a 牵头单位 block, on the 主送 line, in a 任免 notice\'s 任命/免去 items or with the city\'s name in running text (not after 原, in a sentence about a reform or a past year, or in a cited title); the name in use on that date is offered.',
    },
    why: '单位名称按文件成文日期判断：默认模型中“人民银行聊城市分行”自2023年7月才使用，此前的文件应写当时的名称“人民银行聊城市中心支行”。',
    bad: '1. 做好金融服务。（责任单位：人民银行聊城市分行）\n\n聊城市人民政府办公室\n2023年3月1日',
    good: '1. 做好金融服务。（责任单位：人民银行聊城市中心支行）\n\n聊城市人民政府办公室\n2023年3月1日',
  },
  check(ctx) {
    for (const { token, found } of unitLookups(ctx, { mainRecipient: true, appointments: true, mentions: true })) {
      if (found.kind !== 'not-yet') continue;
      const from = found.entry.validFrom ?? found.entry.firstSeen;
      const { shown: predecessors, fixable } = writtenForms(ctx, token, found.predecessors);
      const then = predecessors.length ? `当时的名称为${quoteList(predecessors)}` : '请核对单位名称或成文日期';
      const m = found.mergedInto;
      // A part of a later split, named while the merged body was in use.
      const message = m
        ? `“${token.text}”在“${m.name}”使用期间（单位名录所见${zhDay(m.firstSeen)}至${zhDay(m.lastSeen)}，${zhDay(m.validUntil)}起分设）不作为单位名称使用，${asOfPhrase(ctx)}：当时的名称为“${inWrittenForm(ctx, token, m.name) ?? m.name}”。`
        : `“${token.text}”自${zhDay(from)}起才使用，${asOfPhrase(ctx)}：${then}。`;
      ctx.report({
        start: token.start, end: token.end,
        message,
        suggestions: fixable.map((n) => ({ desc: `改为“${n}”`, fix: textFix(ctx.source.text, token, n) })),
      });
    }
  },
};
