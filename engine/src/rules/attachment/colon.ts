// 附件说明 starts with 附件 and a full-width colon (GB/T 9704—2012 第7.3.4条).
import type { Rule } from '../types';
import { noteOf } from './common';
import { inHalfWidthIsland, widthRegion } from '../cross-ref/util';

export const colon: Rule = {
  id: 'attachment/colon',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '附件说明以“附件：”开头，使用全角冒号。',
      en: 'The attachment note starts with 附件 and a full-width colon: 附件：',
    },
    why: 'GB/T 9704—2012 第7.3.4条：在正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称。',
    bad: '附件:工作方案',
    good: '附件：工作方案',
    // The 附件说明 is found between the body and the signature: whole documents for the test.
    test: {
      bad: '聊城市人民政府办公室\n聊政办字〔2024〕30号\n聊城市人民政府办公室关于开展城乡环境整治的通知\n各县（市、区）人民政府，市政府各部门：\n    现将有关事项通知如下，请认真贯彻执行。\n\n附件:工作方案\n\n聊城市人民政府办公室\n2024年9月10日\n',
      good: '聊城市人民政府办公室\n聊政办字〔2024〕30号\n聊城市人民政府办公室关于开展城乡环境整治的通知\n各县（市、区）人民政府，市政府各部门：\n    现将有关事项通知如下，请认真贯彻执行。\n\n附件：工作方案\n\n聊城市人民政府办公室\n2024年9月10日\n',
    },
  },
  check(ctx) {
    const note = noteOf(ctx);
    if (!note || note.sep === '：') return;
    const { sepSpan, sep } = note;
    // In an extracted issue, a half-width colon inside a half-width island is extraction noise.
    if (sep === ':' && ctx.mode === 'issue' && inHalfWidthIsland(ctx.source, [sepSpan.start], undefined, widthRegion(ctx.doc, sepSpan.start))) return;
    const head = note.head;
    ctx.report({
      start: sep ? sepSpan.start : head.start, end: sep ? sepSpan.end : sepSpan.start,
      message: sep
        ? `附件说明中“附件”后应使用全角冒号“：”，不用“${sep}”（GB/T 9704—2012 第7.3.4条）：应为“附件：”。`
        : '附件说明中“附件”后缺少全角冒号“：”（GB/T 9704—2012 第7.3.4条）：应为“附件：”。',
      fix: { range: [sepSpan.start, sepSpan.end], text: '：' },
    });
  },
};
