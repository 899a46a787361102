// punctuation/list-end: the items of a 任免 notice's lists (任命： … 免去： …) are separated by ；
// and the last item of each list closes with 。 (the corpus writes every notice so). A list's last
// item left with its ； (a line moved, an item deleted) is the slip.
import type { Rule } from '../types';
import { overlaps } from '../spans';
import { scrambled } from '../lead-unit/appointment';

/** A list's heading line: 任命： 免去： (the decision's own words before it optional). */
const LIST_HEAD = /(?:任命|免去)[：:]$/;
/** An item of a 任免 list: a person's name, then 为 (任命) or 的 (免去). */
const ITEM = /^[\u4e00-\u9fa5·]{2,5}?(?:为|的)[\u4e00-\u9fa5]/;

export const listEnd: Rule = {
  id: 'punctuation/list-end',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '任免通知中“任命：”“免去：”下各项之间用分号（起草稿中漏写的也报告），每个列表的最后一项用句号结束。',
      en: 'In a 任免 notice, the items under 任命： and 免去： are separated by ； (one left out is reported in a draft) and the last item of each list ends with 。.',
    },
    why: '列举的各项以分号分隔，列举结束用句号；语料中的任免通知均如此。',
    bad: '市人民政府决定，任命：\n\n李明为聊城市民政局副局长；\n\n免去：\n\n刘伟的聊城市财政局副局长职务；\n\n聊城市人民政府\n2025年9月10日',
    good: '市人民政府决定，任命：\n\n李明为聊城市民政局副局长。\n\n免去：\n\n刘伟的聊城市财政局副局长职务。\n\n聊城市人民政府\n2025年9月10日',
    test: {
      bad: '聊城市人民政府\n\n关于任免李明等工作人员职务的通知\n\n聊政任〔2025〕8号\n\n各县（市、区）人民政府，市政府各部门：\n\n市人民政府决定，任命：\n\n李明为聊城市民政局副局长；\n\n免去：\n\n刘伟的聊城市财政局副局长职务；\n\n聊城市人民政府\n2025年9月10日\n',
      good: '聊城市人民政府\n\n关于任免李明等工作人员职务的通知\n\n聊政任〔2025〕8号\n\n各县（市、区）人民政府，市政府各部门：\n\n市人民政府决定，任命：\n\n李明为聊城市民政局副局长。\n\n免去：\n\n刘伟的聊城市财政局副局长职务。\n\n聊城市人民政府\n2025年9月10日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.type !== '任免') return;
    // An extracted issue may print a notice in two columns read across (NOTES.md): not judged.
    if (ctx.mode === 'issue' && scrambled(doc.paragraphs)) return;
    const paras = doc.paragraphs;
    const bodyEnd = doc.signature?.start ?? doc.date?.start ?? doc.end;
    let inList = false;
    // A roster whose items carry no mark at all (任命： ⏎ 王建华为…副秘书长 ⏎ 李明为…审判员, as a
    // 人大常委会 任免名单 prints them) leaves out no ；: only a list that marks its items judges one.
    const marked = paras.some((q) => q.start < bodyEnd && /[；;。]$/.test(q.text) && ITEM.test(q.text));
    for (let k = 0; k < paras.length && paras[k].start < bodyEnd; k++) {
      const p = paras[k];
      if (LIST_HEAD.test(p.text)) {
        inList = true;
        continue;
      }
      if (!inList || overlaps(doc.noise, p.start, p.end)) continue;
      const next = paras[k + 1];
      // An item with no mark at its end, another item after it (赵国庆的聊城市财政局副局长职务 ⏎
      // 孙立新的…职务。): its ； left out. Only where both read as items (a name, then 为 or 的), so
      // that a line a wrap cut from its item is never one. Drafts only: an extracted issue's two
      // columns read across leave items without their marks (noise.ts's scrambled 任免 lists).
      if (ctx.mode !== 'issue' && marked && !/[；;。，,：:]$/.test(p.text) && next && next.start < bodyEnd && ITEM.test(p.text) && ITEM.test(next.text) && !LIST_HEAD.test(next.text)) {
        const at = p.map[p.text.length - 1] + 1;
        ctx.report({
          start: at - 1, end: at,
          message: '列表各项之间用分号：此项末尾缺少“；”（各项之间用分号，最后一项用句号）。',
          fix: { range: [at, at], text: '；' },
        });
        continue;
      }
      if (!p.text.endsWith('；')) continue;
      // The list ends at the next list's heading, or at the signature.
      const last = !next || next.start >= bodyEnd || LIST_HEAD.test(next.text);
      if (!last) continue;
      const at = p.map[p.text.length - 1];
      if (ctx.source.text[at] !== '；') continue;
      ctx.report({
        start: at, end: at + 1,
        message: '列表的最后一项以句号结束：此处“；”应为“。”（各项之间用分号，最后一项用句号）。',
        fix: { range: [at, at + 1], text: '。' },
      });
    }
  },
};
