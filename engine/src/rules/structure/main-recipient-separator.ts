// structure/main-recipient-separator: on a 主送 line the departments named as a group and the
// directly affiliated bodies after them are one group, joined by 、: 市政府各部门、直属机构 (the
// 市政府 of 各部门 qualifies 直属机构 too, as in 国务院各部委、各直属机构). A ， between them reads
// as two groups of recipients. In the corpus every 直属机构 (45) follows a department group with 、,
// 41 of them on the 44 主送 lines the parser reads.
// 各县（市区）, the county group with its 、 left out, is judged too (the corpus writes 县（市、区） on every line).
// Nothing else on the line is judged: the corpus writes both 各县（市、区）人民政府，市属开发区管委会
// (42 lines) and 各县（市、区）人民政府、市属开发区管委会 (2), and GB/T 9704 sets no separator.
// Only a full-width ， is judged: a half-width one is punctuation/width's (and noise in an issue's
// width island); nor is a line in a part the extraction scrambled (mainRecipientLine gives none).
import type { Rule } from '../types';
import { mainRecipientLine } from '../lead-unit/main-recipient';

/** A group of departments (市政府各部门, 市政府有关部门, 市直各部门, 各部委), then ， and the affiliated bodies. */
const DEPARTMENTS_THEN_AFFILIATED = /(?:^|[，、])((?:[^，、]*?)(?:各|有关|相关)(?:部门|部委))(，)((?:各)?直属机构)(?=[，、]|$)/g;

/** 各县（市区）: the county-level group with its 、 left out (县（市、区）: counties, county-level cities, districts). */
const COUNTY_GROUP = /县（市区）/g;

export const mainRecipientSeparator: Rule = {
  id: 'structure/main-recipient-separator',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '主送机关中，部门统称与其后的“直属机构”是同一类受文单位，用顿号“、”连接（市政府各部门、直属机构），不用逗号；“各县（市、区）”中的顿号不能漏（不写“各县（市区）”）。',
      en: 'On a 主送 line the departments named as a group and the 直属机构 after them are one group, joined by 、 (市政府各部门、直属机构), not by ，; the 、 of 各县（市、区） is not left out (各县（市区）).',
    },
    why: '“市政府各部门、直属机构”中“市政府”同时修饰“各部门”和“直属机构”，二者是同一层级的受文单位（如“国务院各部委、各直属机构”）；用逗号则读成两类受文单位。语料中同时列出二者的主送机关全部用顿号。',
    bad: '各县（市、区）人民政府，市属开发区管委会，市政府有关部门，直属机构：',
    good: '各县（市、区）人民政府，市属开发区管委会，市政府有关部门、直属机构：',
  },
  check(ctx) {
    const line = mainRecipientLine(ctx);
    if (!line) return;
    const text = line.text.replace(/[：:]$/, '');
    COUNTY_GROUP.lastIndex = 0;
    for (let m; (m = COUNTY_GROUP.exec(text));) {
      const at = line.map[m.index + 3];
      if (ctx.source.text[at] !== '区' || ctx.source.text[at - 1] !== '市') continue;
      ctx.report({
        start: line.map[m.index], end: at + 2,
        message: '“县（市区）”中的县、市、区是三类受文单位，“市”“区”之间用顿号“、”：应为“县（市、区）”。',
        fix: { range: [at, at], text: '、' },
      });
    }
    DEPARTMENTS_THEN_AFFILIATED.lastIndex = 0;
    for (let m; (m = DEPARTMENTS_THEN_AFFILIATED.exec(text));) {
      const at = m.index + m[0].length - m[3].length - 1;
      const start = line.map[at];
      ctx.report({
        start, end: start + 1,
        message: `“${m[1]}”与“${m[3]}”是同一类受文单位，中间用顿号“、”，不用逗号“，”：应为“${m[1]}、${m[3]}”。`,
        fix: { range: [start, start + 1], text: '、' },
      });
    }
  },
};
