// No punctuation after an attachment's name (GB/T 9704—2012 第7.3.4条).
import type { Rule } from '../types';
import { noteOf, type NoteEntry } from './common';
import type { RuleContext } from '../types';
import { spanIn } from '../../parse/paragraphs';

const TRAILING = /[。；;，,、.．：:！!？?]+$/;
/** A name set in 书名号 (《城市更新项目清单》), with its （略） and a slip's final mark after them. */
const IN_TITLE_MARKS = /^《([^《》]+)》(?:[（(]略[）)])?[。；;，,、.．：:！!？?]*$/;

export const punctuation: Rule = {
  id: 'attachment/punctuation',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '附件说明中附件名称后不加标点符号，名称也不加书名号。',
      en: 'No punctuation after an attachment name in the attachment note, and no 《》 around it.',
    },
    why: 'GB/T 9704—2012 第7.3.4条：附件名称后不加标点符号；书名号也是标点符号，附件说明照录附件标题，不加书名号。',
    bad: '附件：1. 工作方案；\n2. 任务清单。',
    good: '附件：1. 工作方案\n2. 任务清单',
  },
  check(ctx) {
    const note = noteOf(ctx);
    if (!note) return;
    for (const e of note.entries) {
      // No name yet (附件： or 2. just typed): the character before is the head's colon or the
      // entry's marker, not punctuation after a name; deleting it would break the note.
      if (!e.name.trim()) continue;
      titleMarks(ctx, e);
      const p = e.last;
      const upto = e.lastIndex + 1;
      const m = TRAILING.exec(p.text.slice(0, upto));
      if (!m) continue;
      const a = upto - m[0].length;
      const span = spanIn(p, a, upto);
      ctx.report({
        start: span.start, end: span.end,
        message: `附件名称后不加标点符号，应删去“${m[0]}”（GB/T 9704—2012 第7.3.4条）。`,
        fix: { range: [span.start, span.end], text: '' },
      });
    }
  },
};

/** 《》 around a name: deleted, the name and what lies between its characters (a wrap) kept. */
function titleMarks(ctx: RuleContext, e: NoteEntry): void {
  if (e.name.charCodeAt(0) !== 0x300a /* 《 */) return;
  const m = IN_TITLE_MARKS.exec(e.name.trim());
  if (!m) return;
  const src = ctx.source.text;
  const open = e.nameSpan.start;
  const close = src.lastIndexOf('》', e.nameSpan.end);
  if (src[open] !== '《' || close <= open) return;
  ctx.report({
    start: open, end: close + 1,
    message: `附件名称不加书名号（GB/T 9704—2012 第7.3.4条：附件名称后不加标点符号，书名号也是标点符号）：应为“${m[1]}”。`,
    fix: { range: [open, close + 1], text: src.slice(open + 1, close) },
  });
}
