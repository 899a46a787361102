import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONTEXT_MARGIN, lint, lintIncremental, madeIncrementally, type LintOptions } from './lint';
import { emptyModel } from './model/load';
import { defaultModel } from './rules/testing';
import type { Rule, RuleContext } from './rules/types';
import { bracket } from './rules/doc-number/bracket';
import { yearDate } from './rules/doc-number/year-date';
import { corpusFiles, repoRoot } from '../../test/fixtures/corpus';
import { documentPieces } from './parse/gazette';
import { allRules } from './rules';
import { tocNumber } from './rules/doc-number/toc-number';
import { duplicate } from './rules/doc-number/duplicate';
import { issueNumber } from './rules/structure/issue-number';
import { doubled } from './rules/punctuation/doubled';
import { doubledDe } from './rules/punctuation/doubled-de';
import { doubledWord } from './rules/punctuation/doubled-word';
import { ellipsisDash } from './rules/punctuation/ellipsis-dash';
import { nestedTitle } from './rules/punctuation/nested-title';
import { unitSeparator } from './rules/lead-unit/unit-separator';
import { openBlockEnd } from './rules/lead-unit/shared';
import { watchingSource } from './rules/memo';

/** A small deterministic generator, so that a failing edit can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 0x100000000;
  };
}

/** Characters an editor types into a 公文, including ones that make or break structure. */
const TYPED = ['的', '\n', '，', '（', '）', '(', '1', '0', '号', ' ', '〔', '〕', '。', '：', '；', '局', '发', '年', '月', '日', '附件', '一、', '页'];

/**
 * Applies `count` random single edits (insert, delete or replace one character, or type a short
 * piece) one after another, each linted incrementally from the previous result and in full.
 */
function compareEdits(text: string, count: number, seed: number, options: LintOptions, places = 1): number {
  const rnd = random(seed);
  let prev = lint(text, options);
  let reused = 0;
  for (let i = 0; i < count; i++) {
    const before = text;
    // With places > 1, as many edits between two lints (a file linted again after several edits).
    let at = 0;
    for (let e = 0; e < places; e++) {
      at = Math.floor(rnd() * (text.length + 1));
      const piece = TYPED[Math.floor(rnd() * TYPED.length)];
      const k = rnd();
      text = k < 0.45 ? text.slice(0, at) + piece + text.slice(at)
        : k < 0.75 ? text.slice(0, at) + text.slice(at + 1)
          : text.slice(0, at) + piece + text.slice(at + 1);
    }
    const inc = lintIncremental(prev, text, options);
    const full = lint(text, options);
    assert.deepStrictEqual(inc.diagnostics, full.diagnostics,
      `edit ${i} (seed ${seed}) at ${at}: ${JSON.stringify(before.slice(Math.max(0, at - 10), at + 10))} → ${JSON.stringify(text.slice(Math.max(0, at - 10), at + 10))}`);
    assert.deepStrictEqual(inc.failures, full.failures);
    if (inc.gazette.documents.length > 1) reused++;
    prev = inc;
  }
  return reused;
}

/**
 * Pieces of text the rules that read past their paragraph judge (a lone 一是 and the next paragraph,
 * an abbreviation defined and used or not, a block's units and 等, a roster line, a year in Chinese
 * numerals beside Arabic ones, a year-end deadline, a weekday, a repeal statement): typed whole.
 */
const PASTED = ['一是', '二是', '的', '的的', ' ', '　', '2026年3月1日', '二〇二六年三月一日', '2026年6月30日（星期三）', '到2025年底前完成改造。',
  '（以下简称“实施方案”）', '实施方案', '\n（牵头单位：市发展改革委；责任单位：市财政局、市住建局等）', '（责任单位：市商务投资促进局）',
  '\n成  员：钱志强  市发改委副主任\n', '市住建局负责日常工作。', '\n一、总体要求\n', '\n（一）工作目标\n', '附件二', '第七条第（1）项', '\n', '此件公开发布。'];

/**
 * As compareEdits, with the pieces above, a line deleted, a document of the text cited or repealed
 * by its number, or a date's digit changed; half of the edits within twice CONTEXT_MARGIN of a
 * document's edge (where the runs of a neighbouring document are reused or not).
 */
function compareSessionEdits(text: string, count: number, seed: number, options: LintOptions): void {
  const rnd = random(seed);
  const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
  let prev = lint(text, options);
  for (let i = 0; i < count; i++) {
    const edges: number[] = [];
    prev.gazette.documents.forEach((_, d) => { for (const sp of documentPieces(prev.gazette, d) ?? []) edges.push(sp.start, sp.end); });
    let at = edges.length && rnd() < 0.5 ? pick(edges) + Math.floor((rnd() - 0.5) * 4 * CONTEXT_MARGIN) : Math.floor(rnd() * (text.length + 1));
    at = Math.max(0, Math.min(text.length, at));
    const k = rnd();
    // Mostly numbers the text cites in a 《title》（number）: repealed by another document, they are
    // what cross-ref/repealed reads of the others (ctx.readDocuments).
    const cited = [...text.matchAll(/》（(聊[\u4e00-\u9fff]{1,4}〔20\d\d〕\d+号)）/g)].map((m) => [m[1]]);
    const numbers = cited.length && rnd() < 0.6 ? cited : [...text.matchAll(/聊[\u4e00-\u9fff]{1,4}〔20\d\d〕\d+号/g)];
    const dates = [...text.matchAll(/20\d\d年\d{1,2}月\d{1,2}日/g)];
    let what: string;
    if (k < 0.1) {
      const ls = text.lastIndexOf('\n', at - 1) + 1;
      const le = text.indexOf('\n', at);
      what = `line ${ls} deleted`;
      text = text.slice(0, ls) + (le < 0 ? '' : text.slice(le + 1));
    } else if (k < 0.25 && numbers.length) {
      const n = pick(numbers)[0];
      const piece = rnd() < 0.5 ? `《关于某事项的通知》（${n}）同时废止。` : `按照${n}文件要求，`;
      what = `${piece} at ${at}`;
      text = text.slice(0, at) + piece + text.slice(at);
    } else if (k < 0.3 && dates.length) {
      const d = pick(dates).index! + 3;
      what = `year's digit at ${d}`;
      text = text.slice(0, d) + String(Math.floor(rnd() * 10)) + text.slice(d + 1);
    } else if (k < 0.45) {
      what = `character at ${at} deleted`;
      text = text.slice(0, at) + text.slice(at + 1);
    } else {
      const piece = pick(PASTED);
      what = `${JSON.stringify(piece)} at ${at}`;
      text = text.slice(0, at) + piece + text.slice(at);
    }
    const inc = lintIncremental(prev, text, options);
    const full = lint(text, options);
    assert.deepStrictEqual(inc.diagnostics, full.diagnostics, `edit ${i} (seed ${seed}): ${what}`);
    assert.deepStrictEqual(inc.failures, full.failures);
    prev = inc;
  }
}

describe('lintIncremental: exactly the diagnostics of a full lint', function () {
  this.timeout(600_000);
  const options = { model: defaultModel(), today: '2026-01-01' };

  for (const [i, file] of corpusFiles().entries()) {
    it(`after 60 random edits, one after another, in ${path.basename(file)}`, () => {
      const reused = compareEdits(fs.readFileSync(file, 'utf8'), 60, 1000 + i, options);
      assert.ok(reused > 0, 'a gazette of many documents');
    });
  }

  for (const [i, file] of corpusFiles().entries()) {
    it(`after 20 rounds of three edits at random places in ${path.basename(file)}`, () => {
      compareEdits(fs.readFileSync(file, 'utf8'), 20, 2000 + i, options, 3);
    });
  }

  for (const [i, file] of corpusFiles().entries()) {
    it(`after 25 edits of the kinds this session's rules read, near documents' edges, in ${path.basename(file)}`, () => {
      compareSessionEdits(fs.readFileSync(file, 'utf8'), 25, 3000 + i, options);
    });
  }

  for (const [i, file] of corpusFiles().entries()) {
    it(`after 40 edits in ${path.basename(file)} with its 目录 and numbers made wrong (the issue's checks report)`, () => {
      const text = withIssueSlips(fs.readFileSync(file, 'utf8'));
      const gazetteRules = new Set(allRules.filter((r) => r.scope === 'gazette').map((r) => r.id));
      assert.ok(lint(text, options).diagnostics.filter((d) => gazetteRules.has(d.ruleId)).length >= 2, 'the issue\'s checks report');
      compareSessionEdits(text, 25, 4000 + i, options);
      compareEdits(text, 15, 5000 + i, options);
    });
  }

  for (const name of ['draft-notice-errors.txt', 'implementation-plan.gw']) {
    it(`after 50 random edits in the draft ${name}`, () => {
      compareEdits(fs.readFileSync(path.join(repoRoot, 'samples', name), 'utf8'), 50, 7, { ...options, date: '2024-06-01' });
    });
  }

  it('with rules set off and to other severities, and a skipped rule', () => {
    // A gazette when the training gazettes are at hand, else a sample draft (CI without them).
    const file = corpusFiles()[0] ?? path.join(repoRoot, 'samples', 'draft-notice-errors.txt');
    compareEdits(fs.readFileSync(file, 'utf8'), 20, 99, {
      ...options, rules: { 'lead-unit/*': 'error', 'doc-number/bracket': 'off', 'date/valid': 'info' }, skip: new Set(['numbering/sequence']),
    });
  });
});

/**
 * A gazette with slips the issue-wide rules report: a 目录 entry's number one higher than its
 * document's, and one document given the number of the one before it.
 */
function withIssueSlips(text: string): string {
  const g = lint(text, { model: defaultModel(), only: [], today: '2026-01-01' }).gazette;
  const entry = g.toc.find((t) => t.number && /^\d+$/.test(t.number.seq) && t.number.parts.seq.end > t.number.parts.seq.start);
  const numbered = g.documents.filter((d) => d.number);
  const edits: [number, number, string][] = [];
  if (entry) edits.push([entry.number!.parts.seq.start, entry.number!.parts.seq.end, String(Number(entry.number!.seq) + 1)]);
  if (numbered.length >= 2) {
    const [a, b] = numbered.slice(-2);
    edits.push([b.number!.start, b.number!.end, text.slice(a.number!.start, a.number!.end)]);
  }
  for (const [s, e, t] of edits.sort((x, y) => y[0] - x[0])) text = text.slice(0, s) + t + text.slice(e);
  return text;
}

// ---- What is reused ------------------------------------------------------------------------

const DOC = (n: number, body: string) => `聊政办发〔2024〕${n}号\n\n关于第${n}件事的通知\n\n各县（市、区）人民政府：\n    ${body}\n\n聊城市人民政府办公室\n2024年1月${n}日\n\n`;

/** A gazette issue: cover, 目录, three documents. */
function issue(bodies: string[]): string {
  const toc = bodies.map((_, i) => `聊政办发〔2024〕${i + 1}号 ${i + 1}`).join('\n');
  return `聊城市人民政府公报\n2024\n第1期\n\n目录\n\n${toc}\n\n` + bodies.map((b, i) => DOC(i + 1, b)).join('');
}

function probe(id: string, check: (ctx: RuleContext, calls: number[]) => void): { rule: Rule; calls: number[] } {
  const calls: number[] = [];
  const rule: Rule = {
    id, severity: 'warning', fixable: false, scope: 'document',
    docs: { description: { zh: '测试', en: 'test' }, why: 'test', bad: '', good: '' },
    check: (ctx) => {
      calls.push(ctx.doc.start);
      check(ctx, calls);
    },
  };
  return { rule, calls };
}

describe('lintIncremental: what is re-run', () => {
  // Longer than CONTEXT_MARGIN, so that an edit in one document is not near the others.
  const bodies = ['第一件事的正文。'.repeat(400), '第二件事的正文。'.repeat(400), '第三件事的正文。'.repeat(400)];
  const text = issue(bodies);
  // Reports the first 正 of each document, with its fix.
  const own = probe('structure/probe-own', (ctx) => {
    const at = ctx.source.text.indexOf('正', ctx.doc.start);
    ctx.report({ start: at, end: at + 1, message: '正', fix: { range: [at, at + 1], text: '政' } });
  });

  it('re-runs a rule only on the edited document and moves the other reports by the edit', () => {
    const options = { model: emptyModel(), only: [own.rule], today: '2026-01-01' };
    const prev = lint(text, options);
    assert.equal(prev.gazette.documents.length, 3);
    assert.ok(prev.gazette.documents.every((d) => d.end - d.start > 3 * CONTEXT_MARGIN));
    const second = prev.gazette.documents[1];
    const at = text.indexOf('第二件事的正文', (second.start + second.end) >> 1) + 3;
    const edited = text.slice(0, at) + '的的' + text.slice(at);
    own.calls.length = 0;
    const inc = lintIncremental(prev, edited, options);
    assert.deepEqual(own.calls, [second.start], 'only the second document is checked again');
    assert.deepStrictEqual(inc.diagnostics, lint(edited, options).diagnostics);
    // The third document's report moved by two characters, its fix too.
    const third = inc.diagnostics[2];
    assert.equal(third.start, prev.diagnostics[2].start + 2);
    assert.deepEqual(third.fix?.range, [third.start, third.start + 1]);
  });

  it('re-runs cross-ref/repealed on a document citing what another document now repeals, and after the statement is deleted', () => {
    // The issue's own repeals are read through ctx.readDocuments: the citing document (the third) is
    // far from the edit, unchanged and moved by it, but what it read of the first changed.
    const cite = '按照《聊城市人民政府办公室关于某事项的通知》（聊政办发〔2023〕9号）要求，';
    const plain = issue([bodies[0] + '本通知自印发之日起施行。', bodies[1], cite + bodies[2]]);
    const options = { model: defaultModel(), today: '2026-01-01' };
    const repealed = (ds: { ruleId: string }[]) => ds.filter((d) => d.ruleId === 'cross-ref/repealed');
    const prev = lint(plain, options);
    assert.deepEqual(repealed(prev.diagnostics), []);
    const at = plain.indexOf('本通知自印发之日起施行') + '本通知自印发之日起施行'.length;
    const statement = '，《聊城市人民政府办公室关于某事项的通知》（聊政办发〔2023〕9号）同时废止';
    const withRepeal = plain.slice(0, at) + statement + plain.slice(at);
    const inc = lintIncremental(prev, withRepeal, options);
    assert.ok(madeIncrementally(inc));
    assert.equal(repealed(inc.diagnostics).length, 1, 'the third document cites a number the first repealed before its date');
    assert.deepStrictEqual(inc.diagnostics, lint(withRepeal, options).diagnostics);
    const back = lintIncremental(inc, plain, options);
    assert.deepStrictEqual(back.diagnostics, prev.diagnostics);
  });

  it('lints changes at places far apart one after another, not the text between them again', () => {
    const long = issue(bodies.map((b) => b.repeat(3)));
    const options = { model: emptyModel(), only: [own.rule], today: '2026-01-01' };
    const prev = lint(long, options);
    const [first, second, third] = prev.gazette.documents;
    const at1 = long.indexOf('第一件事的正文', (first.start + first.end) >> 1) + 3;
    const at3 = long.indexOf('第三件事的正文', (third.start + third.end) >> 1) + 3;
    assert.ok(at3 - at1 > 16_384);
    // A character deleted in the first document, two typed into the third.
    const edited = long.slice(0, at1) + long.slice(at1 + 1, at3) + '的的' + long.slice(at3);
    own.calls.length = 0;
    const inc = lintIncremental(prev, edited, options);
    // The first document checked after the deletion, the third (moved by it) after the typing.
    assert.deepEqual(own.calls, [first.start, third.start - 1], 'the second document is not checked again');
    assert.ok(second.start > first.start && second.end < third.start);
    assert.ok(madeIncrementally(inc));
    assert.deepStrictEqual(inc.diagnostics, lint(edited, options).diagnostics);
  });

  it('gives the previous result for the same text on the same day, running no rule', () => {
    const whole = probe('structure/probe-whole', () => undefined);
    whole.rule.scope = 'gazette';
    const options = { model: emptyModel(), only: [own.rule, whole.rule], today: '2026-01-01' };
    const prev = lint(text, options);
    own.calls.length = 0;
    whole.calls.length = 0;
    const again = lintIncremental(prev, text.slice(0, 10) + text.slice(10), options);
    assert.deepEqual([...own.calls, ...whole.calls], []);
    assert.ok(madeIncrementally(again));
    assert.deepStrictEqual(again.diagnostics, prev.diagnostics);
    // Another day: every run is made again (a date in a message may have changed).
    const tomorrow = lintIncremental(again, text, { ...options, today: '2026-01-02' });
    assert.equal(whole.calls.length, 1);
    assert.equal(own.calls.length, 3);
    assert.deepStrictEqual(tomorrow.diagnostics, lint(text, { ...options, today: '2026-01-02' }).diagnostics);
  });

  it('runs the rules once after changes far apart, not once per change', () => {
    const long = issue(bodies.map((b) => b.repeat(3)));
    // A gazette-scoped rule (run by every lint) and one whose runs all read the first document.
    const whole = probe('structure/probe-whole', () => undefined);
    whole.rule.scope = 'gazette';
    const reader = probe('structure/probe-reader', (ctx) => void ctx.gazette.documents[0].title);
    const options = { model: emptyModel(), only: [own.rule, whole.rule, reader.rule], today: '2026-01-01' };
    const prev = lint(long, options);
    const [first, , third] = prev.gazette.documents;
    const at1 = long.indexOf('第一件事的正文', (first.start + first.end) >> 1) + 3;
    const at3 = long.indexOf('第三件事的正文', (third.start + third.end) >> 1) + 3;
    const edited = long.slice(0, at1) + long.slice(at1 + 1, at3) + '的的' + long.slice(at3);
    for (const p of [own, whole, reader]) p.calls.length = 0;
    const inc = lintIncremental(prev, edited, options);
    assert.deepEqual(whole.calls, [first.start], 'the gazette-scoped rule runs once');
    // Every document read the first, which changed: each checked again, once.
    assert.deepEqual(reader.calls, inc.gazette.documents.map((d) => d.start));
    assert.deepEqual(own.calls, [first.start, third.start - 1]);
    assert.deepStrictEqual(inc.diagnostics, lint(edited, options).diagnostics);
  });

  it('re-runs the 目录 numbers\' checks after an edit elsewhere only in rules that read the listed document', () => {
    // The 目录's numbers are checked with the first document; year-date compares each with the
    // document it lists, bracket judges the number alone.
    const runs: string[] = [];
    const counted = (r: Rule): Rule => ({ ...r, check: (ctx) => { runs.push(`${r.id} ${ctx.docIndex}`); r.check(ctx); } });
    const options = { model: emptyModel(), only: [counted(bracket), counted(yearDate)], today: '2026-01-01' };
    const prev = lint(text, options);
    const third = prev.gazette.documents[2];
    const at3 = text.indexOf('第三件事的正文', (third.start + third.end) >> 1) + 2;
    const edited = text.slice(0, at3) + '的' + text.slice(at3);
    runs.length = 0;
    const inc = lintIncremental(prev, edited, options);
    assert.deepEqual(runs, ['doc-number/bracket 2', 'doc-number/year-date 0', 'doc-number/year-date 2']);
    assert.deepStrictEqual(inc.diagnostics, lint(edited, options).diagnostics);
  });

  it('re-runs a document whose rule read another document when that one changed', () => {
    // Reports in each document whether the first document mentions 紧急.
    const reader = probe('structure/probe-reader', (ctx) => {
      const first = ctx.gazette.documents[0];
      if (ctx.source.text.slice(first.start, first.end).includes('紧急')) ctx.report({ start: ctx.doc.start, end: ctx.doc.start + 1, message: '紧急' });
    });
    const options = { model: emptyModel(), only: [reader.rule], today: '2026-01-01' };
    const prev = lint(text, options);
    assert.equal(prev.diagnostics.length, 0);
    const at = text.indexOf('第一件事的正文') + 2;
    const edited = text.slice(0, at) + '紧急' + text.slice(at);
    const inc = lintIncremental(prev, edited, options);
    assert.equal(inc.diagnostics.length, 3);
    assert.deepStrictEqual(inc.diagnostics, lint(edited, options).diagnostics);
    // An edit in the last document: the others read only the first, unchanged, and are reused.
    reader.calls.length = 0;
    const third = inc.gazette.documents[2];
    const at3 = edited.indexOf('第三件事的正文', (third.start + third.end) >> 1) + 2;
    const again = edited.slice(0, at3) + '的' + edited.slice(at3);
    const inc2 = lintIncremental(inc, again, options);
    assert.deepEqual(reader.calls, [third.start]);
    assert.deepStrictEqual(inc2.diagnostics, lint(again, options).diagnostics);
  });

  it('re-runs on a document near the edit (not in it) only the runs that read the source text, or whose reports span the edit', () => {
    // Reads its document's parse only: the first 正 of its paragraphs.
    const parsed = probe('structure/probe-parsed', (ctx) => {
      const p = ctx.doc.paragraphs.find((q) => q.text.includes('正'))!;
      const i = p.text.indexOf('正');
      ctx.report({ start: p.map[i], end: p.map[i] + 1, message: '正', fix: { range: [p.map[i], p.map[i] + 1], text: '政' } });
    });
    // Reads the source text after its document (the probe-own rule above reads before its end).
    const after = probe('structure/probe-after', (ctx) => {
      if (ctx.source.text.slice(ctx.doc.end, ctx.doc.end + 200).includes('的的')) ctx.report({ start: ctx.doc.start, end: ctx.doc.start + 1, message: '的的' });
    });
    // From its document's end 300 characters on: the next document's head and the start of its body.
    const spanning = probe('structure/probe-spanning', (ctx) => {
      ctx.report({ start: ctx.doc.end - 1, end: ctx.doc.end + 300, message: '跨' });
    });
    // Reads its document's own text, through ctx.ownText (kept) and through ctx.source (run again).
    const own = (text: string, ctx: RuleContext) => { if (text.includes('的的')) ctx.report({ start: ctx.doc.start, end: ctx.doc.start + 1, message: '的的' }); };
    const owned = probe('structure/probe-owned', (ctx) => own(ctx.ownText(), ctx));
    const sliced = probe('structure/probe-sliced', (ctx) => own(ctx.source.text.slice(ctx.doc.start, ctx.doc.end), ctx));
    const options = { model: emptyModel(), only: [parsed.rule, after.rule, spanning.rule, owned.rule, sliced.rule], today: '2026-01-01' };
    const prev = lint(text, options);
    const [first, second] = prev.gazette.documents;
    assert.ok(second.paragraphs[0].start - first.end < CONTEXT_MARGIN / 2);
    const check = (at: number, piece: string, want: { parsed: number[]; after: number[]; spanning: number[] }) => {
      const edited = text.slice(0, at) + piece + text.slice(at);
      for (const p of [parsed, after, spanning, owned, sliced]) p.calls.length = 0;
      const inc = lintIncremental(prev, edited, options);
      assert.ok(madeIncrementally(inc));
      assert.deepEqual({ parsed: parsed.calls, after: after.calls, spanning: spanning.calls }, want);
      assert.deepEqual([owned.calls, sliced.calls], [[second.start], [first.start, second.start]]);
      assert.deepStrictEqual(inc.diagnostics, lint(edited, options).diagnostics);
    };
    // In the second document's first paragraph, within the first's margin and its spanning report.
    const at = second.paragraphs[0].start + 5;
    assert.ok(at < first.end + 300);
    check(at, '的的', { parsed: [second.start], after: [first.start, second.start], spanning: [first.start, second.start] });
    // Past the spanning report: the first document's runs that did not read the source are kept.
    const later = second.paragraphs[0].start + 400;
    assert.ok(later > first.end + 300 && later < first.end + CONTEXT_MARGIN);
    check(later, '的', { parsed: [second.start], after: [first.start, second.start], spanning: [second.start] });
  });

  it('keeps the runs of rules that read the source only at a slip they found on a document near the edit', () => {
    const runs: string[] = [];
    const counted = (r: Rule): Rule => ({ ...r, check: (ctx) => { runs.push(`${r.id} ${ctx.docIndex}`); r.check(ctx); } });
    const rules = [doubled, doubledDe, doubledWord, ellipsisDash, nestedTitle, unitSeparator];
    const options = { model: defaultModel(), only: rules.map(counted), today: '2026-01-01' };
    // The first document holds a slip of each but unit-separator's (they read the source there).
    const slips = '做好工作的的要求，落实落实，，，等等…，《关于《某办法》的通知》。';
    const withSlips = issue([bodies[0] + slips, bodies[1], bodies[2]]);
    const prev = lint(withSlips, options);
    const [first, second] = prev.gazette.documents;
    // In the second document's first paragraph, within CONTEXT_MARGIN of the first document.
    const at = second.paragraphs[0].start + 5;
    assert.ok(at - first.end < CONTEXT_MARGIN);
    const edited = withSlips.slice(0, at) + '的' + withSlips.slice(at);
    runs.length = 0;
    const inc = lintIncremental(prev, edited, options);
    // The first document's runs that found a slip read the source: run again; unit-separator's did not.
    assert.deepEqual(runs.filter((r) => r.endsWith(' 0')).sort(), rules.filter((r) => r !== unitSeparator).map((r) => `${r.id} 0`).sort());
    assert.deepEqual(runs.filter((r) => r.endsWith(' 2')), []);
    assert.deepStrictEqual(inc.diagnostics, lint(edited, options).diagnostics);
    // Without the slips, none of them reads the source there: none runs again on the first document.
    const plain = lint(text, options);
    const at2 = text.indexOf('第二件事的正文') + 3;
    runs.length = 0;
    const inc2 = lintIncremental(plain, text.slice(0, at2) + '的' + text.slice(at2), options);
    assert.deepEqual(runs.filter((r) => !r.endsWith(' 1')), []);
    assert.deepStrictEqual(inc2.diagnostics, lint(text.slice(0, at2) + '的' + text.slice(at2), options).diagnostics);
  });

  it('counts a remembered answer worked out from the source text as a read of it by every run that takes it', () => {
    // Both probes ask where the first document's open 牵头单位 block ends (worked out once, from
    // the source text, and remembered per block): the second takes the first's answer.
    const ends = (ctx: RuleContext) => { for (const b of ctx.doc.blocks) openBlockEnd(ctx, b); };
    const a = probe('structure/probe-end-a', ends);
    const b = probe('structure/probe-end-b', ends);
    const options = { model: emptyModel(), only: [a.rule, b.rule], today: '2026-01-01' };
    const open = issue([bodies[0] + '\n    一是加强管理。（牵头单位：市财政局、市民政局\n    二是做好工作。', bodies[1], bodies[2]]);
    const prev = lint(open, options);
    const [first, second] = prev.gazette.documents;
    assert.equal(first.blocks.length, 1);
    const at = second.paragraphs[0].start + 5;
    assert.ok(at - first.end < CONTEXT_MARGIN);
    a.calls.length = 0;
    b.calls.length = 0;
    lintIncremental(prev, open.slice(0, at) + '的' + open.slice(at), options);
    assert.deepEqual([a.calls, b.calls], [[first.start, second.start], [first.start, second.start]]);
  });

  it('counts what a remembered answer\'s compute read (watchingSource, nested) as the run\'s reads, and no more', () => {
    const seen: Record<string, boolean[]> = {};
    // Reads the source itself, then a compute that reads only its document's own text (nested).
    const both = probe('structure/probe-watch-both', (ctx) => {
      void ctx.source.text.length;
      const outer = watchingSource(ctx, (c) => watchingSource(c, (d) => d.ownText().length));
      seen.both = [outer.readSource, outer.readOwn, outer.value.readSource, outer.value.readOwn];
    });
    // Only the compute, which reads its own text: the run is kept near an edit.
    const own = probe('structure/probe-watch-own', (ctx) => {
      const outer = watchingSource(ctx, (c) => c.ownText().length + watchingSource(c, () => 0).value);
      seen.own = [outer.readSource, outer.readOwn];
    });
    const options = { model: emptyModel(), only: [both.rule, own.rule], today: '2026-01-01' };
    const prev = lint(text, options);
    const [first, second] = prev.gazette.documents;
    assert.deepEqual(seen, { both: [false, true, false, true], own: [false, true] });
    both.calls.length = 0;
    own.calls.length = 0;
    const at = second.paragraphs[0].start + 5;
    assert.ok(at - first.end < CONTEXT_MARGIN);
    lintIncremental(prev, text.slice(0, at) + '的' + text.slice(at), options);
    assert.deepEqual([both.calls, own.calls], [[first.start, second.start], [second.start]]);
  });

  it('re-makes a report whose message names a line when lines were added before it', () => {
    const lines = probe('structure/probe-line', (ctx) => {
      const at = ctx.doc.title!.start;
      ctx.report({ start: at, end: at + 1, message: `第 ${ctx.source.positionAt(at).line + 1} 行` });
    });
    const options = { model: emptyModel(), only: [lines.rule], today: '2026-01-01' };
    const prev = lint(text, options);
    const at = text.indexOf('第一件事的正文') + 2;
    const edited = text.slice(0, at) + '\n' + text.slice(at);
    const inc = lintIncremental(prev, edited, options);
    assert.deepStrictEqual(inc.diagnostics, lint(edited, options).diagnostics);
    assert.notEqual(inc.diagnostics[2].message, prev.diagnostics[2].message);
  });

  it('keeps a gazette-scoped rule\'s reports across an edit that changes no field it reads (Rule.reads), and runs it when one changes', () => {
    const runs: string[] = [];
    const counted = (r: Rule): Rule => ({ ...r, check: (ctx) => { runs.push(r.id); r.check(ctx); } });
    const options = { model: defaultModel(), only: [counted(tocNumber), counted(duplicate), counted(issueNumber)], today: '2026-01-01' };
    // The 目录 lists 聊政任〔2022〕4号, the body prints 5号.
    const text = tocNumber.docs.test!.bad;
    const prev = lint(text, options);
    assert.deepEqual(prev.diagnostics.map((d) => d.ruleId), ['doc-number/toc-number']);
    // A keystroke in the second document's body: its number and title are the same.
    const at = text.indexOf('任命王晓东为');
    const typed = text.slice(0, at) + '的' + text.slice(at);
    runs.length = 0;
    const inc = lintIncremental(prev, typed, options);
    assert.deepEqual(runs, ['structure/issue-number'], 'only the rule that declares no Rule.reads runs');
    assert.deepStrictEqual(inc.diagnostics, lint(typed, options).diagnostics);
    // A line added before the body's number, which the report's message names: run again.
    const nl = typed.indexOf('任命刘海涛为');
    const lined = typed.slice(0, nl) + '\n' + typed.slice(nl);
    runs.length = 0;
    const inc2 = lintIncremental(inc, lined, options);
    assert.ok(runs.includes('doc-number/toc-number'));
    assert.deepStrictEqual(inc2.diagnostics, lint(lined, options).diagnostics);
    assert.notEqual(inc2.diagnostics[0].message, inc.diagnostics[0].message);
    // The body's number made the 目录's: a field toc-number and duplicate read.
    const n = lined.lastIndexOf('〔2022〕5号') + 6;
    const renumbered = lined.slice(0, n) + '4' + lined.slice(n + 1);
    runs.length = 0;
    const inc3 = lintIncremental(inc2, renumbered, options);
    assert.deepEqual(runs, ['doc-number/toc-number', 'doc-number/duplicate', 'structure/issue-number']);
    assert.deepStrictEqual(inc3.diagnostics, lint(renumbered, options).diagnostics);
    assert.equal(inc3.diagnostics.length, 0);
  });

  it('is a full lint when the options, the number of documents or the 目录 change', () => {
    const options = { model: emptyModel(), only: [own.rule], today: '2026-01-01' };
    const prev = lint(text, options);
    own.calls.length = 0;
    assert.equal(madeIncrementally(prev), false);
    assert.equal(madeIncrementally(lintIncremental(prev, text, { ...options, only: [...options.only] })), false, 'other rules: linted afresh');
    own.calls.length = 0;
    lintIncremental(prev, text, { ...options, today: '2026-01-02' });
    assert.equal(own.calls.length, 3, 'another today');
    own.calls.length = 0;
    const toc = text.replace('聊政办发〔2024〕2号 2', '聊政办发〔2024〕2号 3');
    lintIncremental(prev, toc, options);
    assert.equal(own.calls.length, 3, 'a 目录 entry changed');
    own.calls.length = 0;
    const fewer = issue(bodies.slice(0, 2));
    assert.deepStrictEqual(lintIncremental(prev, fewer, options).diagnostics, lint(fewer, options).diagnostics);
    // Unchanged text: nothing is re-run.
    own.calls.length = 0;
    const same = lintIncremental(prev, text, options);
    assert.equal(own.calls.length, 0);
    assert.deepStrictEqual(same.diagnostics, prev.diagnostics);
    assert.equal(madeIncrementally(same), true);
  });
});
