// numbering/level-order: a lower level before any higher one in its section, e.g. （一） before
// the first 一、 of a document that uses 一、. The levels nest 一、 → （一） → 1. → （1）
// (GB/T 9704 7.3.3), so an item opened before its first possible parent has none. One diagnostic
// for the run: the first such item.
import type { Rule } from '../types';
import { analyze, viaContinuation, LEVEL_LABEL } from './analyze';

export const levelOrder: Rule = {
  id: 'numbering/level-order',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '下级编号不应出现在本部分第一个上级编号之前（如文件使用“一、”，却在第一个“一、”之前出现“（一）”）。',
      en: 'A lower numbering level must not appear before the first higher level of its section (（一） before the first 一、 of a document that uses 一、).',
    },
    why: 'GB/T 9704—2012 第7.3.3条：结构层次序数依次为“一、”“（一）”“1.”“（1）”，下级从属于上级。',
    bad: '（一）基本原则\n一、总体要求\n（二）主要目标',
    good: '一、总体要求\n（一）基本原则\n（二）主要目标',
  },
  check(ctx) {
    if (ctx.doc.type === '大事记' || ctx.doc.type === '任免') return;
    for (const infos of analyze(ctx.doc)) {
      // Sections: the items under the same article (第X条) or chapter, or the whole sequence.
      let reported = new Set<unknown>();
      // nextOf[k][level]: index of the next item of that level (1-5) before the next 章/节/条.
      const nextOf: number[][] = new Array(infos.length);
      let ahead: number[] = [];
      for (let k = infos.length - 1; k >= 0; k--) {
        nextOf[k] = ahead;
        const lv = infos[k].item.level;
        if (lv >= 10) ahead = [];
        else {
          ahead = ahead.slice();
          ahead[lv] = k;
        }
      }
      infos.forEach((info, k) => {
        const { item } = info;
        if (item.level > 5 || item.level === 1) return;
        const top = info.parent && info.parent.item.level >= 10 ? info.parent : undefined;
        if (info.parent && info.parent.item.level < 10) return;
        if (reported.has(top)) return;
        // A higher level of the same family used later in the same section.
        let at = Infinity;
        for (let lv = 1; lv < item.level; lv++) if (nextOf[k][lv] !== undefined) at = Math.min(at, nextOf[k][lv]);
        const higher = at < Infinity ? infos[at] : undefined;
        if (!higher || info.quiet || viaContinuation(ctx.doc, item, higher.item)) return;
        // An article's 1. right before its （二）: the （一） written at the wrong level, which
        // numbering/wrong-parent reports.
        if (top && top.item.level === 12 && higher.item.level === 2 && higher.parent === top && higher.item.value === item.value + 1) return;
        reported.add(top);
        ctx.report({
          start: item.markerSpan.start, end: item.markerSpan.end,
          message: `层级顺序错误：${LEVEL_LABEL[item.level]}“${item.marker}”出现在本部分第一个${LEVEL_LABEL[higher.item.level]}“${higher.item.marker}”之前，没有上级标题。结构层次应依次为“一、”“（一）”“1.”“（1）”，下级从属于上级（GB/T 9704—2012 第7.3.3条）：请在其前补写上级标题，或调整其层级。`,
        });
      });
      reported = new Set();
    }
  },
};
