import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigError, ConfigResolver, configFor, isIgnored, readConfigFile } from '.';
import { allRules } from '../rules';

describe('configuration', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-config-')));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  function write(rel: string, content: unknown): string {
    const p = path.join(tmp, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return p;
  }

  function rejects(file: string, pattern: RegExp) {
    assert.throws(() => readConfigFile(file), (e: unknown) => {
      assert.ok(e instanceof ConfigError, String(e));
      assert.strictEqual(e.file, file);
      assert.match(e.message, pattern);
      return true;
    });
  }

  it('validates with the validator compiled from the schema ahead of time, which matches the schema', () => {
    // A schema edit without `node scripts/config-validator.js` (or a build) fails here.
    const generator = require('../../../scripts/config-validator') as { configValidatorSource(): string; OUT: string };
    assert.strictEqual(fs.readFileSync(generator.OUT, 'utf8'), generator.configValidatorSource(), 'run node scripts/config-validator.js');
  });

  it('reads a valid file and resolves paths against its folder', () => {
    const f = write('proj/.gongwenrc.json', {
      $schema: '../schemas/gongwenrc.schema.json', root: true,
      rules: { 'doc-number/*': 'warn' }, model: 'models/m.json', corpus: ['corpus'], ignore: ['drafts/'], date: '2024-06-30',
    });
    const c = readConfigFile(f);
    assert.deepStrictEqual(c, {
      file: f, root: true, rules: { 'doc-number/*': 'warn' }, model: path.join(tmp, 'proj/models/m.json'),
      corpus: [path.join(tmp, 'proj/corpus')], ignore: ['drafts/'], date: '2024-06-30',
    });
  });

  it('reports a JSON syntax error with line and column', () => {
    const f = write('.gongwenrc.json', '{\n  "rules": {\n    "doc-number/*": "warn",\n  }\n}\n');
    rejects(f, /JSON 语法错误，第 4 行第 3 列 \/ JSON syntax error at line 4, column 3/);
  });

  it('reports a truncated file at its end', () => {
    const f = write('.gongwenrc.json', '{\n  "rules": {');
    rejects(f, /line 2, column 13/);
  });

  it('rejects a bad severity, naming the rule', () => {
    const f = write('.gongwenrc.json', { rules: { 'doc-number/*': 'warning' } });
    rejects(f, /"rules → doc-number\/\*"：严重程度必须是 off、info、warn 或 error/);
    rejects(write('n/.gongwenrc.json', { rules: { 'doc-number/*': 3 } }), /or ESLint's 0, 1, 2/);
  });

  it('reads ESLint\'s numeric severities as off, warn and error', () => {
    const f = write('.gongwenrc.json', { rules: { 'doc-number/*': 0, 'lead-unit/alias': 1, 'date/*': 2 } });
    assert.deepStrictEqual(readConfigFile(f).rules, { 'doc-number/*': 'off', 'lead-unit/alias': 'warn', 'date/*': 'error' });
  });

  it('reads reportUnusedDisableDirectives as ESLint writes it (a severity, 0/1/2, a boolean), the nearest file winning', () => {
    const read = (v: unknown) => readConfigFile(write('r/.gongwenrc.json', { reportUnusedDisableDirectives: v })).reportUnusedDisableDirectives;
    assert.deepStrictEqual([read('warn'), read('error'), read('off'), read(2), read(0), read(true), read(false)], ['warn', 'error', 'off', 'error', 'off', 'warn', 'off']);
    rejects(write('bad/.gongwenrc.json', { reportUnusedDisableDirectives: 'info' }), /"reportUnusedDisableDirectives"：必须是 off、warn、error/);
    write('up/.gongwenrc.json', { reportUnusedDisableDirectives: 'error' });
    write('up/in/.gongwenrc.json', { reportUnusedDisableDirectives: false });
    write('up/two/.gongwenrc.json', { date: '2024-01-01' });
    const resolver = new ConfigResolver();
    assert.strictEqual(resolver.forFile(path.join(tmp, 'up/in/a.txt')).reportUnusedDisableDirectives, 'off');
    assert.strictEqual(resolver.forFile(path.join(tmp, 'up/two/a.txt')).reportUnusedDisableDirectives, 'error');
  });

  it('rejects an unknown rule id and an unknown family', () => {
    rejects(write('a/.gongwenrc.json', { rules: { 'doc-number/no-such-rule': 'off' } }),
      /未知规则 "doc-number\/no-such-rule" \/ unknown rule "doc-number\/no-such-rule"/);
    rejects(write('b/.gongwenrc.json', { rules: { 'spelling/*': 'off' } }), /unknown rule family "spelling"/);
    rejects(write('c/.gongwenrc.json', { rules: { Bracket: 'off' } }), /must look like family\/name/);
    // directive/* are listed by `gongwen rules` but are no rules: the message says what to use.
    rejects(write('d/.gongwenrc.json', { rules: { 'directive/unused': 'warn' } }), /not a rule: unused directives are turned on and off with "reportUnusedDisableDirectives"/);
  });

  it('accepts the id of every registered rule', function () {
    if (!allRules.length) this.skip(); // no rule registered yet in this tree
    const rules = Object.fromEntries(allRules.map((r) => [r.id, 'info']));
    assert.deepStrictEqual(readConfigFile(write('.gongwenrc.json', { rules })).rules, rules);
  });

  it('rejects unknown settings, wrong types and impossible dates', () => {
    rejects(write('a/.gongwenrc.json', { rule: {} }), /unknown setting "rule"/);
    rejects(write('b/.gongwenrc.json', { corpus: 'folder' }), /"corpus" must be of type array/);
    rejects(write('c/.gongwenrc.json', { date: '2024/06/30' }), /"date" must be YYYY-MM-DD/);
    rejects(write('d/.gongwenrc.json', { date: '2024-02-30' }), /not a valid date: 2024-02-30/);
  });

  it('merges up the tree: nearest wins per setting, "root": true stops the search', () => {
    write('.gongwenrc.json', { rules: { 'date/*': 'off' }, date: '2020-01-01' });
    write('p/.gongwenrc.json', { root: true, rules: { 'doc-number/*': 'warn', 'numbering/*': 'off' }, model: 'm.json' });
    write('p/q/.gongwenrc.json', { rules: { 'doc-number/*': 'error' }, ignore: ['*.md'] });
    const c = configFor(path.join(tmp, 'p/q/r/doc.txt'));
    assert.deepStrictEqual(c.rules, { 'doc-number/*': 'error', 'numbering/*': 'off' });
    assert.strictEqual(c.model, path.join(tmp, 'p/m.json'));
    assert.strictEqual(c.date, undefined); // above the root: not read
    assert.deepStrictEqual(c.files, [path.join(tmp, 'p/q/.gongwenrc.json'), path.join(tmp, 'p/.gongwenrc.json')]);
    // Without root, the top file fills in the date.
    write('p/.gongwenrc.json', { rules: {} });
    assert.strictEqual(configFor(path.join(tmp, 'p/q/doc.txt')).date, '2020-01-01');
  });

  it('uses only the explicit file when given one', () => {
    write('p/.gongwenrc.json', { rules: { 'doc-number/*': 'warn' } });
    const other = write('elsewhere.json', { rules: { 'date/*': 'info' } });
    assert.deepStrictEqual(configFor(path.join(tmp, 'p/doc.txt'), other).rules, { 'date/*': 'info' });
  });

  it('a broken file anywhere on the way is an error for files below it', () => {
    write('.gongwenrc.json', '{ nope');
    const r = new ConfigResolver();
    assert.throws(() => r.forFile(path.join(tmp, 'a/b/doc.txt')), (e: unknown) =>
      e instanceof ConfigError && e.file === path.join(tmp, '.gongwenrc.json'));
  });

  it('a .gongwenrc.json that is a dangling symbolic link is an error naming it, not no configuration', () => {
    fs.symlinkSync('missing.json', path.join(tmp, '.gongwenrc.json'));
    assert.throws(() => new ConfigResolver().forFile(path.join(tmp, 'doc.txt')), (e: unknown) =>
      e instanceof ConfigError && e.file === path.join(tmp, '.gongwenrc.json') &&
      e.reason === '配置文件是指向不存在的文件的符号链接 / the configuration file is a symbolic link to a missing file');
  });

  it('ignores files by glob relative to the configuration folder', () => {
    write('.gongwenrc.json', { ignore: ['drafts/', 'old/*.txt', '*.bak.md'] });
    const c = configFor(path.join(tmp, 'x.txt'));
    assert.ok(isIgnored(c, path.join(tmp, 'drafts')));
    assert.ok(isIgnored(c, path.join(tmp, 'drafts/a/b.txt')));
    assert.ok(isIgnored(c, path.join(tmp, 'old/a.txt')));
    assert.ok(!isIgnored(c, path.join(tmp, 'old/sub/a.txt')));
    assert.ok(isIgnored(c, path.join(tmp, 'deep/er/x.bak.md')));
    assert.ok(!isIgnored(c, path.join(tmp, 'notes.md')));
    assert.ok(!isIgnored(c, path.join(os.tmpdir(), 'drafts/a.txt')));
  });
});
