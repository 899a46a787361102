import * as assert from 'node:assert/strict';
import { check, defaultModel, fixed } from '../testing';
import { lint } from '../../lint';
import type { Found } from '../testing';
import { draft, letter, lexicon } from './test-fixtures';
import { emptyModel, loadModel } from '../../model/load';
import { alias } from './alias';
import { cutIssue } from '../../parse/issue-fixture';
import { unknownUnit } from './unknown-unit';
import { unitTypo } from './unit-typo';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/alias', () => {
  const model = lexicon();
  it("passes standard names", () => {
    const text = draft("1. 加强监管。（牵头单位：市发展改革委、市住房城乡建设局、市教育体育局）");
    assert.deepEqual(brief(check(alias, text, { model })), []);
  });
  it("reports aliases, abbreviations and full names", () => {
    const text = draft("1. 加强监管。（牵头单位：市发改委、市住建局、市住房和城乡建设局、聊城市发展和改革委员会、市教育局）");
    assert.deepEqual(brief(check(alias, text, { model })), [["lead-unit/alias", 5, 15, "市发改委", "单位名称“市发改委”是非规范简称，应为“市发展改革委”（单位名录中的标准名称）。"], ["lead-unit/alias", 5, 20, "市住建局", "单位名称“市住建局”是非规范简称，应为“市住房城乡建设局”（单位名录中的标准名称）。"], ["lead-unit/alias", 5, 25, "市住房和城乡建设局", "单位名称“市住房和城乡建设局”是全称，牵头单位括注中使用规范简称，应为“市住房城乡建设局”（单位名录中的标准名称）。"], ["lead-unit/alias", 5, 35, "聊城市发展和改革委员会", "单位名称“聊城市发展和改革委员会”是全称，牵头单位括注中使用规范简称，应为“市发展改革委”（单位名录中的标准名称）。"], ["lead-unit/alias", 5, 47, "市教育局", "单位名称“市教育局”是机构改革前的单位名称（改革于2019年前后完成），本文成文日期2024年7月1日，应为“市教育体育局”（单位名录中的标准名称）。"]]);
  });
  it('reports the city\'s name before a short name or a spelled-out one the lexicon lists no full name for, not another place\'s', () => {
    // The trained model lists 市住房和城乡建设局 as an alias of 市住房城乡建设局 and no full name for it.
    const text = draft('1. 加强监管。（牵头单位：聊城市住房和城乡建设局；责任单位：临清市住房和城乡建设局）');
    const m = defaultModel();
    assert.deepEqual(brief(check(alias, text, { model: m })).map((f) => [f[2], f[3], f[4]]), [
      [15, '聊城市住房和城乡建设局', '单位名称“聊城市住房和城乡建设局”是全称，牵头单位括注中使用规范简称，应为“市住房城乡建设局”（单位名录中的标准名称）。'],
    ]);
    assert.equal(fixed(alias, text, { model: m }), draft('1. 加强监管。（牵头单位：市住房城乡建设局；责任单位：临清市住房和城乡建设局）'));
  });
  it('reports a 任免 item\'s unit written as an informal abbreviation, with the full name a notice writes', () => {
    const notice = (body: string, date = '2025年3月1日') => `聊城市人民政府关于任免张三等工作人员职务的通知\n\n各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：\n\n${body}\n\n聊城市人民政府\n${date}\n`;
    const m = defaultModel();
    // The trained model knows 市教育体育局 (full name 聊城市教育和体育局) and 市教育局 as its informal alias.
    const text = notice('市人民政府决定，任命张三为聊城市教育局局长；免去李四的聊城市教育局副局长职务。');
    assert.deepEqual(brief(check(alias, text, { model: m })), [
      ['lead-unit/alias', 5, 16, '市教育局', '单位名称“聊城市教育局”是非规范简称，任免事项中写单位全称，应为“聊城市教育和体育局”。'],
      ['lead-unit/alias', 5, 30, '市教育局', '单位名称“聊城市教育局”是非规范简称，任免事项中写单位全称，应为“聊城市教育和体育局”。'],
    ]);
    assert.equal(fixed(alias, text, { model: m }), notice('市人民政府决定，任命张三为聊城市教育和体育局局长；免去李四的聊城市教育和体育局副局长职务。'));
    // The full name, the standard short name and a spelled-out form are how a notice writes a unit;
    // 原 names the body as it was, and another place's bureau is another body.
    const right = notice('市人民政府决定，任命：\n\n张三为聊城市教育和体育局局长；\n\n李四为市教育体育局副局长；\n\n王五为聊城市住房和城乡建设局副局长。\n\n免去：\n\n赵六的原聊城市教育局局长职务；\n\n钱七的临清市教育局局长职务。');
    assert.deepEqual(brief(check(alias, right, { model: m })), []);
    // Written bare, without the city's name: the full name is written in its place.
    const bare = notice('市人民政府决定，任命：\n\n张三为市教育局局长。\n\n免去：\n\n李四的市教育局副局长职务。');
    assert.deepEqual(brief(check(alias, bare, { model: m })).map((f) => [f[1], f[3], f[4]]), [
      [7, '市教育局', '单位名称“市教育局”是非规范简称，任免事项中写单位全称，应为“聊城市教育和体育局”。'],
      [11, '市教育局', '单位名称“市教育局”是非规范简称，任免事项中写单位全称，应为“聊城市教育和体育局”。'],
    ]);
    assert.equal(fixed(alias, bare, { model: m }), notice('市人民政府决定，任命：\n\n张三为聊城市教育和体育局局长。\n\n免去：\n\n李四的聊城市教育和体育局副局长职务。'));
    // A bare standard short name, a spelled-out form, a renamed unit's old name before 2019 (市环保局) and
    // an alias that is no abbreviation are left as they were.
    const bareRight = notice('市人民政府决定，任命：\n\n张三为市教育体育局局长；\n\n王五为市住房和城乡建设局副局长。');
    assert.deepEqual(brief(check(alias, bareRight, { model: m })), []);
    assert.deepEqual(brief(check(alias, notice('市人民政府决定，任命张三为市环保局局长。', '2018年3月1日'), { model: m })), []);
  });
  /** Each fix as [the source it replaces, its text]. */
  const fixes = (text: string) => lint(text, { model, only: [alias], today: '2026-11-22' }).diagnostics
    .map((d) => [text.slice(d.fix!.range[0], d.fix!.range[1]), d.fix!.text]);

  it('changes only the differing characters of a name split over a line break (LF, CRLF, a blank line), keeping the break', () => {
    for (const br of ['\n', '\r\n', '\n\n', '\r\n\r\n']) {
      const crlf = br.includes('\r');
      const text = draft(`1. 加强监管。（牵头单位：市发改委、市住${br}建局）`);
      const doc = crlf ? text.replace(/\r?\n/g, '\r\n') : text;
      assert.deepEqual(fixes(doc), [['改', '展改革'], ['建', '房城乡建设']], JSON.stringify(br));
      const want = draft(`1. 加强监管。（牵头单位：市发展改革委、市住${br}房城乡建设局）`);
      assert.equal(fixed(alias, doc, { model }), crlf ? want.replace(/\r?\n/g, '\r\n') : want, JSON.stringify(br));
    }
  });

  it('keeps a line break inside the changed part where it is, between the same characters', () => {
    const text = draft('1. 加强监管。（牵头单位：聊城市发展和\n改革委员会、市教育局）');
    assert.deepEqual(fixes(text), [['聊城市发展和\n改革委员会', '市发展\n改革委'], ['', '体育']]);
    assert.equal(fixed(alias, text, { model }), draft('1. 加强监管。（牵头单位：市发展\n改革委、市教育体育局）'));
  });

  it('applies its fix to the whole text', () => {
    assert.equal(fixed(alias, draft("1. 加强监管。（牵头单位：市发改委、市住建局；责任单位：市教育局，各县（市、区）人民政府）"), { model }), draft("1. 加强监管。（牵头单位：市发展改革委、市住房城乡建设局；责任单位：市教育体育局，各县（市、区）人民政府）"));
  });
  it('only notes an inferred abbreviation in a document older than the first use of the name it abbreviates (a unit merged since)', () => {
    // The lexicon first sees 市教育体育局 on 2021-04-15. In 2020 市体育局 may be the sports bureau the
    // reform had not yet merged; 市发改委 is an alias the model knows, an error at any date.
    const item = '1. 加强监管。（牵头单位：市体育局、市发改委）';
    const found = (date: string) => lint(draft(item, date), { model, only: [alias], today: '2026-11-22' }).diagnostics
      .map((d) => [d.severity, d.message.includes('可能是当时') ? 'note' : 'alias', d.fix ? 'fix' : 'no fix']);
    assert.deepEqual(found('2020年6月1日'), [['info', 'note', 'no fix'], ['error', 'alias', 'fix']]);
    assert.deepEqual(found('2022年6月1日'), [['warning', 'alias', 'fix'], ['error', 'alias', 'fix']]);
  });
  it('only notes a name that was official before the 2019 reform in a document dated before it (市环保局, 市农业局)', () => {
    const known = { ...model, units: [...model.units, { name: '市生态环境局', count: 10, firstSeen: '2021-04-15', lastSeen: '2024-12-31' }],
      aliases: [...model.aliases, { alias: '市环保局', standard: '市生态环境局', source: 'builtin' as const }] };
    const item = '1. 加强监管。（牵头单位：市环保局、市发改委）';
    const found = (date: string) => lint(draft(item, date), { model: known, only: [alias], today: '2026-11-22' }).diagnostics
      .map((d) => [draft(item, date).slice(d.start, d.end), d.severity, d.fix ? 'fix' : 'no fix']);
    assert.deepEqual(found('2018年11月20日'), [['市环保局', 'info', 'no fix'], ['市发改委', 'error', 'fix']]);
    assert.deepEqual(found('2020年6月1日'), [['市环保局', 'error', 'fix'], ['市发改委', 'error', 'fix']]);
    assert.equal(lint(draft(item, '2020年6月1日'), { model: known, only: [alias], today: '2026-11-22' }).diagnostics[0].message,
      '单位名称“市环保局”是机构改革前的单位名称（改革于2019年前后完成），本文成文日期2020年6月1日，应为“市生态环境局”（单位名录中的标准名称）。');
  });
  it('says 分工, not 括注, for a full name among roles on lines of their own', () => {
    const text = draft('一、培育消费新场景。\n牵头单位：聊城市商务局\n配合单位：市住房和城乡建设局\n二、加强保障。（牵头单位：市住房和城乡建设局）');
    assert.deepEqual(check(alias, text, { model: loadModel() }).map((f) => f.message), [
      '单位名称“聊城市商务局”不是规范简称（分工中使用规范简称），应为“市商务局”（单位名录中的标准名称）。',
      '单位名称“市住房和城乡建设局”不是规范简称（分工中使用规范简称），应为“市住房城乡建设局”（单位名录中的标准名称）。',
      '单位名称“市住房和城乡建设局”不是规范简称（括注中使用规范简称），应为“市住房城乡建设局”（单位名录中的标准名称）。',
    ]);
  });
  it('knows the bodies the 2019 reform merged into another (市安监局, 市工商局, 市卫计委, 市国土资源局) from the default model', () => {
    const item = '1. 加强监管。（牵头单位：市安监局；配合单位：市工商局、市卫计委、市国土资源局、市法制办）';
    const found = (date: string) => lint(draft(item, date), { model: loadModel(), only: [alias], today: '2026-11-22' }).diagnostics
      .map((d) => [draft(item, date).slice(d.start, d.end), d.severity, /应为“([^”]+)”/.exec(d.message)?.[1] ?? /现为“([^”]+)”/.exec(d.message)?.[1]]);
    assert.deepEqual(found('2026年3月5日'), [
      ['市安监局', 'error', '市应急局'], ['市工商局', 'error', '市市场监管局'], ['市卫计委', 'error', '市卫生健康委'],
      ['市国土资源局', 'error', '市自然资源和规划局'], ['市法制办', 'error', '市司法局'],
    ]);
    // Their names until the reform: only a note in an older document.
    assert.deepEqual(found('2018年11月20日').map(([, severity]) => severity), ['info', 'info', 'info', 'info', 'info']);
  });
  describe('on the 主送 line', () => {
    it('reports an informal abbreviation the alias list names (QA round eight: a 函 to 市住建局), and fixes it', () => {
      const text = letter('市住建局：', '2025年3月1日');
      assert.deepEqual(brief(check(alias, text, { model: loadModel() })), [["lead-unit/alias", 3, 1, "市住建局", "单位名称“市住建局”是非规范简称，应为“市住房城乡建设局”（单位名录中的标准名称）。"]]);
      assert.equal(fixed(alias, text, { model: loadModel() }), letter('市住房城乡建设局：', '2025年3月1日'));
      assert.deepEqual(brief(check(alias, letter('市财政局，市发改委：'), { model })), [["lead-unit/alias", 3, 6, "市发改委", "单位名称“市发改委”是非规范简称，应为“市发展改革委”（单位名录中的标准名称）。"]]);
    });
    it('passes full names and spelled-out forms, which a 主送 may use, and abbreviations no alias list names', () => {
      const dm = loadModel();
      assert.deepEqual(check(alias, letter('聊城市发展和改革委员会，市住房和城乡建设局，聊城市市场监督管理局：', '2025年3月1日'), { model: dm }), []);
      // 市住建局 is only inferred from the hand-built lexicon: a guess, not reported on a 主送 line.
      assert.deepEqual(check(alias, letter('市住建局：'), { model }), []);
    });
  });
  // A unit name cut by a page continuation (`市住建（下转第4页）` … `（上接第2页）局`) is judged whole,
  // as the parser reads it; the fix changes only its differing characters and keeps the documents
  // printed between its halves.
  it('a name cut by a page continuation is reported whole, and its fix keeps the text between the halves', () => {
    const cut = (at: string, tail: string) => cutIssue(`1. 加强监管。（牵头单位：市财政局、${at}`, `${tail}；责任单位：市民政局）`);
    const text = cut('市住建', '局');
    assert.deepEqual(check(alias, text, { model }).map((f) => [f.ruleId, f.line, f.column, f.message]), [
      ['lead-unit/alias', 23, 20, '单位名称“市住建局”是非规范简称，应为“市住房城乡建设局”（单位名录中的标准名称）。'],
    ]);
    assert.equal(fixed(alias, text, { model }), cut('市住房城乡建设', '局'));
    assert.equal(fixed(alias, cut('市', '住建局'), { model }), cut('市', '住房城乡建设局'));
    assert.deepEqual(check(alias, cut('市住房城乡', '建设局'), { model }), []);
  });

  // QA round fifteen: a 德州 gazette linted with the 聊城 model. Its 市城市管理局 and 市教育局 may be
  // exactly its units' names; the lexicon only knows 聊城's (市城管局, 市教育体育局).
  describe("in another city's document", () => {
    const dm = loadModel();
    const dezhou = (item: string, number = '德政办字〔2026〕8号', issuer = '德州市人民政府办公室') =>
      `${issuer}\n\n${number}\n\n${issuer}关于印发城市更新行动工作要点的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n一、重点任务\n\n${item}\n\n${issuer}\n2026年2月28日\n`;
    const item = '1. 实施城市生命线安全工程。（牵头单位：市城市管理局、市教育局；责任单位：人民银行德州市分行、德州金融监管分局）';
    it('judges no unit name by the lexicon, which is one city\'s', () => {
      assert.deepEqual(brief(check([alias, unknownUnit, unitTypo], dezhou(item), { model: dm })), []);
    });
    it('still judges them when the 发文字号 is a code the model knows or another source names the city', () => {
      assert.deepEqual(brief(check([alias], dezhou(item, '聊政办字〔2026〕8号'), { model: dm })).map((f) => f[3]), ['市城市管理局', '市教育局']);
      const signed = dezhou(item).replace(/德州市人民政府办公室\n2026/, '聊城市人民政府办公室\n2026');
      assert.deepEqual(brief(check([alias], signed, { model: dm })).map((f) => f[3]), ['市城市管理局', '市教育局']);
    });
    it('judges a joint document of the city\'s Party committee (中共聊城市委办公室) as the city\'s, whatever its code', () => {
      const joint = dezhou(item, '聊办字〔2026〕3号', '中共聊城市委办公室');
      assert.deepEqual(brief(check([alias], joint, { model: dm })).map((f) => f[3]), ['市城市管理局', '市教育局']);
      assert.deepEqual(brief(check([alias], dezhou(item, '德办字〔2026〕3号', '中共德州市委办公室'), { model: dm })), []);
    });
    it("judges none in a county's document (冠县人民政府办公室: 县农业农村局 is no slip of 市农业农村局)", () => {
      const block = '（一）推进农村厕所革命。（牵头单位：县农业农村局；责任单位：县卫生健康局、县财政局，各乡镇人民政府、街道办事处）';
      const county = dezhou(block, '冠政办字〔2026〕6号', '冠县人民政府办公室');
      assert.deepEqual(brief(check([alias, unknownUnit, unitTypo], county, { model: dm })), []);
    });
    it("judges none in another city's district's document (上海市浦东新区人民政府: 区财政局, 区科经委 are the district's; othergaz2)", () => {
      const block = '一、支持创新药研发。（责任单位：区科经委、区财政局）';
      const district = dezhou(block, '浦府〔2025〕21号', '上海市浦东新区人民政府');
      assert.deepEqual(brief(check([alias, unknownUnit, unitTypo], district, { model: dm })), []);
    });
    it("judges none in a district's document of the model's own city (聊城市东昌府区人民政府: 区教育局 is the district's; othergaz4)", () => {
      const block = '一、新增公办幼儿园学位。（责任单位：区教育局、区财政局、区住建局）';
      const district = dezhou(block, '东政发〔2026〕3号', '聊城市东昌府区人民政府');
      assert.deepEqual(brief(check([alias, unknownUnit, unitTypo], district, { model: dm })), []);
    });
    it("judges none in a province's document either, whatever its code (鲁政办字 is known from citations)", () => {
      const block = '（一）扩大改造范围。（牵头单位：省住房城乡建设厅；配合单位：省民政厅、省卫生健康委；责任单位：各市人民政府）';
      const province = dezhou(block, '鲁政办字〔2026〕15号', '山东省人民政府办公厅');
      assert.deepEqual(brief(check([alias, unknownUnit, unitTypo], province, { model: dm })), []);
      // The same block in a 聊城 document: 各市人民政府 is no 聊城 unit's name.
      const city = dezhou(block, '聊政办字〔2026〕15号', '聊城市人民政府办公室');
      assert.deepEqual(brief(check([alias], city, { model: dm })).map((f) => f[3]), ['各市人民政府']);
    });
    // othergaz3: places whose issuers the patterns did not read, so their units were judged by 聊城's lexicon.
    it("judges none in an autonomous prefecture's, an autonomous county's or a development zone's document", () => {
      const prefecture = dezhou('（一）规范涉企执法。（牵头单位：州司法局；配合单位：州市场监管局、州发展改革委）', '延州政发〔2025〕3号', '延边朝鲜族自治州人民政府');
      const county = dezhou('（一）推进农村厕所革命。（牵头单位：县农业农村局；配合单位：县财政局、县生态环境分局）', '长阳政办发〔2025〕4号', '长阳土家族自治县人民政府办公室');
      const zone = dezhou('（一）优化项目服务。（牵头单位：经济发展局；配合单位：自然资源和规划分局、生态环境分局）', '宜高管发〔2025〕5号', '宜昌高新技术产业开发区管理委员会');
      for (const text of [prefecture, county, zone]) assert.deepEqual(brief(check([alias, unknownUnit, unitTypo], text, { model: dm })), [], text.split('\n')[0]);
      // Without its 管理委员会 the zone's name is no issuer: a city document naming it is still judged.
      assert.deepEqual(brief(check([unitTypo], dezhou('（一）优化项目服务。（牵头单位：市自然资源和规划分局）', '聊政办字〔2026〕8号', '聊城市人民政府办公室'), { model: dm })).map((f) => f[3]), ['市自然资源和规划分局']);
    });
    it("judges none in an autonomous region's document named with its people (广西壮族自治区: 各市、县人民政府 is no slip of 冠县人民政府)", () => {
      const text = '广西壮族自治区人民政府办公厅\n\n桂政办发〔2025〕18号\n\n广西壮族自治区人民政府办公厅关于某事的通知\n\n各市、县人民政府，自治区人民政府各组成部门、各直属机构：\n\n现就有关事项通知如下。\n\n广西壮族自治区人民政府办公厅\n2025年4月16日\n';
      assert.deepEqual(brief(check([alias, unknownUnit, unitTypo], text, { model: dm })), []);
    });
    it("judges none in another city's 政策解读, whose title opens with the document it explains (《宜昌市人民政府关于…》政策解读)", () => {
      const text = '《宜昌市人民政府关于促进民营经济高质量发展的实施意见》政策解读\n\n一、起草背景\n\n为贯彻落实有关决策部署，市发改委牵头起草了《实施意见》。\n\n二、解读机关\n\n宜昌市发展和改革委员会\n';
      assert.deepEqual(brief(check([alias, unknownUnit, unitTypo], text, { model: dm })), []);
      assert.deepEqual(brief(check([alias], text.replace('宜昌市人民政府', '聊城市人民政府'), { model: dm })).map((f) => f[3]), ['市发改委']);
    });
  });
  describe("with a model learnt from a province's gazette (山东省人民政府公报)", () => {
    const unit = (name: string, full?: string) => ({ name, count: 3, firstSeen: '2025-05-26', lastSeen: '2025-05-26', ...(full ? { full } : {}) });
    const province = { ...emptyModel(), units: [unit('省商务厅', '山东省商务厅'), unit('省工业和信息化厅', '山东省工业和信息化厅'), unit('省交通运输厅', '山东省交通运输厅'), unit('省农业农村厅')],
      aliases: [{ alias: '山东省商务厅', standard: '省商务厅', source: 'corpus' as const }] };
    const doc = (issuer: string, number: string, block: string) =>
      `${issuer}\n\n${number}\n\n${issuer}关于某事的通知\n\n各有关单位：\n\n一、重点任务\n\n（一）推进某事。${block}\n\n${issuer}\n2025年7月2日\n`;
    it("judges no unit of a city's document in the province (济南: 市工业和信息化局 is no slip of 省工业和信息化厅)", () => {
      const jinan = doc('济南市人民政府办公厅', '济政办发〔2025〕5号', '（牵头单位：市工业和信息化局；责任单位：市交通运输局、市农业农村局）');
      assert.deepEqual(brief(check([alias, unknownUnit, unitTypo], jinan, { model: province })), []);
    });
    it("knows the place of a city whose standard names are contracted (苏州: 市工信局 for 苏州市工业和信息化局)", () => {
      const suzhou = { ...emptyModel(), units: [unit('市工信局', '苏州市工业和信息化局'), unit('市发改委', '苏州市发展和改革委员会')],
        aliases: [{ alias: '市工业和信息化局', standard: '市工信局', source: 'corpus' as const }] };
      const block = '（牵头单位：市工业和信息化局；责任单位：市发改委）';
      assert.deepEqual(brief(check([alias, unknownUnit, unitTypo], doc('济南市人民政府办公厅', '济政办发〔2025〕5号', block), { model: suzhou })), []);
      assert.deepEqual(brief(check([alias], doc('苏州市人民政府办公室', '苏府办〔2025〕52号', block), { model: suzhou })).map((f) => f[3]), ['市工业和信息化局']);
    });
    it("knows the place of a county's gazette that prints no full names from its own issuers (长兴县人民政府; othergaz3)", () => {
      const code = (c: string, issuer: string) => ({ code: c, issuer, kind: '发' as const, count: 2, maxSeq: { 2025: 8 }, source: 'issued' as const });
      const county = { ...emptyModel(), units: [unit('县农业农村局'), unit('县财政局'), unit('县经信局'), unit('生态环境分局')], codes: [code('长政发', '长兴县人民政府'), code('长政办发', '长兴县人民政府办公室')] };
      // Another city's 市生态环境局 was a slip of the county's 生态环境分局, its 市财政局 unknown.
      const city = doc('宜昌市人民政府办公室', '宜府办发〔2025〕8号', '（牵头单位：市应急管理局；配合单位：市经信局、市生态环境局）');
      assert.deepEqual(brief(check([alias, unknownUnit, unitTypo], city, { model: county })), []);
      const own = doc('长兴县人民政府办公室', '长政办发〔2025〕4号', '（牵头单位：县农业农村局；配合单位：县材政局）');
      assert.deepEqual(brief(check([unitTypo], own, { model: county })).map((f) => f[3]), ['县材政局']);
      // Codes only cited (鲁政办字 in a city's corpus) name no place of the gazette's.
      const cited = { ...county, codes: county.codes.map((c) => ({ ...c, source: 'cited' as const })) };
      assert.notDeepEqual(brief(check([alias, unknownUnit, unitTypo], city, { model: cited })), []);
    });
    it("judges the province's own documents by its lexicon", () => {
      const own = doc('山东省人民政府办公厅', '鲁政办字〔2025〕40号', '（牵头单位：山东省商务厅；责任单位：省交通运输厅）');
      assert.deepEqual(brief(check([alias, unknownUnit, unitTypo], own, { model: province })).map((f) => [f[0], f[3]]), [['lead-unit/alias', '山东省商务厅']]);
    });
  });
  describe('in running text and a 名单 line (a contracted abbreviation, bare)', () => {
    const dm = loadModel();
    const doc = (body: string) => `聊城市人民政府办公室关于成立城市更新工作领导小组的通知\n\n市政府各部门：\n\n${body}\n\n聊城市人民政府办公室\n2025年3月1日\n`;
    it('reports 市住建局 / 市发改委 where only the city\'s unit can be meant, and fixes it', () => {
      const text = doc('领导小组办公室设在市住建局，由市发改委负责统筹。\n\n成  员：赵海东  市住建局局长');
      assert.deepEqual(brief(check(alias, text, { model: dm })), [
        ['lead-unit/alias', 5, 10, '市住建局', '单位名称“市住建局”是非规范简称，正文中也应写规范名称“市住房城乡建设局”（单位名录中的标准名称）。'],
        ['lead-unit/alias', 5, 16, '市发改委', '单位名称“市发改委”是非规范简称，正文中也应写规范名称“市发展改革委”（单位名录中的标准名称）。'],
        // A 名单 line's unit is read as a 主送 line's (roster.ts): reported once.
        ['lead-unit/alias', 7, 11, '市住建局', '单位名称“市住建局”是非规范简称，应为“市住房城乡建设局”（单位名录中的标准名称）。'],
      ]);
      assert.equal(fixed(alias, doc('由市住建局负责。'), { model: dm }), doc('由市住房城乡建设局负责。'));
    });
    it('reports a contracted name in a 名单 of units printed in two columns, read across (probe22)', () => {
      const list = (a: string, b: string) => doc(`附件\n\n优秀单位名单\n\n东昌府区　　　　${a}  \n临清市　　　　　市财政局\n市发展改革委　　${b}\n市教育体育局　　市卫生健康委`);
      assert.deepEqual(check(alias, list('市住房城乡建设局', '市民政局'), { model: dm }), []);
      assert.deepEqual(check(alias, list('市住建局', '市民政局'), { model: dm }).map((f) => [f.line, f.text]), [[9, '市住建局']]);
      assert.deepEqual(check(alias, list('市民政局', '市住建局'), { model: dm }).map((f) => [f.line, f.text]), [[11, '市住建局']]);
      // A hard wrap alone after the name (no column before it) may cut a longer name: not read.
      assert.deepEqual(check(alias, doc('经研究，由市住建局\n物业科负责日常工作。'), { model: dm }), []);
    });
    it('reports 市市监局, a contracted form of 市市场监管局, in running text and in a block (probe15)', () => {
      const text = doc('由市市监局负责。\n\n1. 加强监管。（牵头单位：市市监局；责任单位：各县（市、区）人民政府）');
      assert.deepEqual(check(alias, text, { model: dm }).map((f) => [f.line, f.text]), [[5, '市市监局'], [7, '市市监局']]);
      assert.equal(fixed(alias, doc('由市市监局负责。'), { model: dm }), doc('由市市场监管局负责。'));
    });
    it('reads the 改革 of 市发展改革委 as a name\'s, not a reform\'s: a member list naming it is still judged (probe15)', () => {
      const text = doc('联席会议由市发展改革委、市住建局、市统计局组成。');
      assert.deepEqual(check(alias, text, { model: dm }).map((f) => [f.line, f.text]), [[5, '市住建局']]);
      // A sentence about a reform still is not.
      assert.deepEqual(check(alias, doc('机构改革后，由市发展改革委、市住建局分别负责。'), { model: dm }), []);
    });
    it('passes another place\'s body, a former or quoted name, a reform, a cited title and names that were official before 2019', () => {
      for (const body of ['借鉴济南市住建局经验。', '各市住建局要结合实际。', '临清市住建局、东昌府区住建局做好配合。', '市住房城乡建设局（由原市住建局整合组建）负责。',
        '群众习惯称作“市住建局”。', '机构改革后市住建局更名为市住房城乡建设局。', '落实《市住建局关于加强物业管理的通知》。',
        '由市教育局负责。', '由市交通局负责。', '成  员：钱志强  济南市发改委副主任']) {
        assert.deepEqual(check(alias, doc(body), { model: dm }), [], body);
      }
    });
    it('passes the uses of an abbreviation the text defines (（以下简称“市住建局”）, （下称市工信局）), not one used before its definition (redteam4)', () => {
      for (const body of ['市住房和城乡建设局（以下简称“市住建局”）牵头，市住建局每季度报送一次进展。',
        '市工业和信息化局（下称市工信局）负责具体组织，市工信局每年组织一次评审。']) {
        assert.deepEqual(check(alias, doc(body), { model: dm }), [], body);
      }
      const early = doc('由市住建局负责。\n\n市住房和城乡建设局（以下简称“市住建局”）牵头。');
      assert.deepEqual(check(alias, early, { model: dm }).map((f) => f.line), [5]);
    });
  });
  describe('on a 名单 line (person, space, city unit, post)', () => {
    const dm = loadModel();
    const list = (line: string) => `聊城市人民政府办公室关于成立城市更新工作领导小组的通知\n\n市政府各部门：\n\n现将领导小组组成人员名单通知如下。\n\n组  长：王建国  市政府副市长\n成  员：${line}\n\n聊城市人民政府办公室\n2025年3月1日\n`;
    it('reports an informal abbreviation, also one official before 2019, and a slip (unit-typo)', () => {
      assert.deepEqual(check(alias, list('陈国平  市教育局副局长'), { model: dm }).map((f) => f.text), ['市教育局']);
      assert.deepEqual(check(alias, list('周立新  市自然资源规划局副局长'), { model: dm }).map((f) => f.text), ['市自然资源规划局']);
      assert.deepEqual(check(unitTypo, list('吴晓明  市城官局副局长'), { model: dm }).map((f) => f.text), ['市城官局']);
      assert.equal(fixed(alias, list('陈国平  市教育局副局长'), { model: dm }), list('陈国平  市教育体育局副局长'));
    });
    it('passes standard names, bodies the lexicon does not know, other places\' bodies and posts the name runs into', () => {
      for (const line of ['孙丽华  市财政局党组书记、局长', '周立新  市水务局副局长', '陈六  市消防救援支队副支队长', '周九  市科协副主席', '李三  市融媒体中心副主任',
        '钱志强  济南市发改委副主任', '王二  市委党校副校长', '卫五  市政协副秘书长']) {
        assert.deepEqual(check([alias, unitTypo, unknownUnit], list(line), { model: dm }), [], line);
      }
    });
  });
  it("reports an alias under a role printed on a line of its own as a block's, and passes the standard name", () => {
    const text0 = draft("1. 加强监管。\n牵头单位：市发改委\n配合单位：市财政局");
    assert.deepEqual(brief(check(alias, text0, { model: lexicon() })), [["lead-unit/alias", 6, 6, "市发改委", "单位名称“市发改委”是非规范简称，应为“市发展改革委”（单位名录中的标准名称）。"]]);
    const text1 = draft("1. 加强监管。\n牵头单位：市发展改革委\n配合单位：市财政局");
    assert.deepEqual(brief(check(alias, text1, { model: lexicon() })), []);
  });
});
