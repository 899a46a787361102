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
    const text = draft("1. 加强监管。（牵头单位：市财政厅、市住房城乡设局）");
    assert.deepEqual(brief(check(unitTypo, text, { model })), [["lead-unit/unit-typo", 5, 15, "市财政厅", "单位名称“市财政厅”与已知单位“市财政局”只差1个字，可能是笔误：应为“市财政局”。"], ["lead-unit/unit-typo", 5, 20, "市住房城乡设局", "单位名称“市住房城乡设局”与已知单位“市住房城乡建设局”只差1个字，可能是笔误：应为“市住房城乡建设局”。"]]);
  });
  it('applies its fix to the whole text', () => {
    assert.equal(fixed(unitTypo, draft("1. 加强监管。（牵头单位：市财政厅、市住房城乡设局）"), { model }), draft("1. 加强监管。（牵头单位：市财政局、市住房城乡建设局）"));
  });
  it('leaves names that are units of their own to lead-unit/unknown-unit', () => {
    // A short name with one of its own characters changed is another body (市统计局 beside 市审计局);
    // a name written twice is written on purpose (a slip happens once).
    const text = draft("1. 加强监管。（牵头单位：市统计局）\n2. 加强统计。（牵头单位：市财政局、市住房城乡设局）\n3. 加强执法。（牵头单位：市住房城乡设局）");
    assert.deepEqual(brief(check(unitTypo, text, { model })), []);
  });
});
