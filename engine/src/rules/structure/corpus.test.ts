// The structure family on the raw training gazettes: truncated closings, body text moved into the
// 主送 line and width islands give no diagnostic.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../lint';
import { defaultModel } from '../testing';
import { structureRules } from '.';
import { corpusFiles } from '../../../../test/fixtures/corpus';

describe('structure/* on the training gazettes', function () {
  const files = corpusFiles();
  before(function () {
    if (!files.length) this.skip();
  });
  for (const name of ['gazette-2021-04.txt', 'gazette-2023-06-07.txt', 'gazette-2024-06-08.txt', 'gazette-2024-11-12.txt']) {
    it(`${name}: no structure diagnostics`, () => {
      const file = files.find((f) => path.basename(f) === name);
      if (!file) return;
      const r = lint(fs.readFileSync(file, 'utf8'), { model: defaultModel(), today: '2026-11-22', only: structureRules });
      assert.deepEqual(r.failures, []);
      assert.deepEqual(r.diagnostics.map((d) => `${r.source.positionAt(d.start).line + 1} ${d.ruleId} ${d.message}`), []);
    });
  }
});
