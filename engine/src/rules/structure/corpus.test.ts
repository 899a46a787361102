// The structure family on the raw training gazettes: truncated closings, body text moved into the
// 主送 line and width islands give no diagnostic.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../lint';
import { defaultModel } from '../testing';
import { structureRules } from '.';
import { mainRecipientColon } from './main-recipient-colon';
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

// Each document cut out of its gazette and linted alone as a draft, with the colon after its 主送
// removed: the missing colon is reported, with a fix that puts it back (all 主送 of the corpus are
// 各… lists, 任免 notices included). A 主送 the extraction scrambled with body text
// (…管委会，实施。 ⏎ 市政府有关部门、直属机构：, or 免去： between the recipient lines) is left out.
describe('structure/main-recipient-colon on corpus documents linted alone', function () {
  const files = corpusFiles();
  before(function () {
    if (!files.length) this.skip();
  });
  it('reports every 各… recipient list whose colon is removed, and nothing on the documents as they are', () => {
    let checked = 0;
    const missed: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const g = lint(text, { model: defaultModel(), only: [] }).gazette;
      for (const d of g.documents) {
        // A document whose last part the parser re-attached from elsewhere ends before it starts:
        // cut it up to the next document.
        const end = d.end > d.start ? d.end : Math.min(text.length, ...g.documents.map((o) => o.start).filter((s) => s > d.start));
        const alone = text.slice(d.start, end);
        const as = lint(alone, { model: defaultModel(), today: '2026-11-22', only: [mainRecipientColon] });
        assert.deepEqual(as.diagnostics.map((x) => alone.slice(x.start, x.end)), [], `${path.basename(file)} ${d.title?.text}`);
        const mr = d.mainRecipient;
        if (!mr || !/^各[^。]*[：:]$/.test(mr.text) || /免去|任命/.test(mr.text)) continue;
        const at = mr.end - 1 - d.start;
        const cut = alone.slice(0, at) + alone.slice(at + 1);
        const r = lint(cut, { model: defaultModel(), today: '2026-11-22', only: [mainRecipientColon] });
        checked++;
        const fixes = r.diagnostics.map((x) => x.fix && cut.slice(0, x.fix.range[0]) + x.fix.text + cut.slice(x.fix.range[1]));
        if (fixes.length !== 1 || fixes[0] !== alone) missed.push(`${path.basename(file)} ${d.title?.text}: ${mr.text}`);
      }
    }
    assert.deepEqual(missed, []);
    assert.equal(checked, 38);
  });
});

// An editor's slip in a 目录 page (46 printed as 4) is reported once, by structure/toc-order; the
// parser does not take the wrong page for the page range its continuations are matched in (it did:
// a 上接 fragment went to the wrong document, and numbering/sequence reported a gap there).
describe('a 目录 page slip on a training gazette', function () {
  const file = corpusFiles().find((f) => path.basename(f) === 'gazette-2024-11-12.txt');
  before(function () {
    if (!file) this.skip();
  });
  it('gets the toc-order warning and nothing else new', () => {
    const text = fs.readFileSync(file!, 'utf8');
    const slipped = text.replace(/(聊政办字〔2024〕17 ?号 )46\n/, '$14\n');
    assert.notEqual(slipped, text);
    const diags = (t: string) => { const r = lint(t, { model: defaultModel(), today: '2026-11-22' }); return r.diagnostics.map((d) => `${r.source.positionAt(d.start).line + 1} ${d.ruleId}`); };
    const before = diags(text);
    const after = diags(slipped).filter((d) => { const i = before.indexOf(d); if (i < 0) return true; before.splice(i, 1); return false; });
    assert.deepEqual(after, ['84 structure/toc-order']);
  });
});
