// The units named one by one on a document's 主送 line (市财政局，市住房城乡建设局：), for the name
// rules that are safe there: a unit renamed or not yet in use on the document's date, a slip of a
// known name, an informal abbreviation (市住建局; alias.ts says which). A 主送 line mostly lists groups (各县（市、区）人民政府，市属开发区管委会，市政府各部门、
// 直属机构): group words name no body the lexicon could hold, and are never judged. Nor is a line
// that is not a list of names: in an extracted issue the body's sentences land in it (…请认真贯彻
// 执行。市政府有关部门、直属机构：), and a 任免 notice's list runs into 免去：.
// A 主送 writes full names as well as short ones (聊城市教育体育局, 中国人民银行聊城市分行): a full
// name is judged by the known name it ends with, so that it is neither a slip of it nor unknown.
import type { Span } from '../../types';
import type { RuleContext } from '../types';
import { editDistance, isDepartmentGroup, isLocalGovernment, isPlausibleUnit, lookupUnit, normalizeUnitName } from '../../units';
import type { UnitLookup } from '../../units';
import { anotherPlacesBody, cityNames, fullNameOf, isHeldName, isLevel } from './place';
import { overlaps } from '../spans';

/** A unit named on the 主送 line: the part judged (after a prefix such as 聊城 or 中国) with its source offsets. */
export interface RecipientToken extends Span {
  /** Comparable name (normalised). */
  name: string;
  /** The text as written. */
  text: string;
  /** Source offset of each character of `text`. */
  offsets: number[];
}

/**
 * Words that name recipients as a group rather than a body (各…, 有关…, 相关…, …直属机构, …部门,
 * …单位), and the county governments: standard on a 主送 line whatever the lexicon says of them.
 */
const GROUP_WORD = /各|有关|相关|直属|所属|其他|其它|部门$|单位$|机构$/;
function isGroupWord(name: string): boolean {
  return GROUP_WORD.test(name) || isLocalGovernment(name) || isDepartmentGroup(name);
}

/**
 * A group of the counties (各县（市、区）人力资源社会保障局, 各县市区…, 各区县…, 各乡镇…): names
 * after it written bare (各县（市、区）人力资源社会保障局，财政局，税务局) are the counties' bodies too,
 * the 各 applying to each, not the city's 市财政局 with its 市 dropped.
 */
const COUNTY_GROUP = /^各(?:县|区|乡|镇|街道)/;

/** What a name on the line is not: prose (a sentence's marks), a run-on list, a colon inside. */
const PROSE = /[。；;！？!?：:“”"]/;

/** Separators between recipients outside brackets. */
const SEPARATOR = /[，、,]/;

/**
 * Where the known name starts in a fuller form of it: a full name written with the city's name
 * (聊城市财政局 → 市财政局, 聊城市商务投资促进局 → 市商务投资促进局), or a body's own name with its
 * parent's (中国人民银行聊城市分行 → 人民银行聊城市分行). 0 when the name is judged whole. The rest
 * must be a name the lexicon holds exactly (in use, renamed or not yet in use, or a listed alias),
 * or, after the city's own name only, a slip of one: 东昌府区市场监管局 is a county's bureau, not a
 * slip of 市市场监管局, but 聊城市市场监菅局 is the city's bureau misspelt. A rest
 * that names a level (市, 县, 区) follows only the city's own name, as the lexicon's full names
 * write it: 临清市商务局 is a county-level city's bureau, whose renames the lexicon does not know.
 */
function prefixLength(ctx: RuleContext, name: string): number {
  const whole = lookupUnit(ctx.model, name, ctx.asOf);
  if (whole.kind !== 'slip' && whole.kind !== 'unknown') return 0;
  for (let i = 1; i <= 6 && i < name.length - 2; i++) {
    if (isLevel(name[i]) && !cityNames(ctx.model).has(name.slice(0, i))) continue;
    const rest = lookupUnit(ctx.model, name.slice(i), ctx.asOf);
    if (isHeldName(rest)) return i;
  }
  // After the city's own name (聊城 of 聊城市住房城乡建没局, 聊城市住房和城乡建没局) the rest is
  // the city's unit, slip or not: judged as the short name would be. After any other prefix a
  // near name may be another body (东昌府区市场监管局), so it is not.
  if (whole.kind === 'unknown') {
    for (let i = 1; i <= 4 && i < name.length - 2; i++) {
      if (cityNames(ctx.model).has(name.slice(0, i)) && lookupUnit(ctx.model, name.slice(i), ctx.asOf).kind === 'slip') return i;
    }
  }
  return 0;
}

/** Whether a lexicon answer reads as a name: a known or near-known unit, or a plausible body. */
function readsAsName(found: UnitLookup): boolean {
  return found.kind !== 'unknown' || found.plausible;
}

/**
 * The normalised text of the 主送 line with the source offset of each character (map[i] of text[i]): its paragraph, or
 * the two the parser joined (a 各… list wrapped onto a second line). None in an issue when the line
 * lies in a part the extraction scrambled: nothing on it is judged.
 */
export function mainRecipientLine(ctx: RuleContext): { text: string; map: number[] } | undefined {
  const mr = ctx.doc.mainRecipient;
  if (!mr) return undefined;
  if (ctx.mode === 'issue' && overlaps(ctx.doc.noise, mr.start, mr.end)) return undefined;
  // Found by its start: a paragraph re-attached across a page continuation may span any range.
  const paras = ctx.doc.paragraphs;
  const k = paras.findIndex((p) => p.start === mr.start);
  if (k < 0) return undefined;
  // Its paragraph, or that and the next: compared and copied directly (a flatMap of the offsets
  // showed in profiles of issues).
  const one = paras[k];
  if (one.text === mr.text) return { text: mr.text, map: one.map.slice(0, one.text.length) };
  const two = paras[k + 1];
  if (two && one.text + two.text === mr.text) return { text: mr.text, map: one.map.slice(0, one.text.length).concat(two.map.slice(0, two.text.length)) };
  return undefined;
}

/**
 * The units the 主送 line names one by one, group words and short words that read as no name left
 * out; none when the line is not a list of names (any part of it prose, a long stray part, fewer
 * than two names, or as many stray words as names) or lies in a part the extraction scrambled.
 */
export function recipientTokens(ctx: RuleContext): RecipientToken[] {
  const line = mainRecipientLine(ctx);
  if (!line) return [];
  const text = line.text.replace(/[：:]$/, '');
  // Split at the separators outside brackets (各县（市、区）人民政府 is one name).
  const parts: [number, number][] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') depth = Math.max(0, depth - 1);
    else if (i === text.length || (depth === 0 && SEPARATOR.test(c))) {
      parts.push([from, i]);
      from = i + 1;
    }
  }
  const out: RecipientToken[] = [];
  // Parts that read as names (group words too), and short words of the city's that do not: a body
  // the lexicon and the kind endings do not know (市人防, 聊城移动, 市烟草) among names is passed
  // over, not a reason to leave the line unjudged; a line with as many of them as names is no list.
  let names = 0;
  let strays = 0;
  let counties = false;
  for (let [a, b] of parts) {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    const written = text.slice(a, b);
    const name = normalizeUnitName(written);
    if (!name || name.length > 40 || PROSE.test(name)) return [];
    if (isGroupWord(name)) { names++; counties = COUNTY_GROUP.test(name); continue; }
    // A bare name after the counties' group is theirs; one naming its own level or place (市财政局,
    // 聊城市财政局) is the city's again, and ends the group's reach.
    if (counties && !isLevel(name[0]) && ![...cityNames(ctx.model)].some((c) => name.startsWith(c))) { names++; continue; }
    counties = false;
    const place = prefixLength(ctx, name);
    const found = lookupUnit(ctx.model, name.slice(place), ctx.asOf);
    // Another place's body (冠县市场监管局 beside 市市场监管局), which a city's document may well address.
    if (!place && anotherPlacesBody(ctx, name)) { names++; continue; }
    if (!readsAsName(found) && !isPlausibleUnit(name)) {
      // Only a short name of the city's own (市…, 聊城…): 免去 or a clause is no unit.
      if (name.length < 3 || name.length > 6 || !/^[\u4e00-\u9fa5]+$/.test(name) || !(name[0] === '市' || [...cityNames(ctx.model)].some((c) => name.startsWith(c)))) return [];
      strays++;
      continue;
    }
    names++;
    // The prefix is left out of what is judged (and of what a fix replaces): 聊城, 中国 stay.
    const s = place ? firstJudged(written, place) : 0;
    const offsets = line.map.slice(a + s, b);
    out.push({ name: name.slice(place), text: written.slice(s), start: offsets[0], end: offsets[offsets.length - 1] + 1, offsets });
  }
  return strays && (names < 2 || strays >= names) ? [] : out;
}

/** Index in `written` of the `place`-th character that normalising keeps (spaces are dropped). */
function firstJudged(written: string, place: number): number {
  let kept = 0;
  for (let i = 0; i < written.length; i++) {
    if (/[\s\u3000]/.test(written[i])) continue;
    if (kept === place) return i;
    kept++;
  }
  return written.length;
}

/**
 * The form of the known unit `standard` nearest to what a 主送 line wrote (`name`, after any place
 * name): a slip in a spelled-out full name (聊城市住房和城乡建没局) is put right as the full name the
 * model knows (市住房和城乡建设局 after 聊城), not turned into the short name; `distance` is to that form.
 */
export function recipientForm(ctx: RuleContext, name: string, standard: string): { name: string; distance: number } {
  const short = { name: standard, distance: editDistance(name, standard) };
  const full = fullNameOf(ctx.model, standard);
  if (!full) return short;
  // The full name without its place name (聊城市住房和城乡建设局 → 市住房和城乡建设局), as the token is.
  const at = full.indexOf(standard[0]);
  const form = isLevel(standard[0]) && at >= 1 && at <= 4 ? full.slice(at) : full;
  const d = editDistance(name, form);
  return d < short.distance ? { name: form, distance: d } : short;
}
