// probe16: a 2025年第3期 issue written for the probe (test/fixtures/probe16/issue.txt: a 决定 repealing
// and amending registry documents, a 聊政通字 通告, a 公告 with a table, a 实施方案 with bracketed and
// own-line 牵头/配合 blocks whose tail a 下转/上接 continuation moves, a 通报, a 转发, a 函, a 办法 with
// chapters, 任免, a margin page number), and copies with drafting slips planted one per line
// (slips.txt, slips2.txt, slips3.txt; the *-list.tsv files name them). The clean issue must lint without a
// finding (units, citations and dates right for 2025); the copies must keep at least the slips found
// when the probe ended, each on its own line.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../engine/src/lint';
import { loadModel } from '../../engine/src/model/load';

const DIR = path.join(__dirname, '..', 'fixtures', 'probe16');
const read = (f: string) => fs.readFileSync(path.join(DIR, f), 'utf8');

function foundLines(file: string, list: string): { found: number; total: number } {
  const r = lint(read(file), { model: loadModel(), today: '2026-11-22' });
  const lines = new Set(r.diagnostics.map((d) => r.source.positionAt(d.start).line + 1));
  const rows = read(list).trim().split('\n').slice(1).map((l) => Number(l.split('\t')[0]));
  return { found: rows.filter((n) => lines.has(n)).length, total: rows.length };
}

describe('probe16: a fresh 2025 issue and its planted slips', function () {
  this.timeout(60000);
  it('reports nothing on the clean issue', () => {
    const r = lint(read('issue.txt'), { model: loadModel(), today: '2026-11-22' });
    assert.deepEqual(r.diagnostics.map((d) => `${r.source.positionAt(d.start).line + 1} ${d.ruleId}`), []);
  });
  it('finds at least 74 of the 83 slips of the first batch, 23 of the 30 of the second and 12 of the 20 of the third on their lines', () => {
    const one = foundLines('slips.txt', 'slips-list.tsv');
    const two = foundLines('slips2.txt', 'slips2-list.tsv');
    const three = foundLines('slips3.txt', 'slips3-list.tsv');
    assert.ok(one.found >= 74, `first batch: ${one.found}/${one.total}`);
    assert.ok(two.found >= 23, `second batch: ${two.found}/${two.total}`);
    assert.ok(three.found >= 12, `third batch: ${three.found}/${three.total}`);
  });
});
