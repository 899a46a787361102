import * as assert from 'node:assert';
import { check, defaultModel, fixed } from '../testing';
import { abbreviation } from './abbreviation';
import { draftDoc } from './fixtures';
import { issueOf } from '../lead-unit/test-fixtures';

describe('cross-ref/abbreviation', () => {
  it('accepts later uses of the abbreviation', () => {
    assert.deepStrictEqual(check(abbreviation, draftDoc('    成立市重污染天气应急指挥部（以下简称“市指挥部”），市指挥部负责统一指挥。')), []);
  });

  it('reports a later full name and replaces it with the abbreviation', () => {
    const text = draftDoc('    成立市重污染天气应急指挥部（以下简称“市指挥部”）。\n    市重污染天气应急指挥部办公室设在市生态环境局。');
    assert.deepStrictEqual(check(abbreviation, text).map((f) => [f.line, f.column, f.text, f.message]), [[10, 5, '市重污染天气应急指挥部',
      '已用“（以下简称“市指挥部”）”定义简称，此处应使用简称“市指挥部”，不再用全称“市重污染天气应急指挥部”（定义简称是为了全文统一用语）。']]);
    assert.strictEqual(fixed(abbreviation, text), draftDoc('    成立市重污染天气应急指挥部（以下简称“市指挥部”）。\n    市指挥部办公室设在市生态环境局。'));
  });

  it('in an issue, reports a full name on a short line a hard wrap cut from its paragraph (not a heading)', () => {
    const body = '为贯彻落实《国务院办公厅关于发展银发经济增进老年人福祉的意见》（国办发〔2024〕1号，以下简称《意见》），现提出如下意见。\n\n一、丰富助餐服务\n\n'
      + '完善城乡老年助餐服务网络，按照国务院办公\n厅关于发展银发经济增进老年人福祉的意见要求\n新建社区长者食堂150处。';
    const wrapped = body.replace('按照国务院办公\n厅关于发展银发经济增进老年人福祉的意见要求\n', '按照\n《国务院办公厅关于发展银发经济增进老年人福祉的意见》要求\n');
    const found = check(abbreviation, issueOf([wrapped, '做好有关工作。']));
    assert.deepStrictEqual(found.map((f) => f.text), ['《国务院办公厅关于发展银发经济增进老年人福祉的意见》']);
    // The heading line itself names it in full by convention.
    const heading = body.replace('一、丰富助餐服务', '一、落实国务院办公厅关于发展银发经济增进老年人福祉的意见');
    assert.deepStrictEqual(check(abbreviation, issueOf([heading, '做好有关工作。'])).map((f) => f.text), []);
  });

  it('in an issue, reports a full name on an item\'s first line a hard wrap cut, not on a run-in heading (probe17 at wrap 28)', () => {
    const def = '一、原则同意《莘县城市供热专项规划（2023—2035年）》\n（以下简称《规划》）。《规划》范围为莘县县城规划区。\n\n';
    const item = def + '二、《莘县城市供热专项规划（2023—2035年）》实施\n要与国土空间总体规划相衔接，统筹热源建设。';
    assert.deepStrictEqual(check(abbreviation, issueOf([item, '做好有关工作。'])).map((f) => f.text), ['《莘县城市供热专项规划（2023—2035年）》']);
    // A run-in heading (its first sentence has no clause mark) names it in full by convention.
    const runIn = def + '二、落实《莘县城市供热专项规划（2023—2035年）》\n。各县要统筹热源建设，逐步提高清洁供热比重。';
    assert.deepStrictEqual(check(abbreviation, issueOf([runIn, '做好有关工作。'])).map((f) => f.text), []);
  });

  it('handles a title abbreviated as 《指南》, and leaves role terms that are not abbreviations alone', () => {
    const text = draftDoc('    根据《重点行业应急减排技术指南》（以下简称《指南》）实施；对公民、法人和其他组织（以下简称“检查对象”）检查。\n    公民、法人和其他组织可以申诉；执行《重点行业应急减排技术指南》。');
    assert.deepStrictEqual(check(abbreviation, text).map((f) => [f.line, f.text]), [[10, '《重点行业应急减排技术指南》']]);
  });

  it('reads a definition after the cited number in the same brackets (（聊政字〔2024〕20号，以下简称《实施意见》）) (QA round eight)', () => {
    const text = draftDoc('    根据《聊城市人民政府关于推进地热能开发利用的实施意见》（聊政字〔2024〕20号，以下简称《实施意见》）开展工作。\n    各县（市、区）要落实《聊城市人民政府关于推进地热能开发利用的实施意见》。');
    assert.deepStrictEqual(check(abbreviation, text).map((f) => [f.line, f.text, f.message]), [[10, '《聊城市人民政府关于推进地热能开发利用的实施意见》',
      // The definition quoted as written, in 《》 (QA round nine: it was quoted as （以下简称“实施意见”）).
      '已用“（以下简称《实施意见》）”定义简称，此处应使用简称“《实施意见》”，不再用全称“《聊城市人民政府关于推进地热能开发利用的实施意见》”（定义简称是为了全文统一用语）。']]);
  });

  it('offers the defined abbreviation for a shortened form of it (《实施意见》 defined, 《意见》 written) (QA round eight)', () => {
    const text = draftDoc('    根据《聊城市人民政府关于推进地热能开发利用的实施意见》（聊政字〔2024〕20号，以下简称《实施意见》）开展工作。\n    各县（市、区）要按照《意见》要求编制规划，落实《实施意见》。');
    const found = check(abbreviation, text);
    assert.deepStrictEqual(found.map((f) => [f.line, f.text, f.message]), [[10, '《意见》', '简称前后不一致：上文已定义简称“《实施意见》”，此处写作“《意见》”，应统一使用“《实施意见》”（定义简称是为了全文统一用语）。']]);
    assert.strictEqual(fixed(abbreviation, text), text);
    // Another title's own abbreviation, and a short title followed by its number, are not variants.
    assert.deepStrictEqual(check(abbreviation, draftDoc('    根据《聊城市国土空间总体规划》（以下简称《总体规划》）和《山东省国土空间规划》（以下简称《规划》）开展工作。\n    落实《规划》和《总体规划》。')), []);
  });

  it('reads an abbreviation that keeps the end of the full name (领导小组, 运营平台), offering the abbreviation as a suggestion', () => {
    const text = draftDoc('    成立以市长为组长的聊城市低空经济发展工作领导小组（以下简称“领导小组”），依托公共数据授权运营平台（以下简称“运营平台”）开展工作。\n' +
      '    领导小组办公室设在市发展改革委。各县（市、区）要成立相应的领导小组。\n    聊城市低空经济发展工作领导小组每季度召开一次会议，通过公共数据授权运营平台发布。');
    const found = check(abbreviation, text);
    assert.deepStrictEqual(found.map((f) => [f.line, f.text, f.fix]), [
      [11, '聊城市低空经济发展工作领导小组', undefined], [11, '公共数据授权运营平台', undefined],
    ]);
    // Used as defined: nothing to report.
    assert.deepStrictEqual(check(abbreviation, draftDoc('    成立聊城市低空经济发展工作领导小组（以下简称“领导小组”）。\n    领导小组每季度召开一次会议。')), []);
    // Too short a name to be sure of (工作专班): nothing defined.
    assert.deepStrictEqual(check(abbreviation, draftDoc('    成立工作专班（以下简称“专班”）。\n    成立工作专班后，专班每周调度。')), []);
  });

  it('reads an abbreviation that drops a two-character qualifier (城市供水企业 → 供水企业), as a suggestion (QA round twelve)', () => {
    const text = draftDoc('    第七条 城市供水企业（以下简称供水企业）应当建立水质检测制度。本办法适用于本市行政区域内政府投资项目（以下简称投资项目）的审计监督。\n' +
      '    第八条 城市供水企业负责供水设施的维护。审计机关对政府投资项目进行审计，供水企业和投资项目建设单位予以配合。');
    const found = check(abbreviation, text);
    assert.deepStrictEqual(found.map((f) => [f.line, f.text, f.fix, f.message]), [
      [10, '城市供水企业', undefined, '已用“（以下简称“供水企业”）”定义简称，此处应使用简称“供水企业”，不再用全称“城市供水企业”（定义简称是为了全文统一用语）。'],
      [10, '政府投资项目', undefined, '已用“（以下简称“投资项目”）”定义简称，此处应使用简称“投资项目”，不再用全称“政府投资项目”（定义简称是为了全文统一用语）。'],
    ]);
    // A limiting word is no part of the name (本市重点企业 → 重点企业 defines nothing of 本市), and a
    // two-character abbreviation is too short to read.
    assert.deepStrictEqual(check(abbreviation, draftDoc('    对全市重点企业（以下简称重点企业）和市场主体（以下简称主体）开展检查。\n    全市重点企业和市场主体每年报告一次。')), []);
  });

  it('does not read the qualified name inside another name when the defined one went on before it (企业职工基本养老保险 / 城乡居民基本养老保险) (QA round thirteen)', () => {
    const text = draftDoc('    一、扩大企业职工基本养老保险（以下简称养老保险）覆盖面。对灵活就业人员，引导其参加养老保险或城乡居民基本养老保险。\n' +
      '    二、企业职工基本养老保险基金要加强监管，确保基本养老保险按时足额发放。');
    // The defined name written again in full is still reported (at its qualified end).
    assert.deepStrictEqual(check(abbreviation, text).map((f) => [f.line, f.column, f.text]), [[10, 11, '基本养老保险']]);
    // 非 before the name names the other set.
    const negated = draftDoc('    一、对重点排污单位（以下简称排污单位）实行自动监测。非重点排污单位参照执行，重点排污单位应当公开监测数据。');
    assert.deepStrictEqual(check(abbreviation, negated).map((f) => [f.line, f.column, f.text]), [[9, 43, '重点排污单位']]);
  });

  it('replaces the whole name where the abbreviation keeps only the end of its place name (聊城市绿化委员会 → 市绿化委)', () => {
    const text = draftDoc('    市政府决定成立聊城市绿化委员会（以下简称“市绿化委”），统筹协调全市城市绿化工作。\n    市绿化委办公室设在市城管局。聊城市绿化委员会每年召开一次全体会议。');
    assert.deepStrictEqual(check(abbreviation, text).map((f) => f.text), ['聊城市绿化委员会']);
    assert.strictEqual(fixed(abbreviation, text), text.replace('。聊城市绿化委员会每年', '。市绿化委每年'));
  });

  it('does not read another body\'s name or a citation as the defined name (经聊城市人民政府（以下简称“市政府”）)', () => {
    const text = draftDoc('    经聊城市人民政府（以下简称“市政府”）同意，现通知如下。\n' +
      '    聊城市人民政府办公室要加强统筹调度。聊城市人民政府国有资产监督管理委员会依法履行出资人职责。\n' +
      '    按照《聊城市燃气管理办法》（聊城市人民政府令第32号）执行。聊城市人民政府统一部署此项工作。');
    const found = check(abbreviation, text, { model: defaultModel() });
    assert.deepStrictEqual(found.map((f) => [f.line, f.text, f.message]), [[11, '聊城市人民政府',
      '已用“（以下简称“市政府”）”定义简称，此处应使用简称“市政府”，不再用全称“聊城市人民政府”（定义简称是为了全文统一用语）。']]);
  });

  it('does not read a body named after its place (聊城市住房公积金管理中心) as the defined term 住房公积金 (redteam4)', () => {
    const text = draftDoc('    住房公积金（以下简称公积金）是长期住房储金。\n    聊城市住房公积金管理中心（以下简称市公积金中心）负责实施，冠县住房公积金管理中心要配合。');
    assert.deepStrictEqual(check(abbreviation, text, { model: defaultModel() }), []);
    // The term in running text, also before a body's ending with no place before it, is still reported.
    const slip = draftDoc('    住房公积金（以下简称公积金）是长期住房储金。\n    要加强住房公积金管理，完善住房公积金中心服务。');
    assert.deepStrictEqual(check(abbreviation, slip, { model: defaultModel() }).map((f) => f.text), ['住房公积金', '住房公积金']);
  });

  // An issue prints a long document's overflow pages later (（下转第N页） … （上接第N页）): the
  // definition and the full name are judged in reading order, across the re-attached fragment.
  const issue = (host: string, fragment: string[]) => [
    '聊城市人民政府公报', '', '目 录', '', '关于加快某项工作的意见', '聊政发〔2026〕1号 2', '', '关于印发某某办法的通知', '聊政办字〔2026〕3号 4', '',
    '聊城市人民政府文件', '', '聊政发〔2026〕1号', '', '聊城市人民政府 关于加快某项工作的意见', '',
    '各县（市、区）人民政府，市属开发区管委会，', '市政府各部门、直属机构：', '',
    '一、保障措施', '', host, '',
    '聊城市人民政府办公室', '', '聊政办字〔2026〕3号', '', '聊城市人民政府办公室 关于印发某某办法的通知', '',
    '各县（市、区）人民政府：', '', '《某某办法》已经市政府同意，现印发给你们，请认真贯彻执行。', '',
    '聊城市人民政府办公室', '2026年1月5日', '',
    ...fragment, '', '聊城市人民政府', '2026年1月2日', '',
  ].join('\n');

  it('judges a definition and later full names in reading order across a page continuation', () => {
    // Defined in the host before the cut, written in full in the fragment printed pages later.
    const before = issue('（一）加强组织领导。成立聊城市现代物流业高质量发展工作专班（以下简称“市物流专班”），办公室设在市发展改革委（下转第5页）',
      ['（上接第3页）。', '', '（二）严格督导考核。聊城市现代物流业高质量发展工作专班要定期通报进展情况。']);
    assert.deepStrictEqual(check(abbreviation, before).map((f) => [f.line, f.text]), [[39, '聊城市现代物流业高质量发展工作专班']]);
    // Defined in the fragment and written in full after it in the same fragment.
    const inside = issue('（一）加强组织领导。建立工作调度机制，定期研究重大事项（下转第5页）',
      ['（上接第3页）。成立聊城市现代物流业高质量发展工作专班（以下简称“市物流专班”）。聊城市现代物流业高质量发展工作专班负责统筹推进。', '', '（二）严格督导考核。市物流专班要定期通报进展情况。']);
    assert.deepStrictEqual(check(abbreviation, inside).map((f) => [f.line, f.text]), [[37, '聊城市现代物流业高质量发展工作专班']]);
  });

  it('passes the full name in a roster line (a name and a post set by spaces) and in the 抄送 line (red team 17)', () => {
    const def = '    成立聊城市森林防灭火指挥部（以下简称市森防指）。市森防指办公室设在聊城市应急管理局（以下简称市应急局）。\n';
    const roster = '指挥长：张　明　　副市长\n副指挥长：刘　强　　聊城市应急管理局局长\n    市应急局要加强与各成员单位的沟通协调。';
    assert.deepStrictEqual(check(abbreviation, draftDoc(def + roster)), []);
    const cc = draftDoc(def + '    市应急局要加强沟通协调。').replace(/\n$/, '\n\n抄送：聊城市应急管理局，聊城市自然资源和规划局。\n');
    assert.deepStrictEqual(check(abbreviation, cc), []);
    // Running text naming the body in full is still reported.
    assert.strictEqual(check(abbreviation, draftDoc(def + '    聊城市应急管理局要加强沟通协调。')).length, 1);
  });

  it('reads the name after 设在 (办公室设在聊城市应急管理局（以下简称市应急局）) and the body a 制度 is named after (probe22)', () => {
    // The clause is no name: the body is what 设在 introduces. A later full name is reported.
    const seat = draftDoc('    第四条 联席会议办公室设在聊城市应急管理局（以下简称市应急局）。\n    第五条 聊城市应急管理局会同市财政局拟定储备计划。');
    assert.deepStrictEqual(check(abbreviation, seat).map((f) => [f.line, f.text]), [[10, '聊城市应急管理局']]);
    assert.deepStrictEqual(check(abbreviation, draftDoc('    第四条 联席会议办公室设在聊城市应急管理局（以下简称市应急局）。\n    第五条 市应急局会同市财政局拟定储备计划。')), []);
    // 建立…联席会议制度（以下简称联席会议）: the abbreviation names the 联席会议, not its 制度; offered, not applied.
    const body = draftDoc('    第三条 建立市级应急物资储备工作联席会议制度（以下简称联席会议）。\n    第五条 储备计划报市级应急物资储备工作联席会议审定。');
    const found = check(abbreviation, body);
    assert.deepStrictEqual(found.map((f) => [f.line, f.text, !!f.fix]), [[10, '市级应急物资储备工作联席会议', false]]);
    assert.deepStrictEqual(check(abbreviation, draftDoc('    第三条 建立市级应急物资储备工作联席会议制度（以下简称联席会议）。\n    第五条 储备计划报联席会议审定。建立联席会议制度。')), []);
  });

  it('reads the defined name after the article marker its clause opens with (第五条 市人民政府城市管理部门（以下简称…）)', () => {
    const text = draftDoc('    第五条 市人民政府城市管理部门（以下简称市城市管理部门）是本市公共停车设施的主管部门。\n' +
      '    第六条 市城市管理部门应当建立停车信息管理平台。\n    第七条 市人民政府城市管理部门应当会同有关部门编制专项规划。');
    assert.deepStrictEqual(check(abbreviation, text).map((f) => [f.line, f.column, f.text]), [[11, 9, '市人民政府城市管理部门']]);
    assert.deepStrictEqual(check(abbreviation, draftDoc('    第五条 市人民政府城市管理部门（以下简称市城市管理部门）是主管部门。\n    第六条 市城市管理部门应当建立平台。')), []);
  });

  it('reads the full name of a body the abbreviation renames rather than shortens (市人民政府城市管理主管部门（以下简称市绿化主管部门）), as a suggestion (probe15)', () => {
    const text = draftDoc('    第三条 市人民政府城市管理主管部门（以下简称市绿化主管部门）负责全市城市绿化工作。\n' +
      '    第四条 市人民政府城市管理主管部门应当编制城市绿地系统规划。\n    第五条 市绿化主管部门应当加强监督检查。');
    const found = check(abbreviation, text);
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.text, f.fix]), [[10, 9, '市人民政府城市管理主管部门', undefined]]);
    // Another kind of body, or a term that is no body: not read as the abbreviation's name.
    assert.deepStrictEqual(check(abbreviation, draftDoc('    第三条 市人民政府城市管理主管部门（以下简称绿化委员会）负责。\n    第四条 市人民政府城市管理主管部门应当编制规划。')), []);
    assert.deepStrictEqual(check(abbreviation, draftDoc('    对公民、法人和其他组织（以下简称检查对象）进行检查。\n    法人和其他组织应当配合。')), []);
  });

  it('passes another place\'s body of the defined name (临清市人民政府城市管理主管部门, 临清市重污染天气应急指挥部), and still reports the name after 报, 由 or the city (red team 13)', () => {
    const model = defaultModel();
    const renamed = '    第二条 市人民政府城市管理主管部门（以下简称市绿化主管部门）负责全市城市绿化工作。\n';
    assert.deepStrictEqual(check(abbreviation, draftDoc(renamed + '    临清市人民政府城市管理主管部门负责本行政区域内城市绿化的管理工作。\n    东昌府区人民政府城市管理主管部门负责辖区内的日常管理。'), { model }), []);
    assert.deepStrictEqual(check(abbreviation, draftDoc('    成立市重污染天气应急指挥部（以下简称“市指挥部”）。\n    临清市重污染天气应急指挥部参照执行。'), { model }), []);
    assert.deepStrictEqual(check(abbreviation, draftDoc(renamed + '    方案报市人民政府城市管理主管部门备案，由市人民政府城市管理主管部门组织实施。聊城市人民政府城市管理主管部门负责解释。'), { model })
      .map((f) => f.text), ['市人民政府城市管理主管部门', '市人民政府城市管理主管部门', '市人民政府城市管理主管部门']);
    // A verb before the name is no place's (落实市…, 督促市…): the name is still reported.
    assert.deepStrictEqual(check(abbreviation, draftDoc('    设立市森林防火指挥部（以下简称“市防火指挥部”）。各地要落实市森林防火指挥部的部署，督促市森林防火指挥部成员单位履职。'), { model })
      .map((f) => f.text), ['市森林防火指挥部', '市森林防火指挥部']);
  });

  it('passes another body ending in the qualified name (临清市城市更新工作领导小组 beside 聊城市城市更新工作领导小组（以下简称领导小组）, 市数字经济发展工作专班), and still reports the defined one without its city (red team 13)', () => {
    const model = defaultModel();
    const def = '    成立聊城市城市更新工作领导小组（以下简称领导小组）。领导小组办公室设在市住房城乡建设局。\n';
    assert.deepStrictEqual(check(abbreviation, draftDoc(def + '    临清市城市更新工作领导小组办公室设在临清市住房城乡建设局，冠县城市更新工作领导小组由县长任组长。'), { model }), []);
    assert.deepStrictEqual(check(abbreviation, draftDoc(def + '    市城市更新工作领导小组每季度召开一次会议，由城市更新工作领导小组办公室通报进展。'), { model }).map((f) => f.text),
      ['工作领导小组', '工作领导小组']);
    // The city's other 专班 of the kind (市数字经济发展工作专班), and the defined one without its city.
    const team = '    成立聊城市低空经济发展工作专班（以下简称工作专班）。\n';
    assert.deepStrictEqual(check(abbreviation, draftDoc(team + '    工作专班要加强与市数字经济发展工作专班、市海洋经济发展工作专班的衔接。'), { model }), []);
    assert.deepStrictEqual(check(abbreviation, draftDoc(team + '    市低空经济发展工作专班每月调度一次，督促低空经济发展工作专班成员单位落实任务。'), { model }).map((f) => f.text),
      ['发展工作专班', '发展工作专班']);
  });

  it('reports the full name after a verb shaped like a place name (落实市森林防火指挥部)', () => {
    const text = '    设立市森林防火指挥部（以下简称“市防火指挥部”）。各地要落实市森林防火指挥部的部署，加强宣传。\n';
    assert.deepStrictEqual(check(abbreviation, draftDoc(text)).map((f) => f.text), ['市森林防火指挥部']);
  });

  describe('a 印发 notice issuing two documents: each is its own scope', () => {
    const first = ['关于支持低空经济发展的若干措施', '',
      '    为加快培育低空经济新业态，结合我市实际，制定以下措施。',
      '    一、健全工作机制',
      '    成立聊城市低空经济发展工作专班（以下简称“市低空专班”），统筹推进全市低空经济发展。市低空专班办公室设在市发展改革委。',
      '    二、加强要素保障',
      '    聊城市低空经济发展工作专班每季度调度一次重点项目。'];
    const second = ['聊城市低空飞行服务保障工作方案', '',
      '    为做好低空飞行服务保障工作，制定本方案。',
      '    一、职责分工',
      '    聊城市低空经济发展工作专班负责统筹协调低空飞行服务保障工作，市低空专班办公室做好日常调度。'];
    /** Labelled 附件1 / 附件2 (a draft), or printed one after another with no label (an issue). */
    const notice = (labels: boolean) => ['聊城市人民政府办公室文件', '', '聊政办发〔2024〕12号', '', '聊城市人民政府办公室',
      '关于印发支持低空经济发展若干措施和低空飞行服务保障工作方案的通知', '',
      '各县（市、区）人民政府，市属开发区管委会，市政府有关部门、直属机构：',
      '    《关于支持低空经济发展的若干措施》《聊城市低空飞行服务保障工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。',
      ...(labels ? ['', '    附件：1. 关于支持低空经济发展的若干措施', '          2. 聊城市低空飞行服务保障工作方案'] : []),
      '', '聊城市人民政府办公室', '2024年9月10日', '',
      ...(labels ? ['附件1', ''] : []), ...first, '',
      ...(labels ? ['附件2', ''] : []), ...second, ''].join('\n');

    for (const labels of [true, false]) {
      it(`binds the first document's full name in the first only${labels ? ' (附件1, 附件2)' : ' (no labels, as an issue prints them)'}`, () => {
        const text = notice(labels);
        // The full name after the definition in the first document is reported; the same name in
        // the second, which defines nothing, is not (a short form it uses without a definition is
        // not reported either: the rule never asks for a definition).
        assert.deepStrictEqual(check(abbreviation, text).map((f) => [f.line, f.text]), [[labels ? 25 : 20, '聊城市低空经济发展工作专班']]);
        const fixedText = fixed(abbreviation, text);
        assert.strictEqual(fixedText, text.replace('    聊城市低空经济发展工作专班每季度', '    市低空专班每季度'));
        assert.deepStrictEqual(check(abbreviation, fixedText), []);
      });
    }

    it('a definition of its own in the second document binds there', () => {
      const text = notice(false).replace('    为做好低空飞行服务保障工作，制定本方案。',
        '    依托聊城市低空经济发展工作专班（以下简称“市低空专班”）做好低空飞行服务保障工作，制定本方案。');
      assert.deepStrictEqual(check(abbreviation, text).map((f) => [f.line, f.text]), [[20, '聊城市低空经济发展工作专班'], [26, '聊城市低空经济发展工作专班']]);
    });
  });
  it('reads the defined name after a purpose clause\'s opening (为规范网络预约出租汽车（以下简称网约车）) (probe13)', () => {
    const text = draftDoc('    第一条 为规范网络预约出租汽车（以下简称网约车）经营服务行为，制定本细则。\n    第二条 本细则适用于本市行政区域内从事网络预约出租汽车经营服务的活动。');
    assert.deepStrictEqual(check(abbreviation, text).map((f) => [f.line, f.text]), [[10, '网络预约出租汽车']]);
    // The abbreviation used afterwards, and a cited title holding the full name, pass.
    assert.deepStrictEqual(check(abbreviation, draftDoc('    第一条 为规范网络预约出租汽车（以下简称网约车）经营服务行为，根据《网络预约出租汽车经营服务管理暂行办法》，制定本细则。\n    第二条 本细则适用于本市行政区域内从事网约车经营服务的活动。')), []);
  });

  it('reads the other ways drafters introduce an abbreviation: 简称, 下称, ‘’ (QA round thirteen)', () => {
    for (const def of ['（简称“市住建局”）', '（下称“市住建局”）', '（以下简称‘市住建局’）', '（简称市住建局）']) {
      const text = draftDoc(`    由聊城市住房和城乡建设局${def}牵头。\n    聊城市住房和城乡建设局负责日常工作。`);
      const word = /^（(以下简称|下称|简称)/.exec(def)![1];
      assert.deepStrictEqual(check(abbreviation, text).map((f) => [f.line, f.text, f.message]), [[10, '聊城市住房和城乡建设局',
        `已用“（${word}“市住建局”）”定义简称，此处应使用简称“市住建局”，不再用全称“聊城市住房和城乡建设局”（定义简称是为了全文统一用语）。`]], def);
    }
  });

  it('reports the full name written again without its city, only where no other place precedes it (QA round thirteen)', () => {
    const text = draftDoc('    由聊城市住房和城乡建设局（以下简称“市住建局”）牵头。\n    市住房和城乡建设局负责日常工作，由市住房和城乡建设局审核，临清市住房和城乡建设局、各市住房和城乡建设局配合。');
    const found = check(abbreviation, text);
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.text]), [[10, 5, '市住房和城乡建设局'], [10, 22, '市住房和城乡建设局']]);
    // Where the name starts is read from the text around it: offered, not applied.
    assert.strictEqual(fixed(abbreviation, text), text);
  });

  it('leaves a name alone whose level a hard wrap left on the line before, read as another paragraph (由市 ⏎ 指挥部办公室)', () => {
    // gazette-2024-11-12 hard-wrapped at 16 characters: the paragraph break falls inside 市指挥部.
    const text = draftDoc('    成立市重污染天气应急指挥部（以下简称“市指挥部”）。\n    本预案自印发之日起施行，原预案同时\n废止。重污染天气应急减排清单由市\n指挥部办公室印发实施，并向\n社会公开。');
    assert.deepStrictEqual(check(abbreviation, text), []);
  });

  it('offers the defined abbreviation for the abbreviation written without its level (住建局 for 市住建局) (QA round thirteen)', () => {
    const text = draftDoc('    由聊城市住房和城乡建设局（以下简称“市住建局”）牵头。\n    由住建局负责日常工作，各县（市、区）住建局配合，区住建局、县级住建局落实，市住建局督导。');
    assert.deepStrictEqual(check(abbreviation, text).map((f) => [f.line, f.text, f.message]), [[10, '住建局',
      '简称前后不一致：上文已定义简称“市住建局”，此处写作“住建局”，应统一使用“市住建局”（定义简称是为了全文统一用语）。']]);
    assert.strictEqual(fixed(abbreviation, text), text);
    // Two characters without the level (政府 of 市政府) are a common word, not a name.
    assert.deepStrictEqual(check(abbreviation, draftDoc('    经聊城市人民政府（以下简称“市政府”）同意。\n    各级政府要落实政府责任。')), []);
  });

  // QA round fifteen: a 办法 hard-wrapped at 15 characters. Its last line (`公开办事程序、服务标准、收费标`)
  // holds no ，。 so the article's start was read as a heading, which names things in full.
  it('reports the full name in an article that a hard wrap cut short (no ，。 before the cut)', () => {
    const text = draftDoc(['第四条 城市公共供水企业（以下', '简称供水企业）应当依法经营，保', '障供水水质、水压符合国家标准，', '接受供水主管部门的监督管理。', '',
      '第十五条 城市公共供水企业应当', '公开办事程序、服务标准、收费标', '准和服务电话，接受社会监督。'].join('\n'));
    assert.deepStrictEqual(check(abbreviation, text).map((f) => [f.line, f.column, f.text]), [[14, 6, '城市公共供水企业']]);
  });
});
