// The 附件说明 as the attachment rules read it: its head (附件 + colon as written), and each entry
// with its number marker and name, with source spans for targeted fixes. Read from the parser's
// attachmentNote when it found one; a head it could not recognise (附件；… or 附件1. … without a
// colon) is looked for at the end of the body.
import type { GwDocument, Paragraph, Span } from '../../types';
import type { RuleContext } from '../types';
import { spanIn } from '../../parse/paragraphs';
import { perNode } from '../memo';
import { covers } from '../spans';

export interface NoteMarker extends Span {
  index: number;
  /** The marker as written, e.g. "1." "1、" "（1）". */
  raw: string;
  /** Source span of the digits. */
  num: Span;
  /** Well-formed: digits + half-width period. */
  ok: boolean;
}

export interface NoteEntry {
  marker?: NoteMarker;
  name: string;
  /** Source span of the name (first to last character). */
  nameSpan: Span;
  /** The paragraph holding the name's last character, and that character's index in it. */
  last: Paragraph;
  lastIndex: number;
}

export interface Note extends Span {
  head: Paragraph;
  /** The separator after 附件 as written ('' when missing) and its source span (empty when missing). */
  sep: string;
  sepSpan: Span;
  entries: NoteEntry[];
}

const MARKER = /^(?:(\d{1,2})([.．、,，]?)|[（(](\d{1,2})[）)])[ \u3000]*/;
/** A 附件说明 head the parser did not take: 附件；… 附件，… or 附件1. … without a colon. */
const LOOSE_HEAD = /^附件(?:([;；,，、.．])(?=\S)|(?=\d{1,2}[.．、][ \u3000]*[^\d\s]))/;

function marker(p: Paragraph, at: number): NoteMarker | undefined {
  const m = MARKER.exec(p.text.slice(at));
  if (!m) return undefined;
  const digits = m[1] ?? m[3];
  const numAt = at + m[0].indexOf(digits);
  // A bare number followed by text is only a marker when punctuation or a space follows it.
  if (m[1] && !m[2] && !/[ \u3000]/.test(m[0].slice(digits.length))) return undefined;
  const raw = m[0].replace(/[ \u3000]+$/, '');
  return {
    ...spanIn(p, at, at + raw.length), index: Number(digits), raw,
    num: spanIn(p, numAt, numAt + digits.length), ok: !!m[1] && m[2] === '.',
  };
}

function entryFrom(p: Paragraph, at: number): NoteEntry {
  const mk = marker(p, at);
  const nameAt = mk ? at + (MARKER.exec(p.text.slice(at))![0].length) : at;
  return {
    ...(mk ? { marker: mk } : {}),
    name: p.text.slice(nameAt), nameSpan: spanIn(p, nameAt, p.text.length), last: p, lastIndex: p.text.length - 1,
  };
}

/** The document's 附件说明, read with markers and spans; undefined when it has none. */
export function noteOf(ctx: RuleContext): Note | undefined {
  // Five rules read the same note.
  return noteOfDoc(ctx.doc);
}

const noteOfDoc = perNode((doc: GwDocument) => readNote(doc));

function readNote(doc: GwDocument): Note | undefined {
  const paras = doc.paragraphs;
  let k = -1;
  let sep = '';
  if (doc.attachmentNote) {
    k = paras.findIndex((p) => p.start === doc.attachmentNote!.start);
    if (k >= 0) sep = paras[k].text[2] ?? '';
  }
  if (k < 0) {
    // A loose head anywhere (the note of an attached document sits at its end, after the date).
    k = paras.findIndex((p) => LOOSE_HEAD.test(p.text) && !covers(doc.noise, p.start));
    if (k < 0) return undefined;
    sep = LOOSE_HEAD.exec(paras[k].text)![1] ?? '';
  }
  const head = paras[k];
  if (covers(doc.noise, head.start)) return undefined;
  const sepSpan = sep ? spanIn(head, 2, 3) : spanIn(head, 2, 2);
  const entries: NoteEntry[] = [entryFrom(head, 2 + sep.length + (/^[ \u3000]/.test(head.text.slice(2 + sep.length)) ? 1 : 0))];
  const end = doc.attachmentNote?.end;
  for (let j = k + 1; j < paras.length; j++) {
    const q = paras[j];
    const within = end !== undefined ? q.end <= end : false;
    const mk = marker(q, 0);
    if (!within && !(mk && entries[0].marker)) break;
    if (mk) {
      entries.push(entryFrom(q, 0));
    } else {
      // A name wrapped onto the next line.
      const last = entries[entries.length - 1];
      last.name += q.text;
      last.nameSpan = { start: last.nameSpan.start, end: q.end };
      last.last = q;
      last.lastIndex = q.text.length - 1;
    }
  }
  const lastEntry = entries[entries.length - 1];
  return { start: head.start, end: lastEntry.nameSpan.end, head, sep, sepSpan, entries };
}

/** Names compared without spaces, （略）, quotes and final punctuation. */
export function comparableName(name: string): string {
  return name
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（(]略[）)]/g, '')
    // A list's count after its heading (先进单位名单（10个）, 名单（共25人）): a note on the list, not its name.
    .replace(/[（(]共?\d+(?:个|名|人|项|家|所|条|件)[）)]$/, '')
    .replace(/[《》“”"]/g, '')
    .replace(/\(/g, '（').replace(/\)/g, '）')
    .replace(/[。；;，,、.．：:]+$/, '');
}

export function omitted(name: string): boolean {
  return /[（(]略[）)]/.test(name);
}

/**
 * The number each entry of a note of several stands for, as attachment/numbering reads it: the
 * next number for an unnumbered entry, and for a misnumbered one when the rest then runs on (1 3 →
 * 1 2, 1 1 3 → 1 2 3: a renumbering that rule makes); its own number otherwise (1 3 4 may be a lost
 * attachment). `renumber` says whether the entry was renumbered mechanically.
 */
export function entryNumbers(note: Note): { index: number; renumber: boolean }[] {
  if (note.entries.length < 2) return note.entries.map((e, i) => ({ index: e.marker?.index ?? i + 1, renumber: false }));
  let prev = 0;
  return note.entries.map((e, i) => {
    const expected = prev + 1;
    const m = e.marker;
    if (!m) {
      prev = expected;
      return { index: expected, renumber: false };
    }
    if (m.index !== expected) {
      const next = note.entries[i + 1]?.marker;
      const renumber = !next || next.index === expected + 1;
      prev = renumber ? expected : m.index;
      return { index: prev, renumber };
    }
    prev = m.index;
    return { index: m.index, renumber: false };
  });
}
