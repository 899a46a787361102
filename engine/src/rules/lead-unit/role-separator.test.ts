import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { roleSeparator } from './role-separator';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/role-separator', () => {
  const model = lexicon();
  it('writes the separator in the width of a half-width block (probe20: ;; became ； inside (牵头单位:…;…))', () => {
    const text = draft('1. 加强监管。(牵头单位:市财政局;;配合单位:市审计局)');
    assert.deepEqual(check(roleSeparator, text, { model }).map((f) => f.text), [';;']);
    assert.equal(fixed(roleSeparator, text, { model }), draft('1. 加强监管。(牵头单位:市财政局;配合单位:市审计局)'));
    // A full-width block keeps ；.
    assert.equal(fixed(roleSeparator, draft('1. 加强监管。（牵头单位：市财政局，配合单位：市审计局）'), { model }), draft('1. 加强监管。（牵头单位：市财政局；配合单位：市审计局）'));
  });
  it("passes ； between roles", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局；配合单位：市审计局；责任单位：市民政局）");
    assert.deepEqual(brief(check(roleSeparator, text, { model })), []);
  });
  it("reports ， and 。 between roles", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局，配合单位：市审计局。责任单位：市民政局）");
    assert.deepEqual(brief(check(roleSeparator, text, { model })), [["lead-unit/role-separator", 5, 19, "，", "不同类别之间应用分号“；”分隔，不用“，”（类别之间是并列的分项，用分号；类别内部的单位用顿号）：应为“；配合单位：”。"], ["lead-unit/role-separator", 5, 29, "。", "不同类别之间应用分号“；”分隔，不用“。”（类别之间是并列的分项，用分号；类别内部的单位用顿号）：应为“；责任单位：”。"]]);
  });
  it('applies its fix to the whole text', () => {
    assert.equal(fixed(roleSeparator, draft("1. 加强监管。（牵头单位：市财政局，配合单位：市审计局。责任单位：市民政局）"), { model }), draft("1. 加强监管。（牵头单位：市财政局；配合单位：市审计局；责任单位：市民政局）"));
  });
  it("passes roles printed on lines of their own (the line break separates them, ； at a line's end too), and reports a ， between two on one line", () => {
    const text0 = draft("1. 加强监管。\n牵头单位：市财政局\n配合单位：市审计局；\n责任单位：市民政局");
    assert.deepEqual(brief(check(roleSeparator, text0, { model: lexicon() })), []);
    const text1 = draft("1. 加强监管。\n牵头单位：市财政局，配合单位：市审计局");
    assert.deepEqual(brief(check(roleSeparator, text1, { model: lexicon() })), [["lead-unit/role-separator", 6, 10, "，", "不同类别之间应用分号“；”分隔，不用“，”（类别之间是并列的分项，用分号；类别内部的单位用顿号）：应为“；配合单位：”。"]]);
  });
});
