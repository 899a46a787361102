// punctuation/doubled-word: a working verb typed twice (落实落实, 加强加强, 进一步进一步), a word left
// in front of its retyped self when a sentence was rewritten. Only the verbs and adverbs a 公文's
// tasks open with, which end no word and start few (those few in OPENS): two other words may meet in a doubled pair
// (聊城市城市园林…, 工作总队总队长 in the corpus), these cannot. Only a pair on one source line
// (an extraction may repeat a line's tail on the next), outside extraction noise.
import type { Rule } from '../types';
import { overlaps } from '../spans';

/** The verbs and adverbs: a 公文's task sentences open with them, and none of them can end a word before another. */
export const WORDS = ['进一步', '落实', '加强', '推进', '推动', '做好', '建立', '健全', '完善', '开展', '提高', '提升', '强化', '加快', '促进',
  '确保', '严格', '认真', '切实', '积极', '全面', '深入', '统筹', '贯彻', '持续', '扎实', '不断', '鼓励', '支持', '引导',
  '研究', '同意'];
const DOUBLED = new RegExp(`(${WORDS.join('|')})\\1`, 'g');
/**
 * Nouns some of the verbs open: the verb before one of them is no doubling (改造提升提升泵站, 引导引导基金,
 * 专题研究研究生就业, 研究研究室提出的报告, 加快推进推进会确定的任务).
 */
const OPENS: Record<string, RegExp> = {
  提升: /^(?:泵|机|站)/, 研究: /^(?:生|院|所|室|会|员|型|中心|机构|人员|成果|报告)/, 推进: /^(?:会|器|办)/, 引导: /^(?:基金|员|牌|标识|屏)/, 推动: /^力/, 促进: /^(?:会|中心|局)/, 加强: /^(?:针|型|版)/,
  鼓励: /^类/, 积极: /^(?:分子|性)/, 支持: /^(?:率|者)/, 持续: /^性/,
};
/** One line break, with the spaces and blank lines around it. */
const LINE_BREAK = /[ \t\u3000]*(?:\r?\n[ \t\u3000]*)+/;
/**
 * Cheap test first: two Chinese characters written twice in a row (every word but 进一步 has two),
 * or 进一步 twice. A backreference to any pair is a short program for the regex engine, where the
 * words' alternation tried twice at every position cost ~2 ms a lint of the largest gazette, and
 * let through every paragraph holding two of the words side by side (贯彻落实: ~100 there, 3 here).
 */
const GATE = /([\u4e00-\u9fff]{2})\1|进一步进一步/;

export const doubledWord: Rule = {
  id: 'punctuation/doubled-word',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '“落实落实”“加强加强”“进一步进一步”等工作用语连写两遍，多是改稿或重复输入遗留：删去一个。只查不会与前后词语连成别的词的常用动词、副词。',
      en: 'A working verb or adverb written twice in a row (落实落实, 加强加强, 进一步进一步) is a leftover of a rewrite or a key typed twice: delete one. Only common verbs and adverbs that cannot meet another word in such a pair are checked.',
    },
    why: '公文用语不叠用动词；重复的词是输入或改稿时遗留的，读来不通，校对时容易漏看。',
    bad: '各地要认真贯彻落实落实国家和省有关部署。',
    good: '各地要认真贯彻落实国家和省有关部署。',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n各地要认真贯彻落实落实国家和省有关部署。\n\n聊城市人民政府办公室\n2025年6月3日\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n各地要认真贯彻落实国家和省有关部署。\n\n聊城市人民政府办公室\n2025年6月3日\n',
    },
  },
  check(ctx) {
    // The source read only where a slip is found: a run that reads none is kept on a document an
    // edit is near but not in (lintIncremental).
    const { doc } = ctx;
    for (const p of doc.paragraphs) {
      const t = p.text;
      if (!GATE.test(t)) continue;
      for (const m of t.matchAll(DOUBLED)) {
        const i = m.index!;
        const start = p.map[i];
        const end = p.map[i + m[0].length - 1] + 1;
        const w = m[1];
        // On one source line, as written; or cut by a line break inside one of the words (同意同 ⏎ 意), as an
        // extractor's wrap cuts anywhere. A break between the two (落实 ⏎ 落实) may be an extractor's
        // repeated line end, no slip.
        const second = p.map[i + w.length];
        if (ctx.source.text.slice(start, end) !== m[0]) {
          if (ctx.source.text.slice(start, end).replace(LINE_BREAK, '') !== m[0] || /\s/.test(ctx.source.text[second - 1])) continue;
        }
        if (overlaps(doc.noise, start, end)) continue;
        // The doubling quoted as a word, named rather than typed (不能写成“落实落实”).
        if (/[“‘「]/.test(t[i - 1] ?? '') && /[”’」]/.test(t[i + m[0].length] ?? '')) continue;
        // Inside a quoted phrase (避免出现“贯彻落实落实”等): named there too, not typed.
        const before = t.slice(0, i);
        if (before.split('“').length > before.split('”').length) continue;
        // The second one opens a noun (提升泵站, 引导基金, 推动力, 加强针, 鼓励类): two words. At the
        // paragraph's end, the noun's rest may be on the next line (研究研究 ⏎ 生教育…).
        const rest = i + m[0].length < t.length ? t.slice(i + m[0].length) : ctx.source.text.slice(end, end + 8).replace(/^[\s\u3000]+/, '');
        if (OPENS[w]?.test(rest)) continue;
        ctx.report({
          start, end,
          message: `“${w}”连写两遍（多是改稿或重复输入遗留，读来不通）：应为“${w}”。`,
          fix: { range: [second, end], text: '' },
        });
      }
    }
  },
};
