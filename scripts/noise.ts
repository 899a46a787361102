// npm run noise [-- gazette.txt …] [--seeds N] [--verbose]
//
// How well the linter ignores PDF extraction noise it has not seen in these very places: adds the
// kinds of noise ../shared/corpus/NOTES.md lists, and the page numbers GB/T 9704 prints
// (test/fixtures/noise.ts: a page break inside a sentence, a page of half-width punctuation, spaces
// between Chinese and digits, letter-spaced titles, markdown markers, separator lines, page
// numbers, running headers and footers at page breaks, indentation, CRLF, `and` for 和, duplicated tail fragments, LaTeX subscripts, doubled
// blank lines, scrambled 任免 lists, a body sentence in the 主送 line, page continuations cut in a
// document's last paragraph or anywhere in it, or inside a unit name or a cited number) to copies
// of each gazette, at random places, and lints each copy. Every diagnostic the copy has and the
// original has not is a false alarm: noise must never be reported as a drafting error. Each gazette
// is judged by a model trained on the other gazettes, as an unseen gazette is judged by ours.
import * as fs from 'fs';
import * as path from 'path';
import { train } from '../engine/src/model/train';
import { corpusFiles } from '../test/fixtures/corpus';
import { COMBINED_WRAP_WIDTHS, falseAlarms, hardWraps, NOISE, WRAP_WIDTHS, wrapped } from '../test/fixtures/noise';

function main() {
  const args = process.argv.slice(2);
  const seeds = Number(args[args.indexOf('--seeds') + 1]) || 3;
  const verbose = args.includes('--verbose');
  const level = args.includes('--info') ? 'all' : 'shown';
  const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--seeds');
  const inputs = (files.length ? files : corpusFiles()).map((f) => ({ file: f, text: fs.readFileSync(f, 'utf8') }));
  if (!inputs.length) {
    console.error('noise: no gazettes (pass files, or keep ../shared/corpus beside the repository)');
    process.exit(2);
  }
  const models = inputs.map(({ file, text }, i) => {
    const others = inputs.filter((_, j) => j !== i).map((x) => ({ file: path.basename(x.file), text: x.text }));
    return train(others.length ? others : [{ file: path.basename(file), text }]);
  });
  let total = 0;
  const rows: string[] = [];
  for (const [i, { file, text }] of inputs.entries()) {
    const model = models[i];
    for (const [kind, noise] of Object.entries(NOISE)) {
      const alarms = falseAlarms(text, noise, model, seeds, level, i);
      total += alarms.length;
      rows.push(`${path.basename(file).padEnd(24)} ${kind.padEnd(44)} ${String(alarms.length).padStart(4)}`);
      if (verbose) for (const a of alarms) rows.push(`    ${a}`);
    }
  }
  console.log(`false alarms from extraction noise (${seeds} seeds each, ${level === 'all' ? 'notes included' : 'as the CLI shows them'}):`);
  for (const r of rows) console.log(r);
  console.log(`total: ${total}`);
  // Hard wraps: the test asks none at WRAP_WIDTHS; narrower ones are measured here too.
  const widths = [12, 13, 14, ...WRAP_WIDTHS];
  const wraps = widths.map((w) => inputs.flatMap(({ file, text }, i) => {
    const model = models[i];
    return falseAlarms(text, hardWraps(w), model, 1, level, i).map((a) => `${path.basename(file)}: ${a}`);
  }));
  console.log(`hard wraps at ${widths.join(', ')} characters (in the test from ${WRAP_WIDTHS[0]}): ${wraps.map((a) => a.length).join(', ')}`);
  if (verbose) for (const [k, a] of wraps.entries()) for (const x of a) console.log(`    ${widths[k]}: ${x}`);
  // Hard wraps on top of each other kind: an extraction may have both.
  const combined = COMBINED_WRAP_WIDTHS.map((w) => inputs.flatMap(({ file, text }, i) => Object.entries(NOISE).flatMap(([kind, noise]) =>
    falseAlarms(text, wrapped(noise, w), models[i], 1, level, i).map((a) => `${path.basename(file)}: ${kind}: ${a}`))));
  console.log(`each kind, then hard wraps at ${COMBINED_WRAP_WIDTHS.join(', ')} characters: ${combined.map((a) => a.length).join(', ')}`);
  if (verbose) for (const [k, a] of combined.entries()) for (const x of a) console.log(`    ${COMBINED_WRAP_WIDTHS[k]}: ${x}`);
  process.exitCode = total ? 1 : 0;
}

main();
