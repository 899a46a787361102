// 发文字号的年份标全称（四位）: 〔24〕 is a slip. The fix is offered only when the full year is
// certain: the document's own 成文日期, the listed document's date, or the registry.
import type { Rule } from '../types';
import type { DocNumber } from '../../types';
import type { Model } from '../../model/types';
import { canonicalDisplay, numbersToCheck, whereOf } from './common';

/** The registry's full year for a cited number written with a short year, when only one fits. */
function registryYear(model: Model, n: DocNumber): string | undefined {
  const seq = String(Number(n.seq));
  const years = new Set<string>();
  for (const d of model.documents) {
    const m = /^(.+?)〔(\d{4})〕(\d+)号$/.exec(d.number);
    if (m && m[1] === n.code && m[3] === seq && m[2].endsWith(n.year)) years.add(m[2]);
  }
  return years.size === 1 ? [...years][0] : undefined;
}

export const year: Rule = {
  id: 'doc-number/year',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '发文字号的年份应标全称（四位数字），如〔2024〕，不写〔24〕，括号内也不加“年”字（〔2024年〕）。',
      en: 'The year of a document number is written in full (four digits): 〔2024〕, not 〔24〕, and without 年 inside the brackets (〔2024年〕).',
    },
    why: 'GB/T 9704—2012 第7.2.5条：年份应标全称。',
    bad: '聊政发〔24〕5号',
    good: '聊政发〔2024〕5号',
  },
  check(ctx) {
    for (const c of numbersToCheck(ctx)) {
      const { n, role } = c;
      // 〔2025年〕: the brackets hold the year's digits alone.
      if (n.yearSuffix) {
        ctx.report({
          ...n.yearSuffix,
          message: `${whereOf(role)}的年份后不加“年”字（GB/T 9704—2012 第7.2.5条：年份用阿拉伯数字标全称，用六角括号“〔〕”括入）：应为“${canonicalDisplay(n)}”。`,
          fix: { range: [n.yearSuffix.start, n.yearSuffix.end], text: '' },
        });
      }
      // A 公告 may be numbered without a year, as a 令 is (聊城市人民政府公告 ⏎ 第1号).
      if (n.isDecree || /令$/.test(n.code) || n.year.length === 4 || (n.isNotice && !n.year)) continue;
      let full: string | undefined;
      if (role !== 'cite') {
        const y = c.doc?.date?.iso?.slice(0, 4);
        if (y && y.endsWith(n.year)) full = y;
      } else {
        full = registryYear(ctx.model, n);
      }
      const guess = full ?? (n.year.length === 2 ? (2000 + Number(n.year) <= Number(ctx.asOf.slice(0, 4)) ? `20${n.year}` : `19${n.year}`) : undefined);
      const span = n.parts.year;
      const should = guess ? `：${full ? '应为' : '可能为'}“${canonicalDisplay(n, guess)}”` : '';
      ctx.report({
        start: span.start, end: span.end,
        message: `${whereOf(role)}的年份“${n.year}”应标全称（四位数字）（GB/T 9704—2012 第7.2.5条）${should}。`,
        ...(full ? { fix: { range: [span.start, span.end], text: full } } : {}),
        ...(!full && guess ? { suggestions: [{ desc: `改为“${guess}”`, fix: { range: [span.start, span.end], text: guess } }] } : {}),
      });
    }
  },
};
