// End-to-end: builds the bundle once, then runs `node bin/gongwen.js` on real files in temp folders.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import AjvDraft04 from 'ajv-draft-04';
import { DRAFT_2024, GAZETTE_2022, GAZETTE_2023 } from '../../engine/src/model/fixtures';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/gongwen.js');
const SAMPLES = path.join(ROOT, 'samples');
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function gw(args: string[], opts: { cwd: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; timeout?: number }): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd, input: opts.input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GONGWEN_DAEMON: 'off', ...opts.env }, timeout: opts.timeout ?? 60000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const RESULT_KEYS = ['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount',
  'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules'];

/** Checks one ESLint-shaped result: keys in order, types, positions inside the file. */
function assertResultShape(r: Record<string, unknown>, text: string) {
  // As ESLint: the text as `source` when the file has problems (no --fix here).
  const problems = (r.errorCount as number) + (r.warningCount as number) > 0;
  assert.deepStrictEqual(Object.keys(r), problems ? [...RESULT_KEYS.slice(0, -1), 'source', 'usedDeprecatedRules'] : RESULT_KEYS);
  if (problems) assert.strictEqual(r.source, text);
  assert.ok(path.isAbsolute(r.filePath as string) || r.filePath === '<stdin>', String(r.filePath));
  const lines = text.split(/\r\n|\r|\n/);
  for (const m of r.messages as Record<string, unknown>[]) {
    const keys = Object.keys(m);
    assert.deepStrictEqual(keys.slice(0, 7), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
    for (const k of keys.slice(7)) assert.ok(k === 'fix' || k === 'suggestions', k);
    assert.strictEqual(typeof m.ruleId, 'string');
    assert.ok(m.severity === 1 || m.severity === 2);
    assert.strictEqual(typeof m.message, 'string');
    for (const k of ['line', 'column', 'endLine', 'endColumn']) assert.ok(Number.isInteger(m[k]) && (m[k] as number) >= 1, k);
    assert.ok((m.line as number) <= lines.length && (m.endLine as number) <= lines.length);
    assert.ok((m.column as number) <= lines[(m.line as number) - 1].length + 1);
    if (m.fix) {
      const f = m.fix as { range: number[]; text: string };
      assert.ok(f.range[0] >= 0 && f.range[0] <= f.range[1] && f.range[1] <= text.length);
      assert.strictEqual(typeof f.text, 'string');
    }
  }
  const msgs = r.messages as { severity: number; fix?: unknown }[];
  assert.strictEqual(r.errorCount, msgs.filter((m) => m.severity === 2).length);
  assert.strictEqual(r.warningCount, msgs.filter((m) => m.severity === 1).length);
  assert.strictEqual(r.fixableErrorCount, msgs.filter((m) => m.severity === 2 && m.fix).length);
  assert.strictEqual(r.fixableWarningCount, msgs.filter((m) => m.severity === 1 && m.fix).length);
  assert.deepStrictEqual([r.suppressedMessages, r.fatalErrorCount, r.usedDeprecatedRules], [[], 0, []]);
}

describe('gongwen CLI (built bundle)', function () {
  this.timeout(120000);
  let tmp: string;
  let ruleCount = 0;

  before(() => {
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
    ruleCount = JSON.parse(gw(['rules', '--format', 'json'], { cwd: ROOT }).stdout).length;
  });
  beforeEach(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-')));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const write = (rel: string, content: string | Buffer) => {
    const p = path.join(tmp, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
    return p;
  };
  const sample = (name: string) => fs.readFileSync(path.join(SAMPLES, name), 'utf8');

  describe('usage', () => {
    it('--version and --help exit 0', () => {
      assert.deepStrictEqual(gw(['--version'], { cwd: tmp }), { status: 0, stdout: VERSION + '\n', stderr: '' });
      const help = gw(['--help'], { cwd: tmp });
      assert.strictEqual(help.status, 0);
      assert.match(help.stdout, /用法 \/ usage: gongwen <命令 \/ command>/);
      assert.strictEqual(gw(['lint', '--help'], { cwd: tmp }).status, 0);
    });

    it('no command, an unknown command or an unknown option exit 2 with the usage', () => {
      for (const args of [[], ['lnt'], ['lint', '--frmat', 'json'], ['lint', '--format', 'xml'], ['lint', '--max-warnings', 'x'], ['lint', '--date', '2024-02-30']]) {
        const r = gw(args, { cwd: tmp });
        assert.strictEqual(r.status, 2, args.join(' '));
        assert.match(r.stderr, /^gongwen: /, args.join(' '));
        assert.strictEqual(r.stdout, '', args.join(' '));
      }
      assert.match(gw(['lint', '--frmat', 'json'], { cwd: tmp }).stderr, /用法 \/ usage: gongwen lint/);
    });

    it('a working folder deleted under the shell: exit 2 and one line naming it, with or without a daemon', function () {
      if (process.platform === 'win32') this.skip(); // a folder in use cannot be deleted there
      const a = write('a.txt', sample('draft-notice-errors.txt'));
      fs.mkdirSync(path.join(tmp, 'gone'));
      for (const mode of ['off', 'auto']) {
        const r = spawnSync('bash', ['-c', 'cd gone && rmdir ../gone && exec "$NODE" "$BIN" lint "$A"'], {
          cwd: tmp, encoding: 'utf8', timeout: 60000,
          env: { ...process.env, NODE: process.execPath, BIN, A: a, NO_COLOR: '1', GONGWEN_DAEMON: mode, GONGWEN_DAEMON_DIR: path.join(tmp, 'daemon') },
        });
        assert.deepStrictEqual([r.status, r.stdout, r.stderr], [2, '', `gongwen: 当前文件夹已不存在 / the working folder no longer exists: ${path.join(tmp, 'gone')}\n`], mode);
        fs.mkdirSync(path.join(tmp, 'gone'));
      }
      assert.ok(!fs.existsSync(path.join(tmp, 'daemon')), 'no daemon started');
    });
  });

  describe('lint', () => {
    it('prints one ESLint-shaped JSON entry per file, with 1-based positions', () => {
      const a = write('a.txt', sample('draft-notice-errors.txt'));
      const b = write('b.txt', sample('draft-notice-clean.txt'));
      const r = gw(['lint', '--format', 'json', 'a.txt', 'b.txt'], { cwd: tmp });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      assert.strictEqual(r.stderr, '');
      const out = JSON.parse(r.stdout);
      assert.deepStrictEqual(out.map((x: { filePath: string }) => x.filePath), [a, b]);
      assertResultShape(out[0], sample('draft-notice-errors.txt'));
      assertResultShape(out[1], sample('draft-notice-clean.txt'));
      assert.strictEqual(r.status, out.some((x: { errorCount: number }) => x.errorCount > 0) ? 1 : 0);
    });

    it('finds problems in the faulty sample and exits 1 (needs registered rules)', function () {
      if (!ruleCount) this.skip(); // no rule registered yet in this tree
      const r = gw(['lint', '--format', 'json', path.join(SAMPLES, 'draft-notice-errors.txt')], { cwd: tmp });
      const [res] = JSON.parse(r.stdout);
      assert.ok(res.messages.length > 0);
      assert.strictEqual(r.status, res.errorCount > 0 ? 1 : 0);
    });

    it('--fix --format json gives the fixed text as `output`, not `source`, as ESLint does', () => {
      const original = sample('draft-notice-errors.txt');
      write('a.txt', original);
      const r = gw(['lint', '--fix', '-f', 'json', 'a.txt'], { cwd: tmp });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const [res] = JSON.parse(r.stdout);
      const fixedText = fs.readFileSync(path.join(tmp, 'a.txt'), 'utf8');
      assert.notStrictEqual(fixedText, original);
      assert.deepStrictEqual([res.output, 'source' in res], [fixedText, false]);
      // Nothing left to fix: a lint with --fix of the fixed file has its problems' text as `source`.
      const again = JSON.parse(gw(['lint', '--fix', '-f', 'json', 'a.txt'], { cwd: tmp }).stdout)[0];
      assert.deepStrictEqual([again.source, 'output' in again], [fixedText, false]);
    });

    it('exits 0 on an empty file and on plain text, with an empty messages array', () => {
      write('empty.txt', '');
      write('plain.md', '这是一段普通文字，不是公文。\n');
      const r = gw(['lint', '-f', 'json', 'empty.txt', 'plain.md'], { cwd: tmp });
      assert.strictEqual(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.deepStrictEqual(out.map((x: { messages: unknown[] }) => x.messages), [[], []]);
      assert.strictEqual(gw(['lint', 'empty.txt'], { cwd: tmp }).stdout, '');
    });

    it('a missing file: exit 2, one line naming it, the other files still linted and printed', () => {
      const a = write('a.txt', sample('draft-notice-errors.txt'));
      const r = gw(['lint', '-f', 'json', 'missing.txt', 'a.txt'], { cwd: tmp });
      assert.strictEqual(r.status, 2);
      assert.strictEqual(r.stderr, `gongwen: 找不到文件 / file not found: ${path.join(tmp, 'missing.txt')}\n`);
      assert.deepStrictEqual(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath), [a]);
    });

    it('a binary file: exit 2 with the reason, other files still linted', () => {
      write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
      write('ok.txt', '你好\n');
      const r = gw(['lint', '-f', 'json', 'image.txt', 'ok.txt'], { cwd: tmp });
      assert.strictEqual(r.status, 2);
      assert.strictEqual(r.stderr, `gongwen: 二进制文件，不是文本 / binary file, not text: ${path.join(tmp, 'image.txt')}\n`);
      assert.strictEqual(JSON.parse(r.stdout).length, 1);
    });

    it('a FIFO, a device or an endless pipe: refused at once with one line each, the other files linted', function () {
      if (process.platform === 'win32') this.skip();
      const a = write('a.txt', sample('draft-notice-errors.txt'));
      execFileSync('mkfifo', [path.join(tmp, 'f.gw')]); // nobody writes it: opened, it would block for ever
      const r = gw(['lint', '-f', 'json', '/dev/zero', 'f.gw', 'a.txt'], { cwd: tmp });
      assert.strictEqual(r.status, 2, r.stderr);
      assert.strictEqual(r.stderr,
        'gongwen: 不是普通文件（设备），其内容请从标准输入（-）传入 / not a regular file (a device): pass its text on standard input (-): /dev/zero\n' +
        `gongwen: 不是普通文件（命名管道），其内容请从标准输入（-）传入 / not a regular file (a FIFO): pass its text on standard input (-): ${path.join(tmp, 'f.gw')}\n`);
      assert.deepStrictEqual(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath), [a]);
      // Standard input and a pipe of this process (<(…)) are read up to the limit, and no further.
      const tooLarge = (file: string) => `gongwen: 文件过大（超过 20 MB 上限） / file too large (over the 20 MB limit): ${file}\n`;
      const sh = (script: string) => spawnSync('bash', ['-c', script], {
        cwd: tmp, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1', GONGWEN_DAEMON: 'off', BIN },
      });
      const piped = sh('yes 一二三 | node "$BIN" lint -');
      assert.deepStrictEqual([piped.status, piped.stderr], [2, tooLarge('<stdin>')]);
      const substituted = sh('node "$BIN" lint -f json <(yes 一二三) a.txt');
      assert.strictEqual(substituted.status, 2);
      assert.match(substituted.stderr, /^gongwen: 文件过大（超过 20 MB 上限） \/ file too large \(over the 20 MB limit\): \/(dev|proc\/self)\/fd\/\d+\n$/);
      assert.deepStrictEqual(JSON.parse(substituted.stdout).map((x: { filePath: string }) => x.filePath), [a]);
      // A pipe under the limit is linted as the file would be.
      const small = sh('node "$BIN" lint -f json <(cat a.txt)');
      assert.deepStrictEqual(JSON.parse(small.stdout)[0].messages, JSON.parse(gw(['lint', '-f', 'json', 'a.txt'], { cwd: tmp }).stdout)[0].messages);
    });

    it('a model, a configuration or a cache that is a FIFO or a device: a clear error or a fresh cache, never a hang', function () {
      if (process.platform === 'win32') this.skip();
      const a = write('a.txt', sample('draft-notice-errors.txt'));
      execFileSync('mkfifo', [path.join(tmp, 'm.json')]); // nobody writes it: opened, it would block for ever
      const notRegular = (what: string) => `不是普通文件（${what === 'a FIFO' ? '命名管道' : '设备'}） / not a regular file (${what})`;
      for (const [model, what] of [[path.join(tmp, 'm.json'), 'a FIFO'], ['/dev/zero', 'a device']]) {
        const r = gw(['lint', '--model', model, 'a.txt'], { cwd: tmp, timeout: 30000 });
        assert.deepStrictEqual([r.status, r.stdout], [2, '']);
        assert.strictEqual(r.stderr, `gongwen: 模型有误 / invalid model: ${model}: 无法读取模型文件 / cannot read the model file (${notRegular(what)})\n`);
      }
      const rc = path.join(tmp, 'project', '.gongwenrc.json');
      fs.mkdirSync(path.dirname(rc));
      execFileSync('mkfifo', [rc]);
      fs.copyFileSync(a, path.join(tmp, 'project', 'a.txt'));
      const configured = gw(['lint', 'project/a.txt'], { cwd: tmp, timeout: 30000 });
      assert.strictEqual(configured.status, 2);
      assert.strictEqual(configured.stderr, `gongwen: 配置文件有误 / invalid configuration: 无法读取配置文件 / cannot read configuration file (${notRegular('a FIFO')}): ${rc}\n`);
      // A cache location that is a FIFO is no cache: the run lints and stores a cache in its place.
      execFileSync('mkfifo', [path.join(tmp, 'c.json')]);
      const cached = gw(['lint', '-f', 'json', '--cache', '--cache-location', 'c.json', 'a.txt'], { cwd: tmp, timeout: 30000 });
      assert.strictEqual(cached.status, 1, cached.stderr);
      assert.deepStrictEqual(JSON.parse(cached.stdout)[0].messages, JSON.parse(gw(['lint', '-f', 'json', 'a.txt'], { cwd: tmp }).stdout)[0].messages);
      assert.ok(fs.statSync(path.join(tmp, 'c.json')).isFile());
    });

    it('--cache stores nothing for a pipe (<(…)): only a regular file is the same file at the next run', function () {
      if (process.platform === 'win32') this.skip();
      const a = write('a.txt', sample('draft-notice-errors.txt'));
      write('b.txt', '你好\n');
      const sh = (script: string) => spawnSync('bash', ['-c', script], {
        cwd: tmp, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1', GONGWEN_DAEMON: 'off', BIN },
      });
      const stored = () => Object.keys(JSON.parse(fs.readFileSync(path.join(tmp, '.gongwencache'), 'utf8')).files);
      for (const strategy of ['content', 'metadata']) {
        const r = sh(`node "$BIN" lint --cache --cache-strategy ${strategy} -f json <(cat a.txt) a.txt`);
        assert.strictEqual(r.status, ruleCount ? 1 : 0, r.stderr);
        const [piped, file] = JSON.parse(r.stdout) as { filePath: string; messages: unknown[] }[];
        assert.match(piped.filePath, /^\/(dev|proc\/self)\/fd\/\d+$/);
        assert.deepStrictEqual(piped.messages, file.messages); // linted as the file it carries
        assert.deepStrictEqual(stored(), [a], strategy);
        // Another text under the same pipe name: linted afresh.
        const other = sh(`node "$BIN" lint --cache --cache-strategy ${strategy} -f json <(cat b.txt)`);
        assert.deepStrictEqual(JSON.parse(other.stdout)[0].messages, [], strategy);
        assert.deepStrictEqual(stored(), [a], strategy);
        fs.rmSync(path.join(tmp, '.gongwencache'));
      }
    });

    it('a GBK copy gives the same findings as the UTF-8 original', () => {
      const text = sample('draft-notice-errors.txt');
      write('utf8/doc.txt', text);
      write('gbk/doc.txt', iconv.encode(text, 'gbk'));
      write('crlf-gbk/doc.txt', iconv.encode(text.replace(/\n/g, '\r\n'), 'gbk'));
      const messages = (dir: string) => {
        const r = gw(['lint', '-f', 'json', `${dir}/doc.txt`], { cwd: tmp });
        assert.ok(r.status === 0 || r.status === 1, r.stderr);
        return JSON.parse(r.stdout)[0].messages;
      };
      const utf8 = messages('utf8');
      assert.deepStrictEqual(messages('gbk'), utf8);
      if (ruleCount) assert.ok(utf8.length > 0, 'the faulty sample should have findings');
      // The decoded text itself is identical: fix --stdout prints it back as UTF-8.
      const viaGbk = gw(['fix', '--stdout', 'gbk/doc.txt'], { cwd: tmp });
      const viaUtf8 = gw(['fix', '--stdout', 'utf8/doc.txt'], { cwd: tmp });
      assert.strictEqual(viaGbk.stdout, viaUtf8.stdout);
      assert.ok(viaGbk.stdout.includes('聊城市人民政府办公室'));
      // CRLF survives decoding: the same findings line for line.
      const crlf = messages('crlf-gbk');
      assert.deepStrictEqual(crlf.map((m: { line: number; column: number; ruleId: string }) => [m.ruleId, m.line, m.column]),
        utf8.map((m: { line: number; column: number; ruleId: string }) => [m.ruleId, m.line, m.column]));
    });

    it('reads stdin for "-"', () => {
      const r = gw(['lint', '-f', 'json', '-'], { cwd: tmp, input: sample('draft-notice-errors.txt') });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const [res] = JSON.parse(r.stdout);
      assert.strictEqual(res.filePath, '<stdin>');
      assertResultShape(res, sample('draft-notice-errors.txt'));
      const file = gw(['lint', '-f', 'json', path.join(SAMPLES, 'draft-notice-errors.txt')], { cwd: tmp });
      assert.deepStrictEqual(res.messages, JSON.parse(file.stdout)[0].messages);
    });

    it('recurses into folders over .gw .gongwen .txt .md, skipping node_modules, .git and ignored globs', () => {
      for (const f of ['a.gw', 'b.gongwen', 'c.txt', 'd.md', 'e.docx', 'sub/f.TXT', 'node_modules/x.txt', '.git/y.txt', 'drafts/z.txt', 'sub/old.bak.md']) {
        write(`docs/${f}`, '你好\n');
      }
      write('docs/.gongwenrc.json', JSON.stringify({ ignore: ['drafts/', '*.bak.md'] }));
      const r = gw(['lint', '-f', 'json', 'docs'], { cwd: tmp });
      assert.strictEqual(r.status, 0, r.stderr);
      const rel = JSON.parse(r.stdout).map((x: { filePath: string }) => path.relative(path.join(tmp, 'docs'), x.filePath));
      assert.deepStrictEqual(rel, ['a.gw', 'b.gongwen', 'c.txt', 'd.md', 'sub/f.TXT']);
      // Named explicitly, an ignored file is skipped too (as ESLint's and markdownlint-cli's), saying
      // so; --no-ignore lints it. A file of another extension named is read: it was asked for.
      const named = gw(['lint', '-f', 'json', 'docs/drafts/z.txt'], { cwd: tmp });
      assert.strictEqual(named.status, 0);
      assert.strictEqual(JSON.parse(named.stdout).length, 0);
      assert.match(named.stderr, /ignored by an ignore glob/);
      assert.strictEqual(JSON.parse(gw(['lint', '-f', 'json', '--no-ignore', 'docs/drafts/z.txt'], { cwd: tmp }).stdout).length, 1);
    });

    it('lints the current folder when given no paths', () => {
      write('one.txt', '你好\n');
      const r = gw(['lint', '-f', 'json'], { cwd: tmp });
      assert.deepStrictEqual(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath), [path.join(tmp, 'one.txt')]);
    });

    it('a broken .gongwenrc.json: exit 2 naming the file and the cause; files elsewhere still linted', () => {
      const cfg = write('bad/.gongwenrc.json', '{\n  "rules": {\n    "doc-number/*": "warn",\n  }\n}\n');
      write('bad/doc.txt', '你好\n');
      const good = write('good/doc.txt', '你好\n');
      const r = gw(['lint', '-f', 'json', 'bad/doc.txt', 'good/doc.txt'], { cwd: tmp });
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, new RegExp(`^gongwen: 配置文件有误 / invalid configuration: JSON 语法错误，第 4 行第 3 列 / JSON syntax error at line 4, column 3: .*: ${cfg.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\n$`));
      assert.deepStrictEqual(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath), [good]);
      // An unknown rule and a bad severity, through --config.
      write('c1.json', JSON.stringify({ rules: { 'doc-number/nope': 'warn' } }));
      const r1 = gw(['lint', '--config', 'c1.json', 'good/doc.txt'], { cwd: tmp });
      assert.strictEqual(r1.status, 2);
      assert.match(r1.stderr, /c1\.json: 未知规则 "doc-number\/nope" \/ unknown rule "doc-number\/nope"/);
      write('c2.json', JSON.stringify({ rules: { 'doc-number/*': 'fatal' } }));
      assert.match(gw(['lint', '-c', 'c2.json', 'good/doc.txt'], { cwd: tmp }).stderr, /severity must be "off", "info", "warn" or "error"/);
    });

    it('a corrupt or truncated model: exit 2 with the model error', () => {
      write('doc.txt', '你好\n');
      const good = fs.readFileSync(path.join(ROOT, 'models/default.json'), 'utf8');
      const truncated = write('truncated.json', good.slice(0, Math.floor(good.length / 2)));
      const r = gw(['lint', '--model', 'truncated.json', 'doc.txt'], { cwd: tmp });
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /^gongwen: 模型有误 \/ invalid model: .*truncated\.json: 模型文件不是有效的 JSON（可能已损坏或被截断）/);
      assert.strictEqual(r.stdout, '');
      write('other.json', '{"format":"something-else"}');
      assert.match(gw(['lint', '--model', 'other.json', 'doc.txt'], { cwd: tmp }).stderr, /不是 Gongwen 模型文件/);
      assert.match(gw(['lint', '--model', 'absent.json', 'doc.txt'], { cwd: tmp }).stderr, /无法读取模型文件 \/ cannot read the model file \(ENOENT\)/);
      // Through the configuration: "model" is relative to the configuration file.
      write('proj/.gongwenrc.json', JSON.stringify({ model: '../truncated.json' }));
      write('proj/doc.txt', '你好\n');
      const viaConfig = gw(['lint', 'proj/doc.txt'], { cwd: tmp });
      assert.strictEqual(viaConfig.status, 2);
      assert.ok(viaConfig.stderr.includes(truncated), viaConfig.stderr);
      // A valid --model is used (and wins over the configuration's broken one).
      write('good.json', good);
      assert.strictEqual(gw(['lint', '--model', 'good.json', 'proj/doc.txt'], { cwd: tmp }).status, 0);
    });

    it('a model with the right header but a malformed entry: exit 2, one line naming the model and the entry', () => {
      const good = JSON.parse(fs.readFileSync(path.join(ROOT, 'models/default.json'), 'utf8'));
      const bad = write('bad.json', JSON.stringify({ ...good, codes: [null] }));
      write('a.txt', sample('draft-notice-errors.txt'));
      write('b.txt', '你好\n');
      const r = gw(['lint', '--model', 'bad.json', 'a.txt', 'b.txt'], { cwd: tmp });
      assert.deepStrictEqual([r.status, r.stdout], [2, '']);
      assert.strictEqual(r.stderr, `gongwen: 模型有误 / invalid model: ${bad}: codes[0] 应为对象 / codes[0] must be an object: null\n`);
      // Through one folder's configuration: that folder's files are reported, the others linted.
      const units = write('units.json', JSON.stringify({ ...good, units: [1, 2] }));
      write('proj/.gongwenrc.json', JSON.stringify({ model: '../units.json' }));
      write('proj/doc.txt', sample('draft-notice-errors.txt'));
      const other = write('other/doc.txt', '你好\n');
      for (const jobs of ['1', '2']) {
        const viaConfig = gw(['lint', '-j', jobs, '-f', 'json', 'proj', 'other'], { cwd: tmp });
        assert.strictEqual(viaConfig.status, 2);
        assert.strictEqual(viaConfig.stderr, `gongwen: 模型有误 / invalid model: units[0] 应为对象 / units[0] must be an object: 1: ${units}\n`);
        assert.deepStrictEqual(JSON.parse(viaConfig.stdout).map((x: { filePath: string }) => x.filePath), [other]);
      }
    });

    it('an unreadable folder: exit 2 naming it, the rest still linted', function () {
      // root reads folders whatever their mode, so as root the CLI runs as "nobody" (setpriv);
      // without setpriv there is no way to make a folder unreadable here, and the test is skipped.
      const asRoot = process.getuid?.() === 0;
      const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => fs.existsSync(p));
      if (asRoot && !setpriv) this.skip();
      write('locked/doc.txt', '你好\n');
      const ok = write('open/doc.txt', '你好\n');
      fs.chmodSync(tmp, 0o755);
      fs.chmodSync(path.join(tmp, 'open'), 0o755);
      fs.chmodSync(ok, 0o644);
      fs.chmodSync(path.join(tmp, 'locked'), 0);
      try {
        const args = ['lint', '-f', 'json', 'locked', 'open'];
        const r = asRoot
          ? (() => {
            const p = spawnSync(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args],
              { cwd: tmp, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GONGWEN_DAEMON: 'off' } });
            return { status: p.status, stdout: p.stdout, stderr: p.stderr };
          })()
          : gw(args, { cwd: tmp });
        // "nobody" may not be able to read the checkout itself (a private home folder): nothing to test then.
        if (asRoot && /Cannot find module|EACCES: permission denied, open .*gongwen/.test(r.stderr)) this.skip();
        assert.strictEqual(r.status, 2, r.stderr);
        assert.strictEqual(r.stderr, `gongwen: 没有读取文件夹的权限 / permission denied: ${path.join(tmp, 'locked')}\n`);
        assert.deepStrictEqual(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath), [ok]);
      } finally {
        fs.chmodSync(path.join(tmp, 'locked'), 0o755);
      }
    });

    it('writes the report to -o FILE and nothing to stdout', () => {
      write('doc.txt', '你好\n');
      const r = gw(['lint', '-f', 'json', '-o', 'out/report.json', 'doc.txt'], { cwd: tmp });
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(r.stdout, '');
      assert.strictEqual(JSON.parse(fs.readFileSync(path.join(tmp, 'out/report.json'), 'utf8'))[0].filePath, path.join(tmp, 'doc.txt'));
    });

    it('--format sarif is valid SARIF 2.1.0 with URIs relative to the working folder', () => {
      write('docs/a.txt', sample('draft-notice-errors.txt'));
      const r = gw(['lint', '-f', 'sarif', 'docs'], { cwd: tmp });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const log = JSON.parse(r.stdout);
      const schemaFile = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json');
      const validate = new AjvDraft04({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
      const valid: boolean = validate(log);
      assert.ok(valid, JSON.stringify(validate.errors));
      assert.strictEqual(log.runs[0].tool.driver.rules.length, ruleCount);
      for (const res of log.runs[0].results) {
        assert.deepStrictEqual(res.locations[0].physicalLocation.artifactLocation, { uri: 'docs/a.txt', uriBaseId: '%SRCROOT%' });
      }
    });

    it('--format compact: ESLint\'s one line per problem, the exit code as for any format', () => {
      write('docs/a.txt', sample('draft-notice-errors.txt'));
      const r = gw(['lint', '-f', 'compact', 'docs'], { cwd: tmp });
      const json = JSON.parse(gw(['lint', '-f', 'json', 'docs'], { cwd: tmp }).stdout)[0];
      assert.strictEqual(r.status, json.errorCount ? 1 : 0, r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      assert.strictEqual(lines.length, json.messages.length + 2);
      json.messages.forEach((m: { line: number; column: number; ruleId: string }, i: number) => {
        assert.ok(lines[i].startsWith(`${path.join(tmp, 'docs/a.txt')}: line ${m.line}, col ${m.column}, `) && lines[i].endsWith(` (${m.ruleId})`), lines[i]);
      });
      assert.strictEqual(lines[lines.length - 1], `${json.messages.length} problems`);
    });

    it('--quiet drops warnings and --max-warnings turns too many into exit 1 (needs findings)', function () {
      const doc = write('doc.txt', sample('draft-notice-errors.txt'));
      const all = JSON.parse(gw(['lint', '-f', 'json', doc], { cwd: tmp }).stdout)[0];
      if (!all.warningCount) this.skip(); // no rule reports a warning on the sample yet
      const quiet = JSON.parse(gw(['lint', '-f', 'json', '--quiet', doc], { cwd: tmp }).stdout)[0];
      assert.strictEqual(quiet.warningCount, 0);
      assert.strictEqual(quiet.errorCount, all.errorCount);
      const r = gw(['lint', '--max-warnings', '0', doc], { cwd: tmp });
      assert.strictEqual(r.status, 1);
      assert.match(r.stderr, /too many warnings/);
    });

    it('stylish output ends with the ESLint-style summary (needs findings)', function () {
      const doc = write('doc.txt', sample('draft-notice-errors.txt'));
      const json = JSON.parse(gw(['lint', '-f', 'json', doc], { cwd: tmp }).stdout)[0];
      if (!json.messages.length) this.skip();
      const r = gw(['lint', doc], { cwd: tmp });
      assert.ok(r.stdout.includes(`\n${doc}\n`));
      assert.match(r.stdout, new RegExp(`✖ ${json.messages.length} problems? \\(${json.errorCount} errors?, ${json.warningCount} warnings?\\)`));
      assert.ok(!r.stdout.includes('\u001b['), 'no colour when not a terminal');
    });
  });

  describe('fix', () => {
    it('--stdout prints the text unchanged when nothing is fixable, CRLF kept', () => {
      const text = '这是一段文字。\r\n第二行\n';
      write('doc.txt', text);
      const r = gw(['fix', '--stdout', 'doc.txt'], { cwd: tmp });
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(r.stdout, text);
      assert.strictEqual(gw(['fix', '-'], { cwd: tmp, input: text }).stdout, text);
      // lint's --no-daemon is accepted too (a script passing it to both): fix runs in process anyway.
      const noDaemon = gw(['fix', '--no-daemon', '--stdout', 'doc.txt'], { cwd: tmp });
      assert.strictEqual(noDaemon.status, 0, noDaemon.stderr);
      assert.strictEqual(noDaemon.stdout, text);
    });

    it('changes only the characters fixes name, in place, keeping the encoding; reaches a fixed point', function () {
      const original = sample('draft-notice-errors.txt');
      write('doc.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original)]));
      const before = JSON.parse(gw(['lint', '-f', 'json', 'doc.txt'], { cwd: tmp }).stdout)[0];
      const fixes = before.messages.filter((m: { fix?: unknown }) => m.fix);
      if (!fixes.length) this.skip(); // no fixable rule registered yet
      const r = gw(['fix', 'doc.txt'], { cwd: tmp });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const bytes = fs.readFileSync(path.join(tmp, 'doc.txt'));
      assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM kept');
      const after = bytes.subarray(3).toString('utf8');
      // Every first-pass fix that does not overlap another is in the output, and the text between is untouched.
      let expected = '';
      let at = 0;
      for (const m of [...fixes].sort((a, b) => a.fix.range[0] - b.fix.range[0])) {
        if (m.fix.range[0] <= at && at > 0) continue;
        expected += original.slice(at, m.fix.range[0]) + m.fix.text;
        at = m.fix.range[1];
      }
      expected += original.slice(at);
      const again = gw(['fix', '--dry-run', 'doc.txt'], { cwd: tmp });
      assert.strictEqual(again.stdout.includes('would be applied'), false, 'fixed point: nothing more to fix');
      if (!JSON.parse(gw(['lint', '-f', 'json', '-'], { cwd: tmp, input: expected }).stdout)[0].messages.some((m: { fix?: unknown }) => m.fix)) {
        assert.strictEqual(after, expected);
      }
    });

    it('keeps every line break when it renames a unit split over lines (CRLF, LF, a blank line), in UTF-8 and GBK', () => {
      // The sample's 市发改委、市住建局 hard-wrapped inside each name, as an extraction leaves them.
      const original = sample('draft-notice-errors.txt');
      assert.ok(original.includes('市发改委、市住建局）'));
      for (const [name, br] of [['crlf', '\r\n'], ['lf', '\n'], ['blank', '\n\n']]) {
        const text = original.replace('市发改委、市住建局）', `市发改${br}委、市住${br}建局）`).replace(/\r?\n/g, br === '\r\n' ? '\r\n' : '\n');
        const breaks = (t: string) => (t.match(/\r\n|\r|\n/g) ?? []).join('');
        write(`${name}.txt`, text);
        write(`${name}-gbk.txt`, iconv.encode(text, 'gbk'));
        const dry = gw(['fix', '--dry-run', `${name}.txt`], { cwd: tmp }).stdout;
        assert.ok(dry.includes('"改" → "展改革"  lead-unit/alias') && dry.includes('"建" → "房城乡建设"  lead-unit/alias'), dry);
        const r = gw(['fix', `${name}.txt`, `${name}-gbk.txt`], { cwd: tmp });
        assert.ok(r.status === 0 || r.status === 1, r.stderr);
        const after = fs.readFileSync(path.join(tmp, `${name}.txt`), 'utf8');
        assert.strictEqual(breaks(after), breaks(text), `${name}: the same line breaks, in the same order`);
        assert.ok(after.includes(`市发展改革${br}委、市住${br}房城乡建设局）`), `${name}: ${after}`);
        assert.strictEqual(iconv.decode(fs.readFileSync(path.join(tmp, `${name}-gbk.txt`)), 'gbk'), after, `${name}: GBK fixed alike`);
      }
    });

    it('fixes a GBK file made from a corpus gazette in place: decoded, it equals the UTF-8 fix; untouched bytes kept', function () {
      const gazette = path.resolve(ROOT, '../shared/corpus/gazette-2024-06-08.txt');
      if (!fs.existsSync(gazette)) this.skip();
      // The raw gazette has one fixable slip (市住建局); three more, of other rules, written in.
      const text = fs.readFileSync(gazette, 'utf8')
        .replace('聊政办发〔2024〕3号', '聊政办发[2024]3号')
        .replace(/\n附件：/, '\n附件:')
        .replace(/\n/g, '\r\n');
      assert.strictEqual(iconv.decode(iconv.encode(text, 'gbk'), 'gbk'), text, 'the gazette is GBK text');
      const gbkBytes = iconv.encode(text, 'gbk');
      write('utf8/doc.txt', text);
      write('gbk/doc.txt', gbkBytes);
      const viaUtf8 = gw(['fix', 'utf8/doc.txt'], { cwd: tmp });
      const viaGbk = gw(['fix', 'gbk/doc.txt'], { cwd: tmp });
      assert.ok(viaGbk.status === 0 || viaGbk.status === 1, viaGbk.stderr);
      assert.strictEqual(viaGbk.stderr, '');
      const fixedUtf8 = fs.readFileSync(path.join(tmp, 'utf8/doc.txt'), 'utf8');
      assert.notStrictEqual(fixedUtf8, text, 'the UTF-8 copy was fixed');
      assert.ok(!fixedUtf8.includes('[2024]') && fixedUtf8.includes('聊政办发〔2024〕3号'));
      const after = fs.readFileSync(path.join(tmp, 'gbk/doc.txt'));
      // Still GBK (not rewritten as UTF-8), CRLF kept, and the same text as the UTF-8 fix.
      assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(after));
      assert.strictEqual(iconv.decode(after, 'gbk'), fixedUtf8);
      assert.ok(after.equals(iconv.encode(fixedUtf8, 'gbk')));
      // The same number of fixes reported, under the same (absolute) path form.
      assert.strictEqual(viaGbk.stdout.replace(/gbk/g, 'utf8'), viaUtf8.stdout);
      // Bytes before the first fix are the original bytes, and a second run changes nothing.
      const firstDiff = after.findIndex((b, i) => b !== gbkBytes[i]);
      assert.ok(firstDiff > 100, String(firstDiff)); // the first fix is in the 目录
      assert.ok(!gw(['fix', '--dry-run', 'gbk/doc.txt'], { cwd: tmp }).stdout.includes('would be applied'));
    });

    it('needs a file, and --stdout takes one file', () => {
      assert.strictEqual(gw(['fix'], { cwd: tmp }).status, 2);
      write('a.txt', 'x\n');
      write('b.txt', 'y\n');
      const r = gw(['fix', '--stdout', 'a.txt', 'b.txt'], { cwd: tmp });
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /--stdout takes exactly one file/);
    });
  });

  describe('train', () => {
    const CORPUS = path.resolve(ROOT, '../shared/corpus');

    it('trains a model from a gazette (UTF-8 or GBK alike), deterministically, usable with --model', function () {
      if (!fs.existsSync(path.join(CORPUS, 'gazette-2024-06-08.txt'))) this.skip(); // the shared corpus is not beside this checkout
      const text = fs.readFileSync(path.join(CORPUS, 'gazette-2024-06-08.txt'), 'utf8');
      write('utf8/g.txt', text);
      write('gbk/g.txt', iconv.encode(text, 'gb18030'));
      const r = gw(['train', 'utf8', '-o', 'm.json'], { cwd: tmp });
      assert.strictEqual(r.status, 0, r.stderr);
      assert.match(r.stderr, /trained on 1 file\(s\)/);
      const model = JSON.parse(fs.readFileSync(path.join(tmp, 'm.json'), 'utf8'));
      assert.strictEqual(model.format, 'gongwen-model');
      assert.deepStrictEqual(model.trainedOn.map((t: { file: string }) => t.file), ['g.txt']);
      assert.ok(model.codes.length > 0 && model.documents.length > 0);
      const fromGbk = gw(['train', 'gbk'], { cwd: tmp });
      assert.strictEqual(fromGbk.stdout, fs.readFileSync(path.join(tmp, 'm.json'), 'utf8'));
      write('doc.txt', '你好\n');
      assert.strictEqual(gw(['lint', '--model', 'm.json', 'doc.txt'], { cwd: tmp }).status, 0);
    });

    it('exits 2 on a missing corpus or no corpus files', () => {
      const r = gw(['train', 'nowhere', '-o', 'm.json'], { cwd: tmp });
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /corpus path not found/);
      fs.mkdirSync(path.join(tmp, 'empty'));
      assert.match(gw(['train', 'empty'], { cwd: tmp }).stderr, /no \.txt or \.md corpus files found/);
      assert.strictEqual(gw(['train'], { cwd: tmp }).status, 2);
      assert.ok(!fs.existsSync(path.join(tmp, 'm.json')));
    });

    it('a corpus file that cannot be read (FIFO, device, oversize, binary) is named with its cause; the others are trained on, exit 2', function () {
      if (process.platform === 'win32') this.skip();
      write('corpus/a-2022.txt', GAZETTE_2022);
      write('corpus/b-2023.txt', iconv.encode(GAZETTE_2023, 'gbk')); // GBK: decoded, as lint decodes it
      write('corpus/scan.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
      const big = write('big.txt', '');
      fs.truncateSync(big, 20 * 1024 * 1024 + 1); // sparse: one byte over the limit, no room taken
      const fifo = path.join(tmp, 'f.txt');
      execFileSync('mkfifo', [fifo]); // nobody writes it: opened, it would block for ever
      execFileSync('mkfifo', [path.join(tmp, 'corpus', 'pipe.txt')]); // in a folder: passed over, as lint's folders pass it
      const r = gw(['train', 'corpus', 'f.txt', '/dev/zero', 'big.txt', '-o', 'm.json'], { cwd: tmp, timeout: 30000 });
      assert.strictEqual(r.status, 2, r.stderr);
      const lines = r.stderr.split('\n');
      assert.deepStrictEqual(lines.slice(0, 4), [
        `gongwen: 二进制文件，不是文本 / binary file, not text: ${path.join(tmp, 'corpus', 'scan.txt')}`,
        `gongwen: 不是普通文件（命名管道） / not a regular file (a FIFO): ${fifo}`,
        'gongwen: 不是普通文件（设备） / not a regular file (a device): /dev/zero',
        `gongwen: 文件过大（20.0 MB，上限 20 MB） / file too large (20.0 MB, limit 20 MB): ${big}`,
      ]);
      assert.match(lines[4], /^gongwen: 已从 2 个文件训练 \/ trained on 2 file\(s\): .*；4 个无法读取，未用于训练 \/ 4 could not be read and were left out$/);
      assert.strictEqual(lines.length, 6);
      // The model is what the two readable gazettes teach, as if they were the whole corpus.
      write('good/a-2022.txt', GAZETTE_2022);
      write('good/b-2023.txt', GAZETTE_2023);
      const good = gw(['train', 'good'], { cwd: tmp });
      assert.strictEqual(good.status, 0, good.stderr);
      assert.strictEqual(fs.readFileSync(path.join(tmp, 'm.json'), 'utf8'), good.stdout);
    });

    it('a corpus of which nothing can be read: said so, exit 2, no model written', function () {
      if (process.platform === 'win32') this.skip();
      write('scan.txt', Buffer.from([0, 1, 2, 3]));
      execFileSync('mkfifo', [path.join(tmp, 'f.txt')]);
      const r = gw(['train', 'scan.txt', 'f.txt', 'nowhere', '-o', 'm.json'], { cwd: tmp, timeout: 30000 });
      assert.strictEqual(r.status, 2);
      assert.strictEqual(r.stderr,
        `gongwen: 找不到训练语料 / corpus path not found (ENOENT): ${path.join(tmp, 'nowhere')}\n` +
        `gongwen: 二进制文件，不是文本 / binary file, not text: ${path.join(tmp, 'scan.txt')}\n` +
        `gongwen: 不是普通文件（命名管道） / not a regular file (a FIFO): ${path.join(tmp, 'f.txt')}\n` +
        'gongwen: 没有可读取的训练语料，未训练模型 / no corpus file could be read: no model was trained\n');
      assert.strictEqual(r.stdout, '');
      assert.ok(!fs.existsSync(path.join(tmp, 'm.json')));
    });

    it('a corpus folder that cannot be read is named; the rest is trained on, exit 2', function () {
      // As root, the CLI runs as "nobody" (setpriv), as in lint's unreadable-folder test.
      const asRoot = process.getuid?.() === 0;
      const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => fs.existsSync(p));
      if (process.platform === 'win32' || (asRoot && !setpriv)) this.skip();
      write('corpus/locked/a-2022.txt', GAZETTE_2022);
      write('corpus/open/b-2023.txt', GAZETTE_2023);
      fs.chmodSync(tmp, 0o777); // "nobody" writes the model here
      for (const d of ['corpus', 'corpus/open']) fs.chmodSync(path.join(tmp, d), 0o755);
      fs.chmodSync(path.join(tmp, 'corpus/open/b-2023.txt'), 0o644);
      fs.chmodSync(path.join(tmp, 'corpus/locked'), 0);
      try {
        const args = ['train', 'corpus', '-o', 'm.json'];
        const r = asRoot
          ? (() => {
            const p = spawnSync(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args],
              { cwd: tmp, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1', GONGWEN_DAEMON: 'off' } });
            return { status: p.status, stdout: p.stdout, stderr: p.stderr };
          })()
          : gw(args, { cwd: tmp });
        if (asRoot && /Cannot find module|EACCES: permission denied, open .*gongwen/.test(r.stderr)) this.skip();
        assert.strictEqual(r.status, 2, r.stderr);
        const lines = r.stderr.split('\n');
        assert.strictEqual(lines[0], `gongwen: 没有读取文件夹的权限 / permission denied: ${path.join(tmp, 'corpus/locked')}`);
        assert.match(lines[1], /trained on 1 file\(s\).*1 could not be read and were left out$/);
        const model = JSON.parse(fs.readFileSync(path.join(tmp, 'm.json'), 'utf8'));
        assert.deepStrictEqual(model.trainedOn.map((t: { file: string }) => t.file), ['b-2023.txt']);
      } finally {
        fs.chmodSync(path.join(tmp, 'corpus/locked'), 0o755);
      }
    });

    it('config "corpus": a file of it that cannot be read is named once, the lint uses the rest (exit 2); never cached', function () {
      if (process.platform === 'win32') this.skip();
      write('city/gazettes/2022.txt', GAZETTE_2022);
      write('city/gazettes/2023.txt', iconv.encode(GAZETTE_2023, 'gbk'));
      write('city/gazettes/scan.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0]));
      execFileSync('mkfifo', [path.join(tmp, 'city/pipe.txt')]);
      write('city/draft.gw', DRAFT_2024);
      write('city/draft2.gw', DRAFT_2024);
      const env = { GONGWEN_CACHE_DIR: path.join(tmp, 'cache') };
      const lint = (config: unknown, ...extra: string[]) => {
        write('city/.gongwenrc.json', JSON.stringify(config));
        const r = gw(['lint', '-f', 'json', ...extra, 'draft.gw', 'draft2.gw'], { cwd: path.join(tmp, 'city'), env, timeout: 30000 });
        return { ...r, rules: (JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[]).map((x) => x.messages.map((m) => m.ruleId)) };
      };
      const clean = lint({ corpus: ['gazettes/2022.txt', 'gazettes/2023.txt'], ignore: ['gazettes/'] });
      assert.strictEqual(clean.stderr, '');
      const r = lint({ corpus: ['gazettes', 'pipe.txt', 'missing'], ignore: ['gazettes/'] });
      assert.strictEqual(r.status, 2);
      const said = '配置中的训练语料无法读取 / corpus from the configuration cannot be read';
      assert.strictEqual(r.stderr,
        `gongwen: ${said}: 找不到训练语料 / corpus path not found (ENOENT): ${path.join(tmp, 'city/missing')}\n` +
        `gongwen: ${said}: 二进制文件，不是文本 / binary file, not text: ${path.join(tmp, 'city/gazettes/scan.txt')}\n` +
        `gongwen: ${said}: 不是普通文件（命名管道） / not a regular file (a FIFO): ${path.join(tmp, 'city/pipe.txt')}\n`);
      // Both drafts linted with what the two readable gazettes taught.
      assert.deepStrictEqual(r.rules, clean.rules);
      // --cache: nothing stored while the corpus has a file that cannot be read (of either
      // strategy), so the problem is said at every run and the second draft is not reused.
      for (const strategy of ['content', 'metadata']) {
        const cached = [1, 2].map(() => lint({ corpus: ['gazettes'], ignore: ['gazettes/'] }, '--cache', '--cache-strategy', strategy));
        for (const c of cached) {
          assert.deepStrictEqual([c.status, c.stderr], [2, `gongwen: ${said}: 二进制文件，不是文本 / binary file, not text: ${path.join(tmp, 'city/gazettes/scan.txt')}\n`], strategy);
          assert.deepStrictEqual(c.rules, clean.rules);
        }
        const cacheFile = path.join(tmp, 'city/.gongwencache');
        assert.ok(!fs.existsSync(cacheFile) || !Object.keys(JSON.parse(fs.readFileSync(cacheFile, 'utf8')).files).length, strategy);
      }
    });

    it('config "corpus" teaches the lint its units and codes, and the training is kept for the next run', () => {
      write('city/gazettes/2022.txt', GAZETTE_2022);
      write('city/gazettes/2023.txt', GAZETTE_2023);
      write('city/draft.gw', DRAFT_2024);
      const env = { GONGWEN_CACHE_DIR: path.join(tmp, 'cache'), GONGWEN_DEBUG: 'corpus' };
      const findings = () => {
        const r = gw(['lint', '--info', '-f', 'json', 'draft.gw'], { cwd: path.join(tmp, 'city'), env });
        const messages = (JSON.parse(r.stdout) as { messages: { line: number; ruleId: string; message: string }[] }[])[0].messages;
        return { stderr: r.stderr, findings: messages.map((m) => `${m.line} ${m.ruleId} ${m.message.replace(/，本文[^]*$/, '')}`) };
      };
      // The default model alone: 临河's code and its 2023 renames are unknown, and its lexicon is
      // 聊城's, which judges no name of another city's document (lead-unit/place).
      const alone = findings();
      assert.deepStrictEqual(alone.findings, []);
      assert.strictEqual(alone.stderr, '');
      write('city/.gongwenrc.json', JSON.stringify({ corpus: ['gazettes'], ignore: ['gazettes/'] }));
      const taught = [
        '3 doc-number/unknown-code 发文字号的机关代字“临政办子”不是已知代字，是否应为“临政办字”？机关代字应固定不变（GB/T 9704—2012 第7.2.5条）：应为“临政办字〔2024〕3号”。',
        '9 lead-unit/alias 单位名称“市住建局”是非规范简称，应为“市住房城乡建设局”（单位名录中的标准名称）。',
        '11 lead-unit/renamed “市商务投资促进局”自2023年6月15日起不再使用',
        '11 lead-unit/renamed “人民银行临河市中心支行”自2023年3月1日起不再使用',
      ];
      const first = findings();
      assert.deepStrictEqual(first.findings, taught);
      assert.match(first.stderr, /^gongwen: corpus .*gazettes: trained \(\d+ ms\)\n$/);
      const second = findings();
      assert.deepStrictEqual(second.findings, taught);
      assert.match(second.stderr, /^gongwen: corpus .*gazettes: disk \(\d+ ms\)\n$/);
    });

    it('config "corpus" trains extra folders into the model; a missing folder is exit 2', function () {
      if (!fs.existsSync(path.join(CORPUS, 'gazette-2021-04.txt'))) this.skip();
      write('proj/corpus/g.txt', fs.readFileSync(path.join(CORPUS, 'gazette-2021-04.txt')));
      write('proj/.gongwenrc.json', JSON.stringify({ corpus: ['corpus'], ignore: ['corpus/'] }));
      write('proj/doc.txt', '你好\n');
      const r = gw(['lint', '-f', 'json', 'proj'], { cwd: tmp });
      assert.strictEqual(r.status, 0, r.stderr);
      assert.deepStrictEqual(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath), [path.join(tmp, 'proj/doc.txt')]);
      write('proj/.gongwenrc.json', JSON.stringify({ corpus: ['missing'] }));
      const bad = gw(['lint', 'proj/doc.txt'], { cwd: tmp });
      assert.strictEqual(bad.status, 2);
      assert.match(bad.stderr, /corpus from the configuration cannot be read/);
    });
  });

  describe('rules', () => {
    it('lists the rules as JSON and as a Markdown table', () => {
      const json = JSON.parse(gw(['rules', '--format', 'json'], { cwd: tmp }).stdout);
      assert.ok(Array.isArray(json));
      for (const r of json) {
        assert.deepStrictEqual(Object.keys(r), ['id', 'severity', 'fixable', 'scope', 'description', 'why', 'bad', 'good']);
        assert.match(r.id, /^[a-z-]+\/[a-z0-9-]+$/);
      }
      const md = gw(['rules'], { cwd: tmp }).stdout.split('\n');
      assert.strictEqual(md[0], '| 规则 / rule | 严重程度 / severity | 可自动修复 / fixable | 说明 / description |');
      assert.strictEqual(md.filter((l) => l.startsWith('| `')).length, json.length);
    });
  });
});
