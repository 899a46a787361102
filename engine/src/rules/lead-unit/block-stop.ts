// The 。 closing a task goes before its block (……更新。（牵头单位：……）), as the document's other
// tasks put it; after the block (……更新（牵头单位：……）。) it was moved. Judged only against the
// document's own habit: the corpus and other cities' gazettes always write it before, but a
// document that writes it after throughout has a style of its own.
import type { Rule } from '../types';
import type { LeadBlock, Paragraph } from '../../types';
import { judgedBlocks, normIndex } from './shared';
import { overlaps } from '../spans';

/** What may end a task's text right before its block when the 。 was moved after it. */
const TASK_END = /[\u4e00-\u9fa5A-Za-z0-9》”’）)]/;

/** A block that names no units but points to where they are listed: （责任单位：详见附件2）. */
const SEE_ELSEWHERE = /[：:][\s\u3000]*(?:详见|参见|见)/;
/** A numbered task's opening: 1. 1、 （1） （一） 一、. */
const LIST_MARKER = /^(?:\d{1,3}[.．、]|[（(][\d一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;

export const blockStop: Rule = {
  id: 'lead-unit/block-stop',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '任务句末的句号放在牵头单位括注之前（“……更新。（牵头单位：……）”）。本文其他括注都这样写时，句号放在括注之后（“……更新（牵头单位：……）。”）的，报告并移到括注之前；通篇都写在括注之后的不作判断。单独成行的分工（“牵头单位：……”另起一行）以最后一个单位收尾：本文其他单独成行的分工都不加标点时，末尾多出的“。”“；”“，”报告并删去。',
      en: 'The 。 ending a task goes before its block (……更新。（牵头单位：……）). Where the document\'s other blocks are written so, a block with the 。 after it instead (……更新（牵头单位：……）。) is reported and the 。 moved before it; a document that writes it after throughout is not judged. Roles on lines of their own close with their last unit: where the document\'s other such blocks take no mark, a 。；， after one is reported and deleted.',
    },
    why: '语料及其他城市的公报中，括注一律在任务句号之后，标明整项任务的分工；同一文件中个别任务把句号移到括注之后，体例不一致，多为修改时挪动所致。',
    bad: '1. 加强资金监管。（牵头单位：市财政局）\n2. 加强统计监测。（牵头单位：市统计局）\n3. 推进审计监督（牵头单位：市审计局）。',
    good: '1. 加强资金监管。（牵头单位：市财政局）\n2. 加强统计监测。（牵头单位：市统计局）\n3. 推进审计监督。（牵头单位：市审计局）',
  },
  check(ctx) {
    const { doc } = ctx;
    bareStops(ctx);
    const before: { block: LeadBlock; p: Paragraph; a: number; b: number }[] = [];
    const after: typeof before = [];
    for (const block of judgedBlocks(ctx)) {
      // Roles printed on lines of their own follow their task's 。 by a line break, not a bracket.
      if (block.inline || block.bare) continue;
      const p = doc.paragraphs[block.paragraph];
      if (!p) continue;
      const a = normIndex(p, block.start);
      const b = normIndex(p, block.end - 1) + 1;
      if (a <= 0 || b <= 0 || p.text[b - 1] !== '）') continue;
      // A bracket pointing elsewhere (（责任单位：详见附件2）) is a note closing its sentence, not a task's block.
      if (SEE_ELSEWHERE.test(p.text.slice(a, b))) continue;
      if (p.text[a - 1] === '。' && (b === p.text.length || p.text[b] !== '。')) before.push({ block, p, a, b });
      else if (TASK_END.test(p.text[a - 1]) && p.text.slice(b) === '。') after.push({ block, p, a, b });
    }
    // The document's habit: the 。 before its blocks, at least twice, and more often than after.
    if (before.length < 2 || after.length >= before.length) return;
    // Where the habit is the list's (every 。-before block closes a numbered task), a block closing a
    // sentence of plain prose (二、保障措施 ⏎ 各县（市、区）要……制定具体措施（牵头单位：……）。) is a bracket
    // inside its sentence, as GB/T 15834 writes one, and no task of the list.
    const listOnly = before.every((x) => LIST_MARKER.test(x.p.text));
    for (const { block, p, a, b } of after) {
      if (listOnly && !LIST_MARKER.test(p.text)) continue;
      const from = p.map[a - 1] + 1;
      const stop = p.map[b];
      // In an extracted issue, a 。 on the other side of a page continuation is none of the block's.
      if (ctx.mode === 'issue' && doc.continuations.some((c) => (c.start < stop && stop < c.end) !== (c.start <= block.start && block.start < c.end))) continue;
      ctx.report({
        start: stop, end: stop + 1,
        message: `任务的句号应在牵头单位括注之前（本文其他任务均为“……。（牵头单位：……）”）：应为“……${p.text.slice(Math.max(0, a - 6), a)}。（……）”，把句号移到括注前。`,
        fix: { range: [from, stop + 1], text: `。${ctx.source.text.slice(from, stop)}` },
      });
    }
  },
};

/**
 * Roles on lines of their own (牵头单位：市商务局 ⏎ 责任单位：各县（市、区）人民政府) close with their last
 * unit, as the document's other such blocks do: a mark after it (…市属开发区管委会。) is a slip
 * (probe17). Judged against the document's habit: at least two other own-line blocks, none closed
 * by a mark.
 */
function bareStops(ctx: Parameters<Rule['check']>[0]): void {
  const { doc } = ctx;
  const marked: { block: LeadBlock; p: Paragraph; b: number }[] = [];
  let plain = 0;
  for (const block of doc.blocks) {
    if (!block.bare) continue;
    const p = doc.paragraphs[block.paragraph];
    if (!p) continue;
    const b = normIndex(p, block.end - 1) + 1;
    if (b <= 0) continue;
    const rest = p.text.slice(b);
    if (rest === '') plain++;
    else if (/^[。；;，,]$/.test(rest)) marked.push({ block, p, b });
  }
  if (plain < 2) return;
  for (const { p, b } of marked) {
    const at = p.map[b];
    if (!/[。；;，,]/.test(ctx.source.text[at] ?? '') || overlaps(doc.noise, at, at + 1)) continue;
    ctx.report({
      start: at, end: at + 1,
      message: `单独成行的牵头单位分工以最后一个单位收尾，不加“${p.text[b]}”（本文其他单独成行的分工均不加标点）：删去“${p.text[b]}”。`,
      fix: { range: [at, at + 1], text: '' },
    });
  }
}
