// Valid documents written by red team 10 (test/fixtures/redteam10/): 人大常委会 决议, 决定, 公告 (第十二号,
// 〔十八届〕第十五号) and 任免名单, 批复, 函 and 复函, 通报 (表扬 and 批评), 会议纪要, 公告 / 通告, 议案, 党政联合发文,
// a 转发 with its own 印发 chain, 办法 / 规定 with 章 节 条 款 项 目, a 决定 quoting amended articles,
// tables as tabs and spaced columns, English, URLs, emails, masked ID numbers, amounts and ranges,
// 任免 with 试用期 / 挂职 / 兼任, and gazette issues assembled from them. Each is a correct document:
// the linter must find nothing in it, not even a note.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../engine/src/lint';
import { loadModel } from '../../engine/src/model/load';

const DIR = path.join(__dirname, '..', 'fixtures', 'redteam10');
const TODAY = '2026-11-24';

describe('red team 10: valid documents of many kinds, no findings', function () {
  this.timeout(60_000);
  const model = loadModel();
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.gw')).sort();
  it('holds thirty documents and more', () => assert.ok(files.length >= 30, String(files.length)));
  for (const file of files) {
    it(`${file}: no finding`, () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const r = lint(text, { model, today: TODAY });
      assert.deepEqual(r.failures, []);
      assert.deepEqual(r.diagnostics.map((d) => `${r.source.positionAt(d.start).line + 1} ${d.ruleId} ${d.message}`), []);
    });
  }
});
