import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { roleColon } from './role-colon';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/role-colon', () => {
  const model = lexicon();
  it("passes colons after roles", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局；责任单位：市民政局）");
    assert.deepEqual(brief(check(roleColon, text, { model })), []);
  });
  it("reports a missing colon and a comma in its place", () => {
    const text = draft("1. 加强监管。（牵头单位市财政局；责任单位，市民政局）");
    assert.deepEqual(brief(check(roleColon, text, { model })), [["lead-unit/role-colon", 5, 13, "位", "“牵头单位”后缺少冒号“：”（括注中分工名称后用冒号引出所列单位）：应为“牵头单位：”。"], ["lead-unit/role-colon", 5, 23, "，", "“责任单位”后应用冒号“：”，不用“，”（括注中分工名称后用冒号引出所列单位）：应为“责任单位：”。"]]);
  });
  it('applies its fix to the whole text', () => {
    assert.equal(fixed(roleColon, draft("1. 加强监管。（牵头单位市财政局；责任单位，市民政局）"), { model }), draft("1. 加强监管。（牵头单位：市财政局；责任单位：市民政局）"));
  });
  it('reports a role printed on a line of its own without its colon after one with it, and passes both with theirs', () => {
    assert.deepEqual(brief(check(roleColon, draft('1. 加强监管。\n牵头单位：市财政局\n配合单位：市审计局'), { model })), []);
    assert.deepEqual(brief(check(roleColon, draft('1. 加强监管。\n牵头单位：市财政局\n配合单位市审计局'), { model })), [["lead-unit/role-colon", 7, 4, "位", "“配合单位”后缺少冒号“：”（分工名称后用冒号引出所列单位）：应为“配合单位：”。"]]);
  });
  it('reports a role word on its line written without its colon, or with a space for it, and fixes both', () => {
    assert.deepEqual(brief(check(roleColon, draft('1. 加强监管。\n责任单位市市场监管局'), { model })), [["lead-unit/role-colon", 6, 4, "位", "“责任单位”后缺少冒号“：”（分工名称后用冒号引出所列单位）：应为“责任单位：”。"]]);
    assert.deepEqual(brief(check(roleColon, draft('1. 加强监管。\n牵头单位 市财政局\n配合单位 市审计局'), { model })), [
      ["lead-unit/role-colon", 6, 5, " ", "“牵头单位”后缺少冒号“：”（分工名称后用冒号引出所列单位，不用空格）：应为“牵头单位：”。"],
      ["lead-unit/role-colon", 7, 5, " ", "“配合单位”后缺少冒号“：”（分工名称后用冒号引出所列单位，不用空格）：应为“配合单位：”。"],
    ]);
    assert.equal(fixed(roleColon, draft('1. 加强监管。\n牵头单位 市财政局\n配合单位市审计局'), { model }), draft('1. 加强监管。\n牵头单位：市财政局\n配合单位：市审计局'));
    // Prose after a role word is no list: nothing to judge.
    assert.deepEqual(brief(check(roleColon, draft('1. 加强监管。\n牵头单位要切实履行职责，配合单位要主动配合。'), { model })), []);
  });
});
