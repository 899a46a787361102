// Shared reading of a document's numbering items for the numbering/* rules: the tree (each item's
// parent), each item's previous sibling, and where the extraction scrambled the text (stay silent).
import type { GwDocument, NumberingItem, Span } from '../../types';
import { numberToChinese } from '../../parse/items';
import { levelRank } from '../../parse/document';
import { perNode } from '../memo';
import { inOwnTail } from '../../text/continuation';

export { levelRank };

export interface ItemInfo {
  item: NumberingItem;
  index: number;
  /** Nearest preceding item of a higher level (smaller rank) in the same sequence. */
  parent?: ItemInfo;
  /** Previous item of the same level under the same parent. */
  prevSibling?: ItemInfo;
  /** Next item of the same level under the same parent. */
  nextSibling?: ItemInfo;
  /** Previous item of the same level anywhere earlier in the sequence (run-on numbering). */
  prevInSequence?: ItemInfo;
  /** Next item of the same level anywhere later in the sequence. */
  nextInSequence?: ItemInfo;
  /** Inside or right after an unpaired continuation fragment, or an inserted article (第十条之一): judge nothing about its order. */
  quiet: boolean;
}

/** Whether comparing `b` with an earlier item `a` involves re-attached continuation text (either
 * item's marker inside a moved span, or a span between them). The extraction scrambles multi-column pages
 * and a fragment's extent is a guess, so a break seen across such text is not reported. An item
 * the page cut (its marker before the 下转, its tail re-attached from the 上接 fragment) is read in
 * order with the items before it: only its tail was moved (probe22: （1） then （3） cut mid-block). */
export function viaContinuation(doc: GwDocument, a: NumberingItem | undefined, b: NumberingItem): boolean {
  if (!doc.continuations.length) return false;
  if (between(doc.continuations, b.start, b.markerSpan.end)) return true;
  if (!a) return false;
  return between(doc.continuations, a.start, b.start);
}

/**
 * Whether `b` is the first item of its level in a fragment re-attached to this document and `a` (before the
 * fragment, no other moved text between them) the item it continues from: the comparison across
 * the join the 上接/下转 page numbers made. The fragment's head is the continued text, read in
 * order; what follows in it may be another column's lines (a fragment's extent is a guess), so
 * only this first item is judged there like any other.
 */
export function opensContinuation(doc: GwDocument, a: NumberingItem | undefined, b: NumberingItem): boolean {
  if (!a) return false;
  const s = doc.continuations.find((c) => c.start <= b.start && b.start < c.end);
  if (!s || a.start >= s.start) return false;
  if (doc.continuations.some((c) => c !== s && c.end > a.start && c.start < b.start)) return false;
  if (between(doc.noise, a.start, b.end)) return false;
  // A heading of a higher level at the fragment's head is read in order too (a 规章's 第五章 附则 ⏎
  // 第十五条… after （上接第5页）): b is still the first item of its level there (probe20).
  return !doc.items.some((it) => it.start >= s.start && it.start < b.start && levelRank(it.level) >= levelRank(b.level));
}

/**
 * Whether `a` and `b` both lie in one fragment re-attached to this document that runs on to the
 * document's own 署名 or 成文日期 (inOwnTail), or whose end its 大事记 host fixed (bounded), nothing
 * moved or scrambled between them: the text
 * between the two items is read in order, as in an unmoved document (probe12: 2. then 4. at the
 * end of an 意见's moved tail was passed over).
 */
export function inClosedTail(doc: GwDocument, a: NumberingItem | undefined, b: NumberingItem): boolean {
  if (!a) return false;
  if (inOwnTail(doc, a.start, b.end)) return true;
  // A fragment whose end its 大事记 host fixed (Continuation.bounded): its items are the continued
  // document's, in order (probe20: （二） then （四） in an 实施方案's tail printed inside the 大事记).
  return doc.continuations.some((c) => c.bounded && c.start <= a.start && b.end <= c.end)
    && !doc.noise.some((n) => n.end > a.start && n.start < b.end) && !doc.hosted.some((h) => h.end > a.start && h.start < b.end);
}

/** The correct marker of a level for a value: 一、 （一） 1. （1） ① 第一章 第一节 第一条. */
export function markerFor(level: number, value: number): string {
  const cn = numberToChinese(value);
  switch (level) {
    case 1: return `${cn}、`;
    case 2: return `（${cn}）`;
    case 3: return `${value}.`;
    case 4: return `（${value}）`;
    case 5: return value <= 20 ? String.fromCharCode(0x2460 + value - 1) : `（${value}）`;
    case 10: return `第${cn}章`;
    case 11: return `第${cn}节`;
    case 12: return `第${cn}条`;
    default: return String(value);
  }
}

/** Level names for messages. */
export const LEVEL_LABEL: Record<number, string> = {
  1: '一级标题', 2: '二级标题', 3: '三级标题', 4: '四级标题', 5: '五级序号',
  10: '章序号', 11: '节序号', 12: '条序号',
};

function between(spans: Span[], a: number, b: number): boolean {
  return spans.some((s) => s.end > a && s.start < b);
}

/** Items grouped by sequence, each with its tree relations. */
/** 第十条之一: an article an amendment inserted after 第十条, numbered off the count (第十一条 follows it). */
export function isInsertedArticle(item: NumberingItem): boolean {
  return item.level === 12 && item.marker.includes('条之');
}

export function analyze(doc: GwDocument): ItemInfo[][] {
  // Three rules read the same tree.
  return tree(doc);
}

const tree = perNode((doc: GwDocument) => build(doc));

function build(doc: GwDocument): ItemInfo[][] {
  const bySeq = new Map<number, NumberingItem[]>();
  for (const it of doc.items) {
    const list = bySeq.get(it.sequence) ?? [];
    list.push(it);
    bySeq.set(it.sequence, list);
  }
  const itemParagraphs = new Set(doc.items.map((it) => it.paragraph));
  /** A paragraph of text (no item's) that introduces a list: 有下列情形之一的，不得申请：. */
  const introducesList = (pi: number) => pi >= 0 && !itemParagraphs.has(pi) && /[：:]$/.test(doc.paragraphs[pi]?.text ?? '');
  const out: ItemInfo[][] = [];
  for (const items of bySeq.values()) {
    const infos: ItemInfo[] = [];
    const stack: ItemInfo[] = [];
    const lastChild = new Map<ItemInfo | undefined, Map<number, ItemInfo>>();
    const lastOfLevel = new Map<number, ItemInfo>();
    for (const item of items) {
      // Items inside an unpaired fragment belong to another document's text: leave them out.
      if (between(doc.noise, item.start, item.end)) continue;
      const info: ItemInfo = { item, index: infos.length, quiet: false };
      const r = levelRank(item.level);
      while (stack.length && levelRank(stack[stack.length - 1].item.level) >= r) stack.pop();
      info.parent = stack[stack.length - 1];
      const children = lastChild.get(info.parent) ?? new Map<number, ItemInfo>();
      // A later 款 of an article introduces a list of its own (有下列情形之一的，不得…：⏎（一）…): its
      // 项 are numbered from （一） again, as each 款's are.
      if (info.parent?.item.level === 12 && item.level === 2 && item.value === 1 && children.has(2) && introducesList(item.paragraph - 1)) children.delete(2);
      // A bare-numbered roster (1　人民银行聊城市分行) after marked items of its level (1.…4.) is a list
      // of its own, printed in another form: it counts from 1 again.
      const bare = (it: NumberingItem | undefined) => !!it && /^\d+$/.test(it.marker);
      if (bare(item) && item.value === 1 && children.has(item.level) && !bare(children.get(item.level)!.item)) {
        children.delete(item.level);
        lastOfLevel.delete(item.level);
      }
      info.prevSibling = children.get(item.level);
      if (info.prevSibling) info.prevSibling.nextSibling = info;
      children.set(item.level, info);
      lastChild.set(info.parent, children);
      info.prevInSequence = lastOfLevel.get(item.level);
      if (info.prevInSequence) info.prevInSequence.nextInSequence = info;
      lastOfLevel.set(item.level, info);
      // Silent inside a scrambled fragment, and for the first item after one (its predecessor
      // may be lost in the fragment).
      const prev = infos[infos.length - 1];
      info.quiet = between(doc.noise, prev ? prev.item.end : doc.start, item.start) || isInsertedArticle(item);
      stack.push(info);
      infos.push(info);
    }
    out.push(infos);
  }
  return out;
}
