// What the readers of running text share (lead-unit/mentions and appointment, cross-ref/util and
// repealed): where a sentence ends, and the words that make a sentence tell of the past or of a
// repeal. Defined once so that the readers agree on a sentence: a reader that judged a sentence
// the others do not see would report what they exempt, or miss what they report.

// The marks are text/sentence's: the parser's paragraph joiner ends a sentence at the same ones.
import { SENTENCE_END_MARKS } from '../text/sentence';

export { SENTENCE_END_MARKS };
export const SENTENCE_END = new RegExp(`[${SENTENCE_END_MARKS}]`);

/** [start, end) of the sentence of `text` around index i, its end mark included. */
export function sentenceBounds(text: string, i: number): [number, number] {
  let a = i;
  while (a > 0 && !SENTENCE_END_MARKS.includes(text[a - 1])) a--;
  let b = i;
  while (b < text.length && !SENTENCE_END_MARKS.includes(text[b])) b++;
  return [a, Math.min(b + 1, text.length)];
}

/**
 * Words that make a sentence tell of the past: a year (2019年, 〔2019〕), 原, 曾, 时任, 此前, 以前,
 * 前身. A body named there may be named as it was then.
 */
export const PAST = /\d{4}\s*年|〔\d{4}〕|原|曾|时任|此前|以前|前身/;

/**
 * Words that make a sentence a statement about a repeal or an expiry rather than a use of what it
 * names (…同时废止, 予以撤销, 宣布失效). Not the words a repeal is read from (parse/repeals'
 * REPEAL_WORD, 废止 and 停止执行 only): those must name what a repealing document repeals, and a
 * 失效 or 不再执行 sentence often says only that something lapsed by itself.
 */
export const REPEAL = /废止|废除|停止执行|不再执行|同时失效|宣布失效|予以撤销|已失效|失效/;

/** Words of a reform of bodies (更名, 组建, 划入…, 承继: the successor takes over the old body's debts,
 * redteam8): a body named there may be named by its old name. */
/**
 * English words of a gloss (The former … Bureau（市环保局）was merged…; 市环保局（Former … Bureau）)
 * that set the name it glosses in the past, as PAST and REFORM do in Chinese.
 */
export const ENGLISH_HISTORY = /\b(?:former(?:ly)?|previous(?:ly)?|predecessors?|then|old|used to|no longer|prior to|merged|renamed|abolished|dissolved|replaced|reorgani[sz]\w*|restructur\w*)\b/i;

/** An English gloss opening in brackets right after a name: 市环保局（Municipal …）. */
export const ENGLISH_GLOSS = /^[（(]\s*[A-Za-z]/;

/**
 * A sentence telling of a reform or a renaming: the names in it may be former ones. Not the 改革 of a
 * body's own name (市发展改革委, 县发展改革局), which half the 分工 sentences name (probe15).
 */
export const REFORM = /更名|改名|名称变更|修改为|改为|调整为|不再保留|撤销|撤并|组建|整合|划入|划转|并入|合并|分设|设立|成立|挂牌|(?<!发展)改革|承继/;

/** Whether text[i] lies inside 《》 or “” (a title or a quotation, not the text's own words). */
export function quoted(text: string, i: number): boolean {
  const before = text.slice(0, i);
  const open = (o: string, c: string) => before.split(o).length - before.split(c).length > 0;
  return open('《', '》') || open('“', '”');
}

/** Words of a correction (文号误印为…，现更正为…, 笔误, 勘误). */
export const CORRECTION = /误[印写为作植]|笔误|有误|更正|勘误/;

/**
 * Whether text[i] lies inside “” in a sentence that corrects a misprint: the quoted words are the
 * misprint it corrects (误印为“聊政办字〔2026〕十号”), not the text's own (redteam7).
 */
export function quotedMisprint(text: string, i: number): boolean {
  const [a, b] = sentenceBounds(text, i);
  return text.lastIndexOf('“', i) >= a && text.lastIndexOf('“', i) > text.lastIndexOf('”', i) && CORRECTION.test(text.slice(a, b));
}
