// Completion: on the line under the 发文机关标志, its organ's 机关代字 that fit the mark, as whole
// 发文字号 (聊政办发〔2024〕26号); the next free sequence number after 机关代字〔year〕, and inside 〔〕 the document's
// year with it; a cited document's 发文字号 after 《title》（; unit names valid at the document's date
// inside a 牵头单位 block, less those it names; titles of known documents after 《 (inserting
// 《title》（number）, ranked by the engine: the drafting organ's and the newest first, 任免 notices
// last, the document itself left out); role keywords where a block opens or after a role's ；; in
// the 附件说明, the titles of the attachments printed after the text that it does not name yet; after
// the signature, 附件N and the title of each attachment the 附件说明 names that is not printed yet;
// in a 任免 notice, a post's unit by its full name.
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver/node';
import { citableNumbers, nextSequence, rankForCitation } from '../../../engine/src/registry';
import { SourceText } from '../../../engine/src/text/source';
import { offsetInEarlier } from '../../../engine/src/text/diff';
import { attachmentsToName, issuedParts } from '../../../engine/src/parse/document';
import { rolesAfter } from '../../../engine/src/parse/blocks';
import { asOfDate, documentAt, type Analysis } from './context';
import { t } from './l10n';
import { isSubsequence, namesInBlockText, unitsToOffer } from '../../../engine/src/units';
import { isRepealed } from './hover';

export const TRIGGER_CHARACTERS = ['〔', '〕', ']', '《', '（', '(', '：', ':', '、', '；', ';'];

const NUMBER_BEFORE = /([\u4e00-\u9fa5]{1,12})[〔［\[【](\d{4})[〕］\]】]\s*(\d*)$/;
const BLOCK_BEFORE = /[（(]\s*((?:牵头|配合|责任|负责)单位)[：:]([^（）()\n]*(?:[（(][^（）()\n]*[）)][^（）()\n]*)*)$/;
/** Inside a 发文字号's year bracket, the year not (fully) typed: 聊政办发〔|〕, 聊政办发〔20|. */
const YEAR_INSIDE = /([\u4e00-\u9fa5]{1,12})[〔［\[【](\d{0,3})$/;
/** A citation's number being typed after its title: 《title》（ or 《title》（聊政发〔2023〕. */
const CITED_BEFORE = /《([^《》\n]+)》\s*[（(]([^（）()\n《》]*)$/;
/**
 * A line opening with a role word and its colon, with no sentence before the cursor: roles printed
 * on lines of their own, without brackets (实施方案: 牵头单位：市商务局⏎配合单位：|).
 */
const BARE_ROLE_LINE = /^[ \t\u3000]*((?:牵头|配合|责任|负责)(?:单位|部门))[：:][^。：:（）()]*(?:[（(][^（）()]*[）)][^。：:（）()]*)*。?[ \t\u3000]*$/;
/** A role word being begun at the start of a line (牵|, or nothing yet). */
const ROLE_LINE_START = /^[ \t\u3000]*([\u4e00-\u9fa5]{0,3})$/;
/** A task: a numbered item whose line ends a sentence (（一）培育消费新场景。…。), which roles on lines of their own follow. */
const TASK_LINE = /^[ \t\u3000]*(?:\d{1,3}[.．、]|[（(][\d一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、).*[。；;][ \t\u3000]*$/;

/** Where a block opens: after a sentence (。（ in 400 of the corpus's 401 blocks), or after a role's ； inside one. */
const ROLE_AFTER_SENTENCE = /[。！？!?][（(]\s*([\u4e00-\u9fa5]{0,3})$/;
const ROLE_AFTER_ROLE = /[；;]\s*([\u4e00-\u9fa5]{0,3})$/;
/** A 附件说明 entry being written: 附件：| or 附件：1.城| on its head line, 2.| on a line of its own. */
const NOTE_HEAD = /^[ \t\u3000]*附件[：:][ \u3000]*(?:(\d{1,2})[.．、][ \u3000]*)?([^\s]*)$/;
const NOTE_ENTRY = /^[ \t\u3000]*(\d{1,2})[.．、][ \u3000]*([^\s]*)$/;
const TITLE_BEFORE = /《([^《》\n]*)$/;
/** A post's unit being typed in a 任免 notice: 张三为聊城市住| (任命), 王五的聊城市住| (免去). */
const POST_UNIT = /[为的]([\u4e00-\u9fa5]{2,20})$/;

/** A 机关代字 being typed alone on its line: 聊| or 聊政办|. */
const CODE_ALONE = /^[ \t\u3000]*([\u4e00-\u9fa5]{1,8})$/;

/** An attachment's label being written on a line of its own after the signature: 附件| or 附件2|. */
const ATTACHMENT_LABEL = /^[ \t\u3000]*(附件(\d{0,2}))$/;

/**
 * The cursor's line is a role printed on a line of its own (牵头单位：市商务局、|): the role lines
 * right above and below it, which are the same block, joined as a bracketed block's roles are (；).
 */
function bareRoleLines(source: SourceText, line: number, before: string, after: string): { above: string; below: string } | undefined {
  if (!BARE_ROLE_LINE.test(before + after)) return undefined;
  const roleLine = (n: number) => n >= 0 && n < source.lineCount && BARE_ROLE_LINE.test(source.lineText(n)) ? source.lineText(n).trim() : undefined;
  const above: string[] = [];
  for (let n = line - 1, l = roleLine(n); l !== undefined; l = roleLine(--n)) above.unshift(l);
  const below: string[] = [];
  for (let n = line + 1, l = roleLine(n); l !== undefined; l = roleLine(++n)) below.push(l);
  return { above: above.map((l) => `${l}；`).join(''), below: below.map((l) => `；${l}`).join('') };
}

/**
 * The roles written on the lines right above the cursor's when they are roles printed on lines of
 * their own ('' right under a task, which such roles follow); undefined when the line above is neither.
 */
function rolesAbove(source: SourceText, line: number): string | undefined {
  const lines: string[] = [];
  let n = line - 1;
  while (n >= 0 && BARE_ROLE_LINE.test(source.lineText(n))) lines.unshift(source.lineText(n--).trim());
  if (lines.length) return lines.join('；');
  return n >= 0 && TASK_LINE.test(source.lineText(n)) ? '' : undefined;
}

/** Where the block the cursor is in closes in the text after it: its ） at depth 0, else the line's end. */
function blockEndIn(after: string): number {
  let depth = 0;
  for (let i = 0; i < after.length; i++) {
    if (after[i] === '（' || after[i] === '(') depth++;
    else if (after[i] === '）' || after[i] === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return after.length;
}

/**
 * What is typed of a name anywhere in it, its characters in order (财政 → 市财政局, 城市更新 →
 * 聊城市人民政府关于推进城市更新的意见). VS Code's filter wants the first typed character at a word
 * start, and Chinese has no word starts but the first character: the server matches, and gives the
 * editor a filter text that begins with what is typed (the list is incomplete, so it asks again).
 */
export function typedIn(name: string, typed: string): boolean {
  return isSubsequence(typed, name);
}

function filterTextFor(name: string, typed: string): { filterText?: string } {
  return typed && !name.startsWith(typed) ? { filterText: typed + name } : {};
}

/**
 * The registered document of the series numbered below `next` but dated more than a week after the
 * document's date, if any: the number offered would then be out of date order (doc-number/date-order
 * notes it), and the item says so. A document dated today meets none.
 */
function datedAfter(a: Analysis, code: string, year: string, next: number, date: string) {
  const limit = Date.parse(date) + 7 * 864e5;
  let first: { number: string; date: string; seq: number } | undefined;
  for (const d of a.model.documents) {
    const m = typeof d.number === 'string' ? /^(.+?)〔(\d{4})〕(\d+)号$/.exec(d.number) : null;
    if (!m || m[1] !== code || m[2] !== year || !d.date || Number(m[3]) >= next || !(Date.parse(d.date) > limit)) continue;
    if (!first || Number(m[3]) < first.seq) first = { number: d.number, date: d.date, seq: Number(m[3]) };
  }
  return first && {
    documentation: t('{0} 的成文日期 {1} 晚于本文日期 {2}：请核对成文日期（同一系列的文号按发文先后编排）',
      '{0} is dated {1}, after this document\'s date {2}: check the date (numbers of a series follow the order of issue)', first.number, first.date, date),
  };
}

function range(line: number, from: number, to: number) {
  return { start: { line, character: from }, end: { line, character: to } };
}

/**
 * `a` may be the analysis of an earlier version (large documents: completion does not wait for the
 * lint); the line around the cursor always comes from `text`, the document as it is now.
 */
export function completions(a: Analysis, pos: Position, text: string = a.result.source.text): CompletionList {
  const { gazette } = a.result;
  const source = text === a.result.source.text ? a.result.source : new SourceText(text);
  const offset = source.offsetAt(pos);
  const lineStart = source.lineStarts[pos.line] ?? 0;
  const before = source.text.slice(lineStart, offset);
  const after = source.text.slice(offset, source.lineEnd(pos.line));
  const items: CompletionItem[] = [];
  /** Names matched against what is typed (typedIn): the editor asks again as more is typed. */
  let refine = false;
  // The analysis's parse holds offsets of its own text: the cursor is mapped into it (a paragraph
  // typed above the cursor since that lint would move every offset after it).
  const analysed = source === a.result.source ? offset : offsetInEarlier(a.result.source.text, text, offset);
  const doc = documentAt(gazette.documents, analysed);
  const date = asOfDate(gazette, doc, a.settings);

  const codeOf = (raw: string) => a.model.codes.map((c) => c.code).filter((c) => raw.endsWith(c)).sort((x, y) => y.length - x.length)[0];
  const own = () => gazette.documents.filter((d) => d !== doc).map((d) => d.number?.canonical ?? '');
  const cited = CITED_BEFORE.exec(before);

  // 1. 《title》（| → the registry's numbers for that title (then those beginning with what is typed):
  // a citation names a document that exists, never the next free number.
  if (cited) {
    const [, citedTitle, typed] = cited;
    const close = /^[）)]/.test(after) ? '' : '）';
    citableNumbers(a.model, citedTitle, typed, { code: doc?.number?.code, asOf: date }).forEach((d, i) => items.push({
      label: d.number, kind: CompletionItemKind.Reference, detail: d.title, ...(i === 0 ? { preselect: true } : {}),
      sortText: `0${String(i).padStart(4, '0')}`, filterText: d.number,
      textEdit: { range: range(pos.line, pos.character - typed.length, pos.character), newText: `${d.number}${close}` },
    }));
  }

  // 2. 聊政办发〔2024〕| → the next free number of that series (the document's own number).
  const num = cited ? null : NUMBER_BEFORE.exec(before);
  if (num) {
    const [, rawCode, year, typed] = num;
    const code = codeOf(rawCode);
    if (code) {
      // A year nothing is known of yet (the current one, usually): the series starts at 1 as far as
      // the model and the workspace know, and the detail says so.
      const known = nextSequence(a.model, code, year, own());
      const next = known ?? 1;
      // The number as far as it is written after the cursor is replaced, not written twice.
      const tail = /^\d*号?/.exec(after)![0];
      items.push({
        label: `${next}号`, kind: CompletionItemKind.Value, preselect: true,
        detail: known !== undefined
          ? t('{0}〔{1}〕的下一个序号（已用至 {2} 号）', 'next number of {0}〔{1}〕 (used up to {2})', code, year, next - 1)
          : t('{0}〔{1}〕：模型和工作区中还没有该年的文号', '{0}〔{1}〕: no number of that year in the model or the workspace yet', code, year),
        filterText: String(next), sortText: '0', ...datedAfter(a, code, year, next, date),
        textEdit: { range: range(pos.line, pos.character - typed.length, pos.character + tail.length), newText: `${next}号` },
      });
    }
  }

  // 3. 聊政办发〔| (the editor has closed the bracket: 〔|〕) → the document's year and its next number.
  const yearInside = cited ? null : YEAR_INSIDE.exec(before);
  if (yearInside) {
    const [, rawCode, typed] = yearInside;
    const code = codeOf(rawCode);
    const year = date.slice(0, 4);
    if (code && year.startsWith(typed)) {
      const next = nextSequence(a.model, code, year, own()) ?? 1;
      // What follows the cursor and would be typed again: the closing bracket, then the number as far as written.
      const tail = /^[〕］\]】]?(\d*号)?/.exec(after)![0];
      items.push({
        label: `${year}〕${next}号`, kind: CompletionItemKind.Value, preselect: true,
        detail: t('{0}〔{1}〕的下一个文号（本文日期 {2}）', 'next number of {0}〔{1}〕 (this document\'s date {2})', code, year, date),
        filterText: year, sortText: '0', ...datedAfter(a, code, year, next, date),
        textEdit: { range: range(pos.line, pos.character - typed.length, pos.character + tail.length), newText: `${year}〕${next}号` },
      });
    }
  }

  // 4. Inside a 牵头单位 block, bracketed or with its roles on lines of their own: unit names in use
  // on the document's date.
  const block = BLOCK_BEFORE.exec(before);
  const bare = block ? undefined : bareRoleLines(source, pos.line, before, after);
  if (block || bare) {
    const typed = /[^：:、，,；;（）()\s]*$/.exec(before)![0];
    // After a role's colon or a unit's 、 (，): a ； ends a role, and a role word comes next.
    const afterSep = /[：:、，,]\s*[^：:、，,；;（）()\s]*$/.test(before);
    if (afterSep) {
      // The block's other names, before the name being typed and after the one under the cursor.
      const inner = block ? before.slice(block.index + 1, before.length - typed.length) : bare!.above + before.slice(0, before.length - typed.length);
      const blockRest = block ? after.slice(0, blockEndIn(after)) : after + bare!.below;
      const next = /[、，,；;]/.exec(blockRest);
      const named = [...namesInBlockText(inner), ...(next ? namesInBlockText(blockRest.slice(next.index + 1)) : [])];
      const role = /((?:牵头|配合|责任|负责)(?:单位|部门))[：:][^；;]*$/.exec(inner)?.[1];
      // Matched by its standard name or its full one (聊城市财政 → 市财政局: a block names units by
      // their standard names).
      // A name is replaced whole: the part of it after the cursor (市财|政局) is not left behind.
      const rest = /^[^：:、，,；;（）()\s]*/.exec(after)![0];
      const units = unitsToOffer(a.model, date, named, role).filter((u) => typedIn(u.name, typed) || (!!u.full && typedIn(u.full, typed)));
      refine = true;
      units.forEach((u, i) => items.push({
        label: u.name, kind: CompletionItemKind.Value, ...(u.full ? { detail: u.full } : {}), ...filterTextFor(u.name, typed),
        documentation: t('{0} 起使用', 'in use since {0}', u.validFrom ?? u.firstSeen),
        sortText: `1${String(i).padStart(4, '0')}`,
        textEdit: { range: range(pos.line, pos.character - typed.length, pos.character + rest.length), newText: u.name },
      }));
    }
  }

  // 5. Role keywords where a block opens (。（) or after a role's ； inside one: not after every
  // （ (各县（, a citation's 》（).
  // After a ；, only the roles that may follow those written (牵头 → 配合 → 责任/负责, each once).
  // On a line of its own under a task or under a role's line (roles printed without brackets), the
  // roles that may follow those on the lines above.
  const atStart = ROLE_AFTER_SENTENCE.exec(before);
  const ownLine = atStart || block || after.trim() ? null : ROLE_LINE_START.exec(before);
  const above = ownLine ? rolesAbove(source, pos.line) : undefined;
  const role = atStart ?? (block ? ROLE_AFTER_ROLE.exec(before) : above !== undefined ? ownLine : null);
  const roles = role ? rolesAfter(atStart ? '' : block ? before.slice(block.index + 1) : above ?? '') : [];
  if (role && roles.some((r) => r.startsWith(role[1]))) {
    roles.forEach((r, i) => items.push({
      label: `${r}：`, kind: CompletionItemKind.Keyword, sortText: `2${i}`,
      textEdit: { range: range(pos.line, pos.character - role[1].length, pos.character), newText: `${r}：` },
    }));
  }

  // 6. 《| → known documents: 《title》（number）.
  const title = TITLE_BEFORE.exec(before);
  if (title) {
    // The rest of the title up to its 》 is replaced (the cursor may be inside a title written before).
    const closing = /^[^《》]*》/.exec(after)?.[0].length ?? 0;
    // A citation's number already follows (the title is being rewritten): it is not written again.
    const numbered = closing > 0 && /^\s*[（(]/.test(after.slice(closing));
    const seen = new Set<string>();
    // In a 印发 notice's own body (before its signature), the document it issues comes first: its
    // title (关于印发X的通知 → X), without a number.
    const issued = doc?.title && analysed < (doc.signature?.start ?? doc.date?.start ?? Infinity) ? issuedParts(doc.title.text) : undefined;
    refine = true;
    if (issued && typedIn(issued.x, title[1])) {
      items.push({
        label: issued.x, kind: CompletionItemKind.Reference, preselect: true,
        detail: t('本通知{0}的文件', 'the document this notice issues ({0})', issued.verb),
        sortText: '3', insertTextFormat: InsertTextFormat.PlainText, ...filterTextFor(issued.x, title[1]),
        textEdit: { range: range(pos.line, pos.character - title[1].length, pos.character + closing), newText: `${issued.x}》` },
      });
    }
    // The drafting organ's documents and the newest first, repealed ones after, 任免 notices last;
    // none issued after this document's date; not the document itself (the workspace index or the corpus may hold it under another file).
    const ranked = rankForCitation(a.model, {
      code: doc?.number?.code, demote: (d) => !!isRepealed(a.model, d.number, date), asOf: date,
      self: { number: doc?.number?.canonical, title: doc?.title?.text },
    });
    ranked.forEach((d, i) => {
      if (!d.title || seen.has(d.number + d.title) || !typedIn(d.title, title[1])) return;
      seen.add(d.number + d.title);
      const repealed = isRepealed(a.model, d.number, date);
      items.push({
        label: d.title, kind: CompletionItemKind.Reference,
        detail: [d.number, d.date].filter(Boolean).join(' '),
        ...(repealed ? { tags: [CompletionItemTag.Deprecated], documentation: t('已被 {0} 废止', 'repealed by {0}', repealed.by) } : {}),
        sortText: `3${String(i + 1).padStart(5, '0')}`, ...filterTextFor(d.title, title[1]),
        insertTextFormat: InsertTextFormat.PlainText,
        textEdit: {
          range: range(pos.line, pos.character - title[1].length, pos.character + closing),
          newText: d.number && !numbered ? `${d.title}》（${d.number}）` : `${d.title}》`,
        },
      });
    });
  }
  // 7. In the 附件说明 (附件：|, or 2.| under it): the titles of the attachments printed after the
  // text that it does not name yet, numbered when there are several and no number is typed.
  const noteLine = NOTE_HEAD.exec(before) ?? (doc?.attachmentNote && analysed >= doc.attachmentNote.start && analysed <= doc.attachmentNote.end + 1 ? NOTE_ENTRY.exec(before) : null);
  if (doc && noteLine) {
    const [, marker, typed] = noteLine;
    const index = marker ? Number(marker) : undefined;
    const open = attachmentsToName(doc, { ...(index !== undefined ? { index } : {}), name: typed + /^[^\s]*/.exec(after)![0] });
    const numbered = !marker && doc.attachments.filter((x) => x.label && /^附件/.test(x.label)).length > 1;
    refine = true;
    open.filter((att) => typedIn(att.title, typed)).sort((x, y) => Number(y.index === index) - Number(x.index === index)).forEach((att, i) => items.push({
      label: att.title, kind: CompletionItemKind.File, detail: att.label, ...(i === 0 ? { preselect: true } : {}), ...filterTextFor(att.title, typed),
      sortText: `4${String(i).padStart(3, '0')}`,
      textEdit: {
        range: range(pos.line, pos.character - typed.length, pos.character + /^[^\s]*/.exec(after)![0].length),
        newText: numbered && att.index !== undefined ? `${att.index}.${att.title}` : att.title,
      },
    }));
  }

  // 8. After the signature, 附件| on a line of its own: the 附件说明's entries not printed yet, as
  // the attachment's label and, two lines down, its title (附件2⏎⏎工作联系人名单), in the note's order.
  const label = ATTACHMENT_LABEL.exec(before);
  const closed = doc && Math.max(doc.date?.end ?? -1, doc.signature?.end ?? -1);
  if (doc?.attachmentNote && label && !after.trim() && closed !== undefined && closed >= 0 && analysed > closed) {
    const bare = (x: string) => x.replace(/[\s\u3000]+/g, '');
    const printed = new Set(doc.attachments.filter((x) => x.title).map((x) => bare(x.title!.text)));
    const several = doc.attachmentNote.entries.length > 1;
    doc.attachmentNote.entries
      .filter((e) => bare(e.name.text) && !printed.has(bare(e.name.text)) && (!label[2] || String(e.index) === label[2]))
      .forEach((e, i) => {
        const head = `附件${several && e.index !== undefined ? e.index : ''}`;
        items.push({
          label: head, kind: CompletionItemKind.File, detail: bare(e.name.text), ...(i === 0 ? { preselect: true } : {}),
          sortText: `5${String(i).padStart(3, '0')}`, insertTextFormat: InsertTextFormat.PlainText,
          textEdit: { range: range(pos.line, pos.character - label[1].length, pos.character + after.length), newText: `${head}\n\n${bare(e.name.text)}` },
        });
      });
  }

  // 10. In a 任免 notice, the unit of a post (张三为聊城市住|): full names, as 任免 notices write
  // them, of the units in use on the document's date.
  const post = doc?.type === '任免' ? POST_UNIT.exec(before) : null;
  if (post) {
    const typed = post[1];
    refine = true;
    unitsToOffer(a.model, date, []).filter((u) => u.full && (typedIn(u.full, typed) || typedIn(u.name, typed))).forEach((u, i) => items.push({
      label: u.full!, kind: CompletionItemKind.Value, detail: u.name, ...filterTextFor(u.full!, typed),
      sortText: `7${String(i).padStart(4, '0')}`,
      textEdit: { range: range(pos.line, pos.character - typed.length, pos.character), newText: u.full! },
    }));
  }

  // 9. On the line after the 发文机关标志, the 机关代字 being typed: the codes of that organ whose series
  // fits the mark (…文件: 发; the bare name: 字), each as a whole 发文字号 with the document's year
  // and the next free number (聊政办发〔2024〕26号).
  const code = CODE_ALONE.exec(before);
  if (code && !after.trim()) {
    let line = pos.line - 1;
    while (line >= 0 && !source.lineText(line).trim()) line--;
    const mark = line >= 0 ? source.lineText(line).replace(/[\s\u3000]+/g, '') : '';
    const file = /文件$/.test(mark);
    const issuer = mark.replace(/文件$/, '');
    const year = date.slice(0, 4);
    a.model.codes
      .filter((c) => c.issuer === issuer && c.code.startsWith(code[1]) && (file ? ['发', '办发'] : ['字', '办字']).includes(c.kind))
      .forEach((c, i) => {
        const next = nextSequence(a.model, c.code, year, own()) ?? 1;
        items.push({
          label: `${c.code}〔${year}〕${next}号`, kind: CompletionItemKind.Value, ...(i === 0 ? { preselect: true } : {}),
          detail: t('{0}的发文字号，{1}年的下一个序号', 'a number of {0}, the next of {1}', c.issuer, year),
          sortText: `6${String(i).padStart(3, '0')}`, ...datedAfter(a, c.code, year, next, date),
          textEdit: { range: range(pos.line, pos.character - code[1].length, pos.character), newText: `${c.code}〔${year}〕${next}号` },
        });
      });
  }

  items.sort((x, y) => (x.sortText ?? '').localeCompare(y.sortText ?? ''));
  return { isIncomplete: refine, items };
}
