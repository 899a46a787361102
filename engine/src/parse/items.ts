// Numbering markers at the start of a paragraph: 一、 （一） 1. （1） ① and 第X章/第X节/第X条,
// in their correct and their common wrong forms (一. 一， （一）、 1、 1． (一)).
import type { NumberingItem, Paragraph } from '../types';
import { spanIn } from './paragraphs';
import { ITEM_BEFORE_YEAR } from './marker-patterns';

export const LEVEL_NAMES: Record<number, string> = {
  1: '一、', 2: '（一）', 3: '1.', 4: '（1）', 5: '①', 10: '第X章', 11: '第X节', 12: '第X条',
};

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

const CN_DIGIT_CODES = new Map(Object.keys(CN_DIGITS).map((c) => [c.charCodeAt(0), CN_DIGITS[c]]));

/** 一 → 1, 十二 → 12, 二十一 → 21, 一百零三 → 103; NaN when not a Chinese numeral. */
export function chineseToNumber(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let section = 0;
  let digit = -1;
  // By char code: iterating the string made a string per character (a hot path of the parse).
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const d = CN_DIGIT_CODES.get(code);
    if (d !== undefined) {
      digit = d;
    } else if (code === 0x5341 || code === 0x767e) { // 十 百
      const unit = code === 0x5341 ? 10 : 100;
      section += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else {
      return NaN;
    }
  }
  if (digit >= 0) section += digit;
  total += section;
  return total;
}

/** A numeral in Arabic digits or mixed with Chinese ones, as slips write it: 11 → 11, 十1 → 11, 二十3 → 23. */
export function mixedToNumber(s: string): number {
  return /^[0-9]+$/.test(s) ? Number(s) : chineseToNumber(s.replace(/[0-9]/g, (d) => '零一二三四五六七八九'[Number(d)]));
}

/** 1 → 一, 12 → 十二, 21 → 二十一, 103 → 一百零三. */
export function numberToChinese(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (r === 0) return d[h] + '百';
  if (r < 10) return d[h] + '百零' + d[r];
  return d[h] + '百' + (r < 20 ? '一' + numberToChinese(r) : numberToChinese(r));
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CN = '一二三四五六七八九十百零〇两';

interface MarkerMatch {
  level: number;
  value: number;
  marker: string;
}

const PATTERNS: { re: RegExp; level: number; value: (m: RegExpExecArray) => number }[] = [
  { re: new RegExp(`^第([${CN}]+)章`), level: 10, value: (m) => chineseToNumber(m[1]) },
  { re: new RegExp(`^第([${CN}]+)节`), level: 11, value: (m) => chineseToNumber(m[1]) },
  // 第十条之一: an article inserted by an amendment after 第十条, its marker whole (numbering/sequence
  // leaves it out of the count, a 决定's 第十条之一修改为 is no head).
  { re: new RegExp(`^第([${CN}]+)条(?:之[一二三四五六七八九十]+)?`), level: 12, value: (m) => chineseToNumber(m[1]) },
  // （一） with the wrong trailing punctuation or half-width brackets.
  { re: new RegExp(`^[（(]([${CN}]+)[）)][、，,.．]?`), level: 2, value: (m) => chineseToNumber(m[1]) },
  { re: /^[（(](\d{1,3})[）)][、，,.．]?/, level: 4, value: (m) => Number(m[1]) },
  { re: new RegExp(`^([${CN}]{1,4})[、，,.．]`), level: 1, value: (m) => chineseToNumber(m[1]) },
  // 1. / 1． / 1、 / 1， but not 1.5 or 2024年; 1.2025年… is 1. before a year (no decimal has
  // four places and 年).
  { re: new RegExp(`^(\\d{1,3})(?:[.．、，,](?![\\d％%])|${ITEM_BEFORE_YEAR})`), level: 3, value: (m) => Number(m[1]) },
  { re: new RegExp(`^([${CIRCLED}])`), level: 5, value: (m) => CIRCLED.indexOf(m[1]) + 1 },
];

/**
 * What follows a 第X章/节/条 that an amendment item names rather than opens (a 决定: 第四章改为第三章,
 * 第五条中的“…”修改为…, 第十条第二款改为第三款): the verb, after any 款/项 of it.
 */
const AMENDED_AFTER = new RegExp(`^(?:第[${CN}]+[款项])*(?:改为|修改为|中的|前增加|后增加)`);

/** Every pattern starts with one of these: other paragraphs skip the eight regexes. */
const MARKER_FIRST = new Set([...`第（(0123456789${CN}${CIRCLED}`].map((c) => c.charCodeAt(0)));

/**
 * The patterns, in their order, that a text's first character can open (第: the three of 章节条;
 * a bracket: （一） and （1）; a numeral, a digit, a circled number: one each): the others fail at it.
 */
const PATTERNS_BY_FIRST = new Map<number, typeof PATTERNS>();
for (const c of MARKER_FIRST) {
  const first = String.fromCharCode(c);
  PATTERNS_BY_FIRST.set(c, PATTERNS.filter((p) => (p.level >= 10 ? first === '第'
    : p.level === 2 || p.level === 4 ? first === '（' || first === '('
      : p.level === 1 ? CN.includes(first) : p.level === 3 ? first >= '0' && first <= '9' : CIRCLED.includes(first))));
}

export function matchMarker(text: string): MarkerMatch | undefined {
  const patterns = PATTERNS_BY_FIRST.get(text.charCodeAt(0));
  if (!patterns) return undefined;
  for (const p of patterns) {
    const m = p.re.exec(text);
    if (!m) continue;
    const value = p.value(m);
    if (!Number.isFinite(value) || value <= 0) continue;
    // 一、二等 at the start of a sentence is not a marker when the numeral is long and odd (e.g. 一二三).
    if (p.level === 1 && /[零〇两]/.test(m[1])) continue;
    if (p.level >= 10 && AMENDED_AFTER.test(text.slice(m[0].length))) return undefined;
    return { level: p.level, value, marker: m[0] };
  }
  return undefined;
}

/**
 * A 第X条/章/节 head whose number holds Arabic digits (第11条, 第十1条, 第2章): a slip of the
 * drafter's (numbering/marker-form reports it), read as the article it numbers so that the
 * numbering around it and the references to it stay right. Only a head the source parts from
 * its text by a space (第11条　下列…): a paragraph may start with a citation (第3条规定的…).
 */
const DIGIT_HEAD = new RegExp(`^第([${CN}0-9]*[0-9][${CN}0-9]*)([章节条])`);
const DIGIT_LEVEL: Record<string, number> = { 章: 10, 节: 11, 条: 12 };

function digitHead(p: Paragraph): MarkerMatch | undefined {
  const m = DIGIT_HEAD.exec(p.text);
  if (!m || m[1].length > 4) return undefined;
  const n = m[0].length;
  if (!(n < p.text.length && p.map[n] > p.map[n - 1] + 1)) return undefined;
  if (AMENDED_AFTER.test(p.text.slice(n))) return undefined;
  const value = mixedToNumber(m[1]);
  if (!Number.isFinite(value) || value <= 0) return undefined;
  return { level: DIGIT_LEVEL[m[2]], value, marker: m[0] };
}

/**
 * An entry of a bare-numbered list (`1　聊城市人民政府关于…`, paragraphs.ts reads it from the source's
 * space): an item of the 1. level, its marker the number alone, which numbering/marker-form leaves be.
 */
function bareItem(digits: string): MarkerMatch {
  return { level: 3, value: Number(digits), marker: digits };
}

/** The numbering item a paragraph opens, if any. */
export function itemOf(p: Paragraph, paragraphIndex: number, sequence: number): NumberingItem | undefined {
  const m = matchMarker(p.text) ?? (p.text.charCodeAt(0) === 0x7b2c ? digitHead(p) : p.bareMarker ? bareItem(p.bareMarker) : undefined);
  if (!m) return undefined;
  const markerSpan = spanIn(p, 0, m.marker.length);
  return {
    level: m.level, value: m.value, marker: m.marker, markerSpan,
    heading: p.text.slice(m.marker.length),
    start: p.start, end: p.end, paragraph: paragraphIndex, sequence,
  };
}

/**
 * Each article (第X条, level 12) that the next article, section or chapter of the same text
 * (sequence) closes: the indexes in `items` of the article and of that next heading. The text's
 * last article, and one whose next heading belongs to another text, are left out.
 */
export function closedArticles(items: NumberingItem[]): { article: number; next: number }[] {
  const out: { article: number; next: number }[] = [];
  for (let a = 0; a < items.length; a++) {
    if (items[a].level !== 12) continue;
    let b = a + 1;
    while (b < items.length && !(items[b].level >= 10 && items[b].level <= 12)) b++;
    if (b < items.length && items[b].sequence === items[a].sequence) out.push({ article: a, next: b });
  }
  return out;
}
