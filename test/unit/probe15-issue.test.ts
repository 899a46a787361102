// probe15: a 2022年第5期 issue written for the probe (test/fixtures/probe15/issue.txt), and copies with
// drafting slips planted one per line (slips.txt, slips2.txt, slips3.txt; the *-list.tsv files name
// them). The clean issue must lint without a finding (units, citations and dates right for 2022);
// the copies must keep at least the slips found when the probe ended, each on its own line.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../engine/src/lint';
import { loadModel } from '../../engine/src/model/load';

const DIR = path.join(__dirname, '..', 'fixtures', 'probe15');
const read = (f: string) => fs.readFileSync(path.join(DIR, f), 'utf8');

function foundLines(file: string, list: string): { found: number; total: number } {
  const r = lint(read(file), { model: loadModel(), today: '2026-11-22' });
  const lines = new Set(r.diagnostics.map((d) => r.source.positionAt(d.start).line + 1));
  const rows = read(list).trim().split('\n').slice(1).map((l) => Number(l.split('\t')[0]));
  return { found: rows.filter((n) => lines.has(n)).length, total: rows.length };
}

describe('probe15: a fresh 2022 issue and its planted slips', function () {
  this.timeout(60000);
  it('reports nothing on the clean issue', () => {
    const r = lint(read('issue.txt'), { model: loadModel(), today: '2026-11-22' });
    assert.deepEqual(r.diagnostics.map((d) => `${r.source.positionAt(d.start).line + 1} ${d.ruleId}`), []);
  });
  it('finds at least 79 of the 88 slips of the first batch, 24 of the 29 of the second and 13 of the 16 of the third on their lines', () => {
    assert.ok(foundLines('slips.txt', 'slips-list.tsv').found >= 79);
    assert.ok(foundLines('slips2.txt', 'slips2-list.tsv').found >= 24);
    assert.ok(foundLines('slips3.txt', 'slips3-list.tsv').found >= 13);
  });
});
