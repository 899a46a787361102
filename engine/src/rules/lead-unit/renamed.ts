// A name that was replaced before the document's date gets its current name: in a 牵头单位 block,
// named on the 主送 line (main-recipient.ts), or in a 任免 notice's items (appointment.ts: 任命张三为
// 聊城市商务投资促进局局长 in 2025), or named with the city's name in running text (mentions.ts).
// Running text's bare former names (市商务投资促进局, and 市环保局 after the 2019 reform) are read
// only where nothing but the city's unit can stand (informal-mentions.ts formerNameTokens): a warning.
import type { Rule } from '../types';
import { asOfPhrase, zhDay } from '../as-of';
import { quoteList, unitLookups } from './shared';
import { textFix } from '../fix-text';
import { writtenForms } from './appointment';
import { formerNameTokens } from './informal-mentions';
import { rosterTokens } from './roster';
import { overlaps } from '../spans';
import { anotherCitysDocument } from './place';

export const renamed: Rule = {
  id: 'lead-unit/renamed',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '成文日期之前已更名、撤并的单位（牵头单位括注中，主送机关中逐个列出的单位，任免通知“任命……为”“免去……的……职务”中的单位，或正文中写明本市地名的单位名称，如“聊城市商务投资促进局负责……”；“原……”、更名撤并的表述、往年的事和引用的文件标题除外）：改用当时的现行名称。正文中单独写出的旧名称（“市商务投资促进局要加强统筹协调”，2019年机构改革后的“市环保局”）只在句首、标点或“由”“会同”等词之后判断（警告）。',
      en: 'A unit renamed or merged before the document\'s date (in a 牵头单位 block, named on the 主送 line, in a 任免 notice\'s 任命/免去 items, or named with the city\'s name in running text — not after 原, in a sentence about a reform or a past year, or in a cited title) gets its current name. A former name written bare in running text (市商务投资促进局要加强统筹协调; 市环保局 after the 2019 reform) is judged only after the start, a mark or a word such as 由 / 会同 (a warning).',
    },
    why: '机构改革后旧名称不再使用（如2024年起“人民银行聊城市中心支行”改为“人民银行聊城市分行”，“聊城银保监分局”改为“聊城金融监管分局”）；名称按文件成文日期判断。',
    bad: '2025年文件中：（牵头单位：人民银行聊城市中心支行）',
    good: '（牵头单位：人民银行聊城市分行）',
  },
  check(ctx) {
    for (const { token, found } of unitLookups(ctx, { mainRecipient: true, appointments: true, mentions: true })) {
      if (found.kind !== 'renamed') continue;
      const since = found.entry.validUntil ? `自${zhDay(found.entry.validUntil)}起` : '已';
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
    bareFormerNames(ctx);
  },
};

/** A former name running text writes bare (市商务投资促进局要加强统筹协调 in 2025). */
function bareFormerNames(ctx: Parameters<Rule['check']>[0]): void {
  if (anotherCitysDocument(ctx)) return;
  const tokens = formerNameTokens(ctx);
  if (!tokens.length) return;
  // A 名单 line's unit is the roster's (lead-unit/alias judges it as a 主送 line's): one diagnostic.
  const roster = rosterTokens(ctx);
  for (const token of tokens) {
    if (overlaps(roster, token.start, token.end)) continue;
    const single = token.current.length === 1;
    ctx.report({
      start: token.start, end: token.end, severity: 'warning',
      message: `“${token.text}”${token.reform ? `是机构改革前的单位名称（改革于${token.until.slice(0, 4)}年前后完成）` : `自${zhDay(token.until)}起不再使用`}，${asOfPhrase(ctx)}：${single ? `应为“${token.current[0]}”` : `其职能已由${quoteList(token.current)}承担，请按任务内容选用`}。`,
      ...(single ? { fix: textFix(ctx.source.text, token, token.current[0]) } : {}),
      suggestions: token.current.map((n) => ({ desc: `改为“${n}”`, fix: textFix(ctx.source.text, token, n) })),
    });
  }
}
