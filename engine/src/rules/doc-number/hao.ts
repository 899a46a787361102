// 发文顺序号后加“号”（GB/T 9704—2012 第7.2.5条）.
import type { Rule } from '../types';
import { canonicalDisplay, numbersToCheck, whereOf } from './common';

/**
 * Whether a number in running text goes on into more sequence numbers that share one 号
 * (聊政办字〔2023〕12、13号, 〔2023〕12—15号): its own 号 is the last one's.
 */
function sharesHao(text: string, at: number): boolean {
  return /^\s*[、，,和及至—－\-~～]\s*\d/.test(text.slice(at, at + 12));
}

export const hao: Rule = {
  id: 'doc-number/hao',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '发文字号的顺序号后应加“号”字（规范汉字“号”，不用繁体“號”）。',
      en: 'A document number ends with 号 after its sequence number (the standard character 号, not the traditional 號).',
    },
    why: 'GB/T 9704—2012 第7.2.5条：在阿拉伯数字后加“号”字。',
    bad: '聊政发〔2024〕5',
    good: '聊政发〔2024〕5号',
  },
  check(ctx) {
    for (const { n, role, bare } of numbersToCheck(ctx)) {
      if (n.haoVariant) {
        ctx.report({
          ...n.haoVariant,
          message: `${whereOf(role)}用规范汉字“号”，不用繁体“號”（GB/T 9704—2012 第7.2.5条）：应为“${canonicalDisplay(n)}”。`,
          fix: { range: [n.haoVariant.start, n.haoVariant.end], text: '号' },
        });
        continue;
      }
      if (n.hasHao || (bare && sharesHao(ctx.source.text, n.parts.seq.end))) continue;
      const at = n.parts.seq.end;
      ctx.report({
        start: n.parts.seq.start, end: at,
        message: `${whereOf(role)}缺少“号”字（GB/T 9704—2012 第7.2.5条）：应为“${canonicalDisplay(n)}”。`,
        fix: { range: [at, at], text: '号' },
      });
    }
  },
};
