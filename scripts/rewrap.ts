// npm run rewrap [-- --verbose] [--only VARIANT,…] [files…]   (--dump VARIANT FILE prints a variant)
//
// Findings must not depend on how a PDF tool laid the text out. Takes each corpus gazette and each
// valid fixture set (test/fixtures/probe15–19 — each issue and its slip copies —, redteam10–16),
// makes the variants another extractor could have made of it, lints each with the default model
// (as `gongwen lint --info` does) and compares with the unmodified text's findings, matched by rule
// and message (not by line): a finding the variant adds is a false alarm, one it loses is a miss.
//
// Variants (VARIANTS below): hard wraps at 14, 18, 22, 28, 35 and 50 characters (cut by
// characters, never bytes; a line that fits GB/T 9704's 28-character print line and holds no
// sentence — a heading, a title, a 目录 entry, a date, a 发文字号, a signature — is kept whole, as
// an extractor keeps a printed line whole, and so is a markdown heading, which a markdown extractor
// writes on one line), indents stripped, indents added (two ideographic spaces
// before each paragraph, as an extractor that keeps them prints it), blank lines doubled, blank lines
// removed, and CRLF line ends.
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../engine/src/lint';
import { loadModel } from '../engine/src/model/load';
type Model = ReturnType<typeof loadModel>;
import { corpusFiles } from '../test/fixtures/corpus';
import { added } from '../test/fixtures/noise';

/** GB/T 9704-2012: 28 characters a line. */
const PRINT_LINE = 28;
/** A line that holds a sentence: it runs on in print, and an extractor cuts it anywhere. */
const SENTENCE = /[。；！？]/;

/** Marks a printed line never starts with (GB/T 15834 and the typesetters' 禁则): they hang at its end. */
const NO_START = /[，。、；：？！）》”’」』〕】％…—·,.;:?!)%]/;
/** Marks a printed line never ends with: they go down to the next line. */
const NO_END = /[（《“‘「『〔【(]/;
/** A Latin word, a number, an address or a telephone number: printed on one line when it fits one. */
const WORD = /[A-Za-z0-9.@_\-\/:%?=&#+~]/;

/**
 * `line` cut into lines of `width` characters (code points), as a typesetter breaks a printed line
 * and an extractor reproduces it: no line starts with a closing mark or ends with an opening one,
 * and a number or a Latin word is not cut.
 */
function cut(line: string, width: number): string[] {
  const chars = Array.from(line);
  if (chars.length <= width) return [line];
  // A printed line that fits the page and is no sentence stays whole; the spaces a drafter set it
  // right or centred with are the page's margin, not characters of the line (a 署名 and its date
  // pushed right by twenty spaces print on one line each: red team 16).
  if (Array.from(line.replace(/^[ \u3000]+/, '')).length <= PRINT_LINE && !SENTENCE.test(line)) return [line];
  // A markdown extractor writes a heading it recognised on one line, whatever its printed lines.
  if (/^#{1,6} /.test(line)) return [line];
  // A table's row, its cells split by tabs: an extractor that finds the cells writes the row as one
  // line (a cell's own lines are no line of the page's text column).
  if (line.includes('\t')) return [line];
  const out: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let j = Math.min(i + width, chars.length);
    if (j < chars.length) {
      // A number or a word across the cut goes down whole (when it is shorter than a line).
      let k = j;
      while (k > i && WORD.test(chars[k - 1]) && WORD.test(chars[j])) k--;
      if (k > i && k < j) j = k;
      while (j > i + 1 && NO_END.test(chars[j - 1])) j--;
      while (j < chars.length && NO_START.test(chars[j])) j++;
    }
    out.push(chars.slice(i, j).join(''));
    i = j;
  }
  return out;
}

function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export const VARIANTS: Record<string, (text: string) => string> = {
  ...Object.fromEntries([14, 18, 22, 28, 35, 50].map((w) => [`wrap${w}`, (t: string) => lines(t).flatMap((l) => cut(l, w)).join('\n')])),
  // Every printed line followed by a blank line, as some extractors write each text line as a paragraph.
  'wrap28-spaced': (t) => lines(t).flatMap((l) => cut(l, 28)).join('\n\n').replace(/\n{3,}/g, '\n\n\n'),
  // Spaces only: a tab opening a table's row is its empty first cell, which no extractor drops.
  'indent-stripped': (t) => lines(t).map((l) => l.replace(/^[ \u3000]+/, '')).join('\n'),
  'indent-added': (t) => {
    const ls = lines(t);
    // A paragraph's first line (after a blank line or a line that ended a sentence) that holds a sentence.
    return ls.map((l, i) => (SENTENCE.test(l) && !/^[ \t\u3000]/.test(l) && (i === 0 || !ls[i - 1].trim() || /[。；！？：]$/.test(ls[i - 1])) ? `\u3000\u3000${l}` : l)).join('\n');
  },
  'blank-doubled': (t) => t.replace(/\n([ \t\u3000]*\n)+/g, (m) => m + m.slice(1)),
  'blank-removed': (t) => t.replace(/\n([ \t\u3000]*\n)+/g, '\n'),
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
};

export interface Input { set: string; file: string; text: string }

export function inputs(root: string): Input[] {
  const out: Input[] = corpusFiles().map((f) => ({ set: 'corpus', file: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
  const fx = path.join(root, 'test', 'fixtures');
  for (const set of ['probe15', 'probe16', 'probe17', 'probe18', 'probe19', 'probe20', 'probe21', 'probe22']) {
    // The issue and its slip copies (probe18 wrote one).
    for (const f of ['issue.txt', 'slips.txt', 'slips2.txt', 'slips3.txt']) {
      if (fs.existsSync(path.join(fx, set, f))) out.push({ set, file: f, text: fs.readFileSync(path.join(fx, set, f), 'utf8') });
    }
  }
  for (const set of ['redteam10', 'redteam11', 'redteam12', 'redteam13', 'redteam14', 'redteam15', 'redteam16']) {
    for (const f of fs.readdirSync(path.join(fx, set)).filter((x) => x.endsWith('.gw')).sort()) {
      out.push({ set, file: f, text: fs.readFileSync(path.join(fx, set, f), 'utf8') });
    }
  }
  return out;
}

/** Findings as `ruleId message`, with multiplicity. */
export function findings(text: string, model: Model): string[] {
  const r = lint(text, { model, today: '2026-11-24' });
  // A message that names a line (第16行) names it in the variant's numbering.
  return r.diagnostics.map((d) => `${d.ruleId} ${d.message.replace(/第\d+行/g, '第N行')}`);
}


export interface Change { variant: string; set: string; file: string; kind: '+' | '-'; finding: string }

export function compare(all: Input[], model: Model, variants: string[]): Change[] {
  const out: Change[] = [];
  for (const inp of all) {
    const base = findings(inp.text, model);
    for (const v of variants) {
      const t = VARIANTS[v](inp.text);
      if (t === inp.text) continue;
      const got = findings(t, model);
      for (const f of added(base, got)) out.push({ variant: v, set: inp.set, file: inp.file, kind: '+', finding: f });
      for (const f of added(got, base)) out.push({ variant: v, set: inp.set, file: inp.file, kind: '-', finding: f });
    }
  }
  return out;
}

function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const onlyAt = args.indexOf('--only');
  const variants = onlyAt >= 0 ? args[onlyAt + 1].split(',') : Object.keys(VARIANTS);
  const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--only' && args[i - 1] !== '--dump');
  const root = path.join(__dirname, '..');
  let all = inputs(root);
  if (files.length) all = all.filter((x) => files.some((f) => `${x.set}/${x.file}`.includes(f)));
  const dumpAt = args.indexOf('--dump');
  if (dumpAt >= 0) {
    // --dump VARIANT FILE: print the variant's text (to see what a finding stands on).
    process.stdout.write(VARIANTS[args[dumpAt + 1]](all[0].text));
    return;
  }
  const model = loadModel();
  const t0 = Date.now();
  const changes = compare(all, model, variants);
  const sets = [...new Set(all.map((x) => x.set))];
  console.log(`findings added (+, false alarms) / removed (-, misses) per variant, against the unmodified text (${all.length} files)`);
  console.log(`${'variant'.padEnd(16)}${sets.map((s) => s.padStart(12)).join('')}       total`);
  for (const v of variants) {
    const cell = (s?: string) => {
      const c = changes.filter((x) => x.variant === v && (!s || x.set === s));
      return `+${c.filter((x) => x.kind === '+').length}/-${c.filter((x) => x.kind === '-').length}`;
    };
    console.log(`${v.padEnd(16)}${sets.map((s) => cell(s).padStart(12)).join('')}${cell().padStart(12)}`);
  }
  if (verbose) for (const c of changes) console.log(`${c.variant.padEnd(16)} ${c.kind} ${c.set}/${c.file}: ${c.finding}`);
  console.log(`total: +${changes.filter((x) => x.kind === '+').length}/-${changes.filter((x) => x.kind === '-').length} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  process.exitCode = changes.length ? 1 : 0;
}

if (require.main === module) main();
