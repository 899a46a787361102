import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { duplicate } from './duplicate';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/duplicate', () => {
  const model = lexicon();
  it("passes distinct units", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局、市民政局；责任单位：市审计局）");
    assert.deepEqual(brief(check(duplicate, text, { model })), []);
  });
  it("reports a unit twice in a role and a unit in two roles", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局、市民政局、市财政局；责任单位：市民政局、市审计局）");
    assert.deepEqual(brief(check(duplicate, text, { model })), [["lead-unit/duplicate", 5, 25, "市财政局", "“市财政局”在“牵头单位”中重复列出（重复列出会使分工不清）：删去重复的一处。"], ["lead-unit/duplicate", 5, 35, "市民政局", "“市民政局”已列为“牵头单位”，又列为“责任单位”：同一单位在括注中只列一次，请从“牵头单位”或“责任单位”中删去一处（按该单位实际承担的分工）。"]]);
  });
  it('deletes a repeat split over a line break but keeps the line break (and the indentation after it), not a space', () => {
    for (const [written, left] of [['、市财\n政局', '\n'], ['、\r\n    市财政局', '\r\n    '], ['、 市财政局', ''], ['、市财政局', '']]) {
      const text = draft(`1. 加强监管。（牵头单位：市财政局、市民政局${written}；责任单位：市审计局）`);
      assert.equal(fixed(duplicate, text, { model }), draft(`1. 加强监管。（牵头单位：市财政局、市民政局${left}；责任单位：市审计局）`), JSON.stringify(written));
    }
  });
  it('applies its fix to the whole text', () => {
    assert.equal(fixed(duplicate, draft("1. 加强监管。（牵头单位：市财政局、市民政局、市财政局；责任单位：市民政局、市审计局）"), { model }), draft("1. 加强监管。（牵头单位：市财政局、市民政局；责任单位：市民政局、市审计局）"));
  });
  it('reports a unit listed under two roles printed on lines of their own, and passes distinct ones', () => {
    const text0 = draft("1. 加强监管。\n牵头单位：市财政局\n配合单位：市审计局、市财政局");
    assert.deepEqual(brief(check(duplicate, text0, { model: lexicon() })), [["lead-unit/duplicate", 7, 11, "市财政局", "“市财政局”已列为“牵头单位”，又列为“配合单位”：同一单位在分工中只列一次，请从“牵头单位”或“配合单位”中删去一处（按该单位实际承担的分工）。"]]);
    const text1 = draft("1. 加强监管。\n牵头单位：市财政局\n配合单位：市审计局、市民政局");
    assert.deepEqual(brief(check(duplicate, text1, { model: lexicon() })), []);
  });
  it('reports a unit listed twice in roles joined to their task\'s sentence', () => {
    assert.deepEqual(brief(check(duplicate, draft('1. 加强监管。完善制度。牵头单位：市财政局；配合单位：市审计局、市财政局'), { model })).map((f) => [f[0], f[1], f[3]]), [["lead-unit/duplicate", 5, "市财政局"]]);
    assert.deepEqual(brief(check(duplicate, draft('1. 加强监管。完善制度。牵头单位：市财政局；配合单位：市审计局、市民政局'), { model })), []);
  });
  it('reports a unit listed under two roles when a wrap carried the first role\'s last unit onto a line of its own (gaps5)', () => {
    assert.deepEqual(brief(check(duplicate, draft('1. 加强监管。\n牵头单位：市财政局、市审计局、市民政局、市住房城乡建设局、市发展改革委、\n市市场监管局\n配合单位：市财政局'), { model })).map((f) => [f[0], f[1], f[3]]), [["lead-unit/duplicate", 8, "市财政局"]]);
    assert.deepEqual(brief(check(duplicate, draft('1. 加强监管。\n牵头单位：市财政局、市审计局、市民政局、市住房城乡建设局、市发展改革委、\n市市场监管局\n配合单位：市科技局'), { model })), []);
  });
  it('reports a unit listed twice in 责任单位：…按职责分工负责 written mid-paragraph (gaps5)', () => {
    assert.deepEqual(brief(check(duplicate, draft('1. 加强监管。完善制度。责任单位：市财政局、市审计局、市财政局按职责分工负责。强化要素保障，确保按期完成。'), { model })).map((f) => [f[0], f[1], f[3]]), [["lead-unit/duplicate", 5, "市财政局"]]);
    assert.deepEqual(brief(check(duplicate, draft('1. 加强监管。完善制度。责任单位：市财政局、市审计局按职责分工负责。强化要素保障，市财政局要确保资金到位。'), { model })), []);
  });
});
