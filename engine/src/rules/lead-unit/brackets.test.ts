import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { brackets } from './brackets';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/brackets', () => {
  const model = lexicon();
  it("passes balanced brackets", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局；责任单位：各县（市、区）人民政府）");
    assert.deepEqual(brief(check(brackets, text, { model })), []);
  });
  it("reports an unclosed group name inside the block", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局；责任单位：各县（市、区人民政府）");
    assert.deepEqual(brief(check(brackets, text, { model })), [["lead-unit/brackets", 5, 25, "各县（市、区人民政府）", "单位名称“各县（市、区人民政府”中的括号不成对：应写成“各县（市、区）人民政府”这样成对的括号。"]]);
  });
  it("reports a block left open", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局；责任单位：市民政局");
    assert.deepEqual(brief(check(brackets, text, { model })), [["lead-unit/brackets", 5, 28, "局", "牵头单位括注缺少右括号“）”：应在最后一个单位名称之后闭合括注。"]]);
  });
  it("reports an extra closing bracket", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局））");
    assert.deepEqual(brief(check(brackets, text, { model })), [["lead-unit/brackets", 5, 20, "）", "牵头单位括注后多了一个右括号：删去多余的“）”。"]]);
  });
  it('applies its fix to the whole text', () => {
    assert.equal(fixed(brackets, draft("1. 加强监管。（牵头单位：市财政局；责任单位：市民政局"), { model }), draft("1. 加强监管。（牵头单位：市财政局；责任单位：市民政局）"));
  });
});
