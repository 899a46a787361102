// Full-width punctuation throughout a block. In an extracted issue half-width punctuation comes in
// page-sized islands: a half-width mark is noise when the same kind of mark is half-width nearby
// outside the block, and a slip when it stands alone in full-width surroundings.
import type { Rule } from '../types';
import { FULL, inWidthIsland, judgedBlocks, normIndex, paragraphOf, setsOffGroup, unitTokens } from './shared';

const NAME: Record<string, string> = { '(': '括号', ')': '括号', ':': '冒号', ';': '分号', ',': '逗号' };

export const punctuationWidth: Rule = {
  id: 'lead-unit/punctuation-width',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '牵头单位括注中的括号、冒号、分号、逗号一律用全角。',
      en: 'Brackets, colons, semicolons and commas in a block are full-width.',
    },
    why: '中文公文使用全角标点（GB/T 9704—2012 第5.2条：正文用3号仿宋体字，标点随中文）；半角“(”“:”“;”在排版中宽度不一，是录入时切换输入法造成的差错。',
    bad: '（牵头单位:市财政局;责任单位:市残联）',
    good: '（牵头单位：市财政局；责任单位：市残联）',
  },
  check(ctx) {
    for (const block of judgedBlocks(ctx)) {
      const p = paragraphOf(ctx, block);
      if (!p) continue;
      const a = normIndex(p, block.start);
      if (a < 0) continue;
      // Commas judged by the separator rules (a `,` where `、` or `；` belongs) are theirs.
      const claimed = new Set<number>();
      const tokens = unitTokens(ctx, block);
      tokens.forEach((t, i) => {
        if (t.sepBefore && t.sepBefore.text === ',' && !setsOffGroup(ctx, block, tokens, i)) claimed.add(t.sepBefore.start);
      });
      // Between the clauses of an assignment written after its units a `,` is only a width question.
      if (!block.inline) for (const sep of block.roleSeparators) if (/,/.test(sep.text)) for (let o = sep.start; o < sep.end; o++) claimed.add(o);
      const text = block.text;
      // A block laid out on its own line with both outer brackets half-width (`(责任单位：…)` after a
      // page fragment) is how the extraction renders a separately placed line, not a slip.
      const ownLine = ctx.mode === 'issue' && text[0] === '(' && text[text.length - 1] === ')' &&
        /(^|[\r\n])[ \t\u3000]*$/.test(ctx.source.text.slice(Math.max(0, block.start - 20), block.start));
      for (let i = 0; i < text.length; i++) {
        // Char codes first: a one-character string per Chinese character looked up in FULL was this
        // rule's hottest loop. ( ) , : ;
        const code = text.charCodeAt(i);
        if (code !== 40 && code !== 41 && code !== 44 && code !== 58 && code !== 59) continue;
        const c = text[i];
        const full = FULL[c];
        if (!full) continue;
        const s = p.map[a + i];
        if (s === undefined || claimed.has(s)) continue;
        if (ownLine && (i === 0 || i === text.length - 1)) continue;
        if (ctx.mode === 'issue' && inWidthIsland(ctx, block, c, s)) continue;
        ctx.report({
          start: s, end: s + 1,
          message: `${block.inline ? '分工括注' : block.bare ? '任务分工' : '牵头单位括注'}中应使用全角${NAME[c]}“${full}”，不用半角“${c}”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。`,
          fix: { range: [s, s + 1], text: full },
        });
      }
    }
  },
};
