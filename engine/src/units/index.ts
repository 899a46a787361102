// The unit lexicon, looked up by date: shared by the lead-unit rules and the language server
// (completion offers the units valid on the document's date, hover explains a name).
// A name is judged as of a date because units are renamed, merged and split: a name that was
// right on the document's 成文日期 is right.
import type { Model, UnitAlias, UnitEntry } from '../model/types';
import { memoByString } from '../text/string-memo';

const NEEDS_NORMALIZING = /[\s\u3000()､]/;

/** Comparable form of a unit name: no spaces, full-width parentheses and commas inside. */
export function normalizeUnitName(name: string): string {
  // Most names are already clean: test once instead of running three replacements.
  if (!NEEDS_NORMALIZING.test(name)) return name;
  return name
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（').replace(/\)/g, '）')
    .replace(/､/g, '、');
}

/** Whether `u` is in use on `isoDate` (ISO dates compare as strings). */
export function validOn(u: UnitEntry, isoDate: string): boolean {
  if (u.validFrom && isoDate < u.validFrom) return false;
  if (u.validUntil && isoDate >= u.validUntil) return false;
  return true;
}

/**
 * The body a unit was merged into on `isoDate`, when `u` is one part of a split (市商务局 of
 * 市商务投资促进局 → 市商务局 + 市投资促进局) and the merged body is attested in use by then: from
 * its first sight to the split. A part gets no start date of its own (it may be an older unit
 * restored), but while the merged body was in use its name was not: a block naming 市商务局 then
 * is judged as one naming a unit that was not yet (again) in use. Only between the merged body's
 * first and last sight: before, the merger's date is not known, and after, the split's (it lies
 * somewhere before the parts' first sight), as a rename's new name starts the day after the old
 * one's last sight.
 */
export function mergedInto(model: Model, u: UnitEntry, isoDate: string): UnitEntry | undefined {
  return splitBodiesOf(model).find((m) => m.successors!.includes(u.name) &&
    !!m.firstSeen && m.firstSeen <= isoDate && !!m.lastSeen && isoDate <= m.lastSeen && (!m.validUntil || isoDate < m.validUntil));
}

// Asked of every unit when the units of a date are listed: the few split bodies, found once per model.
const splitBodies = new WeakMap<Model, { units: UnitEntry[]; split: UnitEntry[] }>();
function splitBodiesOf(model: Model): UnitEntry[] {
  let s = splitBodies.get(model);
  if (!s || s.units !== model.units) {
    s = { units: model.units, split: model.units.filter((m) => (m.successors?.length ?? 0) > 1) };
    splitBodies.set(model, s);
  }
  return s.split;
}

/** The units in use on a date, most used first (for completion). */
export function unitsValidAt(model: Model, isoDate: string): UnitEntry[] {
  const cache = cacheOf(validCache, model);
  let list = cache.get(isoDate);
  if (!list) {
    list = model.units.filter((u) => validOn(u, isoDate) && !mergedInto(model, u, isoDate)).sort((a, b) => b.count - a.count || cmp(a.name, b.name));
    cache.set(isoDate, list);
  }
  return list.slice(); // callers may sort or splice their copy
}

/**
 * What completion offers in a 牵头单位 block on a date: the units in use then (unitsValidAt: a part
 * of a split body is not offered while the body was in use, as lead-unit/not-yet-existing would
 * report it), less those the block already names, as its standard name, an alias or a full name
 * (lead-unit/duplicate would report a second one). `named`: the block's other names as written;
 * `role`: the role the name is for (牵头单位 …).
 */
export function unitsToOffer(model: Model, isoDate: string, named: string[], role?: string): UnitEntry[] {
  const taken = new Set<string>();
  for (const n of named) {
    const found = lookupUnit(model, n, isoDate);
    taken.add(found.name);
    if (found.kind === 'alias') taken.add(found.standard);
  }
  const units = unitsValidAt(model, isoDate).filter((u) => !taken.has(u.name));
  // The county governments and the city's department groups, the most counted names, close a
  // 责任单位 list (185 of the corpus's 301); they lead a task once in 321 牵头单位: last there.
  if (role && !/^(?:责任|负责)/.test(role)) {
    const group = (u: UnitEntry) => isLocalGovernment(u.name) || isDepartmentGroup(u.name);
    return [...units.filter((u) => !group(u)), ...units.filter(group)];
  }
  return units;
}

/** The names a block's text lists (`牵头单位：A、B；责任单位：C，各县（市、区）人民政府`): split at 、
 * ， , ； ; outside brackets, each without the role word and colon in front of it. */
export function namesInBlockText(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let from = 0;
  const push = (to: number) => {
    const name = text.slice(from, to).replace(/^\s*(?:(?:牵头|配合|责任|负责)(?:单位|部门))?[：:]?\s*/, '').trim();
    if (name) names.push(name);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && '、，,；;､'.includes(c)) {
      push(i);
      from = i + 1;
    }
  }
  push(text.length);
  return names;
}

// Look-ups are pure functions of (model, name, date) and the rules ask for the same names many
// times per document (every lead-unit rule walks every block): remember them per model object.
const validCache = new WeakMap<Model, Map<string, UnitEntry[]>>();
const lookupCache = new WeakMap<Model, Map<string, Map<string, UnitLookup>>>();
function cacheOf<T>(caches: WeakMap<Model, Map<string, T>>, model: Model): Map<string, T> {
  let c = caches.get(model);
  if (!c) caches.set(model, (c = new Map()));
  return c;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * County and district governments and the development-zone committees: the local-government group
 * that closes a 责任单位 list after a `，`. Their names are standard without being in the lexicon.
 * Remembered by name: the lead-unit rules ask it of every unit of every block, rule after rule and
 * again on every keystroke, eight patterns each time.
 */
export const isLocalGovernment: (name: string) => boolean = memoByString(judgeLocalGovernment);

function judgeLocalGovernment(name: string): boolean {
  // A bracket inside a block's brackets may be written 〔〕 (各市、县〔市、区〕政府, in 浙江's blocks).
  const n = normalizeUnitName(name).replace(/〔/g, '（').replace(/〕/g, '）');
  // 各 names every county; a qualifier only those a task concerns (相关县（市、区）, 沿黄县（市、区）
  // in the corpus; 有关, 涉农, 沿河各 …).
  // …人民政府（管委会）: the counties' governments or, for a zone, its committee (red team 16).
  if (/^[\u4e00-\u9fa5]{0,4}县（市、区）((人民政府|政府)(（管委会）)?|党委和政府|党委、政府)?$/.test(n) && !/^市/.test(n)) return true;
  if (/^(各|有关|相关)(县|区|县区|县市区)(人民政府)?$/.test(n)) return true;
  // Other places name their local governments by their own kinds: 济南 各区县, 青岛 各区（市）; 政府
  // for 人民政府. A province's 各市 is provinceLocalGovernment's: in a city's document it is a slip.
  // 重庆 各区县（自治县）人民政府.
  if (/^(各|有关|相关)(县|区|州|盟|旗|区县|市县|县区|县市区)(（(市|区|县|市、区|区、市|县、区|区、县|市、县|自治县)）)?(人民政府|政府)?$/.test(n)) return true;
  // The same named as a list of kinds, which a block keeps as one name (各市、区人民政府, 各市、县（市、区）政府,
  // 各省、自治区、直辖市人民政府).
  if (/^(各|有关|相关)(省|市|县|区|州|盟|旗|设区市|自治区|直辖市)(、(省|市|县|区|州|盟|旗|自治区|直辖市))+(（(市|区|县|市、区|区、市|县、区|区、县|市、县)）)?(人民政府|政府)?$/.test(n)) return true;
  // A zone named without its 管委会 (苏州工业园区、苏州高新区管委会: the word closes both).
  if (/^[\u4e00-\u9fa5]{2,12}(开发区|高新区|工业园区|度假区|示范区|功能区)$/.test(n)) return true;
  // 东昌府区人民政府, 临清市人民政府, 冠县人民政府 — but not 市人民政府 (the city itself).
  if (/^[\u4e00-\u9fa5]{1,6}(县|区|市)人民政府$/.test(n) && !/^(市|各)/.test(n)) return true;
  if (/^[\u4e00-\u9fa5]{0,12}(开发区|新区|高新区|度假区|示范区|园区|功能区)管委会?$/.test(n)) return true;
  // A county's own document closes its blocks with its townships (各乡镇人民政府、街道办事处).
  // Also with the streets and zones ranked as townships (长兴 各乡镇〔街道、园区〕).
  // A 县级市 in 江苏 names its towns and zones together as 区镇 (昆山 各区镇人民政府（管委会）).
  if (/^(各|有关|相关)?(乡镇|乡（镇）|镇|镇街|区镇|(乡镇|镇)（(街道|园区|开发区|平台)(、(街道|园区|开发区|平台))*）)(人民政府)?$|^(各)?街道(办事处)?$/.test(n)) return true;
  return false;
}

/**
 * The counties' counterparts of a city department, named as a group (各县（市、区）水利局, 有关县（市、区）
 * 教育行政部门, 各县〔市、区〕水利部门 inside a block's brackets): every county's body of that kind, no one
 * body for a lexicon to hold, set off by ， from the city's units as the counties' governments are.
 */
export function isCountyCounterparts(name: string): boolean {
  const n = normalizeUnitName(name).replace(/〔/g, '（').replace(/〕/g, '）');
  const m = /^(?:各|有关|相关)县（市、区）([\u4e00-\u9fa5]{2,})$/.exec(n);
  return !!m && isPlausibleUnit('县' + m[1]);
}

/**
 * A province's (or the State Council's) local governments named by one kind (各市人民政府, 各设区市人民政府,
 * 各省辖市人民政府, 各省): the group its blocks close with after a ，. Not a city's own local
 * governments, for which 各市人民政府 is a slip of 各县（市、区）人民政府.
 */
export function isProvinceLocalGovernment(name: string): boolean {
  const n = normalizeUnitName(name);
  return /^(各|有关|相关)(省|市|设区市|省辖市|地级市|自治区|直辖市|州)(人民政府|政府)?$/.test(n);
}

/**
 * The city's departments named as a group rather than one by one (市政府有关部门, 市直各部门,
 * 有关单位, 直属机构): what a 主送 line lists and a 责任单位 role may close with. Such a phrase names
 * no body the lexicon could hold, so it is neither unknown nor a slip of a known group
 * (市政府相关部门 and 市政府各部门 are in the corpus's blocks; 有关 is the same group).
 */
export function isDepartmentGroup(name: string): boolean {
  const n = normalizeUnitName(name);
  return /^(市政府|市直|市级|市)?(各有关|各相关|各|有关|相关|其他)(部门|单位|部门和单位|部门、单位|部门（单位）)$/.test(n) ||
    // 市直部门, 市级部门, 市直部门（单位）: the city's departments as a whole, without 各 (red team 15).
    /^(市直|市级)(部门|单位|部门和单位|部门、单位|部门（单位）)$/.test(n) ||
    /^(市政府)?(各|有关|相关)?直属机构$/.test(n);
}

/**
 * Bodies every city (and county) has beside its government, whose short names a national convention
 * fixes: the party committee's departments and offices (市委宣传部, 市委网信办, 市委金融办, 市委政法委,
 * 市委机要保密局), the youth league's committee (团市委), the people's organisations (市总工会, 市妇联,
 * 市科协, 市文联, 市侨联, 市工商联, 市残联, 市红十字会, 市社科联), the 文明办 and the united front's
 * 台办 and 民宗局, the offices of the leading bodies (市政府办公室, 市人大常委会办公室, 市政协办公室) and
 * the garrison (驻聊部队, 聊城军分区, 武警聊城支队), and the party school (市委党校). A lexicon
 * trained on a few issues' blocks lacks most of them, but a name of this shape is no stray word:
 * lead-unit/unknown-unit leaves it alone (red team 15). A slip of a known one is still read as a slip.
 */
const CONVENTIONAL_ORGAN = new RegExp(
  '^(?:[市县区]委(?:[\\u4e00-\\u9fa5]{1,6}(?:部|办|办公室|委|局)|党校)' +
  '|团[市县区]委' +
  '|[市县区](?:总工会|妇联|科协|文联|侨联|工商联|残联|红十字会|社科联|文明办|台办|民宗局)' +
  '|[市县区](?:政府|人大常委会|政协)办公室' +
  '|驻[\\u4e00-\\u9fa5]{1,2}部队|[\\u4e00-\\u9fa5]{2,3}军分区|武警[\\u4e00-\\u9fa5]{2,3}支队)$',
);

/** Whether a name is the conventional short name of a party organ, a people's organisation, a leading
 * body's office or the garrison (CONVENTIONAL_ORGAN). */
export function isConventionalOrgan(name: string): boolean {
  return CONVENTIONAL_ORGAN.test(normalizeUnitName(name));
}

/** Suffixes of organisation names: an unknown name ending so is a unit the model does not know. */
const UNIT_SUFFIX = new RegExp(
  '(局|委|办|厅|部|院|校|院校|学院|大学|公司|集团|中心|银行|分行|支行|所|站|队|支队|大队|会|联|社|' +
  '馆|台|团|处|科|室|组|企业|单位|部门|政府|法院|检察院|海关|段|党校|机关|班|专班|协会|商会|监狱|关|' +
  '分局|总站|报社|医院|基地|园|区|协|联合会)$',
);
/** A second name in brackets after the first (市发展改革委（市粮食和储备局）): one body, two names. */
const SECOND_NAME = /（[\u4e00-\u9fa5、]{2,20}）$/;

/** Whether a name looks like an organisation (not a stray word from the sentence). */
export function isPlausibleUnit(name: string): boolean {
  const n = normalizeUnitName(name);
  const first = n.replace(SECOND_NAME, '');
  return first.length >= 3 && n.length <= 40 && /^[\u4e00-\u9fa5（）、]+$/.test(n) && UNIT_SUFFIX.test(first);
}

/**
 * Endings that say what kind of body a unit is, longest first (委员会 before 会). Spelled-out forms
 * map to the short form they abbreviate to (委员会 → 委): 市工商联合会 is the same kind as 市工商联.
 */
const KIND_ENDINGS: [string, string][] = ([
  ['委员会', '委'], ['办公室', '办'], ['联合会', '联'], ['管委会', '管委会'], ['研究院', '院'], ['研究所', '所'],
  // The committees a zone has beside its 管委会 (市属开发区安委会: 安全生产委员会; 党工委): other bodies (redteam10).
  ['安委会', '安委会'], ['党工委', '党工委'],
  ['中心', '中心'], ['学院', '学院'], ['大学', '大学'], ['医院', '医院'], ['分局', '分局'], ['支局', '支局'],
  ['分行', '分行'], ['支行', '支行'], ['公司', '公司'], ['集团', '集团'], ['协会', '协会'], ['商会', '商会'],
  ['支队', '支队'], ['大队', '大队'], ['中队', '中队'], ['总站', '总站'], ['党校', '党校'],
  ...[...'局委办联会院所厅处站队行司部社科室馆台团校组段署'].map((c): [string, string] => [c, c]),
] as [string, string][]).sort((a, b) => b[0].length - a[0].length);

/** A name split into what distinguishes it and the ending that says its kind (none: ''). */
function splitKind(name: string): { stem: string; ending: string; kind: string } {
  for (const [ending, kind] of KIND_ENDINGS) {
    if (name.length > ending.length && name.endsWith(ending)) return { stem: name.slice(0, -ending.length), ending, kind };
  }
  return { stem: name, ending: '', kind: '' };
}

/**
 * Whether `a` and `b` differ only in the ending that says what kind of body each is (市工商局 /
 * 市工商联, 市民政委 / 市民政局, 市大数据中心 / 市大数据局): two bodies, not a slip of one for the
 * other. An ending that only adds to the other's (队 / 支队, 局 / 分局) is not another kind: a
 * character dropped there reads as a slip.
 */
export function differsInKindOnly(a: string, b: string): boolean {
  const x = splitKind(normalizeUnitName(a));
  const y = splitKind(normalizeUnitName(b));
  return x.stem.length >= 2 && x.stem === y.stem && !!x.kind && !!y.kind && x.kind !== y.kind &&
    !x.ending.endsWith(y.ending) && !y.ending.endsWith(x.ending);
}

/** Levenshtein distance over UTF-16 code units (unit names are BMP Chinese). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * Whether `written`, which reads `known` out with characters added, adds a word of another known
 * unit (市商务投资促进局: 商务 of 市商务局 added to 市投资促进局): a merged or former unit, not a
 * spelled-out form. Spelled-out forms add connectives and single characters (市住房和城乡建设局,
 * 市市场监督管理局 for 市市场监管局).
 */
function joinsAnotherUnit(written: string, known: UnitEntry, units: UnitEntry[]): boolean {
  const added: string[] = [];
  let run = '';
  let i = 0;
  for (const ch of written) {
    if (i < known.name.length && ch === known.name[i]) {
      i++;
      if (run) added.push(run);
      run = '';
    } else {
      run += ch;
    }
  }
  if (run) added.push(run);
  return added.some((w) => w.length >= 2 && units.some((u) => u !== known && u.name.includes(w)));
}

/**
 * Whether `a` is `b` with a run of characters rewritten as another word rather than slipped: the
 * part between their common start and end has at least two characters on one side and one on the
 * other, and is hardly longer than the edits it takes (德州 for 聊城 in 德州职业技术学院, another
 * city's college; 交通警察 for 交巡警 in 市公安局交通警察支队, another name of the body). A
 * character dropped or added, one changed, two changed apart (市往房城乡建没局), or two swapped
 * (市生环态境局) stay slips.
 */
function replacesAWord(a: string, b: string, distance: number): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const x = a.slice(p, a.length - q);
  const y = b.slice(p, b.length - q);
  if (!x.length || !y.length || Math.max(x.length, y.length) < 2) return false;
  if ([...x].sort().join('') === [...y].sort().join('')) return false;
  return Math.max(x.length, y.length) <= distance + 1;
}

/** Whether `short` can be read out of `long` by dropping characters (市住建局 ⊂ 市住房城乡建设局). */
export function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}

/** The known names closest to `name` (edit distance, then usage), for "did you mean". */
export function nearestUnits(model: Model, name: string, k = 3, isoDate?: string): readonly UnitEntry[] {
  // Scored against every unit: a slip read as a unit of its own asks again on every edit of its
  // document (lead-unit/shared's asUnknown), so the answer is kept like lookupUnit's.
  const byDate = cacheOf(nearestCache, model);
  const key = `${isoDate ?? ''} ${k}`;
  let cache = byDate.get(key);
  if (!cache) byDate.set(key, (cache = new Map()));
  let found = cache.get(name);
  if (!found) {
    if (cache.size > 20000) cache.clear();
    found = nearestUncached(model, name, k, isoDate);
    cache.set(name, found);
  }
  return found;
}

const nearestCache = new WeakMap<Model, Map<string, Map<string, readonly UnitEntry[]>>>();

function nearestUncached(model: Model, name: string, k: number, isoDate?: string): readonly UnitEntry[] {
  const n = normalizeUnitName(name);
  const pool = isoDate ? unitsValidAt(model, isoDate) : model.units;
  return pool
    .map((u) => ({ u, d: score(n, u) }))
    .sort((a, b) => a.d - b.d || b.u.count - a.u.count || cmp(a.u.name, b.u.name))
    .slice(0, k)
    .map((x) => x.u);
}

/** Edit distance, with names of the same kind (same last character: 局, 委, 学院) and the same
 * prefix (市, 聊城) ranked first among equals. */
function score(n: string, u: UnitEntry): number {
  const d = Math.min(editDistance(n, u.name), u.full ? editDistance(n, u.full) : Infinity);
  return d - (u.name[u.name.length - 1] === n[n.length - 1] ? 0.5 : 0) - (u.name[0] === n[0] ? 0.25 : 0);
}

/**
 * A name that a known one extends at its end, itself ending as an organ does (中共聊城市委 before
 * 中共聊城市委党校): the body above it, not a slip of it with characters dropped.
 */
function parentOf(n: string, known: string): boolean {
  return known.length > n.length && known.startsWith(n) && /(?:委|局|厅|部|办|院|府|会|室|中心)$/.test(n);
}

export type UnitLookup =
  /** A standard name in use on the date. */
  | { kind: 'known'; name: string; entry: UnitEntry }
  /** A county government or a development-zone committee: standard without a lexicon entry. */
  | { kind: 'local-government'; name: string }
  /** The city's departments named as a group (市政府有关部门, 市直各部门): standard, no lexicon entry. */
  | { kind: 'group'; name: string }
  /** A known alias or the unit's full name: write `standard` instead. `certain` false = inferred
   * (an abbreviation or a spelled-out form of exactly one known name). */
  | { kind: 'alias'; name: string; standard: string; certain: boolean; why: 'alias' | 'full' | 'abbreviation' | 'long-form' }
  /** The name was replaced before the date. */
  | { kind: 'renamed'; name: string; entry: UnitEntry; successors: string[] }
  /** The name came into use only after the date; `predecessors` were in use then. */
  | { kind: 'not-yet'; name: string; entry: UnitEntry; predecessors: string[]; mergedInto?: UnitEntry }
  /** One or two characters away from exactly one known name. */
  | { kind: 'slip'; name: string; standard: string; distance: number }
  /** Anything else; `plausible` when it looks like a unit the model does not know. */
  | { kind: 'unknown'; name: string; plausible: boolean; nearest: string[] };

/** The current name for `name` on `isoDate`, following renames with a single successor. */
function currentName(model: Model, name: string, isoDate: string): string {
  let n = name;
  for (let guard = 0; guard < 10; guard++) {
    const e = listedReads(model).get(n)?.unit;
    if (!e || validOn(e, isoDate) || !e.validUntil || isoDate < e.validUntil) return n;
    if (e.successors?.length !== 1) return n;
    n = e.successors[0];
  }
  return n;
}

/** Slip tolerance: one character for short names, two for longer ones. */
function slipLimit(n: string): number {
  return n.length <= 5 ? 1 : 2;
}

/** Looks a name up as of a date. */
export function lookupUnit(model: Model, name: string, isoDate: string): UnitLookup {
  // Keyed date → name (no concatenated key: the token strings are reused, so their hashes are too).
  const byDate = cacheOf(lookupCache, model);
  let cache = byDate.get(isoDate);
  if (!cache) byDate.set(isoDate, (cache = new Map()));
  let found = cache.get(name);
  if (!found) {
    // Bounded: a pathological input (a 10 MB file of distinct names) must not grow it forever.
    if (cache.size > 20000) cache.clear();
    found = lookupUncached(model, name, isoDate);
    cache.set(name, found);
  }
  return found;
}

/**
 * A full name without its place name, as a city's own documents write it: 聊城市发展和改革委员会 →
 * 市发展和改革委员会 when the short name is 市发展改革委 (a county's 某某县X → 县X alike). The place
 * name is whatever precedes the short name's first character (市, 县, 区): one to four characters (莘 in
 * 莘县X, 聊城 in 聊城市X).
 */
function withoutPlaceName(full: string, short: string): string | undefined {
  const level = short[0];
  if (level !== '市' && level !== '县' && level !== '区') return undefined;
  const at = full.indexOf(level);
  return at >= 1 && at <= 4 ? full.slice(at) : undefined;
}

/** What a name reads as in the model's lists, as written: the first unit of that name, the first
 * alias written so, the first unit whose full name (with or without its place name) it is. */
interface ListedReads {
  unit?: UnitEntry;
  alias?: UnitAlias;
  full?: UnitEntry;
}

const listedCache = new WeakMap<Model, Map<string, ListedReads>>();

/** The model's names as written, each with what it reads as: the one source of lookupUnit's reads
 * of the lists and of isListedUnitName, built once per model. */
function listedReads(model: Model): Map<string, ListedReads> {
  let map = listedCache.get(model);
  if (!map) {
    const m = new Map<string, ListedReads>();
    const at = (name: string) => {
      let r = m.get(name);
      if (!r) m.set(name, (r = {}));
      return r;
    };
    for (const u of model.units) at(u.name).unit ??= u;
    for (const a of model.aliases) at(normalizeUnitName(a.alias)).alias ??= a;
    for (const u of model.units) {
      if (!u.full) continue;
      at(u.full).full ??= u;
      const bare = withoutPlaceName(u.full, u.name);
      if (bare) at(bare).full ??= u;
    }
    listedCache.set(model, (map = m));
  }
  return map;
}

/**
 * Whether lookupUnit finds `name` in the model's lists as written: a unit's name, an alias, or a
 * full name (with or without its place name); false for a name it could only read as a slip or an
 * abbreviation by likeness. A reader trying many candidate names (every end of a 任免 item's words)
 * asks this first: a look-up of an unlisted name compares it with every unit.
 */
export function isListedUnitName(model: Model, name: string): boolean {
  return listedReads(model).has(normalizeUnitName(name));
}

function lookupUncached(model: Model, name: string, isoDate: string): UnitLookup {
  const n = normalizeUnitName(name);
  const listed = listedReads(model).get(n);
  const exact = listed?.unit;
  if (exact) {
    if (exact.validUntil && isoDate >= exact.validUntil) {
      return { kind: 'renamed', name: n, entry: exact, successors: (exact.successors ?? []).map((s) => currentName(model, s, isoDate)) };
    }
    if (exact.validFrom && isoDate < exact.validFrom) {
      const predecessors = model.units
        .filter((u) => u.successors?.includes(n) && validOn(u, isoDate))
        .map((u) => u.name);
      return { kind: 'not-yet', name: n, entry: exact, predecessors };
    }
    const merged = mergedInto(model, exact, isoDate);
    if (merged) return { kind: 'not-yet', name: n, entry: exact, predecessors: [merged.name], mergedInto: merged };
    return { kind: 'known', name: n, entry: exact };
  }
  const alias = listed?.alias;
  if (alias && alias.standard !== n) {
    return { kind: 'alias', name: n, standard: currentName(model, alias.standard, isoDate), certain: true, why: 'alias' };
  }
  const full = listed?.full;
  if (full) return { kind: 'alias', name: n, standard: currentName(model, full.name, isoDate), certain: true, why: 'full' };
  if (isLocalGovernment(n)) return { kind: 'local-government', name: n };
  if (isDepartmentGroup(n)) return { kind: 'group', name: n };

  const valid = unitsValidAt(model, isoDate);
  // An abbreviation (市住建局) or a spelled-out form (市住房和城乡建设局, 市卫生健康委员会) of exactly
  // one known name: same first and last character, one read out of the other.
  const folded = n.replace(/委员会$/, '委');
  const rel = valid.filter((u) => {
    const m = u.name;
    if (m.length < 3 || m[0] !== folded[0] || m[m.length - 1] !== folded[folded.length - 1]) return false;
    if (folded.length < m.length) return folded.length >= 3 && isSubsequence(folded, m);
    if (folded.length > m.length) return folded.length - m.length <= 3 && isSubsequence(m, folded);
    return folded === m;
  });
  // One character dropped or added (市生态境局) is a slip, not an abbreviation: those drop a word.
  if (rel.length === 1 && Math.abs(rel[0].name.length - folded.length) === 1 && folded === n) {
    return { kind: 'slip', name: n, standard: rel[0].name, distance: 1 };
  }
  if (rel.length === 1 && !(folded.length > rel[0].name.length && joinsAnotherUnit(folded, rel[0], valid))) {
    const why = folded.length < rel[0].name.length ? 'abbreviation' : 'long-form';
    return { kind: 'alias', name: n, standard: rel[0].name, certain: false, why };
  }
  if (rel.length === 0) {
    const limit = slipLimit(n);
    const close = valid
      .map((u) => ({ u, d: editDistance(n, u.name) }))
      .filter((x) => x.d <= limit && x.d < n.length / 2 && !replacesAWord(n, x.u.name, x.d) && !parentOf(n, x.u.name))
      .sort((a, b) => a.d - b.d);
    if (close.length && (close.length === 1 || close[1].d > close[0].d)) {
      return { kind: 'slip', name: n, standard: close[0].u.name, distance: close[0].d };
    }
  }
  const nearest = rel.length > 1
    ? rel.map((u) => u.name)
    : nearestUnits(model, n, 3, isoDate).map((u) => u.name);
  return { kind: 'unknown', name: n, plausible: isPlausibleUnit(n), nearest };
}
