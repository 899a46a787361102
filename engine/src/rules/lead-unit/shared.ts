// What the lead-unit rules share: the block's units as clean tokens (spaces trimmed, stray `；` or
// `。` inside a role read as separators), the local-government group, and the width-island test.
import type { LeadBlock, LeadRoleSegment, Paragraph, Span, TextNode } from '../../types';
import { inOwnTail } from '../../text/continuation';
import type { RuleContext } from '../types';
import { homophones } from '../../units/homophones';
import { shapeAlike } from '../../units/shape-alike';
import { differsInKindOnly, isCountyCounterparts, isLocalGovernment, isPlausibleUnit, isProvinceLocalGovernment, lookupUnit, nearestUnits, normalizeUnitName } from '../../units';
import type { UnitLookup } from '../../units';
import { firstAtOrAfter } from '../../text/marks';
import { spanIn } from '../../parse/paragraphs';
import { documentsUsingInstead } from './issue-usage';
import { takenAnswer, watchingSource } from '../memo';
import { CONTINUATION_MARK, spanAt, widthRegion } from '../cross-ref/util';
import { recipientTokens } from './main-recipient';
import type { RecipientToken } from './main-recipient';
import { appointmentTokens } from './appointment';
import type { AppointmentToken } from './appointment';
import { mentionTokens } from './mentions';
import { rosterTokens } from './roster';
import { anotherCitysDocument, anotherPlacesBody, cityNames, fullNameOf } from './place';
import { perNode } from '../memo';
import { overlaps } from '../spans';

export interface UnitToken extends Span {
  /** Comparable name (normalised: full-width parentheses, no spaces). */
  name: string;
  /** The text as written (normalised paragraph text, trimmed). */
  text: string;
  role: LeadRoleSegment;
  roleIndex: number;
  /** Position in the role's list. */
  index: number;
  /** The separator before it inside the role (none for the first unit). */
  sepBefore?: TextNode;
  /** A `；` / `。` found inside what the parser read as one unit (units not separated by `、`). */
  strayBefore?: TextNode;
  /** A `等` closing the name (市财政局等): not part of it; lead-unit/etc reports it. */
  etc?: TextNode;
  /** Source offset of each character of `text` (absent when its paragraph was not found): the
   * source between two of them is what the normalised text leaves out (a line break, indentation). */
  offsets?: number[];
}

export function paragraphOf(ctx: RuleContext, block: LeadBlock): Paragraph | undefined {
  return ctx.doc.paragraphs[block.paragraph];
}

/** Normalised index in `p` of the character at source offset `off` (-1 when absent). */
export function normIndex(p: Paragraph, off: number): number {
  // map is increasing: binary search.
  let lo = 0;
  let hi = p.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.map[mid] < off) lo = mid + 1;
    else hi = mid;
  }
  return p.map[lo] === off ? lo : -1;
}

// Every lead-unit rule walks every block and asks the same questions of it; a block belongs to one
// parse (one lint run, one model and date), so the answers are remembered per block object.
// An answer worked out from the source text reads ctx.source again when taken (memo.ts watchingSource).
const tokenCache = new WeakMap<LeadBlock, { value: UnitToken[]; readSource: boolean; readOwn: boolean }>();
const judgedCache = new WeakMap<LeadBlock, { value: UnitToken[]; readSource: boolean; readOwn: boolean }>();
const depthCache = new WeakMap<LeadBlock, number>();
const openEndCache = new WeakMap<LeadBlock, { value: ReturnType<typeof openBlockEnd>; readSource: boolean; readOwn: boolean }>();

const taken = takenAnswer;

/** An English name: Latin words, digits and their punctuation, one letter at least. */
const ENGLISH_WORDS = "[ A-Za-z0-9.,'’&\\-]*[A-Za-z][ A-Za-z0-9.,'’&\\-]*";
/** An English name in brackets closing a unit as written in a block: （Municipal Finance Bureau）, [People's Bank …]. */
const ENGLISH_NAME_AFTER = new RegExp(`[ \\u3000]*(?:（${ENGLISH_WORDS}）|\\(${ENGLISH_WORDS}\\)|\\[${ENGLISH_WORDS}\\]|【${ENGLISH_WORDS}】)$`);

/** The brackets ENGLISH_NAME_AFTER ends with: a unit not ending so (most) is not sliced and searched. */
const CLOSES_GLOSS = new Set([...'）)]】'].map((c) => c.charCodeAt(0)));

/** The units of every role of a block, in order. */
export function unitTokens(ctx: RuleContext, block: LeadBlock): UnitToken[] {
  let tokens = tokenCache.get(block);
  if (!tokens) tokenCache.set(block, (tokens = watchingSource(ctx, (c) => tokensOf(c, block))));
  return taken(ctx, tokens).slice(); // callers may pop or splice their copy
}

function tokensOf(ctx: RuleContext, block: LeadBlock): UnitToken[] {
  const p = paragraphOf(ctx, block);
  const out: UnitToken[] = [];
  block.roles.forEach((role, roleIndex) => {
    let index = 0;
    let sep = 0;
    role.units.forEach((u, k) => {
      // The separator right before the unit, by position: a stray one (、、, a leading 、) is
      // lead-unit/stray-separator's, and must not shift the pairs after it.
      while (sep < role.separators.length && role.separators[sep].end <= u.start) sep++;
      const sepBefore = k > 0 && sep > 0 ? role.separators[sep - 1] : undefined;
      const a0 = p ? normIndex(p, u.start) : -1;
      if (!p || a0 < 0) {
        const t = u.text.trim();
        if (t) out.push({ name: normalizeUnitName(t), text: t, start: u.start, end: u.end, role, roleIndex, index: index++, sepBefore });
        return;
      }
      const text = u.text;
      // Split at a stray `；` `;` `。` (two units run together with the wrong separator), found by a
      // regex: a char-code loop over every character was slow in a cold process.
      let s = 0;
      let stray: TextNode | undefined;
      STRAY.lastIndex = 0;
      for (let more = true; more;) {
        more = STRAY.test(text);
        const i = more ? STRAY.lastIndex - 1 : text.length;
        let a = s;
        let b = i;
        while (a < b && isSpace(text.charCodeAt(a))) a++;
        while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
        // 市教育体育局等市直有关部门: a name, then the group of the others it stands for; the name is judged.
        const group = ETC_GROUP.exec(text.slice(a, b));
        if (group && group.index > 2) {
          b = a + group.index;
          while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
        }
        // 市财政局等: the name is judged without the 等 (no unit's name ends in it).
        let etc: TextNode | undefined;
        if (!group && b - a > 3 && text[b - 1] === '等') {
          etc = { text: '等', ...spanIn(p, a0 + b - 1, a0 + b) };
          b--;
          while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
        }
        // 市财政局（Municipal Finance Bureau）: an English name after the unit, no part of its name.
        const gloss = b > a && CLOSES_GLOSS.has(text.charCodeAt(b - 1)) ? ENGLISH_NAME_AFTER.exec(text.slice(a, b)) : null;
        if (gloss && gloss.index > 1) {
          b = a + gloss.index;
          while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
        }
        if (b > a) {
          out.push({
            name: normalizeUnitName(text.slice(a, b)), text: text.slice(a, b), ...spanIn(p, a0 + a, a0 + b),
            role, roleIndex, index: index++, sepBefore: stray ? undefined : sepBefore, strayBefore: stray,
            offsets: p.map.slice(a0 + a, a0 + b), ...(etc ? { etc } : {}),
          });
        }
        if (i < text.length) stray = { text: text[i], ...spanIn(p, a0 + i, a0 + i + 1) };
        s = i + 1;
      }
    });
  });
  return out;
}

/** ； ; 。 */
const STRAY = /[；;。]/g;
/** 等 and a group word closing a unit (市财政局等市直有关部门, …等有关单位, …等市直有关部门（单位）, …等成员单位:
 * redteam8): the others named as a group. */
const ETC_GROUP = /等\s*(?:[0-9０-９一二三四五六七八九十]{1,3}[余多]?个)?(?:市直|市级|市政府|其他|其它)?(?:各)?(?:有关|相关)?(?:成员)?(?:部门(?:（单位）|和单位)?|单位)$/;
/** What /\s/ matches (a char-code test: a regex per character made a string per character). */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether the token opens the local-government group (`…市财政局，各县（市、区）人民政府、…`). */
export function opensLocalGroup(ctx: RuleContext, tokens: UnitToken[], i: number): boolean {
  const t = tokens[i];
  if (!inLocalGroup(ctx, t.name) && !sharesGovernmentSuffix(ctx, tokens, i)) return false;
  const prev = tokens[i - 1];
  if (!prev || prev.role !== t.role) return false;
  // After a group named as a list of kinds (各市、区人民政府), a further 、 would read as part of that
  // list: the next group (苏州工业园区、…管委会) is set off by ， as 苏州's blocks print it.
  return !inLocalGroup(ctx, prev.name) || /^[^（]*、/.test(prev.name);
}

/** A county, district or county-level city named bare. */
const BARE_PLACE = /^[\u4e00-\u9fa5]{1,4}[县区]$|^[^市][\u4e00-\u9fa5]{1,3}市$/;

/**
 * A county named bare that shares the next unit's 人民政府 (市水利局，东阿县、阳谷县人民政府): the
 * first of a group of named county governments, written as one.
 */
function sharesGovernmentSuffix(ctx: RuleContext, tokens: UnitToken[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return BARE_PLACE.test(t.name) && !!next && next.role === t.role && next.sepBefore?.text === '、' &&
    /人民政府$/.test(next.name) && inLocalGroup(ctx, next.name);
}

/**
 * Whether the `，` before the token sets off the local-government group: in front of it, or behind it
 * when the group is written first (东昌府区、茌平区人民政府，市自然资源和规划局), as an assignment
 * written after its units accepts either side. Not inside the group, nor between two departments.
 */
export function setsOffLocalGroup(ctx: RuleContext, tokens: UnitToken[], i: number): boolean {
  if (opensLocalGroup(ctx, tokens, i)) return true;
  const t = tokens[i];
  const prev = tokens[i - 1];
  return !!prev && prev.role === t.role && inLocalGroup(ctx, prev.name) && !inLocalGroup(ctx, t.name);
}

/** A group of governments or bodies: what a `，` may set off (before or after it) in an assignment written after its units. */
const INLINE_GROUP = /^(?:各|地方|有关|相关|其他)|(?:有关|相关|各)(?:部门|单位)|(?:人民政府|政府)$/;

/**
 * Whether a `，` (or a `,`, then only a width question) belongs before the token: beside the
 * local-government group; in an assignment written after its units, also beside any group of
 * governments or bodies (工业和信息化部，各省级人民政府按职责分工负责), as 国务院 and province texts write.
 */
export function setsOffGroup(ctx: RuleContext, block: LeadBlock, tokens: UnitToken[], i: number): boolean {
  if (setsOffLocalGroup(ctx, tokens, i)) return true;
  return !!block.inline && (INLINE_GROUP.test(tokens[i].name) || INLINE_GROUP.test(tokens[i - 1]?.name ?? ''));
}

/**
 * A county government or development-zone committee, also when misspelt (各县（市、）人民政府); or,
 * in a department's own document, its county counterparts (各县（市、区）人力资源社会保障局,
 * 各县（市、区）市场监管局): the county-level group a `，` sets off from the city's units just the same.
 */
function inLocalGroup(ctx: RuleContext, name: string): boolean {
  // Asked of each token by several rules and several times by each (2,125 calls for 162 names a
  // lint of the largest gazette): answered once per document, model, date and name.
  let memo = localGroupMemo.get(ctx.doc);
  if (!memo || memo.model !== ctx.model || memo.asOf !== ctx.asOf) {
    localGroupMemo.set(ctx.doc, (memo = { model: ctx.model, asOf: ctx.asOf, names: new Map() }));
  }
  let v = memo.names.get(name);
  if (v === undefined) memo.names.set(name, (v = localGroupOf(ctx, name)));
  return v;
}

/** inLocalGroup's answers: of the model and date only (no source text), per document of a parse. */
const localGroupMemo = new WeakMap<object, { model: RuleContext['model']; asOf: string; names: Map<string, boolean> }>();

function localGroupOf(ctx: RuleContext, name: string): boolean {
  if (isLocalGovernment(name) || isProvinceLocalGovernment(name)) return true;
  const n = normalizeUnitName(name);
  if (isCountyCounterparts(n)) return true;
  const r = lookupUnit(ctx.model, name, ctx.asOf);
  return (r.kind === 'slip' || r.kind === 'alias') && isLocalGovernment(r.standard);
}

/** Whether a name is something a block may list: a known, aliased, misspelt or plausible unit. */
function recognised(ctx: RuleContext, name: string): boolean {
  if (!name || name.length > 40 || /[。；;！？]/.test(name)) return false;
  const r = lookupUnit(ctx.model, name, ctx.asOf);
  return r.kind !== 'unknown' || r.plausible;
}

/**
 * For a block left open: where its units end (where the `）` belongs: after the last unit before
 * any prose), and whether the open bracket swallowed text after that (the next sentence, even the
 * next block), so that the other rules leave the block to lead-unit/brackets.
 */
export function openBlockEnd(ctx: RuleContext, block: LeadBlock): { at: number; last?: Span & { text: string }; swallowed: boolean } | undefined {
  if (openDepth(block) === 0) return undefined;
  let end = openEndCache.get(block);
  if (!end) openEndCache.set(block, (end = watchingSource(ctx, (c) => openEndOf(c, block))));
  return taken(ctx, end);
}

function openEndOf(ctx: RuleContext, block: LeadBlock): { at: number; last?: Span & { text: string }; swallowed: boolean } | undefined {
  const src = ctx.source.text;
  let last: (Span & { text: string }) | undefined;
  const tokens = unitTokens(ctx, block);
  for (const t of tokens) {
    // The last name took the block's `）` for its own (各县（市、区人民政府）): lead-unit/brackets says so.
    if (recognised(ctx, t.name) || (t === tokens[tokens.length - 1] && brokenBrackets(t, block))) {
      last = t;
      continue;
    }
    // Glued across a line break (`市大数据局⏎各级各有关部门要…`): the part before the break may be the last unit.
    const nl = src.slice(t.start, t.end).search(/[\r\n]/);
    if (nl > 0) {
      const part = src.slice(t.start, t.start + nl).replace(/\s+$/, '');
      if (recognised(ctx, normalizeUnitName(part))) last = { start: t.start, end: t.start + part.length, text: part };
    }
    return { at: last?.end ?? block.roles[0]?.roleSpan.end ?? block.start + 1, last, swallowed: true };
  }
  return { at: last?.end ?? block.end, last, swallowed: false };
}

/** Blocks the grammar and name rules leave alone: scrambled by the extraction, or swallowed by a missing `）`. */
export function skipBlock(ctx: RuleContext, block: LeadBlock): boolean {
  return (ctx.mode === 'issue' && inNoise(ctx, block)) || !!openBlockEnd(ctx, block)?.swallowed;
}

/** The document's blocks the grammar and name rules judge: all but those skipBlock leaves alone. */
export function judgedBlocks(ctx: RuleContext): LeadBlock[] {
  return ctx.doc.blocks.filter((block) => !skipBlock(ctx, block));
}

/** Kinds of punctuation that width islands swap, and their full-width forms. */
const KIND: Record<string, string> = { '(': 'paren', ')': 'paren', '（': 'paren', '）': 'paren', ':': 'colon', '：': 'colon', ';': 'semi', '；': 'semi', ',': 'comma', '，': 'comma' };
export const FULL: Record<string, string> = { '(': '（', ')': '）', ':': '：', ';': '；', ',': '，' };
/** How far (source characters) from a block its neighbours' punctuation is looked for: a few pages. */
const ISLAND_WINDOW = 3000;

/**
 * Whether the half-width character at source offset `at` in a block belongs to an extraction
 * island. Islands are page-sized and a block's line never changes width half-way (a block cut by
 * a page is split over lines), so:
 * - the same kind of mark full-width elsewhere in the block on the same line → a slip;
 * - else the nearest mark of the same kind before or after the block (in the same document) is
 *   half-width, or a neighbouring block has mostly half-width marks of that kind → an island.
 * A lone half-width `;` or `:` with full-width neighbours on both sides is a drafting slip.
 */
/** A half-width , ; : between Chinese characters. */
const PROSE_HALF = /(?<=[\u4e00-\u9fa5])[,;:](?=[\u4e00-\u9fa5])/g;
/** A full-width ，；： in prose. */
const PROSE_FULL = /[，；：]/;

export function inWidthIsland(ctx: RuleContext, block: Span, ch: string, at: number): boolean {
  const text = ctx.source.text;
  const kind = KIND[ch];
  // The scans below use indexOf, lastIndexOf and regexes, which run as native code even in a cold
  // process; loops over char codes here were a cold `gongwen lint`'s costliest rule code.
  const isMark = (i: number) => {
    const c = text[i];
    // ASCII context (1:500, 1,000) is not prose punctuation.
    return !(c !== '(' && c !== ')' && /[A-Za-z0-9]/.test(text[i - 1] ?? '') && /[A-Za-z0-9]/.test(text[i + 1] ?? ''));
  };
  // The same block on the same physical line has this kind of mark full-width: a slip. (Prose on
  // the line may differ: some issues print only the blocks' brackets half-width.)
  // Each search runs in a slice of the block or of the window around it: on a text with no line
  // break or no such mark, one unbounded from `at` would scan to the text's end, for every mark.
  const ls = at > block.start ? block.start + text.slice(block.start, at).lastIndexOf('\n') + 1 : at;
  const nl = at < block.end ? text.slice(at, block.end).indexOf('\n') : -1;
  const le = at < block.end ? (nl < 0 ? block.end : at + nl) : at;
  // Islands that swap `;` `:` `,` swap colons, semicolons and brackets together; some swap only
  // brackets. So a full-width colon, semicolon or bracket beside a half-width `;` is a slip.
  // A page continuation's marker on the line (`…市商务局（下转第17页）`, `（上接第9页）市文旅局…`) is
  // the extraction's, printed full-width whatever the page's marks: no evidence.
  if (EVIDENCE[kind].test(text.slice(ls, le).replace(CONTINUATION_MARK, ''))) return false;

  // The item's own sentence before the block printed with half-width marks too (…管网,改造…;二是…。(牵头
  // 单位:…)): the page's marks, whatever the blocks around it. A slip is typed in the block alone.
  const para = ctx.doc.paragraphs.find((q) => q.start <= block.start && block.start < q.end);
  const prose = para ? text.slice(para.start, block.start) : '';
  // Counted once, and only when the prose holds a half-width , ; or : at all (native searches):
  // the regex's lookbehind at every position was ~1 % of a warm lint.
  const proseHalf = prose.includes(',') || prose.includes(';') || prose.includes(':') ? (prose.match(PROSE_HALF) ?? []).length : 0;
  if (proseHalf >= 2) return true;
  // In an extracted issue, one such mark will do when the sentence has no full-width one: a
  // half-width page may begin after the last full-width mark of the block's kind (a 主送's ：), and
  // the block's item is then its first text with marks (…重点行业,每年滚动实施…。(牵头单位:…)).
  if (para && ctx.mode === 'issue' && proseHalf >= 1 && !PROSE_FULL.test(prose)) return true;

  // A page continuation moved into the document is printed on other pages than the document's own
  // text, and one of another document may be printed inside it: a mark is judged by the marks of
  // its own stretch of text only (widthRegion), never by the host's or the continued document's.
  const region = widthRegion(ctx.doc, at);
  const lo = Math.max(region.start, block.start - ISLAND_WINDOW);
  const hi = Math.min(region.end, block.end + ISLAND_WINDOW);
  const bs = Math.min(Math.max(block.start, lo), hi);
  const be = Math.max(Math.min(block.end, hi), lo);
  // The nearest mark of this kind before and after the block: half-width, an island.
  const before = nearestMark(text, lo, bs, MARKS[kind], -1, region.skip, isMark);
  if (before >= 0 && text.charCodeAt(before) < 0x80) return true;
  const after = nearestMark(text, be, hi, MARKS[kind], 1, region.skip, isMark);
  if (after >= 0 && text.charCodeAt(after) < 0x80) return true;
  // Where the stretch was cut by a page continuation with no mark of this kind between the block
  // and the cut, that side's page is not here to judge by: the nearest marks of any kind on the
  // block's own page decide, the block's own marks included (a page that swaps some kinds swaps
  // `;` `:` `,` and brackets together; a block cut by the page keeps its other marks on the page).
  if ((region.cutBefore && lo === region.start && before < 0) || (region.cutAfter && hi === region.end && after < 0)) {
    const b = nearestMark(text, lo, Math.min(Math.max(at, lo), hi), ANY_MARKS, -1, region.skip, isMark);
    const a = nearestMark(text, Math.max(Math.min(at + 1, hi), lo), hi, ANY_MARKS, 1, region.skip, isMark);
    if ((b >= 0 && text.charCodeAt(b) < 0x80) || (a >= 0 && text.charCodeAt(a) < 0x80)) return true;
    // No other mark between the cut and the mark's own line: the page it is printed on (a block
    // changes lines where the page does) shows nothing to judge it by.
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at);
    const cutAfter = region.cutAfter && hi === region.end && a < 0;
    const cutBefore = region.cutBefore && lo === region.start && b < 0;
    if ((cutAfter && (b < lineStart)) || (cutBefore && (a < 0 || (lineEnd >= 0 && a > lineEnd)))) return true;
  }
  // Some islands swap only the blocks' marks (`(责任单位：…)` after full-width prose): then the
  // neighbouring blocks of the same document show it.
  const all = ctx.doc.blocks;
  const k = all.findIndex((b) => b.start === block.start);
  const [half, full] = kind === 'paren' ? [/[()]/g, /[（）]/g] : [/[():;,]/g, /[（）：；，]/g];
  for (const nb of [all[k - 1], all[k + 1]]) {
    if (!nb || Math.abs(nb.start - block.start) > ISLAND_WINDOW) continue;
    if (nb.start < region.start || nb.start >= region.end || spanAt(region.skip, nb.start)) continue;
    if ((nb.text.match(half)?.length ?? 0) > (nb.text.match(full)?.length ?? 0)) return true;
  }
  return false;
}

/**
 * The offset of the mark nearest to `from` (dir -1: the last in [lo, from); dir 1: the first in
 * [from, hi)) that `isMark` accepts, outside `skip` and outside page-continuation markers (the
 * extraction's `（上接第N页）`, full-width whatever the page's marks); -1 when there is none.
 */
function nearestMark(text: string, a: number, b: number, marks: string[], dir: -1 | 1, skip: Span[], isMark: (i: number) => boolean): number {
  if (b <= a) return -1;
  const s = text.slice(a, b);
  for (let i = dir < 0 ? s.length - 1 : 0; i >= 0 && i < s.length;) {
    let m = -1;
    for (const c of marks) {
      const f = dir < 0 ? s.lastIndexOf(c, i) : s.indexOf(c, i);
      if (f >= 0 && (m < 0 || (dir < 0 ? f > m : f < m))) m = f;
    }
    if (m < 0) return -1;
    const o = a + m;
    const sk = skip.length ? spanAt(skip, o) : undefined;
    if (sk) {
      i = dir < 0 ? sk.start - a - 1 : sk.end - a;
      continue;
    }
    if (isMark(o) && !inContinuationMark(text, o)) return o;
    i = m + dir;
  }
  return -1;
}

/** Whether the bracket at offset o belongs to a page-continuation marker （上接第N页）/（下转第N页）. */
function inContinuationMark(text: string, o: number): boolean {
  const c = text[o];
  if (c === '（' || c === '(') return CONT_OPEN.test(text.slice(o, o + 4));
  if (c === '）' || c === ')') return CONT_CLOSE.test(text.slice(Math.max(0, o - 12), o));
  return false;
}
const CONT_OPEN = /^[（(]\s*[上下]\s*[转接]/;
const CONT_CLOSE = /[上下]\s*[转接]\s*第?\s*\d+\s*页\s*$/;
/** Marks of every kind that width islands swap, both widths (a full-width comma is left out: islands
 * that swap only brackets keep it). */
const ANY_MARKS = ['(', ')', ':', ';', ',', '（', '）', '：', '；'];

/** The marks of each kind, both widths. */
const MARKS: Record<string, string[]> = { paren: ['(', ')', '（', '）'], colon: [':', '：'], semi: [';', '；'], comma: [',', '，'] };
/** Full-width marks that show a line was not swapped to half width, by the kind of the half-width mark. */
const EVIDENCE: Record<string, RegExp> = { paren: /[（）]/, comma: /[：；，]/, colon: /[：；（）]/, semi: /[：；（）]/ };

/**
 * Whether an open block was cut by the extraction (an issue's page continuation or scrambled
 * fragment): its tail is elsewhere, so neither the missing bracket nor the last name is judged.
 */
export function cutByPage(ctx: RuleContext, block: LeadBlock): boolean {
  if (ctx.mode !== 'issue' || openDepth(block) === 0) return false;
  const near = (s: Span) => s.start <= block.end + 2 && block.start <= s.end + 2;
  // A block well inside the document's own moved tail (a fragment running on to its 成文日期) is
  // no page's cut: its bracket left open is the drafter's (probe12).
  const within = (s: Span) => s.start + 2 < block.start && block.end + 2 < s.end && inOwnTail(ctx.doc, block.start, block.end);
  // A block the cut itself split (it opens before the fragment and ends in it) whose tail the
  // fragment's head holds, the fragment going on past it: the page numbers joined its halves and
  // its end is read in order; a bracket left open there is the drafter's (probe20).
  const rejoined = (s: Span) => block.start < s.start && s.start < block.end && block.end + 2 < s.end
    && !ctx.doc.noise.some(near) && !ctx.doc.continuations.some((c) => c !== s && c.end > block.start && c.start < block.end);
  return ctx.doc.noise.some(near) || ctx.doc.continuations.some((s) => near(s) && !within(s) && !rejoined(s));
}

/** Whether a span lies in a part the extraction scrambled (rules stay silent there). */
export function inNoise(ctx: RuleContext, s: Span): boolean {
  return overlaps(ctx.doc.noise, s.start, s.end);
}

/** 牵头 0, 配合 1, 责任/负责 2. */
export { roleRank } from '../../parse/blocks';

/** Bracket depth left open at the end of the block's text (0 when balanced). */
export function openDepth(block: LeadBlock): number {
  let d = depthCache.get(block);
  if (d === undefined) depthCache.set(block, (d = depthAtEnd(block)));
  return d;
}

function depthAtEnd(block: LeadBlock): number {
  let depth = 0;
  const t = block.text;
  // From bracket to bracket by a regex (native even in a cold process; a char-code loop over
  // every character was not).
  ROUND.lastIndex = 0;
  while (ROUND.test(t)) {
    const c = t.charCodeAt(ROUND.lastIndex - 1);
    if (c === 0xff08 || c === 0x28) depth++;
    else depth = Math.max(0, depth - 1);
  }
  return depth;
}

/** Round brackets of either width: （ ( ） ). */
const ROUND = /[（(）)]/g;

/**
 * Tokens the name rules judge. In an extracted issue the last unit of a block left open may be
 * cut by the page (`各基础电信运`): it is not judged.
 */
export function judgedTokens(ctx: RuleContext, block: LeadBlock): UnitToken[] {
  let judged = judgedCache.get(block);
  if (!judged) judgedCache.set(block, (judged = watchingSource(ctx, (c) => judgedOf(c, block))));
  return taken(ctx, judged).slice();
}

function judgedOf(ctx: RuleContext, block: LeadBlock): UnitToken[] {
  const tokens = unitTokens(ctx, block);
  if (cutByPage(ctx, block)) tokens.pop();
  else if (openBlockEnd(ctx, block)?.swallowed) return [];
  // A name whose brackets do not pair is lead-unit/brackets' (one error, one diagnostic).
  return tokens.filter((t) => !brokenBrackets(t, block));
}

/** Bracket balance of a string (opening minus closing). */
export function depthOf(s: string): number {
  // A char-code count, not two global matches: asked of every unit of every block by several
  // rules, and each match made an array of one-character strings.
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) depth++; // （ (
    else if (c === 0xff09 || c === 0x29) depth--; // ） )
  }
  return depth;
}

/**
 * Whether a unit's own brackets do not pair: unbalanced, or (the block left open) the block's
 * closing bracket was taken to close the unit's (`各县（市、区人民政府）`).
 */
export function brokenBrackets(t: UnitToken, block: LeadBlock): boolean {
  if (depthOf(t.text) !== 0) return true;
  const units = block.roles[block.roles.length - 1]?.units;
  const last = units?.[units.length - 1];
  return openDepth(block) > 0 && !!last && t.end === last.end && /[）)]$/.test(t.text) && /[（(]/.test(t.text);
}

/**
 * The date the model first saw `standard` in use, when the document is older than that: the model
 * knows nothing of the name's earlier history, so a name that reads as `standard` with a word or a
 * character more or less (市规划局 / 市自然资源和规划局, 聊城银监分局 / 聊城银保监分局, 市编办 /
 * 市委编办) may be what the unit was called before a reform renamed or merged it (2019), not a slip.
 */
export function predatesKnowledge(ctx: RuleContext, standard: string): string | undefined {
  const first = ctx.model.units.find((u) => u.name === standard)?.firstSeen;
  return first && ctx.asOf < first ? first : undefined;
}

/** `“A”“B”` for messages: no 、 between quoted names (GB/T 15834—2011 4.5.3.5), as the other rules write them. */
export function quoteList(names: string[]): string {
  return names.map((n) => `“${n}”`).join('');
}

/**
 * Every judged unit of the document's 牵头单位 blocks with its look-up as of the document's date;
 * with `mainRecipient`, also the units its 主送 line names one by one (main-recipient.ts), and with
 * `roster` those of a 名单's lines (roster.ts), for the
 * rules whose judgement holds there too (a renamed, not yet existing or misspelt unit); with
 * `appointments` and `mentions`, the units of 任免 items (appointment.ts) and those running text
 * names with the city's name (mentions.ts), for the rules judging by date (renamed, not yet existing).
 */
export function unitLookups(ctx: RuleContext, opts: { mainRecipient?: boolean; appointments?: boolean; mentions?: boolean; roster?: boolean } = {}): UnitLookupEntry[] {
  // Another city's document: the lexicon is not its city's (place.ts).
  if (anotherCitysDocument(ctx)) return [];
  // Five rules walk the same list: built once per document object (one parse), for its model and
  // date; the rules only read it. What other documents say is asked on every call: each rule's
  // run must read them itself for the incremental lint to know it depends on them.
  let list = cached(lookupsCache, ctx, lookupsOf);
  if (opts.mainRecipient) list = [...list, ...cached(recipientCache, ctx, recipientLookupsOf)];
  if (opts.roster) list = [...list, ...cached(rosterCache, ctx, rosterLookupsOf)];
  if (opts.appointments) list = [...list, ...cached(appointmentCache, ctx, appointmentLookupsOf)];
  if (opts.mentions) list = [...list, ...cached(mentionCache, ctx, mentionLookupsOf)];
  return ctx.mode === 'issue' ? withIssueUsage(ctx, list) : list;
}

type LookupCache = WeakMap<object, { model: object; asOf: string; value: UnitLookupEntry[]; readSource: boolean; readOwn: boolean }>;
function cached(cache: LookupCache, ctx: RuleContext, compute: (ctx: RuleContext) => UnitLookupEntry[]): UnitLookupEntry[] {
  const hit = cache.get(ctx.doc);
  if (hit && hit.model === ctx.model && hit.asOf === ctx.asOf) return taken(ctx, hit);
  const { value, readSource, readOwn } = watchingSource(ctx, compute);
  cache.set(ctx.doc, { model: ctx.model, asOf: ctx.asOf, value, readSource, readOwn });
  return value;
}

type UnitLookupEntry = {
  /** The block the unit is listed in; none for a unit of the 主送 line, a 任免 item or running text. */
  block?: LeadBlock;
  token: UnitToken | RecipientToken | AppointmentToken;
  found: UnitLookup;
  /** Read as an unknown unit because this many documents of the issue use it and none the standard name. */
  usedAcrossIssue?: { documents: number; standard: string };
  /** The known name a slip was near, when isolatedSlip read it as a unit of its own. */
  near?: string;
};

/** Inferred abbreviations and slips that the issue's documents use instead of the known name, as unknown units. */
function withIssueUsage(ctx: RuleContext, list: UnitLookupEntry[]): UnitLookupEntry[] {
  let out: UnitLookupEntry[] | undefined;
  list.forEach((e, i) => {
    const f = e.found;
    // Also a name already read as unknown for being used again in its document: the note then
    // gives the issue's reason in every document alike.
    const standard = (f.kind === 'alias' && !f.certain) || f.kind === 'slip' ? f.standard : e.near;
    if (!standard) return;
    const full = fullNameOf(ctx.model, standard);
    const documents = documentsUsingInstead(ctx, e.token.name, standard, full);
    if (documents < 2) return;
    (out ??= list.slice())[i] = { ...e, found: asUnknown(ctx, f.name, standard), usedAcrossIssue: { documents, standard } };
  });
  return out ?? list;
}
const lookupsCache: LookupCache = new WeakMap();
const recipientCache: LookupCache = new WeakMap();
const appointmentCache: LookupCache = new WeakMap();
const mentionCache: LookupCache = new WeakMap();
const rosterCache: LookupCache = new WeakMap();

function lookupsOf(ctx: RuleContext): UnitLookupEntry[] {
  const out: UnitLookupEntry[] = [];
  for (const block of ctx.doc.blocks) {
    const tokens = judgedTokens(ctx, block);
    tokens.forEach((token, k) => {
      // A county's or district's counterpart of a city unit (冠县市场监管局 beside 市市场监管局):
      // a body of its own, neither a slip of the city's nor a name to query, as on a 主送 line.
      if (anotherPlacesBody(ctx, token.name)) return;
      // An assignment written after its units names a ministry or a province's department as often
      // as the city's (国家发展改革委, 省财政厅): the lexicon knows only its own place's units.
      if (block.inline && !ofLexiconsPlace(ctx, token.name)) return;
      // The place's leading bodies, which such an assignment names too (（市委、市政府督查室负责）,
      // （市委、市政府负责）): no department the lexicon holds, and no slip (redteam3).
      if (block.inline && (LEADING_BODY.test(token.name) || GENERIC_BODY.test(token.name))) return;
      out.push({ block, ...(sharingGovernment(ctx, tokens, k) ?? lookedUp(ctx, token)) });
    });
  }
  return out;
}

/** A place's party committee, congress, CPPCC, government or discipline commission (市委, 市人大常委会). */
const LEADING_BODY = /^[市省县区](?:委|人大|人大常委会|政协|政府|纪委|纪委监委)$/;
/** The text's own 领导小组 or 指挥部 named generically (市领导小组办公室): not one the lexicon names. */
const GENERIC_BODY = /^[市省县区]?(?:级)?(?:领导小组|指挥部|工作专班|专班|联席会议)(?:办公室)?$/;

/**
 * Whether a name is of the place the lexicon holds: it opens with the level its short names open
 * with (市 of 市财政局; 省 in a province's) or names its city (人民银行聊城市分行).
 */
function ofLexiconsPlace(ctx: RuleContext, name: string): boolean {
  if (levelsOf(ctx.model).has(name[0])) return true;
  for (const c of cityNames(ctx.model)) if (name.includes(c)) return true;
  return false;
}

/** The levels (市, 省, 县, 区) the lexicon's short names open with. */
const levelsOf = perNode((model: RuleContext['model']): Set<string> => {
  const out = new Set<string>();
  for (const u of model.units) if (/^[市省县区]/.test(u.name)) out.add(u.name[0]);
  return out;
});

/** A government's word that places listed before it share: 东昌府区、茌平区人民政府. */
const GOVERNMENT_WORD = /(?:人民政府|政府)$/;
/** A bare county, county-level city or district name (东昌府区, 冠县, 临清市), not the city's 市. */
const PLACE_NAME = /^[\u4e00-\u9fa5]{1,6}(?:县|区|市)$/;
/** PLACE_NAME.test(name), its last character looked at first: asked of every unit of every block. */
function isPlaceName(name: string): boolean {
  const c = name.charCodeAt(name.length - 1);
  return (c === 0x53bf /* 县 */ || c === 0x533a /* 区 */ || c === 0x5e02 /* 市 */) && PLACE_NAME.test(name);
}

/**
 * A place listed bare before another place's government, separated by 、 only (东昌府区、茌平区人民政府,
 * a joint 责任单位 of two districts): the government word closes both, so the place reads as its
 * government when the model knows that as a local government.
 */
function sharingGovernment(ctx: RuleContext, tokens: UnitToken[], k: number): { token: UnitToken; found: UnitLookup } | undefined {
  const token = tokens[k];
  if (!isPlaceName(token.name) || token.name[0] === '市' || token.name[0] === '各') return undefined;
  let j = k + 1;
  // The run of 、-separated names in the same role, to its last.
  while (j < tokens.length && tokens[j].roleIndex === token.roleIndex && tokens[j].sepBefore?.text === '、' && isPlaceName(tokens[j].name)) j++;
  const last = tokens[j];
  if (!last || last.roleIndex !== token.roleIndex || last.sepBefore?.text !== '、') return undefined;
  const word = GOVERNMENT_WORD.exec(last.name)?.[0];
  if (!word || !isPlaceName(last.name.slice(0, -word.length))) return undefined;
  if (lookupUnit(ctx.model, token.name, ctx.asOf).kind !== 'unknown') return undefined;
  const found = lookupUnit(ctx.model, token.name + word, ctx.asOf);
  return found.kind === 'known' || found.kind === 'local-government' ? { token, found } : undefined;
}

/** The units of a 任免 notice's items (appointment.ts): names the model knows, or a long one a character off a known written form. */
function appointmentLookupsOf(ctx: RuleContext): UnitLookupEntry[] {
  return appointmentTokens(ctx).map((token) => ({
    token,
    // A slip of a long written form (appointment.ts) is read as a slip of its unit.
    found: token.slip ? { kind: 'slip', name: token.name, standard: token.slip.standard, distance: token.slip.distance } : lookupUnit(ctx.model, token.name, ctx.asOf),
  }));
}

/** The units running text names in full (mentions.ts): names the model knows, so never a slip. */
function mentionLookupsOf(ctx: RuleContext): UnitLookupEntry[] {
  // Only renamed.ts and not-yet-existing.ts read mentions, and only a name of those kinds: the
  // others are dropped before their surroundings are read (the same findings).
  const judges = (name: string) => { const k = lookupUnit(ctx.model, name, ctx.asOf).kind; return k === 'renamed' || k === 'not-yet'; };
  return mentionTokens(ctx, judges).map((token) => ({ token, found: lookupUnit(ctx.model, token.name, ctx.asOf) }));
}

/** The units of a 名单's lines (roster.ts), judged as a 主送 line's are. */
function rosterLookupsOf(ctx: RuleContext): UnitLookupEntry[] {
  return rosterTokens(ctx).map((token) => lookedUp(ctx, token));
}

function recipientLookupsOf(ctx: RuleContext): UnitLookupEntry[] {
  return recipientTokens(ctx).map((token) => lookedUp(ctx, token));
}

/** A token's look-up; a slip that is more likely a unit of its own reads as an unknown unit. */
function lookedUp<T extends UnitToken | RecipientToken>(ctx: RuleContext, token: T): { token: T; found: UnitLookup; near?: string } {
  const found = lookupUnit(ctx.model, token.name, ctx.asOf);
  if (found.kind === 'slip' && !isolatedSlip(ctx, token.name, found.standard)) return { token, found: asUnknown(ctx, found.name, found.standard), near: found.standard };
  return { token, found };
}

/**
 * A name near a known one is a slip only when nothing says it is a unit of its own. A short name
 * with one of its own characters swapped is usually a different body (市残联 / 市妇联, 市统计局 /
 * 市审计局: the unknown-unit rule still names the nearest known units), so is a name whose ending
 * names another kind of body (市工商局 / 市工商联, 市民政委 / 市民政局, 市大数据中心 / 市大数据局),
 * and a name the document uses again and again is written on purpose: a slip happens once. The
 * model simply does not know such a unit yet (a gazette it was not trained on, a unit since abolished).
 */
function isolatedSlip(ctx: RuleContext, name: string, standard: string): boolean {
  if (differsInKindOnly(name, standard)) return false;
  // In a short name only a changed last character that names no kind of body (市财政居) reads as a slip,
  // or one of its own characters typed as another of the same sound (市民正局: 正 for 政) or of like
  // shape (市财改局: 改 for 政).
  if (name.length === standard.length && name.length <= 4 && name.slice(0, -1) !== standard.slice(0, -1) && !charSlip(name, standard)) return false;
  return occurrences(ctx, name) < 2;
}

/** Whether `name` is `standard` with one character (not its last) typed as a homophone or one of like shape. */
function charSlip(name: string, standard: string): boolean {
  const at = [...name].flatMap((c, i) => (c === standard[i] ? [] : [i]));
  if (at.length !== 1 || at[0] >= name.length - 1) return false;
  const [a, b] = [name[at[0]], standard[at[0]]];
  return homophones(a, b) || shapeAlike(a, b);
}

// Counted within the document: a rule's result then depends on its own document only, which the
// incremental lint relies on to reuse the results of documents an edit did not touch.
const occurrenceCache = new WeakMap<object, Map<string, number>>();
function occurrences(ctx: RuleContext, name: string): number {
  let counts = occurrenceCache.get(ctx.doc);
  if (!counts) {
    counts = new Map();
    for (const b of ctx.doc.blocks) for (const r of b.roles) for (const u of r.units) counts.set(u.text, (counts.get(u.text) ?? 0) + 1);
    occurrenceCache.set(ctx.doc, counts);
  }
  return counts.get(name) ?? 0;
}

/** `name`, near the known `standard`, read as a unit the lexicon does not know: `standard` is nearest. */
function asUnknown(ctx: RuleContext, name: string, standard: string): UnitLookup {
  const nearest = [standard, ...nearestUnits(ctx.model, name, 3, ctx.asOf).map((u) => u.name).filter((n) => n !== standard)].slice(0, 3);
  // A known name with another kind ending (市财政司 beside 市财政局) reads as a body even when
  // isPlausibleUnit does not list that ending.
  return { kind: 'unknown', name, plausible: isPlausibleUnit(name) || differsInKindOnly(name, standard), nearest };
}

/**
 * A fix deleting the source [start, end) of a block's paragraph but for what its normalised text
 * leaves out there other than spaces (a line break with the next line's indentation, a markdown
 * marker): the lines stay as they were.
 */
export function deleteFix(ctx: RuleContext, block: LeadBlock, start: number, end: number): { range: [number, number]; text: string } {
  const p = paragraphOf(ctx, block);
  if (!p) return { range: [start, end], text: '' };
  let text = '';
  let at = start;
  const keep = (run: string) => {
    if (!/^[ \t\u3000\u00a0]*$/.test(run)) text += run;
  };
  for (let i = firstAtOrAfter(p.map, start); i < p.text.length && p.map[i] < end; i++) {
    keep(ctx.source.text.slice(at, p.map[i]));
    at = p.map[i] + 1;
  }
  keep(ctx.source.text.slice(at, end));
  return { range: [start, end], text };
}

