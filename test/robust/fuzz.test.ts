// Fuzzing the engine: thousands of generated inputs must lint without an exception, within a
// generous per-input budget that only a super-linear blow-up would exceed, with every diagnostic
// and fix inside the document; fixes never lose text and are idempotent.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../engine/src/lint';
import { applyFixes } from '../../engine/src/fix';
import { loadModel } from '../../engine/src/model/load';
import type { Diagnostic } from '../../engine/src/types';
import { corpusFiles, repoRoot } from '../fixtures/corpus';
import { pathologicalShapes } from './shapes';

const model = loadModel();
const today = '2026-11-22';

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 0x100000000;
  };
}

const seedTexts = (() => {
  const files = corpusFiles();
  const samples = fs.readdirSync(path.join(repoRoot, 'samples')).filter((f) => /\.(gw|txt)$/.test(f)).map((f) => path.join(repoRoot, 'samples', f));
  return [...files, ...samples].map((f) => fs.readFileSync(f, 'utf8'));
})();

/** Pieces that stress the parser: markers, brackets, numbers, blocks, continuations. */
const ATOMS = ['一、', '（一）', '1.', '（1）', '①', '第一条', '第二章', '《', '》', '（', '）', '(', ')', '〔', '〕', '[', ']',
  '聊政发〔2024〕1号', '聊政办字[24]05号', '令第48号', '（牵头单位：', '；责任单位：', '、', '，', '。', '：', ':',
  '（下转第5页）', '（上接第3页）', '附件：', '附件2', '2024年2月30日', '二〇二四年七月三日', '以下简称“', '”', '本办法第九条',
  '\n', '\r\n', '\r', '\n\n', ' ', '\u3000', '#', '**', '\u0000', '\ud800', '\udc00', '😀', '目 录', '◎市政府文件', '聊城市人民政府文件'];

function randomUnicode(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const k = r();
    if (k < 0.4) s += String.fromCharCode(0x4e00 + Math.floor(r() * 0x5000));
    else if (k < 0.6) s += ATOMS[Math.floor(r() * ATOMS.length)];
    else if (k < 0.8) s += String.fromCharCode(Math.floor(r() * 0x80));
    else s += String.fromCharCode(Math.floor(r() * 0x10000));
  }
  return s;
}

function splice(r: () => number): string {
  let out = '';
  const parts = 1 + Math.floor(r() * 6);
  for (let k = 0; k < parts; k++) {
    const t = seedTexts[Math.floor(r() * seedTexts.length)];
    const a = Math.floor(r() * t.length);
    out += t.slice(a, a + Math.floor(r() * 4000));
    if (r() < 0.3) out += ATOMS[Math.floor(r() * ATOMS.length)];
  }
  return out;
}

function mixEols(t: string, r: () => number): string {
  return t.replace(/\r?\n/g, () => ['\n', '\r\n', '\r'][Math.floor(r() * 3)]);
}

/** Lints and checks the invariants; returns the diagnostics. */
function lintChecked(text: string, label: string): Diagnostic[] {
  const t0 = performance.now();
  const r = lint(text, { model, today });
  const ms = performance.now() - t0;
  assert.deepEqual(r.failures, [], `${label}: a rule threw`);
  // A hang detector, not a speed test: linear work on this input takes far less.
  const budget = 2000 + text.length / 100;
  assert.ok(ms < budget, `${label}: ${ms.toFixed(0)} ms for ${text.length} characters (budget ${budget.toFixed(0)} ms)`);
  for (const d of r.diagnostics) {
    assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `${label}: ${d.ruleId} range ${d.start}-${d.end} outside 0-${text.length}`);
    if (d.fix) {
      const [a, b] = d.fix.range;
      assert.ok(a >= 0 && a <= b && b <= text.length, `${label}: ${d.ruleId} fix range ${a}-${b} outside the text`);
    }
  }
  return r.diagnostics;
}

/** Applying every fix changes only the characters the fixes name; a second round is stable. */
function checkFixes(text: string, diags: Diagnostic[], label: string) {
  const { output, applied } = applyFixes(text, diags);
  // Rebuild the output from the untouched stretches and the fix texts: it must be the same string.
  let at = 0;
  let rebuilt = '';
  for (const d of applied) {
    rebuilt += text.slice(at, d.fix!.range[0]) + d.fix!.text;
    at = d.fix!.range[1];
  }
  rebuilt += text.slice(at);
  assert.equal(output, rebuilt, `${label}: fix output differs from the named replacements`);
  if (!applied.length) return;
  // Idempotence: fixing to a fixed point, then once more, changes nothing.
  let cur = output;
  for (let pass = 0; pass < 10; pass++) {
    const next = applyFixes(cur, lint(cur, { model, today }).diagnostics).output;
    if (next === cur) break;
    cur = next;
  }
  assert.equal(applyFixes(cur, lint(cur, { model, today }).diagnostics).output, cur, `${label}: fixes are not idempotent`);
}

describe('robustness: fuzzing the engine', function () {
  this.timeout(600_000);

  it('2,000 random Unicode inputs (markers, brackets, NULs, lone surrogates, emoji)', () => {
    const r = rng(1);
    for (let i = 0; i < 2000; i++) {
      const text = mixEols(randomUnicode(r, Math.floor(r() * 400)), r);
      checkFixes(text, lintChecked(text, `unicode#${i}`), `unicode#${i}`);
    }
  });

  it('1,000 random cuts and splices of real documents, with mixed CRLF/LF/CR', function () {
    if (!seedTexts.length) this.skip();
    const r = rng(2);
    for (let i = 0; i < 1000; i++) {
      const text = mixEols(splice(r), r);
      checkFixes(text, lintChecked(text, `splice#${i}`), `splice#${i}`);
    }
  });

  it('pathological shapes: deep nesting, 100,000-character lines, unclosed blocks, many markers', () => {
    const cases: Record<string, string> = { ...pathologicalShapes(), 'empty': '' };
    for (const [label, text] of Object.entries(cases)) checkFixes(text, lintChecked(text, label), label);
  });

  it('a 10 MB file', () => {
    const base = seedTexts.length ? seedTexts.join('\n') : '一、总体要求\n（一）内容。（牵头单位：市财政局）\n';
    let text = '';
    while (text.length < 10 * 1024 * 1024 / 3) text += base + '\n';
    lintChecked(text, '10 MB');
  });
});

describe('robustness: fixes on the samples and the corpus', function () {
  this.timeout(300_000);
  it('apply only what they name, are idempotent, and leave none of the fixed diagnostics', () => {
    for (const [i, text] of seedTexts.entries()) {
      const diags = lintChecked(text, `seed#${i}`);
      checkFixes(text, diags, `seed#${i}`);
      const once = applyFixes(text, diags);
      const after = lint(once.output, { model, today }).diagnostics;
      for (const d of once.applied) {
        const again = after.filter((x) => x.ruleId === d.ruleId && x.message === d.message);
        assert.ok(again.length === 0 || again.every((x) => x.fix?.text !== d.fix!.text), `seed#${i}: ${d.ruleId} "${d.message}" still reported after its fix`);
      }
    }
  });
});
