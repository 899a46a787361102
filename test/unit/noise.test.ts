// Extraction noise is never reported as a drafting error: each kind of noise NOTES.md lists, added
// at random places to a gazette issue, raises no diagnostic the issue did not have. On the training
// gazettes (each judged by a model trained on the others, as an unseen gazette is judged by ours)
// when they are present, and always on the small issue of the parser tests. `npm run noise`
// prints the same as a table.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../engine/src/lint';
import { loadModel } from '../../engine/src/model/load';
import { train } from '../../engine/src/model/train';
import { smallIssue } from '../../engine/src/parse/issue-fixture';
import { corpusFiles } from '../fixtures/corpus';
import { COMBINED_WRAP_WIDTHS, falseAlarms, found, hardWraps, NOISE, WRAP_WIDTHS, wrapped } from '../fixtures/noise';

describe('extraction noise raises no diagnostic', function () {
  this.timeout(300_000);

  const issues = [['the small issue', smallIssue()], ['the small issue, spaced dialect', smallIssue({ spaced: true })]] as const;
  for (const [name, text] of issues) {
    it(`${name}: every kind of noise, 5 placements each`, () => {
      const model = loadModel();
      assert.ok(lint(text, { model }).gazette.isIssue, 'read as an issue: noise is judged as in an extracted gazette');
      for (const [kind, noise] of Object.entries(NOISE)) {
        assert.deepEqual(falseAlarms(text, noise, model, 5, 'all'), [], kind);
      }
    });
  }

  it('the small issue: hard wraps at 15 to 45 characters', () => {
    const model = loadModel();
    for (const [name, text] of issues) {
      for (const width of WRAP_WIDTHS) assert.deepEqual(falseAlarms(text, hardWraps(width), model, 1, 'all'), [], `${name}, ${width}`);
    }
  });

  it('the check can fail: an error made on purpose is found', () => {
    const model = loadModel();
    const broken = (t: string) => t.replace('聊政发〔2024〕1号\n', '聊政发[2024]1号\n');
    assert.ok(falseAlarms(smallIssue(), broken, model, 1).some((a) => a.startsWith('doc-number/bracket ')), found(broken(smallIssue()), model, 'all').join('\n'));
  });

  const files = corpusFiles();
  if (!files.length) it.skip('training gazettes: ../shared/corpus is not present');
  const texts = files.map((f) => ({ file: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
  for (const [i, { file, text }] of texts.entries()) {
    it(`${file}: every kind of noise, 2 placements each, and hard wraps, alone and on top of each kind, judged by a model trained on the other gazettes`, () => {
      const model = train(texts.filter((_, j) => j !== i));
      for (const [kind, noise] of Object.entries(NOISE)) {
        assert.deepEqual(falseAlarms(text, noise, model, 2, 'all', i), [], kind);
      }
      for (const width of WRAP_WIDTHS) assert.deepEqual(falseAlarms(text, hardWraps(width), model, 1, 'all', i), [], `hard wraps at ${width}`);
      for (const width of COMBINED_WRAP_WIDTHS) {
        for (const [kind, noise] of Object.entries(NOISE)) assert.deepEqual(falseAlarms(text, wrapped(noise, width), model, 1, 'all', i), [], `${kind}, then hard wraps at ${width}`);
      }
    });
  }
});
