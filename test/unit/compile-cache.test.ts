// bin/compile-cache.js: a bundle run through the code cache behaves as when required, the cache is
// written once, reused, and a stale or damaged cache is never trusted.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const LOADER = path.resolve(__dirname, '../../bin/compile-cache.js');

/** The temp folders the tests made: removed after them (each run left five behind). */
const made: string[] = [];

function setup(): { dir: string; bundle: string; launcher: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cc-'));
  made.push(dir);
  const bundle = path.join(dir, 'bundle.js');
  // What a bundle relies on: module.exports, __filename/__dirname, require of built-ins and of
  // files beside it, process.argv.
  fs.writeFileSync(path.join(dir, 'helper.js'), 'module.exports = (x) => x * 2;\n');
  fs.writeFileSync(bundle, [
    "const path = require('path');",
    "const twice = require('./helper');",
    'function work(n) { let s = 0; for (let i = 0; i < n; i++) s += twice(i); return s; }',
    // `slow`: a run that does more (and so compiles more) than a quick one.
    "if (process.argv.includes('slow')) { const until = Date.now() + 150; while (Date.now() < until); }",
    "console.log(JSON.stringify({ file: path.basename(__filename), dir: __dirname, sum: work(10), args: process.argv.slice(2), self: module.exports === exports }));",
    'module.exports.answer = 42;',
    '',
  ].join('\n'));
  const launcher = path.join(dir, 'launch.js');
  fs.writeFileSync(launcher, `const m = require(${JSON.stringify(LOADER)}).runBundle(${JSON.stringify(bundle)}, module);\nconsole.log('answer', m.answer);\n`);
  return { dir, bundle, launcher };
}

function run(launcher: string, env: NodeJS.ProcessEnv = {}, args = ['a', 'b']) {
  const r = spawnSync(process.execPath, [launcher, ...args], { encoding: 'utf8', env: { ...process.env, ...env, GONGWEN_NO_CODE_CACHE: env.GONGWEN_NO_CODE_CACHE ?? '' } });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

describe('compile cache (bin/compile-cache.js)', () => {
  after(() => {
    for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('runs a bundle as require() does, writes the cache at exit and then reads it', () => {
    const { dir, bundle, launcher } = setup();
    const expected = `${JSON.stringify({ file: 'bundle.js', dir, sum: 90, args: ['a', 'b'], self: true })}\nanswer 42\n`;
    assert.equal(run(launcher), expected);
    const cache = `${bundle}.cache`;
    assert.ok(fs.existsSync(cache), 'cache written');
    const first = fs.readFileSync(cache);
    assert.match(first.subarray(0, 200).toString('latin1'), new RegExp(`^gongwen-code-cache 2 ${process.version.replace(/\./g, '\\.')} \\S+ \\d+ \\d+ \\d+\n`));
    // An accepted cache is not written again. Its writer's run time made long first: a run more
    // than twice as long rewrites it, which a loaded machine's second run of this tiny bundle was.
    const header = first.indexOf(10);
    const runTime = / (\d+)$/.exec(first.subarray(0, header).toString('latin1'))!;
    fs.writeFileSync(cache, Buffer.concat([first.subarray(0, runTime.index + 1), Buffer.from('60000'), first.subarray(header)]));
    const mtime = fs.statSync(cache).mtimeMs;
    assert.equal(run(launcher), expected);
    assert.equal(fs.statSync(cache).mtimeMs, mtime);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });

  it('ignores a cache made for another build of the bundle, and replaces it', () => {
    const { bundle, launcher } = setup();
    run(launcher);
    const cache = `${bundle}.cache`;
    // A rebuilt bundle of the same length (V8 alone would accept the old cache): new mtime.
    const src = fs.readFileSync(bundle, 'utf8').replace('s += twice(i)', 's -= twice(i)');
    fs.writeFileSync(bundle, src);
    fs.utimesSync(bundle, new Date(), new Date(Date.now() + 5000));
    assert.match(run(launcher), /"sum":-90/);
    assert.ok(fs.readFileSync(cache).subarray(0, 200).toString('latin1').includes(` ${fs.statSync(bundle).size} ${Math.floor(fs.statSync(bundle).mtimeMs)} `));
  });

  it('is written again by a run that takes more than twice as long as the one that wrote it, once', () => {
    const { bundle, launcher } = setup();
    const cache = `${bundle}.cache`;
    const ran = () => Number(/ (\d+)\n/.exec(fs.readFileSync(cache).subarray(0, 200).toString('latin1'))![1]);
    run(launcher);
    const quick = ran();
    assert.ok(quick < 100, `a quick run recorded ${quick} ms`);
    const args = ['slow'];
    assert.match(run(launcher, {}, args), /"sum":90/);
    const slow = ran();
    assert.ok(slow >= 150, `the slow run recorded ${slow} ms`);
    const mtime = fs.statSync(cache).mtimeMs;
    // Neither another run like it nor a quick one writes it again.
    run(launcher, {}, args);
    run(launcher);
    assert.equal(fs.statSync(cache).mtimeMs, mtime);
    assert.equal(ran(), slow);
  });

  it('survives a damaged cache and a read-only folder', () => {
    const { dir, bundle, launcher } = setup();
    run(launcher);
    const cache = `${bundle}.cache`;
    const header = fs.readFileSync(cache).subarray(0, fs.readFileSync(cache).indexOf(10) + 1);
    fs.writeFileSync(cache, Buffer.concat([header, Buffer.from('not V8 data at all')]));
    assert.match(run(launcher), /"sum":90/);
    fs.writeFileSync(cache, Buffer.from([0, 1, 2]));
    assert.match(run(launcher), /"sum":90/);
    if (process.getuid?.() !== 0) {
      fs.rmSync(cache);
      fs.chmodSync(dir, 0o555);
      try {
        assert.match(run(launcher), /"sum":90/);
        assert.ok(!fs.existsSync(cache));
      } finally {
        fs.chmodSync(dir, 0o755);
      }
    }
  });

  it('GONGWEN_CODE_CACHE=readonly reads the cache but never writes it, even after a slow run', () => {
    const { bundle, launcher } = setup();
    const cache = `${bundle}.cache`;
    assert.match(run(launcher, { GONGWEN_CODE_CACHE: 'readonly' }), /"sum":90/);
    assert.ok(!fs.existsSync(cache), 'no cache written');
    run(launcher);
    const written = fs.readFileSync(cache);
    // The slow run would rewrite it (the test above), but for readonly.
    assert.match(run(launcher, { GONGWEN_CODE_CACHE: 'readonly' }, ['slow']), /"sum":90/);
    assert.deepEqual(fs.readFileSync(cache), written);
  });

  it('GONGWEN_NO_CODE_CACHE=1 requires the bundle plainly', () => {
    const { bundle, launcher } = setup();
    assert.match(run(launcher, { GONGWEN_NO_CODE_CACHE: '1' }), /"sum":90/);
    assert.ok(!fs.existsSync(`${bundle}.cache`));
  });
});
