import * as assert from 'node:assert/strict';
import { differsInKindOnly, editDistance, isDepartmentGroup, isListedUnitName, isLocalGovernment, isPlausibleUnit, isProvinceLocalGovernment, lookupUnit, namesInBlockText, nearestUnits, unitsToOffer, unitsValidAt } from '.';
import { lexicon } from '../rules/lead-unit/test-fixtures';

describe('units: lexicon look-ups by date', () => {
  const model = lexicon();
  it('lists the units valid on a date, renamed ones excluded', () => {
    const names = (d: string) => unitsValidAt(model, d).map((u) => u.name);
    assert.ok(names('2023-07-11').includes('人民银行聊城市中心支行'));
    assert.ok(!names('2023-07-11').includes('人民银行聊城市分行'));
    assert.ok(names('2024-11-29').includes('人民银行聊城市分行'));
    assert.ok(!names('2024-11-29').includes('人民银行聊城市中心支行'));
  });
  it('offers in a block the units in use on the date that the block does not name yet', () => {
    const offered = (d: string, named: string[] = []) => unitsToOffer(model, d, named).map((u) => u.name);
    // A body later split is in use in 2021: its parts (not dated themselves) are not offered then,
    // as lead-unit/not-yet-existing reports them then.
    const split = { ...model, units: model.units.map((u) => (u.name === '市商务局' || u.name === '市投资促进局' ? { ...u, validFrom: undefined, firstSeen: '2023-06-15' } : u)) };
    const in2021 = unitsToOffer(split, '2021-06-01', []).map((u) => u.name);
    assert.ok(in2021.includes('市商务投资促进局') && !in2021.includes('市商务局') && !in2021.includes('市投资促进局'), in2021.join(' '));
    const in2024 = unitsToOffer(split, '2024-06-01', []).map((u) => u.name);
    assert.ok(!in2024.includes('市商务投资促进局') && in2024.includes('市商务局') && in2024.includes('市投资促进局'), in2024.join(' '));
    // Names the block has, as written or by an alias or full name, are not offered again.
    const left = offered('2024-06-01', ['市财政局', '市发改委', '聊城市住房和城乡建设局', '各县（市、区）人民政府']);
    for (const n of ['市财政局', '市发展改革委', '市住房城乡建设局']) assert.ok(!left.includes(n), n);
    assert.deepEqual(left.length, offered('2024-06-01').length - 3);
    // The groups, counted most, come last for a 牵头单位 or 配合单位, in their place for a 责任单位.
    const withGroups = { ...model, units: [...model.units, { name: '各县（市、区）人民政府', count: 99, firstSeen: '2021-04-15', lastSeen: '2024-12-31' }, { name: '市属开发区管委会', count: 98, firstSeen: '2021-04-15', lastSeen: '2024-12-31' }] };
    const lead = unitsToOffer(withGroups, '2024-06-01', [], '牵头单位').map((u) => u.name);
    assert.deepEqual(lead.slice(-2), ['各县（市、区）人民政府', '市属开发区管委会']);
    assert.deepEqual(unitsToOffer(withGroups, '2024-06-01', [], '责任单位').map((u) => u.name).slice(0, 2), ['各县（市、区）人民政府', '市属开发区管委会']);
  });
  it('reads the names a block\'s text lists, across roles, brackets kept inside a name', () => {
    assert.deepEqual(namesInBlockText('牵头单位：市财政局、市发改委；配合单位：市民政局；责任单位：各县（市、区）人民政府，市属开发区管委会、'),
      ['市财政局', '市发改委', '市民政局', '各县（市、区）人民政府', '市属开发区管委会']);
    assert.deepEqual(namesInBlockText('牵头单位：'), []);
    assert.deepEqual(namesInBlockText('牵头单位:市财政局;配合单位:'), ['市财政局']);
  });
  it('looks names up as of a date', () => {
    assert.equal(lookupUnit(model, '人民银行聊城市中心支行', '2023-07-11').kind, 'known');
    assert.deepEqual(lookupUnit(model, '人民银行聊城市中心支行', '2025-01-02'), {
      kind: 'renamed', name: '人民银行聊城市中心支行', entry: model.units.find((u) => u.name === '人民银行聊城市中心支行'),
      successors: ['人民银行聊城市分行'],
    });
    const early = lookupUnit(model, '人民银行聊城市分行', '2023-07-11');
    assert.equal(early.kind, 'not-yet');
    assert.deepEqual(early.kind === 'not-yet' && early.predecessors, ['人民银行聊城市中心支行']);
  });
  it('resolves aliases, full names, abbreviations and long forms to the standard name', () => {
    const std = (n: string) => {
      const r = lookupUnit(model, n, '2024-07-01');
      return r.kind === 'alias' ? [r.standard, r.why, r.certain] : r.kind;
    };
    assert.deepEqual(std('市发改委'), ['市发展改革委', 'alias', true]);
    assert.deepEqual(std('聊城市发展和改革委员会'), ['市发展改革委', 'full', true]);
    assert.deepEqual(std('市发展和改革委员会'), ['市发展改革委', 'full', true]);
    // Another city's lexicon: its full names drop its own place name, not the corpus city's.
    const other = { ...model, units: model.units.map((u) => (u.full ? { ...u, full: u.full.replace(/^聊城/, '德州') } : u)), aliases: [] };
    const otherFull = lookupUnit(other, '市发展和改革委员会', '2024-07-01');
    assert.deepEqual(otherFull.kind === 'alias' && [otherFull.standard, otherFull.why], ['市发展改革委', 'full']);
    // A county of one character (莘县): its lexicon's 莘县财政局 is written 县财政局 in its own documents.
    const county = { ...model, units: [{ name: '县财政', full: '莘县财政局', count: 5, firstSeen: '2021-01-01', lastSeen: '2024-12-31' }], aliases: [] };
    const spelled = lookupUnit(county, '县财政局', '2024-07-01');
    assert.deepEqual(spelled.kind === 'alias' && [spelled.standard, spelled.why], ['县财政', 'full']);
    assert.deepEqual(std('市住建局'), ['市住房城乡建设局', 'abbreviation', false]);
    assert.deepEqual(std('市教育局'), ['市教育体育局', 'abbreviation', false]);
    assert.deepEqual(std('市卫生健康委员会'), ['市卫生健康委', 'long-form', false]);
    // One character dropped is a slip, not an abbreviation.
    assert.deepEqual(lookupUnit(model, '市场监管局', '2024-07-01'), { kind: 'slip', name: '市场监管局', standard: '市市场监管局', distance: 1 });
  });
  it('tells listed names (a unit, an alias, a full name with or without its place) from names only likeness could read', () => {
    const model = lexicon();
    for (const n of ['市住房城乡建设局', '市发改委', '聊城市发展和改革委员会', '市发展和改革委员会']) assert.ok(isListedUnitName(model, n), n);
    // A slip, an abbreviation no list gives, and no name at all: lookupUnit reads them by likeness.
    for (const n of ['市住房城乡建没局', '市住建局', '市住房城乡建设局局长']) assert.ok(!isListedUnitName(model, n), n);
  });

  it('does not read a name that adds another unit\'s word as a long form (a merged or former unit)', () => {
    // A model trained only on later gazettes: it never saw the 2021 name nor the split that dated
    // its successors. 商务 is the word of 市商务局, not a spelled-out part of 市投资促进局.
    const later = {
      ...model,
      units: model.units.filter((u) => u.name !== '市商务投资促进局').map(({ validFrom: _, ...u }) => u),
    };
    const merged = lookupUnit(later, '市商务投资促进局', '2021-04-15');
    assert.equal(merged.kind, 'unknown');
    assert.equal(merged.kind === 'unknown' && merged.plausible, true);
    // A spelled-out abbreviated word (监管 → 监督管理) is still a long form.
    const long = lookupUnit(later, '市市场监督管理局', '2024-07-01');
    assert.deepEqual(long.kind === 'alias' && [long.standard, long.why], ['市市场监管局', 'long-form']);
  });
  it('does not take another word in a known name\'s place (another city\'s body) for a slip', () => {
    const m = { ...model, units: [...model.units, { name: '聊城职业技术学院', count: 3, firstSeen: '2021-04-15', lastSeen: '2024-12-31' }] };
    assert.equal(lookupUnit(m, '德州职业技术学院', '2024-07-01').kind, 'unknown');
    // Two characters wrong apart from each other are still a slip.
    assert.deepEqual(lookupUnit(m, '聊成职业技木学院', '2024-07-01'), { kind: 'slip', name: '聊成职业技木学院', standard: '聊城职业技术学院', distance: 2 });
  });
  it('does not take a word written out another way for a slip (交通警察 for 交巡警) (QA round thirteen)', () => {
    const m = { ...model, units: [...model.units, { name: '市公安局交巡警支队', count: 3, firstSeen: '2021-04-15', lastSeen: '2024-12-31' }] };
    const other = lookupUnit(m, '市公安局交通警察支队', '2024-07-01');
    assert.deepEqual(other.kind === 'unknown' && [other.plausible, other.nearest[0]], [true, '市公安局交巡警支队']);
    // A character dropped, one changed, or two swapped are slips still.
    for (const slip of ['市公安局交警支队', '市公安局交巡警支对', '市公安局巡交警支队']) assert.equal(lookupUnit(m, slip, '2024-07-01').kind, 'slip', slip);
  });
  it('finds slips and leaves unknown names unknown, with the nearest names', () => {
    assert.deepEqual(lookupUnit(model, '市财政厅', '2024-07-01'), { kind: 'slip', name: '市财政厅', standard: '市财政局', distance: 1 });
    const u = lookupUnit(model, '聊城大学', '2024-07-01');
    assert.equal(u.kind, 'unknown');
    assert.equal(u.kind === 'unknown' && u.plausible, true);
    assert.equal(lookupUnit(model, '各县（市、区）人民政府', '2024-07-01').kind, 'local-government');
    assert.equal(lookupUnit(model, '各县(市、区)人民政府', '2024-07-01').kind, 'local-government');
  });
  it('tells a name that names another kind of body from a slip', () => {
    for (const [a, b] of [['市工商局', '市工商联'], ['市民政委', '市民政局'], ['市外局', '市外办'], ['市检察所', '市检察院'], ['市大数据中心', '市大数据局'], ['市公安局交巡警大队', '市公安局交巡警支队'], ['市城管委员会', '市城管局']]) {
      assert.ok(differsInKindOnly(a, b), `${a} / ${b}`);
      assert.ok(differsInKindOnly(b, a), `${b} / ${a}`);
    }
    // A slip in what distinguishes the body, a last character that names no kind, the same kind
    // spelled out, an ending that only adds to the other's, no ending at all.
    for (const [a, b] of [['市城官局', '市城管局'], ['市财政居', '市财政局'], ['市工商联合会', '市工商联'], ['市发展改革委员会', '市发展改革委'], ['市公安局交巡警队', '市公安局交巡警支队'], ['市财政', '市财政局'], ['市工商联会', '市工商联'], ['市统计局', '市审计局']]) {
      assert.ok(!differsInKindOnly(a, b), `${a} / ${b}`);
    }
  });
  it('reads the city\'s departments named as a group as a group, not an unknown unit', () => {
    // 市政府相关部门 and 市政府各部门 may be in a lexicon; 有关 names the same group (QA round seven:
    // （责任单位：市政府有关部门） was a note “不在单位名录中”).
    for (const n of ['市政府有关部门', '市政府各部门', '市直有关部门', '市直各部门', '有关部门', '各有关单位', '市有关部门', '直属机构']) {
      assert.ok(isDepartmentGroup(n), n);
      assert.equal(lookupUnit(model, n, '2024-01-01').kind, 'group', n);
    }
    for (const n of ['市政府办公室', '市有关部', '市综合协调局', '市住建部门', '有关部门负责人']) assert.ok(!isDepartmentGroup(n), n);
    assert.equal(lookupUnit(model, '市政府有关部', '2024-01-01').kind === 'group', false);
  });
  it('reads 市直部门, 市直单位, 市直部门（单位） and 市级部门 as the group too, not 市部门 or 市直机关 (red team 15)', () => {
    for (const n of ['市直部门', '市直单位', '市直部门（单位）', '市级部门', '市直部门和单位']) {
      assert.ok(isDepartmentGroup(n), n);
      assert.equal(lookupUnit(model, n, '2024-01-01').kind, 'group', n);
    }
    for (const n of ['市部门', '市直机关', '市直部']) assert.ok(!isDepartmentGroup(n), n);
  });
  it('ranks nearest names by edit distance, same kind first', () => {
    // 市商务局 and 市财政局 are both one character from 市财务局; 市残联 (another kind) comes last.
    assert.deepEqual(nearestUnits(model, '市财务局', 2).map((u) => u.name).sort(), ['市商务局', '市财政局']);
    assert.equal(nearestUnits(model, '市审记局', 1)[0].name, '市审计局');
  });
  it('knows the local-government group and plausible unit names', () => {
    for (const n of ['各县（市、区）人民政府', '各县（市、区）', '有关县（市、区）人民政府', '相关县（市、区）', '沿黄县（市、区）人民政府', '沿河各县（市、区）人民政府', '东昌府区人民政府', '冠县人民政府', '临清市人民政府', '市属开发区管委会', '经济技术开发区管委会']) {
      assert.ok(isLocalGovernment(n), n);
    }
    // Other gazettes' groups: a province's, 济南's, 青岛's, 浙江's nested 〔〕, the State Council's.
    for (const n of ['各市', '各设区市人民政府', '各省辖市人民政府', '各省']) assert.ok(isProvinceLocalGovernment(n) && !isLocalGovernment(n), n);
    for (const n of ['县（市、区）政府', '县〔市、区〕政府', '各区县人民政府', '各区（市）政府', '各区县（市）人民政府', '市管功能区管委会', '功能区管委', '各市、区人民政府', '各省、自治区、直辖市人民政府', '各市、县（市、区）政府', '苏州工业园区', '各区县（自治县）人民政府', '各区县〔自治县〕政府', '各乡镇〔街道、园区〕', '乡镇（街道、开发区）', '各区镇', '各区镇人民政府']) {
      assert.ok(isLocalGovernment(n), n);
    }
    assert.ok(!isLocalGovernment('各市直部门'));
    assert.ok(!isLocalGovernment('各乡镇（财政所）'));
    assert.ok(!isLocalGovernment('市人民政府'));
    assert.ok(!isLocalGovernment('市县（市、区）人民政府'));
    for (const n of ['聊城职业技术学院', '国网聊城供电公司', '市新闻传媒中心', '中国农业银行聊城分行', '市科协', '市发展改革委（市粮食和储备局）']) assert.ok(isPlausibleUnit(n), n);
    assert.ok(!isPlausibleUnit('加强协调（市）'));
    assert.ok(!isPlausibleUnit('加强协调'));
    assert.equal(editDistance('市住房和城乡建设局', '市住房城乡建设局'), 1);
  });
});
