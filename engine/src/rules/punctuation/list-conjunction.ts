// punctuation/list-conjunction: a 、 right before the conjunction that joins a list's last item
// (市财政局、和市教育体育局, 第二十八条第一款、和《…》, 培训、及考核, 教育、与引导, 电话、或传真, 企业、等):
// the conjunction already joins the two, so the 、 is one pause too many. None of the gazettes
// writes 、和, 、及, 、与, 、或 or 、等 for a conjunction (they do have 、以及 once, which is left
// alone). A word that opens with the conjunction's character (和谐, 和平, 及时, 及早, 与会, 或许,
// 等级, 等额, 和而不同, 等保, 等离子) is an item of its own after a 、 (文明、和谐): not reported, nor is a name
// of the surname 和 in a list of names (李娜、和志强等4名同志).
import type { Rule } from '../types';
import { overlaps } from '../spans';

/** Each conjunction with the characters that make it a word's first character instead (和谐, 及时, 与会, 或许, 等额…). */
const OPENS: Record<string, string> = {
  和: '谐平美睦解顺善气煦畅合声风衷蔼易缓约田而',
  及: '时早格至物第',
  与: '会时日共人此其',
  或: '许是然',
  等: '级额量同待效候值距高比价次位腰温式于保离',
};
/** Cheap test first: 、 and one of the conjunctions, with a line break between them at most. */
const GATE = /、[\s\u3000]*[和及与或等]/;
const RUN = /、([\s\u3000]*)([和及与或等])/g;
/** 和 opening a short item followed by another 、 or by 等 and a count (和丽娟、, 和志强等4名): a name. */
const NAME_AFTER = /^和[\u4e00-\u9fa5]{1,2}(?:、|等[0-9０-９一二三四五六七八九十几])/;
/** A short item before the 、 (李娜, 王建国), after a 、, ，, ： or the paragraph's start. */
const NAME_BEFORE = /(?:^|[、，：])[\u4e00-\u9fa5]{2,3}$/;

export const listConjunction: Rule = {
  id: 'punctuation/list-conjunction',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '并列词语最后一项前已有连词“和”“及”“与”“或”或其后有“等”时，前面不再用顿号（“A、B、和C”应为“A、B和C”，“A、B、等”应为“A、B等”）：删去顿号。“文明、和谐”“公开、及时”等以同字开头的词语不报；“、以及”不查。',
      en: 'A 、 right before the conjunction that joins a list\'s last item (和, 及, 与, 或) or before 等 is one pause too many (A、B、和C → A、B和C, A、B、等 → A、B等): delete it. Words opening with the same character (文明、和谐, 公开、及时) are not reported; 、以及 is not checked.',
    },
    why: 'GB/T 15834—2011《标点符号用法》：顿号用于并列词语之间；最后两项已由连词连接，其间不再用顿号，“等”前也不用顿号。',
    bad: '市水利局、市应急局、和市气象局要加强会商研判。',
    good: '市水利局、市应急局和市气象局要加强会商研判。',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n市水利局、市应急局、和市气象局要加强会商研判。\n\n聊城市人民政府办公室\n2025年6月3日\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n市水利局、市应急局和市气象局要加强会商研判。\n\n聊城市人民政府办公室\n2025年6月3日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const p of doc.paragraphs) {
      const t = p.text;
      if (!GATE.test(t)) continue;
      RUN.lastIndex = 0;
      for (let m = RUN.exec(t); m; m = RUN.exec(t)) {
        const i = m.index;
        const word = m[2];
        const after = t[i + m[0].length] ?? '';
        // At the paragraph's end the next word is not known; a word opening with the character is an item.
        if (!after || OPENS[word].includes(after)) continue;
        // A name in a list of names (王建国、和丽娟、李娜、和志强等4名同志: 和 a surname): a short item
        // between two 、, or before 等 and a count, after a short item. A conjunction joins the last item.
        if (word === '和' && NAME_AFTER.test(t.slice(i + m[0].length - 1, i + m[0].length + 5)) && NAME_BEFORE.test(t.slice(Math.max(0, i - 4), i))) continue;
        // A list item's marker (五、与其他政策的衔接, 2、和谐社区建设): the 、 ends a number, not an item.
        if (/[0-9０-９一二三四五六七八九十百零〇A-Za-zＡ-Ｚａ-ｚ]/.test(t[i - 1] ?? '')) continue;
        const start = p.map[i];
        const conj = p.map[i + m[0].length - 1];
        // The two in the source as written, at most a line break between them (an extractor's wrap),
        // outside extraction noise.
        const src = ctx.source.text.slice(start, conj + 1);
        if (src.replace(/[\s\u3000]+/g, '') !== `、${word}` || overlaps(doc.noise, start, conj + 1)) continue;
        // Quoted as a word, named rather than typed (不能写成“、和”).
        if (/[“‘「]/.test(t[i - 1] ?? '')) continue;
        ctx.report({
          start, end: start + 1,
          message: word === '等'
            ? '“等”前不用顿号（GB/T 15834—2011《标点符号用法》：顿号只用于并列词语之间）：删去“、”。'
            : `连词“${word}”前不用顿号（GB/T 15834—2011《标点符号用法》：并列的最后两项已由“${word}”连接）：删去“、”。`,
          fix: { range: [start, start + 1], text: '' },
        });
      }
    }
  },
};
