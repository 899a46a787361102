// Citations: 《标题》（发文字号）. Several titles may share one number list (《A》《B》), a number may
// be followed by more text inside the parentheses (（聊政发〔2021〕5号，“三统一”编号…）).
import type { Citation, DocNumber, Paragraph, TextNode } from '../types';
import { spanIn } from './paragraphs';
import { findDocNumbers } from './docNumber';

function node(p: Paragraph, a: number, b: number): TextNode {
  // spanIn's offsets written out, not spread: made several times per 《 of every paragraph.
  const start = p.map[Math.min(a, p.map.length - 1)];
  return { text: p.text.slice(a, b), start, end: b > a ? p.map[Math.min(b - 1, p.map.length - 1)] + 1 : start };
}

/** A citation of `[a, b)` (its title `title`), its fields in the order the spread of node() gave. */
function citation(p: Paragraph, a: number, b: number, title: TextNode, paragraph: number): Citation {
  const n = node(p, a, b);
  return { text: n.text, start: n.start, end: n.end, title, paragraph };
}

const TITLE_MARKS = /[《》]/g;

/** Index of the 》 closing the 《 at `open` (nested 〈〉 and 《》 allowed), or -1. */
function closeTitle(text: string, open: number): number {
  let depth = 0;
  // From one 《 or 》 to the next by a native search (a loop over every character ran interpreted
  // in a cold lint).
  TITLE_MARKS.lastIndex = open;
  for (let m = TITLE_MARKS.exec(text); m; m = TITLE_MARKS.exec(text)) {
    if (m[0] === '《') depth++;
    else if (--depth === 0) return m.index;
  }
  return -1;
}

export function citationsOf(p: Paragraph, paragraphIndex: number, knownCodes?: Iterable<string>): Citation[] {
  const out: Citation[] = [];
  const text = p.text;
  for (let i = text.indexOf('《'); i >= 0 && i < text.length; i = text.indexOf('《', i + 1)) {
    const close = closeTitle(text, i);
    if (close < 0) {
      // Unbalanced 《: the citation runs to the end of the sentence; a rule reports it.
      const end = text.slice(i).search(/[。；;]/);
      const e = end < 0 ? text.length : i + end;
      out.push(citation(p, i, e, node(p, i + 1, e), paragraphIndex));
      break;
    }
    const c: Citation = citation(p, i, close + 1, node(p, i + 1, close), paragraphIndex);
    // A number in parentheses right after the title.
    const after = text.slice(close + 1);
    const pm = /^\s*([（(])([^（）()]*?(?:[（(][^（）()]*[）)][^（）()]*?)*)([）)])/.exec(after);
    if (pm) {
      // The map of the parentheses' content only (a copy of the paragraph's rest per citation was
      // quadratic in a long paragraph of citations).
      const from = close + 1 + pm[0].indexOf(pm[1]) + 1;
      const numbers: DocNumber[] = findDocNumbers(pm[2], p.map.slice(from, from + pm[2].length + 1), 0, knownCodes);
      if (numbers.length && pm[2].indexOf(numbers[0].text) <= 2) {
        const po = close + 1 + pm[0].indexOf(pm[1]);
        const pc = close + pm[0].length;
        c.number = numbers[0];
        c.paren = { open: node(p, po, po + 1), close: node(p, pc, pc + 1) };
        c.end = spanIn(p, pc, pc + 1).end;
        c.text = text.slice(i, pc + 1);
      }
    }
    out.push(c);
    i = close;
  }
  return out;
}
