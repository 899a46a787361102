// `gongwen lint --jobs N` over a folder: the worker threads' report is the sequential report, byte
// for byte (same order, same problems, same exit code), and a bad file in the folder is still named.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lint } from '../../engine/src/lint';
import { loadModel } from '../../engine/src/model/load';
import { corpusFiles, repoRoot } from '../fixtures/corpus';

const BIN = path.join(repoRoot, 'bin/gongwen.js');

function gw(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GONGWEN_DAEMON: 'off', ...env }, timeout: 120000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('gongwen lint --jobs (worker threads)', function () {
  this.timeout(180000);
  let tmp: string;

  before(function () {
    if (!corpusFiles().length) this.skip();
    execFileSync(process.execPath, ['esbuild.js'], { cwd: repoRoot, stdio: 'inherit' });
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-jobs-')));
    // The corpus documents, one file each, in two folders: more than enough text to go parallel.
    const model = loadModel();
    let n = 0;
    for (const f of corpusFiles()) {
      const t = fs.readFileSync(f, 'utf8');
      for (const d of lint(t, { model, only: [] }).gazette.documents) {
        const dir = path.join(tmp, n % 2 ? 'a' : 'b');
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, `doc-${String(n++).padStart(3, '0')}.gw`), t.slice(d.start, d.end));
      }
    }
    assert.ok(n >= 8, `${n} documents`);
    fs.writeFileSync(path.join(tmp, 'a', 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
  });
  after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  it('gives the sequential report, problems and exit code with 2 and 3 workers', () => {
    const one = gw(['lint', '-f', 'json', '--jobs', '1', 'a', 'b'], tmp);
    assert.equal(one.status, 2, one.stderr); // the binary file
    assert.equal(one.stderr, `gongwen: 二进制文件，不是文本 / binary file, not text: ${path.join(tmp, 'a', 'image.txt')}\n`);
    const report = JSON.parse(one.stdout) as { filePath: string; messages: unknown[] }[];
    assert.ok(report.length >= 8);
    for (const jobs of ['2', '3']) {
      const many = gw(['lint', '-f', 'json', '--jobs', jobs, 'a', 'b'], tmp);
      assert.equal(many.stdout, one.stdout, `--jobs ${jobs}`);
      assert.equal(many.stderr, one.stderr);
      assert.equal(many.status, one.status);
    }
    // The stylish report too (positions are computed in the main thread from the worker's text).
    assert.equal(gw(['lint', '--jobs', '2', 'a', 'b'], tmp).stdout, gw(['lint', '--jobs', '1', 'a', 'b'], tmp).stdout);
  });

  it('shares the files between this thread and the workers, each file once', () => {
    const files = fs.readdirSync(path.join(tmp, 'a')).length + fs.readdirSync(path.join(tmp, 'b')).length;
    for (const jobs of [2, 3]) {
      const r = gw(['lint', '-f', 'json', '--jobs', String(jobs), 'a', 'b'], tmp, { GONGWEN_DEBUG: 'parallel' });
      const m = /gongwen: (\d+) threads, files per thread: ([\d ]+)\n/.exec(r.stderr);
      assert.ok(m, r.stderr);
      assert.equal(Number(m[1]), jobs);
      const counts = m[2].split(' ').map(Number);
      assert.equal(counts.length, jobs);
      // The binary file is read by a thread too (and named in the report), so every file counts.
      assert.equal(counts.reduce((a, b) => a + b, 0), files);
      assert.ok(counts[0] > 0, 'this thread lints too');
    }
  });

  it('--cache: the threads lint only the files the cache does not hold, and the report stays the sequential one', () => {
    const files = fs.readdirSync(path.join(tmp, 'a')).length + fs.readdirSync(path.join(tmp, 'b')).length;
    const cache = path.join(tmp, '.cache', 'lint');
    const one = gw(['lint', '-f', 'json', '--jobs', '1', 'a', 'b'], tmp);
    const run = () => {
      const r = gw(['lint', '-f', 'json', '--jobs', '2', '--cache', '--cache-location', cache, 'a', 'b'], tmp, { GONGWEN_DEBUG: 'cache,parallel' });
      assert.equal(r.stdout, one.stdout);
      assert.equal(r.status, one.status);
      const threads = /^gongwen: (\d+) threads, .*\n/m.exec(r.stderr);
      const reused = /^gongwen: cache .*: (\d+) of (\d+) files reused\n/m.exec(r.stderr);
      assert.ok(reused, r.stderr);
      assert.equal(Number(reused[2]), files);
      assert.equal(r.stderr.replace(threads?.[0] ?? '', '').replace(reused[0], ''), one.stderr);
      return { threads: threads ? Number(threads[1]) : 1, reused: Number(reused[1]) };
    };
    try {
      assert.deepEqual(run(), { threads: 2, reused: 0 });
      // Every result the workers made was stored; the binary file is never stored.
      assert.deepEqual(run(), { threads: 1, reused: files - 1 });
      // One document changed: only it is linted again.
      const doc = path.join(tmp, 'b', 'doc-000.gw');
      const text = fs.readFileSync(doc, 'utf8');
      fs.writeFileSync(doc, text + '\n（此件公开发布）\n');
      try {
        const changed = gw(['lint', '-f', 'json', '--jobs', '1', 'a', 'b'], tmp);
        const r = gw(['lint', '-f', 'json', '--jobs', '2', '--cache', '--cache-location', cache, 'a', 'b'], tmp, { GONGWEN_DEBUG: 'cache' });
        assert.equal(r.stdout, changed.stdout);
        assert.match(r.stderr, new RegExp(`^gongwen: cache .*: ${files - 2} of ${files} files reused$`, 'm'));
      } finally {
        fs.writeFileSync(doc, text);
      }
    } finally {
      fs.rmSync(path.dirname(cache), { recursive: true, force: true });
    }
  });

  it('rejects a --jobs that is not a whole number of at least 1', () => {
    for (const bad of ['0', 'x', '1.5']) {
      const r = gw(['lint', '--jobs', bad, 'a'], tmp);
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /--jobs 需要正整数 \/ --jobs needs a whole number of at least 1/);
    }
  });
});
