// Normalisation of one physical line into the text the rules read, with a map back to the source.
// What it removes is extraction noise, never wording: markdown markers, indentation, trailing
// hard-wrap spaces, and spaces that sit inside Chinese text (`通 知`, `2024 年 11 月`, `15 号`).

export interface NormLine {
  /** 0-based source line. */
  line: number;
  /** Source offsets of the line's content. */
  start: number;
  end: number;
  raw: string;
  text: string;
  /** map[i] = source offset of text[i]; map[text.length] = end of the last kept character. */
  map: number[];
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u3001\u3002〔〕【】《》]/;

export function isCjk(ch: string | undefined): boolean {
  return !!ch && CJK.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return !!ch && ch >= '0' && ch <= '9';
}

/** Whether a space between a and b is noise: at least one side Chinese, the other Chinese or a digit. */
function spaceIsNoise(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  if (isCjk(a) && (isCjk(b) || isDigit(b) || b === '(' || b === ')')) return true;
  if (isCjk(b) && (isDigit(a) || a === '(' || a === ')')) return true;
  return false;
}

export function normalizeLine(raw: string, start: number, line: number): NormLine {
  const keep: number[] = [];
  let i = 0;
  // Markdown heading markers and block quotes at the start of the line.
  const md = /^\s*(#{1,6}\s+|>\s+|[-*+]\s+(?=\S))/.exec(raw);
  if (md) i = md[0].length;
  const chars: string[] = [];
  for (; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '*' && raw[i + 1] === '*') {
      i++;
      continue;
    }
    chars.push(ch);
    keep.push(i);
  }
  // Drop whitespace at the ends and noise spaces inside Chinese text.
  const outChars: string[] = [];
  const outMap: number[] = [];
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k];
    if (ch === ' ' || ch === '\u3000' || ch === '\u00a0') {
      let j = k;
      while (j < chars.length && (chars[j] === ' ' || chars[j] === '\u3000' || chars[j] === '\u00a0')) j++;
      const prev = outChars[outChars.length - 1];
      const next = chars[j];
      if (prev === undefined || next === undefined || spaceIsNoise(prev, next)) {
        k = j - 1;
        continue;
      }
      // Keep a single space between non-Chinese words.
      outChars.push(' ');
      outMap.push(start + keep[k]);
      k = j - 1;
      continue;
    }
    outChars.push(ch);
    outMap.push(start + keep[k]);
  }
  const text = outChars.join('');
  const endOffset = outMap.length ? outMap[outMap.length - 1] + 1 : start;
  outMap.push(endOffset);
  return { line, start, end: start + raw.length, raw, text, map: outMap };
}

/** Full-width ↔ half-width forms of the punctuation that width islands swap. */
export const HALF_TO_FULL: Record<string, string> = {
  '(': '（', ')': '）', ':': '：', ';': '；', ',': '，', '?': '？', '!': '！',
};

/** A copy of the text with half-width punctuation read as full-width (same length, same map). */
export function foldWidth(text: string): string {
  return text.replace(/[():;,?!]/g, (c, i: number) => {
    // Keep ASCII punctuation between ASCII letters/digits (e.g. "1:500", "A,B").
    const a = text[i - 1];
    const b = text[i + 1];
    if (c !== '(' && c !== ')' && a && b && /[A-Za-z0-9]/.test(a) && /[A-Za-z0-9]/.test(b)) return c;
    return HALF_TO_FULL[c] ?? c;
  });
}
