// The block closes a task: nothing but `。` follows it in its sentence, and the paragraph's last
// block ends the paragraph (several tasks in one paragraph each end with their own block).
import type { Rule } from '../types';
import { startsStructure } from '../../parse/paragraphs';
import { FULL_STOP_MARKS } from '../../text/sentence';
import { normIndex, skipBlock } from './shared';

// Not the semicolon: a block after a ； sits inside its sentence, which goes on to the 。.
const SENTENCE_END = new RegExp(`[${FULL_STOP_MARKS}]`);
/** A bracketed deadline closing the task after its block: （2026年12月底前完成）, （持续推进）. */
const DEADLINE_NOTE = /^[（(](?:(?:完成)?时限[：:])?[^（）()。]{0,20}(?:(?:19|20)\d{2}\s*年|\d{1,2}\s*月|年底|月底|季度|前完成|持续推进|长期坚持|持续实施)[^（）()。]{0,12}[）)]。?$/;

export const blockPosition: Rule = {
  id: 'lead-unit/block-position',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '牵头单位括注放在任务的末尾：括注之后只能是句号或下一项任务，不能接续同一句话。',
      en: 'A block closes its task: only 。 or the next task may follow it, never the rest of the sentence.',
    },
    why: '语料中括注一律位于任务句末（“……。（牵头单位：……）”），标明整项任务的分工；放在句中会割裂句子，也分不清所指范围。',
    bad: '加强监管（牵头单位：市市场监管局），确保质量安全。',
    good: '加强监管，确保质量安全。（牵头单位：市市场监管局）',
  },
  check(ctx) {
    const byPara = new Map<number, typeof ctx.doc.blocks>();
    // An assignment written after its units is read only where it closes its paragraph.
    // Roles printed on lines of their own are a paragraph of their own: no sentence to sit in.
    // Pushed, not spread into a new array per block: a paragraph of many blocks was quadratic.
    for (const b of ctx.doc.blocks) {
      if (b.inline || b.bare) continue;
      const list = byPara.get(b.paragraph);
      if (list) list.push(b);
      else byPara.set(b.paragraph, [b]);
    }
    /** Whether a paragraph after `pi` holds a block, before one that starts a new item. */
    const nextTaskHasBlock = (pi: number): boolean => {
      for (let k = pi + 1; k < ctx.doc.paragraphs.length; k++) {
        if (startsStructure(ctx.doc.paragraphs[k].text)) return false;
        if (byPara.has(k)) return true;
      }
      return false;
    };
    for (const [pi, blocks] of byPara) {
      const p = ctx.doc.paragraphs[pi];
      if (!p) continue;
      blocks.forEach((block, k) => {
        if (skipBlock(ctx, block)) return;
        const a = normIndex(p, block.start);
        const b = normIndex(p, block.end - 1) + 1;
        if (a < 0 || b <= 0) return;
        const nextStart = k + 1 < blocks.length ? normIndex(p, blocks[k + 1].start) : p.text.length;
        const rest = p.text.slice(b, nextStart);
        if (!rest || rest === '。') return;
        const first = rest[0];
        if (first === '）' || first === ')') return; // an extra bracket: lead-unit/brackets
        // The task's deadline in brackets of its own after the block (（2026年12月底前完成）).
        if (DEADLINE_NOTE.test(rest)) return;
        const before = a > 0 ? p.text[a - 1] : '';
        const isLast = k + 1 === blocks.length;
        const midSentence = /^[，、；：,;:…—]/.test(rest) || (!SENTENCE_END.test(before) && before !== '' && first !== '。');
        if (!midSentence && !isLast) return; // the next task, closed by its own block
        // A sentence after the block that introduces a list below (。具体包括以下内容：): the items are
        // the same task's, which the block heads.
        if (!midSentence && /[：:]\s*$/.test(rest)) return;
        // In an extracted issue, a task closed properly (`……。（牵头单位：……）`) and the next one
        // run on after it, as a lost line break leaves them: that task's own block follows in the
        // paragraphs after, before the next numbered item.
        if (ctx.mode === 'issue' && !midSentence && nextTaskHasBlock(pi)) return;
        // In an extracted issue, text glued on by a continuation or a lost line break is noise.
        const restStart = p.map[b];
        const restEnd = p.map[Math.min(nextStart, b + clip(rest)) - 1] + 1;
        // (a continuation boundary between the block and the text after it).
        const region = (o: number) => ctx.doc.continuations.findIndex((c) => c.start <= o && o < c.end);
        if (ctx.mode === 'issue' && region(block.end - 1) !== region(restStart)) return;
        ctx.report({
          start: restStart, end: restEnd,
          message: midSentence
            ? '牵头单位括注应放在该项任务的末尾：括注之后不应接续同一句话（括注标明整项任务的分工，放在句中会割裂句子，也分不清所指范围），请把括注移到任务最后一句的句号之后，如“……确保质量安全。（牵头单位：……）”。'
            : '牵头单位括注之后还有未标明分工的任务文字（括注标明其前整项任务的分工，其后的文字便没有分工）：括注应放在该项任务的末尾，或为后面的任务另加括注。',
        });
      });
    }
  },
};

/** Length of the first clause of `rest` (through its first sentence end), at most 40 characters. */
function clip(rest: string): number {
  const m = SENTENCE_END.exec(rest);
  return Math.min(rest.length, m ? m.index + 1 : rest.length, 40);
}
