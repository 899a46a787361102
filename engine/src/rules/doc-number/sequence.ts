// 发文顺序号不加“第”，不编虚位（1 不写 01、001）: GB/T 9704—2012 第7.2.5条. A decree keeps its 第, and
// so does a 公告's or 通告's number (…公告〔2025〕第1号, …公告2019年第1号): the rule is for a 文件's 发文字号.
import type { Rule } from '../types';
import { canonicalDisplay, numbersToCheck, whereOf } from './common';

export const sequence: Rule = {
  id: 'doc-number/sequence',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '发文顺序号前不加“第”，不编虚位（不写 05、005）。',
      en: 'The sequence number of a document number takes no 第 and no leading zeros (5, not 05).',
    },
    why: 'GB/T 9704—2012 第7.2.5条：发文顺序号不加“第”字，不编虚位（即1不编为01），在阿拉伯数字后加“号”字。',
    bad: '聊政发〔2024〕第05号',
    good: '聊政发〔2024〕5号',
  },
  check(ctx) {
    const src = ctx.source.text;
    for (const { n, role } of numbersToCheck(ctx)) {
      const decree = n.isDecree || /令$/.test(n.code);
      const notice = n.isNotice || /(公告|通告)$/.test(n.code);
      const di = n.hasDi && !decree && !notice;
      const zero = n.seq.length > 1 && n.seq[0] === '0' && Number(n.seq) > 0;
      if (!di && !zero) continue;
      const seq = String(Number(n.seq));
      const what = di && zero ? '不加“第”、不编虚位（不在前面补“0”）' : di ? '不加“第”' : '不编虚位（不在前面补“0”）';
      // 第 sits between the closing bracket and the number: replace only that stretch.
      const from = di ? n.parts.close.end : n.parts.seq.start;
      const between = src.slice(from, n.parts.seq.start).replace('第', '');
      ctx.report({
        start: di ? n.parts.close.end + src.slice(n.parts.close.end, n.parts.seq.start).indexOf('第') : n.parts.seq.start,
        end: n.parts.seq.end,
        message: `${whereOf(role)}的发文顺序号${what}（GB/T 9704—2012 第7.2.5条）：应为“${canonicalDisplay(n)}”。`,
        fix: { range: [from, n.parts.seq.end], text: between + seq },
      });
    }
  },
};
