// structure/removal-post: a 任免 notice removes a person from a post (免去：⏎ 刘伟的聊城市财政局副局长职务；):
// each removal names the post and closes with 职务. An item under 免去： that reads 某某的…副局长； leaves
// the sentence 免去刘伟的…副局长 without its object (probe17). Only an intact list is judged: in an
// extracted issue a notice read across two columns (lead-unit/appointment's scrambled) is skipped.
import type { Rule } from '../types';
import { overlaps } from '../spans';
import { POST, scrambled } from '../lead-unit/appointment';

/** The heading of the removals: 免去：, the decision's own words before it optional. */
const REMOVE_HEADING = /^(?:[\u4e00-\u9fa5]{0,12}决定[，,]?)?免去[：:]$/;
const ANY_HEADING = /(?:任命|免去)[：:]$/;
/** A removal item: a person's name (or several), then 的. */
const ITEM = /^(?:[\u4e00-\u9fa5·]{2,5}、)*[\u4e00-\u9fa5·]{2,5}(?:同志)?的/;
/** A removal's post right before its closing mark (…副局长；): the item is a removal with 职务 left out. */
const POST_END = new RegExp(`(?:${POST.source.replace(/^\^/, '')})[；;。]$`);

export const removalPost: Rule = {
  id: 'structure/removal-post',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '任免通知“免去：”下的每项免职事项写作“某某的……职务”，以“职务”收尾（“职务自然免除”等亦可）；漏写“职务”（“刘伟的聊城市财政局副局长；”）即提示补上。提取的公报中双栏错读的任免通知不作判断。',
      en: 'Each removal under 免去： in a 任免 notice reads 某某的…职务 and closes with 职务; one without it (刘伟的聊城市财政局副局长；) gets a warning and 职务 added. A notice an extraction read across two columns is not judged.',
    },
    why: '“免去某某的……职务”是免职决定的完整表述，漏写“职务”则句子缺宾语，免去的是什么不明确。',
    bad: '免去：\n\n刘伟的聊城市财政局副局长；\n\n王芳的聊城市民政局副局长职务。',
    good: '免去：\n\n刘伟的聊城市财政局副局长职务；\n\n王芳的聊城市民政局副局长职务。',
    test: {
      bad: '聊城市人民政府\n\n关于任免李明等工作人员职务的通知\n\n聊政任〔2025〕8号\n\n各县（市、区）人民政府，市政府各部门：\n\n市人民政府决定，任命：\n\n李明为聊城市民政局副局长。\n\n免去：\n\n刘伟的聊城市财政局副局长；\n\n王芳的聊城市民政局副局长职务。\n\n聊城市人民政府\n2025年9月10日\n',
      good: '聊城市人民政府\n\n关于任免李明等工作人员职务的通知\n\n聊政任〔2025〕8号\n\n各县（市、区）人民政府，市政府各部门：\n\n市人民政府决定，任命：\n\n李明为聊城市民政局副局长。\n\n免去：\n\n刘伟的聊城市财政局副局长职务；\n\n王芳的聊城市民政局副局长职务。\n\n聊城市人民政府\n2025年9月10日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.type !== '任免') return;
    if (ctx.mode === 'issue' && scrambled(doc.paragraphs)) return;
    const bodyEnd = doc.signature?.start ?? doc.date?.start ?? doc.end;
    const ps = doc.paragraphs;
    let removing = false;
    for (let k = 0; k < ps.length && ps[k].start < bodyEnd; k++) {
      const p = ps[k];
      if (ANY_HEADING.test(p.text)) { removing = REMOVE_HEADING.test(p.text); continue; }
      if (!removing || !ITEM.test(p.text)) continue;
      // An item wrapped over paragraphs is read whole, up to the one that ends it (；。).
      let last = k;
      while (!/[；;。]$/.test(ps[last].text) && last - k < 2 && last + 1 < ps.length && ps[last + 1].start < bodyEnd && !ITEM.test(ps[last + 1].text) && !ANY_HEADING.test(ps[last + 1].text)) last++;
      const end = ps[last];
      if (!/[；;。]$/.test(end.text)) { k = last; continue; }
      const text = ps.slice(k, last + 1).map((q) => q.text).join('');
      k = last;
      // 职务 written, or no post before the mark (以上人员的任职时间自…起计算。 is a note, not an item).
      if (/职务/.test(text) || !POST_END.test(text) || /[，,]/.test(text)) continue;
      if (overlaps(doc.noise, p.start, end.end) || overlaps(doc.hosted, p.start, end.end) || overlaps(doc.continuations, p.start, end.end)) continue;
      // The post ends right before the closing mark: 职务 goes there.
      const at = end.map[end.text.length - 1];
      ctx.report({
        start: at, end: at + 1,
        message: `免职事项“${text}”未以“职务”收尾：应写作“某某的……职务”（免去的是职务，漏写则句子缺宾语）。`,
        fix: { range: [at, at], text: '职务' },
      });
    }
  },
};
