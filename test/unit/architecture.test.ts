// Rules of the code base that a reviewer would otherwise have to remember, checked on the sources.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';

const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(rel));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(rel);
  }
  return out;
}

const SHIPPED = ['engine/src', 'cli/src', 'server/src', 'client/src'].flatMap(sources);

describe('architecture', () => {
  it('finds the sources it checks', () => {
    assert.ok(SHIPPED.length > 100, `${SHIPPED.length} files`);
  });

  it('each rule module (rules/<family>/<name>.ts, id <family>/<name>) is in its family\'s index and has <name>.test.ts beside it', () => {
    const rules = sources('engine/src/rules').filter((f) => /^export const \w+: Rule = \{/m.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    assert.ok(rules.length > 90, `${rules.length} rules`);
    const missing: string[] = [];
    for (const f of rules) {
      const name = path.basename(f, '.ts');
      const index = fs.readFileSync(path.join(ROOT, path.dirname(f), 'index.ts'), 'utf8');
      if (!new RegExp(`^\\s*id: '${path.basename(path.dirname(f))}/${name}'`, 'm').test(fs.readFileSync(path.join(ROOT, f), 'utf8'))) missing.push(`${f}: id`);
      if (!index.includes(`from './${name}'`)) missing.push(`${f}: not in index.ts`);
      if (!fs.existsSync(path.join(ROOT, path.dirname(f), `${name}.test.ts`))) missing.push(`${f}: no ${name}.test.ts`);
    }
    assert.deepStrictEqual(missing, []);
  });

  it('the engine imports nothing from vscode or the LSP libraries (the CLI, server and tests share it)', () => {
    const bad = sources('engine/src').filter((f) => /from '(vscode|vscode-languageserver[^']*|vscode-languageclient[^']*|vscode-jsonrpc[^']*)'|require\('vscode/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    assert.deepStrictEqual(bad, []);
  });

  it('Node built-ins and vscode are never namespace-imported (esbuild copies every export of such a module at start-up)', () => {
    // `import fs = require('fs')` or named imports instead: `import * as fs from 'fs'` becomes
    // __toESM(require('fs')) in the bundle, which cost a cold `gongwen lint` 1-5 ms in all.
    const builtins = new Set([...require('module').builtinModules as string[], 'vscode']);
    const bad: string[] = [];
    for (const f of SHIPPED) {
      for (const m of fs.readFileSync(path.join(ROOT, f), 'utf8').matchAll(/^import \* as \w+ from '(?:node:)?([^']+)'/gm)) {
        if (builtins.has(m[1])) bad.push(`${f}: ${m[0]}`);
      }
    }
    assert.deepStrictEqual(bad, []);
  });

  it('no shipped code compiles the configuration schema at run time (Ajv\'s compiler cost each lint of a configured project ~50 ms)', () => {
    // engine/src/config/validator.generated.ts is compiled ahead of time; Ajv's types may be imported.
    const bad = SHIPPED.filter((f) => /require\('ajv'\)|^import (?!type )[^;]*from 'ajv'/m.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    assert.deepStrictEqual(bad, []);
  });

  it('the Node bundles are ASCII (one other character makes Node decode a whole bundle as two-byte text)', function () {
    const bundles = ['dist/cli.js', 'dist/server.js', 'dist/daemon-client.js'].map((b) => path.join(ROOT, b));
    if (!bundles.every((b) => fs.existsSync(b))) this.skip(); // npm test builds first
    for (const b of bundles) {
      const at = fs.readFileSync(b, 'latin1').search(/[^\x00-\x7f]/);
      assert.strictEqual(at, -1, `${b} has a non-ASCII byte at ${at}`);
    }
  });

  it('a bundle run through the code cache compiles each regex once, to machine code (no bytecode first: ~65 M instructions of a cold lint)', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-arch-'));
    try {
      const bundle = path.join(dir, 'bundle.js');
      // A regex run twice: with V8's default tier-up, its second run compiles it again (traced).
      fs.writeFileSync(bundle, "const re = /a+b/; re.test('xaab'); re.test('yab');");
      const r = spawnSync(process.execPath, ['--trace-regexp-tier-up', '-e', `require(${JSON.stringify(path.join(ROOT, 'bin/compile-cache.js'))}).runBundle(${JSON.stringify(bundle)}, module)`], {
        encoding: 'utf8', env: { ...process.env, GONGWEN_CODE_CACHE: 'readonly' },
      });
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(r.stderr, '');
      assert.doesNotMatch(r.stdout, /needs tier-up/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a lint whose output goes to a pipe or a file makes no stream of Node (process.stdout loads Node\'s stream modules: ~4 % of a cold lint\'s instructions)', function () {
    if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) this.skip(); // npm test builds first
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-arch-'));
    try {
      const probe = path.join(dir, 'probe.js');
      fs.writeFileSync(probe, "process.on('exit', () => require('fs').writeFileSync(process.env.PROBE_OUT, process.moduleLoadList.filter((m) => /(readable|writable|duplex)$/.test(m)).join(',')));");
      const out = path.join(dir, 'modules');
      const sample = path.join(ROOT, 'samples', fs.readdirSync(path.join(ROOT, 'samples')).find((f) => f.endsWith('.txt'))!);
      const r = spawnSync(process.execPath, ['-r', probe, path.join(ROOT, 'bin/gongwen.js'), 'lint', '--no-daemon', '--format', 'json', sample], {
        encoding: 'utf8', env: { ...process.env, PROBE_OUT: out },
      });
      assert.ok(r.stdout.startsWith('[{'), r.stderr);
      assert.strictEqual(fs.readFileSync(out, 'utf8'), '');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
