// structure/appointment-heading: a 任免 notice lists its appointments under 任命： (李明为…副局长；)
// and its removals under 免去： (刘伟的…副局长职务；). Headings written the other way round over every
// item they head (任命： ⏎ 刘伟的…职务 … 免去： ⏎ 李明为…) say the opposite of what the notice
// decides. Only a whole swap of intact lists is judged: every heading heads items, all of the other
// kind, every paragraph under it is an item, each list's items close ；…；。, and no item comes before
// the first heading. A part of the items under the wrong heading, or lists out of order, is what an
// extraction reading two columns across leaves (lead-unit/appointment's scrambled), never judged.
import type { Rule } from '../types';
import { overlaps } from '../spans';

/** A list's heading: 任命： 免去：, the decision's own words before it optional. */
const HEADING = /^(?:[\u4e00-\u9fa5]{0,12}决定[，,]?)?(任命|免去)[：:]$/;
/** An item: a person's name (or several), then 为 (an appointment) or 的 (a removal). */
const ITEM = /^(?:[\u4e00-\u9fa5·]{2,5}、)*[\u4e00-\u9fa5·]{2,5}(?:同志)?(为|的)/;

export const appointmentHeading: Rule = {
  id: 'structure/appointment-heading',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '任免通知中，任职事项（“某某为……”）列在“任命：”下，免职事项（“某某的……职务”）列在“免去：”下。标题词写反（“任命：”下全是免职事项，“免去：”下全是任职事项）即报告并改正；只有部分事项错位的（多为双栏排版提取所致）不作判断。',
      en: 'In a 任免 notice, appointments (李明为…) are listed under 任命： and removals (刘伟的…职务) under 免去：. Headings written the other way round over all their items are reported and swapped back; a list with only some items under the wrong heading (what reading two columns across leaves) is not judged.',
    },
    why: '“任命：”“免去：”是任免决定的内容本身，写反即把任职写成免职、免职写成任职，与决定相反。',
    bad: '市人民政府决定，任命：\n\n刘伟的聊城市财政局副局长职务。\n\n免去：\n\n李明为聊城市民政局副局长。',
    good: '市人民政府决定，任命：\n\n李明为聊城市民政局副局长。\n\n免去：\n\n刘伟的聊城市财政局副局长职务。',
    test: {
      bad: '聊城市人民政府\n\n关于任免李明等工作人员职务的通知\n\n聊政任〔2025〕8号\n\n各县（市、区）人民政府，市政府各部门：\n\n市人民政府决定，任命：\n\n刘伟的聊城市财政局副局长职务。\n\n免去：\n\n李明为聊城市民政局副局长。\n\n聊城市人民政府\n2025年9月10日\n',
      good: '聊城市人民政府\n\n关于任免李明等工作人员职务的通知\n\n聊政任〔2025〕8号\n\n各县（市、区）人民政府，市政府各部门：\n\n市人民政府决定，任命：\n\n李明为聊城市民政局副局长。\n\n免去：\n\n刘伟的聊城市财政局副局长职务。\n\n聊城市人民政府\n2025年9月10日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.type !== '任免') return;
    const from = doc.mainRecipient?.end ?? doc.title?.end ?? doc.start;
    const bodyEnd = doc.signature?.start ?? doc.date?.start ?? doc.end;
    const headings: { word: '任命' | '免去'; start: number; end: number; exact: boolean; items: string[]; ends: string }[] = [];
    for (const p of doc.paragraphs) {
      if (p.end <= from || p.start >= bodyEnd || overlaps(doc.noise, p.start, p.end) || overlaps(doc.hosted, p.start, p.end)) continue;
      const h = HEADING.exec(p.text);
      if (h) {
        const i = p.text.length - 3;
        const start = p.map[i];
        headings.push({ word: h[1] as '任命' | '免去', start, end: p.map[i + 1] + 1, exact: ctx.source.text.slice(start, p.map[i + 1] + 1) === h[1], items: [], ends: '' });
        continue;
      }
      // Every paragraph under a heading is an item (no line a wrap or a shuffle cut from one), and
      // none comes before the first heading: else the list is not read as written.
      const item = ITEM.exec(p.text);
      if (!item || !headings.length) return;
      const list = headings[headings.length - 1];
      list.items.push(item[1]);
      list.ends += p.text[p.text.length - 1];
    }
    if (!headings.length) return;
    for (const h of headings) {
      const other = h.word === '任命' ? '的' : '为';
      if (!h.items.length || h.items.some((k) => k !== other)) return;
      // Each list intact, its items in their order: ； after each but the last, 。 after the last
      // (columns read across put them in another order; lead-unit/appointment's scrambled).
      if (!/^[；;]*。$/.test(h.ends)) return;
    }
    const both = headings.some((h) => h.word === '任命') && headings.some((h) => h.word === '免去');
    for (const h of headings) {
      const want = h.word === '任命' ? '免去' : '任命';
      const listed = h.word === '任命' ? '免职事项（“某某的……职务”）' : '任职事项（“某某为……”）';
      const message = both
        ? `“任命：”下所列都是免职事项（“某某的……职务”），“免去：”下所列都是任职事项（“某某为……”）：两处标题词写反了，此处应为“${want}：”。`
        : `“${h.word}：”下所列都是${listed}：标题词写反了，应为“${want}：”。`;
      ctx.report({ start: h.start, end: h.end, message, ...(h.exact ? { fix: { range: [h.start, h.end] as [number, number], text: want } } : {}) });
    }
  },
};
