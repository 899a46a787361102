// Parentheses and square brackets balance within a paragraph and within the document's title (of
// either width: a （…) pair is a width slip, not an imbalance). List numbers like 1) or a) are not
// unmatched brackets.
import type { Paragraph } from '../../types';
import type { Rule } from '../types';
import { afterContinuation, continuationSpans } from '../cross-ref/util';
import { overlaps } from '../spans';

// ASCII [ ] are left out: in extracted text a lone ] is usually a misread character (各部]).
// Kinds: （ ( ） ) → '(', ［ ］ → '[', 【 】 → '【' (the switch in unmatched).
const BRACKETS = /[（(［【）)］】]/g;
const SHOW: Record<string, string> = { '(': '（）', '[': '［］', '【': '【】' };

/** A closing bracket that ends a list number (1) a) ① 一)) rather than closing a pair. */
function isListNumber(t: string, i: number): boolean {
  const m = /(^|[\s：；。，、:;,])[0-9a-zA-Z一二三四五六七八九十]{1,3}$/.exec(t.slice(Math.max(0, i - 4), i));
  return !!m;
}

/** An opening bracket (its character is the text's at `i`). */
interface Open { kind: string; i: number }

/** A paragraph without brackets: nothing made. */
const NONE: { opens: Open[]; closes: { i: number; kind: string }[] } = { opens: [], closes: [] };

function unmatched(p: Pick<Paragraph, 'text'>): { opens: Open[]; closes: { i: number; kind: string }[] } {
  const t = p.text;
  BRACKETS.lastIndex = 0;
  if (!BRACKETS.test(t)) return NONE;
  const cont = continuationSpans(t);
  const stack: Open[] = [];
  const closes: { i: number; kind: string }[] = [];
  // Only brackets matter: the regex jumps from one to the next (faster than a char-code loop over
  // every character; test() makes no match array), and the kind comes from the char code, not a
  // string look-up. The first was found above.
  do {
    const i = BRACKETS.lastIndex - 1;
    let kind: string;
    let isOpen = false;
    switch (t.charCodeAt(i)) {
      case 0xff08: case 0x28: isOpen = true; kind = '('; break; // （ (
      case 0xff3b: isOpen = true; kind = '['; break; // ［
      case 0x3010: isOpen = true; kind = '【'; break; // 【
      case 0xff09: case 0x29: kind = '('; break; // ） )
      case 0xff3d: kind = '['; break; // ］
      case 0x3011: kind = '【'; break; // 】
      default: continue;
    }
    if (overlaps(cont, i, i + 1)) continue;
    if (isOpen) stack.push({ kind, i });
    else {
      const top = stack[stack.length - 1];
      if (top && top.kind === kind) stack.pop();
      else if (!(kind === '(' && !stack.some((s) => s.kind === '(') && isListNumber(t, i))) {
        // Close the nearest open of this kind when one exists (the others are unmatched opens).
        const k = stack.map((s) => s.kind).lastIndexOf(kind);
        if (k >= 0) stack.splice(k, 1);
        else closes.push({ i, kind });
      }
    }
  } while (BRACKETS.test(t));
  return { opens: stack, closes };
}

export const bracketBalance: Rule = {
  id: 'punctuation/bracket-balance',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '标题和段落内的圆括号、方括号须成对（全角半角混用另由 punctuation/width 报告；书名号由 cross-ref/citation-form 检查）。',
      en: 'Parentheses and square brackets balance within the title and within a paragraph (《》 is checked by cross-ref/citation-form).',
    },
    why: 'GB/T 15834—2011《标点符号用法》：括号成对使用；缺一半会使括注的范围不明。',
    bad: '各县（市、区人民政府要加强督导。',
    good: '各县（市、区）人民政府要加强督导。',
  },
  check(ctx) {
    const { doc, mode } = ctx;
    // 牵头单位 blocks: the lead-unit family checks their parentheses.
    const owned = (at: number) => overlaps(doc.blocks, at, at + 1);
    // The title is not one of the paragraphs: checked on its own, as written (a wrapped title's
    // line break does not matter to brackets).
    const title = doc.title;
    if (title && title.end > title.start && !overlaps(doc.noise, title.start, title.end)) {
      const text = ctx.source.text.slice(title.start, title.end);
      const { opens, closes } = unmatched({ text });
      // A one-line text is taken for a title by the parser: say 标题 only under a real title.
      const where = doc.paragraphs.length ? '标题中' : '';
      for (const o of opens) {
        ctx.report({
          start: title.start + o.i, end: title.start + o.i + 1,
          message: `括号不成对：${where}“${text[o.i]}${text.slice(o.i + 1, o.i + 13)}”缺少对应的右括号（GB/T 15834—2011《标点符号用法》：括号成对使用）：请在括注结束处补“${SHOW[o.kind][1]}”。`,
        });
      }
      for (const c of closes) {
        ctx.report({
          start: title.start + c.i, end: title.start + c.i + 1,
          message: `括号不成对：${where}“${text.slice(Math.max(0, c.i - 12), c.i)}${text[c.i]}”缺少对应的左括号（GB/T 15834—2011《标点符号用法》：括号成对使用）：请在括注开始处补“${SHOW[c.kind][0]}”。`,
        });
      }
    }
    const results = doc.paragraphs.map(unmatched);
    // An extracted 任免 notice set in two columns is read across them: its lines come in another
    // order, and a line split inside a bracket (`副秘书长（挂职，` … `时间一年）。`) ends up apart
    // from its other half. There, brackets are judged over the whole notice: when its unmatched
    // opening and closing brackets of a kind are as many, each is half of such a split.
    const balanced = new Set<string>();
    if (mode === 'issue' && doc.type === '任免') {
      const net = new Map<string, number>();
      doc.paragraphs.forEach((p, pi) => {
        if (overlaps(doc.noise, p.start, p.end)) return;
        for (const o of results[pi].opens) net.set(o.kind, (net.get(o.kind) ?? 0) + 1);
        for (const c of results[pi].closes) net.set(c.kind, (net.get(c.kind) ?? 0) - 1);
      });
      for (const [kind, n] of net) if (n === 0) balanced.add(kind);
    }
    doc.paragraphs.forEach((p, pi) => {
      if (overlaps(doc.noise, p.start, p.end)) return;
      const { opens, closes } = results[pi];
      if (!opens.length && !closes.length) return;
      // Where the paragraph's sentence ends and its first role name lie, found once: asked per
      // bracket of the text before or after it, a search each was quadratic in a paragraph of many.
      const lastStop = lastIndexOfAny(p.text, '。；！？');
      const firstStop = firstIndexOfAny(p.text, '。；！？');
      const roleAt = ROLE_NAMED.exec(p.text)?.index ?? -1;
      for (const o of opens) {
        const at = p.map[o.i];
        if (owned(at)) continue;
        // Extraction split the paragraph inside the brackets: the next one closes it.
        const next = results[pi + 1];
        if (mode === 'issue' && next && next.closes.some((c) => c.kind === o.kind) && lastStop < o.i) continue;
        if (/^(牵头|配合|责任|负责)单位/.test(p.text.slice(o.i + 1))) continue;
        if (balanced.has(o.kind)) continue;
        const after = p.text.slice(o.i + 1, o.i + 13);
        ctx.report({
          start: at, end: at + 1,
          message: `括号不成对：“${p.text[o.i]}${after}”缺少对应的右括号（GB/T 15834—2011《标点符号用法》：括号成对使用）：请在括注结束处补“${SHOW[o.kind][1]}”。`,
        });
      }
      for (const c of closes) {
        const at = p.map[c.i];
        if (owned(at)) continue;
        // A fragment resumed after （上接第N页）, or a 牵头单位 block's tail cut from its opening.
        if (mode === 'issue' && afterContinuation(ctx.source, p, c.i)) continue;
        if (roleAt >= 0 && roleAt + 5 <= c.i) continue;
        const prev = results[pi - 1];
        if (mode === 'issue' && prev && prev.opens.some((o) => o.kind === c.kind) && !(firstStop >= 0 && firstStop < c.i)) continue;
        if (balanced.has(c.kind)) continue;
        const before = p.text.slice(Math.max(0, c.i - 12), c.i);
        ctx.report({
          start: at, end: at + 1,
          message: `括号不成对：“${before}${p.text[c.i]}”缺少对应的左括号（GB/T 15834—2011《标点符号用法》：括号成对使用）：请在括注开始处补“${SHOW[c.kind][0]}”。`,
        });
      }
    });
  },
};

/** A role name with its colon, every alternative five characters long (the first found ends first). */
const ROLE_NAMED = /(?:牵头|配合|责任|负责)单位[：:]/;

function firstIndexOfAny(text: string, marks: string): number {
  let first = -1;
  for (const m of marks) {
    const i = text.indexOf(m);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  return first;
}

function lastIndexOfAny(text: string, marks: string): number {
  let last = -1;
  for (const m of marks) last = Math.max(last, text.lastIndexOf(m));
  return last;
}
