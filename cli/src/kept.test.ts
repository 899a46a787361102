// What the daemon keeps between lint runs (cli/src/kept.ts): a file linted again is linted as an
// edit of its last text, and the output is the one a fresh process prints, whatever changed in
// between (the file, its configuration, the model file); models are kept while their file is
// unchanged; the kept results stay within their limits. In process, with the real rules.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { LintOptions, LintResult, Model } from '../../engine/src';
import { loadModel } from '../../engine/src/model/load';
import { lintInProcess } from './testing';
import type { Run } from './testing';
import { forgetKept, keepBetweenRuns, keepResult, keptModel, previousResult } from './kept';

const SAMPLES = path.resolve(__dirname, '../../samples');
const QA = path.resolve(__dirname, '../../test/fixtures/qa');
const DEFAULT_MODEL = path.resolve(__dirname, '../../models/default.json');
const TODAY = '2026-11-22';
const KEPT_LINE = /^gongwen: (.+): 按上次检查的修改检查 \/ linted as an edit of its last lint \(\d+ ms\)\n/gm;

describe('what the daemon keeps between lints (cli/src/kept.ts)', () => {
  let tmp: string;
  const debug = process.env.GONGWEN_DEBUG;
  beforeEach(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-kept-')));
    process.env.GONGWEN_DEBUG = 'kept';
  });
  afterEach(() => {
    keepBetweenRuns(false);
    forgetKept();
    fs.rmSync(tmp, { recursive: true, force: true });
    if (debug === undefined) delete process.env.GONGWEN_DEBUG;
    else process.env.GONGWEN_DEBUG = debug;
  });

  const run = (args: string[]): Promise<Run> => lintInProcess(args, tmp, TODAY);

  /** A run in a keeping process, and the same run in a process that keeps nothing: the same output. */
  async function sameAsFresh(args: string[]): Promise<{ incremental: string[] }> {
    keepBetweenRuns(true);
    const kept = await run(args);
    const incremental = [...kept.err.matchAll(KEPT_LINE)].map((m) => m[1]);
    // A fresh process's run: nothing kept read, nothing added.
    keepBetweenRuns(false);
    const fresh = await run(args);
    keepBetweenRuns(true);
    assert.deepStrictEqual({ ...kept, err: kept.err.replace(KEPT_LINE, '') }, fresh, args.join(' '));
    return { incremental };
  }

  it('lints a file edited between runs as an edit of its last lint, with the output of a fresh run', async () => {
    const names = ['draft-notice-errors.txt', 'implementation-plan.gw'];
    const texts = names.map((n) => fs.readFileSync(path.join(SAMPLES, n), 'utf8'));
    for (const t of fs.readdirSync(QA).filter((n) => n.endsWith('.gw')).slice(0, 4)) {
      names.push(t);
      texts.push(fs.readFileSync(path.join(QA, t), 'utf8'));
    }
    const files = names.map((n, i) => {
      const p = path.join(tmp, n);
      fs.writeFileSync(p, texts[i]);
      return p;
    });
    // The first run keeps nothing to start from.
    assert.deepStrictEqual((await sameAsFresh(['--format', 'json', ...names])).incremental, []);
    // Typed, deleted, a line broken, a number mistyped: every run lints every file incrementally.
    const edits: ((t: string) => string)[] = [
      (t) => t.replace('，', '，的'),
      (t) => t.replace('。', ''),
      (t) => t.replace(/\n/, '\n\n'),
      (t) => t.replace('〕', '〕第'),
      (t) => t.replace(/^(.*)$/m, '$1（'),
      (t) => t.replace('年', ''),
    ];
    for (const [k, edit] of edits.entries()) {
      files.forEach((f, i) => fs.writeFileSync(f, (texts[i] = edit(texts[i]))));
      const { incremental } = await sameAsFresh([...(k % 2 ? ['--format', 'json'] : []), ...names]);
      assert.deepStrictEqual(incremental, files, `edit ${k}`);
    }
    // Unchanged: linted again from the last lint, as the same edit of nothing.
    assert.deepStrictEqual((await sameAsFresh(names)).incremental, files);
  });

  it('gives a fresh run\'s output when the configuration or the model file changed between runs', async () => {
    const draft = path.join(tmp, 'draft.gw');
    fs.copyFileSync(path.join(SAMPLES, 'draft-notice-errors.txt'), draft);
    await sameAsFresh(['draft.gw']);
    // A rule turned off: another lint's options, so a full lint (not an edit of the last one).
    fs.writeFileSync(path.join(tmp, '.gongwenrc.json'), JSON.stringify({ root: true, rules: { 'doc-number/bracket': 'off' } }));
    const off = await sameAsFresh(['draft.gw']);
    assert.deepStrictEqual(off.incremental, []);
    assert.deepStrictEqual((await sameAsFresh(['draft.gw'])).incremental, [draft]);
    // Another model file named by the configuration, then that file changed.
    const model = path.join(tmp, 'model.json');
    fs.copyFileSync(DEFAULT_MODEL, model);
    fs.writeFileSync(path.join(tmp, '.gongwenrc.json'), JSON.stringify({ root: true, model: 'model.json' }));
    assert.deepStrictEqual((await sameAsFresh(['draft.gw'])).incremental, []);
    assert.deepStrictEqual((await sameAsFresh(['draft.gw'])).incremental, [draft]);
    const m = JSON.parse(fs.readFileSync(model, 'utf8')) as Model;
    m.codes = [];
    fs.writeFileSync(model, JSON.stringify(m));
    assert.deepStrictEqual((await sameAsFresh(['draft.gw'])).incremental, []);
  });

  it('keeps a model object while its file is unchanged, four at most, and only in a keeping process', () => {
    const file = path.join(tmp, 'model.json');
    fs.copyFileSync(DEFAULT_MODEL, file);
    let loads = 0;
    const load = () => {
      loads++;
      return loadModel(file);
    };
    const first = keptModel(file, load);
    assert.notStrictEqual(keptModel(file, load), first, 'not keeping: loaded each time');
    assert.strictEqual(loads, 2);
    keepBetweenRuns(true);
    const kept = keptModel(file, load);
    assert.strictEqual(keptModel(file, load), kept);
    assert.strictEqual(loads, 3);
    fs.appendFileSync(file, '\n');
    const changed = keptModel(file, load);
    assert.notStrictEqual(changed, kept);
    assert.strictEqual(loads, 4);
    // Four models at most: a fifth file's makes the least recently loaded one go.
    const others = [1, 2, 3, 4].map((i) => {
      const f = path.join(tmp, `model-${i}.json`);
      fs.copyFileSync(DEFAULT_MODEL, f);
      return f;
    });
    const kept4 = others.map((f) => keptModel(f, () => loadModel(f)));
    assert.notStrictEqual(keptModel(file, load), changed, 'the least recently loaded model went');
    assert.strictEqual(keptModel(others[3], () => loadModel(others[3])), kept4[3]);
    // Unreadable: loaded (and its error thrown) every time, nothing kept.
    const missing = path.join(tmp, 'missing.json');
    assert.throws(() => keptModel(missing, () => loadModel(missing)), /ENOENT/);
  });

  it('keeps the last 64 files\' results, at most 2 M characters of text in all', () => {
    const OPTIONS = {} as LintOptions;
    const result = (chars: number) => ({ source: { text: 'x'.repeat(chars) } }) as unknown as LintResult;
    keepResult('/a', result(10), OPTIONS);
    assert.strictEqual(previousResult('/a'), undefined, 'not keeping: nothing kept');
    keepBetweenRuns(true);
    const r = Array.from({ length: 66 }, () => result(10));
    r.forEach((x, i) => keepResult(`/f${i}`, x, OPTIONS));
    assert.deepStrictEqual(r.map((_, i) => previousResult(`/f${i}`) !== undefined), r.map((_, i) => i >= 2));
    // Linted again: the newest, so the oldest other one goes.
    keepResult('/f2', r[2], OPTIONS);
    keepResult('/g', result(10), OPTIONS);
    assert.strictEqual(previousResult('/f2'), r[2]);
    assert.strictEqual(previousResult('/f3'), undefined);
    // Characters: a 1.5 M text leaves room for 0.5 M more.
    keepResult('/big', result(1_500_000), OPTIONS);
    keepResult('/big2', result(600_000), OPTIONS);
    assert.strictEqual(previousResult('/big'), undefined);
    assert.ok(previousResult('/big2'));
    // Longer than the limit alone: not kept, and the file's older result is forgotten.
    keepResult('/big2', result(2_000_001), OPTIONS);
    assert.strictEqual(previousResult('/big2'), undefined);
  });
});
