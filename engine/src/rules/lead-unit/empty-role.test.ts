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
});
