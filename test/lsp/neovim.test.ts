// docs/editors.md's Neovim setup, checked in a real (headless) Neovim when one is installed:
// the server attaches to a .gw buffer and Neovim receives what lint() finds.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lint } from '../../engine/src/lint';
import { loadModel } from '../../engine/src/model/load';
import { FIXTURES, MODEL, ROOT } from './harness';

const hasNvim = spawnSync('nvim', ['--version']).status === 0;

describe('Neovim (headless) with the language server', function () {
  this.timeout(60000);
  let dir: string | undefined;
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  it('shows the diagnostics lint() finds in a .gw buffer', function () {
    if (!hasNvim) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-nvim-'));
    const file = path.join(dir, 'notice.gw');
    fs.copyFileSync(path.join(FIXTURES, 'notice.gw'), file);
    const out = path.join(dir, 'diagnostics.txt');
    const r = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', path.join(__dirname, 'neovim/init.lua'), file], {
      cwd: dir, timeout: 40000, encoding: 'utf8',
      env: { ...process.env, HOME: dir, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, GONGWEN_SERVER: path.join(ROOT, 'bin/gongwen-language-server.js'), GONGWEN_MODEL: MODEL, GONGWEN_OUT: out },
    });
    assert.ok(fs.existsSync(out), `nvim wrote nothing (status ${r.status}): ${r.stderr}`);
    const got = fs.readFileSync(out, 'utf8').split('\n').filter(Boolean);
    const res = lint(fs.readFileSync(file, 'utf8'), { model: loadModel(MODEL) });
    // Neovim counts columns in bytes (UTF-8); the server speaks UTF-16: compare lines, codes and messages.
    const expected = res.diagnostics.map((d) => `${res.source.positionAt(d.start).line}:${d.ruleId} ${d.message}`).sort();
    assert.ok(expected.length > 0);
    assert.deepStrictEqual(got.map((l) => l.replace(/^(\d+):\d+ /, '$1:')).sort(), expected);
  });
});
