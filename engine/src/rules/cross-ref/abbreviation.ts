// An abbreviation defined with （以下简称“X”） must be used afterwards instead of the full name.
import type { GwDocument, Paragraph, Span } from '../../types';
import type { Rule, RuleContext } from '../types';
import { isHan } from './util';
import { overlaps, SpanIndex } from '../spans';
import { perNode } from '../memo';
import { cityNames, isKnownOtherPlace, isLevel } from '../lead-unit/place';
import { spanIn } from '../../parse/paragraphs';

// Also after a citation's number in the same brackets: 《…》（聊政字〔2024〕20号，以下简称《实施意见》）.
// Drafters write it 以下简称, 以下称, 下称 or 简称, the abbreviation in “”, ‘’, 《》 or bare.
const DEF = /[（(](?:[^（）()《》，,]{1,40}?号[，,])?(以下简称|以下称|下称|简称)[:：]?\s*([“"‘《]?)([^”"’》）)]{1,20}?)([”"’》]?)[）)]/g;

/** The clause before index i: back to ，。；：、 outside brackets, or the paragraph start. */
function clauseBefore(text: string, i: number): string {
  let depth = 0;
  let k = i - 1;
  for (; k >= 0; k--) {
    const ch = text[k];
    if (/[）)》”]/.test(ch)) depth++;
    else if (/[（(《“]/.test(ch)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && /[，。；：,;:、]/.test(ch)) break;
  }
  return text.slice(k + 1, i);
}

/** Whether `abbr`'s characters appear in order in `full`, the first one at full's start. */
function abbreviates(abbr: string, full: string): boolean {
  if (full[0] !== abbr[0]) return false;
  let j = 0;
  for (const ch of full) if (ch === abbr[j]) j++;
  return j === abbr.length;
}

const HEADING_MARKER = /^(#+\s*)?([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．])/;

/** A heading (一、… / （一）… / a title line): short, no sentence punctuation. */
export function isHeadingText(text: string): boolean {
  return isHeading(text);
}

function isHeading(text: string): boolean {
  // An article (第十五条 城市公共供水企业应当公开…) is running text, however a wrap cut it short.
  if (/^(#+\s*)?第[一二三四五六七八九十百零〇]+条(?![章节款项])/.test(text)) return false;
  const t = text.replace(/^(#+\s*)?([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．])/, '');
  return t.length <= 60 && !/[，。；：,;:]/.test(t);
}

/** Whether a paragraph's first sentence, up to its 。, is a heading (no clause mark inside it). */
function runInHeading(text: string): boolean {
  const end = text.search(/[。！？!?]/);
  return isHeading(end < 0 ? text : text.slice(0, end));
}

/** Index of the first span ending after x in disjoint spans sorted by position. */
function firstEndingAfter(spans: readonly Span[], x: number): number {
  let a = 0;
  let b = spans.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (spans[mid].end <= x) a = mid + 1;
    else b = mid;
  }
  return a;
}

/**
 * The full name an abbreviation keeps the end of (…工作领导小组 → 领导小组, …授权运营平台 →
 * 运营平台): the clause after the last word that introduces a name (成立, 依托, 的 …), or the whole
 * clause. Only a guess at where the name starts, so its fixes are suggestions.
 */
function tailFull(clause: string, abbr: string): string | undefined {
  if (!clause.endsWith(abbr)) return undefined;
  const full = nameOf(clause);
  // A short one (工作专班 → 专班) is as likely a generic phrase as a name.
  return full.length >= Math.max(6, abbr.length + 3) && full.length <= 40 && !/\s/.test(full) ? full : undefined;
}

/** The kind of body a name ends with: an abbreviation that renames one keeps it (…主管部门 → 市绿化主管部门). */
const BODY_KIND = /(?:主管部门|部门|机关|机构|委员会|办公室|指挥部|领导小组|工作专班|中心)$/;

/**
 * The full name of a body an abbreviation renames rather than shortens (市人民政府城市管理主管部门
 * （以下简称市绿化主管部门）: 绿 is no character of the name): the name the clause ends with, where
 * both end with the same kind of body. Only a guess at where the name starts, so a suggestion.
 */
function renamedBody(clause: string, abbr: string): string | undefined {
  const kind = BODY_KIND.exec(abbr)?.[0];
  if (!kind) return undefined;
  const full = nameOf(clause);
  return full.endsWith(kind) && full !== abbr && full.length >= Math.max(6, abbr.length + 2) && full.length <= 30 && !/[\s\d]/.test(full)
    ? full : undefined;
}

/** Words before a name that only limit it (本市, 有关 …): the name with them is no longer one. */
const LIMITING = /^(本市|全市|我市|各类|各级|各种|有关|相关|其他|上述|所有|以上|下列|前款|本条|该类|此类|这些|其中|一般|区域|域内|辖区|区内|市内)$/;

/**
 * The full name an abbreviation drops a two-character qualifier from (政府投资项目 → 投资项目,
 * 城市供水企业 → 供水企业): where the name starts is a guess, so only the qualifier right before the
 * abbreviation is taken, and only for an abbreviation of three characters or more (专班 of 工作专班
 * is as likely a generic word).
 */
function qualifiedFull(clause: string, abbr: string): string | undefined {
  if (abbr.length < 3 || !clause.endsWith(abbr)) return undefined;
  const q = clause.slice(-abbr.length - 2, -abbr.length);
  return /^[\u4e00-\u9fa5]{2}$/.test(q) && !LIMITING.test(q) && !/[的和与及或在对由为将把等]/.test(q) ? q + abbr : undefined;
}

/** An article or item marker at the start of a clause (第五条 , 一、, （一）, 1.). */
const ITEM_HEAD = /^\s*(?:第[一二三四五六七八九十百零〇]+[条章节]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])\s*/;

/** A purpose clause's opening (为规范, 为了加强): no name starts with it (为规范网络预约出租汽车（以下简称网约车）). */
const PURPOSE = /^为了?(?:规范|加强|促进|推动|推进|保障|做好|落实|贯彻|提升|提高|深化|优化|完善|健全|实施|支持|引导|鼓励|强化|加快|扩大|发展|保护|维护)/;

/** The name a defining clause ends with: after the last word that introduces one (成立, 依托, 的 …). */
function nameOf(clause: string): string {
  // A preposition before the name is no part of it (经聊城市人民政府（以下简称“市政府”）同意).
  // Nor is the article or item marker the clause opens with (第五条 市人民政府城市管理部门（以下简称…）).
  const c = clause.replace(ITEM_HEAD, '');
  // 设在 seats a body's office in another body (办公室设在聊城市应急管理局（以下简称市应急局）): that body is the name.
  const intro = /^.*(?:成立|设立|组建|建立|依托|搭建|构建|打造|设在|的)/.exec(c) ?? PURPOSE.exec(c);
  return (intro ? c.slice(intro[0].length) : c).replace(ITEM_HEAD, '').replace(/^(?:经|由|会同|报请|报)/, '');
}

/** What may follow a name inside a longer one (聊城市人民政府 in …办公室, …国有资产监督管理委员会). */
const LONGER_NAME = /^[\u4e00-\u9fa5]{0,10}?(?:办公室|办公厅|委员会|管委会|局|厅|委|办|中心|院)/;

/**
 * Whether the name at `i` goes on into another body's name: one the model knows (聊城市人民政府办公室,
 * an issuer) or a full 委员会 name (…国有资产监督管理委员会). Not an office of the defined body
 * itself (市重污染天气应急指挥部办公室 → 市指挥部办公室, as the corpus writes it).
 */
function inLongerName(ctx: RuleContext, text: string, end: number, full: string): boolean {
  const m = LONGER_NAME.exec(text.slice(end, end + 14));
  if (!m) return false;
  // A place's level right before it (聊城市住房公积金管理中心, defined 住房公积金（以下简称公积金）):
  // a body's own name, which the definition does not shorten. Not 城市 or 都市.
  const at = end - full.length;
  if (!/^[省市县区]/.test(full)) {
    const before = text.slice(Math.max(0, at - 6), at);
    if (/(?:^|[^城都超门])[省市县区]$/.test(before) || [...cityNames(ctx.model)].some((c) => before.endsWith(`${c}市`))) return true;
  }
  const longer = full + m[0];
  if (/委员会$/.test(longer) && m[0].length > 3) return true;
  return ctx.model.codes.some((c) => c.issuer === longer) || ctx.model.units.some((u) => u.name === longer || u.full === longer);
}

/**
 * Characters a name cannot end with, so that a name may start after them: prepositions, locatives,
 * conjunctions and the last characters of the words that introduce a name (成立, 依托, 所称 …).
 */
const NAME_BOUNDARY = /[的对与和及或为由将把在从向按经称于是等各内外中立托建设造称据照]/;

/**
 * Whether a qualified name's occurrence may be part of another, longer name: the definition's name
 * went on before its qualifier (企业职工基本养老保险（以下简称养老保险）, read as 基本养老保险), and
 * so does this occurrence's, with other characters (城乡居民基本养老保险: another insurance).
 */
function inOtherQualifiedName(d: Def, text: string, i: number): boolean {
  if (d.qualifiedBefore === undefined) return false;
  const before = text[i - 1];
  return isHan(before) && !NAME_BOUNDARY.test(before) && !text.slice(0, i).endsWith(d.qualifiedBefore);
}

/** Words a name follows, where the occurrence's own name part is read back to (not 经 of 经济, 中 of 中心: nameOf drops 经, 由, 成立 …). */
const OWN_NAME_STOP = /[的与和及或将把在向对为是请报送交提至到给呈条款项章节号]/;

/**
 * Whether a qualified name's occurrence ends another body's name of the defined kind: another place's
 * (临清市城市更新工作领导小组, 冠县城市更新工作领导小组 beside the defined 聊城市城市更新工作领导小组（以下简称
 * 领导小组）, read as 工作领导小组) or the city's other one (市数字经济发展工作专班 beside 聊城市低空经济发展
 * 工作专班（以下简称工作专班）, read as 发展工作专班). The occurrence's own name part, back to a word that
 * ends before a name, is compared with the defined whole name's: where they differ, the occurrence's
 * differing part is a place's name (临清 ⏎ 聊城 before 市城市更新…, 冠县) or a level and a short name
 * (市数字 ⏎ 聊城市低空 before 经济…). The defined name without its city (市城市更新…, 低空经济…) is the
 * same body.
 */
function anotherBodysQualified(ctx: RuleContext, d: Def, text: string, i: number): boolean {
  const whole = d.fulls.find((f) => f.length > d.qualified!.length && f.endsWith(d.qualified!));
  if (!whole) return false;
  let from = i;
  while (from > 0 && i - from < 12 && isHan(text[from - 1]) && !OWN_NAME_STOP.test(text[from - 1])) from--;
  const own = nameOf(text.slice(from, i));
  const def = whole.slice(0, -d.qualified!.length);
  let k = 0;
  while (k < own.length && k < def.length && own[own.length - 1 - k] === def[def.length - 1 - k]) k++;
  if (k === own.length || k === def.length) return false;
  const at = own.length - k;
  const differs = own.slice(0, at);
  // A level and a short name of the city's own (市数字, 县农业): another body of the kind.
  if (isLevel(differs[0]) && differs.length <= 4) return true;
  // A place's name, with the level the common part opens with (临清 + 市, 冠县).
  if (at > 3) return false;
  const place = differs + (isLevel(own[at]) ? own[at] : '');
  return isLevel(place.at(-1)) && !ownPlace(ctx.doc, place) && isKnownOtherPlace(ctx.model, place);
}

/** What may stand right before a name written without its place: a word that ends before a name. */
const CUT_BOUNDARY = /[由与和及或将把在向经对为是请同]/;

/**
 * Verbs a body's name follows (报市…, 上报市…, 提交县…) and the markers it opens a text after (第七条市…,
 * 第二款县…): no character of a place's name.
 */
const NOT_PLACE_CHAR = /[报送交请提至到给呈条款项章节号]/;

/** A roster's line: a label, a name of two to four characters (spaced or not), two spaces or more, a post. */
const ROSTER_LINE = /^(?:[\u4e00-\u9fa5\u3000]{1,8}[：:])?[ \u3000]*[\u4e00-\u9fa5](?:[ \u3000]?[\u4e00-\u9fa5]){1,3}[ \u3000]{2,}[^\s\u3000，。；]+$/;

/** Whether the document's issuer, title or signature opens with `place` (聊城市 of 聊城市人民政府办公室). */
function ownPlace(doc: GwDocument, place: string): boolean {
  return [doc.issuerMark, doc.title, doc.signature].some((n) => n?.text.replace(/\s+/g, '').startsWith(place));
}

/**
 * Whether another place's name ends right before a name that opens with its level (临清市 + 人民政府
 * 城市管理主管部门, 东昌府区 + …): that place's body, not the defined one. Two or three characters and
 * the level, a place the lexicon knows, not the city's own (聊城市); never a word
 * that ends before a name (由, 经, 报市…).
 */
function placeBefore(ctx: RuleContext, text: string, i: number, full: string): boolean {
  if (!isLevel(full[0])) return false;
  for (let k = 1; k <= 3 && k <= i; k++) {
    const c = text[i - k];
    if (!isHan(c) || NAME_BOUNDARY.test(c) || CUT_BOUNDARY.test(c) || NOT_PLACE_CHAR.test(c)) return false;
    const place = text.slice(i - k, i);
    // The city's own name (聊城市人民政府城市管理主管部门): the defined body with its city, as the model
    // or the document's own issuer, title or signature names it.
    if (cityNames(ctx.model).has(place) || ownPlace(ctx.doc, place + full[0])) return false;
    if (k >= 2 && isKnownOtherPlace(ctx.model, place + full[0])) return true;
  }
  return false;
}

export interface Def {
  /** How the definition was introduced: 以下简称, 以下称, 下称 or 简称. */
  word: string;
  abbr: string; fulls: string[];
  /** Names in `fulls` without their place (市住房和城乡建设局): reported only after a word that ends
   * before a name (由, 与 …) or punctuation, never after another place's name. */
  cut: string[]; end: number; pi: number; at: number; title: boolean; tail?: boolean;
  /** Index in its paragraph's text of the definition's opening bracket. */
  open: number;
  /** The qualifier-dropping guess (政府投资项目 → 投资项目), if one of `fulls`, and the two characters
   * before it when the defined name went on before it (职工 of 企业职工基本养老保险). */
  qualified?: string; qualifiedBefore?: string;
}

/**
 * The paragraphs [first, last) of the part of the document paragraph `pi` is in: each attached
 * document of a 印发 notice (附件N, or in an issue the next heading the notice's sentence cites) is a
 * text of its own, as the documents of an issue are.
 */
export function partOf(doc: GwDocument, pi: number): [number, number] {
  const heads = doc.attachments.map((a) => doc.paragraphs.findIndex((q) => q.start <= a.start && a.start < q.end));
  const after = heads.filter((k) => k > pi);
  const upTo = heads.filter((k) => k >= 0 && k <= pi);
  return [upTo.length ? Math.max(...upTo) : 0, after.length ? Math.min(...after) : doc.paragraphs.length];
}

/**
 * The document's abbreviation definitions (（以下简称“X”）), in reading order, with the names they
 * abbreviate: none when the name could not be read (法人和其他组织（以下简称“检查对象”）).
 */
export function abbreviationDefs(ctx: RuleContext): Def[] {
  return defsOf(ctx.doc);
}

/** abbreviationDefs, read once per document: three rules ask it (the defs are only read). */
const defsOf = perNode((doc: GwDocument): Def[] => {
  const defs: Def[] = [];
  doc.paragraphs.forEach((p, pi) => {
    // Every definition holds 称 (以下简称, 下称, 简称): a native search first. DEF's bracket class
    // and lazy run tried at every （ of every paragraph was ~0.13 ms a warm lint of the largest gazette.
    if (!p.text.includes('称')) return;
    DEF.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DEF.exec(p.text))) {
      const isTitle = m[2] === '《';
      const abbr = isTitle ? `《${m[3]}》` : m[3];
      const clause = clauseBefore(p.text, m.index);
      let fulls: string[] = [];
      if (isTitle && clause.endsWith('》')) {
        const t = clause.slice(clause.lastIndexOf('《'));
        if (t.startsWith('《')) fulls = [t];
      } else if (!isTitle) {
        // Suffixes of the clause that the abbreviation abbreviates, longest first.
        for (let s = 0; s < clause.length; s++) {
          const f = clause.slice(s);
          if (f.length >= Math.max(4, abbr.length + 2) && abbreviates(abbr, f)) fulls.push(f);
        }
      }
      const tail = !isTitle && !fulls.length ? (tailFull(clause, abbr) ?? renamedBody(clause, abbr)) : undefined;
      const qualified = !isTitle && !fulls.length ? qualifiedFull(clause, abbr) : undefined;
      if (tail) fulls = [tail];
      // The whole name, when the clause's suffix starting like the abbreviation is only its end
      // (聊城市绿化委员会 for 市绿化委): searched first, so that a later 聊城市绿化委员会 becomes
      // 市绿化委, not 聊城市绿化委.
      const name = !isTitle && fulls.length ? nameOf(clause) : '';
      let cut: string[] = [];
      if (name.length <= 40 && fulls.some((f) => name.length > f.length && name.endsWith(f))) {
        // Its ends starting at the level (市住房和城乡建设局 of 聊城市住房和城乡建设局) are the name
        // written again without the city, but only where no other place's name ends before them
        // (临清市住房和城乡建设局 is another bureau): kept apart, judged by what precedes them.
        cut = fulls.filter((f) => name.endsWith(f) && f.length < name.length && /^[市县区省]/.test(f) && f.length >= abbr.length + 3);
        // The defined name, not its ends (市人民政府 of 聊城市人民政府: no full name on its own).
        fulls = [name, ...fulls.filter((f) => !name.endsWith(f) && !f.endsWith(name))].sort((x, y) => y.length - x.length);
      }
      // The body a 制度 or 机制 is named after (建立市级应急物资储备工作联席会议制度（以下简称联席会议）): the
      // abbreviation names the body, which later text writes without the 制度. A guess at the name
      // the drafter meant, so offered, not applied.
      const body = !isTitle && !/[制度机]$/.test(abbr) && /(?:制度|机制)$/.test(name) ? name.slice(0, -2) : '';
      const bodyOf = body.endsWith(abbr) && body.length >= abbr.length + 2 && body.length <= 40 && !fulls.includes(body) ? body : undefined;
      if (bodyOf) fulls.unshift(bodyOf);
      // Added after the widening above: the clause before 政府投资项目 is no part of its name.
      if (qualified && !fulls.includes(qualified)) fulls.push(qualified);
      // What the clause holds before the qualified name, its article or item marker (第七条) aside.
      const lead = qualified ? clause.slice(0, clause.length - qualified.length).replace(ITEM_HEAD, '') : '';
      const qualifiedBefore = isHan(lead.at(-1)) && !NAME_BOUNDARY.test(lead.at(-1)!) ? lead.slice(-2) : undefined;
      fulls.push(...cut.filter((f) => !fulls.includes(f)));
      defs.push({ word: m[1], abbr, fulls, cut, open: m.index, end: p.map[m.index + m[0].length - 1] + 1, pi, at: m.index + m[0].length, title: isTitle, tail: !!(tail || qualified || bodyOf), qualified, qualifiedBefore });
    }
  });
  return defs;
});

export const abbreviation: Rule = {
  id: 'cross-ref/abbreviation',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '用“（以下简称“X”）”（或以下称、下称、简称）定义简称后，下文应使用简称，不再用全称（含省去市名的全称），也不另写简称的缩略形式（定义《实施意见》后写《意见》，定义“市住建局”后写“住建局”）。',
      en: 'After （以下简称“X”） (or 以下称, 下称, 简称), later text must use the abbreviation X instead of the full name (also without its city), or a shortened form of X (《意见》 for 《实施意见》, 住建局 for 市住建局).',
    },
    why: '定义简称的目的是全文统一用语；定义后仍用全称，前后称谓不一（语料中定义后均用简称）。',
    bad: '设立市重污染天气应急指挥部（以下简称“市指挥部”），负责统一指挥。预警期间由市重污染天气应急指挥部统一调度。',
    good: '设立市重污染天气应急指挥部（以下简称“市指挥部”），负责统一指挥。预警期间由市指挥部统一调度。',
  },
  check(ctx) {
    const { doc } = ctx;
    // Only a definition whose full name could be read has a name to look for.
    const defs = abbreviationDefs(ctx).filter((d) => d.fulls.length);
    if (!defs.length) return;
    const blocks: Span[] = doc.blocks;
    const note = doc.attachmentNote;
    // A citation's title and number (《…》（聊城市人民政府令第32号）) are fixed text.
    const titles = new SpanIndex(doc.citations.map((c) => ({ start: c.start, end: Math.max(c.end, c.title.end + 1) })));
    for (const d of defs) {
      // The definition holds to the end of its part: each attached document of a 印发 notice (附件N,
      // or in an issue the next heading the notice's sentence cites) is a text of its own, as the
      // documents of an issue are.
      // Judged in reading order, paragraph by paragraph, not by source offset: a re-attached page
      // continuation (（上接第N页）) is printed pages later but read where it belongs.
      const lastPi = partOf(doc, d.pi)[1];
      // Disjoint (a span is added only when it overlaps none), so kept sorted and searched: a scan
      // of every earlier occurrence per occurrence was quadratic.
      const covered: Span[] = [];
      if (d.title) variants(ctx, d, lastPi, defs);
      else placeless(ctx, d, lastPi, defs);
      for (const full of d.fulls) {
        for (let pi = d.pi; pi < lastPi; pi++) {
          const p: Paragraph = doc.paragraphs[pi];
          // 附件说明 names and headings are fixed titles, not running text.
          if (note && p.start >= note.start && p.end <= note.end) continue;
          if (pi !== d.pi && isHeading(p.text)) continue;
          let from = pi === d.pi ? d.at : 0;
          for (;;) {
            const i = p.text.indexOf(full, from);
            if (i < 0) break;
            from = i + 1;
            if (full === d.qualified && (inOtherQualifiedName(d, p.text, i) || anotherBodysQualified(ctx, d, p.text, i))) continue;
            // 非重点排污单位 is the other set, not the defined 重点排污单位.
            if (p.text[i - 1] === '非') continue;
            if (d.cut.includes(full) && isHan(p.text[i - 1]) && !CUT_BOUNDARY.test(p.text[i - 1])) continue;
            // Another place's body of that name (临清市人民政府城市管理主管部门 beside the defined
            // 市人民政府城市管理主管部门): a place's name ends before the full name's level.
            else if (placeBefore(ctx, p.text, i, full)) continue;
            const { start, end } = spanIn(p, i, i + full.length);
            // The first covered span ending after `start` is the only one that can overlap.
            const k = firstEndingAfter(covered, start);
            if (k < covered.length && covered[k].start < end) continue;
            covered.splice(k, 0, { start, end });
            // A new definition, a block's unit list, a quoted title or noise: leave alone.
            if (/^[（(]以下/.test(p.text.slice(i + full.length))) continue;
            // The name going on into a longer one: another body (聊城市人民政府办公室), not this one.
            if (!d.title && inLongerName(ctx, p.text, i + full.length, full)) continue;
            if (overlaps(blocks, start, end) || overlaps(doc.noise, start, end)) continue;
            if (!d.title && titles.overlaps(start, end)) continue;
            // A heading line (一、… ending like a title) names things in full by convention.
            // A line a hard wrap cut from a longer paragraph is running text, however short and
            // unpunctuated: a heading line holds its whole paragraph or opens with its marker.
            const pos = ctx.source.positionAt(start);
            const line = ctx.source.lineText(pos.line).trim();
            // A line opening with its marker is a run-in heading's (（一）加强《…》宣传贯彻。各县…) only where the
            // paragraph's first sentence is one, not the first line of an item a wrap cut
            // (二、《…规划》实施 ⏎ 要与国土空间总体规划相衔接，…).
            if (isHeading(line) && (line.replace(/\s/g, '').length >= p.text.length - 1 || (HEADING_MARKER.test(line) && runInHeading(p.text)))) continue;
            // A roster's line (副指挥长：刘　强　　聊城市应急管理局局长: a name and a post set by spaces) and
            // the 版记's 抄送 line name posts and bodies in full by convention (red team 17).
            if (ROSTER_LINE.test(line) || (doc.cc && start >= doc.cc.start && end <= doc.cc.end)) continue;
            // Only a contiguous occurrence (no line break inside) of a name read with certainty is
            // replaced unattended.
            const contiguous = end - start === full.length && !d.tail && !d.cut.includes(full);
            ctx.report({
              start, end,
              // The definition as written: a title's abbreviation in 《》, any other in “”.
              message: `已用“（${d.word}${d.abbr.startsWith('《') ? d.abbr : `“${d.abbr}”`}）”定义简称，此处应使用简称“${d.abbr}”，不再用全称“${full}”（定义简称是为了全文统一用语）。`,
              ...(contiguous
                ? { fix: { range: [start, end] as [number, number], text: d.abbr } }
                : { suggestions: [{ desc: `改为“${d.abbr}”`, fix: { range: [start, end] as [number, number], text: d.abbr } }] }),
            });
          }
        }
      }
    }
  },
};

/**
 * A shortened form of a title's abbreviation (《实施意见》 defined, 《意见》 written): a part of it
 * in 《》, in the same part of the text, that no other definition names and no number follows.
 * Offered, not applied: the drafter may mean another text.
 */
function variants(ctx: RuleContext, d: Def, lastPi: number, defs: Def[]): void {
  const { doc } = ctx;
  const inner = d.abbr.slice(1, -1);
  const defined = new Set(defs.map((x) => x.abbr));
  for (let pi = d.pi; pi < lastPi; pi++) {
    const p = doc.paragraphs[pi];
    if (overlaps(doc.noise, p.start, p.end)) continue;
    const from = pi === d.pi ? d.at : 0;
    const re = /《([^《》]{2,12})》/g;
    re.lastIndex = from;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
      const y = m[1];
      if (y === inner || !inner.includes(y) || defined.has(m[0])) continue;
      // A title the document cites in full elsewhere, or one followed by its number, is a title.
      if (doc.citations.some((c) => c.number && c.title.start <= p.map[m!.index] && p.map[m!.index] < c.title.end + 1)) continue;
      if (/^[（(][^）)]*号/.test(p.text.slice(m.index + m[0].length))) continue;
      const start = p.map[m.index];
      const end = p.map[m.index + m[0].length - 1] + 1;
      ctx.report({
        start, end,
        message: `简称前后不一致：上文已定义简称“${d.abbr}”，此处写作“${m[0]}”，应统一使用“${d.abbr}”（定义简称是为了全文统一用语）。`,
        suggestions: [{ desc: `改为“${d.abbr}”`, fix: { range: [start, end], text: d.abbr } }],
      });
    }
  }
}

/**
 * The abbreviation written without its level (市住建局 defined, 住建局 written): a body's name of
 * three characters or more, standing where a name starts (after punctuation, or 由, 与 …), never
 * after another place or level (区住建局, 各县（市、区）住建局, 县级住建局). Offered, not applied.
 */
function placeless(ctx: RuleContext, d: Def, lastPi: number, defs: Def[]): void {
  const m = /^[市县区省](.{3,})$/.exec(d.abbr);
  if (!m || !/(?:局|委|办|厅|院|社|部|中心)$/.test(m[1])) return;
  const rest = m[1];
  if (defs.some((x) => x.abbr === rest)) return;
  const { doc } = ctx;
  const note = doc.attachmentNote;
  for (let pi = d.pi; pi < lastPi; pi++) {
    const p = doc.paragraphs[pi];
    if (note && p.start >= note.start && p.end <= note.end) continue;
    if (pi !== d.pi && isHeading(p.text)) continue;
    for (let i = p.text.indexOf(rest, pi === d.pi ? d.at : 0); i >= 0; i = p.text.indexOf(rest, i + 1)) {
      // At a paragraph's start, the previous paragraph's last character: a hard wrap the parser
      // read as a paragraph break (由市 ⏎ 指挥部办公室…) leaves the level on the line before.
      const before = i > 0 ? p.text[i - 1] : pi > 0 ? doc.paragraphs[pi - 1].text.slice(-1) || undefined : undefined;
      if (before !== undefined && !/[\s，。；：、“‘（《]/.test(before) && !CUT_BOUNDARY.test(before)) continue;
      const { start, end } = spanIn(p, i, i + rest.length);
      if (overlaps(doc.blocks, start, end) || overlaps(doc.noise, start, end)) continue;
      ctx.report({
        start, end,
        message: `简称前后不一致：上文已定义简称“${d.abbr}”，此处写作“${rest}”，应统一使用“${d.abbr}”（定义简称是为了全文统一用语）。`,
        suggestions: [{ desc: `改为“${d.abbr}”`, fix: { range: [start, end], text: d.abbr } }],
      });
    }
  }
}
