import * as assert from 'node:assert/strict';
import { check } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { emptyRole } from './empty-role';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/empty-role', () => {
  const model = lexicon();
  it("passes roles with units", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局；责任单位：市民政局）");
    assert.deepEqual(brief(check(emptyRole, text, { model })), []);
  });
  it("reports a role without units", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局；责任单位：）");
    assert.deepEqual(brief(check(emptyRole, text, { model })), [["lead-unit/empty-role", 5, 20, "责任单位", "“责任单位”后没有列出单位（括注列出每项分工的承担单位，没有单位的分工落不到实处）：请补上单位名称，或删去“责任单位”一项。"]]);
  });
  it('reports a role printed on a line of its own with no units, and passes one with its units', () => {
    assert.deepEqual(brief(check(emptyRole, draft('1. 加强监管。\n牵头单位：市财政局\n配合单位：'), { model: lexicon() })), [["lead-unit/empty-role", 7, 1, "配合单位", "“配合单位”后没有列出单位（列出每项分工的承担单位，没有单位的分工落不到实处）：请补上单位名称，或删去“配合单位”一项。"]]);
    assert.deepEqual(brief(check(emptyRole, draft('1. 加强监管。\n牵头单位：市财政局\n配合单位：市审计局'), { model: lexicon() })), []);
  });
});
