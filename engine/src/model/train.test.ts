import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { readCorpus, readCorpusFiles } from './corpus';
import { train } from './train';
import { serializeModel, mergeModels } from './serialize';
import { parseModel } from './load';
import { learnUnits, structuralForms, normalizeUnitName, type Seen } from './units';
import { GAZETTE_2022, GAZETTE_2023 } from './fixtures';

const inputs = [
  { file: '/somewhere/a-2022.txt', text: GAZETTE_2022 },
  { file: 'C:\\corpus\\b-2023.txt', text: GAZETTE_2023 },
];

describe('train: a hand-written two-issue corpus', () => {
  const model = train(inputs);
  const unit = (name: string) => model.units.find((u) => u.name === name);
  const alias = (a: string) => model.aliases.find((x) => x.alias === a);

  it('records base names and text hashes, not paths or times', () => {
    assert.deepEqual(model.trainedOn.map((t) => t.file), ['a-2022.txt', 'b-2023.txt']);
    assert.match(model.trainedOn[0].sha256, /^[0-9a-f]{64}$/);
  });

  it('learns issuing codes with issuer, series kind, counts and max sequence per year', () => {
    assert.deepEqual(model.codes, [
      { code: '临政任', issuer: '临河市人民政府', kind: '任', count: 1, maxSeq: { 2022: 4 }, source: 'issued' },
      { code: '临政办字', issuer: '临河市人民政府办公室', mark: '临河市人民政府办公室', kind: '办字', count: 4, maxSeq: { 2018: 3, 2019: 11, 2022: 8, 2023: 5 }, source: 'issued' },
      { code: '临政发', issuer: '临河市人民政府', mark: '临河市人民政府文件', kind: '发', count: 3, maxSeq: { 2018: 9, 2022: 3, 2023: 2 }, source: 'issued' },
      { code: '临政字', issuer: '临河市人民政府', mark: '临河市人民政府', kind: '字', count: 2, maxSeq: { 2019: 7, 2022: 12 }, source: 'issued' },
      { code: '临河市人民政府令', issuer: '临河市人民政府', kind: '令', count: 4, maxSeq: { 2016: 9, 2023: 20 }, source: 'issued' },
      { code: '鲁政办字', issuer: '山东省人民政府办公厅', kind: '办字', count: 1, maxSeq: { 2021: 30 }, source: 'cited' },
    ]);
  });

  it('learns the unit lexicon with counts and date ranges; slips are aliases, not units', () => {
    assert.deepEqual(model.units.map((u) => u.name), [
      '人民银行临河市中心支行', '人民银行临河市分行', '各县（市、区）人民政府', '市住房城乡建设局', '市农业农村局',
      '市发展改革委', '市商务局', '市商务投资促进局', '市城管局', '市工业和信息化局', '市投资促进局', '市教育体育局',
      '市水利局', '市财政局',
    ]);
    assert.deepEqual(unit('市住房城乡建设局'), { name: '市住房城乡建设局', full: '临河市住房和城乡建设局', count: 5, firstSeen: '2022-03-10', lastSeen: '2022-04-02' });
    assert.deepEqual(unit('市财政局'), { name: '市财政局', count: 5, firstSeen: '2022-03-10', lastSeen: '2023-03-01' });
    assert.equal(unit('市发展改革委')?.full, '临河市发展和改革委员会');
    assert.equal(unit('市水利局')?.full, '临河市水利局');
    // 市住建局 (a seed abbreviation) and 市教育局 (a name two characters short of a frequent one).
    assert.deepEqual(alias('市住建局'), { alias: '市住建局', standard: '市住房城乡建设局', source: 'builtin' });
    assert.deepEqual(alias('市教育局'), { alias: '市教育局', standard: '市教育体育局', source: 'builtin' });
    assert.deepEqual(alias('临河市发展和改革委员会'), { alias: '临河市发展和改革委员会', standard: '市发展改革委', source: 'corpus' });
    assert.deepEqual(alias('市住房和城乡建设局'), { alias: '市住房和城乡建设局', standard: '市住房城乡建设局', source: 'corpus' });
    assert.deepEqual(alias('市发改委'), { alias: '市发改委', standard: '市发展改革委', source: 'builtin' });
    assert.equal(alias('市人社局'), undefined, 'no alias for a unit the lexicon does not have');
    for (const a of model.aliases) assert.ok(!unit(a.alias), `${a.alias} is both a unit and an alias`);
  });

  it('learns no unit from an assignment written after its units (its ministries are not the city’s)', () => {
    const text = GAZETTE_2022.replace('（二）完善机制。', '（一）落实部署。落实部署要求。（国家发展改革委牵头，市财政局、工业和信息化部配合）\n\n（二）完善机制。');
    assert.notEqual(text, GAZETTE_2022);
    const units = train([{ file: 'a-2022.txt', text }]).units.map((u) => u.name);
    assert.ok(units.includes('市财政局'));
    assert.ok(!units.includes('国家发展改革委') && !units.includes('工业和信息化部'), units.join('、'));
  });
  it('learns renames where one name stops and its successors start', () => {
    assert.deepEqual(unit('人民银行临河市中心支行'), {
      name: '人民银行临河市中心支行', count: 1, firstSeen: '2022-03-10', lastSeen: '2022-03-10',
      validUntil: '2023-03-01', successors: ['人民银行临河市分行'],
    });
    assert.equal(unit('人民银行临河市分行')?.validFrom, '2022-03-11');
    assert.deepEqual(unit('市商务投资促进局')?.successors, ['市商务局', '市投资促进局']);
    assert.equal(unit('市商务投资促进局')?.validUntil, '2023-03-01');
    assert.equal(unit('市商务局')?.validFrom, undefined, 'a split part may be an older unit restored');
    // No evidence, no dates: a unit seen once stays valid.
    assert.equal(unit('市农业农村局')?.validUntil, undefined);
  });

  it("learns a 规范性文件's title without the registration number printed under its 发文字号 (othergaz3)", () => {
    const text = ['宜昌市人民政府公报', '2025年第4期（总第216期）', '', '目　　录', '【市政府文件】',
      '宜昌市人民政府关于印发宜昌市政府投资项目管理办法的通知（宜府规〔2025〕2号）……（2）', '',
      '宜昌市人民政府文件', '', '宜府规〔2025〕2号', '', 'YCCR-2025-00102', '', '宜昌市人民政府关于印发宜昌市政府投资项目管理办法的通知', '',
      '各县市区人民政府，市政府各部门：', '', '《宜昌市政府投资项目管理办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。', '',
      '宜昌市人民政府', '2025年3月20日', ''].join('\n');
    const m = train([{ file: 'x.txt', text }]);
    assert.equal(m.documents.find((d) => d.number === '宜府规〔2025〕2号')?.title, '宜昌市人民政府关于印发宜昌市政府投资项目管理办法的通知');
  });

  it('records the titles a 印发 notice issuing several documents issues', () => {
    const issue = (body: string) => ['临河市人民政府公报', '2023', '第1期', '', '目录', '◎市政府办公室文件',
      '关于印发支持甲乙产业高质量发展若干措施的通知', '临政办发〔2023〕7号 2', '',
      '临河市人民政府办公室文件', '', '临政办发〔2023〕7号', '', '临河市人民政府办公室', '关于印发支持甲乙产业高质量发展若干措施的通知', '',
      '各县（市、区）人民政府，市政府各部门：', `    ${body}`, '', '临河市人民政府办公室', '2023年7月11日', ''].join('\n');
    const several = train([{ file: 'x.txt', text: issue('根据《临河市产业规划》，现将《关于支持甲产业高质量发展的若干措施》《关于支持乙产业高质量发展的若干措施》印发给你们，请认真贯彻落实。') }]);
    assert.deepEqual(several.documents.find((d) => d.number === '临政办发〔2023〕7号')?.issues, ['关于支持甲产业高质量发展的若干措施', '关于支持乙产业高质量发展的若干措施']);
    // One issued document: its title is the notice's, nothing to record.
    const one = train([{ file: 'x.txt', text: issue('现将《关于支持甲乙产业高质量发展的若干措施》印发给你们，请认真贯彻落实。') }]);
    assert.equal(one.documents.find((d) => d.number === '临政办发〔2023〕7号')?.issues, undefined);
  });

  it('builds the registry from 目录 and documents, with cited documents as far as known', () => {
    assert.deepEqual(model.documents.map((d) => d.number), [
      '临政任〔2022〕4号', '临政办字〔2018〕3号', '临政办字〔2019〕11号', '临政办字〔2022〕8号', '临政办字〔2023〕5号',
      '临政发〔2018〕9号', '临政发〔2022〕3号', '临政发〔2023〕2号', '临政字〔2019〕7号', '临政字〔2022〕12号',
      '临河市人民政府令第12号', '临河市人民政府令第15号', '临河市人民政府令第20号', '临河市人民政府令第9号', '鲁政办字〔2021〕30号',
    ]);
    const d = (n: string) => model.documents.find((x) => x.number === n);
    assert.deepEqual(d('临政任〔2022〕4号'), {
      number: '临政任〔2022〕4号', title: '临河市人民政府关于任免张三等工作人员职务的通知',
      shortTitle: '关于任免张三等工作人员职务的通知', issuer: '临河市人民政府', date: '2022-04-15', type: '任免', source: 'a-2022.txt p9',
    });
    assert.deepEqual(d('临政办字〔2022〕8号'), {
      number: '临政办字〔2022〕8号', title: '临河市人民政府办公室关于印发临河市节水行动方案的通知',
      shortTitle: '关于印发临河市节水行动方案的通知', issuer: '临河市人民政府办公室', date: '2022-04-02', type: '印发通知', source: 'a-2022.txt p6',
    });
    assert.deepEqual(d('鲁政办字〔2021〕30号'), {
      number: '鲁政办字〔2021〕30号', title: '山东省人民政府办公厅关于加强节水工作的通知',
      shortTitle: '关于加强节水工作的通知', issuer: '山东省人民政府办公厅', type: '通知',
    });
    // A repealed decree's promulgation note gives its date.
    assert.equal(d('临河市人民政府令第9号')?.date, '2016-05-04');
    assert.equal(d('临河市人民政府令第20号')?.title, '临河市人民政府关于修改和废止部分市政府规章的决定');
  });

  it('finds repeal and amendment statements with the stating document and its date', () => {
    assert.deepEqual(model.repeals, [
      // The items of `决定对以下2件…予以废止：` (the 根据《…》（令第15号） basis before it is not repealed).
      { target: '临政办字〔2018〕3号', targetTitle: '临河市人民政府办公室关于加强物业管理的通知', by: '临政办字〔2023〕5号', date: '2023-03-15', kind: 'repeal' },
      { target: '临政办字〔2019〕11号', targetTitle: '临河市人民政府办公室关于规范停车收费的通知', by: '临政办字〔2023〕5号', date: '2023-03-15', kind: 'repeal' },
      { target: '临政发〔2018〕9号', targetTitle: '临河市人民政府关于加强城市管理的通知', by: '临政发〔2022〕3号', date: '2022-05-01', kind: 'repeal' }, // the day the 意见 that repeals it takes effect
      { target: '临政字〔2019〕7号', targetTitle: '临河市人民政府关于调整城区基准地价的通知', by: '临政字〔2022〕12号', date: '2022-03-20', kind: 'repeal' },
      { target: '临河市人民政府令第12号', targetTitle: '临河市供水管理办法', by: '临河市人民政府令第20号', date: '2023-02-01', kind: 'amend' },
      { target: '临河市人民政府令第9号', targetTitle: '临河市城市道路管理办法', by: '临河市人民政府令第20号', date: '2023-02-01', kind: 'repeal' },
    ]);
  });

  it('does not take a basis (根据《X》（N）) for a repealed document', () => {
    assert.ok(!model.repeals.some((r) => r.target === '鲁政办字〔2021〕30号' || r.target === '临河市人民政府令第15号'));
  });

  it('counts numbering levels and regimes', () => {
    // 意见: （一）（二） under 一、, then （三）（四） under 二、 (runs on); 方案: 1.–5. straight under 一、;
    // the repeal notice's list 1. 2. has no parent.
    assert.deepEqual(model.numbering, { levelCounts: { 1: 6, 2: 6, 3: 7 }, runOn: 1, restart: 0, skipToLevel3: 5 });
  });
});

describe('serializeModel / train determinism', () => {
  it('same corpus → byte-identical file, whatever the input order', () => {
    const a = serializeModel(train(inputs));
    const b = serializeModel(train([...inputs].reverse()));
    assert.equal(a, b);
    assert.ok(a.endsWith('}\n'));
    assert.ok(!a.includes('/somewhere') && !a.includes('C:\\\\'), 'no paths in the model');
  });

  it('writes sorted keys and reads back as the same model', () => {
    const text = serializeModel(train(inputs));
    const back = parseModel(text, 'x.json');
    assert.equal(serializeModel(back), text);
    const keys = Object.keys(JSON.parse(text));
    assert.deepEqual(keys, [...keys].sort());
    assert.match(text, /^ {4}\{"count":5,"firstSeen":"2022-03-10","lastSeen":"2023-03-01","name":"市财政局"\},?$/m);
  });

  it('skips texts that are not gazette issues', () => {
    const m = train([...inputs, { file: 'NOTES.md', text: '（牵头单位：A、B；责任单位：C）\n' }]);
    assert.equal(serializeModel(m), serializeModel(train(inputs)));
  });
});

describe('mergeModels', () => {
  const a = train([inputs[0]]);
  const b = train([inputs[1]]);
  const m = mergeModels(a, b);

  it('adds counts, widens date ranges and joins registries and statements', () => {
    assert.deepEqual(m.trainedOn.map((t) => t.file), ['a-2022.txt', 'b-2023.txt']);
    const fin = m.units.find((u) => u.name === '市财政局')!;
    assert.deepEqual([fin.count, fin.firstSeen, fin.lastSeen], [5, '2022-03-10', '2023-03-01']);
    assert.equal(m.documents.length, train(inputs).documents.length);
    assert.equal(m.repeals.length, 6);
    assert.equal(m.codes.find((c) => c.code === '临政发')?.count, 3);
    assert.deepEqual(m.codes.find((c) => c.code === '临政发')?.maxSeq, { 2018: 9, 2022: 3, 2023: 2 });
    assert.deepEqual(m.numbering.levelCounts, { 1: 6, 2: 6, 3: 7 });
  });

  it('merging a corpus already in the model changes nothing', () => {
    assert.equal(serializeModel(mergeModels(m, a)), serializeModel(m));
  });

  it('keeps a name as a unit when the other model uses it often', () => {
    const other = { ...b, trainedOn: [{ file: 'c.txt', sha256: 'c'.repeat(64) }], units: [{ name: '市教育局', count: 9, firstSeen: '2024-01-01', lastSeen: '2024-02-01' }], aliases: [] };
    const mm = mergeModels(a, other);
    assert.ok(mm.units.some((u) => u.name === '市教育局'));
    assert.ok(!mm.aliases.some((x) => x.alias === '市教育局'));
  });
});

describe('unit name conventions', () => {
  it('derives short forms by the national abbreviation rules', () => {
    const f = structuralForms('聊城市住房和城乡建设局', '聊城市');
    assert.ok(f.includes('市住房城乡建设局'));
    assert.ok(structuralForms('聊城市发展和改革委员会', '聊城市').includes('市发展改革委'));
    assert.ok(structuralForms('聊城市人力资源和社会保障局', '聊城市').includes('市人力资源社会保障局'));
    assert.ok(structuralForms('聊城市市场监督管理局', '聊城市').includes('市市场监管局'));
    assert.ok(structuralForms('某市开发区管理委员会', '某市').includes('市开发区管委会'));
  });

  it('cleans block names: spaces, half-width brackets, stray punctuation', () => {
    assert.equal(normalizeUnitName(' 各县(市、区)人民政府'), '各县（市、区）人民政府');
    assert.equal(normalizeUnitName('市水利局；'), '市水利局');
  });

  const seen = (count: number, ...dates: string[]): Seen => ({ count, dates });

  it('does not take two different short department names for a slip or a rename', () => {
    const blocks = new Map<string, Seen>([
      ['市科技局', seen(48, '2021-04-15', '2024-12-31')],
      ['市司法局', seen(2, '2021-04-19', '2024-07-20')],
      ['市审计局', seen(2, '2021-04-15', '2024-07-20')],
      ['市统计局', seen(1, '2024-11-29')],
    ]);
    const { units, aliases } = learnUnits({ blocks, fullNames: new Map(), city: '聊城市' });
    assert.deepEqual(units.map((u) => u.name).sort(), ['市司法局', '市审计局', '市科技局', '市统计局']);
    assert.deepEqual(aliases.filter((a) => a.source === 'corpus'), []);
    assert.ok(units.every((u) => !u.validUntil && !u.successors));
  });

  it("pairs a full name with a place's contracted standard form (苏州: 市工信局), and infers no rename from a contracted form or a group", () => {
    const blocks = new Map<string, Seen>([
      ['市工信局', seen(4, '2025-04-08', '2025-04-15')],
      ['市公安局', seen(3, '2025-04-08')],
      ['市自然资源和规划局', seen(1, '2025-04-08')],
      ['市资源规划局', seen(2, '2025-04-15')],
      ['各市、区人民政府', seen(4, '2025-04-08')],
      ['各市人民政府', seen(1, '2025-05-26')],
    ]);
    const fullNames = new Map<string, Seen>([['苏州市工业和信息化局', seen(1, '2025-05-12')], ['苏州市公安局姑苏分局', seen(1, '2025-05-12')]]);
    const { units, aliases } = learnUnits({ blocks, fullNames, city: '苏州市' });
    assert.equal(units.find((u) => u.name === '市工信局')?.full, '苏州市工业和信息化局');
    assert.deepEqual(aliases.filter((a) => a.standard === '市工信局').map((a) => a.alias).sort(), ['市工业信息化局', '市工业和信息化局', '苏州市工业和信息化局']);
    // A branch is no form of the body it belongs to.
    assert.equal(units.find((u) => u.name === '市公安局')?.full, undefined);
    assert.ok(units.every((u) => !u.validUntil && !u.successors), JSON.stringify(units.filter((u) => u.successors)));
  });

  it('dates a seeded rename by the first use of the new name', () => {
    const blocks = new Map<string, Seen>([['国家外汇管理局某某市分局', seen(3, '2024-07-03', '2024-09-01')]]);
    const { units } = learnUnits({ blocks, fullNames: new Map(), city: '某某市' });
    assert.deepEqual(units.find((u) => u.name === '国家外汇管理局某某市中心支局'), {
      name: '国家外汇管理局某某市中心支局', count: 0, firstSeen: '', lastSeen: '',
      validUntil: '2024-07-03', successors: ['国家外汇管理局某某市分局'],
    });
  });
});

describe("train: a province's gazette", () => {
  it('takes the province for the place, pairs 山东省商务厅 with 省商务厅 from a 任免 notice', () => {
    const issue = ['山东省人民政府公报', '', '2025', '', '第12期', '', '目录', '', '◎省政府办公厅文件', '',
      '山东省人民政府办公厅关于某事的通知', '鲁政办字〔2025〕31号 2', '', '◎人事任免', '', '山东省人民政府关于王刚等同志职务任免的通知', '鲁政任〔2025〕12号 5', '',
      '山东省人民政府办公厅', '', '鲁政办字〔2025〕31号', '', '山东省人民政府办公厅关于某事的通知', '', '各市人民政府：', '',
      '一、推进某事。（牵头单位：省商务厅；责任单位：省财政厅，各市人民政府）', '', '二、做好某事。（牵头单位：省商务厅；责任单位：省财政厅）', '',
      '山东省人民政府办公厅', '2025年5月26日', '',
      '山东省人民政府', '', '鲁政任〔2025〕12号', '', '山东省人民政府关于王刚等同志职务任免的通知', '', '各市人民政府：', '', '经研究，决定：', '',
      '任命王刚为山东省商务厅副厅长。', '', '山东省人民政府', '2025年6月3日'].join('\n');
    const m = train([{ file: 'sd.txt', text: issue }]);
    assert.equal(m.units.find((u) => u.name === '省商务厅')?.full, '山东省商务厅');
    assert.ok(m.aliases.some((a) => a.alias === '山东省商务厅' && a.standard === '省商务厅'));
  });
});

describe('readCorpus', () => {
  it('walks folders in order and decodes GB18030 like UTF-8 (same model)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-corpus-'));
    try {
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.writeFileSync(path.join(dir, 'a-2022.txt'), iconv.encode(GAZETTE_2022, 'gb18030'));
      fs.writeFileSync(path.join(dir, 'sub', 'b-2023.txt'), GAZETTE_2023);
      fs.writeFileSync(path.join(dir, 'notes.pdf'), 'not text');
      const read = readCorpus([dir]);
      assert.deepEqual(read.map((r) => path.relative(dir, r.file)), ['a-2022.txt', path.join('sub', 'b-2023.txt')]);
      assert.equal(serializeModel(train(read)), serializeModel(train(inputs)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names a missing path', () => {
    assert.throws(() => readCorpus(['/no/such/corpus']), /\/no\/such\/corpus: 找不到训练语料/);
  });

  it('readCorpusFiles: each file or folder that cannot be read is a problem naming it, and the others are read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-corpus-'));
    try {
      fs.writeFileSync(path.join(dir, 'a-2022.txt'), iconv.encode(GAZETTE_2022, 'gbk'));
      fs.writeFileSync(path.join(dir, 'b.txt'), Buffer.from([0xde, 0xad, 0, 0xbe, 0xef]));
      fs.writeFileSync(path.join(dir, 'c-2023.md'), GAZETTE_2023);
      fs.writeFileSync(path.join(dir, 'd.txt'), '');
      fs.truncateSync(path.join(dir, 'd.txt'), 20 * 1024 * 1024 + 1); // one byte over, sparse
      fs.mkdirSync(path.join(dir, 'loop'));
      fs.symlinkSync(dir, path.join(dir, 'loop', 'up')); // walked once, not for ever
      fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt')); // passed over, as lint's folders do
      const { inputs: read, problems } = readCorpusFiles([dir, '/no/such/corpus']);
      assert.deepEqual(read.map((r) => path.basename(r.file)), ['a-2022.txt', 'c-2023.md']);
      assert.equal(read[0].text, GAZETTE_2022); // GBK decoded, as lint decodes it
      assert.deepEqual(problems.map((p) => `${path.basename(p.file)}: ${p.reason}`), [
        'corpus: 找不到训练语料 / corpus path not found (ENOENT)',
        'b.txt: 二进制文件，不是文本 / binary file, not text',
        'd.txt: 文件过大（20.0 MB，上限 20 MB） / file too large (20.0 MB, limit 20 MB)',
      ]);
      assert.throws(() => readCorpus([dir]), /b\.txt: 二进制文件/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('train: a county gazette', () => {
  it('learns the same way with 县 in place of 市', () => {
    const county = GAZETTE_2022.replace(/临河市/g, '清水县').replace(/临政/g, '清政').replace(/市住房城乡建设局/g, '县住房城乡建设局')
      .replace(/市发展改革委/g, '县发展改革委').replace(/市教育体育局/g, '县教育体育局').replace(/市住建局/g, '县住建局').replace(/市教育局/g, '县教育局');
    const m = train([{ file: 'county.txt', text: county }]);
    const u = m.units.find((x) => x.name === '县住房城乡建设局');
    assert.equal(u?.full, '清水县住房和城乡建设局');
    assert.equal(m.units.find((x) => x.name === '县发展改革委')?.full, '清水县发展和改革委员会');
    assert.equal(m.aliases.find((x) => x.alias === '县住建局')?.standard, '县住房城乡建设局');
    assert.equal(m.aliases.find((x) => x.alias === '县教育局')?.standard, '县教育体育局');
    assert.ok(!m.units.some((x) => x.name === '县住建局' || x.name === '县教育局'));
  });
});
