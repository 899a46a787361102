// An abbreviation defined (（以下简称“X”）) and never used after: the definition is dead text, and
// often a sign that the later text went on with the full name or another short form.
import type { GwDocument } from '../../types';
import type { Rule, RuleContext } from '../types';
import { perNode } from '../memo';
import { abbreviationDefs } from './abbreviation';
import { overlaps } from '../spans';

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
    // Most documents define nothing: the definitions (read once for three rules) are asked first.
    const defs = abbreviationDefs(ctx);
    if (!defs.length) return;
    // An issue may print only part of a text, or split it over pages: in an issue only a document
    // printed in one piece is judged (no page continuation cut from it or re-attached to it, no span
    // the extraction scrambled). Another document's continuation printed inside it takes nothing away.
    if (ctx.mode !== 'draft' && (doc.continuations.length || doc.noise.length || cutAway(ctx))) return;
    for (const d of defs) {
      const p = doc.paragraphs[d.pi];
      if (overlaps(doc.hosted, p.start, p.end) || overlaps(doc.noise, p.start, p.end) || quoted(p.text, d.open)) continue;
      // The full name written again instead (市森林防火指挥部 after （以下简称“市防火指挥部”）) is the
      // slip cross-ref/abbreviation reports there; it also holds the abbreviation (公共数据开放网站).
      // The abbreviation first: mostly used soon after, where a search for it stops.
      if (writtenAfter(doc, d.pi, d.at, [d.abbr, ...d.fulls])) continue;
      ctx.report({
        start: p.map[d.open], end: d.end,
        message: `简称“${d.abbr}”定义后下文未再使用（简称为下文称引而设，定义后不用，括注多余）：删去此括注，或在下文用简称“${d.abbr}”代替全称。`,
      });
    }
  },
};

/** A （下转第N页） marker inside the document: its rest is printed elsewhere. */
function cutAway(ctx: RuleContext): boolean {
  const { text } = ctx.source;
  const { start, end } = ctx.doc;
  // From each 下 (a native search), spaces skipped: a （ before it and a 转 after it.
  for (let i = text.indexOf('下', start); i >= 0 && i < end; i = text.indexOf('下', i + 1)) {
    let a = i - 1;
    while (a >= start && SPACE.test(text[a])) a--;
    if (a < start || (text[a] !== '（' && text[a] !== '(')) continue;
    let b = i + 1;
    while (b < end && SPACE.test(text[b])) b++;
    if (b < end && text[b] === '转') return true;
  }
  return false;
}
const SPACE = /\s/;

/**
 * Whether one of `words` is written in the rest of the document from index `at` of paragraph `pi`
 * on (an attached text may use a notice's abbreviation), the paragraphs joined (once per document)
 * so that a word wrapped over a line still reads as one.
 */
function writtenAfter(doc: GwDocument, pi: number, at: number, words: string[]): boolean {
  const { text, starts } = joinedText(doc);
  return words.some((w) => text.includes(w, starts[pi] + at));
}

/** A document's paragraphs joined, and where each one starts in the joined text. */
const joinedText = perNode((doc: GwDocument): { text: string; starts: number[] } => {
  const starts: number[] = [];
  let n = 0;
  for (const q of doc.paragraphs) { starts.push(n); n += q.text.length; }
  return { text: doc.paragraphs.map((q) => q.text).join(''), starts };
});

/** Whether index `i` of a paragraph's text is inside a quotation “…” (a quoted new wording). */
function quoted(text: string, i: number): boolean {
  const open = text.lastIndexOf('“', i);
  return open >= 0 && text.lastIndexOf('”', i) < open;
}
