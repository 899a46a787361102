// Two sentence marks in a row (，， 。。 ；； ：： 、、, or a mixed pair ，。 。， ；。): one mark was
// typed twice, or a sentence was rewritten and its old mark left behind. None of the gazettes has
// one, in a body or after extraction, so each is a drafter's slip.
import type { Span } from '../../types';
import type { Rule } from '../types';
import { overlaps } from '../spans';

const WHY = 'GB/T 15834—2011《标点符号用法》：一处停顿只用一个标点';
/** Full-width sentence marks; 、 and ， only in running text (inside a 牵头单位 block: below). */
const RUN = /[，。；：、]{2,}/g;
/** Inside a 牵头单位 block, a doubled 、 ， or ； is lead-unit/stray-separator's or role-separator's, and a
 * role's colon right before a separator (牵头单位：；配合单位：…) a role with no unit: lead-unit/empty-role's. */
const BLOCK_OWNED = /^[，、；]+$|^：[；，、]$/;

export const doubled: Rule = {
  id: 'punctuation/doubled',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '同一处不连用两个标点（，， 。。 ；； ：： 、、 或 ，。 ；。 等）：删去多余的一个。',
      en: 'No two sentence marks in a row (，， 。。 ；； ：： 、、, or a mixed pair such as ，。 ；。): delete the extra one.',
    },
    why: WHY + '；连用多是重复输入或改写句子时遗留的旧标点。',
    bad: '各部门要高度重视，，加强协调配合。。',
    good: '各部门要高度重视，加强协调配合。',
  },
  check(ctx) {
    // The source read only where a slip is found: a run that reads none is kept on a document an
    // edit is near but not in (lintIncremental).
    const { doc } = ctx;
    const blocks: Span[] = doc.blocks;
    for (const p of doc.paragraphs) {
      const t = p.text;
      RUN.lastIndex = 0;
      for (let m = RUN.exec(t); m; m = RUN.exec(t)) {
        const i = m.index;
        const start = p.map[i];
        const end = p.map[i + m[0].length - 1] + 1;
        // One run in the source as written: marks the parser joined across a line break or a
        // page cut are extraction's, not the drafter's.
        if (ctx.source.text.slice(start, end) !== m[0]) continue;
        if (overlaps(doc.noise, start, end)) continue;
        if (BLOCK_OWNED.test(m[0]) && overlaps(blocks, start, end)) continue;
        const marks = m[0];
        if (new Set(marks).size === 1) {
          ctx.report({
            start, end,
            message: `标点“${marks}”重复（${WHY}）：应为“${marks[0]}”。`,
            fix: { range: [start + 1, end], text: '' },
          });
        } else {
          // Which one was meant (the comma of a clause that goes on, or the full stop of one that
          // ends) the text alone cannot say: no fix.
          ctx.report({
            start, end,
            message: `标点“${marks}”连用（${WHY}）：只保留其中一个。`,
          });
        }
      }
    }
  },
};
