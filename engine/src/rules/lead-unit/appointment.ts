// The units a 任免 notice appoints to or removes from (张三为聊城市商务局副局长；李四的聊城市发展和改革
// 委员会副主任职务), for the name rules whose judgement holds there too: a unit renamed or not yet in
// use on the notice's date (renamed.ts, not-yet-existing.ts). A 任免 notice writes full names; one is
// judged only when the model knows it: a known full name (聊城市发展和改革委员会), or a known name
// after the city's own name (聊城 + 市商务投资促进局) or written bare (市商务投资促进局, or an
// informal abbreviation from the alias list, 市教育局). The many
// bodies the lexicon does not know (聊城市位山灌区管理服务中心) stay silent, and so does a name the
// notice marks as past (李四的原聊城市广播电视台台长职务).
//
// Precision over recall: a name is judged only where the item's shape fixes where it ends — right
// before a post (局长, 副主任, 总督学…) — so a longer body whose name starts with a known one
// (聊城市公安局交通巡逻警察支队) is read as the known parent only when the post follows it.
// An extracted issue may print a notice in two columns read across (NOTES.md): its items come in
// another order and their wrapped halves apart; nothing in such a notice is judged.
import type { Paragraph } from '../../types';
import type { RuleContext } from '../types';
import { differsInKindOnly, editDistance, isListedUnitName, lookupUnit, normalizeUnitName } from '../../units';
import type { Model } from '../../model/types';
import { perNode } from '../memo';
import { cityNames, fullNameOf, isDatedEntry, isHeldName } from './place';
import { overlaps } from '../spans';
import type { RecipientToken } from './main-recipient';
import { PAST, SENTENCE_END } from '../running-text';
import { pushAll } from '../../arrays';

/** Items and sentences end where running text's sentences do (running-text.ts): 。；, half-width too. */
const SENTENCE_SPLIT = new RegExp(`(?<=${SENTENCE_END.source})`);

/** A unit named in a 任免 item; `full` when the token is a known full name (not a prefix + short name). */
export interface AppointmentToken extends RecipientToken {
  full?: boolean;
  /** The city's name the item writes right before the token (聊城 in 聊城市商务局), left out of it. */
  city?: string;
  /** A long name one character from a known written form (市发展和改委员会): that form, without the
   * city's name, and the unit's standard short name. */
  slip?: { form: string; standard: string; distance: number };
}

/** Posts that end a unit's name in a 任免 item (副局长, 总督学, 党组书记…). */
const POST_PREFIXES = ['常务副', '副', '党组', '一级', '二级', '三级', '四级'];
const POSTS = ['主任', '局长', '秘书长', '院长', '校长', '支队长', '大队长', '主席', '行长', '会长', '部长', '处长', '所长', '站长', '馆长', '总经理', '经理', '书记', '专员', '调研员', '督查专员', '总督学', '督学', '总工程师', '总经济师', '总会计师', '总规划师', '董事长', '台长', '总编辑', '社长', '理事长', '队长', '科长', '委员', '成员', '主任科员', '巡视员'];
export const POST = new RegExp(`^(?:${POST_PREFIXES.join('|')})?(?:${POSTS.join('|')})`);

/** An item: a person (or a 、 list of persons) 为 / 的 a unit; 的 items end in 职务. */
const ITEM = /(?:^|任命|免去|[：:，,])(?:[\u4e00-\u9fa5·]{2,5}、)*[\u4e00-\u9fa5·]{2,5}(?:同志)?(为|的)/g;

const APPOINTS = /任命|免去/;

// PAST (running-text.ts), not mentions' wider history words: a sentence of 任命/免去 that tells of a
// reform (因机构改革，免去…) still names the bodies as they are on its date.


/** Whether the paragraph ends an item (or a heading): otherwise the next one continues it (a hard wrap). */
const ENDS = /[；;。：:]$/;

export function appointmentTokens(ctx: RuleContext): AppointmentToken[] {
  const doc = ctx.doc;
  const isNotice = doc.type === '任免';
  if (isNotice && ctx.mode === 'issue' && scrambled(doc.paragraphs)) return [];
  if (!isNotice && !doc.paragraphs.some((p) => APPOINTS.test(p.text))) return [];
  const out: AppointmentToken[] = [];
  const paras = doc.paragraphs;
  for (let k = 0; k < paras.length; k++) {
    // An item wrapped over paragraphs is read whole: joined up to the paragraph that ends it.
    let text = paras[k].text;
    const first = k;
    while (!ENDS.test(text) && k - first < 2 && k + 1 < paras.length && paras[k + 1].start - paras[k].end < 8 && !WRAP_ITEM.test(paras[k + 1].text)) {
      k++;
      text += paras[k].text;
    }
    if (ctx.mode === 'issue' && overlaps(doc.noise, paras[first].start, paras[k].end)) continue;
    // Outside a 任免 notice only a sentence that says 任命 / 免去 is an item.
    if (!isNotice && !APPOINTS.test(text)) continue;
    // The joined offsets are built only for an item found: most lines hold none.
    let map: number[] | undefined;
    const last = k;
    const mapOf = () => map ??= paras.slice(first, last + 1).flatMap((p) => p.map.slice(0, p.text.length));
    pushAll(out, itemsOf(ctx, text, mapOf, isNotice));
  }
  return out;
}

function itemsOf(ctx: RuleContext, text: string, mapOf: () => number[], isNotice: boolean): AppointmentToken[] {
  const out: AppointmentToken[] = [];
  let from = 0;
  for (const sentence of text.split(SENTENCE_SPLIT)) {
    const at = from;
    from += sentence.length;
    // 的 items name the post a person leaves: …职务 (…职务自然免除 included).
    ITEM.lastIndex = 0;
    for (let m = ITEM.exec(sentence); m; m = ITEM.exec(sentence)) {
      if (m[1] === '的' && !/职务/.test(sentence.slice(m.index))) continue;
      // Outside a notice, a sentence telling of a past appointment (2019年任命…, 曾任) names the body as it was.
      if (!isNotice && (!APPOINTS.test(sentence.slice(0, m.index + m[0].length)) || PAST.test(sentence))) continue;
      const s = m.index + m[0].length;
      // 原聊城市广播电视台: the notice names the body as it was.
      if (sentence[s] === '原') continue;
      const t = unitAt(ctx, sentence, s);
      if (!t) continue;
      const offsets = mapOf().slice(at + s + t.skip, at + s + t.end);
      if (offsets.length !== t.end - t.skip) continue;
      out.push({
        name: t.name, text: sentence.slice(s + t.skip, s + t.end), start: offsets[0], end: offsets[offsets.length - 1] + 1, offsets,
        ...(t.full ? { full: true } : {}), ...(t.skip ? { city: sentence.slice(s, s + t.skip) } : {}),
        ...(t.slip ? { slip: t.slip } : {}),
      });
    }
  }
  return out;
}

/** The longest name the model knows at `s` that a post follows; `skip` is the city's name left out of what is judged. */
function unitAt(ctx: RuleContext, text: string, s: number): { name: string; skip: number; end: number; full: boolean; slip?: AppointmentToken['slip'] } | undefined {
  const rest = text.slice(s, s + 40);
  // A name holds no bracket, list mark, sentence mark or space: it ends before the first one.
  const stop = rest.search(/[（）()、，；。：\s]/);
  const ends: number[] = [];
  for (let len = stop < 0 ? rest.length : stop; len >= 3; len--) {
    if (!POST_FIRST.has(rest[len]) || !postAt(rest, len)) continue;
    const j = judged(ctx, rest.slice(0, len));
    if (j) return { ...j, end: len };
    ends.push(len);
  }
  // No known name before a post: a long one a character off a known written form is a slip.
  for (const len of ends) {
    const slip = slipAt(ctx, rest.slice(0, len));
    if (slip) return { ...slip, end: len, full: false };
  }
  return undefined;
}

/**
 * `cand` (the city's name, then 市…) one character away from exactly one unit's long written form
 * (聊城市发展和改委员会 / 聊城市发展和改革委员会, 聊城市文化和游旅局 with two swapped): a slip.
 * Only names of seven characters and more after the city's name, and never a changed last
 * character (局/委/中心: another kind of body, 聊城市水务局 beside 聊城市水利局) or a name
 * differing in its kind's ending: short names one character apart are often other bodies.
 */
function slipAt(ctx: RuleContext, cand: string): { name: string; skip: number; slip: NonNullable<AppointmentToken['slip']> } | undefined {
  const n = normalizeUnitName(cand);
  if (n !== cand) return undefined;
  for (let i = 0; i <= 4 && i < n.length - 6; i++) {
    if (i > 0 && !cityNames(ctx.model).has(n.slice(0, i))) continue;
    const r = n.slice(i);
    if (r[0] !== '市' || r.length < MIN_SLIP_LENGTH || isListedUnitName(ctx.model, r)) continue;
    // A standard short name with a character dropped or added may be another abbreviation of the
    // body (市公安局交警支队 / 市公安局交巡警支队): only a spelled-out form's is a slip.
    const near = longWrittenForms(ctx.model).filter((f) => (f.spelledOut || f.form.length === r.length) && oneOff(r, f.form));
    if (!near.length || near.some((f) => f.standard !== near[0].standard)) return undefined;
    const form = near[0].form;
    if (differsInKindOnly(r, form)) return undefined;
    const standard = lookupUnit(ctx.model, near[0].standard, ctx.asOf);
    const current = standard.kind === 'renamed' && standard.successors.length === 1 ? standard.successors[0] : near[0].standard;
    return { name: r, skip: i, slip: { form, standard: current, distance: editDistance(r, form) === 1 ? 1 : 2 } };
  }
  return undefined;
}

/** Shortest name (with 市, without the city's name) read as a slip of a long written form. */
const MIN_SLIP_LENGTH = 7;

/** One character dropped, added or changed, or two side by side swapped; never in the last character. */
function oneOff(a: string, b: string): boolean {
  if (a[a.length - 1] !== b[b.length - 1] || Math.abs(a.length - b.length) > 1) return false;
  if (editDistance(a, b) === 1) return true;
  if (a.length !== b.length) return false;
  const at = [...a].flatMap((c, k) => (c === b[k] ? [] : [k]));
  return at.length === 2 && at[1] === at[0] + 1 && a[at[0]] === b[at[1]] && a[at[1]] === b[at[0]];
}

/**
 * The written forms of the lexicon's units that a notice may write after the city's name, seven
 * characters and more: standard names (市住房城乡建设局), and, `spelledOut`, full names without the
 * city's name (市发展和改革委员会) and spelled-out aliases (市住房和城乡建设局); each with its unit's
 * standard name.
 */
const longWrittenForms = perNode((model: Model): { form: string; standard: string; spelledOut: boolean }[] => {
  const out = new Map<string, { standard: string; spelledOut: boolean }>();
  const add = (form: string, standard: string, spelledOut: boolean) => {
    const f = normalizeUnitName(form);
    if (f.length < MIN_SLIP_LENGTH || f[0] !== '市') return;
    const had = out.get(f);
    if (!had) out.set(f, { standard, spelledOut });
    else if (spelledOut) had.spelledOut = true;
  };
  const cities = cityNames(model);
  const bare = (name: string) => {
    for (const c of cities) if (name.startsWith(c + '市')) return name.slice(c.length);
    return name;
  };
  for (const u of model.units) {
    add(u.name, u.name, false);
    if (u.full) add(bare(u.full), u.name, true);
  }
  // Spelled-out forms only: an abbreviation (市住建局) is no form a slip is made from.
  for (const a of model.aliases) if (a.alias.length > a.standard.length) add(bare(a.alias), a.standard, true);
  return [...out].map(([form, f]) => ({ form, ...f }));
});

/** The characters a POST match can start with (each word's first: the 副/党组… before a post is
 * optional): most ends of a name are no post, told by one look-up. */
const POST_FIRST = new Set([...POST_PREFIXES, ...POSTS].map((w) => w[0]));

/** Whether POST matches at `text[at]`, by its words: the regex's first runs compile it, which costs
 * a cold lint more than these few comparisons (tried only where POST_FIRST holds). */
function postAt(text: string, at: number): boolean {
  const post = (i: number) => POSTS.some((w) => text.startsWith(w, i));
  return post(at) || POST_PREFIXES.some((w) => text.startsWith(w, at) && post(at + w.length));
}

/** A paragraph that starts an item of its own: not the wrapped rest of the one before. */
const WRAP_ITEM = /^[\u4e00-\u9fa5·、]{2,14}(?:为|的)/;

/** What of `cand` the model knows: the whole (a short name or a known full name), or the short name after the city's name. */
function judged(ctx: RuleContext, cand: string): { name: string; skip: number; full: boolean } | undefined {
  const n = normalizeUnitName(cand);
  if (n !== cand) return undefined;
  // Only listed names can be a dated entry or a held name: an unlisted one is never looked up (its
  // look-up measures it against every unit, and most candidate ends are no name).
  if (isListedUnitName(ctx.model, n)) {
    const found = lookupUnit(ctx.model, n, ctx.asOf);
    if (isDatedEntry(found)) return { name: n, skip: 0, full: false };
    // A bare informal abbreviation from the alias list (免去李四的市教育局副局长职务): lead-unit/alias
    // gives it the full name. renamed and not-yet-existing judge dated entries only: an alias is none.
    if (found.kind === 'alias' && found.certain && found.why === 'alias' && found.name.length < found.standard.length) return { name: n, skip: 0, full: false };
  }
  const entry = isListedUnitName(ctx.model, n) ? ctx.model.units.find((u) => u.full === n) : undefined;
  if (entry) return { name: entry.name, skip: 0, full: true };
  for (let i = 1; i <= 4 && i < n.length - 2; i++) {
    if (!cityNames(ctx.model).has(n.slice(0, i)) || !isListedUnitName(ctx.model, n.slice(i))) continue;
    const found = lookupUnit(ctx.model, n.slice(i), ctx.asOf);
    // A known spelled-out form (市发展和改革委员会) is known too: nothing to judge by date.
    if (isHeldName(found)) return { name: n.slice(i), skip: i, full: false };
  }
  return undefined;
}

/** The heading of a notice's appointments (任命：, 市人民政府决定，任命：). */
const APPOINT_HEADING = /^(?:市人民政府决定，?)?任命[：:]$/;

/**
 * Whether an extracted 任免 notice was read across two columns: an item before the heading of its
 * kind (李四的…职务 before 免去：), a heading run into another line (…管委会，免去：), or a wrapped
 * item's halves apart (…副主任职 with the next item, a heading or the signature after it).
 */
export function scrambled(paras: Paragraph[]): boolean {
  let section: '' | '为' | '的' = '';
  for (let k = 0; k < paras.length; k++) {
    const t = paras[k].text;
    if (APPOINT_HEADING.test(t)) { section = '为'; continue; }
    if (/^免去[：:]$/.test(t)) { section = '的'; continue; }
    // Any other line ending in a heading's words: the heading run into another line.
    if (/(?:免去|任命)[：:]$/.test(t)) return true;
    const item = /^(?:[\u4e00-\u9fa5·]{2,5}、)*[\u4e00-\u9fa5·]{2,5}(为|的)/.exec(t);
    if (!item) continue;
    if (item[1] === '的' && /职务/.test(t) && section !== '的') return true;
    if (item[1] === '为' && section === '的') return true;
  }
  return false;
}

/**
 * What replaces a token by the unit `short`, in the form the writer used: a known full name by the
 * other unit's full name (undefined when the model does not know it), any other by the short name.
 */
export function inWrittenForm(ctx: RuleContext, token: object, short: string): string | undefined {
  if (!(token as AppointmentToken).full) return short;
  return fullNameOf(ctx.model, short);
}

/**
 * The units `shorts` in the token's written form (inWrittenForm): `shown` for a message (the short
 * name where no full one is known), `fixable` the ones a fix can write.
 */
export function writtenForms(ctx: RuleContext, token: object, shorts: string[]): { shown: string[]; fixable: string[] } {
  const forms = shorts.map((n) => inWrittenForm(ctx, token, n));
  return { shown: forms.map((f, i) => f ?? shorts[i]), fixable: forms.filter((f): f is string => !!f) };
}
