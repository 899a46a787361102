// No command writes its output over one of its inputs (lint -o, train -o, export -o, issue -o):
// the text would be lost. Named directly, through a symbolic link or a hard link, it is a usage
// error and the input is left as it was (for lint, also the model, configuration, corpus and cache
// it reads); lint's report found in a linted folder (the last run's) is not linted, and is
// replaced, but a document there is not.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Io } from '../io';
import { run as exportRun } from './export';
import { run as issue } from './issue';
import { expandInputs } from '../inputs';
import { Session } from '../session';
import { filesRead, run as lint } from './lint';
import { run as train } from './train';

const SAMPLES = path.resolve(__dirname, '../../../samples');
const DRAFT = fs.readFileSync(path.join(SAMPLES, 'draft-notice-errors.txt'), 'utf8');

describe('no command overwrites its input', () => {
  let tmp: string;
  let out: string;
  let err: string;
  let io: Io;
  beforeEach(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-overwrite-')));
    out = '';
    err = '';
    io = { cwd: tmp, color: false, stdout: (s) => void (out += s), stderr: (s) => void (err += s) };
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const write = (name: string, text = DRAFT) => {
    const p = path.join(tmp, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    return p;
  };
  const env = { today: '2026-11-22' };

  it('lint -o: not over a file named to it, however it is named', async () => {
    const draft = write('a.gw');
    fs.symlinkSync(draft, path.join(tmp, 'link.gw'));
    fs.linkSync(draft, path.join(tmp, 'hard.gw'));
    for (const target of ['a.gw', './a.gw', 'link.gw', 'hard.gw']) {
      err = '';
      assert.strictEqual(await lint(['a.gw', '-o', target], io, env), 2, target);
      assert.match(err, /the report would overwrite a file being linted: .*a\.gw/, target);
      assert.strictEqual(fs.readFileSync(draft, 'utf8'), DRAFT, target);
    }
    // A folder named as the report: it cannot be written, and says so.
    fs.mkdirSync(path.join(tmp, 'drafts'));
    err = '';
    assert.strictEqual(await lint(['drafts', '-o', 'drafts'], io, env), 2);
    assert.match(err, /cannot write the report \(EISDIR\)/);
    // Beside it: written.
    assert.strictEqual(await lint(['a.gw', '-o', 'report.txt'], io, env), 1);
    assert.match(fs.readFileSync(path.join(tmp, 'report.txt'), 'utf8'), /doc-number\/bracket/);
  });

  it('lint -o into a linted folder: the last run\'s report is not linted, and is replaced', async () => {
    write('drafts/a.gw');
    await lint(['drafts', '-o', 'drafts/report.txt', '-f', 'json'], io, env);
    const first = fs.readFileSync(path.join(tmp, 'drafts/report.txt'), 'utf8');
    assert.deepStrictEqual(JSON.parse(first).map((r: { filePath: string }) => path.basename(r.filePath)), ['a.gw']);
    await lint(['drafts', '-o', 'drafts/report.txt', '-f', 'json'], io, env);
    assert.strictEqual(fs.readFileSync(path.join(tmp, 'drafts/report.txt'), 'utf8'), first);
    // A report of any format, or an empty one (stylish, nothing found), is replaced by one of another.
    for (const [from, to] of [['json', 'stylish'], ['stylish', 'sarif'], ['sarif', 'json'], ['empty', 'stylish']]) {
      if (from === 'empty') write('drafts/report.txt', '');
      else assert.strictEqual(await lint(['drafts', '-o', 'drafts/report.txt', '-f', from], io, env), 1, from);
      err = '';
      assert.strictEqual(await lint(['drafts', '-o', 'drafts/report.txt', '-f', to], io, env), 1, `${from} → ${to}: ${err}`);
      const report = fs.readFileSync(path.join(tmp, 'drafts/report.txt'), 'utf8');
      assert.ok(to === 'stylish' ? report.startsWith(`\n${path.join(tmp, 'drafts/a.gw')}\n`) : JSON.parse(report), `${from} → ${to}`);
    }
  });

  it('lint -o into a linted folder: a document there is not replaced (it is no report)', async () => {
    const notice = write('drafts/notice.gw');
    write('drafts/other.gw');
    const notes = write('drafts/notes.txt', '会议记录：\n一、[2024]3号文件的落实情况。\n');
    for (const [target, file, text] of [['drafts/notice.gw', notice, DRAFT], ['drafts/notes.txt', notes, '会议记录：\n一、[2024]3号文件的落实情况。\n']]) {
      err = '';
      assert.strictEqual(await lint(['drafts', '-o', target], io, env), 2, target);
      assert.strictEqual(err.split('\n')[0], `gongwen: 报告会覆盖所检查文件夹中的文件，而它不是 Gongwen 的报告 / the report would overwrite a file in a linted folder that is not a Gongwen report: ${file}`);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), text, target);
    }
    // Through a hard link named elsewhere: the same file.
    fs.linkSync(notice, path.join(tmp, 'hard.txt'));
    assert.strictEqual(await lint(['drafts', '-o', 'hard.txt'], io, env), 2);
    assert.strictEqual(fs.readFileSync(notice, 'utf8'), DRAFT);
  });

  it('lint -o: not over the model, a configuration, a corpus file or the cache the run reads', async () => {
    write('a.gw');
    const model = fs.readFileSync(path.resolve(SAMPLES, '../models/default.json'), 'utf8');
    write('m.json', model);
    write('cfg.json', '{"rules":{"lead-unit/*":"warn"}}');
    write('proj/.gongwenrc.json', '{"root":true,"model":"../m.json","corpus":["../corpus"]}');
    write('proj/doc.gw');
    write('proj/sub/.gongwenrc.json', '{"rules":{"date/*":"off"}}'); // read by the folder walk: no document below it
    write('corpus/issue.txt', '聊城市人民政府公报\n');
    write('.gongwencache', '');
    const cases: [string[], string, string][] = [
      [['a.gw', '--model', 'm.json'], 'm.json', 'the model'],
      [['a.gw', '-c', 'cfg.json'], 'cfg.json', 'a configuration file'],
      [['proj/doc.gw'], 'proj/.gongwenrc.json', 'a configuration file'],
      [['proj'], 'proj/sub/.gongwenrc.json', 'a configuration file'],
      [['proj/doc.gw'], 'm.json', 'the model'],
      [['proj'], 'corpus/issue.txt', 'a corpus file'],
      [['-', '--stdin-filename', 'proj/x.gw'], 'proj/.gongwenrc.json', 'a configuration file'],
      [['a.gw', '--cache'], '.gongwencache', 'the cache'],
    ];
    for (const [args, target, what] of cases) {
      const before = fs.readFileSync(path.join(tmp, target), 'utf8');
      err = '';
      assert.strictEqual(await lint([...args, '-o', target], { ...io, stdin: () => Buffer.from(DRAFT) }, env), 2, `${args.join(' ')} -o ${target}`);
      assert.strictEqual(err.split('\n')[0], `gongwen: 报告不能覆盖本次读取的${{ 'the model': '模型', 'a configuration file': '配置文件', 'a corpus file': '训练语料', 'the cache': '缓存' }[what]} / the report would overwrite ${what} this lint reads: ${path.join(tmp, target)}`);
      assert.strictEqual(fs.readFileSync(path.join(tmp, target), 'utf8'), before, target);
    }
    // Another file beside them: written.
    assert.strictEqual(await lint(['proj', '-o', 'proj/report.txt'], io, env), 1);
  });

  it('lint -o checks the files the run reads once each, however many configurations name them', () => {
    write('m.json', fs.readFileSync(path.resolve(SAMPLES, '../models/default.json'), 'utf8'));
    write('corpus/issue.txt', '聊城市人民政府公报\n');
    // A corpus path that cannot be listed: the lint reports it, and reads the others.
    write('a/.gongwenrc.json', '{"root":true,"model":"../m.json","corpus":["../missing","../corpus"]}');
    write('b/.gongwenrc.json', '{"root":true,"model":"../m.json","corpus":["../corpus/issue.txt"],"date":"2024-01-01"}');
    write('a/x.gw');
    write('b/y.gw');
    const read = (options: { model?: string }) => {
      const session = Session.create({ cwd: tmp, ...options }, io)!;
      return filesRead(session, expandInputs(['a', 'b'], session.resolver, tmp), path.join(tmp, '.gongwencache'))
        .map((f) => `${path.relative(tmp, f.file)} (${f.en})`).sort();
    };
    const configs = ['a/.gongwenrc.json (a configuration file)', 'b/.gongwenrc.json (a configuration file)'];
    // --model: the model of every configuration, named once.
    assert.deepStrictEqual(read({ model: 'm.json' }), ['.gongwencache (the cache)', ...configs, 'm.json (the model)']);
    // Two configurations naming the same model and corpus file.
    assert.deepStrictEqual(read({}), ['.gongwencache (the cache)', ...configs, 'corpus/issue.txt (a corpus file)', 'm.json (the model)']);
  });

  it('train -o: not over a corpus file', async () => {
    const corpus = write('corpus/issue.txt');
    assert.strictEqual(await train(['corpus', '-o', 'corpus/issue.txt'], io), 2);
    assert.match(err, /the model would overwrite a corpus file: .*issue\.txt/);
    assert.strictEqual(fs.readFileSync(corpus, 'utf8'), DRAFT);
    assert.strictEqual(await train(['corpus', '-o', 'model.json'], io), 0);
    assert.ok(fs.existsSync(path.join(tmp, 'model.json')));
  });

  it('export and issue -o: not over the document, the manifest or a document it lists', async () => {
    const draft = write('a.txt');
    fs.symlinkSync(draft, path.join(tmp, 'link.txt'));
    assert.strictEqual(await exportRun(['a.txt', '--to', 'html', '-o', 'link.txt'], io), 2);
    assert.match(err, /the output would overwrite the input/);
    const manifest = write('issue.json', JSON.stringify({ title: '聊城市人民政府公报', year: 2024, number: '6', sections: [{ name: '◎市政府文件', documents: ['a.txt'] }] }));
    for (const target of ['a.txt', 'issue.json']) {
      err = '';
      assert.strictEqual(await issue(['issue.json', '--to', 'html', '-o', target], io), 2, target);
      assert.match(err, /the output would overwrite an input/, target);
    }
    assert.strictEqual(fs.readFileSync(draft, 'utf8'), DRAFT);
    assert.match(fs.readFileSync(manifest, 'utf8'), /^\{"title"/);
    assert.strictEqual(await issue(['issue.json', '--to', 'html', '-o', 'issue.html'], io), 0);
    assert.match(fs.readFileSync(path.join(tmp, 'issue.html'), 'utf8'), /<html/i);
  });
});
