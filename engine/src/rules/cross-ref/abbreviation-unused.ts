// An abbreviation defined (（以下简称“X”）) and never used after: the definition is dead text, and
// often a sign that the later text went on with the full name or another short form.
import type { Rule, RuleContext } from '../types';
import { abbreviationDefs } from './abbreviation';
import { overlaps } from './util';

export const abbreviationUnused: Rule = {
  id: 'cross-ref/abbreviation-unused',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '用“（以下简称“X”）”定义的简称，下文应当使用；定义后既未使用简称、也未再写全称的，括注多余，应删去。',
      en: 'An abbreviation defined with （以下简称“X”） is used later in the text; when neither it nor the full name comes again, the definition is dead text and is deleted.',
    },
    why: '简称为下文反复称引而设；定义后不用，括注多余，也常说明下文仍在用全称或另一种简称。',
    bad: '市政府决定设立聊城市重污染天气应急指挥部（以下简称“市指挥部”），负责统一指挥全市重污染天气应对工作。\n\n指挥部办公室设在市生态环境局。',
    good: '市政府决定设立聊城市重污染天气应急指挥部（以下简称“市指挥部”），负责统一指挥全市重污染天气应对工作。\n\n市指挥部办公室设在市生态环境局。',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2026〕5号\n\n聊城市人民政府办公室关于成立聊城市重污染天气应急指挥部的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n市政府决定设立聊城市重污染天气应急指挥部（以下简称“市指挥部”），负责统一指挥全市重污染天气应对工作。\n\n指挥部办公室设在市生态环境局。\n\n聊城市人民政府办公室\n\n2026年1月5日\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2026〕5号\n\n聊城市人民政府办公室关于成立聊城市重污染天气应急指挥部的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n市政府决定设立聊城市重污染天气应急指挥部（以下简称“市指挥部”），负责统一指挥全市重污染天气应对工作。\n\n市指挥部办公室设在市生态环境局。\n\n聊城市人民政府办公室\n\n2026年1月5日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    // An issue may print only part of a text, or split it over pages: in an issue only a document
    // printed in one piece is judged (no page continuation cut from it or re-attached to it, no span
    // the extraction scrambled). Another document's continuation printed inside it takes nothing away.
    if (ctx.mode !== 'draft' && (doc.continuations.length || doc.noise.length || cutAway(ctx))) return;
    const defs = abbreviationDefs(ctx);
    for (const d of defs) {
      const p = doc.paragraphs[d.pi];
      if (overlaps(doc.hosted, p.start, p.end) || overlaps(doc.noise, p.start, p.end) || quoted(p.text, d.open)) continue;
      // The rest of the document from the definition on (an attached text may use a notice's
      // abbreviation), paragraphs joined so that a word wrapped over a line still reads as one.
      const rest = p.text.slice(d.at) + doc.paragraphs.slice(d.pi + 1).map((q) => q.text).join('');
      // The full name written again instead (市森林防火指挥部 after （以下简称“市防火指挥部”）) is the
      // slip cross-ref/abbreviation reports there; it also holds the abbreviation (公共数据开放网站).
      if (d.fulls.some((f) => rest.includes(f)) || rest.includes(d.abbr)) continue;
      ctx.report({
        start: p.map[d.open], end: d.end,
        message: `简称“${d.abbr}”定义后下文未再使用：删去此括注，或在下文用简称“${d.abbr}”代替全称。`,
      });
    }
  },
};

/** A （下转第N页） marker inside the document: its rest is printed elsewhere. */
function cutAway(ctx: RuleContext): boolean {
  return /[（(]\s*下\s*转/.test(ctx.source.text.slice(ctx.doc.start, ctx.doc.end));
}

/** Whether index `i` of a paragraph's text is inside a quotation “…” (a quoted new wording). */
function quoted(text: string, i: number): boolean {
  const open = text.lastIndexOf('“', i);
  return open >= 0 && text.lastIndexOf('”', i) < open;
}
