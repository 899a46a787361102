// The whole linter on the raw training gazettes: it finds the real slips they contain and
// nothing from the extraction noise (continuations, 附件 lists, width islands, spaced digits,
// scrambled 任免 lists, markdown). Every family's own corpus test says the same for its rules;
// this is the complete list, all rules together, as a reviewer would see it.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../engine/src/lint';
import { loadModel } from '../../engine/src/model/load';
import { corpusFiles } from '../fixtures/corpus';

const REAL_ERRORS: Record<string, string[]> = {
  'gazette-2021-04.txt': [
    // The notice issues the 实施方案 of the plan, but its body names only the plan.
    '572 cross-ref/issued-title 《聊城市重大突发事件应急保障体系建设三年行动计划（2020—2022年）》',
    '741 lead-unit/alias 市教育局',
  ],
  'gazette-2023-06-07.txt': [
    '850 lead-unit/alias 市教育局',
    // 市防指 was defined with 以下简称 and the full name is used again afterwards.
    '930 cross-ref/abbreviation 市防汛抗旱指挥部',
  ],
  'gazette-2024-06-08.txt': ['348 lead-unit/alias 市住建局'],
  'gazette-2024-11-12.txt': ['1398 lead-unit/alias 市住房和城乡建设局', '1400 lead-unit/alias 市住房和城乡建设局'],
};

describe('the training gazettes, all rules together', function () {
  this.timeout(120_000);
  const files = corpusFiles();
  if (!files.length) it.skip('../shared/corpus is not present');
  const model = loadModel();
  for (const f of files) {
    it(`${path.basename(f)}: exactly the real drafting errors, no extraction noise`, () => {
      const text = fs.readFileSync(f, 'utf8');
      const r = lint(text, { model, today: '2026-11-22' });
      assert.deepEqual(r.failures, []);
      const found = r.diagnostics.map((d) => `${r.source.positionAt(d.start).line + 1} ${d.ruleId} ${text.slice(d.start, d.end)}`);
      assert.deepEqual(found, REAL_ERRORS[path.basename(f)] ?? []);
    });
  }
});
