// structure/cc-period: the 抄送 line of the 版记 ends with 。 after its last name (GB/T 9704
// 7.4.2). A drafter leaves it off, or ends the list with the ；，、 of a list that goes on.
import type { Rule } from '../types';

const WHY = 'GB/T 9704—2012 第7.4.2条：抄送机关间用逗号隔开，最后一个抄送机关名称后标句号';
/** A mark a list that goes on would end with, written where the list ends. */
const WRONG_END = /[；;，,、.：:]$/;

export const ccPeriod: Rule = {
  id: 'structure/cc-period',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '抄送机关最后一个名称后标句号“。”。',
      en: 'The last name on the 抄送 line is followed by 。.',
    },
    why: WHY + '。',
    bad: '抄送：市委办公室，市人大常委会办公室，市政协办公室',
    good: '抄送：市委办公室，市人大常委会办公室，市政协办公室。',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现就有关事项通知如下。\n\n聊城市人民政府办公室\n2025年6月3日\n\n抄送：市委办公室，市人大常委会办公室，市政协办公室\n聊城市人民政府办公室                 2025年6月3日印发\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现就有关事项通知如下。\n\n聊城市人民政府办公室\n2025年6月3日\n\n抄送：市委办公室，市人大常委会办公室，市政协办公室。\n聊城市人民政府办公室                 2025年6月3日印发\n',
    },
  },
  check(ctx) {
    const cc = ctx.doc.cc;
    if (!cc) return;
    const src = ctx.source.text.slice(cc.start, cc.end);
    const body = src.trimEnd();
    // 抄送： with nothing after it is no list to close.
    if (body.endsWith('。') || /^抄送[：:]\s*$/.test(body)) return;
    const end = cc.start + body.length;
    const wrong = WRONG_END.exec(body);
    const last = body.replace(WRONG_END, '').split(/[，,、：:]/).pop()?.trim() ?? '';
    ctx.report({
      start: wrong ? end - 1 : cc.start, end,
      message: wrong
        ? `抄送机关最后一个名称后应标句号“。”，不用“${wrong[0]}”（${WHY}）：应为“${last}。”。`
        : `抄送机关最后一个名称后缺少句号（${WHY}）：应在“${last}”后写“。”。`,
      fix: { range: [wrong ? end - 1 : end, end], text: '。' },
    });
  },
};
