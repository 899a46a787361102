// A single attachment is not numbered: 附件：工作方案, not 附件：1. 工作方案 (GB/T 9704—2012 第7.3.4条).
import type { Rule } from '../types';
import { noteOf } from './common';

export const single: Rule = {
  id: 'attachment/single',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '只有一个附件时，附件说明不编顺序号。',
      en: 'A single attachment is not numbered in the attachment note.',
    },
    why: 'GB/T 9704—2012 第7.3.4条：附件顺序号用于“有多个附件”时；只有一个附件写“附件：XXXXX”。',
    bad: '附件：1. 工作方案',
    good: '附件：工作方案',
  },
  check(ctx) {
    const note = noteOf(ctx);
    if (!note || note.entries.length !== 1) return;
    const m = note.entries[0].marker;
    if (!m) return;
    // Several attachments included after the note: the list was cut, not a single attachment.
    if (ctx.doc.attachments.filter((a) => a.label && a.index !== undefined).length > 1) return;
    const e = note.entries[0];
    ctx.report({
      start: m.start, end: m.end,
      message: `只有一个附件时不编顺序号（GB/T 9704—2012 第7.3.4条）：应为“附件：${e.name}”。`,
      fix: { range: [m.start, e.nameSpan.start], text: '' },
    });
  },
};
