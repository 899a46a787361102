import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CorpusModels, userCacheDir } from './corpusModels';
import { GAZETTE_2022, GAZETTE_2023 } from './fixtures';
import { emptyModel } from './load';
import { readCorpus } from './corpus';
import { mergeModels } from './serialize';
import { train } from './train';

describe('CorpusModels: a configuration corpus trained once per content', () => {
  let tmp: string;
  let corpus: string;
  let cacheDir: string;
  const base = emptyModel();
  const write = (name: string, text: string) => fs.writeFileSync(path.join(corpus, name), text);
  const store = (extra: Partial<ConstructorParameters<typeof CorpusModels>[0]> = {}) => new CorpusModels({ tool: 'test 1', cacheDir, ...extra });
  const unitNames = (m: { units: { name: string }[] }) => m.units.map((u) => u.name);

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-corpus-models-'));
    corpus = path.join(tmp, 'gazettes');
    cacheDir = path.join(tmp, 'cache');
    fs.mkdirSync(corpus);
    write('2022.txt', GAZETTE_2022);
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('merges the trained corpus into the base model, as mergeModels(base, train(corpus)) does', () => {
    const { model, key } = store().withCorpus(base, [corpus]);
    assert.deepEqual(model, mergeModels(base, train(readCorpus([corpus]))));
    assert.ok(unitNames(model).includes('市水利局'));
    assert.match(key, /^[0-9a-f]{64}$/);
  });

  it('trains once per process: the same corpus is served from memory, the same merged object each time', () => {
    const s = store();
    const first = s.withCorpus(base, [corpus]);
    assert.equal(s.lastSource, 'trained');
    const again = s.withCorpus(base, [corpus]);
    assert.equal(s.lastSource, 'memory');
    assert.equal(again.model, first.model);
    assert.equal(again.key, first.key);
  });

  it('trains again when a corpus file changes, and not when it is only touched', () => {
    const s = store();
    const before = s.withCorpus(base, [corpus]);
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(corpus, '2022.txt'), later, later);
    assert.equal(s.withCorpus(base, [corpus]).key, before.key);
    assert.equal(s.lastSource, 'memory');
    write('2023.txt', GAZETTE_2023);
    const after = s.withCorpus(base, [corpus]);
    assert.equal(s.lastSource, 'trained');
    assert.notEqual(after.key, before.key);
    assert.ok(unitNames(after.model).includes('市商务局') && !unitNames(before.model).includes('市商务局'));
  });

  it('keeps a training on disk for the next process, which reads it instead of training', () => {
    const trained = store().withCorpus(base, [corpus]);
    assert.equal(fs.readdirSync(cacheDir).filter((n) => n.startsWith('corpus-')).length, 1);
    const next = store();
    const read = next.withCorpus(base, [corpus]);
    assert.equal(next.lastSource, 'disk');
    assert.deepEqual(read.model, trained.model);
  });

  it('never reuses a training kept by another build', () => {
    store().withCorpus(base, [corpus]);
    const other = store({ tool: 'test 2' });
    other.withCorpus(base, [corpus]);
    assert.equal(other.lastSource, 'trained');
  });

  it('trains again over a damaged kept training, and replaces it', () => {
    const { model } = store().withCorpus(base, [corpus]);
    const [name] = fs.readdirSync(cacheDir);
    fs.writeFileSync(path.join(cacheDir, name), '{"format": "gongwen-mo');
    const s = store();
    assert.deepEqual(s.withCorpus(base, [corpus]).model, model);
    assert.equal(s.lastSource, 'trained');
    const next = store();
    next.withCorpus(base, [corpus]);
    assert.equal(next.lastSource, 'disk');
  });

  it('works without a usable cache folder (a file stands where the folder would be): memory only', () => {
    cacheDir = path.join(tmp, 'not-a-folder');
    fs.writeFileSync(cacheDir, 'x');
    const s = store();
    assert.ok(unitNames(s.withCorpus(base, [corpus]).model).includes('市水利局'));
    const next = store();
    next.withCorpus(base, [corpus]);
    assert.equal(next.lastSource, 'trained'); // nothing was kept
    assert.equal(fs.readFileSync(cacheDir, 'utf8'), 'x');
  });

  it('keeps the most recently used trainings on disk and deletes the rest', () => {
    for (let i = 0; i < 4; i++) {
      write('extra.md', `${GAZETTE_2023}\n${i}\n`);
      store({ keepOnDisk: 2 }).withCorpus(base, [corpus]);
    }
    assert.equal(fs.readdirSync(cacheDir).filter((n) => n.startsWith('corpus-')).length, 2);
  });

  it('keeps only the last few trainings in memory, so a corpus edited all day does not pile them up', () => {
    const s = store();
    const first = s.withCorpus(base, [corpus]);
    for (let i = 0; i < 4; i++) {
      write('extra.md', `${GAZETTE_2023}\n${i}\n`);
      s.withCorpus(base, [corpus]);
    }
    fs.rmSync(path.join(corpus, 'extra.md'));
    assert.equal(s.withCorpus(base, [corpus]).key, first.key);
    assert.equal(s.lastSource, 'disk'); // dropped from memory, still on disk
    assert.notEqual(s.withCorpus(base, [corpus]).model, undefined);
    assert.equal(s.lastSource, 'memory');
  });

  it('looks at the files again only after recheckMs (the server), or when told to', () => {
    let now = 1000;
    const s = store({ recheckMs: 2000, now: () => now });
    const before = s.withCorpus(base, [corpus]);
    write('2023.txt', GAZETTE_2023);
    now += 1999;
    assert.equal(s.withCorpus(base, [corpus]).key, before.key);
    now += 1;
    assert.notEqual(s.withCorpus(base, [corpus]).key, before.key);
    fs.rmSync(path.join(corpus, '2023.txt'));
    s.recheck();
    assert.equal(s.withCorpus(base, [corpus]).key, before.key);
  });

  it('returns the base model itself for no folders, or folders without a .txt or .md file', () => {
    assert.equal(store().withCorpus(base, []).model, base);
    const empty = path.join(tmp, 'empty');
    fs.mkdirSync(empty);
    fs.writeFileSync(path.join(empty, 'draft.gw'), '通知');
    const s = store();
    s.withCorpus(base, [corpus]);
    assert.equal(s.withCorpus(base, [empty]).model, base);
    assert.equal(s.lastSource, undefined); // nothing trained, read or remembered for this call
    assert.deepEqual(fs.readdirSync(cacheDir).length, 1); // only the first corpus's training
  });

  it('a missing folder, a binary or an oversize file is a problem naming it; the other files are still trained', () => {
    const missing = path.join(tmp, 'missing');
    const binary = path.join(corpus, 'scan.txt');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const big = path.join(tmp, 'big.txt');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 21 * 1024 * 1024); // sparse: 21 MB that take no room
    const s = store();
    const r = s.withCorpus(base, [missing, corpus, big]);
    assert.deepEqual(r.problems.map((p) => `${p.file}: ${p.reason}`), [
      `${missing}: 找不到训练语料 / corpus path not found (ENOENT)`,
      `${binary}: 二进制文件，不是文本 / binary file, not text`,
      `${big}: 文件过大（21.0 MB，上限 20 MB） / file too large (21.0 MB, limit 20 MB)`,
    ]);
    // What 2022.txt alone teaches, under the key of 2022.txt alone.
    const alone = store({ cacheDir: undefined }).withCorpus(base, [path.join(corpus, '2022.txt')]);
    assert.deepEqual(r.model, alone.model);
    assert.equal(r.key, alone.key);
    // Said again at every call (each lint reports it), from memory or not.
    assert.deepEqual(s.withCorpus(base, [missing, corpus, big]).problems.map((p) => p.file), [missing, binary, big]);
    // Mended, it is trained on.
    fs.writeFileSync(binary, GAZETTE_2023);
    const mended = s.withCorpus(base, [corpus]);
    assert.deepEqual(mended.problems, []);
    assert.ok(unitNames(mended.model).includes('市商务局') && !unitNames(r.model).includes('市商务局'));
  });

  it('a corpus of which nothing can be read: the base model, and the problems', () => {
    const missing = path.join(tmp, 'missing');
    const r = store().withCorpus(base, [missing]);
    assert.equal(r.model, base);
    assert.equal(r.key, '');
    assert.deepEqual(r.problems.map((p) => [p.file, p.reason]), [[missing, '找不到训练语料 / corpus path not found (ENOENT)']]);
  });

  it('the problems are kept with the listing while it is trusted (recheckMs), and looked at again after', () => {
    let now = 0;
    const s = store({ recheckMs: 2000, now: () => now });
    const binary = path.join(corpus, 'scan.txt');
    fs.writeFileSync(binary, Buffer.from([0, 1, 2]));
    assert.deepEqual(s.withCorpus(base, [corpus]).problems.map((p) => p.file), [binary]);
    fs.writeFileSync(binary, GAZETTE_2023);
    now = 1000;
    assert.deepEqual(s.withCorpus(base, [corpus]).problems.map((p) => p.file), [binary]);
    now = 5000;
    assert.deepEqual(s.withCorpus(base, [corpus]).problems, []);
  });
});

describe('userCacheDir', () => {
  const cases: [NodeJS.ProcessEnv, NodeJS.Platform, string][] = [
    [{ GONGWEN_CACHE_DIR: '/x/c', XDG_CACHE_HOME: '/xdg' }, 'linux', '/x/c'],
    [{ XDG_CACHE_HOME: '/xdg' }, 'linux', '/xdg/gongwen'],
    [{}, 'linux', '/home/u/.cache/gongwen'],
    [{}, 'darwin', '/home/u/Library/Caches/gongwen'],
    [{ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u\\AppData\\Local\\gongwen\\Cache'],
  ];
  for (const [env, platform, want] of cases) {
    it(`${platform} ${JSON.stringify(env)} → ${want}`, () => assert.equal(userCacheDir(env, platform, '/home/u'), want));
  }
});
