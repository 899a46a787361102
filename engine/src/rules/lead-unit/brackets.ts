// Balanced parentheses: the block closes, and so does every bracket inside a unit name.
import type { Rule } from '../types';
import { brokenBrackets, cutByPage, inNoise, normIndex, openBlockEnd, openDepth, paragraphOf, unitTokens } from './shared';

export const brackets: Rule = {
  id: 'lead-unit/brackets',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '牵头单位括注的括号必须成对：括注要闭合，单位名称中的括号（如“各县（市、区）”）也要成对。',
      en: 'Parentheses in a block are balanced: the block closes, and so do brackets inside unit names.',
    },
    why: '缺少右括号会使括注与后文连成一体，多出的右括号会被读作正文。',
    bad: '（牵头单位：市财政局；责任单位：各县（市、区）人民政府',
    good: '（牵头单位：市财政局；责任单位：各县（市、区）人民政府）',
  },
  check(ctx) {
    for (const block of ctx.doc.blocks) {
      // An assignment written after its units is read only when its brackets close (parse/task-brackets.ts).
      // Roles printed on lines of their own have no brackets to pair.
      if (block.inline || block.bare || (ctx.mode === 'issue' && inNoise(ctx, block))) continue;
      const p = paragraphOf(ctx, block);
      if (!p) continue;
      const open = openBlockEnd(ctx, block);
      // A unit whose own brackets do not pair (各县（市、区人民政府）.
      const broken = open?.swallowed ? undefined : unitTokens(ctx, block).find((t) => brokenBrackets(t, block));
      if (broken) {
        const name = openDepth(block) > 0 ? broken.text.replace(/[）)]$/, '') : broken.text;
        ctx.report({ start: broken.start, end: broken.end, message: `单位名称“${name}”中的括号不成对（名称在何处结束便不清楚）：应写成“各县（市、区）人民政府”这样成对的括号。` });
        continue;
      }
      if (open) {
        if (cutByPage(ctx, block)) continue;
        // Reported where the `）` belongs: after the last unit, before any text the bracket swallowed.
        const where = open.last ? { start: open.last.end - 1, end: open.last.end } : { start: block.start, end: block.start + 1 };
        const turns = pageTurnsAfter(ctx.source.text, open.at, p.end, ctx.mode);
        ctx.report({
          start: where.start, end: where.end,
          message: `牵头单位括注缺少右括号“）”（括注不闭合，会与后文连成一体）：应在最后一个单位名称之后闭合括注。${turns ? '括注后文转到他页（“下转”），请核对转页后的部分是否闭合。' : ''}`,
          // Closed in the width it was opened in: (牵头单位:…) is an island of half-width marks.
          ...(open.last && !turns ? { fix: { range: [open.at, open.at] as [number, number], text: ctx.source.text[block.start] === '(' ? ')' : '）' } } : {}),
        });
        continue;
      }
      // An extra closing bracket right after the block.
      const b = normIndex(p, block.end - 1) + 1;
      const after = p.text[b];
      if (b > 0 && (after === '）' || after === ')')) {
        const s = p.map[b];
        ctx.report({ start: s, end: s + 1, message: '牵头单位括注后多了一个右括号（多出的“）”会被读作正文）：删去多余的“）”。', fix: { range: [s, s + 1], text: '' } });
      }
    }
  },
};

/**
 * Whether the block's paragraph goes on, after where its `）` would go, to a （下转第N页） marker: the
 * block may run on to another page (市人力资源社（下转第27页） ⏎ … （上接第26页）会保障局）) and close
 * there, even when the parse did not pair the two halves; a `）` inserted here could cut a unit's
 * name in two. In an issue only.
 */
function pageTurnsAfter(src: string, at: number, end: number, mode: 'issue' | 'draft'): boolean {
  if (mode !== 'issue' || end <= at) return false;
  return /[（(]\s*下\s*转\s*第?\s*\d+\s*页\s*[）)]/.test(src.slice(at, end));
}
