// Which of a few characters a paragraph holds, read in one pass over its text. About twenty rules
// act only on paragraphs that hold a mark or a word (》, 条, 令, 修改为…), and each of them searched
// every paragraph of every document for it: one native search per paragraph and rule, ~10 % of a
// warm lint of an issue. A rule asks `holds(p, c)` first and searches for its word only in the
// paragraphs that hold c, so its findings are the same.

/** The characters answered from the one pass (at most 31: one bit each). */
const CHARS = '请望盼如此等本条款章附重废令》《”关〔日前底至起效年修作.号';

/** Slots by a character's low bits: no two of CHARS share one (checked below). */
const SLOTS = 4096;
const slotCode = new Int32Array(SLOTS).fill(-1);
const slotBit = new Int32Array(SLOTS);
for (let i = 0; i < CHARS.length; i++) {
  const c = CHARS.charCodeAt(i);
  const s = c & (SLOTS - 1);
  if (slotCode[s] >= 0) throw new Error(`paragraph-chars: ${CHARS[i]} shares a slot`);
  slotCode[s] = c;
  slotBit[s] = 1 << i;
}

/** Bits of the CHARS a text holds. */
function charBits(text: string): number {
  let m = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const s = c & (SLOTS - 1);
    if (slotCode[s] === c) m |= slotBit[s];
  }
  return m;
}

/**
 * The bits, kept on the paragraph object under symbols with the text they were read from: a
 * WeakMap lookup per question cost as much as the search it saves, and defining a property that
 * spreads skip cost half of it. A copy with another text (made by spreading) reads its own;
 * for…in, moveNode and JSON see no symbol.
 */
const BITS = Symbol('paragraph chars');
const OF = Symbol('paragraph chars text');

type Marked = { text: string; [BITS]?: number; [OF]?: string };

/** Whether `p.text` holds the character `ch` (p.text.includes(ch)), from one pass over the text for all of CHARS. */
export function holds(p: { text: string }, ch: string): boolean {
  const c = ch.charCodeAt(0);
  const s = c & (SLOTS - 1);
  if (ch.length !== 1 || slotCode[s] !== c) return p.text.includes(ch);
  const q = p as Marked;
  let m = q[BITS];
  if (m === undefined || q[OF] !== q.text) {
    q[BITS] = m = charBits(q.text);
    q[OF] = q.text;
  }
  return (m & slotBit[s]) !== 0;
}
