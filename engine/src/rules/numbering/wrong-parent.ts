// numbering/wrong-parent: a level directly under the wrong parent, e.g. （1） right under 一、 in a
// document that puts 1. under 一、. Skipping from 一、 straight to 1. is legitimate (GB/T 9704
// 7.3.3 allows it; about a fifth of all 1. items in the corpus), and ① is used at any depth.
import type { Rule } from '../types';
import { analyze, viaContinuation, markerFor, LEVEL_LABEL, type ItemInfo } from './analyze';

export const wrongParent: Rule = {
  id: 'numbering/wrong-parent',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '编号不应跳级出现在错误的上级之下（如文件使用“1.”，却把“（1）”直接置于“一、”之下）；“一、”下直接用“1.”是允许的。条内的项写作“（一）”：本文件其他条的项用“（一）”时，某条下直接用“1.”“（1）”，或条内“1.”后接“（二）”，均为层级错误。',
      en: 'A level must not sit directly under the wrong parent (（1） right under 一、 when the document uses 1.); 一、 straight to 1. is allowed. An article\'s items are （一）: 1. or （1） right under an article when the text\'s other articles write （一）, or a 1. before the article\'s （二）, is a level skipped.',
    },
    why: 'GB/T 9704—2012 第7.3.3条：结构层次序数依次为“一、”“（一）”“1.”“（1）”；一级标题下可直接使用“1.”（语料中约五分之一的“1.”如此）。',
    bad: '一、总体要求\n1.基本原则\n二、主要任务\n（1）排查隐患',
    good: '一、总体要求\n1.基本原则\n二、主要任务\n1.排查隐患',
  },
  check(ctx) {
    if (ctx.doc.type === '大事记' || ctx.doc.type === '任免') return;
    for (const infos of analyze(ctx.doc)) {
      const used = new Set(infos.map((i) => i.item.level));
      // The items (项) of an article are （一）（二）: when the text's other articles write theirs so
      // (all 45 lists under an article in the corpus do), a list of 1. or （1） right under one is a
      // level skipped. Once per list, at its first item.
      const articleItems = infos.some((i) => i.item.level === 2 && i.parent?.item.level === 12 && !i.prevSibling);
      for (const info of infos) {
        const { item, parent } = info;
        // Also a lone 1. before the article's （二）: it stands for （一）.
        const sibling = parent && parent.item.level === 12 ? nextChild(infos, info) : undefined;
        const standsFor = !!sibling && sibling.item.level === 2 && sibling.item.value === item.value + 1;
        if (parent && parent.item.level === 12 && (item.level === 3 || item.level === 4) && !info.prevSibling && !info.quiet
          && (standsFor || (articleItems && !infos.some((o) => o.parent === parent && o.item.level === 2))) && !viaContinuation(ctx.doc, parent.item, item)) {
          ctx.report({
            start: item.markerSpan.start, end: item.markerSpan.end,
            message: standsFor
              ? `层级错误：${LEVEL_LABEL[item.level]}“${item.marker}”与其后的“${sibling!.item.marker}”同为条“${parent.item.marker}”的项，应为同一级；条内的项写作“（一）”“（二）”（“1.”“（1）”是项以下的层次）：此处应改为“${markerFor(2, item.value)}”。`
              : `层级错误：${LEVEL_LABEL[item.level]}“${item.marker}”直接位于条“${parent.item.marker}”之下；条内的项写作“（一）”“（二）”，本文件其他条的项均如此（“1.”“（1）”是项以下的层次）：此处应改为“${markerFor(2, item.value)}”，其后各项依次改写。`,
          });
          continue;
        }
        if (!parent || item.level > 4 || parent.item.level > 5 || info.prevSibling || info.quiet) continue;
        const skip = item.level - parent.item.level;
        if (skip < 2) continue;
        if (parent.item.level === 1 && item.level === 3) {
          // 一、 straight to 1. is allowed, unless the parent's next child is a （二） that this
          // 1. comes before: then it stands for （一） (sequence leaves that （二） to this rule).
          const sibling = nextChild(infos, info);
          if (sibling && sibling.item.level === 2 && sibling.item.value === item.value + 1 && !viaContinuation(ctx.doc, item, sibling.item)) {
            ctx.report({
              start: item.markerSpan.start, end: item.markerSpan.end,
              message: `层级错误：${LEVEL_LABEL[item.level]}“${item.marker}”与其后的${LEVEL_LABEL[sibling.item.level]}“${sibling.item.marker}”同在${LEVEL_LABEL[parent.item.level]}“${parent.item.marker}”之下，应为同一级。结构层次应依次为“一、”“（一）”“1.”“（1）”（GB/T 9704—2012 第7.3.3条）：此处应改为“${markerFor(sibling.item.level, item.value)}”。`,
            });
          }
          continue;
        }
        // The nearest level between them that the document uses: （1） right under 一、 skips 1.
        // when the document uses 1., else （一） when it uses that (its 一、 （一） （1） then has
        // one misplaced level: （1） ⏎ （二） under 一、 was silent, sequence leaving it here).
        let between = item.level - 1;
        while (between > parent.item.level && !used.has(between)) between--;
        if (between <= parent.item.level) continue;
        if (viaContinuation(ctx.doc, parent.item, item)) continue;
        ctx.report({
          start: item.markerSpan.start, end: item.markerSpan.end,
          message: `层级错误：${LEVEL_LABEL[item.level]}“${item.marker}”直接位于${LEVEL_LABEL[parent.item.level]}“${parent.item.marker}”之下，跳过了本文件使用的${LEVEL_LABEL[between]}“${markerFor(between, 1)}”。结构层次应依次为“一、”“（一）”“1.”“（1）”（GB/T 9704—2012 第7.3.3条）：此处应改为“${markerFor(between, item.value)}”，或补写上级标题。`,
        });
      }
    }
  },
};

/** The next item after `info` with the same parent (its own children skipped). */
function nextChild(infos: ItemInfo[], info: ItemInfo): ItemInfo | undefined {
  for (let j = info.index + 1; j < infos.length; j++) {
    const other = infos[j];
    if (other.parent === info.parent) return other;
    if (!isUnder(other, info)) return undefined;
  }
  return undefined;
}

function isUnder(a: ItemInfo, b: ItemInfo): boolean {
  for (let p = a.parent; p; p = p.parent) if (p === b) return true;
  return false;
}
