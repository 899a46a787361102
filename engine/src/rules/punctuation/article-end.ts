// punctuation/article-end: an article (第X条) closes its last sentence with 。 before the next
// article, section or chapter. Its text left ending in ； or ， (a clause deleted, a sentence cut when
// the article was split or moved) leaves the article open. All 255 article ends of the corpus's
// regulations end so. A last paragraph that is a listed item (（三）…；) is punctuation/item-list-end's.
import type { Rule } from '../types';
import { overlaps } from '../spans';
import { closedArticles } from '../../parse/items';
import { inClosedTail, opensContinuation } from '../numbering/analyze';

/** Marks that leave a sentence open, written where the article ends. */
const OPEN_END = /[；，]$/;

export const articleEnd: Rule = {
  id: 'punctuation/article-end',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '条文（第X条）的最后一句以句号结束：紧接下一条、下一节或下一章时仍以“；”“，”结尾的，应改为“。”。',
      en: 'An article (第X条) closes its last sentence with 。: text still ending in ； or ， right before the next article, section or chapter takes 。.',
    },
    why: 'GB/T 15834—2011：句子完结用句号；一条条文到此结束，以分号、逗号结尾则句子未完（语料中255处条文末尾均为句号）。',
    bad: '做好电动自行车停放充电管理相关工作；\n\n第三条',
    good: '做好电动自行车停放充电管理相关工作。\n\n第三条',
    test: {
      bad: sample('；'),
      good: sample('。'),
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const items = doc.items;
    // Each article with what ends it: the next article, section or chapter of the same text.
    for (const { article: a, next: b } of closedArticles(items)) {
      const last = items[b].paragraph - 1;
      if (last < items[a].paragraph) continue;
      // A listed item ends the article: item-list-end's (its last item may close otherwise).
      if (items.slice(a + 1, b).some((i) => i.paragraph === last)) continue;
      const p = doc.paragraphs[last];
      if (!p || !OPEN_END.test(p.text)) continue;
      if (overlaps(doc.noise, p.start, p.end) || overlaps(doc.hosted, p.start, p.end)) continue;
      // Moved text is judged only where it is read in order: the head of the fragment the page
      // numbers joined to the article cut before it (第十五条…依法追究（下转）…（上接）法律责任；⏎ 第五章), or
      // a fragment whose end is known (probe22).
      if (overlaps(doc.continuations, p.start, p.end) && !opensContinuation(doc, items[a], items[b]) && !inClosedTail(doc, items[a], items[b])) continue;
      const at = p.map[p.text.length - 1];
      const mark = p.text[p.text.length - 1];
      if (ctx.source.text[at] !== mark) continue;
      ctx.report({
        start: at, end: at + 1,
        message: `条文末尾应以句号结束：此处“${mark}”应为“。”（本条到此结束，紧接下一${items[b].level === 12 ? '条' : items[b].level === 11 ? '节' : '章'}；以“${mark}”结尾则句子未完，多是删改条文时遗留）。`,
        fix: { range: [at, at + 1], text: '。' },
      });
    }
  },
};

/** A 办法 whose 第二条 ends with `mark`. */
function sample(mark: string): string {
  return ['聊城市电动自行车停放充电管理办法', '', '第一条 为了加强电动自行车停放充电管理，制定本办法。', '',
    `第二条 住房城乡建设、公安、市场监管等部门按照各自职责，做好电动自行车停放充电管理相关工作${mark}`, '',
    '第三条 本办法自2025年4月1日起施行。', ''].join('\n');
}
