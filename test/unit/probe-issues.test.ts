// Issues written for the probes, each with copies holding drafting slips planted one per line
// (slips.txt, slips2.txt, slips3.txt; the *-list.tsv files name them). A clean issue must lint
// without a finding (units, citations and dates right for its year); the copies must keep at least
// the slips found when the probe ended, each on its own line.
// - probe15: a 2022年第5期 issue (a 令 with its 办法, 意见, 批复, 任免, 大事记);
// - probe16: a 2025年第3期 issue in the spaced dialect (a 决定 repealing and amending registry
//   documents, a 聊政通字 通告, a 公告 with a table, a 实施方案 with bracketed and own-line blocks whose
//   tail a 下转/上接 continuation moves, a 通报, a 转发, a 函, a 办法 with chapters, 任免, a margin
//   page number);
// - probe17: a 2023年第10期 issue in the markdown dialect (a 令 carrying a 规章 with chapters, internal
//   article references and an article repealing an earlier 令, an 意见 with bracketed and own-line
//   blocks, a 清理 notice with 附件1–3 lists, a 批复, a notice issuing three 措施 that restart at 一、,
//   a 函, 任免, a 大事记, a 下转/上接 continuation and margin page numbers);
// - probe18: a 2024年第3期 issue in the plain dialect, no 大事记 (two 印发 notices with 实施方案 and
//   工作方案 whose blocks name several units and county groups, numbering running on in one and
//   restarting in the other with （1） items; a 废止 notice whose attachment is a TSV table of
//   documents; a 批复 with 以下简称; citations of 聊政办发〔2023〕7号 and 聊政办字〔2023〕16号/17号; 任免; a
//   下转/上接 continuation). One batch of slips only.
// - probe19: a 2021年第10期 issue in the spaced dialect, the corpus's earliest year (a 印发 notice
//   with a 实施方案 whose blocks name 2021 units — 聊城银保监分局, 人民银行聊城市中心支行 —, a 决定
//   naming 市商务投资促进局, a 批复, a 通知 citing 2021 corpus documents, a 安委会 member list, 任免,
//   a 大事记). Its slips include date-keyed ones: 2024 unit names and a citation of a 2023
//   document. One batch of slips only.
// - probe20: a 2022年第8期 issue in the plain dialect WITH the extraction noise the corpus shows
//   (three 下转/上接 fragments landing mid-sentence and mid-block in other documents, one inside the
//   大事记; wraps splitting blocks and tokens; a half-width island; letter-spaced titles; 15 号; a
//   scrambled 任免 list; a duplicated tail; ~~~~~), its slips planted in and beside the noise.
// - probe21: a 2025年第2期 issue in the spaced dialect WITH that noise (a 令 whose last article a
//   下转 moves behind a ~~~~~ line after a 函; two 印发 notices whose 实施方案/工作方案 tails land
//   inside the 大事记 mid-entry and inside the 任免 section; a half-width island; wraps inside
//   blocks, unit names and a cited title; a scrambled 任免; spaced 目录 numbers), with 2025 unit names.
// - probe22: a 2023年第3期 issue in the markdown dialect WITH that noise (`#` headings of any depth,
//   `**` on chapters and 大事记 days, hard wraps with trailing spaces; an 意见 cut mid-block whose tail
//   lands after a 批复, a 办法's last chapter inside the 大事记, a 通报's tail with its 名单 after the
//   任免; a cited number wrapped 聊政办⏎字; a two-column 名单 read across), with 2023 unit names.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../engine/src/lint';
import { loadModel } from '../../engine/src/model/load';

const PROBES: { name: string; year: number; atLeast: number[] }[] = [
  { name: 'probe15', year: 2022, atLeast: [79, 24, 13] },
  { name: 'probe16', year: 2025, atLeast: [74, 23, 12] },
  { name: 'probe17', year: 2023, atLeast: [86, 28, 12] },
  { name: 'probe18', year: 2024, atLeast: [72] },
  { name: 'probe19', year: 2021, atLeast: [43] },
  { name: 'probe20', year: 2022, atLeast: [65, 17] },
  { name: 'probe21', year: 2025, atLeast: [49, 13] },
  { name: 'probe22', year: 2023, atLeast: [60, 18] },
];

for (const { name, year, atLeast } of PROBES) {
  const read = (f: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', name, f), 'utf8');
  const run = (file: string) => lint(read(file), { model: loadModel(), today: '2026-11-22' });

  /** How many of the slips a list names have a finding on their line. */
  const foundLines = (file: string, list: string): { found: number; total: number } => {
    const r = run(file);
    const lines = new Set(r.diagnostics.map((d) => r.source.positionAt(d.start).line + 1));
    const rows = read(list).trim().split('\n').slice(1).map((l) => Number(l.split('\t')[0]));
    return { found: rows.filter((n) => lines.has(n)).length, total: rows.length };
  };

  describe(`${name}: a fresh ${year} issue and its planted slips`, function () {
    this.timeout(60000);
    it('reports nothing on the clean issue', () => {
      const r = run('issue.txt');
      assert.deepEqual(r.diagnostics.map((d) => `${r.source.positionAt(d.start).line + 1} ${d.ruleId}`), []);
    });
    it(`finds at least ${atLeast.join(', ')} of the slips of its batches on their lines`, () => {
      ['', '2', '3'].slice(0, atLeast.length).forEach((n, k) => {
        const { found, total } = foundLines(`slips${n}.txt`, `slips${n}-list.tsv`);
        assert.ok(found >= atLeast[k], `batch ${k + 1}: ${found}/${total}`);
      });
    });
  });
}
