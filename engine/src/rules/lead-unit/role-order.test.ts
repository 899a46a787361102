import * as assert from 'node:assert/strict';
import { check } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { roleOrder } from './role-order';
import { lint } from '../../lint';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/role-order', () => {
  const model = lexicon();
  it("passes roles in order", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局；配合单位：市审计局；责任单位：市民政局）");
    assert.deepEqual(brief(check(roleOrder, text, { model })), []);
  });
  it("reports a role out of order", () => {
    const text = draft("1. 加强监管。（责任单位：市民政局；牵头单位：市财政局）");
    assert.deepEqual(brief(check(roleOrder, text, { model })), [["lead-unit/role-order", 5, 20, "牵头单位", "“牵头单位”应排在“责任单位”之前：括注中按牵头单位→配合单位→责任单位的顺序排列（先列牵头单位，表明主责）。"]]);
  });
  it("reports 责任 and 负责 in one block as a repeated role", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局；责任单位：市民政局；负责单位：市审计局）");
    assert.deepEqual(brief(check(roleOrder, text, { model })), [["lead-unit/role-order", 5, 30, "负责单位", "同一括注中“责任单位”和“负责单位”重复出现（同一类别出现两次，分工不清）：每类单位只列一次，请把单位合并到“责任单位”之后。"]]);
  });
  it('reports roles printed on lines of their own out of order (配合单位 above 牵头单位), and passes them in order', () => {
    const text0 = draft("1. 加强监管。\n配合单位：市审计局\n牵头单位：市财政局");
    assert.deepEqual(brief(check(roleOrder, text0, { model: lexicon() })), [["lead-unit/role-order", 7, 1, "牵头单位", "“牵头单位”应排在“配合单位”之前：分工中按牵头单位→配合单位→责任单位的顺序排列（先列牵头单位，表明主责）。"]]);
    const text1 = draft("1. 加强监管。\n牵头单位：市财政局\n配合单位：市审计局\n责任单位：市民政局");
    assert.deepEqual(brief(check(roleOrder, text1, { model: lexicon() })), []);
  });
  it('suggests roles printed on lines of their own in order, each still on its line', () => {
    const text = draft('1. 加强监管。\n配合单位：市审计局\n牵头单位：市财政局');
    const r = lint(text, { model: lexicon(), only: [roleOrder], today: '2026-11-22' });
    const fix = r.diagnostics[0].suggestions![0].fix;
    assert.equal(text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]), draft('1. 加强监管。\n牵头单位：市财政局\n配合单位：市审计局'));
  });
  it('reads roles split by a ；-ended line, or joined to their task\'s sentence, as one block', () => {
    assert.deepEqual(brief(check(roleOrder, draft('1. 加强监管。\n配合单位：市审计局；\n牵头单位：市财政局'), { model })), [["lead-unit/role-order", 7, 1, "牵头单位", "“牵头单位”应排在“配合单位”之前：分工中按牵头单位→配合单位→责任单位的顺序排列（先列牵头单位，表明主责）。"]]);
    assert.deepEqual(brief(check(roleOrder, draft('1. 加强监管。完善制度。配合单位：市审计局；牵头单位：市财政局'), { model })), [["lead-unit/role-order", 5, 24, "牵头单位", "“牵头单位”应排在“配合单位”之前：分工中按牵头单位→配合单位→责任单位的顺序排列（先列牵头单位，表明主责）。"]]);
    assert.deepEqual(brief(check(roleOrder, draft('1. 加强监管。\n牵头单位：市财政局；\n配合单位：市审计局'), { model })), []);
  });
  it('suggests roles a ；-ended line split in order, each still on its line with its ；', () => {
    const text = draft('1. 加强监管。\n配合单位：市审计局；\n牵头单位：市财政局');
    const fix = lint(text, { model: lexicon(), only: [roleOrder], today: '2026-11-22' }).diagnostics[0].suggestions![0].fix;
    assert.equal(text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]), draft('1. 加强监管。\n牵头单位：市财政局；\n配合单位：市审计局'));
  });
});
