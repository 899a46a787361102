import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { issueOf, lexicon } from './test-fixtures';
import { renamed } from './renamed';
import { notYetExisting } from './not-yet-existing';
import type { Model } from '../../model/types';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);
const rules = [renamed, notYetExisting];

/** A 任免 notice dated `date` whose body (市人民政府决定，…) starts on line 5. */
function notice(body: string, date: string): string {
  return `聊城市人民政府关于任免张三等工作人员职务的通知\n\n各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：\n\n${body}\n\n聊城市人民政府\n${date}\n`;
}

/** The lexicon with the full names of the bank's branch before and after its rename. */
function withBankFullNames(): Model {
  const m = lexicon();
  const full: Record<string, string> = { 人民银行聊城市中心支行: '中国人民银行聊城市中心支行', 人民银行聊城市分行: '中国人民银行聊城市分行' };
  return { ...m, units: m.units.map((u) => (full[u.name] ? { ...u, full: full[u.name] } : u)) };
}

describe('lead-unit: units of 任免 items (renamed, not-yet-existing)', () => {
  const model = lexicon();
  it('reports a unit renamed before the date, written after the city name', () => {
    const text = notice('市人民政府决定，任命张三为聊城市商务投资促进局局长。', '2025年3月1日');
    assert.deepEqual(brief(check(rules, text, { model })), [["lead-unit/renamed", 5, 16, "市商务投资促进局", "“市商务投资促进局”自2022年1月1日起不再使用，本文成文日期2025年3月1日：其职能已由“市商务局”“市投资促进局”承担，请按任务内容选用。"]]);
  });
  it('reads 任命： / 免去： lists, item by item, and a wrapped item whole', () => {
    const text = notice('市人民政府决定，任命：\n\n张三为聊城市商务投资促进局副局长；\n\n李四为聊城市发展和改革委员会副主任。\n\n免去：\n\n王五的聊城市商务投资\n促进局局长职务。', '2025年3月1日');
    assert.deepEqual(brief(check(rules, text, { model })), [
      ["lead-unit/renamed", 7, 6, "市商务投资促进局", "“市商务投资促进局”自2022年1月1日起不再使用，本文成文日期2025年3月1日：其职能已由“市商务局”“市投资促进局”承担，请按任务内容选用。"],
      ["lead-unit/renamed", 13, 6, "市商务投资\n促进局", "“市商务投资促进局”自2022年1月1日起不再使用，本文成文日期2025年3月1日：其职能已由“市商务局”“市投资促进局”承担，请按任务内容选用。"],
    ]);
  });
  it('reports a unit named before it was in use', () => {
    const text = notice('市人民政府决定，任命张三为聊城市投资促进局局长。', '2021年6月1日');
    assert.deepEqual(brief(check(rules, text, { model })), [["lead-unit/not-yet-existing", 5, 16, "市投资促进局", "“市投资促进局”自2022年1月1日起才使用，本文成文日期2021年6月1日：当时的名称为“市商务投资促进局”。"]]);
  });
  it('fixes a name with a single successor', () => {
    const m = withBankFullNames();
    const text = notice('市人民政府决定，任命张三为人民银行聊城市中心支行副行长。', '2025年3月1日');
    assert.equal(fixed(renamed, text, { model: m }), notice('市人民政府决定，任命张三为人民银行聊城市分行副行长。', '2025年3月1日'));
  });
  it("replaces a known full name by the successor's full name", () => {
    const m = withBankFullNames();
    const text = notice('市人民政府决定，免去张三的中国人民银行聊城市中心支行副行长职务。', '2025年3月1日');
    assert.deepEqual(brief(check(rules, text, { model: m })), [["lead-unit/renamed", 5, 14, "中国人民银行聊城市中心支行", "“中国人民银行聊城市中心支行”自2024年1月1日起不再使用，本文成文日期2025年3月1日：应为“中国人民银行聊城市分行”。"]]);
    assert.equal(fixed(renamed, text, { model: m }), notice('市人民政府决定，免去张三的中国人民银行聊城市分行副行长职务。', '2025年3月1日'));
  });
  it('passes names right for the date, known full names and bodies the model does not know', () => {
    const text = notice('市人民政府决定，任命：\n\n张三为聊城市商务投资促进局局长；\n\n李四为聊城市发展和改革委员会副主任；\n\n王五为聊城市位山灌区管理服务中心主任（试用期一年）。', '2021年6月1日');
    assert.deepEqual(check(rules, text, { model }), []);
    assert.deepEqual(check(rules, notice('市人民政府决定，任命张三为聊城市商务局副局长。', '2025年3月1日'), { model }), []);
  });
  it('passes a body the notice names as it was (原), and a longer body the model does not know', () => {
    assert.deepEqual(check(rules, notice('市人民政府决定，免去：\n\n张三的原聊城市商务投资促进局局长职务自然免除。', '2025年3月1日'), { model }), []);
    // No post right after the known name: 聊城市商务投资促进局 is not where the unit's name ends.
    assert.deepEqual(check(rules, notice('市人民政府决定，任命张三为聊城市商务投资促进局服务中心主任。', '2025年3月1日'), { model }), []);
  });
  it('outside a 任免 notice, judges only a sentence that appoints, and not one telling of the past', () => {
    const doc = (p: string) => `关于做好干部工作的通知\n\n市政府各部门：\n\n${p}\n\n聊城市人民政府\n2025年3月1日\n`;
    assert.deepEqual(brief(check(rules, doc('经研究，任命张三为聊城市商务投资促进局局长。'), { model })).map((f) => f[0]), ['lead-unit/renamed']);
    assert.deepEqual(check(rules, doc('张三为聊城市商务投资促进局局长。'), { model }), []);
    assert.deepEqual(check(rules, doc('2020年，市政府任命张三为聊城市商务投资促进局局长。'), { model }), []);
    // The past words mentions.ts reads (running-text.ts's PAST): 以前, 前身.
    assert.deepEqual(check(rules, doc('机构改革以前，市政府任命张三为聊城市商务投资促进局局长。'), { model }), []);
  });
  it('in an extracted issue, is silent on a notice read across two columns', () => {
    const scrambled = '各县（市、区）人民政府，市属开发区管委会，免去：\n\n王五的聊城市商务投资促进局局长职务。\n\n市人民政府决定，任命：\n\n张三为聊城市财政局局长。';
    const inOrder = '市人民政府决定，任命：\n\n张三为聊城市财政局局长。\n\n免去：\n\n王五的聊城市商务投资促进局局长职务。';
    const issue = (b: string) => issueOf([b]).replaceAll('关于做好第一项工作的通知', '关于任免张三等工作人员职务的通知');
    assert.deepEqual(check(rules, issue(scrambled), { model }), []);
    assert.deepEqual(check(rules, issue(inOrder), { model }).map((f) => f.text), ['市商务投资促进局']);
  });
});
