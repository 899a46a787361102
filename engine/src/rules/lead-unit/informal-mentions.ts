// The informal abbreviations of the city's units that running text and a 名单 line name bare
// (市住建局负责日常工作, 赵海东  市住建局局长), for lead-unit/alias: blocks, the 主送 line and 任免
// items have their own readers; mentions.ts reads full names only and leaves a bare 市X局 alone.
//
// Running text names many bodies, and a bare 市X局 may be another city's, a former body, or a
// name quoted. So only the contracted abbreviations the alias list names, which are no body's name
// at any time (市住建局, 市发改委, 市人社局: a character taken from each word of 市住房城乡建设局…),
// not a prefix-and-ending form that was a unit's name before a reform (市教育局, 市农业局,
// 市交通局, 市自然资源局), and only where nothing else is possible:
// - right before 市, nothing that can end a place name: the paragraph's start, a mark or a space
//   (a 名单 line's columns), or a word that comes before a body (由, 在, 与, 会同, 设在…); not 济南市住建局, 各市住建局,
//   原市住建局;
// - right after it, where a body's name ends: a mark, a word that goes on about the body (负责,
//   要, 牵头…) or a post (局长, 副主任…);
// - not inside 《》 or “”, not in a block (its own reader), not in a sentence telling of a reform;
// - not after the text defined it as its abbreviation (市住房和城乡建设局（以下简称市住建局）): the
//   text then uses it as cross-ref/abbreviation requires.
import type { Model } from '../../model/types';
import type { RuleContext } from '../types';
import { isSubsequence, lookupUnit } from '../../units';
import { perNode } from '../memo';
import { overlaps } from '../spans';
import { abbreviationDefs } from '../cross-ref/abbreviation';
import { ENGLISH_GLOSS, ENGLISH_HISTORY, PAST, REFORM, REPEAL, quoted, sentenceBounds } from '../running-text';
import { ALIAS_PATTERNS } from '../../model/units';
import { cityNames } from './place';
import { POST } from './appointment';
import type { AppointmentToken } from './appointment';

/** The contracted informal abbreviations (市住建局 → 市住房城乡建设局) the alias list names. */
export const contractedAliases = perNode((model: Model): { alias: string; standard: string }[] =>
  model.aliases.filter((a) => {
    const { alias, standard } = a;
    if (a.source !== 'builtin' || alias[0] !== '市' || alias.length >= standard.length || !isSubsequence(alias, standard)) return false;
    // 市教育局 of 市教育体育局: the standard name's start and its ending, a unit's name before 2019.
    const stem = alias.slice(0, -1);
    if (standard.startsWith(stem)) return false;
    return !ALIAS_PATTERNS.some((p) => p.formerUntil && alias.endsWith(p.informal));
  }).map(({ alias, standard }) => ({ alias, standard })));

/** contractedAliases by their first two characters (市住, 市发…). */
const aliasesByHead = perNode((model: Model): Map<string, { alias: string; standard: string }[]> => {
  const out = new Map<string, { alias: string; standard: string }[]>();
  for (const a of contractedAliases(model)) {
    const head = a.alias.slice(0, 2);
    const list = out.get(head);
    if (list) list.push(a);
    else out.set(head, [a]);
  }
  return out;
});

/** What may come right before a bare 市X (the city's own unit): no character of a place name. */
const BEFORE = /(?:^|[\s、，,。；;：:（(“”]|由|在|与|及|和|或|向|对|经|请|将|按|从|把|被|至|并|会同|协同|配合|联合|设在|指导|督促|推动|支持|组织|要求|报|送|交)$/;

/** Where a body's name ends: a mark, or a word that goes on about the body (mentions.ts's, with
 * the verbs a body does things by: 通过, 开展, 会同…); not more of a longer body's name (市住建局物业科). */
const AFTER = /^(?:$|[、，,。；;：:）)”\s]|负责|牵头|会同|联合|等|和|与|及|同|要|应|将|已|对|在|为|的|按|依|根据|共同|分别|作为|是|主要|具体|承担|组织|制定|指导|配合|协助|督促|做好|加强|结合|统筹|印发|发布|出台|通过|进行|开展|推进|落实|研究|提出|审核|审查|核实|实施|建立|完善|会商|协调|同意|批准|确定|认定|公布|反馈|报送|向|从|于|会|可|必须|须|及时|定期|每)/;

export interface InformalMention extends AppointmentToken {
  /** The standard name the abbreviation stands for (as of the document's date). */
  standard: string;
}

export function informalMentionTokens(ctx: RuleContext): InformalMention[] {
  const doc = ctx.doc;
  // A 任免 notice's items are appointment.ts's (its alias pass reports them in full-name form).
  if (doc.type === '任免') return [];
  const aliases = contractedAliases(ctx.model);
  if (!aliases.length) return [];
  const byHead = aliasesByHead(ctx.model);
  const skip = [doc.title, doc.issuerMark, doc.signature, doc.mainRecipient].filter((s): s is NonNullable<typeof s> => !!s);
  const cities = [...cityNames(ctx.model)];
  // Where the text's own definitions of such a name end: its uses after that are the text's term.
  const defined = new Map<string, number>();
  for (const d of abbreviationDefs(ctx)) if (!defined.has(d.abbr)) defined.set(d.abbr, d.end);
  const out: InformalMention[] = [];
  for (const p of doc.paragraphs) {
    const text = p.text;
    if (!text.includes('市')) continue;
    if (overlaps(skip, p.start, p.end) || (ctx.mode === 'issue' && overlaps(doc.noise, p.start, p.end))) continue;
    // Each 市 once, with the abbreviations that start with it and its next character.
    for (let i = text.indexOf('市'); i >= 0; i = text.indexOf('市', i + 1)) {
      for (const a of byHead.get(text.slice(i, i + 2)) ?? []) {
        if (!text.startsWith(a.alias, i)) continue;
        if ((defined.get(a.alias) ?? Infinity) <= p.map[i]) continue;
        const end = i + a.alias.length;
        const before = text.slice(Math.max(0, i - 4), i);
        // The city's own name before it (聊城市住建局) is the city's unit too.
        const city = cities.find((c) => before.endsWith(c));
        const head = city ? text.slice(0, i - city.length) : text.slice(0, i);
        if (!standsAlone(ctx, p, head.length, i, end)) continue;
        const [s, e] = sentenceBounds(text, i);
        if (REFORM.test(text.slice(s, e))) continue;
        const found = lookupUnit(ctx.model, a.alias, ctx.asOf);
        if (found.kind !== 'alias' || !found.certain) continue;
        const offsets = p.map.slice(i, end);
        if (offsets.length !== a.alias.length) continue;
        out.push({ name: a.alias, text: a.alias, start: offsets[0], end: offsets[offsets.length - 1] + 1, offsets, standard: found.standard, ...(city ? { city } : {}) });
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * Whether the name at text[i, end) stands where only a body's name can (see the head comment):
 * `head` is where what comes before it ends (before the city's name, when one precedes it).
 */
function standsAlone(ctx: RuleContext, p: { text: string; map: number[] }, head: number, i: number, end: number): boolean {
  const text = p.text;
  if (head && !BEFORE.test(text.slice(Math.max(0, head - 2), head)) && !spaceBefore(ctx, p.map, head)) return false;
  // An English gloss after the name (市环保局（Municipal …）) ends it too; its words are read with the sentence's.
  if (!AFTER.test(text.slice(end, end + 4)) && !POST.test(text.slice(end, end + 8)) && !ENGLISH_GLOSS.test(text.slice(end, end + 4))
    && !cellEnd(ctx, p.map, head, end)) return false;
  return !quoted(text, i) && !inBlock(ctx, p.map[i]);
}

/** A bare name the city's unit had and no longer has on the document's date, with its current names. */
export interface FormerMention extends AppointmentToken {
  current: string[];
  /** The day the name went out of use. */
  until: string;
  /** An alias-list name from before the 2019 reform, whose day is the reform's, not the unit's own. */
  reform?: true;
}

/**
 * Bare names that were the city's units' official names and are not on a later date: a unit the
 * model saw renamed (市商务投资促进局, split into 市商务局 and 市投资促进局 in 2023), and the alias
 * list's names from before the 2019 reform (市环保局, 市农业局, 市教育局). Not contracted forms:
 * each was a unit's name, so only the date makes it wrong.
 */
type FormerForm = { name: string; current: string[]; until: string; reform?: true };
export const formerForms = perNode((model: Model): FormerForm[] => {
  const out: FormerForm[] = [];
  for (const u of model.units) {
    if (u.name[0] === '市' && u.validUntil && u.successors?.length) out.push({ name: u.name, current: u.successors, until: u.validUntil });
  }
  for (const a of model.aliases) {
    if (a.source !== 'builtin' || a.alias[0] !== '市') continue;
    const p = ALIAS_PATTERNS.find((q) => q.formerUntil && a.alias === '市' + q.informal && a.standard === '市' + q.standard);
    if (p) out.push({ name: a.alias, current: [a.standard], until: p.formerUntil!, reform: true });
  }
  return out;
});

/** Any of the model's former names: one scan of a paragraph, where a search per name was ~40. */
const anyFormerName = perNode((model: Model): RegExp | undefined => {
  const names = formerForms(model).map((f) => f.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return names.length ? new RegExp(names.join('|')) : undefined;
});

/**
 * Words that set a sentence in a time before the document's, without a year (当时，市环保局负责…;
 * “十三五”期间; 机构调整前; 上一届政府任期内): the old name is right there. Not 之前 or 期间
 * alone, which a deadline or the present (12月底之前, 活动期间) also writes.
 */
const HISTORY = /过去|后来|当时|当年|那时|彼时|以往|往年|早年|历史上|上世纪|世纪初|\d+年代|调整前|上一?[届轮]|十[一二三]五”?(?:期间|时期)/;

/** A year as running-text's PAST reads one: 2019年, 〔2019〕. */
const YEAR = /(\d{4})\s*年|〔(\d{4})〕/g;

/**
 * The bare former names running text writes where only the city's unit can stand (as
 * informalMentionTokens reads), in a document dated after they went out of use: not in a sentence
 * that tells of the past, a reform or a repeal (a year up to the name's last, 原, 更名, 废止…), where
 * the old name is right.
 */
export function formerNameTokens(ctx: RuleContext): FormerMention[] {
  const doc = ctx.doc;
  if (doc.type === '任免') return [];
  const forms = formerForms(ctx.model).filter((f) => ctx.asOf >= f.until);
  if (!forms.length) return [];
  const anyName = anyFormerName(ctx.model);
  const skip = [doc.title, doc.issuerMark, doc.signature, doc.mainRecipient].filter((s): s is NonNullable<typeof s> => !!s);
  const out: FormerMention[] = [];
  for (const p of doc.paragraphs) {
    const text = p.text;
    if (!text.includes('市') || !anyName!.test(text)) continue;
    if (overlaps(skip, p.start, p.end) || (ctx.mode === 'issue' && overlaps(doc.noise, p.start, p.end))) continue;
    for (const f of forms) {
      for (let i = text.indexOf(f.name); i >= 0; i = text.indexOf(f.name, i + 1)) {
        const end = i + f.name.length;
        if (!standsAlone(ctx, p, i, i, end)) continue;
        const [s, e] = sentenceBounds(text, i);
        // A year after the name went out of use (于2025年9月10日前报市政府) tells of no time it was right.
        const sentence = text.slice(s, e).replace(YEAR, (y, a, b) => (Number(a ?? b) > Number(f.until.slice(0, 4)) ? '' : y));
        if (PAST.test(sentence) || HISTORY.test(sentence) || REFORM.test(sentence) || REPEAL.test(sentence) || ENGLISH_HISTORY.test(sentence)) continue;
        const offsets = p.map.slice(i, end);
        if (offsets.length !== f.name.length) continue;
        out.push({ name: f.name, text: f.name, start: offsets[0], end: offsets[offsets.length - 1] + 1, offsets, current: f.current, until: f.until, ...(f.reform ? { reform: true as const } : {}) });
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Whether the source has a space (not only a line break: a hard wrap may cut a place name) right
 * before normalised index `i`: a 名单 line's columns (赵海东  市住建局局长), which the normalised text joins. */
function spaceBefore(ctx: RuleContext, map: number[], i: number): boolean {
  return i > 0 && /[ \t\u3000]/.test(ctx.source.text.slice(map[i - 1] + 1, map[i]));
}

/**
 * Whether the name ending at normalised index `end` ends a cell of a 名单 printed in columns
 * (东昌府区　　市住建局 ⏎ 临清市　　市财政局, read across): the source has a space right after it, or
 * the name ends its source line and a space stands right before it (`head`). The normalised text
 * joins the cells, so the next cell's 市… would otherwise read as more of the name. A hard wrap
 * alone (no space before the name) may cut a longer name, and is not this.
 */
function cellEnd(ctx: RuleContext, map: number[], head: number, end: number): boolean {
  if (end <= 0 || end >= map.length) return false;
  const gap = ctx.source.text.slice(map[end - 1] + 1, map[end]);
  if (/^[ \t\u3000]/.test(gap)) return true;
  return /^\r?\n/.test(gap) && spaceBefore(ctx, map, head);
}

function inBlock(ctx: RuleContext, at: number): boolean {
  return ctx.doc.blocks.some((b) => b.start <= at && at < b.end);
}
