// The unit lexicon: standard short names from 牵头单位 blocks, paired with full names by the
// national abbreviation conventions, aliases for non-standard forms, slips kept out of the
// standard names, and renames the dates show.
import type { UnitAlias, UnitEntry } from './types';
import { editDistance, isDepartmentGroup, isLocalGovernment, isProvinceLocalGovernment, isSubsequence } from '../units';
import aliasSeed from '../data/unit-aliases.json';
import renameSeed from '../data/unit-renames.json';

export interface AliasPattern {
  informal: string;
  standard: string;
  /** The informal form was an official name until this day (a reform renamed the unit). */
  formerUntil?: string;
}
export interface RenameSeed {
  old: string;
  new: string[];
  source: string;
}

export const ALIAS_PATTERNS: AliasPattern[] = (aliasSeed as { patterns: AliasPattern[] }).patterns;
export const RENAME_SEEDS: RenameSeed[] = (renameSeed as { renames: RenameSeed[] }).renames;

/** Cleans a unit name as written in a block: spaces, half-width brackets, stray punctuation. */
export function normalizeUnitName(raw: string): string {
  return raw
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（').replace(/\)/g, '）')
    .replace(/^[；;。，,、：:.．]+|[；;。，,、：:.．]+$/g, '');
}

/** Length of the longest common subsequence. */
export function lcs(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = [0];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    prev = cur;
  }
  return prev[b.length];
}

/** `short` is `long` with at most `max` characters left out (市教育局 ⊂ 市教育体育局). */
function isDeletionOf(short: string, long: string, max: number): boolean {
  const d = long.length - short.length;
  return d > 0 && d <= max && lcs(short, long) === short.length;
}

/**
 * Short forms a full name may take, by the national conventions for 机构简称: the city name becomes
 * 市 (聊城市X → 市X), 委员会 → 委 (管理委员会 → 管委会), the 和 joining two parts is dropped
 * (发展和改革 → 发展改革, 住房和城乡建设 → 住房城乡建设), 监督管理 → 监管, 人民政府 → 政府.
 * Every combination is produced; the caller keeps the one the lexicon uses.
 */
export function structuralForms(full: string, city: string): string[] {
  const bases = new Set([full]);
  // 聊城市X → 市X; a county's gazette (某某县X → 县X) works the same way.
  const level = city.slice(-1);
  if (city && full.startsWith(city) && full.length > city.length + 1) bases.add(level + full.slice(city.length));
  if (city && full.startsWith('中共' + city + '委')) bases.add(level + '委' + full.slice(city.length + 3));
  const steps: ((s: string) => string)[] = [
    (s) => s.replace(/管理委员会$/, '管委会').replace(/委员会$/, '委'),
    (s) => s.replace(/和/g, ''),
    (s) => s.replace(/监督管理/g, '监管'),
    (s) => s.replace(/人民政府/g, '政府'),
  ];
  const out = new Set<string>();
  for (const b of bases) {
    for (let mask = 0; mask < 1 << steps.length; mask++) {
      let s = b;
      steps.forEach((f, k) => {
        if (mask & (1 << k)) s = f(s);
      });
      out.add(s);
    }
  }
  return [...out].sort();
}

/** Forms reached by also applying the seed's informal → standard patterns (应急管理局 → 应急局). */
export function seedForms(forms: string[]): string[] {
  const out = new Set<string>();
  for (const f of forms) {
    for (const p of ALIAS_PATTERNS) if (f.includes(p.informal)) out.add(f.replace(p.informal, p.standard));
  }
  return [...out].sort();
}

/** Class of the organisation a name denotes, by its last word: renames stay within a class. */
function suffixClass(name: string): string {
  const m = /(中心支行|分行|支行|银行|中心支局|分局|支局|管委会|委员会|委|办公室|办|局|中心|公司|集团|支队|段|院|部|会|政府|厅)$/.exec(name);
  if (!m) return '';
  if (/行$/.test(m[1])) return 'bank';
  if (/支局|分局/.test(m[1])) return 'branch';
  if (m[1] === '委员会') return '委';
  if (m[1] === '办公室') return '办';
  return m[1];
}

/** City-level department (市X) or an outside body (聊城X, 人民银行…): a rename keeps this. */
function prefixClass(name: string): string {
  return /^[市县区]/.test(name) ? name[0] : name.slice(0, 2);
}

function core(name: string): string {
  return name.replace(/^[市县区]/, '').replace(/(局|委|办)$/, '');
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export interface Seen {
  count: number;
  dates: string[];
}

export interface UnitEvidence {
  /** Names used in 牵头单位/配合单位/责任单位 blocks (normalised), with the dates of their documents. */
  blocks: Map<string, Seen>;
  /** Full names (city prefix) mentioned anywhere: 任免 notices, regulations, joint issuers. */
  fullNames: Map<string, Seen>;
  /** 聊城市: the city of the corpus's own issuer. */
  city: string;
}

function range(dates: string[]): { firstSeen: string; lastSeen: string } {
  const d = dates.filter(Boolean).sort();
  return { firstSeen: d[0] ?? '', lastSeen: d[d.length - 1] ?? '' };
}

/** A frequent name that `name` is a slip or a non-standard form of, if any. */
function slipTarget(name: string, count: number, lexicon: Map<string, Seen>, city: string): { standard: string; source: UnitAlias['source'] } | undefined {
  // Rare: a handful of uses beside a name used five times as often, or any count beside one used
  // twenty times as often (a bigger corpus repeats its slips too).
  const frequent = (m: string) => {
    const e = lexicon.get(m);
    return !!e && m !== name && e.count >= Math.max(5, (count <= 3 ? 5 : 20) * count);
  };
  // Seed patterns: 市住建局 is the informal form of 市住房城乡建设局.
  for (const p of ALIAS_PATTERNS) {
    if (!name.includes(p.informal)) continue;
    const std = name.replace(p.informal, p.standard);
    if (frequent(std)) return { standard: std, source: 'builtin' };
  }
  // The conventions themselves: 市住房和城乡建设局 → 市住房城乡建设局.
  for (const f of structuralForms(name, city)) if (frequent(f)) return { standard: f, source: 'corpus' };
  // A name a character or two short of a much more frequent one (市教育局 ⊂ 市教育体育局), or one
  // character off in a long name.
  let best: string | undefined;
  for (const [m] of lexicon) {
    if (!frequent(m)) continue;
    if (Math.abs(m.length - name.length) > 2) continue;
    const slip = isDeletionOf(name, m, 2) || (Math.min(name.length, m.length) >= 6 && editDistance(name, m) === 1);
    if (slip && (!best || lexicon.get(m)!.count > lexicon.get(best)!.count)) best = m;
  }
  return best ? { standard: best, source: 'corpus' } : undefined;
}

/** The word ending a sub-body's name: a contracted form keeps it. */
const SUB_BODY = /(分局|支局|支队|大队|分行|支行|中心|分中心|分公司)$/;

export interface LearnedUnits {
  units: UnitEntry[];
  aliases: UnitAlias[];
}

export function learnUnits(ev: UnitEvidence): LearnedUnits {
  const aliases = new Map<string, UnitAlias>();
  const addAlias = (alias: string, standard: string, source: UnitAlias['source']) => {
    if (alias === standard) return;
    const had = aliases.get(alias);
    if (!had || (had.source === 'builtin' && source === 'corpus')) aliases.set(alias, { alias, standard, source });
  };

  // 1. Standard names: block names that are not slips of a frequent name.
  const units = new Map<string, UnitEntry>();
  const slips: [string, { standard: string; source: UnitAlias['source'] }][] = [];
  for (const [name, seen] of ev.blocks) {
    const slip = slipTarget(name, seen.count, ev.blocks, ev.city);
    if (slip) slips.push([name, slip]);
    else units.set(name, { name, count: seen.count, ...range(seen.dates) });
  }
  for (const [name, slip] of slips) addAlias(name, slip.standard, slip.source);

  // 2. Full names: pair each with the short name the blocks use.
  const fullOf = new Map<string, { full: string; count: number }>();
  for (const [full, seen] of ev.fullNames) {
    if (units.has(full)) continue;
    const forms = structuralForms(full, ev.city).filter((f) => f !== full);
    let hits = forms.filter((f) => units.has(f));
    if (!hits.length) hits = seedForms(forms).filter((f) => units.has(f));
    // A place whose blocks use a contracted form as the standard one (苏州: 市工信局, 市发改委, 市住建局
    // for 苏州市工业和信息化局, …发展和改革委员会, …住房和城乡建设局): the one unit read out of the
    // full name without its city, with the same first two characters, the same last one (委员会 read
    // as 委) and the same kind of sub-body (市公安局 is no form of 聊城市公安局聊南分局); not two
    // bodies joined (聊城市政府与省气象局).
    if (!hits.length && ev.city && full.startsWith(ev.city) && !/[与及、]/.test(full)) {
      const bare = (ev.city.slice(-1) + full.slice(ev.city.length)).replace(/委员会$/, '委');
      const sub = (n: string) => SUB_BODY.exec(n)?.[1];
      const read = [...units.keys()].filter((u) => u.length >= 3 && u.length < bare.length && u.slice(0, 2) === bare.slice(0, 2)
        && u[u.length - 1] === bare[bare.length - 1] && sub(u) === sub(bare) && isSubsequence(u, bare));
      if (read.length === 1) hits = read;
    }
    if (!hits.length) continue;
    hits.sort((a, b) => units.get(b)!.count - units.get(a)!.count || (a < b ? -1 : 1));
    const std = hits[0];
    const had = fullOf.get(std);
    if (!had || seen.count > had.count || (seen.count === had.count && full < had.full)) fullOf.set(std, { full, count: seen.count });
    addAlias(full, std, 'corpus');
    for (const f of forms) if (f.startsWith(ev.city.slice(-1)) && !units.has(f)) addAlias(f, std, 'corpus');
  }
  for (const [std, f] of fullOf) units.get(std)!.full = f.full;

  // 3. Seed patterns applied to the lexicon: 市发展改革委 → alias 市发改委.
  for (const u of units.values()) {
    for (const p of ALIAS_PATTERNS) {
      if (!u.name.includes(p.standard)) continue;
      const alias = u.name.replace(p.standard, p.informal);
      if (!units.has(alias)) addAlias(alias, u.name, 'builtin');
    }
  }

  // 4. Renames the dates show: a name that stops while a similar one of the same kind starts, or
  //    one that splits into two (市商务投资促进局 → 市商务局 + 市投资促进局).
  // Local governments and groups (各市、区人民政府, 各县（市、区）人民政府) are no bodies that are renamed.
  const group = (n: string) => isLocalGovernment(n) || isProvinceLocalGovernment(n) || isDepartmentGroup(n);
  const dated = [...units.values()].filter((u) => u.firstSeen && u.lastSeen && !group(u.name));
  const kindOf = new Map(dated.map((u) => [u.name, suffixClass(u.name) && `${prefixClass(u.name)}|${suffixClass(u.name)}`]));
  for (const old of dated) {
    const kind = kindOf.get(old.name);
    if (!kind) continue;
    const later = dated.filter((n) => n.firstSeen > old.lastSeen && kindOf.get(n.name) === kind);
    // A split first: the old core is the two new cores joined (商务投资促进 = 商务 + 投资促进).
    let successors: UnitEntry[] = [];
    const c = core(old.name);
    for (const a of later) {
      const b = later.find((x) => x !== a && core(a.name) + core(x.name) === c);
      if (b && core(a.name).length >= 2 && core(b.name).length >= 2) {
        successors = [a, b];
        break;
      }
    }
    // Else one similar name: long names sharing most of their characters (人民银行聊城市中心支行 →
    // 人民银行聊城市分行). Short department names (市审计局 / 市统计局) differ in the one word that
    // matters, so they never count as renames of each other.
    if (!successors.length) {
      let bestSim = 0.6;
      for (const n of later) {
        const common = lcs(old.name, n.name);
        const sim = common / Math.max(old.name.length, n.name.length);
        // A later name read out of the old one (市资源规划局 from 市自然资源和规划局: same first and last
        // character) is its contracted form, which documents use beside the long one: no rename.
        const contracted = n.name.length < old.name.length && common === n.name.length &&
          n.name[0] === old.name[0] && n.name.at(-1) === old.name.at(-1);
        if (!contracted && Math.min(old.name.length, n.name.length) >= 6 && common >= 5 && sim >= bestSim) {
          if (sim > bestSim || !successors.length) successors = [n];
          bestSim = sim;
        }
      }
    }
    if (!successors.length) continue;
    old.validUntil = successors.map((s) => s.firstSeen).sort()[0];
    old.successors = successors.map((s) => s.name).sort();
    // A renamed body's new name did not exist while the old one was in use. The parts of a split
    // may be older units restored, so they get no start date.
    if (successors.length === 1 && !successors[0].validFrom) successors[0].validFrom = nextDay(old.lastSeen);
  }

  // 5. Seeded renames, dated by the corpus: the old name is valid until a new one is first used.
  const cityShort = ev.city.replace(/[市县区]$/, '');
  const fill = (t: string) => t.replace(/\{city\}/g, ev.city).replace(/\{cityShort\}/g, cityShort);
  for (const r of RENAME_SEEDS) {
    if (!ev.city) break;
    const olds = fill(r.old);
    const news = r.new.map(fill).filter((n) => units.has(n));
    if (!news.length || news.length !== r.new.length) continue;
    const firstNew = news.map((n) => units.get(n)!.firstSeen).filter(Boolean).sort()[0];
    let u = units.get(olds);
    if (!u) {
      u = { name: olds, count: 0, firstSeen: '', lastSeen: '' };
      units.set(olds, u);
    }
    if (u.lastSeen && firstNew && u.lastSeen >= firstNew) continue;
    if (!u.validUntil && firstNew) u.validUntil = firstNew;
    if (!u.successors) u.successors = [...news].sort();
  }

  // An alias never shadows a standard name.
  for (const a of [...aliases.keys()]) if (units.has(a) || !units.has(aliases.get(a)!.standard)) aliases.delete(a);
  return { units: [...units.values()], aliases: [...aliases.values()] };
}
