// Place names before a unit's name, for the lead-unit name rules: the city's own (聊城 of
// 聊城市财政局, a full name of 市财政局) and another place's (冠县 of 冠县市场监管局, a county's
// bureau). A block or a 主送 line may name a county's or a district's counterpart of a city
// department; the lexicon holds only the city's (市市场监管局), two characters from the county's,
// so without this the county's bureau read as a slip of the city's.
import type { RuleContext } from '../types';
import type { Model } from '../../model/types';
import { isSubsequence, lookupUnit } from '../../units';
import type { UnitLookup } from '../../units';
import { perNode } from '../memo';

/** A look-up that names a lexicon entry (in use, renamed or not yet in use): its dates can be judged. */
export function isDatedEntry(found: UnitLookup): boolean {
  return found.kind === 'known' || found.kind === 'renamed' || found.kind === 'not-yet';
}

/** A name the lexicon holds exactly: an entry's (isDatedEntry) or a listed alias of one. */
export function isHeldName(found: UnitLookup): boolean {
  return isDatedEntry(found) || (found.kind === 'alias' && found.certain);
}

/** The full name the lexicon gives the unit `short` (市商务局 → 聊城市商务局), if any. */
export function fullNameOf(model: Model, short: string): string | undefined {
  return model.units.find((u) => u.name === short)?.full;
}

/** 市, 县, 区: the level a short name starts with (市财政局) and a place name ends with (冠县, 临清市). */
export function isLevel(c: string | undefined): boolean {
  return c === '市' || c === '县' || c === '区';
}

/** The place names the lexicon's full names put before a short name (聊城 of 聊城市财政局 / 市财政局). */
export const cityNames = perNode((model: Model): Set<string> => {
  const out = new Set<string>();
  const add = (full: string, short: string) => {
    const at = full.indexOf(short[0]);
    // A province's gazette: 山东 of 山东省商务厅 / 省商务厅.
    // A place whose standard names are contracted (苏州 of 苏州市工业和信息化局 / 市工信局): the short
    // name read out of the full one after the place, with the same last character.
    const names = full.endsWith(short.slice(1)) || (full.at(-1) === short.at(-1) && isSubsequence(short.slice(1), full.slice(at + 1)));
    if ((isLevel(short[0]) || short[0] === '省') && at >= 1 && at <= 4 && names) out.add(full.slice(0, at));
  };
  for (const u of model.units) if (u.full) add(u.full, u.name);
  for (const a of model.aliases) if (a.alias.length > a.standard.length) add(a.alias, a.standard);
  // The gazette's own issuers name its place too, when no full name does (a county's gazette printing
  // no 任免: 长兴县 of 长兴县人民政府; 延边朝鲜族自治州): read as judgeAnotherCity reads a document's issuer.
  for (const c of model.codes) {
    if (c.source !== 'issued') continue;
    const above = HIGHER_ISSUER.exec(c.issuer);
    const place = above ? above[1] ?? above[2] : CITY_ISSUER.exec(c.issuer)?.[1] ?? COUNTY_ISSUER.exec(c.issuer)?.[1];
    if (place) out.add(place);
  }
  return out;
});

/**
 * The city an issuer's name starts with: 德州 of 德州市人民政府办公室, 聊城 of 聊城市财政局 and of
 * 中共聊城市委办公室, 上海 of a district's 上海市浦东新区人民政府 (its 区 units are not the lexicon's).
 */
const CITY_ISSUER = /^(?:中共)?([\u4e00-\u9fa5]{2,4}?)市(?:[\u4e00-\u9fa5]{1,6}?[区县](?=人民政府|政府))?(?:人民政府|政府|委|[\u4e00-\u9fa5]{1,14}?(?:局|委员会|办公室))/;

/** A district's or a county's government named with its city (厦门市湖里区人民政府, 上海市浦东新区人民政府). */
const CITY_DISTRICT = /^(?:中共)?[\u4e00-\u9fa5]{2,4}?市[\u4e00-\u9fa5]{1,6}?[区县](?:人民政府|政府)/;

/**
 * A county's or a district's issuer (冠县人民政府办公室, 东昌府区人民政府, an autonomous county's
 * 长阳土家族自治县人民政府): its 县财政局 is not the city's. An autonomous prefecture's (延边朝鲜族自治州人民政府)
 * or a prefecture's (阿勒泰地区行政公署) is a city-level place of its own: its 州司法局 is not the city's.
 */
const COUNTY_ISSUER = /^(?:中共)?([\u4e00-\u9fa5]{1,5}?(?:县|区|旗)|[\u4e00-\u9fa5]{2,9}?自治(?:县|旗|州)|[\u4e00-\u9fa5]{2,4}?(?:地区|盟))(?:人民政府|政府|行政公署|委|[\u4e00-\u9fa5]{1,14}?(?:局|委员会|办公室))/;

/**
 * A development zone's 管委会 (宜昌高新技术产业开发区管理委员会, 宜昌高新区管委会): its own bureaus (招商局,
 * 自然资源和规划分局) are not the city's, even in its own city; the zone's name up to its kind.
 */
const ZONE_ISSUER = /^([\u4e00-\u9fa5]{2,14}?(?:开发区|高新区|新区|园区|示范区|试验区|片区))(?:管理委员会|管委会)/;

/** An issuer above a city: a province's or an autonomous region's body (广西壮族自治区人民政府), or the State Council's. */
const HIGHER_ISSUER = /^(?:(?:([\u4e00-\u9fa5]{2,3}?)省|([\u4e00-\u9fa5]{2,5}?)自治区)(?:人民政府|政府|委|[\u4e00-\u9fa5]{1,14}?(?:厅|局|委员会|办公室))|国务院)/;

/**
 * Whether the document is another city's (德州市人民政府's, in a model learnt from 聊城's
 * gazettes): its 机关标志, signature or title names a city the lexicon does not, none names the
 * lexicon's city, and its 发文字号's code (德政发) is not one the model knows. The lexicon holds one
 * city's units and their history: another city's 市城市管理局 or 市教育局 may be exactly its name,
 * and the nearest 聊城 unit is no suggestion for it, so the rules judging names by the lexicon say
 * nothing there. A county-level city's document (临清市人民政府) is another city's too: its
 * 市财政局 is not the lexicon's; so is a province's (HIGHER_ISSUER), whatever its 发文字号.
 */
export function anotherCitysDocument(ctx: RuleContext): boolean {
  // Asked by every rule that judges units (unitLookups), five or six per document and edit: the
  // answer depends only on the document and the model.
  const hit = anotherCityCache.get(ctx.doc);
  if (hit && hit.model === ctx.model) return hit.other;
  const other = judgeAnotherCity(ctx);
  anotherCityCache.set(ctx.doc, { model: ctx.model, other });
  return other;
}

const anotherCityCache = new WeakMap<object, { model: object; other: boolean }>();

function judgeAnotherCity(ctx: RuleContext): boolean {
  const cities = cityNames(ctx.model);
  if (!cities.size) return false;
  const doc = ctx.doc;
  let other = false;
  let higher = false;
  for (const node of [doc.issuerMark, doc.signature, doc.title]) {
    // A 政策解读's title opens with the document it explains (《宜昌市人民政府关于…》政策解读).
    const name = node?.text.replace(/\s+/g, '').replace(/^《/, '') ?? '';
    const above = HIGHER_ISSUER.exec(name);
    const province = above?.[1] ?? above?.[2];
    // The province of a model learnt from its own gazette (山东 of 省商务厅 / 山东省商务厅) is no higher body.
    if (province && cities.has(province)) return false;
    if (above) higher = true;
    const city = CITY_ISSUER.exec(name)?.[1] ?? COUNTY_ISSUER.exec(name)?.[1] ?? ZONE_ISSUER.exec(name)?.[1];
    if (!city) continue;
    // A district of the model's own city (厦门市湖里区人民政府 in a 厦门 model): its 区教育局 is not
    // the city's, as an unprefixed district's (COUNTY_ISSUER) is not.
    if (CITY_DISTRICT.test(name)) { other = true; continue; }
    if (cities.has(city)) return false;
    other = true;
  }
  // A province's codes (鲁政办字) are known to the model from citations; another city's are not.
  const code = doc.number?.code;
  return higher || (other && !(code && ctx.model.codes.some((c) => c.code === code)));
}

/**
 * The places the lexicon knows as the city's counties, districts and zones: the X of its units
 * X人民政府 (冠县, 东昌府区) and X管委会 (经济技术开发区). Learnt, never listed: another city's
 * model knows its own.
 */
const knownPlaces = perNode((model: Model): Set<string> => {
  const out = new Set<string>();
  for (const u of model.units) {
    const m = /^([\u4e00-\u9fa5]{1,6}(?:县|区|市))人民政府$/.exec(u.name) ?? /^([\u4e00-\u9fa5]{2,12}(?:开发区|新区|度假区|示范区|园区))管委会$/.exec(u.name);
    if (m && !/^(市|各|有关|相关)/.test(m[1])) out.add(m[1]);
  }
  return out;
});

/**
 * Whether `place` (临清市, 冠县, 东昌府区) is a place the lexicon knows other than the city: not a guess
 * from its shape, for a reader that cannot tell a place from a verb before a name (落实市…, 督促市…).
 */
export function isKnownOtherPlace(model: Model, place: string): boolean {
  return knownPlaces(model).has(place) && !(place.endsWith('市') && cityNames(model).has(place.slice(0, -1)));
}

/** Words shaped like a place name that name none (城市市场监管局 is a slip, not 城市's bureau). */
const NOT_A_PLACE = /^(城市|都市|城区|郊区|辖区|社区|片区|景区|小区|街区|园区|[全本我该](市|县|区))$/;

/**
 * Whether `prefix` names a place other than the city: one the lexicon knows (冠县, 东昌府区), or,
 * for the counties it has not met, a place name's shape: one to three characters and the level
 * (莘县, 临清市, 高唐县), not starting with a level or a group word (市县 is no place) and not the
 * city's own name (聊城市) or a common word (城市, 全县).
 */
function isOtherPlace(model: Model, prefix: string): boolean {
  if (knownPlaces(model).has(prefix)) return true;
  if (prefix.length < 2 || prefix.length > 4 || !isLevel(prefix[prefix.length - 1])) return false;
  if (isLevel(prefix[0]) || /^(各|有关|相关|其他|所属|直属)/.test(prefix) || NOT_A_PLACE.test(prefix) || !/^[\u4e00-\u9fa5]+$/.test(prefix)) return false;
  return !(prefix.endsWith('市') && cityNames(model).has(prefix.slice(0, -1)));
}

/**
 * Whether `name` is another place's counterpart of a unit the lexicon knows: a place (isOtherPlace)
 * followed by the city unit's name without its 市 (冠县 + 市场监管局 of 市市场监管局, 临清市 +
 * 财政局 of 市财政局). The city unit may be in use, renamed or not yet in use, or a listed alias
 * (冠县住建局): a county's names and reforms are not the city's, and the lexicon knows only the
 * city's. A name the lexicon holds itself is never another place's.
 */
export function anotherPlacesBody(ctx: RuleContext, name: string): boolean {
  const whole = lookupUnit(ctx.model, name, ctx.asOf);
  if (whole.kind !== 'slip' && whole.kind !== 'unknown' && !(whole.kind === 'alias' && !whole.certain)) return false;
  for (let i = 2; i <= 13 && i <= name.length - 2; i++) {
    if (!isLevel(name[i - 1]) || !isOtherPlace(ctx.model, name.slice(0, i))) continue;
    const city = lookupUnit(ctx.model, '市' + name.slice(i), ctx.asOf);
    if (isHeldName(city)) return true;
  }
  return false;
}
