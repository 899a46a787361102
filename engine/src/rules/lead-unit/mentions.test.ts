import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { lexicon } from './test-fixtures';
import { renamed } from './renamed';
import { notYetExisting } from './not-yet-existing';
import type { Model } from '../../model/types';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);
const rules = [renamed, notYetExisting];

/** A notice dated `date` whose body paragraph is on line 5. */
function notice(body: string, date = '2025年3月1日'): string {
  return `关于做好招商引资工作的通知\n\n市政府各部门：\n\n${body}\n\n聊城市人民政府办公室\n${date}\n`;
}

describe('lead-unit: units running text names in full (renamed, not-yet-existing)', () => {
  const model = lexicon();
  it('reports a unit renamed before the date, named after the city name', () => {
    assert.deepEqual(brief(check(rules, notice('聊城市商务投资促进局负责做好项目对接工作。'), { model })), [["lead-unit/renamed", 5, 3, "市商务投资促进局", "“市商务投资促进局”自2022年1月1日起不再使用，本文成文日期2025年3月1日：其职能已由“市商务局”“市投资促进局”承担，请按任务内容选用。"]]);
  });
  it('reports a unit named before it was in use, and a renamed name holding the city name', () => {
    assert.deepEqual(brief(check(rules, notice('聊城市投资促进局负责做好项目对接工作。', '2021年6月1日'), { model })).map((f) => [f[0], f[3]]), [["lead-unit/not-yet-existing", "市投资促进局"]]);
    const text = notice('人民银行聊城市中心支行、市财政局要做好资金保障。');
    assert.deepEqual(brief(check(rules, text, { model })).map((f) => [f[0], f[2], f[3]]), [["lead-unit/renamed", 1, "人民银行聊城市中心支行"]]);
    assert.equal(fixed(renamed, text, { model }), notice('人民银行聊城市分行、市财政局要做好资金保障。'));
  });
  it("replaces a known full name by the successor's full name", () => {
    const m: Model = { ...model, units: model.units.map((u) => (u.name === '人民银行聊城市中心支行' ? { ...u, full: '中国人民银行聊城市中心支行' } : u.name === '人民银行聊城市分行' ? { ...u, full: '中国人民银行聊城市分行' } : u)) };
    assert.equal(fixed(renamed, notice('中国人民银行聊城市中心支行负责做好金融服务。'), { model: m }), notice('中国人民银行聊城市分行负责做好金融服务。'));
  });
  it('passes names right for the date and bodies the model does not know', () => {
    assert.deepEqual(check(rules, notice('聊城市商务投资促进局负责做好项目对接工作。', '2021年6月1日'), { model }), []);
    assert.deepEqual(check(rules, notice('聊城市商务局、聊城市发展和改革委员会负责做好项目对接工作。'), { model }), []);
    assert.deepEqual(check(rules, notice('聊城市招商服务中心负责做好项目对接工作。'), { model }), []);
  });
  it('passes a name the text gives as it was: 原, a reform, a past year, a cited title, a longer body', () => {
    for (const body of [
      '原聊城市商务投资促进局的档案由市商务局接收。',
      '聊城市商务投资促进局的招商职责划入市投资促进局。',
      '2021年，聊城市商务投资促进局引进项目12个。',
      '《聊城市商务投资促进局关于做好外资统计工作的通知》继续有效。',
      '将第五条中的聊城市商务投资促进局修改为聊城市商务局。',
      '聊城市商务投资促进局服务中心负责做好项目对接工作。',
      // Its successor taking over (redteam8).
      '聊城市商务投资促进局的债权债务由聊城市商务局承继。',
    ]) assert.deepEqual(check(rules, notice(body), { model }), [], body);
  });
  it('reports a bare former name where only the city\'s unit can stand', () => {
    const found = check(rules, notice('市商务投资促进局负责做好项目对接工作，由市商务投资促进局牵头。'), { model });
    assert.deepEqual(found.map((f) => [f.ruleId, f.column, f.text]), [
      ['lead-unit/renamed', 1, '市商务投资促进局'], ['lead-unit/renamed', 21, '市商务投资促进局']]);
    assert.equal(found[0].message, '“市商务投资促进局”自2022年1月1日起不再使用，本文成文日期2025年3月1日：其职能已由“市商务局”“市投资促进局”承担，请按任务内容选用。');
    // Before the rename it was the unit's name.
    assert.deepEqual(check(rules, notice('市商务投资促进局负责做好项目对接工作。', '2021年6月1日'), { model }), []);
  });
  it('reports a bare name from before the 2019 reform (市环保局) in a later text, and not in an older one', () => {
    const m: Model = { ...model, units: [...model.units, { ...model.units[0], name: '市生态环境局', full: undefined }], aliases: [...model.aliases, { alias: '市环保局', standard: '市生态环境局', source: 'builtin' }] };
    assert.deepEqual(check(rules, notice('市环保局要加强统筹协调。'), { model: m }).map((f) => [f.text, f.message, f.fix]), [
      ['市环保局', '“市环保局”是机构改革前的单位名称（改革于2019年前后完成），本文成文日期2025年3月1日：应为“市生态环境局”。', notice('市生态环境局要加强统筹协调。')]]);
    assert.deepEqual(check(rules, notice('市环保局要加强统筹协调。', '2018年6月1日'), { model: m }), []);
    assert.deepEqual(check(rules, notice('机构改革前，市环保局负责此项工作。'), { model: m }), []);
    // A year after the reform tells of no time the name was right (a deadline); one before it does.
    assert.deepEqual(check(rules, notice('由市环保局牵头，于2025年9月10日前报市政府。'), { model: m }).map((f) => f.text), ['市环保局']);
    assert.deepEqual(check(rules, notice('2018年市环保局开展的专项行动经验要在2025年加强总结。'), { model: m }), []);
    // History told without a year (redteam2): the name as it was then.
    for (const body of ['当时，市环保局负责全市环境监管。', '“十三五”期间，市环保局牵头完成了燃煤锅炉整治。', '以往，由市环保局负责排污许可核发。',
      '过去由市环保局负责的排污许可核发，现由市行政审批服务局负责。', '机构调整前，市环保局负责此项工作。', '上一届市政府任期内，市环保局与市林业局合署办公。',
      '上世纪90年代，市环保局建成了空气自动监测站。', '在市环保局和后来的市生态环境局的共同努力下，全市空气质量持续改善。']) {
      assert.deepEqual(check(rules, notice(body), { model: m }), [], body);
    }
    // The present, a deadline: still judged.
    for (const body of ['活动期间，市环保局负责环境监管。', '市环保局要于12月底之前完成整改。', '“十四五”期间，市环保局要加强统筹协调。']) {
      assert.deepEqual(check(rules, notice(body), { model: m }).map((f) => f.text), ['市环保局'], body);
    }
  });
  it('reads an English gloss: a former name glossed as such is history, a current use glossed is still judged (redteam2)', () => {
    const m: Model = { ...model, units: [...model.units, { ...model.units[0], name: '市生态环境局', full: undefined }], aliases: [...model.aliases, { alias: '市环保局', standard: '市生态环境局', source: 'builtin' }] };
    for (const body of [
      'The former Liaocheng Environmental Protection Bureau（市环保局）was merged into the new bureau.',
      '市环保局（Former Municipal Environmental Protection Bureau）的档案已移交市生态环境局。',
      '原市环保局（Former Municipal Environmental Protection Bureau）负责环境监测对外交流工作。',
      'The Bureau of Commerce and Investment Promotion（市商务投资促进局）was renamed in 2023.',
      '聊城市商务投资促进局（formerly Liaocheng Municipal Bureau of Commerce and Investment Promotion）的档案已移交。',
    ]) assert.deepEqual(check(rules, notice(body), { model: m }), [], body);
    // A gloss that tells no history: the name is in use there, and judged.
    for (const [body, name] of [
      ['市环保局（Municipal Environmental Protection Bureau）负责全市环境监管。', '市环保局'],
      ['聊城市商务投资促进局（Liaocheng Municipal Bureau of Commerce and Investment Promotion）负责项目对接。', '市商务投资促进局'],
      ['The Liaocheng Environmental Protection Bureau（市环保局）is responsible for monitoring.', '市环保局'],
    ]) assert.deepEqual(check(rules, notice(body), { model: m }).map((f) => f.text), [name], body);
  });
  it('passes a bare former name that may be another body or the name as it was: another place, 各, 原, a reform, a past year, a quote, a longer body', () => {
    for (const body of [
      '济南市商务投资促进局的做法值得借鉴。',
      '学习借鉴各市商务投资促进局的做法。',
      '原市商务投资促进局的档案由市商务局接收。',
      '市商务投资促进局的招商职责划入市投资促进局。',
      '2021年，市商务投资促进局引进项目12个。',
      '2022年市商务投资促进局开展的招商活动经验要加强总结。',
      '不再使用“市商务投资促进局”的名称。',
      '市商务投资促进局服务中心负责做好项目对接工作。',
    ]) assert.deepEqual(check(rules, notice(body), { model }), [], body);
  });
  it('passes a name in a sentence stating a repeal, with the words cross-ref/repealed reads (废除, 停止执行, 不再执行, 予以撤销)', () => {
    for (const body of [
      '聊城市商务投资促进局印发的招商奖励办法同时废除。',
      '聊城市商务投资促进局印发的招商奖励办法停止执行。',
      '聊城市商务投资促进局印发的招商奖励办法不再执行。',
      '聊城市商务投资促进局作出的备案决定予以撤销。',
    ]) assert.deepEqual(check(rules, notice(body), { model }), [], body);
  });
  it('ends a sentence at a half-width ; ! ? too (an extracted issue\'s half-width island), as cross-ref does', () => {
    const found = check(rules, notice('2021年引进项目12个;聊城市商务投资促进局负责做好项目对接工作。'), { model });
    assert.deepEqual(found.map((f) => [f.ruleId, f.text]), [['lead-unit/renamed', '市商务投资促进局']]);
    // The sentence a half-width mark ends still exempts its own names.
    assert.deepEqual(check(rules, notice('2021年聊城市商务投资促进局引进项目12个;各单位要做好项目对接工作。'), { model }), []);
  });
  it('judges a 大事记 entry dated in the month it records: its date is its present, not the past (QA)', () => {
    // An issue of January 2025 whose 大事记 records January 2025 (renamed 2022-01-01).
    const issue = (subtitle: string, entry: string) => [
      '聊城市人民政府公报', '2025', '第1期', '', '目录', '◎市政府办公室文件',
      '聊城市人民政府办公室关于做好金融服务工作的通知', '聊政办字〔2025〕9号 2', '◎政务动态', '聊城市人民政府大事记 5', '',
      '聊城市人民政府办公室', '', '聊政办字〔2025〕9号', '', '聊城市人民政府办公室关于做好金融服务工作的通知', '',
      '各县（市、区）人民政府，市政府各部门：', '    请做好金融服务工作。', '', '聊城市人民政府办公室', '2025年1月20日', '',
      '聊城市人民政府大事记', '', subtitle, '', entry, '',
    ].join('\n');
    const texts = (subtitle: string, entry: string) => check(rules, issue(subtitle, entry), { model }).map((f) => [f.ruleId, f.line, f.text]);
    for (const entry of ['6日，聊城市商务投资促进局负责做好项目对接工作。', '2025年1月6日，聊城市商务投资促进局负责做好项目对接工作。']) {
      assert.deepEqual(texts('（2025年1月）', entry), [['lead-unit/renamed', 28, '市商务投资促进局']], entry);
      assert.deepEqual(texts('(2025年1月)', entry), [['lead-unit/renamed', 28, '市商务投资促进局']], entry);
    }
    // Another month or year in the entry is still the past; a reform word still exempts.
    assert.deepEqual(texts('（2025年1月）', '6日，通报2021年聊城市商务投资促进局引进项目情况。'), []);
    assert.deepEqual(texts('（2025年1月）', '2025年1月6日，聊城市商务投资促进局更名为聊城市商务局。'), []);
  });
  it('reports the old name beside its successor in a sentence with no reform word, and not in one with one', () => {
    for (const body of ['聊城市商务局负责外贸工作，聊城市商务投资促进局负责招商引资工作。', '聊城市商务投资促进局负责招商引资工作；聊城市商务局负责外贸工作。', '聊城市商务局和聊城市商务投资促进局负责招商引资工作。']) {
      assert.deepEqual(check(rules, notice(body), { model }).map((f) => [f.ruleId, f.text]), [['lead-unit/renamed', '市商务投资促进局']], body);
    }
    assert.deepEqual(check(rules, notice('聊城市商务投资促进局的外贸职责划入聊城市商务局。'), { model }), []);
    // Two times compared: the old name was right in its year.
    assert.deepEqual(check(rules, notice('2021年聊城市商务投资促进局引进项目12个，2024年聊城市商务局引进项目20个。'), { model }), []);
  });
  it('reads a sentence a hard wrap cut as one: 原 and a year on the line before', () => {
    assert.deepEqual(check(rules, notice('对原\n聊城市商务投资促进局的档案进行整理。'), { model }), []);
    assert.deepEqual(check(rules, notice('据统计，\n聊城市商务投资促进局在2021年引进项目12个。'), { model }), []);
  });
});
