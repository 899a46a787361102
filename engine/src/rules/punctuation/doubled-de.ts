// punctuation/doubled-de: 的 typed twice (发展的的重要意义), a word's 的 left in front of a rewritten one.
// None of the gazettes has one. Two 的 in a row are right where the first ends a word (目的的,
// 有的的确, 似的的) or the second starts one (的确, 的的确确, 的士): those are not reported. Only a
// pair on one source line: 的 ⏎ 的 is a line the extraction may have repeated.
import type { Rule } from '../types';
import { overlaps } from '../spans';

/** Characters before 的 in words ending with it: 目的, 标的, 靶的, 有的, 别的, 是的, 似的, 真的, 端的, 众矢之的, 打的, 好的, 对的. */
const WORD_BEFORE = new Set('目标靶有别是似真端之打好对');
/** Characters after 的 in words starting with it: 的确, 的士, 的哥, 的当. */
const WORD_AFTER = new Set('确士哥当');

export const doubledDe: Rule = {
  id: 'punctuation/doubled-de',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '“的的”连写多是重复输入：删去一个“的”。“目的的”“的的确确”“有的的确”等本为两个词的，不报。',
      en: '的的 is most often 的 typed twice: delete one. Two words that meet (目的的, 的的确确, 有的的确) are not reported.',
    },
    why: '重复的“的”是输入或改稿时遗留的，读来不通；校对时容易漏看。',
    bad: '要充分认识促进民营经济发展的的重要意义。',
    good: '要充分认识促进民营经济发展的重要意义。',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n要充分认识促进民营经济发展的的重要意义。\n\n聊城市人民政府办公室\n2025年6月3日\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n要充分认识促进民营经济发展的重要意义。\n\n聊城市人民政府办公室\n2025年6月3日\n',
    },
  },
  check(ctx) {
    // The source read only where a slip is found: a run that reads none is kept on a document an
    // edit is near but not in (lintIncremental).
    const { doc } = ctx;
    for (const p of doc.paragraphs) {
      const t = p.text;
      for (let i = t.indexOf('的的'); i >= 0; i = t.indexOf('的的', i + 2)) {
        if (WORD_BEFORE.has(t[i - 1]) || WORD_AFTER.has(t[i + 2])) continue;
        // The doubling quoted as a word, named rather than typed (不能写成“的的”).
        if (/[“‘「]/.test(t[i - 1] ?? '') && /[”’」]/.test(t[i + 2] ?? '')) continue;
        const start = p.map[i];
        const end = p.map[i + 1] + 1;
        if (ctx.source.text.slice(start, end) !== '的的' || overlaps(doc.noise, start, end)) continue;
        ctx.report({
          start, end,
          message: '“的的”重复（多是重复输入，读来不通）：应为“的”。',
          fix: { range: [start + 1, end], text: '' },
        });
      }
    }
  },
};
