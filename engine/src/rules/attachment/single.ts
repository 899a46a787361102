// A single attachment is not numbered: 附件：工作方案, not 附件：1. 工作方案 (GB/T 9704—2012 第7.3.4条);
// nor is its heading after the text: 附件, not 附件1, under that note.
import type { Rule } from '../types';
import { noteOf } from './common';

export const single: Rule = {
  id: 'attachment/single',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '只有一个附件时，附件说明不编顺序号；随文附上的附件标识也不编号（写“附件”，不写“附件1”）。',
      en: 'A single attachment is not numbered in the attachment note, nor in the heading of the attachment included after the text (附件, not 附件1).',
    },
    why: 'GB/T 9704—2012 第7.3.4条：附件顺序号用于“有多个附件”时；只有一个附件写“附件：XXXXX”。',
    bad: '附件：1. 工作方案',
    good: '附件：工作方案',
    // The 附件说明 is found between the body and the signature: whole documents for the test.
    test: {
      bad: '聊城市人民政府办公室\n聊政办字〔2024〕30号\n聊城市人民政府办公室关于开展城乡环境整治的通知\n各县（市、区）人民政府，市政府各部门：\n    现将有关事项通知如下，请认真贯彻执行。\n\n附件：1. 工作方案\n\n聊城市人民政府办公室\n2024年9月10日\n',
      good: '聊城市人民政府办公室\n聊政办字〔2024〕30号\n聊城市人民政府办公室关于开展城乡环境整治的通知\n各县（市、区）人民政府，市政府各部门：\n    现将有关事项通知如下，请认真贯彻执行。\n\n附件：工作方案\n\n聊城市人民政府办公室\n2024年9月10日\n',
    },
  },
  check(ctx) {
    const note = noteOf(ctx);
    if (!note || note.entries.length !== 1) return;
    const m = note.entries[0].marker;
    if (!m) {
      // The note unnumbered, the one attachment included after it numbered (附件1): the heading is the slip.
      const labelled = ctx.doc.attachments.filter((a) => a.label && /^附件/.test(a.label));
      const a = labelled[0];
      if (labelled.length !== 1 || a.index === undefined || !a.label) return;
      const end = a.start + a.label.length;
      ctx.report({
        start: a.start, end,
        message: `只有一个附件时附件不编顺序号（GB/T 9704—2012 第7.3.4条；附件说明为“附件：${note.entries[0].name}”）：“${a.label}”应为“附件”。`,
        ...(ctx.source.text.slice(a.start, end) === a.label ? { fix: { range: [a.start, end] as [number, number], text: '附件' } } : {}),
      });
      return;
    }
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
