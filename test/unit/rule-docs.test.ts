// The rule reference is generated from the rules, and every rule's examples are real: the wrong
// example gets a diagnostic of that rule, the right one none.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { allRules } from '../../engine/src/rules';
import { lint } from '../../engine/src/lint';
import { loadModel } from '../../engine/src/model/load';
import { ruleDocsMarkdown } from '../../scripts/rule-docs';
import { DIRECTIVE_PROBLEMS } from '../../engine/src/directives';

const model = loadModel();

describe('rule reference (docs/rules.md)', () => {
  it('is up to date with the rules (run `npm run docs` after changing a rule)', () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../docs/rules.md'), 'utf8');
    assert.equal(committed, ruleDocsMarkdown());
  });

  it('rule ids are family/name in the known families, each once', () => {
    const ids = allRules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^(doc-number|lead-unit|numbering|cross-ref|date|attachment|punctuation|structure)\/[a-z][a-z0-9-]*$/);
  });

  for (const rule of allRules) {
    it(`${rule.id}: documented in Chinese and English, with a wrong example it reports and a right one it accepts`, () => {
      assert.ok(rule.docs.description.zh && /[\u4e00-\u9fff]/.test(rule.docs.description.zh), 'Chinese description');
      assert.ok(rule.docs.description.en && /[a-z]/i.test(rule.docs.description.en), 'English description');
      assert.ok(rule.docs.why.length > 5, 'why');
      // Whole-document examples when the shown ones are fragments that need a document around them.
      const ex = rule.docs.test ?? { bad: rule.docs.bad, good: rule.docs.good };
      const opts = { model, today: '2026-11-22', date: rule.docs.test?.date, only: [rule] };
      if (rule.docs.test) {
        assert.ok(rule.docs.test.bad.includes(rule.docs.bad.trim().split('\n')[0].trim()), 'the whole-document wrong example contains the shown one');
      }
      const bad = lint(ex.bad, opts);
      assert.deepEqual(bad.failures, []);
      assert.ok(bad.diagnostics.length > 0, `the wrong example gets no ${rule.id} diagnostic:\n${ex.bad}`);
      const good = lint(ex.good, opts);
      assert.deepEqual(good.diagnostics.map((d) => d.message), [], `the right example is reported:\n${ex.good}`);
    });
  }

  for (const p of DIRECTIVE_PROBLEMS) {
    it(`${p.id} (a problem of directives): documented, with a wrong example it reports and a right one it accepts`, () => {
      assert.match(p.docs.description.zh, /[\u4e00-\u9fff]/);
      assert.match(p.docs.description.en, /[a-z]/i);
      const opts = { model, today: '2026-11-22', reportUnusedDisableDirectives: 'error' as const };
      const ids = (text: string) => lint(text, opts).diagnostics.map((d) => d.ruleId).filter((id) => id === p.id);
      assert.ok(ids(p.docs.bad).length > 0, `the wrong example gets no ${p.id}`);
      assert.deepEqual(ids(p.docs.good), []);
    });
  }
});
