// Several attachments are numbered 1. 2. 3. (Arabic numeral + half-width period), in order from 1
// (GB/T 9704—2012 第7.3.4条).
import type { Rule } from '../types';
import { entryNumbers, noteOf } from './common';

export const numbering: Rule = {
  id: 'attachment/numbering',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '有多个附件时，附件说明用阿拉伯数字加半角句点（1. 2.）依次编号，从1开始、不重不漏。',
      en: 'Several attachments are numbered 1. 2. 3. (Arabic numeral and a period), in order from 1.',
    },
    why: 'GB/T 9704—2012 第7.3.4条：如有多个附件，使用阿拉伯数字标注附件顺序号（如“附件：1. XXXXX”）。',
    bad: '附件：1、工作方案\n3. 任务清单',
    good: '附件：1. 工作方案\n2. 任务清单',
    // The 附件说明 is found between the body and the signature: whole documents for the test.
    test: {
      bad: '聊城市人民政府办公室\n聊政办字〔2024〕30号\n聊城市人民政府办公室关于开展城乡环境整治的通知\n各县（市、区）人民政府，市政府各部门：\n    现将有关事项通知如下，请认真贯彻执行。\n\n附件：1、工作方案\n3. 任务清单\n\n聊城市人民政府办公室\n2024年9月10日\n',
      good: '聊城市人民政府办公室\n聊政办字〔2024〕30号\n聊城市人民政府办公室关于开展城乡环境整治的通知\n各县（市、区）人民政府，市政府各部门：\n    现将有关事项通知如下，请认真贯彻执行。\n\n附件：1. 工作方案\n2. 任务清单\n\n聊城市人民政府办公室\n2024年9月10日\n',
    },
  },
  check(ctx) {
    const note = noteOf(ctx);
    if (!note || note.entries.length < 2) return;
    const numbers = entryNumbers(note);
    let prev = 0;
    note.entries.forEach((e, i) => {
      const expected = prev + 1;
      const m = e.marker;
      if (!m) {
        ctx.report({
          start: e.nameSpan.start, end: e.nameSpan.start + 1,
          message: `附件说明有多个附件时每个附件都应编号：此处应为“${expected}. ${e.name}”（GB/T 9704—2012 第7.3.4条）。`,
          fix: { range: [e.nameSpan.start, e.nameSpan.start], text: `${expected}. ` },
        });
        prev = expected;
        return;
      }
      if (m.index !== expected) {
        // Renumber only when the rest then runs on (1 1 3 → 1 2 3); 1 3 4 may be a lost attachment.
        const mechanical = numbers[i].renumber;
        ctx.report({
          start: m.num.start, end: m.num.end,
          message: `附件顺序号应从1开始依次编排：此处应为“${expected}”，不是“${m.index}”（GB/T 9704—2012 第7.3.4条）。`,
          ...(mechanical
            ? { fix: { range: [m.num.start, m.num.end], text: String(expected) } }
            : { suggestions: [{ desc: `改为“${expected}”`, fix: { range: [m.num.start, m.num.end] as [number, number], text: String(expected) } }] }),
        });
        prev = mechanical ? expected : m.index;
        return;
      } else if (!m.ok) {
        ctx.report({
          start: m.start, end: m.end,
          message: `附件顺序号应写作“${m.index}.”（阿拉伯数字加半角句点），不写“${m.raw}”（GB/T 9704—2012 第7.3.4条）。`,
          fix: { range: [m.start, m.end], text: `${m.index}.` },
        });
      }
      prev = m.index;
    });
  },
};
