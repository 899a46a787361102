// No punctuation after an attachment's name (GB/T 9704—2012 第7.3.4条).
import type { Rule } from '../types';
import { noteOf } from './common';
import { spanIn } from '../../parse/paragraphs';

const TRAILING = /[。；;，,、.．：:！!？?]+$/;

export const punctuation: Rule = {
  id: 'attachment/punctuation',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '附件说明中附件名称后不加标点符号。',
      en: 'No punctuation after an attachment name in the attachment note.',
    },
    why: 'GB/T 9704—2012 第7.3.4条：附件名称后不加标点符号。',
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
