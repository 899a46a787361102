// npx tsx scripts/fixcheck.ts [--verbose] [--quick]
//
// Whether the quick fixes damage correct text. The probes wrote pairs of a clean gazette issue and
// a copy with planted slips (test/fixtures/probe*/issue.txt and slips*.txt, same lines); each slips
// copy is fixed as `gongwen fix` fixes it (the engine's fixAll, with the rules the CLI lets fix) and
// compared with the clean issue line by line:
//   restored        a line the fix changed that now equals the clean line,
//   wrong           a changed line that equals neither the slip nor the clean line,
//   touched-correct a changed line whose slip copy equalled the clean line (the worst kind).
// Lines a fix joins or splits are compared as a block (a line diff of the slips copy and its fix).
// Also: fixing a clean issue or a red team's valid draft (test/fixtures/redteam*/) changes nothing,
// and fixing a fixed text again changes nothing (idempotent).
// --quick applies every fix offered (those of rules `gongwen fix` leaves alone too: a drafter can
// accept any quick fix in the editor).
import * as fs from 'fs';
import * as path from 'path';
import { fixAll } from '../engine/src/fix';
import { lint } from '../engine/src/lint';
import { loadModel } from '../engine/src/model/load';
import { allRules } from '../engine/src/rules';
import type { Model } from '../engine/src/model/types';
import { fixesApplied } from '../cli/src/formatters/common';

export const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures');
export const TODAY = '2026-11-24';

export interface Pair {
  name: string;
  clean: string;
  slips: string;
}

export interface LineFinding {
  kind: 'restored' | 'wrong' | 'touched-correct';
  /** 1-based line of the slips copy. */
  line: number;
  slip: string;
  fixed: string;
  clean: string;
  rules: string[];
}

export interface PairResult {
  name: string;
  restored: number;
  wrong: number;
  touchedCorrect: number;
  findings: LineFinding[];
  /** The fixed text is not a fixed point: a second fix changes it. */
  notIdempotent: boolean;
}

/** Every pair of a clean issue and its slips copies under test/fixtures/probe*. */
export function probePairs(root = FIXTURES): Pair[] {
  const pairs: Pair[] = [];
  for (const dir of fs.readdirSync(root).filter((d) => /^probe\d+$/.test(d)).sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)))) {
    const issue = path.join(root, dir, 'issue.txt');
    if (!fs.existsSync(issue)) continue;
    const clean = fs.readFileSync(issue, 'utf8');
    for (const f of fs.readdirSync(path.join(root, dir)).filter((f) => /^slips\d*\.txt$/.test(f)).sort()) {
      pairs.push({ name: `${dir}/${f}`, clean, slips: fs.readFileSync(path.join(root, dir, f), 'utf8') });
    }
  }
  return pairs;
}

/** The texts that lint clean: the probes' clean issues and the red teams' valid drafts. */
export function cleanTexts(root = FIXTURES): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of fs.readdirSync(root).sort()) {
    const full = path.join(root, dir);
    if (/^probe\d+$/.test(dir) && fs.existsSync(path.join(full, 'issue.txt'))) {
      out.push({ name: `${dir}/issue.txt`, text: fs.readFileSync(path.join(full, 'issue.txt'), 'utf8') });
    } else if (/^redteam\d+$/.test(dir)) {
      for (const f of fs.readdirSync(full).filter((f) => f.endsWith('.gw')).sort()) {
        out.push({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(full, f), 'utf8') });
      }
    }
  }
  return out;
}

export interface Fixer {
  fix(text: string): { output: string; rulesByLine: Map<number, string[]> };
}

/** Fixes as `gongwen fix` does (only the rules it lets fix), or every offered fix (`quick`). */
export function fixer(options: { model?: Model; quick?: boolean } = {}): Fixer {
  const model = options.model ?? loadModel();
  const rules = options.quick ? undefined : (id: string) => fixesApplied(id, allRules);
  return {
    fix(text) {
      const r = fixAll(text, (t) => lint(t, { model, today: TODAY }).diagnostics, { rules });
      // Which rules fixed which line: the first pass's offsets are in the input's lines.
      const rulesByLine = new Map<number, string[]>();
      const first = r.appliedByPass[0] ?? [];
      for (const d of first) {
        const line = lineAt(text, d.fix!.range[0]);
        rulesByLine.set(line, [...(rulesByLine.get(line) ?? []), d.ruleId]);
      }
      if (r.appliedByPass.length > 1) {
        for (const pass of r.appliedByPass.slice(1)) for (const d of pass) rulesByLine.set(-1, [...(rulesByLine.get(-1) ?? []), d.ruleId]);
      }
      return { output: r.output, rulesByLine };
    },
  };
}

function lineAt(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Hunks of a line diff of a and b (LCS): a[a0..a1) became b[b0..b1). */
function lineHunks(a: string[], b: string[]): { a0: number; a1: number; b0: number; b1: number }[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const A = a.slice(head, a.length - tail);
  const B = b.slice(head, b.length - tail);
  const n = A.length;
  const m = B.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = A[i] === B[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const hunks: { a0: number; a1: number; b0: number; b1: number }[] = [];
  let i = 0;
  let j = 0;
  let open: { a0: number; b0: number } | undefined;
  const close = () => {
    if (open) hunks.push({ a0: head + open.a0, a1: head + i, b0: head + open.b0, b1: head + j });
    open = undefined;
  };
  while (i < n || j < m) {
    if (i < n && j < m && A[i] === B[j]) {
      close();
      i++;
      j++;
    } else {
      open ??= { a0: i, b0: j };
      if (j >= m || (i < n && dp[i + 1][j] >= dp[i][j + 1])) i++;
      else j++;
    }
  }
  close();
  return hunks;
}

/** Fixes a pair's slips copy and compares it with the clean issue, line by line. */
export function checkPair(pair: Pair, f: Fixer): PairResult {
  const { output, rulesByLine } = f.fix(pair.slips);
  const clean = pair.clean.split('\n');
  const slips = pair.slips.split('\n');
  const fixed = output.split('\n');
  const findings: LineFinding[] = [];
  const rulesOf = (a0: number, a1: number) => {
    const ids = new Set<string>();
    for (let l = a0; l < Math.max(a1, a0 + 1); l++) for (const id of rulesByLine.get(l) ?? []) ids.add(id);
    if (!ids.size) for (const id of rulesByLine.get(-1) ?? []) ids.add(id);
    return [...ids];
  };
  const judge = (slip: string, fix: string, cleanLine: string | undefined, line: number, rules: string[]) => {
    const kind = fix === cleanLine ? 'restored' : slip === cleanLine ? 'touched-correct' : 'wrong';
    findings.push({ kind, line: line + 1, slip, fixed: fix, clean: cleanLine ?? '', rules });
  };
  for (const h of lineHunks(slips, fixed)) {
    if (h.a1 - h.a0 === h.b1 - h.b0 && clean.length === slips.length) {
      for (let k = 0; k < h.a1 - h.a0; k++) judge(slips[h.a0 + k], fixed[h.b0 + k], clean[h.a0 + k], h.a0 + k, rulesOf(h.a0 + k, h.a0 + k + 1));
    } else {
      // Lines joined or split: the block as a whole (the clean block at the same lines when the slips
      // copy has the clean issue's lines).
      const cleanBlock = clean.length === slips.length ? clean.slice(h.a0, h.a1).join('\n') : undefined;
      judge(slips.slice(h.a0, h.a1).join('\n'), fixed.slice(h.b0, h.b1).join('\n'), cleanBlock, h.a0, rulesOf(h.a0, h.a1));
    }
  }
  const notIdempotent = f.fix(output).output !== output;
  const count = (k: LineFinding['kind']) => findings.filter((x) => x.kind === k).length;
  return { name: pair.name, restored: count('restored'), wrong: count('wrong'), touchedCorrect: count('touched-correct'), findings, notIdempotent };
}

/** Clean texts whose fix changes them (must be none). */
export function changedCleanTexts(f: Fixer, texts = cleanTexts()): string[] {
  return texts.filter((t) => f.fix(t.text).output !== t.text).map((t) => t.name);
}

export interface Totals {
  pairs: PairResult[];
  restored: number;
  wrong: number;
  touchedCorrect: number;
  notIdempotent: string[];
  changedClean: string[];
  /** How many clean texts were fixed. */
  cleanChecked: number;
}

export function run(options: { quick?: boolean; model?: Model } = {}): Totals {
  const f = fixer(options);
  const pairs = probePairs().map((p) => checkPair(p, f));
  const sum = (k: 'restored' | 'wrong' | 'touchedCorrect') => pairs.reduce((n, p) => n + p[k], 0);
  const clean = cleanTexts();
  return {
    pairs, restored: sum('restored'), wrong: sum('wrong'), touchedCorrect: sum('touchedCorrect'),
    notIdempotent: pairs.filter((p) => p.notIdempotent).map((p) => p.name),
    changedClean: changedCleanTexts(f, clean), cleanChecked: clean.length,
  };
}

function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const t = run({ quick: args.includes('--quick') });
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(`${'pair'.padEnd(24)} ${pad('restored', 9)} ${pad('wrong', 6)} ${pad('touched-correct', 16)}`);
  for (const p of t.pairs) {
    console.log(`${p.name.padEnd(24)} ${pad(p.restored, 9)} ${pad(p.wrong, 6)} ${pad(p.touchedCorrect, 16)}${p.notIdempotent ? '  (not idempotent)' : ''}`);
    for (const x of p.findings) {
      if (x.kind === 'restored' && !verbose) continue;
      console.log(`  ${x.kind} line ${x.line} [${x.rules.join(', ')}]\n    slip:  ${JSON.stringify(x.slip)}\n    fixed: ${JSON.stringify(x.fixed)}\n    clean: ${JSON.stringify(x.clean)}`);
    }
  }
  console.log(`${'total'.padEnd(24)} ${pad(t.restored, 9)} ${pad(t.wrong, 6)} ${pad(t.touchedCorrect, 16)}`);
  console.log(`not idempotent: ${t.notIdempotent.length ? t.notIdempotent.join(', ') : 'none'}`);
  console.log(`clean texts changed by a fix: ${t.changedClean.length ? t.changedClean.join(', ') : 'none'} (of ${t.cleanChecked})`);
}

if (require.main === module) main();
