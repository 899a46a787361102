// One document cut out of an extracted gazette, noise and all, and linted as a file of its own (as
// a reviewer, or the measurement on an unseen issue, may lint each document of an issue): the
// parse knows it for extracted text by its noise (hard wraps, continuation markers), so it gets
// the issue's tolerance of noise, not a typed draft's checks. Its findings are the issue lint's
// for its span: before, the 55 pieces of the four gazettes got 1404 more (stray spaces, half-width
// islands, `(一)`, numbering broken by other documents' continuations).
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../engine/src/lint';
import { loadModel } from '../../engine/src/model/load';
import { parseGazette } from '../../engine/src/parse/gazette';
import { SourceText } from '../../engine/src/text/source';
import { corpusFiles } from '../fixtures/corpus';

/** The pieces' findings: the real slips of corpus-findings.test.ts that fall in a document's span. */
const FOUND: Record<string, string[]> = {
  'gazette-2021-04.txt': ['5 cross-ref/issued-title 《聊城市重大突发事件应急保障体系建设三年行动计划（2020—2022年）》', '5 lead-unit/alias 市教育局'],
  'gazette-2023-06-07.txt': ['4 lead-unit/alias 市教育局', '5 cross-ref/abbreviation 市防汛抗旱指挥部'],
  'gazette-2024-06-08.txt': ['2 lead-unit/alias 市住建局'],
  'gazette-2024-11-12.txt': ['5 lead-unit/alias 市住房和城乡建设局', '5 lead-unit/alias 市住房和城乡建设局'],
};

describe('documents cut out of the training gazettes, each linted alone', function () {
  this.timeout(120_000);
  const files = corpusFiles();
  if (!files.length) it.skip('../shared/corpus is not present');
  const model = loadModel();
  for (const f of files) {
    it(`${path.basename(f)}: each piece gets exactly the issue's findings in its span`, () => {
      const text = fs.readFileSync(f, 'utf8');
      const issue = lint(text, { model, today: '2026-11-22' });
      const found: string[] = [];
      parseGazette(new SourceText(text)).documents.forEach((d, k) => {
        const piece = text.slice(d.start, d.end);
        const r = lint(piece, { model, today: '2026-11-22' });
        assert.deepEqual(r.failures, []);
        const mine = r.diagnostics.map((x) => `${k} ${x.ruleId} ${piece.slice(x.start, x.end)}`);
        const theirs = issue.diagnostics.filter((x) => x.start >= d.start && x.start < d.end).map((x) => `${k} ${x.ruleId} ${text.slice(x.start, x.end)}`);
        assert.deepEqual(mine, theirs, `piece ${k} (${d.number?.canonical ?? d.title?.text})`);
        found.push(...mine);
      });
      assert.deepEqual(found, FOUND[path.basename(f)] ?? []);
    });
  }
});
