// The reviewer's run from issue 2: the four training gazettes and the samples in ONE `gongwen lint
// --format json` run print valid ESLint-shaped JSON, one entry per file, with the real findings.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { corpusFiles, repoRoot } from '../fixtures/corpus';

describe('gongwen lint --format json over the corpus and the samples in one run', function () {
  this.timeout(120_000);
  it('prints one ESLint-shaped entry per file, with the corpus slips found', function () {
    const gazettes = corpusFiles();
    if (!gazettes.length) this.skip();
    if (!fs.existsSync(path.join(repoRoot, 'dist/cli.js'))) spawnSync(process.execPath, ['esbuild.js'], { cwd: repoRoot });
    const samples = fs.readdirSync(path.join(repoRoot, 'samples')).filter((f) => /\.(gw|txt)$/.test(f)).map((f) => path.join(repoRoot, 'samples', f));
    const r = spawnSync(process.execPath, ['bin/gongwen.js', 'lint', '--format', 'json', ...gazettes, ...samples], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, GONGWEN_DAEMON: 'off' } });
    assert.equal(r.status, 1, r.stderr); // the samples and the corpus contain errors
    assert.equal(r.stderr, '');
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.deepEqual(out.map((e) => e.filePath), [...gazettes, ...samples].map((f) => path.resolve(f)));
    for (const e of out) {
      assert.deepEqual(Object.keys(e).filter((k) => ['filePath', 'messages', 'errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount'].includes(k)),
        ['filePath', 'messages', 'errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount']);
      for (const m of e.messages as Record<string, unknown>[]) {
        assert.equal(typeof m.ruleId, 'string');
        assert.ok(m.severity === 1 || m.severity === 2);
        for (const k of ['line', 'column', 'endLine', 'endColumn']) assert.ok(Number.isInteger(m[k]) && (m[k] as number) >= 1, k);
        if (m.fix) {
          const fix = m.fix as { range: number[]; text: string };
          assert.ok(fix.range.length === 2 && fix.range[0] <= fix.range[1] && typeof fix.text === 'string');
        }
      }
    }
    const byFile = (name: string) => (out.find((e) => String(e.filePath).endsWith(name))!.messages as { ruleId: string; line: number }[]).map((m) => `${m.line} ${m.ruleId}`);
    assert.deepEqual(byFile('gazette-2024-06-08.txt'), ['348 lead-unit/alias']);
    assert.deepEqual(byFile('gazette-2024-11-12.txt'), ['1398 lead-unit/alias', '1400 lead-unit/alias']);
    assert.ok(byFile('draft-notice.gw').includes('3 doc-number/bracket'));
  });
});
