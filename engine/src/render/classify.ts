// What each paragraph of a 公文 is, for layout: 发文机关标志, 发文字号, title, 主送, body, numbered
// headings, 附件说明, signature, date, 附注, 版记, attached documents. Uses the parser's model when it
// found documents (its fields name the parts), else a line classifier good enough for drafts.
import type { Gazette, GwDocument, TextNode } from '../types';
import { SourceText } from '../text/source';
import { pushAll } from '../arrays';

export type Role =
  | 'mark' | 'number' | 'title' | 'recipient' | 'body'
  | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'chapter' | 'section' | 'article'
  | 'attachNote' | 'signature' | 'date' | 'note' | 'cc' | 'printedBy'
  | 'attachLabel' | 'attachTitle' | 'subtitle' | 'row'
  | 'copyNo' | 'secrecy' | 'urgency' | 'imprint' | 'signer';

/**
 * GB/T 9704 7.2.1-7.2.3: 份号 (six digits), 密级和保密期限 (机密★1年) and 紧急程度 (特急, 加急), each on
 * a line of its own above the 发文机关标志, flush left in the type area's top rows.
 */
export const HEAD_NOTES: [Role, RegExp][] = [
  ['copyNo', /^\d{6}$/],
  ['secrecy', /^(绝密|机密|秘密)([★☆*＊][^\s，。；]{0,8})?$/],
  ['urgency', /^(特急|加急)$/],
];
export const HEAD_NOTE_ROLES = new Set<Role>(HEAD_NOTES.map(([r]) => r));
export function headNoteRole(text: string): Role | undefined {
  for (const [role, re] of HEAD_NOTES) if (re.test(text)) return role;
  return undefined;
}

export interface RBlock {
  role: Role;
  /** Normalised text to print. */
  text: string;
  /** map[i] = source offset of text[i]; map[text.length] = end offset. */
  map: number[];
  /** 0-based source line of the first character. */
  line: number;
  /** Leading characters set in the heading font (一、… heading sentence, 第一条 marker). */
  headLen?: number;
  /** An 附件说明 continuation line (2. XXXX under 附件：1. XXXX). */
  cont?: boolean;
}

/**
 * GB/T 9704 clause 10's special formats; a document without one is laid out in the 文件格式.
 * letter 10.1 信函格式, decree 10.2 命令（令）格式, minutes 10.3 纪要格式.
 */
export type DocFormat = 'letter' | 'decree' | 'minutes';

/**
 * The format of a document from its 发文机关标志 and type. A 令 is known by its mark (机关全称加
 * 令). A 信函格式 mark is the organ's name alone, but 7.2.4 allows that for a 文件 too: only a 函
 * (by type or by a 函-series 发文字号, 国办函〔…〕) with such a mark is given the 信函格式.
 */
export function formatOfDoc(mark: string | undefined, type: string | undefined, number: string | undefined): DocFormat | undefined {
  if (type === '纪要' || (mark && /纪要$/.test(mark))) return 'minutes';
  if (!mark) return undefined;
  if (/令$/.test(mark)) return 'decree';
  if (/(文件|公告|通告|公报)$/.test(mark)) return undefined;
  if (type === '函' || /函[〔[（(]/.test(number ?? '')) return 'letter';
  return undefined;
}

export interface RDoc {
  blocks: RBlock[];
  /** GB/T 9704 clause 10 format; undefined: the 文件格式. */
  format?: DocFormat;
  title?: string;
  number?: string;
  /** Source line where the document starts. */
  line: number;
}

const CN = '〇零一二三四五六七八九十百';
const RE_MARK = /^(.{2,30}?)(文件|令)$/;
const RE_NUMBER = /^[\u4e00-\u9fa5]{1,12}[〔[（(【﹝〖]\d{2,4}[〕\]）)】﹞〗]第?\d+号$/;
const RE_DECREE_NO = /^第\d+号$/;
const RE_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
const RE_TITLE_END = /(通知|通报|意见|方案|办法|决定|命令|令|公告|通告|函|请示|报告|批复|规定|细则|规则|纪要|大事记|条例|规划|计划|要点|决议|议案|复函)(（[^）]*）)?$/;

export const LEVEL_RES: [Role, RegExp][] = [
  ['chapter', new RegExp(`^第[${CN}]+章`)],
  ['section', new RegExp(`^第[${CN}]+节`)],
  ['article', new RegExp(`^第[${CN}]+条`)],
  ['h1', new RegExp(`^[${CN}]+[、，,]`)],
  ['h2', new RegExp(`^[（(][${CN}]+[）)]`)],
  ['h3', /^\d+[.．、](?!\d)/],
  ['h4', /^[（(]\d+[）)]/],
  ['h5', /^[①-⑳]/],
];

/** Normalises one source line: strips markdown markers and the spaces between CJK characters. */
export function normaliseLine(source: SourceText, line: number): { text: string; map: number[] } {
  const start = source.lineStarts[line];
  const raw = source.lineText(line);
  const chars: string[] = [];
  const map: number[] = [];
  let i = 0;
  const hashes = /^\s*#{1,6}\s+/.exec(raw);
  if (hashes) i = hashes[0].length;
  for (; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '*' && raw[i + 1] === '*') {
      i++;
      continue;
    }
    chars.push(ch);
    map.push(start + i);
  }
  // Trim, and drop spaces between two full-width characters (extraction noise: 通 知, 2024 年).
  const out: string[] = [];
  const outMap: number[] = [];
  const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0';
  const wide = (c: string | undefined) => !!c && c.charCodeAt(0) >= 0x2e80;
  for (let k = 0; k < chars.length; k++) {
    if (isSpace(chars[k])) {
      let a = k - 1;
      while (a >= 0 && isSpace(chars[a])) a--;
      let b = k + 1;
      while (b < chars.length && isSpace(chars[b])) b++;
      if (a < 0 || b >= chars.length) continue;
      // A tab separates a table's cells (序号⇥项目名称): it is kept, never read as noise.
      if (chars[k] !== '\t' && (wide(chars[a]) || wide(chars[b]))) {
        // keep the one space after 第一条 (GB/T 9704 puts a full-width space there)
        const before = chars.slice(0, k).join('');
        if (!/^第[〇零一二三四五六七八九十百]+条$/.test(before.trim())) continue;
      }
    }
    out.push(chars[k]);
    outMap.push(map[k]);
  }
  const endOff = source.lineEnd(line);
  outMap.push(out.length ? outMap[outMap.length - 1] + out[out.length - 1].length : endOff);
  return { text: out.join(''), map: outMap };
}

function headLenOf(role: Role, text: string): number | undefined {
  if (role === 'h1' || role === 'h2') {
    const m = /[。：:]/.exec(text);
    return m ? m.index + 1 : text.length;
  }
  if (role === 'article' || role === 'chapter' || role === 'section') {
    const m = new RegExp(`^第[${CN}]+[章节条]`).exec(text);
    return role === 'article' ? (m ? m[0].length : 0) : text.length;
  }
  return undefined;
}

function levelRole(text: string): Role | undefined {
  for (const [role, re] of LEVEL_RES) if (re.test(text)) return role;
  return undefined;
}

function looksLikeTitle(text: string): boolean {
  return text.length <= 60 && !/[。；]$/.test(text) && RE_TITLE_END.test(text) && !RE_DATE.test(text);
}

function isMark(text: string, next: string | undefined): boolean {
  if (!next) return false;
  if (RE_MARK.test(text) && text.length <= 24) return true;
  // The bare issuer (字 series) directly above a 发文字号.
  return text.length <= 20 && /(人民政府|办公室|办公厅|委员会|局|厅)$/.test(text) && RE_NUMBER.test(next);
}

interface Para { text: string; map: number[]; line: number }

/** A table's row: cells split by tabs (the corpus's TSV tables), or a markdown row `| a | b |`. */
const isRow = (text: string) => text.includes('\t') || /^\|.*\|$/.test(text);

/**
 * A paragraph the parser joined across a table's rows (it joins consecutive rows as it joins hard
 * wraps: `…35.6` ⏎ `2⇥京杭…` read `35.62`), cut back into its source lines, each row its own.
 */
function splitRows(source: SourceText, p: Para): Para[] {
  if (!p.text.includes('\t') && !p.text.includes('|')) return [p];
  const pieces = sourceLines(source, p);
  if (!pieces.some((x) => isRow(x.text))) return [p];
  // Rows alone; the lines between two rows that are no rows stay one paragraph.
  return joinPieces(pieces, (last, x) => !isRow(last.text) && !isRow(x.text));
}

/** A 纪要's 出席, 请假 and 列席 lines (GB/T 9704 10.3), each printed on a line of its own. */
export const ATTENDANCE = /^(出席|请假|列席)[：:]/;

/**
 * A paragraph the parser joined across a 纪要's 出席 / 请假 / 列席 lines (`…朱琳` ⏎ `请假：郑凯`
 * read `…朱琳请假：郑凯`), cut back where a source line opens with one of them.
 */
function splitAttendance(source: SourceText, p: Para): Para[] {
  if (!/(出席|请假|列席)[：:]/.test(p.text.slice(1))) return [p];
  return joinPieces(sourceLines(source, p), (_, x) => !ATTENDANCE.test(x.text));
}

/** A paragraph's pieces (sourceLines) put back together wherever `runsOn(last, next)`: one paragraph each run. */
function joinPieces(pieces: Para[], runsOn: (last: Para, next: Para) => boolean): Para[] {
  const out: Para[] = [];
  for (const x of pieces) {
    const last = out[out.length - 1];
    if (last && runsOn(last, x)) append(last, x);
    else out.push({ ...x });
  }
  return out;
}

/** `next`'s text added to `into`'s, its map after `into`'s last character (`into`'s end entry dropped). */
function append(into: { text: string; map: number[] }, next: { text: string; map: number[] }): void {
  into.text += next.text;
  into.map = [...into.map.slice(0, -1), ...next.map];
}

/** A paragraph cut into the pieces that come from each source line. */
function sourceLines(source: SourceText, p: Para): Para[] {
  const pieces: Para[] = [];
  let from = 0;
  let line = source.positionAt(p.map[0]).line;
  for (let k = 1; k <= p.text.length; k++) {
    const l = k < p.text.length ? source.positionAt(p.map[k]).line : -1;
    if (l === line) continue;
    pieces.push({ text: p.text.slice(from, k), map: [...p.map.slice(from, k), k < p.text.length ? p.map[k - 1] + 1 : p.map[k]], line });
    from = k;
    line = l;
  }
  return pieces;
}

/** Classifies the paragraphs of a text line by line (one paragraph per non-empty line). */
export function classifyLines(source: SourceText): RDoc[] {
  const paras: Para[] = [];
  for (let l = 0; l < source.lineCount; l++) {
    const n = normaliseLine(source, l);
    if (!n.text.trim()) continue;
    if (/^[~～=\-_]{4,}$/.test(n.text)) continue;
    paras.push({ ...n, line: l });
  }
  return classifyParas(paras);
}

type State = 'head' | 'title' | 'body' | 'tail' | 'attached';

function classifyParas(paras: Para[], initial: State = 'head'): RDoc[] {
  const docs: RDoc[] = [];
  let doc: RDoc | undefined;
  let state: State = initial;
  const push = (p: Para, role: Role, extra: Partial<RBlock> = {}) => {
    if (!doc) {
      doc = { blocks: [], line: p.line };
      docs.push(doc);
    }
    doc.blocks.push({ role, text: p.text, map: p.map, line: p.line, ...extra });
    if (role === 'title' && !doc.title) doc.title = p.text;
    else if (role === 'title') doc.title += p.text;
    if (role === 'number' && !doc.number) doc.number = p.text;
  };
  const newDoc = (p: Para) => {
    doc = { blocks: [], line: p.line };
    docs.push(doc);
    state = 'head';
  };
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    const t = p.text;
    const next = paras[i + 1]?.text;
    const note = headNoteRole(t);
    if (note) {
      // Above a mark (a later document of an issue opens with them too), or at a document's head.
      let k = i + 1;
      while (k < paras.length && headNoteRole(paras[k].text)) k++;
      const opensDoc = k < paras.length && isMark(paras[k].text, paras[k + 1]?.text);
      const onlyNotes = !doc || doc.blocks.every((b) => HEAD_NOTE_ROLES.has(b.role));
      if (opensDoc || (state === 'head' && onlyNotes)) {
        if (!onlyNotes) newDoc(p);
        push(p, note);
        continue;
      }
    }
    if (isMark(t, next) && (state !== 'body' || RE_NUMBER.test(next ?? '') || RE_DECREE_NO.test(next ?? ''))) {
      if (doc && doc.blocks.some((b) => !HEAD_NOTE_ROLES.has(b.role))) newDoc(p);
      push(p, 'mark');
      state = 'head';
      continue;
    }
    if (RE_NUMBER.test(t) || (RE_DECREE_NO.test(t) && doc?.blocks.at(-1)?.role === 'mark')) {
      if (doc && doc.blocks.some((b) => b.role !== 'mark' && !HEAD_NOTE_ROLES.has(b.role))) newDoc(p);
      push(p, 'number');
      state = 'title';
      continue;
    }
    if (isRow(t)) {
      // A table's row, however short or title-like (its head row 序号⇥项目名称); its tabs are kept:
      // they divide its cells (layout.ts sets the rows of a table in a ruled grid).
      push(p, 'row');
      if (state === 'head' || state === 'title') state = 'body';
      else if (state === 'tail') state = 'attached';
      continue;
    }
    if (state === 'head' || state === 'title') {
      const last = doc?.blocks.at(-1);
      if (/[：:]$/.test(t) && t.length <= 80 && !levelRole(t)) {
        push(p, 'recipient');
        state = 'body';
        continue;
      }
      if (last?.role === 'recipient' || (last?.role === 'title' && /[，、]$/.test(t))) {
        push(p, 'body');
        state = 'body';
        continue;
      }
      const titleCount = doc?.blocks.filter((b) => b.role === 'title').length ?? 0;
      if (!levelRole(t) && !/[。；]$/.test(t) && t.length <= 60 && titleCount < 3 &&
          (state === 'title' || looksLikeTitle(t) || /^关于/.test(t))) {
        push(p, 'title');
        state = 'title';
        continue;
      }
      state = 'body';
    }
    // A recipient line continued on the next line (各县…，⏎市政府有关部门…：).
    const last = doc?.blocks.at(-1);
    if (last?.role === 'recipient' && /[，、]$/.test(last.text) && /[：:]$/.test(t)) {
      append(last, p);
      continue;
    }
    if (RE_DATE.test(t) && state !== 'tail') {
      const prev = doc?.blocks.at(-1);
      // A short line above the date is the signature, its tab too (市长⇥李明 is no table's row).
      if (prev && (prev.role === 'body' || prev.role === 'row') && prev.text.length <= 30 && !/[。；，：！？]$/.test(prev.text)) {
        prev.role = 'signature';
        prev.text = prev.text.replace(/\t/g, '\u3000'); // 市长⇥李明: a tab is no width on the grid
      }
      push(p, 'date');
      state = 'tail';
      continue;
    }
    if (/^附件[:：]/.test(t) && state === 'body') {
      push(p, 'attachNote');
      continue;
    }
    if (last?.role === 'attachNote' && /^\d+[.．]/.test(t) && state === 'body') {
      push(p, 'attachNote', { cont: true });
      continue;
    }
    if (/^抄送[:：]/.test(t)) {
      push(p, 'cc');
      state = 'tail';
      continue;
    }
    if (/印发$/.test(t) && /\d{4}年\d{1,2}月\d{1,2}日/.test(t) && t.length <= 50) {
      push(p, 'printedBy');
      state = 'tail';
      continue;
    }
    if (state === 'tail') {
      if (/^[（(].*[）)]$/.test(t) && t.length <= 40) {
        push(p, 'note');
        continue;
      }
      if (/^附件\s*\d*$/.test(t)) {
        push(p, 'attachLabel');
        state = 'attached';
        continue;
      }
      if (!levelRole(t) && !/[。；，]$/.test(t) && t.length <= 60) {
        push(p, 'attachTitle');
        state = 'attached';
        continue;
      }
      state = 'attached';
    }
    if (state === 'attached') {
      const prevRole = doc?.blocks.at(-1)?.role;
      // A title's second line holds no colon: a form's header under it (填报单位：　　填报日期：) is a line of its own.
      if (prevRole === 'attachLabel' || (prevRole === 'attachTitle' && !levelRole(t) && !/[。；，]$/.test(t) && !/[：:]/.test(t) && t.length <= 40)) {
        push(p, 'attachTitle');
        continue;
      }
      if (/^附件\s*\d*$/.test(t)) {
        push(p, 'attachLabel');
        continue;
      }
    }
    const role = levelRole(t) ?? 'body';
    push(p, role, { headLen: headLenOf(role, t) });
  }
  for (const d of docs) {
    const format = formatOfDoc(d.blocks.find((b) => b.role === 'mark')?.text, /纪要$/.test(d.title ?? '') ? '纪要' : /函$/.test(d.title ?? '') ? '函' : undefined, d.number);
    if (format) d.format = format;
  }
  return docs;
}

/** Whether `ch` is what the parser folds from full-width: a digit (０–９) or a decimal point (３．５). */
const foldable = (ch: string) => (ch >= '0' && ch <= '9') || ch === '.';

/** Whether the source character at `at` is `ch`, a half-width digit or point, written full-width (０–９, ．). */
const fullWidthDigitAt = (source: SourceText, at: number, ch: string) =>
  foldable(ch) && source.text.charCodeAt(at) === ch.charCodeAt(0) + 0xfee0;

/**
 * Puts back the full-width spaces the parser's normalisation removed: GB/T 9704 wants them after
 * 第一条 and in 第一章　总则, and drafters use them in signatures (市长　李明) and for a form's blanks
 * (填报单位：　　　　　　填报日期：　　年　　月　　日), however many. Full-width digits,
 * which the parser reads as half-width, are shown as written: the preview is no silent fix.
 */
function restoreIdeographicSpaces(source: SourceText, text: string, map: number[]): { text: string; map: number[] } {
  let out = '';
  const m: number[] = [];
  for (let k = 0; k < text.length; k++) {
    out += fullWidthDigitAt(source, map[k], text[k]) ? source.text[map[k]] : text[k];
    m.push(map[k]);
    const from = map[k] + 1;
    const to = map[k + 1];
    if (k + 1 < text.length && to > from && source.text.charCodeAt(from) === 0x3000) {
      const gap = source.text.slice(from, to);
      if (/^\u3000+$/.test(gap)) {
        for (let g = 0; g < gap.length; g++) {
          out += '\u3000';
          m.push(from + g);
        }
      }
    }
  }
  m.push(map[text.length]);
  return { text: out, map: m };
}

/** A block for a node the parser found (no character map): offsets follow the source when they can. */
function nodeBlock(source: SourceText, n: TextNode, role: Role): RBlock {
  const raw = source.text.slice(n.start, n.end);
  const map: number[] = [];
  if (raw === n.text) {
    for (let i = 0; i <= n.text.length; i++) map.push(n.start + i);
  } else {
    // Normalised (spaces or markers removed): walk the source for each character.
    let o = n.start;
    for (const ch of n.text) {
      let at = source.text.indexOf(ch, o);
      // A digit (or point) the parser folded from full-width: the written one may come first.
      if (foldable(ch)) {
        const wide = source.text.indexOf(String.fromCharCode(ch.charCodeAt(0) + 0xfee0), o);
        if (wide >= 0 && (at < 0 || wide < at)) at = wide;
      }
      const pos = at >= 0 && at < n.end ? at : o;
      for (let k = 0; k < ch.length; k++) map.push(pos + k);
      o = pos + ch.length;
    }
    map.push(n.end);
  }
  return { role, ...restoreIdeographicSpaces(source, n.text, map), line: source.positionAt(n.start).line };
}

/**
 * 份号, 密级 and 紧急程度 lines right above a document's head, not below `floor` (the previous
 * document's end): the parser leaves them out of every document.
 */
function headNotesAbove(source: SourceText, line: number, floor: number): RBlock[] {
  const out: RBlock[] = [];
  for (let l = line - 1; l >= 0 && source.lineStarts[l] >= floor; l--) {
    const t = normaliseLine(source, l);
    if (!t.text) continue;
    const role = headNoteRole(t.text);
    if (!role) break;
    out.unshift({ role, text: t.text, map: t.map, line: l });
  }
  return out;
}

/** The 签发人 label, spaced or not. */
const SIGNER_LABEL = /签[ \u3000]*发[ \u3000]*人[ \u3000]*[：:]/;
/** A line opening with it. */
const SIGNER_LABEL_LINE = new RegExp(`^[ \\u3000]*${SIGNER_LABEL.source}`);

/**
 * An upward document's 签发人 (7.2.6), which the parser leaves out of the number: `签发人：` and the
 * names, one full-width space between two, for the layout to set two a row. Written after the number
 * on its line, a joint document's further names on the lines under it (set to the right); or on the
 * line above, the number's line ending with the last names (as 7.2.4 prints them).
 */
function signerOf(source: SourceText, number: TextNode, stop: number): RBlock | undefined {
  const L = source.positionAt(number.end).line;
  const ls = source.lineStarts[L];
  const line = source.lineText(L);
  const after = number.end - ls;
  const pieces: [number, string][] = []; // [source offset, raw text] holding names
  let label: RegExpExecArray | null;
  let labelAt: number;
  let up = L - 1;
  while (up > 0 && up >= L - 2 && !source.lineText(up).trim()) up--;
  const above = up >= 0 ? SIGNER_LABEL_LINE.exec(source.lineText(up)) : null;
  if ((label = SIGNER_LABEL.exec(line.slice(after)))) {
    labelAt = number.end + label.index;
    pieces.push([labelAt + label[0].length, line.slice(after + label.index + label[0].length)]);
    for (let l = L + 1; l < source.lineCount && source.lineStarts[l] < stop; l++) {
      const r = source.lineText(l);
      if (!/^[ \u3000]{4,}[\u4e00-\u9fa5·、，, \u3000]{2,40}$/.test(r)) break;
      pieces.push([source.lineStarts[l], r]);
    }
  } else if (above) {
    label = SIGNER_LABEL.exec(above[0])!;
    labelAt = source.lineStarts[up] + label.index;
    pieces.push([source.lineStarts[up] + above[0].length, source.lineText(up).slice(above[0].length)], [number.end, line.slice(after)]);
  } else return undefined;
  // 签, 发, 人 and the colon, wherever a spaced label (签 发 人：) put them.
  const map = [...label[0]].flatMap((c, k) => (/[ \u3000]/.test(c) ? [] : [labelAt + k]));
  let text = '签发人：';
  // A two-character name padded to three (王　芳, 李  红) is one name.
  // Names apart as written: a 、 or ， between two is kept (the preview fixes nothing), spaces are one full-width space.
  const tokens: { text: string; at: number[]; sep?: [string, number] }[] = [];
  for (const [at, raw] of pieces) {
    let from = 0;
    for (const m of raw.matchAll(/[^ \t\u3000、，,]+/g)) {
      const gap = /[、，,]/.exec(raw.slice(from, m.index));
      const sep: [string, number] | undefined = gap ? [gap[0], at + from + gap.index] : undefined;
      from = m.index! + m[0].length;
      const t = { text: m[0], at: [...m[0]].map((_, k) => at + m.index! + k), ...(sep ? { sep } : {}) };
      const last = tokens[tokens.length - 1];
      if (last && !gap && last.text.length === 1 && t.text.length === 1 && last.at[0] >= at) {
        last.text += t.text;
        pushAll(last.at, t.at);
      } else tokens.push(t);
    }
  }
  for (const t of tokens) {
    if (text.length > 4) {
      text += t.sep ? t.sep[0] : '\u3000';
      map.push(t.sep ? t.sep[1] : map[map.length - 1] + 1);
    }
    text += t.text;
    pushAll(map, t.at);
  }
  if (text.length === 4) return undefined;
  map.push(map[map.length - 1] + 1);
  return { role: 'signer', text, map, line: source.positionAt(labelAt).line, headLen: 4 };
}

/** Paragraphs of the parser's documents, classified with the fields the parser found. */
export function classifyModel(source: SourceText, gazette: Gazette): RDoc[] {
  const out: RDoc[] = [];
  for (const [k, d] of gazette.documents.entries()) {
    const paras: Para[] = d.paragraphs.flatMap((p) => splitRows(source, { ...restoreIdeographicSpaces(source, p.text, p.map), line: p.line }))
      .flatMap((p) => (d.type === '纪要' ? splitAttendance(source, p) : [p]));
    // A 纪要's office and date line (聊城市人民政府办公室    2025年8月26日): the parser joins it to the
    // 期数 above or the text below; it is a line of its own.
    const imprint = d.type === '纪要' && d.date ? splitLineOf(source, paras, d.date.start) : undefined;
    // The head (标志, 字号, title) is in the parser's fields, not in its paragraphs.
    const head: RBlock[] = [];
    // 聊城市人民政府令 ⏎ 第48号, 聊城市人民政府公告 ⏎ 〔2025〕第1号: the number begins on the mark's line.
    const decree = (d.number?.isDecree || d.number?.isNotice) && d.issuerMark && d.number.start <= d.issuerMark.start;
    if (d.issuerMark) head.push(nodeBlock(source, d.issuerMark, 'mark'));
    if (d.number) {
      if (decree && d.issuerMark) {
        // 聊城市人民政府令 / 第48号: the number node spans both lines; print only its second line.
        const seq = source.positionAt(d.number.end).line;
        const t = normaliseLine(source, seq);
        head.push({ role: 'number', text: t.text, map: t.map, line: seq });
      } else {
        head.push(nodeBlock(source, d.number, 'number'));
        // An upward document's 签发人 on the number's line (7.2.6), which the parser leaves out of the number.
        const signer = signerOf(source, d.number, d.title?.start ?? Infinity);
        if (signer) head.push(signer);
      }
    }
    if (d.title) head.push(nodeBlock(source, d.title, 'title'));
    // A 大事记's month under its title (（2024年5月）): the parser reads it into \`period\`, no node.
    if (d.title && d.period) {
      const line = source.positionAt(d.title.end).line + 1;
      for (let l = line; l < source.lineCount && l <= line + 2; l++) {
        const t = normaliseLine(source, l);
        if (!t.text) continue;
        if (/^[（(]\d{4}年\d{1,2}月[）)]$/.test(t.text)) head.push({ role: 'subtitle', text: t.text, map: t.map, line: l });
        break;
      }
    }
    head.sort((a, b) => a.map[0] - b.map[0]);
    if (!paras.length && !head.length) continue;
    // 份号, 密级, 紧急程度 above the head: outside the document, read into its title (no mark above
    // them to end a title), or its first paragraphs.
    const top = head[0];
    let title = d.title?.text;
    if (top && top.role === 'title') {
      const pieces = sourceLines(source, top);
      let n = 0;
      while (n < pieces.length - 1 && headNoteRole(pieces[n].text)) n++;
      if (n) {
        const rest = pieces.slice(n);
        head.splice(0, 1, ...pieces.slice(0, n).map((x) => ({ role: headNoteRole(x.text)!, text: x.text, map: x.map, line: x.line })),
          { ...top, text: rest.map((x) => x.text).join(''), map: [...rest.flatMap((x) => x.map.slice(0, -1)), top.map[top.text.length]], line: rest[0].line });
        title = head[n].text;
      }
    }
    const headStart = head[0]?.map[0] ?? Infinity;
    while (paras.length && paras[0].map[0] < headStart && headNoteRole(paras[0].text)) {
      const p = paras.shift()!;
      head.push({ role: headNoteRole(p.text)!, text: p.text, map: p.map, line: p.line });
    }
    const firstLine = Math.min(...head.map((b) => b.line), paras[0]?.line ?? Infinity);
    head.unshift(...headNotesAbove(source, firstLine, k > 0 ? gazette.documents[k - 1].end : 0));
    head.sort((a, b) => a.map[0] - b.map[0]);
    // The parser's paragraphs are already joined and normalised: classify them, then let the
    // parser's fields override what the line classifier guessed.
    const docs = classifyParas(paras, 'body');
    // A field the parser found among the paragraphs (a 令's 决定, whose title it takes for the 令's,
    // stands under the date) is printed there, once: in the head too it printed twice, the first
    // time above the 公布 sentence it follows.
    const body = docs.flatMap((x) => x.blocks);
    const printed = new Set(body.map((b) => b.map[0]));
    for (let k = head.length - 1; k >= 0; k--) if (head[k].role !== 'mark' && printed.has(head[k].map[0])) head.splice(k, 1);
    const blocks = [...head, ...body];
    const within = (n: TextNode | undefined, b: RBlock) => !!n && b.map[0] >= n.start && b.map[0] < Math.max(n.end, n.start + 1);
    const fields: [TextNode | undefined, Role][] = [
      [d.mainRecipient, 'recipient'], [d.signature, 'signature'], [d.date, 'date'], [d.cc, 'cc'],
      [d.printedBy, 'printedBy'],
    ];
    for (const b of blocks.slice(head.length)) {
      for (const [node, role] of fields) {
        if (within(node, b)) {
          b.role = role;
          b.headLen = undefined;
        }
      }
      if (d.notes.some((n) => within(n, b))) b.role = 'note';
    }
    markItems(d, blocks.slice(head.length));
    if (d.type === '纪要' && !d.issuerMark) minutesHead(blocks, head.length, imprint);
    // A 大事记's 目录 entry names its month, as the gazettes' do (聊城市人民政府大事记（2024年6月）).
    const month = head.find((b) => b.role === 'subtitle')?.text ?? '';
    const format = formatOfDoc(d.issuerMark?.text, d.type, d.number?.text);
    out.push({
      ...(format ? { format } : {}),
      blocks, line: blocks[0]?.line ?? source.positionAt(d.start).line,
      title: title ? title + month : docs[0]?.title, number: d.number?.canonical ?? d.number?.text ?? docs[0]?.number,
    });
  }
  return out;
}

/**
 * Cuts the paragraph (among the first two) holding `offset` at source lines, so that the line of
 * `offset` is a paragraph of its own; returns it.
 */
function splitLineOf(source: SourceText, paras: Para[], offset: number): Para | undefined {
  const k = paras.findIndex((p) => p.map[0] <= offset && offset < p.map[p.text.length]);
  if (k < 0 || k > 1) return undefined;
  const line = source.positionAt(offset).line;
  const pieces = sourceLines(source, paras[k]);
  const join = (xs: Para[]): Para[] => (xs.length ? [{
    text: xs.map((x) => x.text).join(''), line: xs[0].line,
    map: [...xs.flatMap((x) => x.map.slice(0, -1)), xs[xs.length - 1].map[xs[xs.length - 1].text.length]],
  }] : []);
  const at = join(pieces.filter((x) => x.line === line));
  paras.splice(k, 1, ...join(pieces.filter((x) => x.line < line)), ...at, ...join(pieces.filter((x) => x.line > line)));
  return at[0];
}

/** A 纪要's 期数 (〔2025〕第12次, 第12期). */
const RE_MINUTES_NO = /^(?:[〔［[(（]\d{4}[〕］\])）])?第[\d一二三四五六七八九十百零〇]+[次期]$/;

/**
 * 10.3: a 纪要's name (聊城市人民政府常务会议纪要, no 关于) is its mark, red at 35 mm, not a black
 * title; under it its 期数 (printed as a 发文字号), the office and date line, then a title of the
 * meeting when one is written (关于市政府第45次常务会议的纪要).
 */
function minutesHead(blocks: RBlock[], from: number, imprint: Para | undefined): void {
  const name = blocks.find((b) => b.role === 'title');
  if (!name || name !== blocks[from - 1] || /关于/.test(name.text) || name.text.length > 30 || !/纪要$/.test(name.text)) return;
  name.role = 'mark';
  let k = from;
  if (blocks[k] && RE_MINUTES_NO.test(blocks[k].text)) blocks[k++].role = 'number';
  if (blocks[k] && imprint && blocks[k].map[0] === imprint.map[0]) blocks[k++].role = 'imprint';
  const t = blocks[k]?.text;
  if (t && blocks[k].role === 'body' && looksLikeTitle(t) && !/[：:]$/.test(t)) {
    blocks[k].role = 'title';
    blocks[k].headLen = undefined;
  }
}

function markItems(d: GwDocument, blocks: RBlock[]): void {
  const roleOf: Record<number, Role> = { 1: 'h1', 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 10: 'chapter', 11: 'section', 12: 'article' };
  for (const it of d.items) {
    const b = blocks.find((x) => x.map[0] <= it.markerSpan.start && it.markerSpan.start < x.map[x.map.length - 1]);
    if (!b || b.role === 'attachNote' || b.role === 'title') continue;
    const role = roleOf[it.level];
    if (role && b.map[0] === it.markerSpan.start) {
      b.role = role;
      b.headLen = headLenOf(role, b.text);
    }
  }
}

/** The documents of a text: the parser's when it found any, else the line classifier's. */
export function classify(source: SourceText, gazette?: Gazette): RDoc[] {
  if (gazette && gazette.documents.length) {
    const docs = classifyModel(source, gazette);
    if (docs.length) return docs;
  }
  return classifyLines(source);
}
