// Runs the rules over a parsed text: the one entry point shared by the CLI, the server and tests.
import type { Diagnostic, Fix, Gazette, GwDocument, Severity } from './types';
import type { Model } from './model/types';
import type { AsOfBasis, Rule, RuleContext } from './rules/types';
import { SourceText, type TextEdit } from './text/source';
import { commonPrefix, commonRun, commonSuffix } from './text/diff';
import { daysInMonth, isoDate } from './parse/dates';
import { documentPieces, isOffsetKey, parseGazette, reusedDocuments, unmovedDocument, type PreviousParse } from './parse/gazette';
import { allRules } from './rules';
import { applyDirectives, directivesOf, type SuppressedDiagnostic } from './directives';
import { keepMovedText } from './rules/fix-text';
import { pushAll } from './arrays';

export type RuleSetting = 'off' | 'warn' | 'error' | 'info';

export interface LintOptions {
  model: Model;
  /** ISO date to judge a document by when it has no 成文日期 (--date). Default: today. */
  date?: string;
  /** ISO date of today (tests pin it). */
  today?: string;
  /** Per-rule severity overrides from configuration. */
  rules?: Record<string, RuleSetting>;
  /** Rules that must not run (e.g. disabled after a crash by the language server). */
  skip?: Set<string>;
  /** Use these rules instead of the built-in set (tests of one rule). */
  only?: Rule[];
  /** Report directives that suppressed nothing, at this severity (ESLint's reportUnusedDisableDirectives). */
  reportUnusedDisableDirectives?: Severity;
  /** Adds the time spent parsing and in each rule (GONGWEN_TIMING=1 on the command line). */
  timing?: LintTiming;
}

/** Milliseconds spent, summed over the lints given the same object. */
export interface LintTiming {
  parse: number;
  rules: Map<string, number>;
}

export interface RuleFailure {
  ruleId: string;
  error: string;
}

export interface LintResult {
  source: SourceText;
  gazette: Gazette;
  diagnostics: Diagnostic[];
  /** Rules that threw: they are skipped for this text, the others still run. */
  failures: RuleFailure[];
  /** What inline directives suppressed (JSON's suppressedMessages). */
  suppressed?: SuppressedDiagnostic[];
}

export function todayIso(): string {
  const d = new Date();
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

function severityOf(rule: Rule, setting: RuleSetting | undefined): Severity | undefined {
  if (setting === 'off') return undefined;
  if (setting === 'warn') return 'warning';
  if (setting === 'error') return 'error';
  if (setting === 'info') return 'info';
  return rule.severity;
}

/** `family/*` for each rule: made once, not split and joined again for every lint. */
const familyKeys = new WeakMap<Rule, string>();

/** A rule's severity under a configuration's `rules` (read at every lint: it may have changed). */
function configuredSeverity(rule: Rule, settings: Record<string, RuleSetting> | undefined): Severity | undefined {
  if (!settings) return rule.severity;
  let family = familyKeys.get(rule);
  if (family === undefined) familyKeys.set(rule, (family = rule.id.split('/')[0] + '/*'));
  return severityOf(rule, settings[rule.id] ?? settings[family]);
}

export interface AsOf {
  date: string;
  basis: AsOfBasis;
}

/**
 * The date undated documents are judged by: --date when given; in an issue, the latest 成文日期
 * among its documents (not after today), since an issue prints documents already issued, and
 * judging its 大事记 or a document whose date line the extraction lost as of today would read
 * every later rename and repeal as that document's error; otherwise today.
 */
export function fallbackAsOf(gazette: Gazette, date: string | undefined, today: string): AsOf {
  if (date) return { date, basis: 'option' };
  if (gazette.isIssue) {
    let latest = '';
    for (const doc of gazette.documents) {
      // Of the document unmoved: the same date, and a document an edit only moved keeps its
      // date field unmoved (parse/gazette.ts movedDocument) for the rules that do not read it.
      const iso = unmovedDocument(doc).date?.iso;
      if (iso && iso > latest && iso <= today) latest = iso;
    }
    if (latest) return { date: latest, basis: 'issue' };
  }
  return { date: today, basis: 'today' };
}

/** The last day of a month, as an ISO date. */
function monthEnd(year: number, month: number, day = 31): string {
  const last = daysInMonth(year, month);
  return isoDate(year, month, Math.min(Math.max(1, day), last));
}

/**
 * The date a document is judged by: its 成文日期; when that is written wrongly but its year and
 * month can be read (2023年2月30日), the last real day of that month, so one wrong date does not
 * change how every unit and citation is judged; a 大事记's month (（2022年5月）), its last day;
 * otherwise the fallback (fallbackAsOf).
 */
export function asOfOf(doc: GwDocument, fallback: AsOf): AsOf {
  const d = doc.date;
  if (d?.iso) return { date: d.iso, basis: 'date' };
  if (d) {
    const year = d.year < 100 ? 2000 + d.year : d.year;
    if (year >= 1949 && year <= 2999 && d.month >= 1 && d.month <= 12) return { date: monthEnd(year, d.month, d.day || 1), basis: 'date' };
  }
  if (doc.period) return { date: monthEnd(doc.period.year, doc.period.month), basis: 'period' };
  return fallback;
}

export function lint(text: string, options: LintOptions): LintResult {
  return runLint(text, options);
}

/**
 * What a lint keeps for the next one (lintIncremental): each rule's reports per document, before
 * suppression, sorting and dedupe, so that the unchanged documents' reports can be reused.
 */
interface LintState {
  text: string;
  options: LintOptions;
  today: string;
  fallbackDate: string;
  /** Rule id → reports per document (document-scoped rules) or one list (gazette-scoped);
   * undefined for a run that was put off (runLint's `deferRules`): the next lint makes it. */
  reports: Map<string, (Diagnostic[] | undefined)[]>;
  /** runKey of the runs that read more of the gazette than the 目录 and cover: always re-run. */
  gazetteReaders: Set<number>;
  /** runKey → the other documents that run read: re-run when one of them changed. */
  documentReads: Map<number, Set<number>>;
  /** runKey → what that run read of every document (ctx.readDocuments): re-run when it changed. */
  valueReads: Map<number, ValueRead[]>;
  /** Indices of the rules with a run in gazetteReaders, documentReads or valueReads: the other
   * rules' runs depend on their own document alone. */
  readingRules: Set<number>;
  /**
   * What each run (by runKey) read of the source text: 'source' (ctx.source), or only its document's
   * own text ('own', ctx.ownText), kept on a document near an edit when the edit is not in that text;
   * a run not listed read none, and depends on no text but its document's parse (and what it read of
   * others), so an edit near its document but not in it keeps it.
   */
  textReads: Map<number, 'source' | 'own'>;
  /** Each rule's configured severity (by its index in the rule list): a lint from this one has the
   * same options (sameOptions), so the same severities, not looked up again per rule and keystroke. */
  severities: (Severity | undefined)[];
}

/** One ctx.readDocuments call of a run: what `read` gave for each document. */
interface ValueRead {
  read: (doc: GwDocument) => unknown;
  same: (a: unknown, b: unknown) => boolean;
  values: unknown[];
}

const states = new WeakMap<LintResult, LintState>();

/** Results lintIncremental made from a previous one (not the full lint it falls back to). */
const incremental = new WeakSet<LintResult>();

/** Whether lintIncremental made `result` from the previous result, rather than linting the text afresh. */
export function madeIncrementally(result: LintResult): boolean {
  return incremental.has(result);
}

/** Which documents' reports can be reused, and how to move them (see lintIncremental). */
interface Reuse {
  prev: LintState;
  /** reusable[d]: the new document d equals the previous document d, moved by the edit, and the
   * edit is not within CONTEXT_MARGIN of its text (a run that read the source is reused). */
  reusable: boolean[];
  /** Whether the new document d equals the previous one moved and the edit is not in its text,
   * however near (a run that did not read the source is reused): reusable[d], or compared once. */
  unchanged: (d: number) => boolean;
  /** The edit's old span [start, oldEnd). */
  start: number;
  oldEnd: number;
  /** The previous parse's documents. */
  previous: GwDocument[];
  shift: (o: number) => number;
  /** Documents after an edit that added or removed lines: messages naming a line are re-made. */
  linesMoved: boolean[];
  /** The new parse's documents (what a run's readDocuments is asked again of). */
  documents: GwDocument[];
  /** Lines were added or removed. */
  lineDelta: number;
  /** Whether `field` of every document is as before, moved by the edit, and the edit lies after
   * the 目录 (a gazette-scoped rule's Rule.reads): asked once per field and lint. */
  fieldSame: (field: keyof GwDocument) => boolean;
}

/**
 * What a rule's run is given (RuleContext): one object per lint, its fields set for each run
 * (`begin`), its methods shared. An object literal with two closures per run (~2,200 runs a lint of a
 * gazette) was ~0.5 MB of garbage a lint, and a RunContext per run still ~0.43 MB (2,856 runs of 16
 * fields). A rule's check is synchronous and keeps no ctx after it returns (its caches are keyed by
 * ctx.doc), so one object serves every run in turn.
 */
class RunContext implements RuleContext {
  /** Whether the run read ctx.source: a run that did not is a function of its document's parse
   * (and what else it read, tracked apart), so an edit near the document but not in it leaves it. */
  readSource = false;
  /** Whether the run read its document's own text (ctx.ownText). */
  readOwn = false;
  doc!: GwDocument;
  docIndex = 0;
  asOf = '';
  asOfBasis!: AsOfBasis;
  private runRule!: Rule;
  private runSeverity!: Severity;
  private runOut!: Diagnostic[];
  /** The run's key (runKey). */
  private runKey = 0;

  constructor(
    private readonly runSource: SourceText,
    readonly model: Model,
    readonly today: string,
    readonly mode: 'issue' | 'draft',
    readonly gazette: Gazette,
    private readonly runText: string,
    /** The lint's record of what each run read of every document. */
    private readonly runValueReads: Map<number, ValueRead[]>,
    private readonly runDocuments: GwDocument[],
  ) {}

  /** Makes this the context of one run: `rule` on `doc`, its reports into `out`. */
  begin(doc: GwDocument, docIndex: number, asOf: AsOf, rule: Rule, severity: Severity, out: Diagnostic[], key: number): this {
    this.readSource = false;
    this.readOwn = false;
    this.doc = doc;
    this.docIndex = docIndex;
    this.asOf = asOf.date;
    this.asOfBasis = asOf.basis;
    this.runRule = rule;
    this.runSeverity = severity;
    this.runOut = out;
    this.runKey = key;
    return this;
  }

  get source(): SourceText {
    this.readSource = true;
    return this.runSource;
  }

  ownText(): string {
    this.readOwn = true;
    return this.runSource.text.slice(this.doc.start, this.doc.end);
  }

  watching<T>(compute: () => T): { value: T; readSource: boolean; readOwn: boolean } {
    // The run's own flags, cleared for the compute and then set again to what either read: a
    // wrapper object per call (Object.create with accessors, 471 a lint of the largest gazette) was a
    // runtime call each, ~0.45 ms a warm lint. A compute is synchronous and nests (a memo asking
    // another), so the flags are saved on the stack.
    const source = this.readSource;
    const own = this.readOwn;
    this.readSource = false;
    this.readOwn = false;
    try {
      const value = compute();
      return { value, readSource: this.readSource, readOwn: this.readOwn };
    } finally {
      this.readSource ||= source;
      this.readOwn ||= own;
    }
  }

  readDocuments<T>(read: (d: GwDocument) => T, same: (a: T, b: T) => boolean): T[] {
    // The documents themselves, not through documentsSeen: the run depends on these values only.
    // Asked again by the same run (once per name it judges), the values it already read serve.
    let list = this.runValueReads.get(this.runKey);
    const had = list?.find((v) => v.read === read && v.same === same);
    if (had) return had.values as T[];
    const values = this.runDocuments.map(read);
    if (!list) this.runValueReads.set(this.runKey, (list = []));
    list.push({ read: read as ValueRead['read'], same: same as ValueRead['same'], values });
    return values;
  }

  report(d: Parameters<RuleContext['report']>[0]): void {
    const text = this.runText;
    const rule = this.runRule;
    const severity = this.runSeverity;
    const start = Math.max(0, Math.min(d.start, text.length));
    const end = Math.max(start, Math.min(d.end, text.length));
    this.runOut.push({
      ruleId: rule.id,
      severity: d.severity && severity !== 'info' && rule.severity === severity ? d.severity : severity,
      message: d.message, start, end,
      ...(d.fix ? { fix: keepMovedText(text, d.fix) } : {}),
      ...(d.suggestions ? { suggestions: d.suggestions.map((x) => ({ ...x, fix: keepMovedText(text, x.fix) })) } : {}),
    });
  }
}

/** For lintIncremental: the previous result and the edit that made `text` from its text. */
interface Previous {
  result: LintResult;
  edit: TextEdit;
}

/**
 * Lints `text`: parses it (from `previous`'s parse when given) and runs the rules, reusing the
 * reports `plan` says are unchanged. With `deferRules`, the runs that cannot be reused are put off
 * instead (and the result has no diagnostics): a step between two edits that lintIncremental lints
 * one after the other, whose next lint makes those runs.
 */
function runLint(
  text: string, options: LintOptions,
  plan?: (source: SourceText, gazette: Gazette, today: string, fallbackDate: string) => Reuse | undefined,
  previous?: Previous, deferRules = false,
): LintResult {
  const source = previous ? SourceText.afterEdit(previous.result.source, text, previous.edit) : new SourceText(text);
  const prevParse: PreviousParse | undefined = previous && { gazette: previous.result.gazette, edit: previous.edit };
  const timing = options.timing;
  const t0 = timing ? performance.now() : 0;
  const gazette = parseGazette(source, options.model, prevParse);
  if (timing) timing.parse += performance.now() - t0;
  const today = options.today ?? todayIso();
  const fallback = fallbackAsOf(gazette, options.date, today);
  // One string, so that lintIncremental re-runs every rule when undated documents' date changes.
  const fallbackDate = `${fallback.date} ${fallback.basis}`;
  const reuse = plan?.(source, gazette, today, fallbackDate);
  const diagnostics: Diagnostic[] = [];
  const failures: RuleFailure[] = [];
  const failed = new Set<string>();
  const mode = gazette.extracted ? 'issue' : 'draft';
  const rules = options.only ?? allRules;
  const reports = new Map<string, (Diagnostic[] | undefined)[]>();
  const gazetteReaders = new Set<number>();
  const documentReads = new Map<number, Set<number>>();
  const valueReads = new Map<number, ValueRead[]>();
  // The previous lint's, for the runs reused; each run made again sets or clears its own.
  const textReads = new Map<number, 'source' | 'own'>(reuse?.prev.textReads);
  /** A reused run's records of what it read (the same, as reusable found): those of the previous lint serve. */
  const keepReads = (reuse: Reuse, key: number) => {
    const reads = reuse.prev.documentReads.get(key);
    if (reads) documentReads.set(key, reads);
    const values = reuse.prev.valueReads.get(key);
    if (values) valueReads.set(key, values);
  };
  // Which run reads which part of the gazette: the 目录, the cover and the number of documents are
  // compared by lintIncremental; a run that reads another document depends on that document.
  let current = 0;
  let currentIndex = '';
  const documentsSeen = new Proxy(gazette.documents, {
    get(target, prop, receiver) {
      // An element (its index, as a string: only indices start with a digit); asked per element read.
      if (typeof prop === 'string' && prop.charCodeAt(0) <= 57 && prop.charCodeAt(0) >= 48 && prop !== currentIndex) {
        let set = documentReads.get(current);
        if (!set) documentReads.set(current, set = new Set());
        set.add(Number(prop));
      }
      return Reflect.get(target, prop, receiver);
    },
  });
  const gazetteSeen = new Proxy(gazette, {
    get(target, prop, receiver) {
      if (prop === 'documents') return documentsSeen;
      if (prop !== 'toc' && prop !== 'cover' && prop !== 'isIssue' && prop !== 'extracted') gazetteReaders.add(current);
      return Reflect.get(target, prop, receiver);
    },
  });

  // Each document's date, worked out once rather than once per rule.
  const asOfs: AsOf[] = [];
  const context = new RunContext(source, options.model, today, mode, gazetteSeen, text, valueReads, gazette.documents);
  const run = (rule: Rule, doc: GwDocument, k: number, severity: Severity, out: Diagnostic[]) => {
    current = runKey(ri, k);
    currentIndex = String(k);
    const asOf = (asOfs[k] ??= asOfOf(doc, fallback));
    const ctx = context.begin(doc, k, asOf, rule, severity, out, current);
    try {
      if (timing) {
        const t = performance.now();
        rule.check(ctx);
        timing.rules.set(rule.id, (timing.rules.get(rule.id) ?? 0) + performance.now() - t);
      } else {
        rule.check(ctx);
      }
      if (ctx.readSource) textReads.set(current, 'source');
      else if (ctx.readOwn) textReads.set(current, 'own');
      else textReads.delete(current);
    } catch (e) {
      failed.add(rule.id);
      failures.push({ ruleId: rule.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  };

  const docs = gazette.documents.length ? gazette.documents : [];
  const severities = reuse ? reuse.prev.severities : rules.map((rule) => configuredSeverity(rule, options.rules));
  let ri = -1;
  for (const rule of rules) {
    ri++;
    if (options.skip?.has(rule.id)) continue;
    const severity = severities[ri];
    if (!severity) continue;
    if (rule.scope === 'gazette') {
      // Put off, it is run once, by the next lint.
      if (deferRules) continue;
      // Reused when the fields it reads of the documents (Rule.reads) and what it read through
      // ctx.readDocuments are the same; after added or removed lines only when it reported nothing.
      const key = runKey(ri, 0);
      const old = rule.reads && reuse?.prev.reports.get(rule.id)?.[0];
      const moved = old && !(reuse!.lineDelta && old.length) && gazetteRunReusable(reuse!, key, rule.reads!)
        ? (old.length ? old.map((d) => shiftDiagnostic(d, reuse!.shift)) : old) : undefined;
      if (moved && moved.every(validDiagnostic)) {
        keepReads(reuse!, key);
        reports.set(rule.id, [moved]);
        pushAll(diagnostics, moved);
        continue;
      }
      const out: Diagnostic[] = [];
      if (docs.length) run(rule, docs[0], 0, severity, out);
      reports.set(rule.id, [out]);
      pushAll(diagnostics, out);
    } else {
      const per: (Diagnostic[] | undefined)[] = [];
      const before = reuse?.prev.reports.get(rule.id);
      // No run of the rule read anything but its own document: a run on a document the edit did
      // not change that reported nothing is reused as it is (what the checks below find for it).
      const ownOnly = before && !reuse!.prev.readingRules.has(ri);
      for (let k = 0; k < docs.length; k++) {
        if (failed.size && failed.has(rule.id)) break;
        const old = before?.[k];
        if (ownOnly && old && !old.length && (reuse!.reusable[k] || (readsNoSourceNear(reuse!, runKey(ri, k), k) && reuse!.unchanged(k)))) {
          per.push(old);
          continue;
        }
        // Reused: the same document, the same surroundings, a run that read no other document
        // (so it takes the same path again); after added or removed lines only when it reported
        // nothing (a message may name a line).
        const key = runKey(ri, k);
        const moved = old && reusable(reuse!, key, k, old) && !(reuse!.linesMoved[k] && old.length)
          ? (old.length ? old.map((d) => shiftDiagnostic(d, reuse!.shift)) : old) : undefined;
        if (moved && moved.every(validDiagnostic)) {
          keepReads(reuse!, key);
          per.push(moved);
        } else if (deferRules) {
          per.push(undefined);
        } else {
          const out: Diagnostic[] = [];
          run(rule, docs[k], k, severity, out);
          per.push(out);
        }
      }
      // The previous list when every run's reports are the previous ones: kept from lint to lint
      // rather than a copy per rule and keystroke.
      reports.set(rule.id, before && before.length === per.length && per.every((out, k) => out === before[k]) ? before : per);
      if (!deferRules) for (const out of per) if (out!.length) pushAll(diagnostics, out!);
    }
  }

  const directives = deferRules ? [] : directivesOf(source);
  const { kept, suppressed } = applyDirectives(diagnostics.filter((d) => !failed.has(d.ruleId)), source, directives, {
    knownRuleIds: options.only ? [...allRuleIds(), ...options.only.map((r) => r.id)] : allRuleIds(),
    reportUnused: options.reportUnusedDisableDirectives,
  });
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  const result: LintResult = { source, gazette, diagnostics: dedupe(kept), failures, ...(suppressed.length ? { suppressed: dedupe(suppressed) as SuppressedDiagnostic[] } : {}) };
  if (previous) incremental.add(result);
  if (!failures.length) {
    // The options as they were: a caller may change its skip set or rules object afterwards.
    const snapshot = { ...options, skip: new Set(options.skip ?? []), rules: { ...(options.rules ?? {}) } };
    const readingRules = new Set<number>();
    for (const key of gazetteReaders) readingRules.add(Math.floor(key / RUN_KEY_RULE));
    for (const key of documentReads.keys()) readingRules.add(Math.floor(key / RUN_KEY_RULE));
    for (const key of valueReads.keys()) readingRules.add(Math.floor(key / RUN_KEY_RULE));
    states.set(result, { text, options: snapshot, today, fallbackDate, reports, gazetteReaders, documentReads, valueReads, readingRules, textReads, severities });
  }
  return result;
}

let ruleIds: string[] | undefined;
/** Every built-in rule's id: the names a directive may use. */
function allRuleIds(): string[] {
  return (ruleIds ??= allRules.map((r) => r.id));
}

/** One rule's run on one document: the rule's index in the rule list and the document's. */
function runKey(ruleIndex: number, doc: number): number {
  return ruleIndex * RUN_KEY_RULE + doc;
}
const RUN_KEY_RULE = 1_000_000;

function reusable(reuse: Reuse, run: number, k: number, old: Diagnostic[]): boolean {
  if (reuse.prev.gazetteReaders.has(run)) return false;
  const reads = reuse.prev.documentReads.get(run);
  if (reuse.prev.textReads.get(run) === 'source') {
    if (!reuse.reusable[k]) return false;
    if (reads) for (const j of reads) if (!reuse.reusable[j]) return false;
  } else {
    // A function of the documents it read (and of the source text its fixes span, report's
    // keepMovedText; and of its document's own text, when it read it): the same when they are,
    // and its reports lie clear of the edit.
    if (!readsNoSourceNear(reuse, run, k) || !reuse.unchanged(k)) return false;
    if (reads) for (const j of reads) if (!reuse.unchanged(j)) return false;
    if (!reuse.reusable[k] && !old.every((d) => clearOfEdit(d, reuse.start, reuse.oldEnd))) return false;
  }
  return sameValuesRead(reuse, run);
}

/**
 * Whether a run that did not read ctx.source read no source text the edit changed: none, or only
 * its document's own text (ctx.ownText), which the edit is not in (or it is not near the edit).
 */
function readsNoSourceNear(reuse: Reuse, run: number, k: number): boolean {
  const read = reuse.prev.textReads.get(run);
  if (read === 'source') return false;
  if (reuse.reusable[k] || read !== 'own') return true;
  const old = reuse.previous[k];
  return old.end <= reuse.start || reuse.oldEnd <= old.start;
}

/** Whether a report's span and its fixes' ranges end before the edit or start after it. */
function clearOfEdit(d: Diagnostic, start: number, oldEnd: number): boolean {
  const clear = (a: number, b: number) => b <= start || a >= oldEnd;
  return clear(d.start, d.end) && (!d.fix || clear(d.fix.range[0], d.fix.range[1]))
    && (d.suggestions ?? []).every((x) => clear(x.fix.range[0], x.fix.range[1]));
}

/** A gazette-scoped run that read only `fields` of the documents (Rule.reads), the 目录 and the cover. */
function gazetteRunReusable(reuse: Reuse, run: number, fields: readonly (keyof GwDocument)[]): boolean {
  if (reuse.prev.gazetteReaders.has(run)) return false;
  for (const f of fields) if (!reuse.fieldSame(f)) return false;
  return sameValuesRead(reuse, run);
}

/** What a run read of every document (ctx.readDocuments) is the same. */
function sameValuesRead(reuse: Reuse, run: number): boolean {
  // What it read of every document: asked again only of the documents the edit changed.
  const values = reuse.prev.valueReads.get(run);
  if (values) {
    for (const v of values) {
      if (v.values.length !== reuse.documents.length) return false;
      for (let j = 0; j < v.values.length; j++) if (!reuse.reusable[j] && !v.same(v.values[j], v.read(reuse.documents[j]))) return false;
    }
  }
  return true;
}

/** A moved report whose offsets all lay outside the edit (shift gives NaN inside it). */
function validDiagnostic(d: Diagnostic): boolean {
  const ok = (f?: Fix) => !f || (!Number.isNaN(f.range[0]) && !Number.isNaN(f.range[1]));
  return !Number.isNaN(d.start) && !Number.isNaN(d.end) && ok(d.fix) && (d.suggestions ?? []).every((x) => ok(x.fix));
}

function shiftDiagnostic(d: Diagnostic, shift: (o: number) => number): Diagnostic {
  const moved = (f: Fix): Fix => ({ range: [shift(f.range[0]), shift(f.range[1])], text: f.text });
  return {
    ...d,
    start: shift(d.start),
    end: shift(d.end),
    ...(d.fix ? { fix: moved(d.fix) } : {}),
    ...(d.suggestions ? { suggestions: d.suggestions.map((s) => ({ ...s, fix: moved(s.fix) })) } : {}),
  };
}

/**
 * Source characters either side of a document that rules may read (a block's preceding line, the
 * lines after the main recipient, a half-width island's neighbours): an edit this close re-checks it.
 */
export const CONTEXT_MARGIN = 1000;

/**
 * Lints `text`, an edit of the text `prev` was made from, with exactly the result `lint(text,
 * options)` gives: the text is parsed again, and a document-scoped rule is re-run only on documents
 * that changed (their parse differs once moved by the edit, or the edit is within CONTEXT_MARGIN
 * of them); other documents keep their previous reports, moved by the edit. Gazette-scoped rules
 * and rules that read other documents (ctx.gazette) always run. Any change that could affect every
 * document (options, today, the number of documents, the 目录, the cover, draft/issue, a rule
 * that threw) makes it a full lint.
 */
export function lintIncremental(prev: LintResult, text: string, options: LintOptions): LintResult {
  return lintAfterEdit(prev, text, options, false);
}

/** lintIncremental; with `deferRules`, a step whose rule runs the next lint makes (see runLint). */
function lintAfterEdit(prev: LintResult, text: string, options: LintOptions, deferRules: boolean): LintResult {
  const state = states.get(prev);
  if (!state || !sameOptions(state.options, options)) return runLint(text, options, undefined, undefined, deferRules);
  const a = state.text;
  // The same text on the same day (a file linted again unchanged, an undo and a redo): the same
  // result. A copy, so that the result says it was made from the previous one.
  if (text === a && (options.today ?? todayIso()) === state.today) {
    const same: LintResult = { ...prev, diagnostics: prev.diagnostics.slice(), failures: [] };
    states.set(same, state);
    incremental.add(same);
    return same;
  }
  // The edit: the common prefix and suffix of the two texts bound it.
  const p = commonPrefix(a, text);
  const s = commonSuffix(a, text, Math.min(a.length, text.length) - p);
  const edit: TextEdit = { start: p, oldEnd: a.length - s, newEnd: text.length - s };
  // Changes at places far apart (a file linted again after edits in two places, a replace-all)
  // are parsed one after another: as one edit, everything between them would be parsed and
  // checked again. The rules run once, after the last: the step between only says which of their
  // runs the first change touched, as every rule run again there would run again after the next.
  const first = firstOfSeparateEdits(a, text, edit);
  if (first) {
    const between = text.slice(0, first.newEnd) + a.slice(first.oldEnd);
    return lintAfterEdit(lintAfterEdit(prev, between, options, true), text, options, deferRules);
  }
  return runLint(text, options, (source, gazette, today, fallbackDate) => {
    if (today !== state.today || fallbackDate !== state.fallbackDate) return undefined;
    const old = prev.gazette;
    if (old.isIssue !== gazette.isIssue || !old.extracted !== !gazette.extracted || old.documents.length !== gazette.documents.length) return undefined;
    const oldEnd = edit.oldEnd;
    const delta = text.length - a.length;
    const lineDelta = source.lineCount - prev.source.lineCount;
    const firstLine = prev.source.positionAt(p).line;
    const lastLine = prev.source.positionAt(oldEnd).line;
    const eq = new ShiftedEquality(p, oldEnd, delta, firstLine, lastLine, lineDelta);
    const shift = (o: number) => eq.shift(o);
    if (!eq.same(old.toc, gazette.toc) || !eq.same(old.cover, gazette.cover)) return undefined;
    // The parser says which documents it took over from the previous parse, moved by the edit
    // (their input lines were the same): those equal the previous ones without comparing them;
    // the few it parsed again are compared.
    const reused = reusedDocuments(gazette);
    const reusable: boolean[] = [];
    const linesMoved: boolean[] = [];
    // Near the edit but not in its text: compared when a run that did not read the source asks.
    const nearOnly: boolean[] = [];
    const unchangedDocs: (boolean | undefined)[] = [];
    for (let k = 0; k < gazette.documents.length; k++) {
      const before = old.documents[k];
      // From the parser's record of the document's lines: reading a moved document's paragraphs
      // would make the copies the parser put off. Near its own text or a page continuation moved
      // into it, not merely between them (a continuation from pages before the edit).
      const pieces = documentPieces(old, k);
      if (!pieces) return undefined; // a parse without the parser's record: a full lint
      let to = -1;
      let near = false;
      let inside = false;
      for (const sp of pieces) {
        if (sp.end > to) to = sp.end;
        if (sp.start - CONTEXT_MARGIN <= oldEnd && p <= sp.end + CONTEXT_MARGIN) near = true;
        if (sp.start <= oldEnd && p <= sp.end) inside = true;
      }
      near &&= a !== text;
      reusable.push(!near && (reused?.[k] || eq.same(before, gazette.documents[k])));
      nearOnly.push(near && !inside);
      linesMoved.push(lineDelta !== 0 && to > p);
    }
    // The fields gazette-scoped rules read (Rule.reads), compared in the documents the edit changed;
    // their reads of the text lie before the 目录's end, so the edit must lie after it.
    const afterToc = old.toc.every((t) => t.end <= p);
    const fields = new Map<keyof GwDocument, boolean>();
    const fieldSame = (f: keyof GwDocument): boolean => {
      let same = fields.get(f);
      if (same === undefined) {
        same = afterToc;
        for (let k = 0; same && k < reusable.length; k++) if (!reusable[k]) same = eq.same(old.documents[k][f], gazette.documents[k][f], f);
        fields.set(f, same);
      }
      return same;
    };
    const unchanged = (k: number): boolean => {
      if (reusable[k]) return true;
      if (!nearOnly[k]) return false;
      return (unchangedDocs[k] ??= !!reused?.[k] || eq.same(old.documents[k], gazette.documents[k]));
    };
    return { prev: state, reusable, unchanged, start: p, oldEnd, previous: old.documents, shift, linesMoved, documents: gazette.documents, lineDelta, fieldSame };
  }, { result: prev, edit }, deferRules);
}

/** An edit spanning less than this is linted as one: two incremental lints cost more than it. */
const SPLIT_MIN = 16_384;
/** The longest change at the edit's start looked for: a word or a line typed or deleted. */
const SPLIT_SPAN = 64;
/** The unchanged run that must follow that change to split the edit there. */
const SPLIT_RUN = 4_096;

/**
 * The first of several changes `edit` spans, when it spans text that did not change: a short change
 * at its start (old [start, start + i) made new [start, start + j)), followed by at least SPLIT_RUN
 * unchanged characters. The (i, j) followed by the longest unchanged run wins, then the shortest.
 */
function firstOfSeparateEdits(a: string, b: string, edit: TextEdit): TextEdit | undefined {
  const { start, oldEnd, newEnd } = edit;
  if (oldEnd - start < SPLIT_MIN && newEnd - start < SPLIT_MIN) return undefined;
  let best: TextEdit | undefined;
  let bestRun = SPLIT_RUN - 1;
  for (let i = 0; i <= SPLIT_SPAN && start + i < oldEnd; i++) {
    for (let j = 0; j <= SPLIT_SPAN && start + j < newEnd; j++) {
      if (i === 0 && j === 0) continue;
      // A cheap look first: most (i, j) differ at once.
      if (a.charCodeAt(start + i) !== b.charCodeAt(start + j) || a.slice(start + i, start + i + 32) !== b.slice(start + j, start + j + 32)) continue;
      const most = Math.min(oldEnd - start - i, newEnd - start - j);
      const run = commonRun(a, start + i, b, start + j, most);
      if (run > bestRun) {
        bestRun = run;
        best = { start, oldEnd: start + i, newEnd: start + j };
        // Unchanged up to the edit's end: no other split can do better (a repetitive text passes
        // the cheap look for many (i, j)).
        if (run === most) return best;
      }
    }
  }
  return best;
}

function sameOptions(a: LintOptions, b: LintOptions): boolean {
  return a.model === b.model && a.date === b.date && a.today === b.today && a.only === b.only
    && a.reportUnusedDisableDirectives === b.reportUnusedDisableDirectives
    && JSON.stringify(a.rules ?? {}) === JSON.stringify(b.rules ?? {})
    && [...(a.skip ?? [])].sort().join('\u0000') === [...(b.skip ?? [])].sort().join('\u0000');
}

/**
 * Deep equality of a previous parse node, moved by the edit, and a new one: `start`, `end`,
 * `map` and `range` hold source offsets, `line` a line number; every other value must be equal.
 * The edit replaced old offsets [p, oldEnd) (lines firstLine..lastLine); later offsets move by
 * delta, later lines by lineDelta. Hot (every paragraph's offset map): plain loops, no closures.
 */
class ShiftedEquality {
  constructor(private readonly p: number, private readonly oldEnd: number, private readonly delta: number,
    private readonly firstLine: number, private readonly lastLine: number, private readonly lineDelta: number) {}

  /** Where an old offset is after the edit; NaN inside the edit (it equals nothing). */
  shift(o: number): number {
    return o <= this.p ? o : o >= this.oldEnd ? o + this.delta : NaN;
  }

  same(a: unknown, b: unknown, key = ''): boolean {
    if (typeof a === 'number') {
      if (typeof b !== 'number') return false;
      if (isOffsetKey(key)) return this.shift(a) === b;
      if (key === 'line') return a < this.firstLine ? a === b : a > this.lastLine && a + this.lineDelta === b;
      return a === b || (Number.isNaN(a) && Number.isNaN(b));
    }
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) return false;
      if (key === 'map') {
        for (let i = 0; i < a.length; i++) if (this.shift(a[i] as number) !== b[i]) return false;
        return true;
      }
      for (let i = 0; i < a.length; i++) if (!this.same(a[i], b[i], key)) return false;
      return true;
    }
    if (Array.isArray(b)) return false;
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    let n = 0;
    for (const k in ra) {
      n++;
      if (!(k in rb) || !this.same(ra[k], rb[k], k)) return false;
    }
    for (const k in rb) if (--n < 0 || !(k in ra)) return false;
    return true;
  }
}

/** The same rule reporting the same span twice (e.g. from a 目录 and a body pass) is one diagnostic. */
function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.ruleId}\u0000${d.start}\u0000${d.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
