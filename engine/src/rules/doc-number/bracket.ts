// 发文字号的年份用六角括号〔〕（GB/T 9704—2012 第7.2.5条）: [] () （） 【】 ［］ are common slips.
import type { Rule } from '../types';
import { canonicalDisplay, numbersToCheck, whereOf } from './common';

export const bracket: Rule = {
  id: 'doc-number/bracket',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '发文字号的年份应使用六角括号〔〕，不用 [] （） () 【】 ［］ ﹝﹞。',
      en: 'The year of a document number goes in tortoise-shell brackets 〔〕, not [] （） () 【】 ［］ ﹝﹞ (the small form that looks alike).',
    },
    why: 'GB/T 9704—2012 第7.2.5条：年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号“〔〕”括入。',
    bad: '聊政发[2024]5号',
    good: '聊政发〔2024〕5号',
  },
  check(ctx) {
    for (const { n, role } of numbersToCheck(ctx)) {
      if (n.isDecree || /令$/.test(n.code)) continue;
      // A 公告's number may go without brackets: 国家税务总局公告2019年第1号.
      if (n.isNotice && !n.open) continue;
      if (n.open === '〔' && n.close === '〕') continue;
      const { open, close } = n.parts;
      const inner = ctx.source.text.slice(open.end, close.start);
      ctx.report({
        start: open.start, end: close.end,
        message: `${whereOf(role)}年份应使用六角括号〔〕，不用“${n.open}${n.close}”（GB/T 9704—2012 第7.2.5条）：应为“${canonicalDisplay(n)}”。`,
        fix: { range: [open.start, close.end], text: `〔${inner}〕` },
      });
    }
  },
};
