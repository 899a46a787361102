// The committed default model (models/default.json): what it holds, and that retraining from the
// shared corpus gives exactly that file.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { loadModel, defaultModelPath } from '../../engine/src/model/load';
import { readCorpus } from '../../engine/src/model/corpus';
import { train } from '../../engine/src/model/train';
import { serializeModel } from '../../engine/src/model/serialize';
import { parseGazette } from '../../engine/src/parse/gazette';
import { SourceText } from '../../engine/src/text/source';

const repoRoot = path.resolve(__dirname, '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const haveCorpus = fs.existsSync(corpus);

describe('default model', function () {
  this.timeout(60000);
  const model = loadModel();
  const unit = (name: string) => model.units.find((u) => u.name === name);
  const alias = (a: string) => model.aliases.find((x) => x.alias === a);

  it('is the file in models/', () => {
    assert.equal(defaultModelPath(), path.join(repoRoot, 'models/default.json'));
    assert.deepEqual(model.trainedOn.map((t) => t.file), ['gazette-2021-04.txt', 'gazette-2023-06-07.txt', 'gazette-2024-06-08.txt', 'gazette-2024-11-12.txt']);
  });

  it("lists the corpus's issuing codes with issuer and series kind", () => {
    const own = model.codes.filter((c) => c.source === 'issued').map((c) => [c.code, c.issuer, c.kind]);
    assert.deepEqual(own, [
      ['聊城市人民政府令', '聊城市人民政府', '令'],
      ['聊政任', '聊城市人民政府', '任'],
      ['聊政办发', '聊城市人民政府办公室', '办发'],
      ['聊政办字', '聊城市人民政府办公室', '办字'],
      ['聊政发', '聊城市人民政府', '发'],
      ['聊政字', '聊城市人民政府', '字'],
    ]);
    // The 发文机关标志 each series is printed under: …文件 ⇔ 发 series, the bare issuer ⇔ 字 series.
    assert.deepEqual(['聊政发', '聊政字', '聊政办发', '聊政办字'].map((c) => model.codes.find((x) => x.code === c)?.mark),
      ['聊城市人民政府文件', '聊城市人民政府', '聊城市人民政府办公室文件', '聊城市人民政府办公室']);
    assert.equal(model.codes.find((c) => c.code === '聊政办字')?.maxSeq['2024'], 25);
    assert.equal(model.codes.find((c) => c.code === '聊城市人民政府令')?.maxSeq['2024'], 48);
    // Codes known only from citations (so citing a provincial document is not an unknown code).
    assert.equal(model.codes.find((c) => c.code === '鲁政办字')?.issuer, '山东省人民政府办公厅');
  });

  it('has every numbered 目录 entry of the four gazettes in the registry, with date and issuer', function () {
    if (!haveCorpus) {
      console.log(`      (skipped: no corpus at ${corpus})`);
      this.skip();
    }
    let n = 0;
    for (const f of fs.readdirSync(corpus).filter((x) => x.endsWith('.txt'))) {
      const g = parseGazette(new SourceText(fs.readFileSync(path.join(corpus, f), 'utf8')));
      for (const t of g.toc) {
        if (!t.number) {
          assert.match(t.title.text, /大事记/, `${f}: 目录 entry without a number: ${t.title.text}`);
          continue;
        }
        const d = model.documents.find((x) => x.number === t.number!.canonical);
        assert.ok(d, `${f}: ${t.number.canonical} missing from the registry`);
        assert.ok(d.date && d.issuer && d.source?.startsWith(f), `${t.number.canonical}: incomplete entry`);
        assert.equal(d.shortTitle.replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/[—-]/g, '-'),
          t.title.text.replace(/\s/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/[—-]/g, '-'));
        n++;
      }
    }
    assert.equal(n, 47);
  });

  it('registers cited documents with what is known', () => {
    assert.deepEqual(model.documents.find((d) => d.number === '鲁政办字〔2020〕85号'), {
      number: '鲁政办字〔2020〕85号', issuer: '山东省人民政府办公厅', type: '意见',
      title: '山东省人民政府办公厅关于深化相对集中行政许可权改革规范市级行政审批服务工作的意见',
      shortTitle: '关于深化相对集中行政许可权改革规范市级行政审批服务工作的意见',
    });
    assert.equal(model.documents.find((d) => d.number === '聊城市人民政府令第34号')?.date, '2018-12-29');
  });

  it('records the repeal and amendment statements of the corpus', () => {
    const s = (target: string) => model.repeals.filter((r) => r.target === target).map((r) => `${r.kind} by ${r.by} ${r.date}`);
    assert.deepEqual(s('聊政发〔2021〕5号'), ['repeal by 聊政办字〔2024〕21号 2024-12-29']);
    // …自2021年6月1日起施行…（聊政发〔2016〕56号）同时废止: the repeal takes effect with the 意见, not on its 成文日期.
    assert.deepEqual(s('聊政发〔2016〕56号'), ['repeal by 聊政发〔2021〕5号 2021-06-01']);
    assert.deepEqual(s('聊政字〔2020〕5号'), ['repeal by 聊政字〔2024〕16号 2024-12-23']);
    assert.deepEqual(s('聊城市人民政府令第32号'), ['amend by 聊城市人民政府令第48号 2024-11-11']);
    assert.deepEqual(s('聊城市人民政府令第33号'), ['amend by 聊城市人民政府令第48号 2024-11-11']);
    assert.deepEqual(s('聊城市人民政府令第34号'), ['repeal by 聊城市人民政府令第48号 2024-11-11']);
    // Only part of it (one 预案 of three) is repealed: an amendment, not a repeal.
    assert.deepEqual(s('聊政办字〔2023〕25号'), ['amend by 聊政办字〔2024〕18号 2024-12-21']);
    // Stated by the regulation re-published inside 令第48号, with its own number and date.
    assert.deepEqual(s('聊政发〔1999〕114号'), ['repeal by 聊城市人民政府令第32号 2018-03-01']);
    assert.equal(model.repeals.length, 8);
  });

  it('has clean standard unit names with date ranges; slips are aliases', () => {
    for (const u of model.units) {
      assert.match(u.name, /^[\u4e00-\u9fa5（）、]{2,30}$/, `unit name with noise: ${JSON.stringify(u.name)}`);
      if (u.count) assert.ok(u.firstSeen <= u.lastSeen && /^\d{4}-\d{2}-\d{2}$/.test(u.firstSeen), u.name);
    }
    // Counts move a little whenever the parser re-attaches one more fragment; names and dates do not.
    const { count, ...rest } = unit('市发展改革委')!;
    assert.deepEqual(rest, { name: '市发展改革委', full: '聊城市发展和改革委员会', firstSeen: '2021-04-15', lastSeen: '2024-12-31' });
    assert.ok(count > 100);
    assert.ok(unit('各县（市、区）人民政府')!.count > 150, 'half-width 各县(市、区)人民政府 counted with the full-width form');
    for (const slip of ['市住建局', '市住房和城乡建设局', '市教育局']) {
      assert.ok(!unit(slip), `${slip} must not be a standard name`);
    }
    assert.equal(alias('市住建局')?.standard, '市住房城乡建设局');
    assert.equal(alias('市住房和城乡建设局')?.standard, '市住房城乡建设局');
    assert.equal(alias('市教育局')?.standard, '市教育体育局');
    assert.equal(alias('市发改委')?.standard, '市发展改革委');
    assert.equal(alias('市人社局')?.standard, '市人力资源社会保障局');
    assert.equal(alias('市卫健委')?.standard, '市卫生健康委');
    assert.equal(alias('市市场监督管理局')?.standard, '市市场监管局');
    assert.equal(alias('聊城市教育和体育局')?.standard, '市教育体育局');
  });

  it('knows the renames the corpus shows', () => {
    const r = (name: string) => [unit(name)?.validUntil, unit(name)?.successors?.join('+')];
    assert.deepEqual(r('人民银行聊城市中心支行'), ['2024-07-03', '人民银行聊城市分行']);
    assert.deepEqual(r('聊城银保监分局'), ['2024-07-03', '聊城金融监管分局']);
    assert.deepEqual(r('市商务投资促进局'), ['2023-06-15', '市商务局+市投资促进局']);
    // Only renames with evidence: nothing else has an end date.
    assert.deepEqual(model.units.filter((u) => u.validUntil).map((u) => u.name).sort(),
      ['人民银行聊城市中心支行', '国家外汇管理局聊城市中心支局', '市商务投资促进局', '聊城银保监分局']);
  });

  it('retraining from ../shared/corpus gives exactly models/default.json', function () {
    if (!haveCorpus) {
      console.log(`      (skipped: no corpus at ${corpus})`);
      this.skip();
    }
    const inputs = readCorpus([corpus]);
    const t0 = performance.now();
    const first = serializeModel(train(inputs));
    const cold = performance.now() - t0;
    const t1 = performance.now();
    const second = serializeModel(train(inputs));
    const warm = performance.now() - t1;
    console.log(`      training on ${inputs.length} corpus files (NOTES.md skipped: not a gazette): ${cold.toFixed(0)} ms (first run), ${warm.toFixed(0)} ms (second run)`);
    assert.equal(first, second);
    const committed = fs.readFileSync(path.join(repoRoot, 'models/default.json'), 'utf8');
    if (first !== committed) {
      // Parser changes change what training learns: say which line moved and how to refresh.
      const a = first.split('\n');
      const b = committed.split('\n');
      const i = a.findIndex((l, k) => l !== b[k]);
      assert.fail(`models/default.json is stale (run \`npm run train:default\` and review the diff); first difference at line ${i + 1}:\n  trained:   ${a[i]}\n  committed: ${b[i]}`);
    }
    // About 0.3 s on an idle 2-core machine; the bound leaves room for a loaded CI box.
    assert.ok(warm < 3000, `training took ${warm.toFixed(0)} ms`);
  });
});
