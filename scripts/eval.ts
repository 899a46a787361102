// npm run eval [-- gazette.txt … ] [--per-kind N] [--json out.json] [--verbose]
//
// Measures the linter on real gazettes: injects known errors of every kind into copies (one error
// per copy, line count unchanged), lints the baseline and every copy with the default model, and
// prints per family:
//   recall    = injected errors found (a new diagnostic of that family on the changed line, or on
//               the item the error breaks),
//   precision = new diagnostics of that family that belong to an injected error / all new ones,
//   valid     = diagnostics added by VALID edits (a unit swapped for another real unit, a correct
//               registry citation swapped in) — must be 0.
// Injection sites come from the parser, so the script works on any gazette, not only ours.
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../engine/src/lint';
import { loadModel } from '../engine/src/model/load';
import { train } from '../engine/src/model/train';
import type { Model, UnitEntry } from '../engine/src/model/types';
import { isListedUnitName, lookupUnit, validOn } from '../engine/src/units';
import { findByNumber } from '../engine/src/registry';
import type { DocNumber, Gazette, GwDocument, LeadRoleSegment, TextNode } from '../engine/src/types';
import { chineseToNumber, closedArticles, numberToChinese } from '../engine/src/parse/items';
import { ROLE_WORDS } from '../engine/src/parse/blocks';
import { looksLikeIssuer } from '../engine/src/parse/document';
import { corpusFiles } from '../test/fixtures/corpus';
import { sameNumberPairs, tocTitleKey } from '../engine/src/rules/toc';
import { cityNames } from '../engine/src/rules/lead-unit/place';
import { analyze, opensContinuation } from '../engine/src/rules/numbering/analyze';
import { inlineMarkers, formMarker, YAO_WORD, type InlineForm } from '../engine/src/rules/numbering/inline-sequence';
import { POST, scrambled } from '../engine/src/rules/lead-unit/appointment';
import { mentionTokens } from '../engine/src/rules/lead-unit/mentions';
import { PAST, REFORM, REPEAL, sentenceBounds } from '../engine/src/rules/running-text';
import { contractedAliases, formerForms } from '../engine/src/rules/lead-unit/informal-mentions';
import { documentReferences } from '../engine/src/rules/cross-ref/util';
import { selfReferences } from '../engine/src/rules/cross-ref/self-name';
import { deadlinesIn } from '../engine/src/rules/date/deadline-order';
import { homophoneOf } from '../engine/src/units/homophones';
import { shapeAlikeOf } from '../engine/src/units/shape-alike';
import { effectiveDatesIn, isHistoryNote } from '../engine/src/rules/date/effective-order';

interface Edit {
  kind: string;
  family: string;
  start: number;
  end: number;
  text: string;
  /** 0-based lines where a diagnostic counts as finding this error. */
  lines: number[];
  valid?: boolean;
}

// ---- Deterministic randomness: the same gazette gives the same injections.
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 0x100000000;
  };
}

function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

type Site = (ctx: SiteCtx) => Edit[];
interface SiteCtx {
  text: string;
  g: Gazette;
  model: Model;
  line: (o: number) => number;
}

const fullWidthDigits = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const docsWith = (g: Gazette, f: (d: GwDocument) => boolean) => g.documents.filter(f);
const unitsOf = (model: Model) => model.units.filter((u) => u.count >= 2 && !/各县|人民政府$|管委会$/.test(u.name));

/** A unit seen by `asOf` and in use on it (neither renamed before nor started after it). */
const inUseOn = (u: UnitEntry, asOf: string) => u.firstSeen <= asOf && validOn(u, asOf);

/** Units a 主送 line or a 任免 item names one by one: no group word (各高等院校, 市政府相关部门). */
const GROUP_WORD = /各|有关|相关|部门$|单位$|机构$/;

/** The city's name as the lexicon's full names put it first (聊城); the first, sorted, of several. */
const cityOf = (model: Model): string | undefined => [...cityNames(model)].sort()[0];

/** A real city unit in use on the date, after the city's name (聊城 + 市商务局): a valid edit's name. */
const cityUnitInUse = (model: Model) => (asOf: string, index: (pool: unknown[]) => number): string | undefined => {
  const city = cityOf(model);
  const pool = unitsOf(model).filter((x) => x.name[0] === '市' && !GROUP_WORD.test(x.name) && inUseOn(x, asOf));
  const u = pool[index(pool)];
  return city && u ? city + u.name : undefined;
};

/**
 * One edit per dated document with a 主送 line: its last recipient (lastRecipient) replaced by the
 * name `pick` makes, given the document's date and the pool index the recipient's offset gives.
 */
function atLastRecipient({ g, text, line }: SiteCtx, pick: (asOf: string, index: (pool: unknown[]) => number) => string | undefined, valid = false): Edit[] {
  return g.documents.flatMap((d) => {
    const at = lastRecipient(text, d);
    const asOf = d.date?.iso;
    if (!at || !asOf) return [];
    const name = pick(asOf, (pool) => at.start % Math.max(1, pool.length));
    return name === undefined ? [] : [{ kind: '', family: '', start: at.start, end: at.end, text: name, lines: [line(at.start)], ...(valid ? { valid } : {}) }];
  });
}

/**
 * One edit per unit that running text of a dated document names with the city's name, as the rules
 * read it (mentions.ts): the name replaced by one of the same shape that `pick` accepts (a 市… name
 * after the city's name, else a name holding the city's name, 人民银行聊城市分行).
 */
function atMentions({ g, model, text, line }: SiteCtx, pick: (asOf: string, u: UnitEntry) => string | undefined, valid = false): Edit[] {
  const city = cityOf(model);
  const out: Edit[] = [];
  for (const d of g.documents) {
    const asOf = d.date?.iso;
    if (!asOf || !city) continue;
    for (const t of mentionTokens({ doc: d, model, mode: 'issue' })) {
      const bare = t.text.startsWith('市');
      const pool = model.units.filter((u) => u.name !== t.name && (bare ? u.name[0] === '市' : u.name[0] !== '市' && u.name.includes(city) && !/人民政府$|管委会$/.test(u.name)))
        .map((u) => pick(asOf, u)).filter((n): n is string => !!n);
      const name = pool[t.start % Math.max(1, pool.length)];
      if (name && text.slice(t.start, t.end) === t.text) out.push({ kind: '', family: '', start: t.start, end: t.end, text: name, lines: [line(t.start)], ...(valid ? { valid } : {}) });
    }
  }
  return out;
}

/**
 * One edit per document (not a 任免 notice) at the first standard name written bare after a mark in
 * running text (，市住房城乡建设局负责…) whose unit has a contracted abbreviation (市住建局): the
 * name replaced by what `make` makes of the abbreviation. Outside blocks, quotes, 《》 and the head.
 */
function atBareStandardNames({ g, model, text, line }: SiteCtx, make: (alias: string) => string, valid = false): Edit[] {
  const out: Edit[] = [];
  for (const d of g.documents) {
    const asOf = d.date?.iso;
    if (!asOf || d.type === '任免') continue;
    const head = [d.title, d.issuerMark, d.signature, d.mainRecipient].filter((s): s is NonNullable<typeof s> => !!s);
    const site = d.paragraphs.flatMap((p) => contractedAliases(model).flatMap((a) => {
      if (head.some((h) => h.start < p.end && p.start < h.end) || d.noise.some((n) => n.start < p.end && p.start < n.end)) return [];
      const i = p.text.indexOf(a.standard);
      if (i < 0 || !/^(?:|.*[，。；：、])$/.test(p.text.slice(Math.max(0, i - 1), i)) || /[“《]/.test(p.text.slice(0, i))) return [];
      const start = p.map[i];
      const end = p.map[i + a.standard.length - 1] + 1;
      if (text.slice(start, end) !== a.standard || d.blocks.some((b) => b.start <= start && start < b.end)) return [];
      const f = lookupUnit(model, a.alias, asOf);
      if (f.kind !== 'alias' || !f.certain || f.standard !== a.standard) return [];
      return [{ kind: '', family: '', start, end, text: make(a.alias), lines: [line(start)], ...(valid ? { valid } : {}) }];
    }))[0];
    if (site) out.push(site);
  }
  return out;
}

/**
 * One edit per document (not a 任免 notice) at the first current name written bare after a mark in
 * running text (，市生态环境局负责…) of a unit whose former bare name (市环保局, 市商务投资促进局) went
 * out of use before the document's date: the name replaced by what `make` makes of the former one.
 * Outside blocks, quotes, 《》, the head, and sentences telling of the past, a reform or a repeal.
 */
function atBareCurrentNames({ g, model, text, line }: SiteCtx, make: (former: string) => string, valid = false): Edit[] {
  const out: Edit[] = [];
  for (const d of g.documents) {
    const asOf = d.date?.iso;
    if (!asOf || d.type === '任免') continue;
    const head = [d.title, d.issuerMark, d.signature, d.mainRecipient].filter((s): s is NonNullable<typeof s> => !!s);
    const site = d.paragraphs.flatMap((p) => formerForms(model).filter((f) => asOf >= f.until).flatMap((f) => f.current.flatMap((current) => {
      if (head.some((h) => h.start < p.end && p.start < h.end) || d.noise.some((n) => n.start < p.end && p.start < n.end)) return [];
      const i = p.text.indexOf(current);
      if (i < 0 || !/^(?:|.*[，。；：、])$/.test(p.text.slice(Math.max(0, i - 1), i)) || /[“《]/.test(p.text.slice(0, i))) return [];
      // The name must end there (not 市商务局机关…), and its sentence must be the present's.
      if (!/^[，。；、负牵会要应将]/.test(p.text.slice(i + current.length, i + current.length + 1))) return [];
      const [a, b] = sentenceBounds(p.text, i);
      if (PAST.test(p.text.slice(a, b)) || REFORM.test(p.text.slice(a, b)) || REPEAL.test(p.text.slice(a, b))) return [];
      const start = p.map[i];
      const end = p.map[i + current.length - 1] + 1;
      if (text.slice(start, end) !== current || d.blocks.some((bl) => bl.start <= start && start < bl.end)) return [];
      return [{ kind: '', family: '', start, end, text: make(f.name), lines: [line(start)], ...(valid ? { valid } : {}) }];
    })))[0];
    if (site) out.push(site);
  }
  return out;
}

/**
 * One edit per block with two roles or more whose first two list only the city's departments
 * (牵头单位：市财政局；配合单位：市审计局): the second role's 单位 made 部门 (配合部门); or, `valid`,
 * per block of exactly two roles, one listing a body that is no department (各县（市、区）人民政府)
 * and the other departments only: that other role's 单位 made 部门, the words used for what they mean.
 */
function roleFamilyEdits({ g, model, text, line }: SiteCtx, valid: boolean): Edit[] {
  const out: Edit[] = [];
  for (const d of g.documents) {
    const asOf = d.date?.iso;
    if (!asOf) continue;
    const department = (name: string) => {
      const f = lookupUnit(model, name.replace(/\s/g, ''), asOf);
      const standard = f.kind === 'known' ? f.name : f.kind === 'alias' ? f.standard : undefined;
      return !!standard && standard[0] === '市' && !/(?:政府|管委会)$/.test(standard);
    };
    const departmentsOnly = (r: LeadRoleSegment) => r.units.length > 0 && r.units.every((u) => department(u.text));
    for (const b of d.blocks) {
      if (d.noise.some((n) => n.start < b.end && b.start < n.end) || b.roles.some((r) => text.slice(r.roleSpan.start, r.roleSpan.end) !== r.role || !r.role.endsWith('单位'))) continue;
      let role: LeadRoleSegment | undefined;
      if (!valid && b.roles.length >= 2 && departmentsOnly(b.roles[0]) && departmentsOnly(b.roles[1])) role = b.roles[1];
      if (valid && b.roles.length === 2) {
        const [x, y] = b.roles;
        if (departmentsOnly(x) && y.units.some((u) => /各县|人民政府|管委会/.test(u.text))) role = x;
        else if (departmentsOnly(y) && x.units.some((u) => /各县|人民政府|管委会/.test(u.text))) role = y;
      }
      // 负责部门 is no role word the parser reads (its block would no longer be one).
      if (!role || !ROLE_WORDS.includes(role.role.slice(0, -2) + '部门')) continue;
      out.push({ kind: '', family: '', start: role.roleSpan.end - 2, end: role.roleSpan.end, text: '部门', lines: [line(role.roleSpan.start)], ...(valid ? { valid } : {}) });
    }
  }
  return out;
}

/**
 * One edit per block whose role words all end in 单位, in a document with two other blocks writing
 * 单位 at least twice as often: every role word of the block made …部门 (牵头部门：A；配合部门：B), a block
 * copied from a text that writes 部门.
 */
function roleFamilyDocumentEdits({ g, text, line }: SiteCtx): Edit[] {
  const out: Edit[] = [];
  for (const d of g.documents) {
    const blocks = d.blocks.filter((b) => !b.inline && b.roles.length && !d.noise.some((n) => n.start < b.end && b.start < n.end));
    const total = d.blocks.reduce((n, b) => n + b.roles.length, 0);
    if (d.blocks.some((b) => b.roles.some((r) => !r.role.endsWith('单位')))) continue;
    for (const b of blocks) {
      if (blocks.filter((o) => o !== b).length < 2 || b.roles.length * 2 > total - b.roles.length) continue;
      if (b.roles.some((r) => text.slice(r.roleSpan.start, r.roleSpan.end) !== r.role || !ROLE_WORDS.includes(r.role.slice(0, -2) + '部门'))) continue;
      const start = b.roles[0].roleSpan.end - 2;
      const end = b.roles[b.roles.length - 1].roleSpan.end;
      let edited = '';
      let at = start;
      for (const r of b.roles) { edited += text.slice(at, r.roleSpan.end - 2) + '部门'; at = r.roleSpan.end; }
      out.push({ kind: '', family: '', start, end, text: edited, lines: [...new Set(b.roles.map((r) => line(r.roleSpan.start)))] });
    }
  }
  return out;
}

/**
 * One edit per item of a dated 任免 notice that names a unit by a full name the model knows
 * (为聊城市交通运输局副局长, 的聊城市发展和改革委员会副主任职务): that name replaced by the one `pick`
 * makes. Notices an extraction read across two columns are left out (the rule is silent there).
 */
function atAppointmentUnits({ g, model, text, line }: SiteCtx, pick: (asOf: string, index: (pool: unknown[]) => number) => string | undefined, valid = false): Edit[] {
  const known = new Set(model.units.flatMap((u) => (u.full ? [u.full] : [])));
  const out: Edit[] = [];
  for (const d of g.documents) {
    const asOf = d.date?.iso;
    if (d.type !== '任免' || !asOf || scrambled(d.paragraphs)) continue;
    for (const p of d.paragraphs) {
      const m = /^[\u4e00-\u9fa5]{2,4}(?:为|的)/.exec(p.text);
      if (!m) continue;
      const rest = p.text.slice(m[0].length);
      const full = [...known].filter((f) => rest.startsWith(f) && POST.test(rest.slice(f.length))).sort((a, b) => b.length - a.length)[0];
      if (!full) continue;
      const start = p.map[m[0].length];
      const end = p.map[m[0].length + full.length - 1] + 1;
      if (end - start !== full.length || text.slice(start, end) !== full) continue;
      const name = pick(asOf, (pool) => start % Math.max(1, pool.length));
      if (name !== undefined) out.push({ kind: '', family: '', start, end, text: name, lines: [line(start)], ...(valid ? { valid } : {}) });
    }
  }
  return out;
}

/**
 * One edit per document of a yearly series (code and year) of at least three dated documents in
 * the gazette with two or more later numbers, none of which another document cites (a citing
 * document dated before the cited one is cross-ref's finding): its 成文日期 moved to 8 days after
 * the latest of the later numbers' (an inversion beyond doc-number/date-order's week), or, `valid`,
 * to the next number's own date (a tie). The date keeps its year and its written form.
 */
function seriesDateEdits({ g, text, line }: SiteCtx, valid: boolean): Edit[] {
  const cited = new Set(g.documents.flatMap((d) => d.citations.flatMap((c) => (c.number ? [c.number.canonical] : []))));
  const dated = g.documents.filter((d) => d.number && !d.number.isDecree && d.date?.iso && d.date.iso.slice(0, 4) === d.number.year);
  const out: Edit[] = [];
  for (const d of dated) {
    const n = d.number!;
    const later = dated.filter((o) => o.number!.code === n.code && o.number!.year === n.year && Number(o.number!.seq) > Number(n.seq))
      .sort((a, b) => Number(a.number!.seq) - Number(b.number!.seq));
    if (later.length < 2 || later.some((o) => cited.has(o.number!.canonical)) || cited.has(n.canonical)) continue;
    const target = valid ? Date.parse(later[0].date!.iso!) : Math.max(...later.map((o) => Date.parse(o.date!.iso!))) + 8 * 864e5;
    const t = new Date(target);
    if (t.getUTCFullYear() !== Number(n.year)) continue;
    const src = text.slice(d.date!.start, d.date!.end);
    const moved = src.replace(/(\d+)(\s*月\s*)(\d+)/, (_, _m, mid) => `${t.getUTCMonth() + 1}${mid}${t.getUTCDate()}`);
    if (moved === src) continue;
    out.push({ kind: '', family: '', start: d.date!.start, end: d.date!.end, text: moved, lines: [line(d.date!.start), line(n.start)] });
  }
  return out;
}

/** A sentence of clauses `A；B；C。` on one source line, none of them numbered already: planted as
 * `一是A；二是B；三是C。` in the given form (一要A；…, 第一，A；…, 其一，A；…); with `slip` the last
 * ordinal one too high (skip) or the same as the one before (repeat), or 一是 alone (lone). */
function plantedRuns({ g, text, line }: SiteCtx, slip: 'skip' | 'repeat' | 'empty' | 'comma' | 'lone' | undefined, form: InlineForm = '是'): Edit[] {
  const out: Edit[] = [];
  const SENTENCE = /(?:^|[：。])((?:[^：；。\n]{4,80}；){1,6}[^：；。\n]{4,80})。/g;
  const balanced = (c: string) => c.split('《').length === c.split('》').length && c.split(/[（(]/).length === c.split(/[）)]/).length;
  for (const d of g.documents) {
    for (const [k, p] of d.paragraphs.entries()) {
      if (inlineMarkers(d, k).length) continue;
      for (const m of p.text.matchAll(SENTENCE)) {
        const clauses = m[1].split('；');
        if (clauses.some((c) => /^[一二三四五六七八九十\d（(第其首]/.test(c) || !balanced(c))) continue;
        // 一要求, 三要素: a clause that would make the 要 a word's.
        if (form === '要' && clauses.some((c) => YAO_WORD.has(c[0]))) continue;
        // Source offsets where each clause starts; all on one line, none in moved text.
        const at: number[] = [];
        let o = m.index! + m[0].length - m[1].length - 1;
        for (const c of clauses) { at.push(p.map[o]); o += c.length + 1; }
        const end = at[at.length - 1];
        if (at.some((x) => line(x) !== line(at[0])) || [...d.continuations, ...d.noise].some((c) => c.end > at[0] && c.start < end)) continue;
        let edited = '';
        for (let i = 0; i < at.length; i++) {
          const last = i === at.length - 1;
          const value = i + 1 + (last && slip === 'skip' ? 1 : last && slip === 'repeat' ? -1 : 0);
          // 'comma': a 、 after the first ordinal (一是、A；二是B…).
          const sep = form === '第' || form === '其' ? '，' : slip === 'comma' && i === 0 ? '、' : '';
          // 'lone': 一是 on the first clause only (一是A；B；C。).
          edited += (slip === 'lone' && i > 0 ? '' : formMarker(form, value) + sep) + text.slice(at[i], at[i + 1] ?? at[i]);
        }
        // The edit ends where the last clause starts: its text stays, after its ordinal. 'empty'
        // drops that text (……；三是。).
        const stop = p.map[m.index! + m[0].length - 1];
        if (slip === 'empty' && text.slice(end, stop) !== clauses[clauses.length - 1]) continue;
        out.push({ kind: '', family: '', start: at[0], end: slip === 'empty' ? stop : end, text: edited, lines: [line(at[0])] });
      }
    }
  }
  return out;
}

/** `此件公开发布` (bracketed when `ok`) on the blank line after a 成文日期 (edits keep the line count). */
function notePlanted({ g, text, line }: SiteCtx, note: string): Edit[] {
  return g.documents.flatMap((d) => {
    const at = d.date?.iso ? d.date.end + 1 : -1;
    if (at < 1 || d.notes.length || text.slice(at - 1, at + 1) !== '\n\n') return [];
    return [{ kind: '', family: '', start: at, end: at, text: note, lines: [line(at)] }];
  });
}

/** 目录 entries listing their document: the same number, one entry and one document with it, the same title. */
function tocListing(g: Gazette) {
  return sameNumberPairs(g).filter(({ toc, doc }) => doc.title && tocTitleKey(toc.title.text) === tocTitleKey(doc.title.text));
}

/**
 * The source span of the last recipient on a document's 主送 line (直属机构 in …市政府各部门、直属机构：):
 * after the last separator outside brackets, before the colon, on one line. None when the line
 * holds a sentence (the extraction moves body text into it) or has no colon.
 */
function lastRecipient(text: string, d: GwDocument): { start: number; end: number } | undefined {
  const mr = d.mainRecipient;
  if (!mr || /[。；;]/.test(mr.text)) return undefined;
  const src = text.slice(mr.start, mr.end);
  const colon = Math.max(src.lastIndexOf('：'), src.lastIndexOf(':'));
  if (colon < 0) return undefined;
  let depth = 0;
  let from = 0;
  for (let i = 0; i < colon; i++) {
    const c = src[i];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[，、,]/.test(c)) from = i + 1;
  }
  const part = src.slice(from, colon);
  if (!part.trim() || /\s/.test(part)) return undefined;
  return { start: mr.start + from, end: mr.start + colon };
}

/** A Chinese character in the middle of a title (source span), on the middle one of its lines. */
function interiorHan(text: string, start: number, end: number): number | undefined {
  const han: number[] = [];
  for (let i = start; i < end; i++) if (/\p{Script=Han}/u.test(text[i])) han.push(i);
  if (han.length < 10) return undefined;
  return han[Math.floor(han.length / 2)];
}

/** Each closed block's last role and unit, where nothing but the ） follows the unit (…市财政局）). */
function closedBlockEnds(g: Gazette, text: string): { role: LeadRoleSegment; unit: TextNode }[] {
  const out: { role: LeadRoleSegment; unit: TextNode }[] = [];
  for (const d of g.documents) for (const b of d.blocks) {
    const role = b.roles[b.roles.length - 1];
    const unit = role?.units[role.units.length - 1];
    if (unit && text[b.end - 1] === '）' && !text.slice(unit.end, b.end - 1).trim()) out.push({ role, unit });
  }
  return out;
}


/**
 * Blocks' known short names (four characters or fewer, written plainly) with one inner character
 * (not the first or the last) replaced by `substitute`'s stand-in for it, the first it has one for.
 */
function charSlipSites(g: Gazette, model: Model, line: (o: number) => number, substitute: (c: string) => string | undefined): Edit[] {
  const out: Edit[] = [];
  const known = new Set(model.units.map((u) => u.name));
  for (const d of g.documents) for (const b of d.blocks) for (const r of b.roles) for (const u of r.units) {
    if (!known.has(u.text) || u.text.length > 4 || u.end - u.start !== u.text.length) continue;
    const k = [...u.text.slice(0, -1)].findIndex((c, i) => i > 0 && substitute(c));
    if (k > 0) out.push({ kind: '', family: '', start: u.start + k, end: u.start + k + 1, text: substitute(u.text[k])!, lines: [line(u.start)] });
  }
  return out;
}
/** Edits at the well-formed 发文字号 of each document: its own, and its cited and bare ones outside noise. */
function numberSlipSites(g: Gazette, model: Model, line: (o: number) => number, edit: (n: DocNumber) => { start: number; end: number; text: string } | undefined): Edit[] {
  const out: Edit[] = [];
  const wellFormed = (n: DocNumber | undefined): n is DocNumber => !!n && !n.isDecree && !n.isNotice && n.open === '〔' && n.year.length === 4 && !n.hasDi && !n.seq.startsWith('0') && n.hasHao;
  for (const d of g.documents) {
    const nums = [d.number, ...documentReferences(d, model).map((r) => r.number)];
    for (const n of nums) {
      if (!wellFormed(n) || d.noise.some((s) => n.start < s.end && s.start < n.end)) continue;
      const e = edit(n);
      if (e) out.push({ kind: '', family: '', ...e, lines: [line(n.start)] });
    }
  }
  return out;
}

/**
 * A 牵头单位 block closing its paragraph, alone in it and on one line, rewritten as 国务院 and
 * province 意见 assign tasks, after the units (（牵头单位：A；配合单位：B、C） → （A牵头，B、C配合）):
 * valid as it is (`none`); with `，` for the first 、 between two units of a role (`comma`), or `：`
 * between the clauses (`colon`, 牵头：), an error. The corpus has no such bracket of its own.
 */
function inlineAssignmentEdits({ g, text, line }: SiteCtx, slip: 'none' | 'comma' | 'colon'): Edit[] {
  const word = (role: string) => (role.startsWith('牵头') ? '牵头' : role.startsWith('配合') ? '配合' : '负责');
  const out: Edit[] = [];
  for (const d of g.documents) {
    const perParagraph = new Map<number, number>();
    for (const b of d.blocks) perParagraph.set(b.paragraph, (perParagraph.get(b.paragraph) ?? 0) + 1);
    for (const b of d.blocks) {
      if (b.inline || perParagraph.get(b.paragraph) !== 1 || text[b.start] !== '（' || text[b.end - 1] !== '）') continue;
      if (/\n/.test(text.slice(b.start, b.end)) || d.noise.some((n) => b.start < n.end && n.start < b.end)) continue;
      const eol = text.indexOf('\n', b.end);
      if (!/^[\s。]*$/.test(text.slice(b.end, eol < 0 ? text.length : eol))) continue;
      if (!b.roles.length || b.roles.some((r) => !r.colon || !r.units.length || !/^(牵头|配合|责任|负责)单位$/.test(r.role))) continue;
      if (b.roleSeparators.some((s) => s.text !== '；')) continue;
      let planted = slip === 'none';
      const clauses = b.roles.map((r) => {
        let units = text.slice(r.units[0].start, r.units[r.units.length - 1].end);
        if (/[；;。：:]|等$/.test(units)) return undefined;
        const second = r.units[1];
        if (slip === 'comma' && !planted && second && text.slice(r.units[0].end, second.start) === '、' && /^市[\u4e00-\u9fa5]+$/.test(second.text)) {
          units = units.slice(0, r.units[0].end - r.units[0].start) + '，' + units.slice(second.start - r.units[0].start);
          planted = true;
        }
        return units + word(r.role);
      });
      if (clauses.some((c) => !c)) continue;
      if (slip === 'colon') {
        if (clauses.length < 2) continue;
        planted = true;
      }
      if (!planted) continue;
      const written = '（' + clauses[0] + (clauses.length > 1 ? (slip === 'colon' ? '：' : '，') + clauses.slice(1).join('，') : '') + '）';
      out.push({ kind: '', family: '', start: b.start, end: b.end, text: written, lines: [line(b.start)], ...(slip === 'none' ? { valid: true } : {}) });
    }
  }
  return out;
}

/** Every kind of injected error (and of valid edit), each producing candidate edits. */
/** The lines of the 目录 entries that list document `d` (by its number). */
function tocLinesOf(g: Gazette, d: GwDocument, line: (offset: number) => number): number[] {
  return d.number ? g.toc.filter((t) => t.number?.canonical === d.number!.canonical).map((t) => line(t.title.start)) : [];
}

/** The first running-text year (2025年) of each document written in Chinese numerals (二〇二五年). */
function chineseYearEdits({ g, text, line }: SiteCtx): Edit[] {
  const cn = (y: string) => [...y].map((c) => '〇一二三四五六七八九'[Number(c)]).join('');
  const out: Edit[] = [];
  for (const d of g.documents) {
    if (d.type === '大事记') continue;
    for (const p of d.paragraphs) {
      const m = /(?<![\d〔［\[(（])(20\d{2})年/.exec(p.text);
      if (!m || /^\d{4}年\d{1,2}月\d{1,2}日(?:印发)?$/.test(p.text)) continue;
      const before = p.text.slice(0, m.index);
      if (before.lastIndexOf('《') > before.lastIndexOf('》') || before.lastIndexOf('“') > before.lastIndexOf('”')) continue;
      const start = p.map[m.index];
      const end = p.map[m.index + 3] + 1;
      if (text.slice(start, end) !== m[1]) continue;
      if ([d.hosted, d.noise, d.continuations].some((spans) => spans.some((s) => s.start < end && start < s.end))) continue;
      out.push({ kind: '', family: '', start, end, text: cn(m[1]), lines: [line(start)] });
      break;
    }
  }
  return out;
}

/** A weekday bracketed after the first full running-text date of each document: the wrong one (the
 * next day's) as a slip, or, `valid`, the calendar's. */
function weekdayEdits({ g, text, line }: SiteCtx, valid: boolean): Edit[] {
  const names = ['日', '一', '二', '三', '四', '五', '六'];
  const out: Edit[] = [];
  for (const d of g.documents) {
    for (const p of d.paragraphs) {
      const m = /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日(?![（(]?(?:星期|周))/.exec(p.text);
      if (!m || m[0].length === p.text.length || d.type === '大事记') continue;
      const start = p.map[m.index];
      const end = p.map[m.index + m[0].length - 1] + 1;
      const [y, mo, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const at = new Date(Date.UTC(y, mo - 1, day));
      if (text.slice(start, end) !== m[0] || at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== day) continue;
      if ([d.hosted, d.noise, d.continuations].some((spans) => spans.some((s) => s.start < end && start < s.end))) continue;
      const w = names[(at.getUTCDay() + (valid ? 0 : 1)) % 7];
      out.push({ kind: '', family: '', start: end, end, text: `（星期${w}）`, lines: [line(start)], ...(valid ? { valid } : {}) });
      break;
    }
  }
  return out;
}

/** The year of each 本办法自…起施行 date of a dated document moved by `shift` from the 成文日期's year
 * (a republished regulation, which keeps its first 施行日期, is left alone). */
function effectiveYearEdits({ g, text, line }: SiteCtx, shift: number): Edit[] {
  const out: Edit[] = [];
  for (const d of g.documents) {
    if (!d.date?.iso || d.paragraphs.some(isHistoryNote)) continue;
    for (const p of d.paragraphs) for (const { node } of effectiveDatesIn(p)) {
      // Only dates written without extraction spaces: the edit replaces the year's four digits.
      if (text.slice(node.start, node.end) !== node.text || node.iso! < d.date.iso) continue;
      out.push({ kind: '', family: '', start: node.start, end: node.start + 4, text: String(d.date.year + shift), lines: [line(node.start)], ...(shift > 0 ? { valid: true } : {}) });
    }
  }
  return out;
}

/** Each in-order range with a full end date (2023年7月1日至2024年6月30日) written the wrong way round. */
function reversedRangeEdits({ g, text, line }: SiteCtx): Edit[] {
  const out: Edit[] = [];
  const range = /(?<![\d〔［\[])(\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日) ?至 ?(\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日)/g;
  const iso = (s: string) => s.replace(/\s/g, '').replace(/(\d+)年(\d+)月(\d+)日/, (_, y, m, d) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
  for (const d of g.documents) {
    for (const p of d.paragraphs) {
      for (const m of p.text.matchAll(range)) {
        if (iso(m[2]) <= iso(m[1])) continue;
        const start = p.map[m.index!];
        const end = p.map[m.index! + m[0].length - 1] + 1;
        // The source as printed (extraction spaces and all): its two dates swapped.
        const src = new RegExp(range.source).exec(text.slice(start, end));
        if (!src || src[0].length !== end - start) continue;
        if ([d.hosted, d.noise, d.continuations].some((spans) => spans.some((s) => s.start < end && start < s.end))) continue;
        out.push({ kind: '', family: '', start, end, text: src[2] + src[0].slice(src[1].length, src[0].length - src[2].length) + src[1], lines: [line(start)] });
      }
    }
  }
  return out;
}

const KINDS: Record<string, { family: string; valid?: boolean; sites: Site }> = {
  // ---- 发文字号
  'doc-number: brackets []': { family: 'doc-number', sites: ({ g, text, line }) => g.documents.filter((d) => d.number && !d.number.isDecree && d.number.open === '〔').map((d) => {
    const n = d.number!;
    return { kind: '', family: '', start: n.parts.open.start, end: n.parts.close.end, text: '[' + text.slice(n.parts.year.start, n.parts.year.end) + ']', lines: [line(n.start)] };
  }) },
  'doc-number: brackets 【】': { family: 'doc-number', sites: ({ g, text, line }) => g.documents.filter((d) => d.number && !d.number.isDecree && d.number.open === '〔').map((d) => {
    const n = d.number!;
    return { kind: '', family: '', start: n.parts.open.start, end: n.parts.close.end, text: '【' + text.slice(n.parts.year.start, n.parts.year.end) + '】', lines: [line(n.start)] };
  }) },
  'doc-number: brackets ﹝﹞ (look-alike)': { family: 'doc-number', sites: ({ g, text, line }) => g.documents.filter((d) => d.number && !d.number.isDecree && d.number.open === '〔').map((d) => {
    const n = d.number!;
    return { kind: '', family: '', start: n.parts.open.start, end: n.parts.close.end, text: '﹝' + text.slice(n.parts.year.start, n.parts.year.end) + '﹞', lines: [line(n.start)] };
  }) },
  'doc-number: two-digit year': { family: 'doc-number', sites: ({ g, line }) => g.documents.filter((d) => d.number && d.number.year.length === 4).map((d) => {
    const n = d.number!;
    return { kind: '', family: '', start: n.parts.year.start, end: n.parts.year.end, text: n.year.slice(2), lines: [line(n.start)] };
  }) },
  'doc-number: 第 before sequence': { family: 'doc-number', sites: ({ g, line }) => g.documents.filter((d) => d.number && !d.number.isDecree && !d.number.hasDi).map((d) => {
    const n = d.number!;
    return { kind: '', family: '', start: n.parts.seq.start, end: n.parts.seq.start, text: '第', lines: [line(n.start)] };
  }) },
  'doc-number: leading zero': { family: 'doc-number', sites: ({ g, line }) => g.documents.filter((d) => d.number && !d.number.isDecree).map((d) => {
    const n = d.number!;
    return { kind: '', family: '', start: n.parts.seq.start, end: n.parts.seq.start, text: '0', lines: [line(n.start)] };
  }) },
  'doc-number: unknown code (slip)': { family: 'doc-number', sites: ({ g, line }) => g.documents.filter((d) => d.number && !d.number.isDecree && d.number.code.length >= 3).map((d) => {
    const n = d.number!;
    // Replace the second character of the code: 聊政办字 → 聊正办字.
    const slip: Record<string, string> = { 政: '正', 办: '力', 发: '友', 字: '子', 任: '仕' };
    const ch = n.code[1];
    return { kind: '', family: '', start: n.parts.code.start + 1, end: n.parts.code.start + 2, text: slip[ch] ?? '口', lines: [line(n.start)] };
  }) },
  'doc-number: year differs from 成文日期': { family: 'doc-number', sites: ({ g, line }) => g.documents.filter((d) => d.number && !d.number.isDecree && d.date?.iso && d.number.year === String(d.date.year)).map((d) => {
    const n = d.number!;
    return { kind: '', family: '', start: n.parts.year.start, end: n.parts.year.end, text: String(Number(n.year) - 1), lines: [line(n.start), line(d.date!.start)] };
  }) },
  'doc-number: series vs 发文机关标志': { family: 'doc-number', sites: ({ g, line, text }) => g.documents.filter((d) => d.number && d.issuerMark && /(发|字)$/.test(d.number.code)).map((d) => {
    const n = d.number!;
    const last = n.code.endsWith('发') ? '字' : '发';
    return { kind: '', family: '', start: n.parts.code.end - 1, end: n.parts.code.end, text: last, lines: [line(n.start), line(d.issuerMark!.start)] };
  }).filter((e) => e.text !== text.slice(e.start, e.end)) },
  // The format slips above, in a number another document is referred to by: in a citation
  // (《title》（number）) or bare in running text (按照聊政发〔2021〕5号文件要求). One slip per number, in turn.
  'doc-number: 第, 0, （） or short year in a cited or bare number': { family: 'doc-number', sites: ({ g, model, line }) => {
    const out: Edit[] = [];
    let k = 0;
    for (const d of g.documents) for (const r of documentReferences(d, model)) {
      const n = r.number;
      if (!n || n.isDecree || n.isNotice || n.open !== '〔' || n.year.length !== 4 || n.hasDi || n.seq.startsWith('0') || !n.hasHao) continue;
      if (d.noise.some((s) => n.start < s.end && s.start < n.end)) continue;
      const at = [line(n.start)];
      const slip = k++ % 4;
      if (slip === 0) out.push({ kind: '', family: '', start: n.parts.seq.start, end: n.parts.seq.start, text: '第', lines: at });
      else if (slip === 1) out.push({ kind: '', family: '', start: n.parts.seq.start, end: n.parts.seq.start, text: '0', lines: at });
      else if (slip === 2) out.push({ kind: '', family: '', start: n.parts.open.start, end: n.parts.close.end, text: `（${n.year}）`, lines: at });
      else out.push({ kind: '', family: '', start: n.parts.year.start, end: n.parts.year.end, text: n.year.slice(2), lines: at });
    }
    return out;
  } },
  // 〔2025年〕 and the traditional 號: the own number and, in turn, each cited or bare one.
  'doc-number: 年 inside the brackets': { family: 'doc-number', sites: ({ g, model, line }) => numberSlipSites(g, model, line, (n) => ({ start: n.parts.year.end, end: n.parts.year.end, text: '年' })) },
  'doc-number: traditional 號': { family: 'doc-number', sites: ({ g, model, line, text }) => numberSlipSites(g, model, line, (n) => text[n.end - 1] === '号' ? { start: n.end - 1, end: n.end, text: '號' } : undefined) },
  'doc-number: 成文日期 after the later numbers of its series': { family: 'doc-number', sites: (ctx) => seriesDateEdits(ctx, false) },
  // The sequence number in Chinese numerals (〔2024〕十六号), in each cited or bare number. Not the own
  // number: the parser reads no number there, so in an issue the document runs into the one before
  // and their findings mix (doc-number/arabic-sequence still reports it).
  'doc-number: sequence in Chinese numerals': { family: 'doc-number', sites: ({ g, model, line }) => numberSlipSites(g, model, line, (n) => ({ start: n.parts.seq.start, end: n.parts.seq.end, text: numberToChinese(Number(n.seq)) }))
    .filter((e) => !g.documents.some((d) => d.number && d.number.parts.seq.start === e.start))
    // Found at the sequence number, which a hard wrap may put on the line after the code's.
    .map((e) => ({ ...e, lines: [line(e.start)] })) },
  // ---- 牵头单位 blocks
  'lead-unit: informal alias': { family: 'lead-unit', sites: ({ g, model, line }) => {
    const out: Edit[] = [];
    const informal = model.aliases.filter((a) => a.source === 'builtin');
    for (const d of g.documents) for (const b of d.blocks) for (const r of b.roles) for (const u of r.units) {
      const a = informal.find((x) => x.standard === u.text);
      if (a) out.push({ kind: '', family: '', start: u.start, end: u.end, text: a.alias, lines: [line(u.start)] });
    }
    return out;
  } },
  'lead-unit: one-character slip': { family: 'lead-unit', sites: ({ g, model, line }) => {
    const out: Edit[] = [];
    const known = new Set(model.units.map((u) => u.name));
    for (const d of g.documents) for (const b of d.blocks) for (const r of b.roles) for (const u of r.units) {
      if (!known.has(u.text) || u.text.length < 5 || u.end - u.start !== u.text.length) continue;
      // Drop one character from the middle: 市生态环境局 → 市生态境局.
      const k = Math.floor(u.text.length / 2);
      out.push({ kind: '', family: '', start: u.start + k, end: u.start + k + 1, text: '', lines: [line(u.start)] });
    }
    return out;
  } },
  // A pinyin input slip in one of the name's own characters: 市民政局 → 市民正局.
  'lead-unit: homophone in a short name': { family: 'lead-unit', sites: ({ g, model, line }) => charSlipSites(g, model, line, homophoneOf) },
  // A character taken for another of like shape: 市财政局 → 市财改局.
  'lead-unit: like-shape character in a short name': { family: 'lead-unit', sites: ({ g, model, line }) => charSlipSites(g, model, line, shapeAlikeOf) },
  'lead-unit: 单位 dropped from a block\'s first role (牵头：)': { family: 'lead-unit', sites: ({ g, line, text }) => {
    const out: Edit[] = [];
    for (const d of g.documents) for (const b of d.blocks) {
      const r = b.roles[0];
      if (b.inline || !r || !/(?:单位|部门)$/.test(r.role) || text.slice(r.roleSpan.start, r.roleSpan.end) !== r.role || text[r.roleSpan.end] !== '：') continue;
      out.push({ kind: '', family: '', start: r.roleSpan.end - 2, end: r.roleSpan.end, text: '', lines: [line(r.roleSpan.start)] });
    }
    return out;
  } },
  'lead-unit: 。 moved from before a block to after it': { family: 'lead-unit', sites: ({ g, line, text }) => {
    const out: Edit[] = [];
    for (const d of g.documents) {
      // Blocks closing their paragraph after a 。, written on one line: the document's habit needs two more.
      const sites = d.blocks.filter((b) => !b.inline && text[b.start - 1] === '。' && text[b.end - 1] === '）' && /^\s*$/.test(text.slice(b.end, text.indexOf('\n', b.end))) && !text.slice(b.start, b.end).includes('\n'));
      if (sites.length < 3) continue;
      // Task text before the 。, not another mark: ……更新（牵头单位：……）。
      for (const b of sites) if (/[\u4e00-\u9fa5]/.test(text[b.start - 2])) out.push({ kind: '', family: '', start: b.start - 1, end: b.end, text: text.slice(b.start, b.end) + '。', lines: [line(b.end - 1)] });
    }
    return out;
  } },
  // ---- 主送 lines: a unit named in place of the line's last recipient (市政府有关部门、直属机构：).
  'lead-unit: unit not in use on the date, in 主送': { family: 'lead-unit', sites: (ctx) => atLastRecipient(ctx, (asOf, index) => {
    // Renamed before the date, or in use only after it.
    const stale = ctx.model.units.filter((u) => (u.validUntil && u.validUntil <= asOf) || (u.validFrom && u.validFrom > asOf));
    return stale[index(stale)]?.name;
  }) },
  'lead-unit: informal alias in 主送': { family: 'lead-unit', sites: (ctx) => atLastRecipient(ctx, (asOf, index) => {
    const { model } = ctx;
    // An informal abbreviation (市住建局) of a unit in use: a full name or a spelled-out form is right on a 主送 line.
    const pool = model.aliases.filter((a) => a.source === 'builtin' && a.alias.length < a.standard.length &&
      model.units.some((u) => u.name === a.standard && inUseOn(u, asOf)));
    return pool[index(pool)]?.alias;
  }) },
  'lead-unit: one-character slip in 主送': { family: 'lead-unit', sites: (ctx) => atLastRecipient(ctx, (asOf, index) => {
    // Units named one by one: a group word (各高等院校, 市政府相关部门) a slip leaves a group word.
    const pool = unitsOf(ctx.model).filter((x) => x.name.length >= 5 && !GROUP_WORD.test(x.name) && inUseOn(x, asOf));
    const u = pool[index(pool)];
    if (!u) return undefined;
    // Drop one character from the middle: 市生态环境局 → 市生态境局.
    const k = Math.floor(u.name.length / 2);
    return u.name.slice(0, k) + u.name.slice(k + 1);
  }) },
  'lead-unit: one-character slip after the city name in 主送': { family: 'lead-unit', sites: (ctx) => atLastRecipient(ctx, (asOf, index) => {
    // The city's bureau with its city name (聊城 + 市生态境局): the name the lexicon's full names put first.
    const city = cityOf(ctx.model);
    const pool = unitsOf(ctx.model).filter((x) => x.name.length >= 5 && x.name[0] === '市' && !GROUP_WORD.test(x.name) && inUseOn(x, asOf));
    const u = pool[index(pool)];
    if (!city || !u) return undefined;
    const k = Math.floor(u.name.length / 2);
    return city + u.name.slice(0, k) + u.name.slice(k + 1);
  }) },
  // ---- 任免 items: the unit of an item (张三为聊城市交通运输局副局长) replaced.
  'lead-unit: unit not in use on the date, in a 任免 item': { family: 'lead-unit', sites: (ctx) => atAppointmentUnits(ctx, (asOf, index) => {
    // Renamed before the date, or in use only after it; a city unit after the city's name (聊城市商务投资促进局).
    const city = cityOf(ctx.model);
    const stale = ctx.model.units.filter((u) => (u.validUntil && u.validUntil <= asOf) || (u.validFrom && u.validFrom > asOf));
    const u = stale[index(stale)];
    return u && (u.name[0] === '市' ? (city ? city + u.name : undefined) : u.name);
  }) },
  'lead-unit: informal alias in a 任免 item': { family: 'lead-unit', sites: (ctx) => atAppointmentUnits(ctx, (asOf, index) => {
    // An informal abbreviation the alias list names, after the city's name (聊城市教育局).
    const city = cityOf(ctx.model);
    const informal = ctx.model.aliases.filter((a) => {
      if (a.source !== 'builtin' || a.alias[0] !== '市') return false;
      const f = lookupUnit(ctx.model, a.alias, asOf);
      return f.kind === 'alias' && f.certain && f.why === 'alias' && a.alias.length < f.standard.length;
    });
    const a = informal[index(informal)];
    return a && city ? city + a.alias : undefined;
  }) },
  'lead-unit: bare informal alias in a 任免 item': { family: 'lead-unit', sites: (ctx) => atAppointmentUnits(ctx, (asOf, index) => {
    // The same abbreviation without the city's name (免去李四的市教育局副局长职务).
    const informal = ctx.model.aliases.filter((a) => {
      if (a.source !== 'builtin' || a.alias[0] !== '市') return false;
      const f = lookupUnit(ctx.model, a.alias, asOf);
      return f.kind === 'alias' && f.certain && f.why === 'alias' && a.alias.length < f.standard.length;
    });
    return informal[index(informal)]?.alias;
  }) },
  'lead-unit: one-character slip in a 任免 item\'s full name': { family: 'lead-unit', sites: (ctx) => atAppointmentUnits(ctx, (asOf, index) => {
    // A long full name in use with its middle character dropped (聊城市发展和改委员会), where that
    // leaves no other name the lexicon lists (聊城市文化旅游局 is a listed form).
    const city = cityOf(ctx.model);
    if (!city) return undefined;
    const pool = ctx.model.units.flatMap((u) => {
      if (!u.full?.startsWith(city + '市') || !inUseOn(u, asOf)) return [];
      const rest = u.full.slice(city.length);
      const k = Math.floor(rest.length / 2);
      const slip = rest.slice(0, k) + rest.slice(k + 1);
      return rest.length >= 7 && !isListedUnitName(ctx.model, slip) ? [city + slip] : [];
    });
    return pool[index(pool)];
  }) },
  'lead-unit: contracted abbreviation in running text': { family: 'lead-unit', sites: (ctx) => atBareStandardNames(ctx, (alias) => alias) },
  'lead-unit: former name written bare in running text': { family: 'lead-unit', sites: (ctx) => atBareCurrentNames(ctx, (former) => former) },
  'lead-unit: 单位 and 部门 mixed in one block': { family: 'lead-unit', sites: (ctx) => roleFamilyEdits(ctx, false) },
  'lead-unit: a block in 部门 in a document writing 单位': { family: 'lead-unit', sites: roleFamilyDocumentEdits },
  // ---- Running text: a unit named with the city's name (聊城市文化和旅游局负责…) replaced.
  'lead-unit: unit not in use on the date, named in running text': { family: 'lead-unit', sites: (ctx) => atMentions(ctx, (asOf, u) => {
    return (u.validUntil && u.validUntil <= asOf) || (u.validFrom && u.validFrom > asOf) ? u.name : undefined;
  }) },
  // A stray 、: after a block's last unit (…市公安局、）) or doubled between two units (、、), in turn.
  // A block rewritten after its units (（A牵头，B、C配合）, as 国务院 and province 意见 write), with a slip.
  'lead-unit: ， between units of an assignment written after them': { family: 'lead-unit', sites: (ctx) => inlineAssignmentEdits(ctx, 'comma') },
  'lead-unit: ： after 牵头 in an assignment written after the units': { family: 'lead-unit', sites: (ctx) => inlineAssignmentEdits(ctx, 'colon') },
  'lead-unit: stray 、 in a block': { family: 'lead-unit', sites: ({ g, line, text }) => {
    const out: Edit[] = [];
    let k = 0;
    for (const { role, unit: u } of closedBlockEnds(g, text)) {
      const sep = role.separators.find((s) => text.slice(s.start, s.end) === '、');
      if (k++ % 2 === 0 || !sep) out.push({ kind: '', family: '', start: u.end, end: u.end, text: '、', lines: [line(u.end)] });
      else out.push({ kind: '', family: '', start: sep.end, end: sep.end, text: '、', lines: [line(sep.start)] });
    }
    return out;
  } },
  // A ； or 。 after a block's last unit, before its ） (…市属开发区管委会；）), in turn.
  'lead-unit: ； or 。 closing a block\'s list': { family: 'lead-unit', sites: ({ g, line, text }) => {
    let k = 0;
    return closedBlockEnds(g, text).map(({ unit: u }): Edit => ({ kind: '', family: '', start: u.end, end: u.end, text: k++ % 2 === 0 ? '；' : '。', lines: [line(u.end)] }));
  } },
  // A block's unit spelled out after the city's name (聊城市住房和城乡建设局 for 市住房城乡建设局): the
  // city plus a spelled-out alias the model lists, for a unit the model gives no full name.
  'lead-unit: city name + spelled-out name in a block': { family: 'lead-unit', sites: ({ g, model, line, text }) => {
    const city = cityOf(model);
    const out: Edit[] = [];
    if (!city) return out;
    for (const d of g.documents) for (const b of d.blocks) for (const r of b.roles) for (const u of r.units) {
      const entry = model.units.find((x) => x.name === u.text);
      const long = model.aliases.find((a) => a.standard === u.text && a.alias.length > a.standard.length && a.alias[0] === '市');
      if (!entry || entry.full || !long || text.slice(u.start, u.end) !== u.text) continue;
      out.push({ kind: '', family: '', start: u.start, end: u.end, text: city + long.alias, lines: [line(u.start)] });
    }
    return out;
  } },
  // A 、 between two units the model knows typed as a space (市民政局 市商务局).
  'lead-unit: space for 、 between units': { family: 'lead-unit', sites: ({ g, model, line, text }) => {
    const out: Edit[] = [];
    const known = new Set(model.units.map((u) => u.name));
    for (const d of g.documents) for (const b of d.blocks) for (const r of b.roles) {
      for (const sep of r.separators) {
        const before = r.units.filter((u) => u.end <= sep.start).pop();
        const after = r.units.find((u) => u.start >= sep.end);
        if (!before || !after || text.slice(sep.start, sep.end) !== '、' || before.end !== sep.start || after.start !== sep.end) continue;
        if (!known.has(before.text) || !known.has(after.text) || /各|人民政府$|管委会$/.test(before.text + after.text)) continue;
        out.push({ kind: '', family: '', start: sep.start, end: sep.end, text: ' ', lines: [line(sep.start)] });
        break;
      }
    }
    return out;
  } },
  'lead-unit: roles out of order': { family: 'lead-unit', sites: ({ g, line, text }) => {
    const out: Edit[] = [];
    for (const d of g.documents) for (const b of d.blocks) {
      const lead = b.roles.find((r) => r.role === '牵头单位');
      const resp = b.roles.find((r) => r.role === '责任单位');
      if (!lead || !resp || line(lead.roleSpan.start) !== line(resp.roleSpan.start)) continue;
      // Swap the role names only: 牵头单位：A；责任单位：B → 责任单位：A；牵头单位：B.
      const s = lead.roleSpan.start;
      const e = resp.roleSpan.end;
      const mid = text.slice(lead.roleSpan.end, resp.roleSpan.start);
      out.push({ kind: '', family: '', start: s, end: e, text: '责任单位' + mid + '牵头单位', lines: [line(s)] });
    }
    return out;
  } },
  'lead-unit: ， between units': { family: 'lead-unit', sites: ({ g, line }) => {
    const out: Edit[] = [];
    for (const d of g.documents) for (const b of d.blocks) for (const r of b.roles) {
      const sep = r.separators.find((s, k) => s.text === '、' && !/各县|人民政府|管委会/.test(r.units[k + 1]?.text ?? ''));
      if (sep && sep.end - sep.start === 1) out.push({ kind: '', family: '', start: sep.start, end: sep.end, text: '，', lines: [line(sep.start)] });
    }
    return out;
  } },
  'lead-unit: ， between roles': { family: 'lead-unit', sites: ({ g, line }) => {
    const out: Edit[] = [];
    for (const d of g.documents) for (const b of d.blocks) {
      const sep = b.roleSeparators.find((s) => s.text === '；');
      if (sep) out.push({ kind: '', family: '', start: sep.start, end: sep.end, text: '，', lines: [line(sep.start)] });
    }
    return out;
  } },
  'lead-unit: half-width colon': { family: 'lead-unit', sites: ({ g, line, text }) => {
    const out: Edit[] = [];
    for (const d of g.documents) for (const b of d.blocks) {
      if (/[:;(),]/.test(b.text)) continue;
      const r = b.roles[0];
      if (r && r.colon === '：') {
        const at = text.indexOf('：', r.roleSpan.end);
        out.push({ kind: '', family: '', start: at, end: at + 1, text: ':', lines: [line(at)] });
      }
    }
    return out;
  } },
  'lead-unit: 等 after a block\'s last unit': { family: 'lead-unit', sites: ({ g, model, line, text }) => {
    // One per document: 等 right after the last unit of its first block whose last unit is a known name.
    const out: Edit[] = [];
    const known = new Set(model.units.map((u) => u.name));
    for (const d of g.documents) {
      for (const b of d.blocks) {
        const u = b.roles[b.roles.length - 1]?.units.at(-1);
        if (!u || !known.has(u.text) || text.slice(u.start, u.end) !== u.text || !/^\s*[）)]/.test(text.slice(u.end, u.end + 3))) continue;
        out.push({ kind: '', family: '', start: u.end, end: u.end, text: '等', lines: [line(u.end)] });
        break;
      }
    }
    return out;
  } },
  'lead-unit: duplicate unit': { family: 'lead-unit', sites: ({ g, line, text }) => {
    const out: Edit[] = [];
    for (const d of g.documents) for (const b of d.blocks) for (const r of b.roles) {
      if (r.units.length < 2) continue;
      const [a, c] = r.units;
      if (/各县|人民政府|管委会/.test(a.text + c.text)) continue;
      out.push({ kind: '', family: '', start: c.start, end: c.end, text: text.slice(a.start, a.end), lines: [line(c.start)] });
    }
    return out;
  } },
  // ---- numbering
  'numbering: gap': { family: 'numbering', sites: ({ g, line }) => {
    const out: Edit[] = [];
    for (const d of g.documents) {
      const items = d.items.filter((i) => i.level === 2 && /^（[一二三四五六七八九十]+）$/.test(i.marker));
      for (let k = 1; k < items.length - 1; k++) {
        const it = items[k];
        if (it.sequence !== items[k - 1].sequence || it.value !== items[k - 1].value + 1) continue;
        if (items[k + 1].sequence !== it.sequence || items[k + 1].value !== it.value + 1) continue;
        out.push({ kind: '', family: '', start: it.markerSpan.start, end: it.markerSpan.end, text: `（${numberToChinese(it.value + 1)}）`, lines: [line(it.start), line(items[k + 1].start)] });
      }
    }
    return out;
  } },
  'numbering: 一. instead of 一、': { family: 'numbering', sites: ({ g, line }) => g.documents.flatMap((d) => d.items.filter((i) => i.level === 1 && i.marker.endsWith('、')).map((i) => ({ kind: '', family: '', start: i.markerSpan.end - 1, end: i.markerSpan.end, text: '.', lines: [line(i.start)] }))) },
  'numbering: （一）、': { family: 'numbering', sites: ({ g, line }) => g.documents.flatMap((d) => d.items.filter((i) => i.level === 2 && i.marker === `（${numberToChinese(i.value)}）`).map((i) => ({ kind: '', family: '', start: i.markerSpan.end, end: i.markerSpan.end, text: '、', lines: [line(i.start)] }))) },
  'numbering: 。 after a （一） marker': { family: 'numbering', sites: ({ g, line, text }) => g.documents.flatMap((d) => d.items.filter((i) => i.level === 2 && i.marker === `（${numberToChinese(i.value)}）` && /[\u4e00-\u9fa5]/.test(text[i.markerSpan.end] ?? '')).map((i) => ({ kind: '', family: '', start: i.markerSpan.end, end: i.markerSpan.end, text: '。', lines: [line(i.start)] }))) },
  'numbering: 。 closing a 第X章 title line': { family: 'numbering', sites: ({ g, line, text }) => g.documents.flatMap((d) => d.items.filter((i) => i.level === 10).flatMap((i) => {
    const p = d.paragraphs[i.paragraph];
    // A title line alone (not run into its first article), ending in a character of its own.
    if (!p || p.text.length > i.marker.length + 20 || /[。，：；]/.test(p.text) || !/[\u4e00-\u9fa5]$/.test(p.text)) return [];
    const end = p.map[p.text.length - 1] + 1;
    return text[end - 1] === p.text[p.text.length - 1] ? [{ kind: '', family: '', start: end, end, text: '。', lines: [line(i.start)] }] : [];
  })) },
  'numbering: ， after a 第X条 marker': { family: 'numbering', sites: ({ g, line, text }) => g.documents.flatMap((d) => d.items.filter((i) => i.level === 12).flatMap((i) => {
    const p = d.paragraphs[i.paragraph];
    const n = i.marker.length;
    // 第X条, a space (the normalised text drops it), then the article's own text (not 第Y条…).
    if (!p || !/^[\u4e00-\u9fa5]/.test(p.text.slice(n)) || p.text[n] === '第') return [];
    const [a, b] = [p.map[n - 1] + 1, p.map[n]];
    return b > a && /^[ 　]+$/.test(text.slice(a, b)) ? [{ kind: '', family: '', start: a, end: b, text: '，', lines: [line(i.start)] }] : [];
  })) },
  // 第十一条 → 第11条 / 第十1条: an article's head numbered with digits, whole or in part. Only a
  // head parted from its text by a space, as an article's head is (a paragraph opening 第3条规定的…
  // is a citation).
  'numbering: 第X条 head in digits (第11条, 第十1条)': { family: 'numbering', sites: ({ g, line, text }) => {
    const out: Edit[] = [];
    let k = 0;
    for (const d of g.documents) for (const i of d.items) {
      if (i.level !== 12 || i.value < 11 || i.value % 10 === 0) continue;
      const p = d.paragraphs[i.paragraph];
      const n = i.marker.length;
      if (!p || !/^[\u4e00-\u9fa5]/.test(p.text.slice(n)) || !/^[ 　]+$/.test(text.slice(p.map[n - 1] + 1, p.map[n]))) continue;
      const cn = i.marker.slice(1, -1);
      if (text.slice(i.markerSpan.start, i.markerSpan.end) !== i.marker) continue;
      // Alternately all digits, and the last numeral only (十一 → 十1).
      const digits = k++ % 2 === 0 ? String(i.value) : cn.slice(0, -1) + String(i.value % 10);
      out.push({ kind: '', family: '', start: i.markerSpan.start + 1, end: i.markerSpan.end - 1, text: digits, lines: [line(i.start)] });
    }
    return out;
  } },
  // An article's first 项 （一） written 1. before its （二） (an edit spans one line: the whole list
  // written 1. 2. … is a draft's case, in the rule's tests).
  'numbering: an article\'s （一） item written 1.': { family: 'numbering', sites: ({ g, line, text }) => g.documents.flatMap((d) => analyze(d).flatMap((infos) => infos
    .filter((i) => i.parent?.item.level === 12 && i.item.level === 2 && i.item.value === 1 && !i.prevSibling && i.nextSibling && i.item.marker === '（一）'
      && text.slice(i.item.markerSpan.start, i.item.markerSpan.end) === '（一）')
    .map((i) => ({ kind: '', family: '', start: i.item.markerSpan.start, end: i.item.markerSpan.end, text: '1.', lines: [line(i.item.start)] })))) },
  // （2） → 2）: the opening bracket lost, right after its （1）.
  'numbering: （2） without its opening bracket': { family: 'numbering', sites: ({ g, line, text }) => g.documents.flatMap((d) => d.items.filter((i, k) => {
    const prev = d.items[k - 1];
    return i.level === 4 && prev?.level === 4 && prev.sequence === i.sequence && prev.value === i.value - 1 && i.marker === `（${i.value}）`
      && text.slice(i.markerSpan.start, i.markerSpan.end) === i.marker;
  }).map((i) => ({ kind: '', family: '', start: i.markerSpan.start, end: i.markerSpan.start + 1, text: '', lines: [line(i.start)] }))) },
  'numbering: 1、 instead of 1.': { family: 'numbering', sites: ({ g, line, text }) => g.documents.flatMap((d) => d.items.filter((i) => i.level === 3 && /\.$/.test(i.marker)).map((i) => {
    const dot = text.lastIndexOf('.', i.markerSpan.end);
    return { kind: '', family: '', start: dot, end: dot + 1, text: '、', lines: [line(i.start)] };
  })) },
  'numbering: repeated value': { family: 'numbering', sites: ({ g, line }) => {
    const out: Edit[] = [];
    for (const d of g.documents) {
      const items = d.items.filter((i) => i.level === 1 && /^[一二三四五六七八九十]+、$/.test(i.marker));
      for (let k = 1; k < items.length - 1; k++) {
        const it = items[k];
        if (it.sequence !== items[k - 1].sequence || it.value !== items[k - 1].value + 1) continue;
        if (items[k + 1].sequence !== it.sequence || items[k + 1].value !== it.value + 1) continue;
        out.push({ kind: '', family: '', start: it.markerSpan.start, end: it.markerSpan.end, text: `${numberToChinese(it.value - 1)}、`, lines: [line(it.start), line(items[k + 1].start)] });
      }
    }
    return out;
  } },
  // The first item of a re-attached page continuation (（上接第N页）（十八）…) one too high, and its later
  // siblings with it (an item deleted without renumbering): a gap right after the join, which the
  // next item does not confirm.
  'numbering: gap right after a page continuation': { family: 'numbering', sites: ({ g, text, line }) => {
    const out: Edit[] = [];
    for (const d of g.documents) for (const infos of analyze(d)) for (const info of infos) {
      const { item } = info;
      if (!info.prevSibling || info.prevSibling.item.value !== item.value - 1 || !opensContinuation(d, info.prevSibling.item, item)) continue;
      const later: typeof info[] = [];
      for (let s: typeof info | undefined = info; s; s = s.nextSibling) later.push(s);
      const start = item.markerSpan.start;
      const end = later[later.length - 1].item.markerSpan.end;
      let edited = '';
      let at = start;
      for (const s of later) {
        // Only the numeral changes: the marker keeps the brackets and spaces the extraction gave it.
        const marker = text.slice(s.item.markerSpan.start, s.item.markerSpan.end);
        edited += text.slice(at, s.item.markerSpan.start) + marker.replace(/[一二三四五六七八九十]+|\d+/, (n) => (/\d/.test(n) ? String(s.item.value + 1) : numberToChinese(s.item.value + 1)));
        at = s.item.markerSpan.end;
      }
      out.push({ kind: '', family: '', start, end, text: edited, lines: [line(start)] });
    }
    return out;
  } },
  // 一是……二是…… runs: the corpus has one; plant more in sentences of clauses `A；B；C。` (each
  // clause gets its ordinal), correctly as a valid edit, and with the last ordinal skipped as a slip.
  'numbering: 一是 run renumbered': { family: 'numbering', sites: ({ g, line }) => g.documents.flatMap((d) => {
    const ms = d.paragraphs.flatMap((_, k) => inlineMarkers(d, k));
    return ms.filter((m, k) => k > 0 && ms[k - 1].value === m.value - 1).map((m) => ({
      kind: '', family: '', start: m.numeral.start, end: m.numeral.end, text: numberToChinese(m.value + 1), lines: [line(m.span.start)],
    }));
  }) },
  'numbering: 一是 run planted, last ordinal skipped': { family: 'numbering', sites: (ctx) => plantedRuns(ctx, 'skip') },
  'numbering: 一是 run planted, last item left empty': { family: 'numbering', sites: (ctx) => plantedRuns(ctx, 'empty') },
  'numbering: 一是 run planted with 一是、': { family: 'numbering', sites: (ctx) => plantedRuns(ctx, 'comma') },
  'numbering: 一是 planted alone (一是A；B；C。)': { family: 'numbering', sites: (ctx) => plantedRuns(ctx, 'lone') },
  'valid: 一是 run planted': { family: 'numbering', valid: true, sites: (ctx) => plantedRuns(ctx, undefined) },
  // The other numeric forms (一要…, 第一，…, 其一，…): the corpus has no run of them; planted the same way.
  'numbering: 一要 run planted, last ordinal skipped': { family: 'numbering', sites: (ctx) => plantedRuns(ctx, 'skip', '要') },
  'numbering: 第一， run planted, last ordinal repeated': { family: 'numbering', sites: (ctx) => plantedRuns(ctx, 'repeat', '第') },
  'numbering: 其一， run planted, last ordinal skipped': { family: 'numbering', sites: (ctx) => plantedRuns(ctx, 'skip', '其') },
  'valid: 一要 run planted': { family: 'numbering', valid: true, sites: (ctx) => plantedRuns(ctx, undefined, '要') },
  'valid: 第一， run planted': { family: 'numbering', valid: true, sites: (ctx) => plantedRuns(ctx, undefined, '第') },
  // ---- cross-references
  'cross-ref: a citation given the document\'s own number': { family: 'cross-ref', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const own = d.number;
    if (!own || own.isDecree || text.slice(own.start, own.end) !== own.text) return [];
    const c = d.citations.find((c) => c.number && !c.number.isDecree && c.number.canonical !== own.canonical && text.slice(c.number.start, c.number.end) === c.number.text
      && ![d.hosted, d.noise, d.continuations].some((spans) => spans.some((s) => s.start < c.end && c.start < s.end)));
    return c ? [{ kind: '', family: '', start: c.number!.start, end: c.number!.end, text: own.text, lines: [line(c.start), line(c.number!.start)] }] : [];
  }) },
  // 市政府 and 市政府办公室 mixed up in a cited title: 办公室 added before 关于 under a 政发/政字 number, or dropped under a 政办 one.
  'cross-ref: cited title\'s issuer swapped (人民政府 ↔ 人民政府办公室)': { family: 'cross-ref', sites: ({ g, text, line }) => g.documents.flatMap((d) => d.citations.flatMap((c) => {
    const code = c.number && /政(办)?(?:发|字)$/.exec(c.number.code);
    const title = code && /^([\u4e00-\u9fff]{2,12}?人民政府)(办公室|办公厅)?关于/.exec(c.title.text);
    if (!title || !!title[2] !== !!code[1] || text.slice(c.title.start, c.title.end) !== c.title.text) return [];
    if ([d.hosted, d.noise, d.continuations].some((spans) => spans.some((s) => s.start < c.end && c.start < s.end))) return [];
    const at = c.title.start + title[1].length;
    return [{ kind: '', family: '', start: at, end: at + (title[2]?.length ?? 0), text: title[2] ? '' : '办公室', lines: [line(c.start), line(c.number!.start)] }];
  })) },
  'cross-ref: number of another document': { family: 'cross-ref', sites: ({ g, model, line }) => {
    const out: Edit[] = [];
    const local = model.documents.filter((r) => r.date);
    for (const d of g.documents) for (const c of d.citations) {
      if (!c.number || !model.documents.some((r) => r.number === c.number!.canonical)) continue;
      // Another registry document, of the same series where there is one: the title now names the wrong number.
      const others = local.filter((r) => r.number !== c.number!.canonical && !r.number.includes('令') && r.title !== c.title.text);
      const other = others.find((r) => r.number.startsWith(c.number!.code)) ?? others[(c.start * 7) % Math.max(1, others.length)];
      if (other) out.push({ kind: '', family: '', start: c.number.start, end: c.number.end, text: other.number, lines: [line(c.start), line(c.number.start)] });
    }
    return out;
  } },
  'cross-ref: half-width parentheses around the number': { family: 'cross-ref', sites: ({ g, line, text }) => {
    const out: Edit[] = [];
    for (const d of g.documents) for (const c of d.citations) {
      if (!c.number || !c.paren || c.paren.open.text !== '（' || c.paren.close.text !== '）') continue;
      if (/[(),:;]/.test(text.slice(c.start - 200 < 0 ? 0 : c.start - 200, c.end + 200))) continue;
      out.push({ kind: '', family: '', start: c.paren.open.start, end: c.paren.close.end, text: '(' + text.slice(c.paren.open.end, c.paren.close.start) + ')', lines: [line(c.paren.open.start)] });
    }
    return out;
  } },
  'cross-ref: citation of a repealed document': { family: 'cross-ref', sites: ({ g, model, line }) => {
    const out: Edit[] = [];
    for (const rep of model.repeals.filter((r) => r.kind === 'repeal')) {
      const target = model.documents.find((r) => r.number === rep.target);
      if (!target) continue;
      for (const d of docsWith(g, (x) => !!x.date?.iso && x.date.iso > rep.date)) for (const c of d.citations) {
        if (!c.number || /废止/.test(d.paragraphs[c.paragraph]?.text ?? '')) continue;
        out.push({ kind: '', family: '', start: c.start, end: c.end, text: `《${target.title}》（${target.number}）`, lines: [line(c.start)] });
      }
    }
    return out;
  } },
  // The same, naming the repealed document by its number alone (按照聊政发〔2021〕5号文件要求).
  'cross-ref: bare number of a repealed document': { family: 'cross-ref', sites: ({ g, model, line }) => {
    const out: Edit[] = [];
    for (const rep of model.repeals.filter((r) => r.kind === 'repeal')) {
      if (!model.documents.some((r) => r.number === rep.target)) continue;
      for (const d of docsWith(g, (x) => !!x.date?.iso && x.date.iso > rep.date)) for (const c of d.citations) {
        if (!c.number || /废止/.test(d.paragraphs[c.paragraph]?.text ?? '')) continue;
        out.push({ kind: '', family: '', start: c.start, end: c.end, text: `${rep.target}文件`, lines: [line(c.start)] });
      }
    }
    return out;
  } },
  'cross-ref: citation of a later document': { family: 'cross-ref', sites: ({ g, model, line }) => {
    const out: Edit[] = [];
    const dated = model.documents.filter((r) => r.date && !model.repeals.some((x) => x.target === r.number));
    for (const d of docsWith(g, (x) => !!x.date?.iso)) for (const c of d.citations) {
      const later = dated.find((r) => r.date! > d.date!.iso!);
      if (!c.number || !later || /废止/.test(d.paragraphs[c.paragraph]?.text ?? '')) continue;
      out.push({ kind: '', family: '', start: c.start, end: c.end, text: `《${later.title}》（${later.number}）`, lines: [line(c.start)] });
    }
    return out;
  } },
  // An abbreviation defined again where it is next used, or used in the paragraph before its definition.
  'cross-ref: abbreviation defined again': { family: 'cross-ref', sites: ({ g, line }) => abbreviationSites(g).flatMap(({ d, pi, full, abbr }) => {
    for (let k = pi + 1; k < d.paragraphs.length; k++) {
      const q = d.paragraphs[k];
      const i = q.text.search(new RegExp(`(?<=[，。；：、由与和及对在])${abbr}(?![（“])`));
      if (i >= 0) return [{ kind: '', family: '', start: q.map[i], end: q.map[i + abbr.length - 1] + 1, text: `${full}（以下简称“${abbr}”）`, lines: [line(q.map[i])] }];
    }
    return [];
  }) },
  'cross-ref: abbreviation used before its definition': { family: 'cross-ref', sites: ({ g, model, line }) => abbreviationSites(g).flatMap(({ d, pi, abbr }) => {
    if (model.units.some((u) => u.name === abbr)) return [];
    const q = d.paragraphs[pi - 1];
    if (!q || q.text.length < 20 || !q.text.endsWith('。') || d.attachments.some((a) => q.start <= a.start && a.start < d.paragraphs[pi].start)) return [];
    const at = q.map[q.text.length - 1];
    return [{ kind: '', family: '', start: at, end: at, text: `，由${abbr}统筹推进`, lines: [line(at)] }];
  }) },
  // A cited title in quotation marks: 《X》（number） written “X”（number）.
  'cross-ref: cited title in “” for 《》': { family: 'cross-ref', sites: ({ g, line, text }) => g.documents.flatMap((d) => d.citations.filter((c) => c.number && c.paren && text[c.start] === '《' && text[c.title.end] === '》' && !/[\n“”]/.test(text.slice(c.start, c.title.end + 1)) && !d.noise.some((s) => s.start < c.end && c.start < s.end)).map((c) => ({ kind: '', family: '', start: c.start, end: c.title.end + 1, text: `“${text.slice(c.title.start, c.title.end)}”`, lines: [line(c.start)] }))) },
  // A 印发 notice's attached document headed by its title in 《》 (《聊城市…实施方案》).
  'cross-ref: attached heading in 《》': { family: 'cross-ref', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const h = d.attachments[0]?.title;
    if (d.type !== '印发通知' || !h || /[《》\s]/.test(h.text) || text.slice(h.start, h.end) !== h.text || !d.title?.text.replace(/\s+/g, '').includes(h.text)) return [];
    return [{ kind: '', family: '', start: h.start, end: h.end, text: `《${h.text}》`, lines: [line(h.start)] }];
  }) },
  'cross-ref: unbalanced 《': { family: 'cross-ref', sites: ({ g, line, text }) => g.documents.flatMap((d) => d.citations.filter((c) => text[c.title.end] === '》').map((c) => ({ kind: '', family: '', start: c.title.end, end: c.title.end + 1, text: '', lines: [line(c.start)] }))) },
  'cross-ref: article reference in Arabic digits': { family: 'cross-ref', sites: ({ g, line, text }) => g.documents.flatMap((d) => {
    if (!d.items.some((i) => i.level === 12)) return [];
    const out: Edit[] = [];
    for (const m of text.slice(d.start, d.end).matchAll(/本(?:办法|细则|规定)第([一二三四五六七八九十百]+)条/g)) {
      const at = d.start + m.index! + m[0].indexOf('第') + 1;
      out.push({ kind: '', family: '', start: at, end: at + m[1].length, text: String(chineseToNumber(m[1])), lines: [line(at)] });
    }
    return out;
  }) },
  // 前款第二项 → 前款第十二项: a 项 the 款 before does not have (the corpus has one 前款第X项).
  'cross-ref: 前款第X项 beyond the items of the 款 before': { family: 'cross-ref', sites: ({ g, line, text }) => g.documents.flatMap((d) => {
    if (!d.items.some((i) => i.level === 12)) return [];
    const out: Edit[] = [];
    for (const m of text.slice(d.start, d.end).matchAll(/前款第([一二三四五六七八九])项/g)) {
      const at = d.start + m.index! + 3;
      out.push({ kind: '', family: '', start: at, end: at + 1, text: `十${m[1]}`, lines: [line(at)] });
    }
    return out;
  }) },
  // 第三十一条第六项 → 第三十一条第（6）项: an item numbered as the levels below it are.
  'cross-ref: a 项 in Arabic digits (第X条第（6）项)': { family: 'cross-ref', sites: ({ g, line, text }) => g.documents.flatMap((d) => {
    const out: Edit[] = [];
    for (const m of text.slice(d.start, d.end).matchAll(/第[一二三四五六七八九十百]+[条款]第([一二三四五六七八九十]+)项/g)) {
      const at = d.start + m.index! + m[0].length - m[1].length - 1;
      out.push({ kind: '', family: '', start: at, end: at + m[1].length, text: `（${chineseToNumber(m[1])}）`, lines: [line(at)] });
    }
    return out;
  }) },
  'cross-ref: an amended article in Arabic digits (将第16条修改为)': { family: 'cross-ref', sites: ({ g, line, text }) => g.documents.flatMap((d) => {
    const out: Edit[] = [];
    for (const p of d.paragraphs) {
      // The first unquoted 将第X条 of each amendment item.
      const m = /^\d+[.．]\s*将第([一二三四五六七八九十百]+)条/.exec(p.text);
      if (!m) continue;
      const at = m.index + m[0].length - m[1].length - 1;
      const src = p.map[at];
      if (text.slice(src, p.map[at + m[1].length - 1] + 1) !== m[1]) continue;
      out.push({ kind: '', family: '', start: src, end: p.map[at + m[1].length - 1] + 1, text: String(chineseToNumber(m[1])), lines: [line(src)] });
    }
    return out;
  }) },
  'cross-ref: a cited title (关于…的通知（number）) without its 《》': { family: 'cross-ref', sites: ({ g, line, text }) => g.documents.flatMap((d) =>
    d.citations.filter((c) => c.number && text[c.title.start - 1] === '《' && text[c.title.end] === '》'
      && /关于[^《》“”，。；：！？（）()〈〉\s]{2,60}的(?:请示|报告|通知|意见|批复|函|决定|方案|办法|通报)$/.test(text.slice(c.title.start, c.title.end))
      && /^》[（(][^（）()]{0,20}〔\d{4}〕\d{1,4}号[）)]/.test(text.slice(c.title.end, c.title.end + 30)))
      .map((c) => ({ kind: '', family: '', start: c.title.start - 1, end: c.title.end + 1, text: text.slice(c.title.start, c.title.end), lines: [line(c.start)] }))) },
  'date: a deadline (于…日前将…报送) a year before the 成文日期': { family: 'date', sites: ({ g, line, text }) => g.documents.flatMap((d) => {
    if (!d.date?.iso || d.type === '大事记') return [];
    const year = Number(d.date.iso.slice(0, 4)) - 1;
    return deadlinesIn(d).flatMap((n) => {
      // The year as written (2024 or, in the spaced dialect, the four digits before 年).
      const at = text.indexOf(String(n.year), n.start);
      return at >= n.start && at < n.end ? [{ kind: '', family: '', start: at, end: at + 4, text: String(year), lines: [line(at)] }] : [];
    });
  }) },
  'cross-ref: a regulation the decision repeals listed for republication': { family: 'cross-ref', sites: ({ g, line, text }) => g.documents.flatMap((d) => {
    const closing = d.paragraphs.find((p) => /根据本决定(?:作)?相应(?:的)?修改[^。]{0,12}重新(?:公布|发布)/.test(p.text));
    const repealedTitle = d.paragraphs.filter((p) => p !== closing && /废止《/.test(p.text)).map((p) => /废止《([^《》]{2,60})》/.exec(p.text)![1])[0];
    const first = closing && /^《([^《》]{2,60})》/.exec(closing.text);
    if (!closing || !repealedTitle || !first) return [];
    const start = closing.map[1];
    const end = closing.map[first[0].length - 2] + 1;
    if (text.slice(start, end) !== first[1]) return [];
    return [{ kind: '', family: '', start, end, text: repealedTitle, lines: [line(start)] }];
  }) },
  'cross-ref: a text naming itself by another kind (本规定 in a 办法)': { family: 'cross-ref', sites: ({ g, line, text }) => {
    const other: Record<string, string> = { 办法: '规定', 细则: '办法', 方案: '意见', 意见: '方案', 预案: '方案', 规划: '方案', 措施: '意见', 制度: '办法', 规则: '办法', 计划: '方案' };
    const out: Edit[] = [];
    // One slip per text (in an issue the rule takes several alike for another document's page fill).
    const done = new Set<string>();
    for (const d of g.documents) for (const r of selfReferences(d)) {
      if (r.word !== r.kind || !other[r.kind] || done.has(r.title) || text.slice(r.start, r.end) !== '本' + r.word) continue;
      done.add(r.title);
      out.push({ kind: '', family: '', start: r.start + 1, end: r.end, text: other[r.kind], lines: [line(r.start)] });
    }
    return out;
  } },
  'cross-ref: a decision\'s 施行 sentence naming it 本办法': { family: 'cross-ref', sites: ({ g, line, text }) => g.documents.flatMap((d) =>
    selfReferences(d).filter((r) => r.kind === '决定' && r.word === '决定' && text.slice(r.start, r.end) === '本决定')
      .map((r) => ({ kind: '', family: '', start: r.start + 1, end: r.end, text: '办法', lines: [line(r.start)] }))) },
  'cross-ref: 令 promulgating a title its text does not bear': { family: 'cross-ref', sites: ({ g, line, text }) => g.documents.flatMap((d) => {
    if (d.type !== '令') return [];
    const pi = d.paragraphs.findIndex((p) => /现予(?:公布|发布)/.test(p.text));
    const cited = d.citations.filter((c) => c.paragraph === pi && !c.number);
    if (pi < 0 || cited.length !== 1 || text[cited[0].title.end - 1] !== cited[0].title.text.slice(-1)) return [];
    // The kind word at the title's end changed: 决定 → 规定, 办法 → 规定.
    const c = cited[0];
    const kind = /(决定|办法|细则|规定)$/.exec(c.title.text);
    if (!kind) return [];
    return [{ kind: '', family: '', start: c.title.end - 2, end: c.title.end, text: kind[1] === '规定' ? '办法' : '规定', lines: [line(c.start)] }];
  }) },
  // A 规章 cited with its 人民政府令 number, its title's 办法 or 规定 made 条例 (a 规章 is never a 条例).
  'cross-ref: 条例 cited with a 人民政府令 number': { family: 'cross-ref', sites: ({ g, line, text }) => g.documents.flatMap((d) => {
    const out: Edit[] = [];
    const re = /《[^《》]{2,60}?(办法|规定)》[（(](?:\d{4}年\d{1,2}月\d{1,2}日)?[\u4e00-\u9fa5]{0,12}人民政府令[ \u3000]*第/g;
    for (const m of text.slice(d.start, d.end).matchAll(re)) {
      const at = d.start + m.index! + m[0].indexOf('》') - 2;
      if (d.noise.some((n) => n.start <= at && at < n.end)) continue;
      out.push({ kind: '', family: '', start: at, end: at + 2, text: '条例', lines: [line(at)] });
    }
    return out;
  }) },
  'cross-ref: date of a decree citation (《X》（2018年12月29日…令第34号公布）) changed': { family: 'cross-ref', sites: ({ g, model, line, text }) => g.documents.flatMap((d) => {
    const out: Edit[] = [];
    for (const m of text.slice(d.start, d.end).matchAll(/》[（(](\d{4})年(\d{1,2})月(\d{1,2})日([\u4e00-\u9fa5]{2,12}?令第\d{1,4}号)公布/g)) {
      // Only a decree the model knows, with its date (a held-out issue's own decree is unknown).
      if (!findByNumber(model, m[4])?.date) continue;
      // The day moved by one inside its month: a date the registry does not give the decree.
      const day = Number(m[3]);
      const at = d.start + m.index! + 2 + m[1].length + 1 + m[2].length + 1;
      out.push({ kind: '', family: '', start: at, end: at + m[3].length, text: String(day > 1 ? day - 1 : day + 1), lines: [line(at)] });
    }
    return out;
  }) },
  // A 同时废止 statement made to name a document the registry says another document repealed before
  // this one's date: cross-ref/repealed's "repealed again". Only the document's own recorded repeal
  // (not a republished regulation's reprinted one) is swapped, for the registry's other repeal.
  'cross-ref: 同时废止 naming a document already repealed': { family: 'cross-ref', sites: ({ g, model, line, text }) => g.documents.flatMap((d) => {
    const own = d.number?.canonical;
    const date = d.date?.iso;
    if (!own || !date) return [];
    const out: Edit[] = [];
    for (const m of text.slice(d.start, d.end).matchAll(/《([^《》\n]{4,80})》[（(]([^（）()\n]{4,20}号)[）)]同时废止/g)) {
      if (!model.repeals.some((r) => r.kind === 'repeal' && r.by === own && r.target === m[2])) continue;
      const old = model.repeals.find((r) => r.kind === 'repeal' && r.by !== own && r.target !== m[2] && r.targetTitle && r.date < date);
      if (!old) continue;
      const at = d.start + m.index!;
      out.push({ kind: '', family: '', start: at, end: at + m[0].length - 4, text: `《${old.targetTitle}》（${old.target}）`, lines: [line(at)] });
    }
    return out;
  }) },
  // ---- dates
  'date: leading zeros': { family: 'date', sites: ({ g, line }) => g.documents.filter((d) => d.date?.iso && d.date.month < 10 && d.date.raw.month.length === 1).map((d) => {
    const p = d.date!;
    const at = p.start + p.text.indexOf('年') + 1;
    return { kind: '', family: '', start: at, end: at, text: '0', lines: [line(p.start)] };
  }) },
  'date: Chinese numerals': { family: 'date', sites: ({ g, line }) => g.documents.filter((d) => d.date?.iso && d.date.end - d.date.start === d.date.text.length).map((d) => {
    const p = d.date!;
    const y = String(p.year).split('').map((c) => '〇一二三四五六七八九'[Number(c)]).join('');
    return { kind: '', family: '', start: p.start, end: p.end, text: `${y}年${numberToChinese(p.month)}月${numberToChinese(p.day)}日`, lines: [line(p.start)] };
  }) },
  // Chinese numerals and a second slip: a full stop after the date, or 号 for 日, in turn.
  'date: Chinese numerals with 。 or 号': { family: 'date', sites: ({ g, text, line }) => {
    let k = 0;
    return g.documents.filter((d) => d.date?.iso && d.signature && text[d.date.end - 1] === '日' && !/\s/.test(text.slice(d.date.start, d.date.end))).map((d) => {
      const p = d.date!;
      const y = String(p.year).split('').map((c) => '〇一二三四五六七八九'[Number(c)]).join('');
      const cn = `${y}年${numberToChinese(p.month)}月${numberToChinese(p.day)}`;
      return { kind: '', family: '', start: p.start, end: p.end, text: k++ % 2 === 0 ? `${cn}日。` : `${cn}号`, lines: [line(p.start)] };
    });
  } },
  'date: impossible day': { family: 'date', sites: ({ g, line }) => g.documents.filter((d) => d.date?.iso && d.date.end - d.date.start === d.date.text.length).map((d) => {
    const p = d.date!;
    return { kind: '', family: '', start: p.start, end: p.end, text: `${p.year}年2月30日`, lines: [line(p.start)] };
  }) },
  'date: two-digit year': { family: 'date', sites: ({ g, line }) => g.documents.filter((d) => d.date?.iso && d.date.raw.year.length === 4 && d.date.end - d.date.start === d.date.text.length).map((d) => {
    const p = d.date!;
    return { kind: '', family: '', start: p.start, end: p.start + 2, text: '', lines: [line(p.start)] };
  }) },
  'date: 号 for 日': { family: 'date', sites: ({ g, text, line }) => g.documents.filter((d) => d.date?.iso && d.signature && text[d.date.end - 1] === '日' && !/\s/.test(text.slice(d.date.start, d.date.end))).map((d) => {
    const p = d.date!;
    return { kind: '', family: '', start: p.end - 1, end: p.end, text: '号', lines: [line(p.start)] };
  }) },
  'date: full stop after the 成文日期': { family: 'date', sites: ({ g, text, line }) => g.documents.filter((d) => d.date?.iso && d.signature && text[d.date.end - 1] === '日' && !/\s/.test(text.slice(d.date.start, d.date.end))).map((d) => {
    const p = d.date!;
    return { kind: '', family: '', start: p.end, end: p.end, text: '。', lines: [line(p.start)] };
  }) },
  'date: 日 left out of the 成文日期': { family: 'date', sites: ({ g, text, line }) => g.documents.filter((d) => d.date?.iso && d.signature && text[d.date.end - 1] === '日' && !/\s/.test(text.slice(d.date.start, d.date.end))).map((d) => {
    const p = d.date!;
    return { kind: '', family: '', start: p.end - 1, end: p.end, text: '', lines: [line(p.start)] };
  }) },
  // The day and its 日 both left out (2026年3月): the date is no longer read as one.
  // Right under the signature line: a broken body line between them (…已经市政 ⏎ 2023年7月20日) leaves
  // nothing that says 2023年7月 is a 成文日期.
  'date: day left out of the 成文日期': { family: 'date', sites: ({ g, text, line }) => g.documents.filter((d) => d.date?.iso && d.signature && text[d.date.end - 1] === '日' && !/\s/.test(text.slice(d.date.start, d.date.end))
    && looksLikeIssuer(d.signature.text) && d.signature.end <= d.date.start && !text.slice(d.signature.end, d.date.start).trim()).map((d) => {
    const p = d.date!;
    const at = text.lastIndexOf('月', p.end) + 1;
    return { kind: '', family: '', start: at, end: p.end, text: '', lines: [line(p.start)] };
  }) },
  'date: 施行日期 a year before the 成文日期': { family: 'date', sites: (ctx) => effectiveYearEdits(ctx, -1) },
  'valid: 施行日期 a year later': { family: 'date', valid: true, sites: (ctx) => effectiveYearEdits(ctx, 1) },
  'date: 有效期 ten years after the 施行日期 (a mistyped year)': { family: 'date', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    if (!d.date?.iso || d.paragraphs.some(isHistoryNote)) return [];
    const out: Edit[] = [];
    for (const p of d.paragraphs) for (const { node, after } of effectiveDatesIn(p)) {
      const m = /^[，,]?有效期至(\d{4})年/.exec(p.text.slice(after));
      if (!m || !node.iso || node.iso < d.date.iso) continue;
      const start = p.map[after + m.index + m[0].length - 5];
      if (text.slice(start, start + 4) !== m[1]) continue;
      out.push({ kind: '', family: '', start, end: start + 4, text: String(Number(m[1]) + 5), lines: [line(start)] });
    }
    return out;
  }) },
  'date: a weekday the calendar does not give (2026年6月30日（星期三）)': { family: 'date', sites: (ctx) => weekdayEdits(ctx, false) },
  'valid: the calendar\'s weekday after a date': { family: 'date', valid: true, sites: (ctx) => weekdayEdits(ctx, true) },
  'date: a range written the wrong way round (2024年6月30日至2023年7月1日)': { family: 'date', sites: reversedRangeEdits },
  'date: a running-text year in Chinese numerals (二〇二五年) beside Arabic ones': { family: 'date', sites: chineseYearEdits },
  'date: written with separators': { family: 'date', sites: ({ g, line }) => g.documents.filter((d) => d.date?.iso && d.date.end - d.date.start === d.date.text.length).map((d) => {
    const p = d.date!;
    return { kind: '', family: '', start: p.start, end: p.end, text: `${p.year}.${p.month}.${p.day}`, lines: [line(p.start)] };
  }) },
  // ---- 附件说明
  // An input method left in full-width mode: the digits of a 发文字号 or a 成文日期 as ０–９.
  'punctuation: a 任免 list\'s last item left with ；': { family: 'punctuation', sites: ({ g, line, text }) => g.documents.flatMap((d) => {
    if (d.type !== '任免' || scrambled(d.paragraphs)) return [];
    const end = d.signature?.start ?? d.date?.start ?? d.end;
    const out: Edit[] = [];
    d.paragraphs.forEach((p, k) => {
      const next = d.paragraphs[k + 1];
      // The last item of a list: before 免去：, or the body's last before the signature.
      if (!p.text.endsWith('。') || p.start >= end || !(next && (/免去[：:]$/.test(next.text) || next.start >= end))) return;
      if (!/为|职务/.test(p.text)) return;
      const at = p.map[p.text.length - 1];
      if (text[at] === '。') out.push({ kind: '', family: '', start: at, end: at + 1, text: '；', lines: [line(at)] });
    });
    return out;
  }) },
  // An article's list of 项 under a colon, its last item (one sentence, right before the next
  // article or chapter) closed by 。: written ； (punctuation/item-list-end, probe11).
  'punctuation: an article list\'s last item left with ；': { family: 'punctuation', sites: ({ g, line, text }) => g.documents.flatMap((d) => {
    const out: Edit[] = [];
    const items = d.items;
    for (const { article: a, next: b } of closedArticles(items)) {
      const list = items.slice(a + 1, b);
      if (list.length < 2 || list.some((i) => i.level !== 2 || i.sequence !== items[a].sequence)) continue;
      if (!/[：:]$/.test(d.paragraphs[list[0].paragraph - 1]?.text ?? '')) continue;
      const blocks = list.map((it, k) => d.paragraphs.slice(it.paragraph, k + 1 < list.length ? list[k + 1].paragraph : items[b].paragraph));
      if (!blocks.slice(0, -1).every((ps) => /[；;]$/.test(ps[ps.length - 1]?.text ?? ''))) continue;
      const last = blocks[blocks.length - 1];
      const p = last[last.length - 1];
      if (!p || !p.text.endsWith('。') || last.slice(0, -1).some((q) => /[；;。：:]$/.test(q.text))) continue;
      if (d.noise.some((n) => p.start < n.end && n.start < p.end) || d.hosted.some((n) => p.start < n.end && n.start < p.end)) continue;
      const at = p.map[p.text.length - 1];
      if (text[at] === '。') out.push({ kind: '', family: '', start: at, end: at + 1, text: '；', lines: [line(at)] });
    }
    return out;
  }) },
  // An article's own last sentence (not a listed item), right before the next article, section or
  // chapter, its 。 written ； (punctuation/article-end, probe20).
  'punctuation: an article\'s last sentence left with ；': { family: 'punctuation', sites: ({ g, line, text }) => g.documents.flatMap((d) => {
    const out: Edit[] = [];
    const items = d.items;
    for (const { article: a, next: b } of closedArticles(items)) {
      const last = items[b].paragraph - 1;
      if (last < items[a].paragraph || items.slice(a + 1, b).some((i) => i.paragraph === last)) continue;
      const p = d.paragraphs[last];
      if (!p || !p.text.endsWith('。')) continue;
      if ([d.noise, d.hosted, d.continuations].some((spans) => spans.some((n) => p.start < n.end && n.start < p.end))) continue;
      const at = p.map[p.text.length - 1];
      if (text[at] === '。') out.push({ kind: '', family: '', start: at, end: at + 1, text: '；', lines: [line(at)] });
    }
    return out;
  }) },
  'punctuation: ， for ： after an amendment\'s 修改为': { family: 'punctuation', sites: ({ g, line, text }) => g.documents.flatMap((d) => {
    const out: Edit[] = [];
    for (const m of text.slice(d.start, d.end).matchAll(/修改为：(?=“)/g)) {
      const at = d.start + m.index! + 3;
      out.push({ kind: '', family: '', start: at, end: at + 1, text: '，', lines: [line(at)] });
    }
    return out;
  }) },
  // A title cited inside a cited title written with 《》 instead of 〈〉 (《关于印发《X》的通知》):
  // punctuation/nested-title (probe17). The gazettes write 〈〉 there throughout.
  'punctuation: 《》 for 〈〉 inside a cited title': { family: 'punctuation', sites: ({ g, line, text }) => g.documents.flatMap((d) => d.paragraphs.flatMap((p) => {
    if (p.text.indexOf('〈') < 0) return [];
    if ([...d.noise, ...d.hosted, ...d.continuations].some((n) => n.start < p.end && p.start < n.end)) return [];
    const out: Edit[] = [];
    for (const m of p.text.matchAll(/《[^《》〈〉]*(〈[^〈〉《》]+〉)[^《》〈〉]*》/g)) {
      const a = m.index! + m[0].indexOf(m[1]);
      const start = p.map[a];
      const end = p.map[a + m[1].length - 1] + 1;
      if (text[start] !== '〈' || text[end - 1] !== '〉') continue;
      out.push({ kind: '', family: '', start, end, text: `《${text.slice(start + 1, end - 1)}》`, lines: [line(start)] });
    }
    return out;
  })) },
  'punctuation: full-width digits in a 发文字号': { family: 'punctuation', sites: ({ g, text, line }) => g.documents.filter((d) => d.number).map((d) => {
    const n = d.number!;
    return { kind: '', family: '', start: n.start, end: n.end, text: fullWidthDigits(text.slice(n.start, n.end)), lines: [line(n.start)] };
  }) },
  'punctuation: full-width digits in a 成文日期': { family: 'punctuation', sites: ({ g, text, line }) => g.documents.filter((d) => d.date?.iso).map((d) => {
    const p = d.date!;
    return { kind: '', family: '', start: p.start, end: p.end, text: fullWidthDigits(text.slice(p.start, p.end)), lines: [line(p.start)] };
  }) },
  // A mark typed twice: the first ， between two Chinese characters of a document's running text
  // (outside its 牵头单位 blocks and extraction noise) doubled.
  'punctuation: a ， typed twice': { family: 'punctuation', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const outside = (o: number) => ![...d.blocks, ...d.noise].some((s) => s.start <= o && o < s.end);
    for (const p of d.paragraphs) {
      for (let i = p.text.indexOf('，'); i > 0; i = p.text.indexOf('，', i + 1)) {
        const at = p.map[i];
        if (text[at] !== '，' || !/\p{Script=Han}/u.test(text[at - 1] ?? '') || !/\p{Script=Han}/u.test(text[at + 1] ?? '') || !outside(at)) continue;
        return [{ kind: '', family: '', start: at + 1, end: at + 1, text: '，', lines: [line(at)] }];
      }
    }
    return [];
  }) },
  // 的 typed twice: the first 的 between two Chinese characters of a document's running text that
  // makes no word with them (not 目的, 有的, 的确…), outside blocks, cited titles and extraction noise.
  'punctuation: a 的 typed twice': { family: 'punctuation', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const outside = (o: number) => ![...d.blocks, ...d.noise].some((s) => s.start <= o && o < s.end);
    for (const p of d.paragraphs) {
      for (let i = p.text.indexOf('的'); i > 0; i = p.text.indexOf('的', i + 1)) {
        const at = p.map[i];
        if (text[at] !== '的' || !/\p{Script=Han}/u.test(text[at - 1] ?? '') || !/\p{Script=Han}/u.test(text[at + 1] ?? '') || !outside(at)) continue;
        if ('目标靶有别是似真端之打好对的'.includes(text[at - 1]) || '确士哥当的'.includes(text[at + 1])) continue;
        // Not inside a cited title: the citation's own rules would see the edit too.
        const before = p.text.slice(0, i);
        if (before.split('《').length !== before.split('》').length) continue;
        return [{ kind: '', family: '', start: at + 1, end: at + 1, text: '的', lines: [line(at)] }];
      }
    }
    return [];
  }) },
  // A working verb typed twice (punctuation/doubled-word, probe15): the first 落实, 加强 or 推进 of a
  // document's running text, outside blocks, cited titles and extraction noise, written again.
  'punctuation: a working verb typed twice': { family: 'punctuation', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const outside = (o: number) => ![...d.blocks, ...d.noise].some((s) => s.start <= o && o < s.end);
    for (const p of d.paragraphs) {
      for (const w of ['落实', '加强', '推进']) {
        const i = p.text.indexOf(w);
        if (i < 0) continue;
        const at = p.map[i];
        if (text.slice(at, at + 2) !== w || !outside(at)) continue;
        const before = p.text.slice(0, i);
        if (before.split('《').length !== before.split('》').length || before.split('“').length !== before.split('”').length) continue;
        return [{ kind: '', family: '', start: at + 2, end: at + 2, text: w, lines: [line(at)] }];
      }
    }
    return [];
  }) },
  // A closing ” left out: the first short quoted name (“双随机、一公开”) of a document's running text
  // (outside extraction noise) loses its ”; the open “ is reported.
  'punctuation: a quote left open': { family: 'punctuation', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    for (const p of d.paragraphs) {
      if (d.noise.some((s) => s.start < p.end && p.start < s.end)) continue;
      const m = /“[^“”"\n]{2,12}”/.exec(p.text);
      if (!m) continue;
      const open = p.map[m.index];
      const close = p.map[m.index + m[0].length - 1];
      if (text[open] !== '“' || text[close] !== '”' || close - open !== m[0].length - 1) continue;
      return [{ kind: '', family: '', start: close, end: close + 1, text: '', lines: [line(open)] }];
    }
    return [];
  }) },
  // A sentence's 。 typed as a half-width . : the first 。 between two Chinese characters of a
  // document's running text (outside blocks and extraction noise).
  'punctuation: half-width . closing a sentence': { family: 'punctuation', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const outside = (o: number) => ![...d.blocks, ...d.noise].some((s) => s.start <= o && o < s.end);
    for (const p of d.paragraphs) {
      for (let i = p.text.indexOf('。'); i > 0; i = p.text.indexOf('。', i + 1)) {
        const at = p.map[i];
        if (text[at] !== '。' || !/[\u4e00-\u9fa5]/.test(text[at - 1] ?? '') || !/[\u4e00-\u9fa5]/.test(text[at + 1] ?? '') || !outside(at)) continue;
        return [{ kind: '', family: '', start: at, end: at + 1, text: '.', lines: [line(at)] }];
      }
    }
    return [];
  }) },
  // An ellipsis or a dash typed on a Western keyboard: ... before a sentence's 。 (a list left open),
  // or -- for a ， between two Chinese characters; the two in turn, one per document.
  'punctuation: ... or -- for …… or ——': { family: 'punctuation', sites: ({ g, text, line }) => {
    let k = 0;
    return g.documents.flatMap((d) => {
      const outside = (o: number) => ![...d.blocks, ...d.noise].some((s) => s.start <= o && o < s.end);
      const mark = k++ % 2 === 0 ? '。' : '，';
      for (const p of d.paragraphs) {
        for (let i = p.text.indexOf(mark); i > 0; i = p.text.indexOf(mark, i + 1)) {
          const at = p.map[i];
          if (text[at] !== mark || !/[\u4e00-\u9fa5]/.test(text[at - 1] ?? '') || !/[\u4e00-\u9fa5]/.test(text[at + 1] ?? '') || !outside(at)) continue;
          return [mark === '。' ? { kind: '', family: '', start: at, end: at, text: '...', lines: [line(at)] } : { kind: '', family: '', start: at, end: at + 1, text: '--', lines: [line(at)] }];
        }
      }
      return [];
    });
  } },
  // A number's unit typed twice (punctuation/doubled-unit): the first % or measure word (名, 个, 项) right after
  // the digits of a document's running text (outside blocks and extraction noise), by turns, written again.
  'punctuation: a number\'s unit typed twice': { family: 'punctuation', sites: ({ g, text, line }) => {
    let k = 0;
    return g.documents.flatMap((d) => {
      const outside = (o: number) => ![...d.blocks, ...d.noise].some((s) => s.start <= o && o < s.end);
      const unit = k++ % 2 === 0 ? /\d(%)/ : /\d(名|个|项)[\u4e00-\u9fa5]/;
      for (const p of d.paragraphs) {
        const m = unit.exec(p.text);
        if (!m) continue;
        const at = p.map[m.index + 1];
        if (text[at] !== m[1] || !outside(at)) continue;
        return [{ kind: '', family: '', start: at + 1, end: at + 1, text: m[1], lines: [line(at)] }];
      }
      return [];
    });
  } },
  // A 、 typed before the conjunction that ends a list (punctuation/list-conjunction): the first
  // A、B和C of a document's running text (Chinese characters only between, outside blocks, cited
  // titles and extraction noise) becomes A、B、和C.
  'punctuation: a 、 before the list\'s 和': { family: 'punctuation', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const outside = (o: number) => ![...d.blocks, ...d.noise].some((s) => s.start <= o && o < s.end);
    for (const p of d.paragraphs) {
      const m = /、[\u4e00-\u9fa5]{2,10}(和)[\u4e00-\u9fa5]{2}/.exec(p.text);
      if (!m) continue;
      const i = m.index + m[0].length - 3;
      const at = p.map[i];
      if (text[at] !== '和' || !/[\u4e00-\u9fa5]/.test(text[at - 1] ?? '') || !outside(at) || /^和[谐平美睦解顺善气]/.test(p.text.slice(i))) continue;
      const before = p.text.slice(0, i);
      if (before.split('《').length !== before.split('》').length) continue;
      return [{ kind: '', family: '', start: at, end: at, text: '、', lines: [line(at)] }];
    }
    return [];
  }) },
  // A sentence's 。 deleted where its paragraph ends right before the next numbered item
  // (punctuation/paragraph-end): the first such paragraph of a document that is a sentence (a 。 or ；
  // after its marker, or unnumbered with a ， and 25 characters), outside blocks and extraction noise.
  'punctuation: a paragraph\'s 。 deleted before the next item': { family: 'punctuation', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const outside = (o: number) => ![...d.blocks, ...d.noise, ...d.hosted, ...d.continuations].some((s) => s.start <= o && o < s.end);
    const own = new Map(d.items.map((i) => [i.paragraph, i] as const));
    for (const next of d.items) {
      if (!/[、.．）)]$|^第/.test(next.marker)) continue;
      const p = d.paragraphs[next.paragraph - 1];
      if (!p || !/[\u4e00-\u9fa5]。$/.test(p.text)) continue;
      const item = own.get(next.paragraph - 1);
      const body = p.text.slice(item ? item.marker.length : 0, -1);
      if (!(/[。；]/.test(body) || (!item && body.includes('，') && body.length >= 25))) continue;
      const at = p.map[p.text.length - 1];
      if (text[at] !== '。' || !outside(at) || !outside(p.start)) continue;
      return [{ kind: '', family: '', start: at, end: at + 1, text: '', lines: [line(at)] }];
    }
    return [];
  }) },
  // The 。 of the article stating when a regulation takes effect (第X条 本办法自…起施行。, …，有效期至…。)
  // deleted at its paragraph's end (punctuation/paragraph-end), outside extraction noise and quotations.
  'punctuation: an effective date\'s 。 deleted': { family: 'punctuation', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const outside = (o: number) => ![...d.noise, ...d.hosted, ...d.continuations].some((s) => s.start <= o && o < s.end);
    for (const p of d.paragraphs) {
      // A regulation's last article: a 印发 notice's or a 令's sentence may stand over a line its deleted
      // 。 lets the parser join (市长：张百顺, an extracted 令's signer).
      if (!/^第[一二三四五六七八九十百]+条\s*本[\u4e00-\u9fa5]{1,8}自[^。；：“”]{2,30}起(?:施行|实施|执行)(?:，有效期[^。；：“”]{1,30})?。$/.test(p.text) || p.text.includes('“')) continue;
      const at = p.map[p.text.length - 1];
      if (text[at] !== '。' || !outside(at) || !outside(p.start)) continue;
      return [{ kind: '', family: '', start: at, end: at + 1, text: '', lines: [line(at)] }];
    }
    return [];
  }) },
  // The 。 of a 印发 notice's closing request (…印发给你们，请认真贯彻执行。) right over its 署名 deleted
  // (punctuation/paragraph-end), outside extraction noise.
  'punctuation: a 印发 request\'s 。 deleted': { family: 'punctuation', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const outside = (o: number) => ![...d.noise, ...d.hosted, ...d.continuations].some((s) => s.start <= o && o < s.end);
    for (const p of d.paragraphs) {
      if (!/(?:印发|转发)给你们[，。]请[^。；：“”]{0,16}(?:执行|实施|落实)。$/.test(p.text)) continue;
      // Right over its 署名: where the extraction printed the attached text (or a moved line) next, the
      // line without its 。 reads as wrapped into it.
      const sig = d.signature;
      if (!sig || sig.start < p.end || /\S/.test(text.slice(p.end, sig.start))) continue;
      const at = p.map[p.text.length - 1];
      if (text[at] !== '。' || !outside(at) || !outside(p.start)) continue;
      return [{ kind: '', family: '', start: at, end: at + 1, text: '', lines: [line(at)] }];
    }
    return [];
  }) },
  // A span of years typed with a hyphen: the — of （2024—2026年） in a document's text as -.
  'punctuation: a full-width ％ after digits among half-width %': { family: 'punctuation', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    for (const p of d.paragraphs) {
      const i = p.text.search(/\d%/);
      if (i < 0) continue;
      const at = p.map[i + 1];
      if (text[at] !== '%' || d.noise.some((s) => s.start <= at && at < s.end)) continue;
      return [{ kind: '', family: '', start: at, end: at + 1, text: '％', lines: [line(at)] }];
    }
    return [];
  }) },
  // 县（市、区） with its 、 mistyped as ，: punctuation/county-group (probe22). One per document: the
  // first group of its own text (not in noise), whose three characters are contiguous in the source.
  'punctuation: ， for 、 in 县（市、区）': { family: 'punctuation', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const body = text.slice(d.start, d.end);
    for (const m of body.matchAll(/县[（(]市、区[）)]/g)) {
      const at = d.start + m.index! + 3;
      if (d.noise.some((s) => s.start <= at && at < s.end)) continue;
      return [{ kind: '', family: '', start: at, end: at + 1, text: '，', lines: [line(at)] }];
    }
    return [];
  }) },
  'punctuation: - for — in a span of years': { family: 'punctuation', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    for (const p of d.paragraphs) {
      const m = /(?:19|20)\d\d—(?:19|20)\d\d年/.exec(p.text);
      if (!m) continue;
      const at = p.map[m.index + 4];
      if (text[at] !== '—' || d.noise.some((s) => s.start <= at && at < s.end)) continue;
      return [{ kind: '', family: '', start: at, end: at + 1, text: '-', lines: [line(at)] }];
    }
    return [];
  }) },
  'attachment: half-width colon': { family: 'attachment', sites: ({ g, line, text }) => g.documents.filter((d) => d.attachmentNote && text.slice(d.attachmentNote.start, d.attachmentNote.start + 3) === '附件：').map((d) => ({ kind: '', family: '', start: d.attachmentNote!.start + 2, end: d.attachmentNote!.start + 3, text: ':', lines: [line(d.attachmentNote!.start)] })) },
  'attachment: punctuation after a name': { family: 'attachment', sites: ({ g, line }) => g.documents.filter((d) => d.attachmentNote?.entries.length).map((d) => {
    const e = d.attachmentNote!.entries[0].name;
    return { kind: '', family: '', start: e.end, end: e.end, text: '。', lines: [line(e.start), line(e.end)] };
  }) },
  // The name set in 书名号, before its （略）: the source between the marks kept as it is.
  'attachment: a name in 《》': { family: 'attachment', sites: ({ g, line, text }) => g.documents.filter((d) => d.attachmentNote?.entries.length).map((d) => {
    const e = d.attachmentNote!.entries[0].name;
    const src = text.slice(e.start, e.end);
    const core = src.replace(/[（(]略[）)]$/, '');
    return { kind: '', family: '', start: e.start, end: e.end, text: `《${core}》${src.slice(core.length)}`, lines: [line(e.start), line(e.end)] };
  }) },
  // The 目录 copies each document's 发文字号 and title: a slip of the copy, at an entry that lists
  // its document (the same number, the same title).
  'doc-number: 目录 number differs from its document': { family: 'doc-number', sites: ({ g, line }) => {
    const used = new Set([...g.toc.map((t) => t.number), ...g.documents.map((d) => d.number)].flatMap((n) => (n ? [n.canonical] : [])));
    return tocListing(g).flatMap(({ toc }) => {
      const n = toc.number!;
      if (n.isDecree || n.isNotice) return [];
      const seq = [Number(n.seq) + 1, Number(n.seq) - 1].find((k) => k > 0 && !used.has(`${n.code}〔${n.year}〕${k}号`));
      return seq ? [{ kind: '', family: '', start: n.parts.seq.start, end: n.parts.seq.end, text: String(seq), lines: [line(n.start)] }] : [];
    });
  } },
  'doc-number: 目录 code of another series': { family: 'doc-number', sites: ({ g, model, line }) => {
    const used = new Set([...g.toc.map((t) => t.number), ...g.documents.map((d) => d.number)].flatMap((n) => (n ? [n.canonical] : [])));
    return tocListing(g).flatMap(({ toc }) => {
      const n = toc.number!;
      const other = /发$/.test(n.code) ? n.code.replace(/发$/, '字') : /字$/.test(n.code) ? n.code.replace(/字$/, '发') : '';
      if (n.isDecree || !other || !model.codes.some((c) => c.code === other) || used.has(`${other}〔${n.year}〕${Number(n.seq)}号`)) return [];
      return [{ kind: '', family: '', start: n.parts.code.end - 1, end: n.parts.code.end, text: other.slice(-1), lines: [line(n.start)] }];
    });
  } },
  // A 附注 under the 成文日期 written without its brackets (此件公开发布), and, valid, with them. The
  // gazettes print none: one is written on the blank line after a 成文日期.
  'structure: a 附注 written without its （）': { family: 'structure', sites: (ctx) => notePlanted(ctx, '此件公开发布') },
  'valid: a 附注 in （）': { family: 'structure', valid: true, sites: (ctx) => notePlanted(ctx, '（此件公开发布）') },
  // The same note typed as a sentence, its 。 left before the bracket (structure/note-stop).
  'structure: a 附注 ended with 。 inside its （）': { family: 'structure', sites: (ctx) => notePlanted(ctx, '（此件公开发布。）') },
  // A 任免 notice that only appoints, its 任命： heading written 免去： (over 李明为… items). Its title's
  // 关于任命 then disagrees with the body too (structure/appointment-title): that line counts.
  'structure: 任命： written 免去： over appointments': { family: 'structure', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    if (d.type !== '任免') return [];
    const heads = d.paragraphs.filter((p) => /(?:任命|免去)[：:]$/.test(p.text));
    const items = d.paragraphs.filter((p) => /^(?:[\u4e00-\u9fa5·]{2,5}、)*[\u4e00-\u9fa5·]{2,5}(?:为|的)/.test(p.text));
    if (heads.length !== 1 || !/^市人民政府决定，任命：$/.test(heads[0].text) || !items.length || items.some((p) => p.start < heads[0].start || !/^(?:[\u4e00-\u9fa5·]{2,5}、)*[\u4e00-\u9fa5·]{2,5}为/.test(p.text))) return [];
    const h = heads[0];
    const at = h.map[h.text.length - 3];
    if (text.slice(at, at + 2) !== '任命') return [];
    return [{ kind: '', family: '', start: at, end: at + 2, text: '免去', lines: [line(at), ...(d.title ? [line(d.title.start)] : [])] }];
  }) },
  // A removal under 免去： with its closing 职务 dropped (刘伟的聊城市财政局副局长职务； → …副局长；):
  // structure/removal-post (probe17). Notices read across two columns are skipped, as the rule skips them.
  'structure: 职务 dropped from a removal': { family: 'structure', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    if (d.type !== '任免' || scrambled(d.paragraphs)) return [];
    let removing = false;
    return d.paragraphs.flatMap((p) => {
      if (/(?:任命|免去)[：:]$/.test(p.text)) { removing = /免去[：:]$/.test(p.text); return []; }
      if (!removing || !/^(?:[\u4e00-\u9fa5·]{2,5}、)*[\u4e00-\u9fa5·]{2,5}的/.test(p.text) || !/职务[；。]$/.test(p.text)) return [];
      if (!new RegExp(`(?:${POST.source.replace(/^\^/, '')})职务[；。]$`).test(p.text) || /[，,]/.test(p.text)) return [];
      const at = p.map[p.text.length - 3];
      if (text.slice(at, at + 2) !== '职务') return [];
      return [{ kind: '', family: '', start: at, end: at + 2, text: '', lines: [line(at)] }];
    });
  }) },
  'structure: ， before 直属机构 in 主送': { family: 'structure', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const mr = d.mainRecipient;
    if (!mr || /[。；;]/.test(mr.text)) return [];
    // 市政府有关部门、直属机构 → 市政府有关部门，直属机构.
    const at = text.slice(mr.start, mr.end).search(/部门、(各)?直属机构/);
    return at < 0 ? [] : [{ kind: '', family: '', start: mr.start + at + 2, end: mr.start + at + 3, text: '，', lines: [line(mr.start + at + 2)] }];
  }) },
  // The office and its government confused in the 署名: 聊城市人民政府办公室 ⇄ 聊城市人民政府, where the
  // 发文机关标志 and the code name the signer.
  'structure: 署名 of the office for its government or back': { family: 'structure', sites: ({ g, model, text, line }) => g.documents.flatMap((d) => {
    const sig = d.signature;
    const n = d.number;
    if (!sig || !d.issuerMark || !n || n.isDecree || text.slice(sig.start, sig.end) !== sig.text) return [];
    const issuer = d.issuerMark.text.replace(/[\s\u3000]+/g, '').replace(/文件$/, '');
    if (sig.text !== issuer || model.codes.find((c) => c.code === n.code)?.issuer !== issuer) return [];
    const other = /办公[室厅]$/.test(issuer) ? issuer.slice(0, -3) : issuer + '办公室';
    return [{ kind: '', family: '', start: sig.start, end: sig.end, text: other, lines: [line(sig.start)] }];
  }) },
  'structure: 、 left out of 各县（市、区） in 主送': { family: 'structure', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const mr = d.mainRecipient;
    if (!mr || /[。；;]/.test(mr.text)) return [];
    const at = text.slice(mr.start, mr.end).indexOf('县（市、区）');
    return at < 0 ? [] : [{ kind: '', family: '', start: mr.start + at + 3, end: mr.start + at + 4, text: '', lines: [line(mr.start + at)] }];
  }) },
  // A 印发 notice's title copied from the issued document's: its 的通知 left out.
  'structure: 的通知 left out of a 印发 title': { family: 'structure', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const t = d.title;
    if (!t || !/(?:印发|转发|批转)/.test(t.text) || text.slice(t.end - 3, t.end) !== '的通知' || d.noise.some((s) => s.start < t.end && t.start < s.end)) return [];
    return [{ kind: '', family: '', start: t.end - 3, end: t.end, text: '', lines: [line(t.start)] }];
  }) },
  'structure: 主送 colon typed as 。': { family: 'structure', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const mr = d.mainRecipient;
    if (!mr || /[。；;]/.test(mr.text) || !/[：]$/.test(mr.text)) return [];
    const at = text.lastIndexOf('：', mr.end - 1);
    return at < mr.start ? [] : [{ kind: '', family: '', start: at, end: at + 1, text: '。', lines: [line(at)] }];
  }) },
  // A 主送 closed by ， above a body that opens with a word no recipient's name does (根据…, 为进一步…,
  // 《X》已经市政府同意…): in an issue the list cannot be going on after a hard wrap (probe11).
  'structure: 主送 colon typed as ， above the body': { family: 'structure', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const mr = d.mainRecipient;
    if (!mr || /[。；;]/.test(mr.text) || !/[：]$/.test(mr.text)) return [];
    if (!/^(根据|依据|按照|为(了|进一步|加快|做好|深入|推动|贯彻|切实|全面|加强|促进|规范)|现将|现就|近日|近年来|《)/.test(text.slice(mr.end).trimStart())) return [];
    const at = text.lastIndexOf('：', mr.end - 1);
    return at < mr.start ? [] : [{ kind: '', family: '', start: at, end: at + 1, text: '，', lines: [line(at)] }];
  }) },
  'structure: 主送 colon dropped': { family: 'structure', sites: ({ g, text, line }) => g.documents.flatMap((d) => {
    const mr = d.mainRecipient;
    // A list of recipients (no sentence the extraction moved into it) that ends with its colon.
    if (!mr || /[。；;]/.test(mr.text) || !/[：]$/.test(mr.text)) return [];
    const at = text.lastIndexOf('：', mr.end - 1);
    return at < mr.start ? [] : [{ kind: '', family: '', start: at, end: at + 1, text: '', lines: [line(at)] }];
  }) },
  'structure: 目录 title word replaced': { family: 'structure', sites: ({ g, text, line }) => tocListing(g).flatMap(({ toc }) => {
    const at = interiorHan(text, toc.title.start, toc.title.end);
    if (at === undefined) return [];
    return [{ kind: '', family: '', start: at, end: at + 1, text: text[at] === '某' ? '之' : '某', lines: [line(toc.title.start), line(at)] }];
  }) },
  'structure: 目录 title word dropped': { family: 'structure', sites: ({ g, text, line }) => tocListing(g).flatMap(({ toc }) => {
    const at = interiorHan(text, toc.title.start, toc.title.end);
    if (at === undefined || !/\p{Script=Han}/u.test(text[at + 1])) return [];
    return [{ kind: '', family: '', start: at, end: at + 2, text: '', lines: [line(toc.title.start), line(at)] }];
  }) },
  // The 目录 lists the documents in the body's order at rising pages: a page number with a digit
  // dropped (27 → 2) that falls below the entry's before it. The rule blames this entry or the one before.
  'structure: 目录 page digit dropped': { family: 'structure', sites: ({ g, text, line }) => g.toc.flatMap((t, i) => {
    const prev = g.toc[i - 1];
    if (!prev || prev.page === undefined || t.page === undefined || t.page < 10) return [];
    const lowered = Math.floor(t.page / 10);
    const at = text.slice(t.start, t.end).lastIndexOf(String(t.page));
    if (lowered >= prev.page || at < 0) return [];
    return [{ kind: '', family: '', start: t.start + at, end: t.start + at + String(t.page).length, text: String(lowered), lines: [line(t.start + at), line(prev.end)] }];
  }) },
  // A 大事记 listed under a month the body does not record (the next month, or the one before).
  'structure: 目录 大事记 month': { family: 'structure', sites: ({ g, text, line }) => {
    const months = new Set(g.documents.filter((d) => d.type === '大事记' && d.period).map((d) => d.period!.month));
    return g.toc.flatMap((t) => {
      const m = /大事记[（(](\d{4})年(\d{1,2})月[）)]/.exec(text.slice(t.title.start, t.title.end));
      if (!m || !months.has(Number(m[2]))) return [];
      const other = [Number(m[2]) + 1, Number(m[2]) - 1].find((k) => k >= 1 && k <= 12 && !months.has(k));
      if (!other) return [];
      const at = t.title.start + m.index + m[0].indexOf('年') + 1;
      return [{ kind: '', family: '', start: at, end: at + m[2].length, text: String(other), lines: [line(at)] }];
    });
  } },
  // A 大事记 records its month day by day: an entry's day typed later than the next entry's, or
  // a day the month does not have.
  'date: 大事记 day out of order': { family: 'date', sites: ({ g, line }) => chronicleDays(g).flatMap(({ last, days }) => days.flatMap((e, i) => {
    // Later than the next two entries' days, not later than the one after them: this one entry
    // is out of place (a day later than the next one alone could be either entry's slip).
    const [n1, n2, n3] = [days[i + 1], days[i + 2], days[i + 3]];
    if (!n1 || !n2 || e.span || e.day >= n1.day) return [];
    const day = n2.day + 1;
    if ((n3 && day > n3.day) || day > last) return [];
    return [{ kind: '', family: '', start: e.start, end: e.end, text: String(day), lines: [line(e.start)] }];
  })) },
  'date: 大事记 day not in the month': { family: 'date', sites: ({ g, line }) => chronicleDays(g).flatMap(({ last, days }) => days.filter((e) => !e.span && e.day >= 20).map((e) => (
    { kind: '', family: '', start: e.start, end: e.end, text: String(last + 1), lines: [line(e.start)] })).slice(-1)) },
  // The cover and the masthead print the issue's 期数 and 总期数 alike: the masthead's last number
  // changed (last issue's front matter half updated).
  'structure: masthead 总期数 changed': { family: 'structure', sites: ({ g, text, line }) => frontMentions(g, text, /总\s*第\s*\d{1,4}\s*(?:[-—]\s*)?(\d{1,4})\s*期/g).slice(1, 2).map((m) => (
    { kind: '', family: '', start: m.start, end: m.end, text: String(Number(m.digits) + 1), lines: [line(m.start)] })) },
  'structure: masthead 期数 changed': { family: 'structure', sites: ({ g, text, line }) => frontMentions(g, text, /(?<![总\d])第\s*(?:\d{1,3}\s*[-—]\s*)?(\d{1,3})\s*期/g).slice(1, 2).map((m) => (
    { kind: '', family: '', start: m.start, end: m.end, text: String(Number(m.digits) + 1), lines: [line(m.start)] })) },
  // A 大事记 of a month outside the issue (the nearest month of 31 days past the issue's last): its
  // 目录 entry now lists a month the body does not record, so the entry's line belongs too.
  'structure: 大事记 month outside the issue': { family: 'structure', sites: ({ g, text, line }) => {
    const months = g.documents.filter((d) => d.type === '大事记' && d.period).map((d) => d.period!.month);
    if (!months.length) return [];
    const other = [...Array(12).keys()].map((k) => k + 1).find((k) => k > Math.max(...months) && [1, 3, 5, 7, 8, 10, 12].includes(k));
    return g.documents.flatMap((d) => {
      if (d.type !== '大事记' || !d.period || !other) return [];
      const m = new RegExp(`${d.period.year}\\s*年\\s*(${d.period.month})\\s*月`).exec(text.slice(d.start, d.end));
      const entry = g.toc.find((t) => new RegExp(`大事记[（(]${d.period!.year}年${d.period!.month}月`).test(t.title.text));
      if (!m || !entry) return [];
      const at = d.start + m.index + m[0].indexOf(m[1], m[0].indexOf('年'));
      return [{ kind: '', family: '', start: at, end: at + m[1].length, text: String(other), lines: [line(at), line(entry.start)] }];
    });
  } },
  // A 目录 section heading typed for the other issuer (◎市政府文件 ⇄ ◎市政府办公室文件): reported
  // at the entries under it.
  'structure: 目录 section heading of the other issuer': { family: 'structure', sites: ({ g, text, line }) => {
    const out: Edit[] = [];
    const tocEnd = g.toc.length ? Math.max(...g.toc.map((t) => t.end)) : 0;
    for (const m of text.slice(0, tocEnd).matchAll(/◎\s*(市政府办公室文件|市政府文件)/g)) {
      const at = m.index! + m[0].indexOf(m[1]);
      const under = g.toc.filter((t) => t.start > at && t.section?.replace(/\s+/g, '') === m[1] && !text.slice(at, t.start).slice(m[0].length).includes('◎'));
      if (!under.length) continue;
      out.push({ kind: '', family: '', start: at, end: at + m[1].length, text: m[1] === '市政府文件' ? '市政府办公室文件' : '市政府文件', lines: [line(at), ...under.map((t) => line(t.title.start))] });
    }
    return out;
  } },
  // A 目录 row filled from the wrong document: the next listed document's title on this entry.
  'structure: 目录 title of another document': { family: 'structure', sites: ({ g, text, line }) => {
    const listed = tocListing(g);
    return listed.flatMap(({ toc }, i) => {
      const next = listed[i + 1]?.toc;
      const src = text.slice(toc.title.start, toc.title.end);
      if (!next || /\n/.test(src) || /\n/.test(text.slice(next.title.start, next.title.end))) return [];
      return [{ kind: '', family: '', start: toc.title.start, end: toc.title.end, text: text.slice(next.title.start, next.title.end), lines: [line(toc.title.start)] }];
    });
  } },
  // A 成文日期 moved past the issue's months (its month typed two later than the issue's last),
  // in an issue whose 大事记 show its 期数 are months (where doc-number/date-order also finds it, a
  // series' earlier number, it is not planted).
  'structure: 任免 title says 任命 over a body that also removes': { family: 'structure', sites: ({ g, line, text }) => g.documents.flatMap((d) => {
    if (d.type !== '任免' || !d.title) return [];
    const i = text.slice(d.title.start, d.title.end).indexOf('关于任免');
    if (i < 0 || !d.paragraphs.some((p) => p.start > d.title!.end && p.text.includes('免去'))) return [];
    const at = d.title.start + i + 2;
    return [{ kind: '', family: '', start: at, end: at + 2, text: '任命', lines: [line(d.title.start), ...tocLinesOf(g, d, line)] }];
  }) },
  'structure: 任免 title names a person the body does not': { family: 'structure', sites: ({ g, line, text }) => g.documents.flatMap((d) => {
    if (d.type !== '任免' || !d.title) return [];
    const m = /关于(?:任免|任命|免去)([\u4e00-\u9fa5]{2,4}?)(?:等|和|职务)/.exec(text.slice(d.title.start, d.title.end));
    if (!m) return [];
    const at = d.title.start + m.index + 4;
    const other = m[1][0] === '王' ? '李' : '王';
    const body = d.paragraphs.filter((p) => p.start > d.title!.end).map((p) => p.text).join('');
    if (body.includes(other + m[1].slice(1))) return [];
    // In an issue the 目录 entry now differs from the title too (structure/toc-title finds it there).
    return [{ kind: '', family: '', start: at, end: at + 1, text: other, lines: [line(d.title.start), ...tocLinesOf(g, d, line)] }];
  }) },
  'structure: 成文日期 after the issue': { family: 'structure', sites: ({ g, text, line }) => {
    const front = g.toc.length ? text.slice(0, Math.min(...g.toc.map((t) => t.start))) : '';
    const m = /(?<![总\d])第\s*(?:\d{1,3}\s*[-—]\s*)?(\d{1,3})\s*期/.exec(front);
    const last = m ? Number(m[1]) : 13;
    const chronicles = g.documents.filter((d) => d.type === '大事记' && d.period);
    if (last + 2 > 12 || !chronicles.some((d) => d.period!.month === last)) return [];
    return g.documents.flatMap((d) => {
      const dt = d.date;
      if (!dt?.iso || d.type === '大事记' || dt.month !== last || !/^\d+$/.test(dt.raw.month)) return [];
      // The last of its series in the issue: a later date there breaks no order doc-number/date-order reads.
      if (!d.number || g.documents.some((o) => o.number && o !== d && o.number.code === d.number!.code && o.number.year === d.number!.year && Number(o.number.seq) > Number(d.number!.seq))) return [];
      const at = text.indexOf(dt.raw.month + '月', dt.start + dt.raw.year.length);
      if (at < 0 || at > dt.end) return [];
      // A 施行日期 the later 成文日期 now passes (本办法自…起施行) is found by date/effective-order there.
      const effective = d.paragraphs.flatMap((p) => effectiveDatesIn(p).map((e) => line(e.node.start)));
      return [{ kind: '', family: '', start: at, end: at + dt.raw.month.length, text: String(last + 2), lines: [line(at), ...effective] }];
    });
  } },
  // ---- VALID edits: must add nothing.
  'valid: unit swapped for another real unit': { family: 'lead-unit', valid: true, sites: ({ g, model, line }) => {
    const out: Edit[] = [];
    const pool = unitsOf(model);
    for (const d of g.documents) for (const b of d.blocks) {
      const names = new Set(b.roles.flatMap((r) => r.units.map((u) => u.text)));
      for (const r of b.roles) for (const u of r.units) {
        if (!pool.some((x) => x.name === u.text) || u.end - u.start !== u.text.length) continue;
        const asOf = d.date?.iso ?? '9999';
        const other = pool.find((x) => !names.has(x.name) && x.name !== u.text && inUseOn(x, asOf));
        if (other) out.push({ kind: '', family: '', start: u.start, end: u.end, text: other.name, lines: [line(u.start)], valid: true });
      }
    }
    return out;
  } },
  'valid: 主送 recipient swapped for a real unit': { family: 'lead-unit', valid: true, sites: (ctx) => atLastRecipient(ctx, (asOf, index) => {
    const pool = unitsOf(ctx.model).filter((x) => inUseOn(x, asOf));
    return pool[index(pool)]?.name;
  }, true) },
  'valid: 主送 recipient swapped for a real unit with the city name': { family: 'lead-unit', valid: true, sites: (ctx) => atLastRecipient(ctx, cityUnitInUse(ctx.model), true) },
  'valid: 任免 item unit swapped for a real unit with the city name': { family: 'lead-unit', valid: true, sites: (ctx) => atAppointmentUnits(ctx, cityUnitInUse(ctx.model), true) },
  // Another city's bureau by its contracted abbreviation (德州市住建局): not the city's, not judged.
  'valid: contracted abbreviation after another city\'s name in running text': { family: 'lead-unit', valid: true, sites: (ctx) => atBareStandardNames(ctx, (alias) => `德州${alias}`, true) },
  'valid: former name after another city\'s name in running text': { family: 'lead-unit', valid: true, sites: (ctx) => atBareCurrentNames(ctx, (former) => `德州${former}`, true) },
  'valid: 牵头单位 block rewritten after its units (（A牵头，B配合）)': { family: 'lead-unit', valid: true, sites: (ctx) => inlineAssignmentEdits(ctx, 'none') },
  'valid: 部门 beside a 单位 role naming no department': { family: 'lead-unit', valid: true, sites: (ctx) => roleFamilyEdits(ctx, true) },
  'valid: unit named in running text swapped for a real unit': { family: 'lead-unit', valid: true, sites: (ctx) => atMentions(ctx, (asOf, u) => (inUseOn(u, asOf) ? u.name : undefined), true) },
  'valid: 成文日期 moved to the next number\'s': { family: 'doc-number', valid: true, sites: (ctx) => seriesDateEdits(ctx, true) },
  'valid: correct registry citation swapped in': { family: 'cross-ref', valid: true, sites: ({ g, model, line }) => {
    const out: Edit[] = [];
    for (const d of docsWith(g, (x) => !!x.date?.iso)) for (const c of d.citations) {
      if (!c.number || /废止/.test(d.paragraphs[c.paragraph]?.text ?? '')) continue;
      const ok = model.documents.find((r) => r.date && r.date < d.date!.iso! && r.number !== d.number?.canonical
        && !model.repeals.some((x) => x.target === r.number && x.date <= d.date!.iso!) && !r.number.includes('令'));
      if (ok) out.push({ kind: '', family: '', start: c.start, end: c.end, text: `《${ok.title}》（${ok.number}）`, lines: [line(c.start)], valid: true });
    }
    return out;
  } },
};

interface Key { ruleId: string; line: number; message: string }
function keys(text: string, model: Model): Key[] {
  const r = lint(text, { model });
  return r.diagnostics.map((d) => ({ ruleId: d.ruleId, line: r.source.positionAt(d.start).line, message: d.message }));
}

/**
 * Diagnostics of `after` not in `before`, by rule and line with multiplicity: a diagnostic that
 * was there already is not new, even when its wording changed with the edit.
 */
function added(before: Key[], after: Key[]): Key[] {
  const pool = new Map<string, number>();
  for (const k of before) pool.set(`${k.ruleId}|${k.line}`, (pool.get(`${k.ruleId}|${k.line}`) ?? 0) + 1);
  const out: Key[] = [];
  for (const k of after) {
    const id = `${k.ruleId}|${k.line}`;
    const n = pool.get(id) ?? 0;
    if (n > 0) pool.set(id, n - 1);
    else out.push(k);
  }
  return out;
}

function main() {
  const args = process.argv.slice(2);
  const perKind = Number(args[args.indexOf('--per-kind') + 1]) || 12;
  const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
  const verbose = args.includes('--verbose');
  // --holdout: judge each gazette with a model trained on the OTHER gazettes only, as the unseen
  // gazette is judged with ours: shows what does not generalise.
  const holdout = args.includes('--holdout');
  const files = args.filter((a, i) => !a.startsWith('--') && !['--per-kind', '--json'].includes(args[i - 1]));
  const inputs = files.length ? files : corpusFiles();
  if (!inputs.length) {
    console.error('eval: no gazettes (pass files, or keep ../shared/corpus beside the repository)');
    process.exit(2);
  }
  const texts = inputs.map((f) => ({ file: f, text: fs.readFileSync(f, 'utf8') }));
  const base = loadModel();
  const models = texts.map((t, i) => (holdout ? train(texts.filter((_, j) => j !== i).map((x) => ({ file: path.basename(x.file), text: x.text }))) : base));
  const baselines = texts.map((t, i) => keys(t.text, models[i]));
  // What the raw gazettes themselves get: real slips only, ideally (noise would show here).
  const rawCounts = new Map<string, number>();
  for (const b of baselines) for (const k of b) rawCounts.set(k.ruleId, (rawCounts.get(k.ruleId) ?? 0) + 1);

  type Row = { family: string; injected: number; found: number; newDiags: number; belonging: number; validEdits: number; validAdded: number };
  const rows = new Map<string, Row>();
  const row = (family: string) => rows.get(family) ?? rows.set(family, { family, injected: 0, found: 0, newDiags: 0, belonging: 0, validEdits: 0, validAdded: 0 }).get(family)!;
  const misses: string[] = [];
  const strays: string[] = [];

  for (const [kind, def] of Object.entries(KINDS)) {
    // Candidate sites across all gazettes, then a deterministic sample of perKind.
    const candidates: { t: number; e: Edit }[] = [];
    texts.forEach((t, ti) => {
      const model = models[ti];
      const g = lint(t.text, { model, only: [] }).gazette;
      const starts: number[] = [0];
      for (let i = 0; i < t.text.length; i++) if (t.text.charCodeAt(i) === 10) starts.push(i + 1);
      const line = (o: number) => {
        let lo = 0, hi = starts.length - 1;
        while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= o) lo = mid; else hi = mid - 1; }
        return lo;
      };
      for (const e of def.sites({ text: t.text, g, model, line })) {
        if (e.start < 0 || e.end < e.start) continue;
        const before = t.text.slice(e.start, e.end);
        if (before === e.text || /\n/.test(before + e.text)) continue;
        candidates.push({ t: ti, e: { ...e, kind, family: def.family, valid: def.valid } });
      }
    });
    const rand = rng(kind.length * 7919 + candidates.length);
    const chosen = candidates.map((c) => ({ c, r: rand() })).sort((a, b) => a.r - b.r).slice(0, perKind).map((x) => x.c);
    if (chosen.length < perKind) console.error(`note: ${kind}: only ${chosen.length} sites`);
    for (const { t, e } of chosen) {
      const src = texts[t].text;
      const copy = src.slice(0, e.start) + e.text + src.slice(e.end);
      if (lineOf(copy, copy.length) !== lineOf(src, src.length)) throw new Error(`${kind}: edit changed the line count`);
      const diff = added(baselines[t], keys(copy, models[t]));
      const r = row(def.family);
      const where = `${path.basename(texts[t].file)}:${e.lines[0] + 1} ${kind}: “${src.slice(e.start, e.end)}” → “${e.text}”`;
      if (e.valid) {
        r.validEdits++;
        r.validAdded += diff.length;
        for (const k of diff) strays.push(`${where}  VALID EDIT got ${k.ruleId} @${k.line + 1}: ${k.message}`);
        continue;
      }
      r.injected++;
      const belongs = (k: Key) => e.lines.includes(k.line);
      const fam = diff.filter((k) => k.ruleId.startsWith(def.family + '/'));
      if (fam.some(belongs)) r.found++;
      else misses.push(where + (diff.length ? `  (got: ${diff.map((k) => `${k.ruleId}@${k.line + 1}`).join(', ')})` : ''));
      // Precision counts every new diagnostic, in whichever family it falls.
      for (const k of diff) {
        const fr = row(k.ruleId.split('/')[0]);
        fr.newDiags++;
        if (belongs(k)) fr.belonging++;
        else strays.push(`${where}  stray ${k.ruleId} @${k.line + 1}: ${k.message}`);
      }
    }
  }

  const fmt = (n: number, d: number) => (d ? (n / d).toFixed(3) : '  -  ');
  console.log(`gazettes: ${inputs.map((f) => path.basename(f)).join(', ')}${holdout ? ' (each judged by a model trained on the others)' : ''}`);
  console.log(`diagnostics on the unmodified gazettes: ${[...rawCounts].sort().map(([id, n]) => `${id} ${n}`).join(', ') || 'none'}`);
  console.log('family       injected  found  recall  new-diags  precision  valid-edits  added-by-valid');
  let ok = true;
  for (const r of [...rows.values()].sort((a, b) => a.family.localeCompare(b.family))) {
    const recall = r.injected ? r.found / r.injected : 1;
    const precision = r.newDiags ? r.belonging / r.newDiags : 1;
    if (recall < 0.95 || precision < 0.95 || r.validAdded) ok = false;
    console.log(`${r.family.padEnd(12)} ${String(r.injected).padStart(8)} ${String(r.found).padStart(6)}  ${fmt(r.found, r.injected)}  ${String(r.newDiags).padStart(9)}  ${fmt(r.belonging, r.newDiags).padStart(9)}  ${String(r.validEdits).padStart(11)}  ${String(r.validAdded).padStart(14)}`);
  }
  if (verbose || misses.length + strays.length <= 40) {
    for (const m of misses) console.log(`  missed: ${m}`);
    for (const s of strays) console.log(`  ${s}`);
  } else {
    console.log(`  ${misses.length} missed, ${strays.length} stray diagnostics (--verbose lists them)`);
  }
  console.log(ok ? 'targets met: recall ≥ 0.95, precision ≥ 0.95, no diagnostics from valid edits' : 'targets NOT met');
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ rows: [...rows.values()], misses, strays }, null, 2));
}

main();

/** Definitions `X（以下简称“Y”）` of a plain abbreviation Y of three characters or more, with the name X before them. */
function abbreviationSites(g: Gazette): { d: GwDocument; pi: number; full: string; abbr: string }[] {
  const out: { d: GwDocument; pi: number; full: string; abbr: string }[] = [];
  for (const d of g.documents) d.paragraphs.forEach((p, pi) => {
    for (const m of p.text.matchAll(/(?:成立|设立|组建|建立|依托)?([\u4e00-\u9fa5]{4,30})（以下简称“([\u4e00-\u9fa5]{3,10})”）/g)) out.push({ d, pi, full: m[1], abbr: m[2] });
  });
  return out;
}

/** Each 大事记's entry days (the digits of 6日， at a paragraph's start) and its month's length. */
function chronicleDays(g: Gazette): { last: number; days: { day: number; span: boolean; start: number; end: number }[] }[] {
  return g.documents.filter((d) => d.type === '大事记' && d.period).map((d) => ({
    last: new Date(Date.UTC(d.period!.year, d.period!.month, 0)).getUTCDate(),
    days: d.paragraphs.flatMap((p) => {
      const m = /^(\d{1,2})(\s*[—-]\s*\d{1,2})?日，/.exec(p.text);
      if (!m || p.map[m[1].length] !== p.map[0] + m[1].length) return [];
      return [{ day: Number(m[1]), span: !!m[2], start: p.map[0], end: p.map[0] + m[1].length }];
    }),
  }));
}

/** Matches of `re` in an issue's front matter (before its first 目录 entry): the span of group 1. */
function frontMentions(g: Gazette, text: string, re: RegExp): { start: number; end: number; digits: string }[] {
  if (!g.isIssue || !g.toc.length) return [];
  const front = text.slice(0, Math.min(...g.toc.map((t) => t.start)));
  return [...front.matchAll(re)].map((m) => {
    const start = m.index! + m[0].lastIndexOf(m[1], m[0].length - 1);
    return { start, end: start + m[1].length, digits: m[1] };
  });
}
