// 发文顺序号后加“号”（GB/T 9704—2012 第7.2.5条）.
import type { Rule } from '../types';
import { canonicalDisplay, numbersToCheck, whereOf } from './common';

export const hao: Rule = {
  id: 'doc-number/hao',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '发文字号的顺序号后应加“号”字。',
      en: 'A document number ends with 号 after its sequence number.',
    },
    why: 'GB/T 9704—2012 第7.2.5条：在阿拉伯数字后加“号”字。',
    bad: '聊政发〔2024〕5',
    good: '聊政发〔2024〕5号',
  },
  check(ctx) {
    for (const { n, role } of numbersToCheck(ctx)) {
      if (n.hasHao) continue;
      const at = n.parts.seq.end;
      ctx.report({
        start: n.parts.seq.start, end: at,
        message: `${whereOf(role)}缺少“号”字（GB/T 9704—2012 第7.2.5条）：应为“${canonicalDisplay(n)}”。`,
        fix: { range: [at, at], text: '号' },
      });
    }
  },
};
