import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { unitTypo } from './unit-typo';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/unit-typo', () => {
  const model = lexicon();
  it("passes known names", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局、市审计局）");
    assert.deepEqual(brief(check(unitTypo, text, { model })), []);
  });
  it("reports names one character off a known name", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政厅、市审汁局）");
    assert.deepEqual(brief(check(unitTypo, text, { model })), [["lead-unit/unit-typo", 5, 15, "市财政厅", "单位名称“市财政厅”与已知单位“市财政局”只差1个字，可能是笔误：应为“市财政局”。"], ["lead-unit/unit-typo", 5, 20, "市审汁局", "单位名称“市审汁局”与已知单位“市审计局”只差1个字，可能是笔误：应为“市审计局”。"]]);
  });
  it('applies its fix to the whole text', () => {
    assert.equal(fixed(unitTypo, draft("1. 加强监管。（牵头单位：市财政厅、市审汁局）"), { model }), draft("1. 加强监管。（牵头单位：市财政局、市审计局）"));
  });
});
