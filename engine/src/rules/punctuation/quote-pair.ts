// Chinese quotation marks pair up: “ opens, ” closes, and a straight " is no Chinese quote. A quote
// that runs over several paragraphs opens each with “ and closes only the last (GB/T 15834—2011
// 4.1.3.4), so a “ left open at a paragraph's end is a slip only when the next paragraph does not
// open with “. Read so, the four gazettes have no unpaired quote.
import type { Rule } from '../types';
import { overlaps } from '../spans';

const WHY = 'GB/T 15834—2011《标点符号用法》：中文引号用“”，前后成对';
const QUOTES = /[“”"]/g;
/** QUOTES without its g: the per-paragraph gate, one object (a literal in the loop made one per paragraph). */
const ANY_QUOTE = /[“”"]/;
/** Nothing, or a list marker (一、 （一） 1. 一是 一要 第一， 其一), before a line's opening “. */
const LIST_MARKER = /^(?:[一二三四五六七八九十]{1,3}(?:是|要|、)|(?:第|其)[一二三四五六七八九十]{1,3}[，,]?|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、]\s*)?$/;
/** A straight quote beside Chinese text (a character or a full-width mark) on either side. */
const CHINESE = /[\u4e00-\u9fa5，。；：、！？（）《》…—]/;

export const quotePair: Rule = {
  id: 'punctuation/quote-pair',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '中文引号成对使用：“开、”闭，不用半角"；跨段引用时每段开头用“，只在最后一段末尾用”。',
      en: 'Chinese quotes pair up, “ opening and ” closing, never a straight "; a quotation over several paragraphs opens each with “ and closes only the last.',
    },
    why: WHY + '；引号不配对时读者无法判断引文或专有名称的起止。',
    bad: '实现“双随机、一公开"监管全覆盖，推行“一网通办。',
    good: '实现“双随机、一公开”监管全覆盖，推行“一网通办”。',
  },
  check(ctx) {
    const { doc, source } = ctx;
    const text = source.text;
    /** The open “ (a source offset), read across paragraphs: a hard wrap may split a quoted name. */
    let open = -1;
    /** Whether a “ at this source offset opens a line: a paragraph's own start, where a quotation
     * over several paragraphs opens each one with “ (also when the parser joined those lines). */
    const atLineStart = (s: number) => {
      let j = s - 1;
      while (j >= 0 && (text[j] === ' ' || text[j] === '\u3000' || text[j] === '\t')) j--;
      if (j < 0 || text[j] === '\n') return true;
      // 一是“…, 1. “…: a list marker may come before it.
      const lead = text.slice(text.lastIndexOf('\n', s - 1) + 1, s).replace(/^[ \u3000\t]+/, '');
      return LIST_MARKER.test(lead);
    };
    const unclosed = (at: number, message: string) => ctx.report({ start: at, end: at + 1, message });
    for (const p of doc.paragraphs) {
      const t = p.text;
      if (!ANY_QUOTE.test(t)) continue;
      if (overlaps(doc.noise, p.start, p.end)) { open = -1; continue; }
      QUOTES.lastIndex = 0;
      for (let m = QUOTES.exec(t); m; m = QUOTES.exec(t)) {
        const i = m.index;
        const s = p.map[i];
        if (text[s] !== m[0]) continue;
        if (m[0] === '"') {
          if (!CHINESE.test(t[i - 1] ?? '') && !CHINESE.test(t[i + 1] ?? '')) continue;
          const want = open >= 0 ? '”' : '“';
          ctx.report({
            start: s, end: s + 1,
            message: `中文引号应使用全角${want === '“' ? '前' : '后'}引号（${want}），不用半角引号（"）（${WHY}）。`,
            fix: { range: [s, s + 1], text: want },
          });
          open = open >= 0 ? -1 : s;
        } else if (m[0] === '“') {
          if (open >= 0 && !atLineStart(s)) {
            unclosed(open, `引号不配对：前引号（“）之后、下一个前引号之前没有后引号（”）（${WHY}）：请补上后引号，或删去多余的前引号。`);
          }
          open = s;
        } else {
          if (open < 0) unclosed(s, `引号不配对：后引号（”）之前没有前引号（“）（${WHY}）：请补上前引号，或删去多余的后引号。`);
          open = -1;
        }
      }
    }
    if (open >= 0) unclosed(open, `引号不配对：前引号（“）之后没有后引号（”）（${WHY}）：请在引文或名称结束处补上后引号（”）。`);
  },
};
