// 县（市、区）: the three levels of county-level divisions, a fixed group whose words are separated
// by 顿号. Written 县（市，区）, 县（市；区） or 县（市区）, the mark was mistyped or dropped. The corpus
// writes the group 368 times, always with 、 (full- or half-width brackets). A line break or a space
// inside the group is extraction (a hard wrap), not judged: only a wrong mark or none.
import type { Rule } from '../types';
import { overlaps } from '../spans';

/** 县（市X区）: X a wrong mark or nothing; brackets full- or half-width. */
const GROUP = /县[（(]市([，,；;．.·/]?)区[）)]/g;

const WHY = '县、市、区是并列的三级行政区划，括注中并列词语之间用顿号（GB/T 15834—2011 第4.5条）；公报通篇写“县（市、区）”';

export const countyGroup: Rule = {
  id: 'punctuation/county-group',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '“县（市、区）”中县、市、区并列，用顿号分隔：写成“县（市，区）”“县（市；区）”或漏写顿号（“县（市区）”）时报告，并改为顿号。括号内的换行或空格是排版断行，不判断。',
      en: 'In 县（市、区） the three levels are listed with 、: written 县（市，区）, 县（市；区） or without a mark (县（市区）), it is reported and given 、. A line break or space inside the group is a wrap, not judged.',
    },
    why: WHY + '。',
    bad: '各县（市，区）人民政府要抓好落实。',
    good: '各县（市、区）人民政府要抓好落实。',
  },
  check(ctx) {
    const { start, end } = ctx.doc;
    const body = ctx.ownText();
    // Most documents write the group right: one native search for the closing 区） first.
    if (body.indexOf('市区') < 0 && !/市[，,；;．.·/]区/.test(body)) return;
    GROUP.lastIndex = 0;
    for (let m = GROUP.exec(body); m; m = GROUP.exec(body)) {
      const at = start + m.index;
      if (at + m[0].length > end) break;
      if (ctx.mode === 'issue' && overlaps(ctx.doc.noise, at, at + m[0].length)) continue;
      const sep = m[1];
      const mark = at + 3;
      const written = m[0];
      const right = `${written.slice(0, 3)}、${written.slice(3 + sep.length)}`;
      ctx.report({
        start: at, end: at + written.length,
        message: `“${written}”应为“${right}”：${sep ? `“${sep}”应为顿号` : '“市”“区”之间漏写顿号'}（${WHY}）。`,
        fix: { range: [mark, mark + sep.length], text: '、' },
      });
    }
  },
};
