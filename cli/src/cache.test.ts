// gongwen lint --cache, in-process with the real rules: the report (every format, exit code,
// stderr) is the one without a cache, hit or miss; a change to anything that decides a result is a
// miss; a damaged, foreign or unwritable cache changes nothing, and a document at the cache's place
// is never written over. The worker-thread path is tested on the bundle in
// test/robust/parallel-cli.test.ts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { allRules } from '../../engine/src';
import { toolIdentity } from '../../engine/src/build';
import { cacheFile } from './cache';
import { lintInProcess } from './testing';
import type { Run } from './testing';
import type { Io } from './io';

const SAMPLES = path.resolve(__dirname, '../../samples');
const ERRORS = fs.readFileSync(path.join(SAMPLES, 'draft-notice-errors.txt'), 'utf8');
const CLEAN = fs.readFileSync(path.join(SAMPLES, 'draft-notice-clean.txt'), 'utf8');
const DEFAULT_MODEL = path.resolve(__dirname, '../../models/default.json');
const TODAY = '2026-11-22';
const DEBUG_LINE = /^gongwen: cache (.+): (\d+) of (\d+) files reused(.*)\n/m;

describe('lint --cache (cli/src/cache.ts)', () => {
  let tmp: string;
  const debug = process.env.GONGWEN_DEBUG;
  beforeEach(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cache-')));
    delete process.env.GONGWEN_DEBUG;
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
    if (debug === undefined) delete process.env.GONGWEN_DEBUG;
    else process.env.GONGWEN_DEBUG = debug;
  });
  const write = (rel: string, data: string | Buffer) => {
    const p = path.join(tmp, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, data);
    return p;
  };
  const cachePath = () => path.join(tmp, '.gongwencache');
  const stored = () => JSON.parse(fs.readFileSync(cachePath(), 'utf8'));

  const run = (args: string[], today = TODAY, extra: Partial<Io> = {}): Promise<Run> => lintInProcess(args, tmp, today, extra);

  /** A --cache run with GONGWEN_DEBUG=cache: its report without the debug line, and what the line says. */
  async function cached(args: string[], today = TODAY, extra: Partial<Io> = {}): Promise<Run & { reused: number; notes: string }> {
    process.env.GONGWEN_DEBUG = 'cache';
    try {
      const r = await run(['--cache', ...args], today, extra);
      const m = DEBUG_LINE.exec(r.err);
      assert.ok(m, r.err);
      return { code: r.code, out: r.out, err: r.err.replace(DEBUG_LINE, ''), reused: Number(m[2]), notes: m[4] };
    } finally {
      delete process.env.GONGWEN_DEBUG;
    }
  }

  /** Lints with and without --cache: the same report, code and stderr. How many files the cache gave. */
  async function same(args: string[], today = TODAY, note = ''): Promise<number> {
    const plain = await run(args, today);
    const { reused, notes, ...withCache } = await cached(args, today);
    assert.deepStrictEqual(withCache, plain, args.join(' '));
    assert.strictEqual(notes, note);
    return reused;
  }

  it('gives the report of a run without cache, in every format, missed then hit; the second run lints nothing', async () => {
    write('a.txt', ERRORS);
    write('b.txt', CLEAN);
    for (const format of ['json', 'stylish', 'sarif']) {
      fs.rmSync(cachePath(), { force: true });
      assert.strictEqual(await same(['-f', format, 'a.txt', 'b.txt']), 0, format);
      assert.strictEqual(await same(['-f', format, 'a.txt', 'b.txt']), 2, format);
    }
    // Fixes and suggestions come back from the cache as the engine made them.
    const [a] = JSON.parse((await cached(['-f', 'json', 'a.txt'])).out);
    assert.ok(a.messages.some((m: { fix?: unknown }) => m.fix) && a.messages.some((m: { suggestions?: unknown }) => m.suggestions));
    // The report is the stored one: a message changed in the cache file shows, so no lint ran.
    const data = stored();
    data.files[path.join(tmp, 'a.txt')].diagnostics[0].message = '从缓存来 / from the cache';
    fs.writeFileSync(cachePath(), JSON.stringify(data));
    assert.match((await cached(['-f', 'json', 'a.txt'])).out, /"message":"从缓存来 \/ from the cache"/);
    // GONGWEN_TIMING: nothing was parsed.
    const timed = await cached(['a.txt'], TODAY, { timing: 'top' });
    assert.match(timed.err, /^\(parse\) +\| +0\.000 \| /m);
  });

  it('keeps what directives suppressed (JSON suppressedMessages); --report-unused-disable-directives is part of the key', async () => {
    // The draft's problems up to its 发文字号 suppressed, the rest not.
    write('a.txt', '<!-- gongwen-disable -->\n' + ERRORS.replace('05号\n', '05号\n<!-- gongwen-enable -->\n'));
    assert.strictEqual(await same(['-f', 'json', 'a.txt']), 0);
    assert.strictEqual(await same(['-f', 'json', 'a.txt']), 1);
    const [a] = JSON.parse((await cached(['-f', 'json', 'a.txt'])).out);
    assert.ok(a.suppressedMessages.length > 0 && a.suppressedMessages.every((m: { suppressions: unknown[] }) => m.suppressions.length === 1));
    // Another setting: a miss, then a hit.
    assert.strictEqual(await same(['-f', 'json', '--report-unused-disable-directives', 'a.txt']), 0);
    assert.strictEqual(await same(['-f', 'json', '--report-unused-disable-directives', 'a.txt']), 1);
  });

  it('stores every diagnostic: --quiet, --info and --max-warnings filter a stored result as they filter a fresh one', async () => {
    write('a.txt', ERRORS);
    write('.gongwenrc.json', JSON.stringify({ rules: { 'numbering/*': 'info', 'doc-number/*': 'warn' } }));
    assert.strictEqual(await same(['--info', '-f', 'json', 'a.txt']), 0);
    for (const args of [['-f', 'json'], ['--quiet'], ['--info'], ['--max-warnings', '1'], ['--max-warnings', '99', '-f', 'sarif']]) {
      assert.strictEqual(await same([...args, 'a.txt']), 1, args.join(' '));
    }
    const plain = await run(['--max-warnings', '1', 'a.txt']);
    assert.strictEqual(plain.code, 1);
    assert.match(plain.err, /too many warnings/);
  });

  it('lints again when the text, the configuration, the model, --date, today or Gongwen changed', async () => {
    const file = write('sub/a.txt', ERRORS);
    const args = ['-f', 'json', 'sub/a.txt'];
    const again = async (what: string, change: () => void, today = TODAY, note = '') => {
      change();
      assert.strictEqual(await same(args, today, note), 0, `${what}: a miss`);
      assert.strictEqual(await same(args, today), 1, `${what}: then a hit`);
    };
    await again('first run', () => {});
    await again('text', () => fs.writeFileSync(file, ERRORS.replace('2024', '2023')));
    await again('a configuration beside the file', () => write('sub/.gongwenrc.json', JSON.stringify({ rules: { 'numbering/*': 'off' } })));
    await again('a configuration further up', () => write('.gongwenrc.json', JSON.stringify({ rules: { 'date/*': 'off' } })));
    await again('the configuration\'s date', () => write('.gongwenrc.json', JSON.stringify({ rules: { 'date/*': 'off' }, date: '2024-01-01' })));
    const model = fs.readFileSync(DEFAULT_MODEL, 'utf8');
    await again('the configuration\'s model', () => {
      write('m.json', model);
      write('.gongwenrc.json', JSON.stringify({ model: 'm.json' }));
    });
    await again('the model file', () => write('m.json', JSON.stringify(JSON.parse(model), null, 1)));
    await again('the configuration\'s corpus', () => {
      write('corpus/g.txt', CLEAN);
      write('.gongwenrc.json', JSON.stringify({ model: 'm.json', corpus: ['corpus'] }));
    });
    await again('a corpus file', () => write('corpus/g.txt', ERRORS));
    await again('today', () => {}, '2026-11-23');

    args.push('--date', '2024-03-01');
    await again('--date', () => {});
    args.splice(-2, 2, '--model', 'm.json');
    await again('--model', () => {});
    await again('the --model file', () => write('m.json', model));

    await again('Gongwen\'s build', () => {
      const data = stored();
      data.tool = toolIdentity().replace(/ [\d.]+$/, ' 1');
      fs.writeFileSync(cachePath(), JSON.stringify(data));
    }, TODAY, '; stored cache ignored: made by another version or build of Gongwen');
  });

  it('--cache-strategy metadata: a file is unchanged while its size and modification time are', async () => {
    const file = write('a.txt', ERRORS);
    const args = ['--cache-strategy', 'metadata', '-f', 'json', 'a.txt'];
    assert.strictEqual(await same(args), 0);
    assert.strictEqual(await same(args), 1);
    const t = new Date(Date.now() + 5000);
    fs.utimesSync(file, t, t);
    assert.strictEqual(await same(args), 0);
    assert.strictEqual(await same(args), 1);
    // The content strategy (the default) does not care about the time.
    assert.strictEqual(await same(['-f', 'json', 'a.txt']), 0);
    fs.utimesSync(file, new Date(), new Date());
    assert.strictEqual(await same(['-f', 'json', 'a.txt']), 1);
    const bad = await run(['--cache', '--cache-strategy', 'mtime', 'a.txt']);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /^gongwen: 未知的缓存策略 \/ unknown cache strategy "mtime" \(content \| metadata\)\n/);
  });

  it('ignores a corrupt, truncated or foreign cache without a word (one debug line at most), and replaces it', async () => {
    write('a.txt', ERRORS);
    await same(['-f', 'json', 'a.txt']);
    const good = fs.readFileSync(cachePath(), 'utf8');
    const entry = (diagnostics: unknown) => {
      const data = JSON.parse(good);
      data.files[path.join(tmp, 'a.txt')].diagnostics = diagnostics;
      return JSON.stringify(data);
    };
    const first = JSON.parse(good).files[path.join(tmp, 'a.txt')].diagnostics[0];
    const cases: [string, string, string][] = [
      ['truncated', good.slice(0, good.length / 2), '; stored cache ignored: not valid JSON'],
      ['empty', '', '; stored cache ignored: not valid JSON'],
      ['files not an object', JSON.stringify({ ...JSON.parse(good), files: 3 }), '; stored cache ignored: not a Gongwen lint cache'],
      ['another format version', JSON.stringify({ ...JSON.parse(good), version: 2 }), '; stored cache ignored: made by another version or build of Gongwen'],
      ['another Gongwen', JSON.stringify({ ...JSON.parse(good), tool: '0.0.1 1 1' }), '; stored cache ignored: made by another version or build of Gongwen'],
      ['a damaged entry', JSON.stringify({ ...JSON.parse(good), files: { [path.join(tmp, 'a.txt')]: 'x' } }), ''],
      ['diagnostics not a list', entry({}), ''],
      ['a diagnostic past the end', entry([{ ...first, end: ERRORS.length + 1 }]), ''],
      ['a fix without text', entry([{ ...first, fix: { range: [0, 1] } }]), ''],
      ['an unknown severity', entry([{ ...first, severity: 'fatal' }]), ''],
      ['a suggestion without a fix', entry([{ ...first, suggestions: [{ desc: 'x' }] }]), ''],
    ];
    const plain = await run(['-f', 'json', 'a.txt']);
    for (const [what, text, note] of cases) {
      fs.writeFileSync(cachePath(), text);
      assert.deepStrictEqual(await run(['--cache', '-f', 'json', 'a.txt']), plain, what); // not a word on stderr
      fs.writeFileSync(cachePath(), text);
      const r = await cached(['-f', 'json', 'a.txt']);
      assert.deepStrictEqual([r.reused, r.notes], [0, note], what);
      assert.deepStrictEqual(stored(), JSON.parse(good), `${what}: replaced by a good cache`);
    }
  });

  it('never writes over a file at its place that is not a cache (a document, any other JSON): a usage error', async () => {
    const model = fs.readFileSync(DEFAULT_MODEL, 'utf8');
    const files: [string, string][] = [
      ['a.txt', ERRORS], ['notes.txt', CLEAN], ['package.json', '{"name":"drafts","version":"1.0.0"}\n'], ['m.json', model],
      ['.gongwenrc.json', '{"rules":{"lead-unit/*":"warn"}}'], ['null.json', 'null'], ['list.json', '[]'],
    ];
    for (const [name, text] of files) write(name, text);
    for (const [location, text] of files) {
      for (const extra of [[], ['--model', 'm.json']]) {
        const r = await run(['--cache', '--cache-location', location, ...extra, 'a.txt']);
        assert.strictEqual(r.code, 2, location);
        assert.strictEqual(r.out, '', location);
        assert.match(r.err, new RegExp(`^gongwen: .*the cache location is a file that is not a Gongwen lint cache, and it is not written over: ${path.join(tmp, location).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\n`), location);
        assert.strictEqual(fs.readFileSync(path.join(tmp, location), 'utf8'), text, location);
      }
    }
  });

  it('a cache that cannot be written or read never fails the run', async () => {
    write('a.txt', ERRORS);
    write('file', 'x');
    const plain = await run(['-f', 'json', 'a.txt']);
    assert.deepStrictEqual(await run(['--cache', '--cache-location', 'file/cache', '-f', 'json', 'a.txt']), plain);
    const r = await cached(['--cache-location', 'file/cache', '-f', 'json', 'a.txt']);
    assert.deepStrictEqual([r.code, r.out, r.err], [plain.code, plain.out, plain.err]);
    assert.strictEqual(r.notes, '; stored cache ignored: unreadable (ENOTDIR); not written (EEXIST)');
  });

  it('files that cannot be read behave as without a cache, every time; a GBK file is cached as its text', async () => {
    write('a.txt', ERRORS);
    write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    write('gbk.txt', iconv.encode(ERRORS, 'gbk'));
    const args = ['-f', 'json', 'a.txt', 'image.txt', 'gbk.txt', 'missing.txt'];
    const plain = await run(args);
    assert.strictEqual(plain.code, 2);
    assert.strictEqual(plain.err, [
      `gongwen: 二进制文件，不是文本 / binary file, not text: ${path.join(tmp, 'image.txt')}`,
      `gongwen: 找不到文件 / file not found: ${path.join(tmp, 'missing.txt')}`, ''].join('\n'));
    assert.strictEqual(await same(args), 0);
    assert.strictEqual(await same(args), 2);
    assert.deepStrictEqual(Object.keys(stored().files).sort(), [path.join(tmp, 'a.txt'), path.join(tmp, 'gbk.txt')]);
    // The same text in UTF-8 and in GBK: the same result.
    const files = stored().files;
    assert.deepStrictEqual(files[path.join(tmp, 'gbk.txt')], files[path.join(tmp, 'a.txt')]);
    // A cached file that becomes unreadable is reported, and its entry dropped.
    write('a.txt', Buffer.from([0, 1, 2]));
    assert.strictEqual(await same(args), 1);
    assert.deepStrictEqual(Object.keys(stored().files), [path.join(tmp, 'gbk.txt')]);
  });

  it('keeps the entries of files not in this run, and drops those of files that no longer exist', async () => {
    write('a.txt', ERRORS);
    const b = write('b.txt', CLEAN);
    await same(['a.txt', 'b.txt']);
    await same(['a.txt']);
    assert.deepStrictEqual(Object.keys(stored().files), [path.join(tmp, 'a.txt'), b]);
    fs.rmSync(b);
    assert.strictEqual(await same(['a.txt']), 1);
    assert.deepStrictEqual(Object.keys(stored().files), [path.join(tmp, 'a.txt')]);
  });

  it('--fix: a file with something to fix is fixed as without a cache, and its stored result is never reused after the write', async () => {
    const file = write('a.txt', ERRORS);
    write('b.txt', CLEAN);
    const plain = await run(['--fix', '-f', 'json', 'a.txt', 'b.txt']);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.notStrictEqual(fixed, ERRORS);
    for (const strategy of ['content', 'metadata']) {
      fs.rmSync(cachePath(), { force: true });
      write('a.txt', ERRORS);
      const args = ['--cache-strategy', strategy, '-f', 'json', 'a.txt', 'b.txt'];
      await cached(args);
      const r = await cached(['--fix', ...args]);
      assert.deepStrictEqual([r.code, r.out, r.err, r.reused], [plain.code, plain.out, plain.err, 1], strategy); // b.txt has nothing to fix
      assert.strictEqual(fs.readFileSync(file, 'utf8'), fixed);
      assert.deepStrictEqual(Object.keys(stored().files), [path.join(tmp, 'b.txt')], `${strategy}: the fixed file's entry is gone`);
      const after = await run(['-f', 'json', 'a.txt', 'b.txt']);
      const again = await cached(args);
      assert.deepStrictEqual([again.code, again.out, again.err, again.reused], [after.code, after.out, after.err, 1], strategy);
    }
  });

  it('--cache-location: a file, or a folder holding a file named after the working folder', () => {
    const named = path.join(tmp, `.gongwencache_${require('crypto').createHash('sha1').update(tmp, 'utf16le').digest('hex').slice(0, 10)}`);
    assert.strictEqual(cacheFile(undefined, tmp), path.join(tmp, '.gongwencache'));
    assert.strictEqual(cacheFile('x/c.json', tmp), path.join(tmp, 'x/c.json'));
    assert.strictEqual(cacheFile('/abs/c', tmp), '/abs/c');
    assert.strictEqual(cacheFile('.', tmp), named);
    assert.strictEqual(cacheFile('new/', tmp), path.join(tmp, 'new', path.basename(named)));
  });

  it('lint --cache-location FOLDER/ creates the folder', async () => {
    write('a.txt', CLEAN);
    assert.strictEqual(await same(['--cache-location', 'c/d/', 'a.txt']), 0);
    assert.strictEqual(await same(['--cache-location', 'c/d/', 'a.txt']), 1);
    assert.deepStrictEqual(fs.readdirSync(path.join(tmp, 'c/d')), [path.basename(cacheFile('.', tmp))]);
  });

  it('Gongwen\'s identity changes with its build', () => {
    const bundle = write('cli.js', 'x');
    const before = toolIdentity(bundle);
    fs.utimesSync(bundle, new Date(), new Date(Date.now() + 5000));
    assert.notStrictEqual(toolIdentity(bundle), before);
    assert.match(before, /^\d+\.\d+\.\d+\S* 1 [\d.]+$/);
  });

  it('does not store a result whose lint met a problem (a rule that crashed): it is reported again on the next run', async () => {
    write('a.txt', ERRORS);
    const rule = allRules.find((r) => r.id === 'date/valid')!;
    const check = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const plain = await run(['-f', 'json', 'a.txt']);
      assert.strictEqual(plain.code, 2);
      assert.match(plain.err, /rule date\/valid crashed and was skipped \(Error: boom\)/);
      assert.strictEqual(await same(['-f', 'json', 'a.txt']), 0);
      assert.strictEqual(await same(['-f', 'json', 'a.txt']), 0);
    } finally {
      rule.check = check;
    }
    assert.strictEqual(await same(['-f', 'json', 'a.txt']), 0);
    assert.strictEqual(await same(['-f', 'json', 'a.txt']), 1);
  });
});
