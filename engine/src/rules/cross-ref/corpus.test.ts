// The cross-ref and punctuation families on the four training gazettes, with the trained model:
// every diagnostic is listed here and is a real drafting inconsistency, never extraction noise.
import * as assert from 'node:assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../lint';
import { defaultModel } from '../testing';
import { crossRefRules } from '.';
import { punctuationRules } from '../punctuation';
import { corpusFiles } from '../../../../test/fixtures/corpus';

describe('cross-ref + punctuation on the corpus', function () {
  const files = corpusFiles();
  before(function () {
    if (!files.length) this.skip();
  });

  it('finds exactly the real inconsistencies, and nothing from extraction noise', () => {
    const found: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const r = lint(text, { model: defaultModel(), only: [...crossRefRules, ...punctuationRules] });
      assert.deepStrictEqual(r.failures, []);
      for (const d of r.diagnostics) found.push(`${path.basename(f)}:${r.source.positionAt(d.start).line + 1} ${d.ruleId} ${text.slice(d.start, d.end)}`);
    }
    assert.deepStrictEqual(found, [
      // The notice issues the 实施方案 of the 三年行动计划, its body names the 行动计划 itself.
      'gazette-2021-04.txt:572 cross-ref/issued-title 《聊城市重大突发事件应急保障体系建设三年行动计划（2020—2022年）》',
      // 市防汛抗旱指挥部 was abbreviated to 市防指 two paragraphs earlier.
      'gazette-2023-06-07.txt:930 cross-ref/abbreviation 市防汛抗旱指挥部',
    ]);
  });
});
