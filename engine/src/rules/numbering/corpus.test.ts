// The numbering family on the raw training gazettes: extraction noise (continuations, scrambled
// multi-column pages, width islands, 附件 lists, several 措施 in one notice, the regulations in a
// 令, 大事记) gives no diagnostic. Reading the corpus found no genuine numbering error, so the
// expected list is empty; a real one found later goes here with its line.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../lint';
import { defaultModel } from '../testing';
import { numberingRules } from '.';
import { corpusFiles } from '../../../../test/fixtures/corpus';

describe('numbering/* on the training gazettes', function () {
  const files = corpusFiles();
  before(function () {
    if (!files.length) this.skip();
  });
  for (const name of ['gazette-2021-04.txt', 'gazette-2023-06-07.txt', 'gazette-2024-06-08.txt', 'gazette-2024-11-12.txt']) {
    it(`${name}: no numbering diagnostics`, () => {
      const file = files.find((f) => path.basename(f) === name);
      if (!file) return;
      const r = lint(fs.readFileSync(file, 'utf8'), { model: defaultModel(), today: '2026-11-22', only: numberingRules });
      assert.deepEqual(r.failures, []);
      assert.deepEqual(r.diagnostics.map((d) => `${r.source.positionAt(d.start).line + 1} ${d.ruleId} ${d.message}`), []);
    });
  }
});
