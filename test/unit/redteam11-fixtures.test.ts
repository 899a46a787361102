// Valid documents written by red team 11 (test/fixtures/redteam11/) against this session's new checks and
// readers: doubled verbs that are two words (提升提升泵站, 引导引导基金) or quoted, a date's 号 that numbers
// a berth or a unit (2025年9月2号泊位) or is quoted speech, 任免 rosters with no marks, 见附件 with numbers or
// quoted, an abbreviation renaming a body beside county bodies of the same kind, 令 numbers cited, titles with
// real numbers (第6批), 决议 forms (会议决定：, 通过 lines), role words in prose (牵头单位要…, 牵头单位和配合单位…),
// blocks joined to sentences, on own lines and closed by 按职责分工负责 inside brackets. Each is a correct
// document: the linter must find nothing in it, not even a note.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../engine/src/lint';
import { loadModel } from '../../engine/src/model/load';

const DIR = path.join(__dirname, '..', 'fixtures', 'redteam11');
const TODAY = '2026-11-24';

describe('red team 11: valid documents against this session\'s checks, no findings', function () {
  this.timeout(60_000);
  const model = loadModel();
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.gw')).sort();
  it('holds twenty-five documents and more', () => assert.ok(files.length >= 25, String(files.length)));
  for (const file of files) {
    it(`${file}: no finding`, () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const r = lint(text, { model, today: TODAY });
      assert.deepEqual(r.failures, []);
      assert.deepEqual(r.diagnostics.map((d) => `${r.source.positionAt(d.start).line + 1} ${d.ruleId} ${d.message}`), []);
    });
  }
});
