// Deterministic model files and merging. The same corpus must give a byte-identical file, so every
// array is sorted by a fixed key, object keys are sorted, and each array element sits on one line
// (small diffs when the corpus grows).
import type { IssuingCode, Model, RegistryDoc, RepealStatement, UnitAlias, UnitEntry } from './types';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort(cmp)) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortDeep(x);
    }
    return out;
  }
  if (typeof v === 'number' && !Number.isFinite(v)) return 0;
  return v;
}

/** The object without its undefined fields (an absent field and an undefined one read the same). */
function compact<T extends object>(o: T): T {
  const out = {} as T;
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** Puts every list in its canonical order (also used before comparing models). */
export function canonicalModel(model: Model): Model {
  const m: Model = {
    ...model,
    codes: model.codes.map(compact), units: model.units.map(compact), aliases: model.aliases.map(compact),
    documents: model.documents.map(compact), repeals: model.repeals.map(compact),
  };
  const repealKey = (r: RepealStatement) => `${r.target}\u0000${r.by}\u0000${r.kind}\u0000${r.date}`;
  return {
    ...m,
    trainedOn: [...m.trainedOn].sort((a, b) => cmp(a.file, b.file) || cmp(a.sha256, b.sha256)),
    codes: [...m.codes].sort((a, b) => cmp(a.code, b.code)),
    units: [...m.units].map((u) => (u.successors ? { ...u, successors: [...u.successors].sort(cmp) } : u)).sort((a, b) => cmp(a.name, b.name)),
    aliases: [...m.aliases].sort((a, b) => cmp(a.alias, b.alias) || cmp(a.standard, b.standard)),
    documents: [...m.documents].sort((a, b) => cmp(a.number, b.number) || cmp(a.title, b.title)),
    repeals: [...m.repeals].sort((a, b) => cmp(repealKey(a), repealKey(b))),
  };
}

/** The model as JSON: sorted keys, sorted arrays (one element per line), trailing newline. */
export function serializeModel(model: Model): string {
  const m = sortDeep(canonicalModel(model)) as Record<string, unknown>;
  const lines: string[] = ['{'];
  const keys = Object.keys(m);
  keys.forEach((k, i) => {
    const v = m[k];
    const comma = i < keys.length - 1 ? ',' : '';
    if (Array.isArray(v)) {
      if (!v.length) lines.push(`  ${JSON.stringify(k)}: []${comma}`);
      else {
        lines.push(`  ${JSON.stringify(k)}: [`);
        v.forEach((x, j) => lines.push(`    ${JSON.stringify(x)}${j < v.length - 1 ? ',' : ''}`));
        lines.push(`  ]${comma}`);
      }
    } else {
      lines.push(`  ${JSON.stringify(k)}: ${JSON.stringify(v)}${comma}`);
    }
  });
  lines.push('}');
  return lines.join('\n') + '\n';
}

function mergeCodes(a: IssuingCode[], b: IssuingCode[]): IssuingCode[] {
  const out = new Map<string, IssuingCode>();
  for (const c of [...a, ...b]) {
    const had = out.get(c.code);
    if (!had) {
      out.set(c.code, { ...c, maxSeq: { ...c.maxSeq } });
      continue;
    }
    const maxSeq = { ...had.maxSeq };
    for (const [y, n] of Object.entries(c.maxSeq)) maxSeq[y] = Math.max(maxSeq[y] ?? 0, n);
    // The issuer seen more often wins; an issued series beats one only known from citations.
    const keep = (c.source === 'issued' && had.source !== 'issued') || (c.source === had.source && c.count > had.count) ? c : had;
    out.set(c.code, { ...keep, count: had.count + c.count, maxSeq, source: had.source === 'issued' || c.source === 'issued' ? 'issued' : keep.source });
  }
  return [...out.values()];
}

function minDate(a?: string, b?: string): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}
function maxDate(a?: string, b?: string): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

function mergeUnits(a: UnitEntry[], b: UnitEntry[]): UnitEntry[] {
  const out = new Map<string, UnitEntry>();
  for (const u of [...a, ...b]) {
    const had = out.get(u.name);
    if (!had) {
      out.set(u.name, { ...u });
      continue;
    }
    const successors = [...new Set([...(had.successors ?? []), ...(u.successors ?? [])])].sort(cmp);
    out.set(u.name, {
      name: u.name,
      full: had.full ?? u.full,
      count: had.count + u.count,
      firstSeen: minDate(had.firstSeen, u.firstSeen) ?? '',
      lastSeen: maxDate(had.lastSeen, u.lastSeen) ?? '',
      validFrom: minDate(had.validFrom, u.validFrom),
      validUntil: maxDate(had.validUntil, u.validUntil),
      successors: successors.length ? successors : undefined,
    });
  }
  for (const u of out.values()) {
    // A rename is only believed while no document uses the old name after it.
    if (u.validUntil && u.lastSeen && u.lastSeen >= u.validUntil) {
      delete u.validUntil;
      delete u.successors;
    }
    if (u.validFrom && u.firstSeen && u.firstSeen < u.validFrom) delete u.validFrom;
  }
  return [...out.values()];
}

/**
 * Merges two models (the default model and one trained from extra corpus folders). Counts add up,
 * date ranges widen, registry entries join (the one with more detail wins), and a name that one
 * model calls a slip but the other uses often stays a unit.
 */
export function mergeModels(a: Model, b: Model): Model {
  // The same texts trained twice (an extra folder that repeats the default corpus) add nothing.
  const shas = new Set(a.trainedOn.map((t) => t.sha256));
  if (b.trainedOn.length && b.trainedOn.every((t) => shas.has(t.sha256))) return canonicalModel(a);
  const trained = new Map<string, { file: string; sha256: string }>();
  for (const t of [...a.trainedOn, ...b.trainedOn]) trained.set(`${t.file}\u0000${t.sha256}`, t);
  let units = mergeUnits(a.units, b.units);
  const unitNames = new Map(units.map((u) => [u.name, u]));
  const aliases = new Map<string, UnitAlias>();
  for (const al of [...a.aliases, ...b.aliases]) {
    const u = unitNames.get(al.alias);
    if (u && u.count >= 3) continue; // used as a standard name often: not an alias
    if (!aliases.has(al.alias) || (aliases.get(al.alias)!.source === 'builtin' && al.source === 'corpus')) aliases.set(al.alias, al);
  }
  units = units.filter((u) => !aliases.has(u.name));
  const names = new Set(units.map((u) => u.name));
  const docs = new Map<string, RegistryDoc>();
  const detail = (d: RegistryDoc) => (d.date ? 2 : 0) + (d.source ? 1 : 0);
  for (const d of [...a.documents, ...b.documents]) {
    const had = docs.get(d.number);
    if (!had || detail(d) > detail(had)) docs.set(d.number, d);
  }
  const repeals = new Map<string, RepealStatement>();
  for (const r of [...a.repeals, ...b.repeals]) repeals.set(`${r.target}\u0000${r.by}\u0000${r.kind}`, r);
  const levelCounts: Record<string, number> = { ...a.numbering.levelCounts };
  for (const [k, n] of Object.entries(b.numbering.levelCounts)) levelCounts[k] = (levelCounts[k] ?? 0) + n;
  return canonicalModel({
    format: 'gongwen-model',
    version: 1,
    trainedOn: [...trained.values()],
    codes: mergeCodes(a.codes, b.codes),
    units,
    aliases: [...aliases.values()].filter((al) => names.has(al.standard)),
    documents: [...docs.values()],
    repeals: [...repeals.values()],
    numbering: {
      levelCounts,
      runOn: a.numbering.runOn + b.numbering.runOn,
      restart: a.numbering.restart + b.numbering.restart,
      skipToLevel3: a.numbering.skipToLevel3 + b.numbering.skipToLevel3,
    },
  });
}
