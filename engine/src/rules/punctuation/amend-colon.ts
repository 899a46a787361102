// punctuation/amend-colon: an amendment item introduces the new text with a colon: 将第五条修改为：
// “…”, 增加一条，作为第十条：“…”. A comma or a full stop there (修改为，“…”) is the slip; no mark at
// all is right for a word replaced inside a sentence (将“X”修改为“Y”), so that is not judged.
import type { Rule } from '../types';
import { overlaps } from '../spans';

const CN = '一二三四五六七八九十百';
/** 修改为， before the quoted text (or at the end of the paragraph, the quote opening the next). */
const BEFORE_QUOTE = new RegExp(`(?:修改为|作为第[${CN}]+[条款项])([，。,])(?=“|$)`, 'g');

export const amendColon: Rule = {
  id: 'punctuation/amend-colon',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '修改决定中引出修改后条文的“修改为”“作为第X条”之后用冒号（将第五条修改为：“……”），不用逗号或句号。',
      en: 'In an amending decision, 修改为 and 作为第X条 introduce the new text with a colon (将第五条修改为：“…”), not a comma or a full stop.',
    },
    why: '冒号用于提示下文（GB/T 15834—2011 标点符号用法 4.6）；语料中的修改决定引出新条文均用冒号。',
    bad: '1. 将第五条修改为，“市、县（市、区）人民政府应当加强对燃气工作的领导。”',
    good: '1. 将第五条修改为：“市、县（市、区）人民政府应当加强对燃气工作的领导。”',
  },
  check(ctx) {
    const { doc } = ctx;
    const ps = doc.paragraphs;
    for (let k = 0; k < ps.length; k++) {
      const p = ps[k];
      // Cheap test first: every such item holds 修改为 or 作为第.
      if (p.text.indexOf('修改为') < 0 && p.text.indexOf('作为第') < 0) continue;
      if (overlaps(doc.hosted, p.start, p.end) || overlaps(doc.noise, p.start, p.end)) continue;
      for (const m of p.text.matchAll(BEFORE_QUOTE)) {
        const at = m.index! + m[0].length - 1;
        // At the paragraph's end only when the next paragraph opens the quoted text.
        if (at === p.text.length - 1 && !ps[k + 1]?.text.startsWith('“')) continue;
        // In an extracted issue a half-width comma belongs to a page of half-width marks.
        if (m[1] === ',' && ctx.mode === 'issue') continue;
        const start = p.map[at];
        ctx.report({
          start, end: start + 1,
          message: `“${m[0].slice(0, -1)}”引出修改后的条文，其后应用冒号“：”，不用“${m[1]}”：应为“${m[0].slice(0, -1)}：”。`,
          fix: { range: [start, start + 1], text: '：' },
        });
      }
    }
  },
};
