import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { draft, letter, lexicon } from './test-fixtures';
import { renamed } from './renamed';
import { unknownUnit } from './unknown-unit';
import { unitTypo } from './unit-typo';
import { alias } from './alias';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/renamed', () => {
  const model = lexicon();
  it("passes a name right for its date (2023)", () => {
    const text = draft("1. 加强监管。（牵头单位：人民银行聊城市中心支行）", "2023年7月11日");
    assert.deepEqual(brief(check(renamed, text, { model })), []);
  });
  it("reports names replaced before the date", () => {
    const text = draft("1. 加强监管。（牵头单位：人民银行聊城市中心支行、市商务投资促进局）", "2025年1月2日");
    assert.deepEqual(brief(check(renamed, text, { model })), [["lead-unit/renamed", 5, 15, "人民银行聊城市中心支行", "“人民银行聊城市中心支行”自2024年1月1日起不再使用，本文成文日期2025年1月2日：应为“人民银行聊城市分行”。"], ["lead-unit/renamed", 5, 27, "市商务投资促进局", "“市商务投资促进局”自2022年1月1日起不再使用，本文成文日期2025年1月2日：其职能已由“市商务局”“市投资促进局”承担，请按任务内容选用。"]]);
  });
  it('says which date it judged an undated draft by', () => {
    const text = draft('1. 加强监管。（牵头单位：人民银行聊城市中心支行）', '');
    assert.deepEqual(check(renamed, text, { model }).map((f) => f.message), ['“人民银行聊城市中心支行”自2024年1月1日起不再使用，判断日期2026年11月22日（本文无成文日期，按今天）：应为“人民银行聊城市分行”。']);
    assert.deepEqual(check(renamed, text, { model, date: '2023-05-01' }), []);
  });
  it('applies its fix to the whole text', () => {
    assert.equal(fixed(renamed, draft("1. 加强监管。（牵头单位：人民银行聊城市中心支行、市商务投资促进局）", "2025年1月2日"), { model }), draft("1. 加强监管。（牵头单位：人民银行聊城市分行、市商务投资促进局）", "2025年1月2日"));
  });
  it('judges a unit of a block by its Chinese name, an English name in brackets after it no part of it', () => {
    const item = (a: string, b: string) => `1. 加强监管。（牵头单位：市财政局（Municipal Finance Bureau）；责任单位：市民政局[Civil Affairs Bureau]、${a}（${b}））`;
    const text = draft(item('人民银行聊城市中心支行', "People's Bank of China Liaocheng Central Sub-branch"), '2025年1月2日');
    assert.deepEqual(check([renamed, unknownUnit, unitTypo, alias], text, { model }).map((f) => [f.ruleId, f.text]), [['lead-unit/renamed', '人民银行聊城市中心支行']]);
    assert.equal(fixed(renamed, text, { model }), draft(item('人民银行聊城市分行', "People's Bank of China Liaocheng Central Sub-branch"), '2025年1月2日'));
    assert.deepEqual(check([renamed, unknownUnit, unitTypo, alias], draft(item('市审计局', 'Municipal Audit Bureau'), '2025年1月2日'), { model }), []);
    // A Chinese note in brackets is still part of the name as written (and judged so).
    assert.equal(check(unknownUnit, draft('1. 加强监管。（牵头单位：市财政局（国库科））', '2025年1月2日'), { model }).length, 1);
  });
  describe('on the 主送 line', () => {
    it('reports a unit renamed before the date, and fixes it', () => {
      const text = letter('人民银行聊城市中心支行，市财政局：', '2025年1月2日');
      assert.deepEqual(brief(check(renamed, text, { model })), [["lead-unit/renamed", 3, 1, "人民银行聊城市中心支行", "“人民银行聊城市中心支行”自2024年1月1日起不再使用，本文成文日期2025年1月2日：应为“人民银行聊城市分行”。"]]);
      assert.equal(fixed(renamed, text, { model }), letter('人民银行聊城市分行，市财政局：', '2025年1月2日'));
    });
    it('judges a full name by its short form after the place name, which a fix keeps', () => {
      const text = letter('聊城市商务投资促进局：', '2025年1月2日');
      assert.deepEqual(brief(check(renamed, text, { model })), [["lead-unit/renamed", 3, 3, "市商务投资促进局", "“市商务投资促进局”自2022年1月1日起不再使用，本文成文日期2025年1月2日：其职能已由“市商务局”“市投资促进局”承担，请按任务内容选用。"]]);
    });
    it("judges a body's name written with its parent's by the name it ends with", () => {
      assert.deepEqual(brief(check(renamed, letter('中国人民银行聊城市中心支行：', '2025年1月2日'), { model })), [["lead-unit/renamed", 3, 3, "人民银行聊城市中心支行", "“人民银行聊城市中心支行”自2024年1月1日起不再使用，本文成文日期2025年1月2日：应为“人民银行聊城市分行”。"]]);
    });
    it("passes a unit of another place named like one the city renamed: the lexicon knows only the city's renames", () => {
      assert.deepEqual(check(renamed, letter('临清市商务投资促进局：', '2025年1月2日'), { model }), []);
    });
    it('passes a name right for its date, and group words', () => {
      assert.deepEqual(check(renamed, letter('人民银行聊城市中心支行：', '2023年7月11日'), { model }), []);
      assert.deepEqual(check(renamed, letter('各县（市、区）人民政府，市属开发区管委会，市政府有关部门，直属机构：', '2025年1月2日'), { model }), []);
    });
  });
});
