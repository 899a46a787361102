// punctuation/item-list-end: an article's list of 项 introduced by a colon (应当包括下列内容：
// （一）…；（二）…；（三）…。) separates its items with ； and closes the last with 。, the end of the
// article's sentence. All of the corpus's 38 such lists before the next article or chapter end so.
// A last item left with its ； (an item deleted or moved, the list cut short) is the slip. Only a
// last item that reads as one sentence is judged: one that goes on with unnumbered lines of its own
// (conditions listed under it) may close them otherwise.
import type { Rule } from '../types';
import type { GwDocument, NumberingItem } from '../../types';
import { overlaps } from '../spans';
import { closedArticles } from '../../parse/items';

/** Paragraph indexes of an item's text: from its own paragraph up to the next item's. */
function block(doc: GwDocument, from: number, to: number) {
  return doc.paragraphs.slice(from, to);
}

export const itemListEnd: Rule = {
  id: 'punctuation/item-list-end',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '条文中用冒号引出的各项（（一）（二）……）之间用分号，最后一项用句号结束；最后一项后紧接下一条或下一章时仍写“；”的，应改为“。”。',
      en: "An article's items introduced by a colon ((一) (二) …) are separated by ； and the last closes with 。; a last item still ending in ； right before the next article or chapter takes 。.",
    },
    why: 'GB/T 15834—2011：分项列举的各项之间用分号，列举结束、句子完结用句号；语料中条文内的38处列举，最后一项均以句号结束。',
    bad: '（三）违反本办法第九条规定的；\n\n第三条',
    good: '（三）违反本办法第九条规定的。\n\n第三条',
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
      const list: NumberingItem[] = items.slice(a + 1, b).filter((i) => i.level === 2 && i.sequence === items[a].sequence);
      if (list.length < 2 || list.length !== b - a - 1) continue;
      const intro = doc.paragraphs[list[0].paragraph - 1];
      if (!intro || !/[：:]$/.test(intro.text)) continue;
      const ends = list.map((it, k) => block(doc, it.paragraph, k + 1 < list.length ? list[k + 1].paragraph : items[b].paragraph));
      if (!ends.slice(0, -1).every((ps) => /[；;]$/.test(ps[ps.length - 1]?.text ?? ''))) continue;
      const last = ends[ends.length - 1];
      const p = last[last.length - 1];
      if (!p || !p.text.endsWith('；') || last.slice(0, -1).some((q) => /[；;。：:]$/.test(q.text))) continue;
      if (overlaps(doc.noise, p.start, p.end) || overlaps(doc.hosted, p.start, p.end)) continue;
      const at = p.map[p.text.length - 1];
      if (ctx.source.text[at] !== '；') continue;
      ctx.report({
        start: at, end: at + 1,
        message: '列举的最后一项以句号结束：此处“；”应为“。”（各项之间用分号，最后一项后紧接下一条，句子到此完结）。',
        fix: { range: [at, at + 1], text: '。' },
      });
    }
  },
};

/** A 办法 whose 第二条 lists three items, the last closed by `mark`. */
function sample(mark: string): string {
  return ['聊城市人才公寓管理办法', '', '第一条 为了加强人才公寓管理，制定本办法。', '',
    '第二条 入住人员有下列情形之一的，应当退出人才公寓：', '', '（一）入住期限届满未获批准延期的；', '',
    '（二）与用人单位解除劳动关系后离开本市的；', '', `（三）违反本办法第九条规定的${mark}`, '',
    '第三条 本办法自2025年4月1日起施行。', ''].join('\n');
}
