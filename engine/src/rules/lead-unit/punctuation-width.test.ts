import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { punctuationWidth } from './punctuation-width';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/punctuation-width', () => {
  const model = lexicon();
  it("passes a full-width block", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局；责任单位：市民政局，各县（市、区）人民政府）");
    assert.deepEqual(brief(check(punctuationWidth, text, { model })), []);
  });
  it("reports a single half-width ; in a draft", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局;责任单位：市民政局）");
    assert.deepEqual(brief(check(punctuationWidth, text, { model })), [["lead-unit/punctuation-width", 5, 19, ";", "牵头单位括注中应使用全角分号“；”，不用半角“;”。"]]);
  });
  it("reports every half-width mark of a block typed half-width", () => {
    const text = draft("1. 加强监管。(牵头单位:市财政局;责任单位:市民政局,各县(市、区)人民政府)");
    assert.deepEqual(brief(check(punctuationWidth, text, { model })), [["lead-unit/punctuation-width", 5, 9, "(", "牵头单位括注中应使用全角括号“（”，不用半角“(”。"], ["lead-unit/punctuation-width", 5, 14, ":", "牵头单位括注中应使用全角冒号“：”，不用半角“:”。"], ["lead-unit/punctuation-width", 5, 19, ";", "牵头单位括注中应使用全角分号“；”，不用半角“;”。"], ["lead-unit/punctuation-width", 5, 24, ":", "牵头单位括注中应使用全角冒号“：”，不用半角“:”。"], ["lead-unit/punctuation-width", 5, 29, ",", "牵头单位括注中应使用全角逗号“，”，不用半角“,”。"], ["lead-unit/punctuation-width", 5, 32, "(", "牵头单位括注中应使用全角括号“（”，不用半角“(”。"], ["lead-unit/punctuation-width", 5, 36, ")", "牵头单位括注中应使用全角括号“）”，不用半角“)”。"], ["lead-unit/punctuation-width", 5, 41, ")", "牵头单位括注中应使用全角括号“）”，不用半角“)”。"]]);
  });
  it('applies its fix to the whole text', () => {
    assert.equal(fixed(punctuationWidth, draft("1. 加强监管。(牵头单位:市财政局;责任单位:市民政局,各县(市、区)人民政府)"), { model }), draft("1. 加强监管。（牵头单位：市财政局；责任单位：市民政局，各县（市、区）人民政府）"));
  });
});
