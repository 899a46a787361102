// Every user-facing string has its Chinese translation: package.json's %keys% in both nls files,
// and every vscode.l10n.t() string of the client in the zh-cn bundle.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

describe('localisation', () => {
  it('package.json placeholders exist in package.nls.json and package.nls.zh-cn.json', () => {
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    const en = JSON.parse(read('package.nls.json'));
    const zh = JSON.parse(read('package.nls.zh-cn.json'));
    assert.deepStrictEqual(keys.filter((k) => !(k in en)), []);
    assert.deepStrictEqual(keys.filter((k) => !(k in zh)), []);
  });

  it('client strings have a zh-cn translation', () => {
    const files = [
      'client/src/extension.ts',
      ...fs.readdirSync(path.join(ROOT, 'client/src')).filter((f) => f.endsWith('.ts')).map((f) => `client/src/${f}`),
    ];
    const strings = new Set<string>();
    for (const f of new Set(files)) for (const m of read(f).matchAll(/vscode\.l10n\.t\('((?:[^'\\]|\\.)*)'/g)) strings.add(m[1]);
    const bundle = JSON.parse(read('l10n/bundle.l10n.zh-cn.json'));
    assert.ok(strings.size > 5);
    assert.deepStrictEqual([...strings].filter((s) => !(s in bundle)), []);
  });
});
