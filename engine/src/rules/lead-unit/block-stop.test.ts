import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { blockStop } from './block-stop';
import type { Found } from '../testing';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/block-stop', () => {
  const model = lexicon();
  const items = (third: string) => draft(`1. 加强资金监管。（牵头单位：市财政局）\n2. 加强统计监测。（牵头单位：市统计局）\n3. ${third}`);
  it('reports a 。 moved after the block where the other tasks put it before, and moves it back (probe12)', () => {
    const text = items('推进审计监督（牵头单位：市审计局；配合单位：市财政局）。');
    assert.deepEqual(check(blockStop, text, { model }).map((f) => [f.ruleId, f.text, f.message]), [['lead-unit/block-stop', '。', '任务的句号应在牵头单位括注之前（本文其他任务均为“……。（牵头单位：……）”）：应为“……推进审计监督。（……）”，把句号移到括注前。']]);
    assert.equal(fixed(blockStop, text, { model }), items('推进审计监督。（牵头单位：市审计局；配合单位：市财政局）'));
  });
  it('reports a mark closing roles on lines of their own where the document\'s others close with their unit (probe17)', () => {
    const own = (third: string) => draft(`1. 加强资金监管。\n牵头单位：市财政局\n责任单位：各县（市、区）人民政府\n2. 加强统计监测。\n牵头单位：市统计局\n配合单位：市财政局\n3. 推进审计监督。\n牵头单位：市审计局\n责任单位：${third}`);
    const text = own('各县（市、区）人民政府、市属开发区管委会。');
    assert.deepEqual(check(blockStop, text, { model }).map((f) => [f.text, f.message]), [['。', '单独成行的牵头单位分工以最后一个单位收尾，不加“。”（本文其他单独成行的分工均不加标点）：删去“。”。']]);
    assert.equal(fixed(blockStop, text, { model }), own('各县（市、区）人民政府、市属开发区管委会'));
    assert.deepEqual(check(blockStop, own('各县（市、区）人民政府、市属开发区管委会'), { model }), []);
    // One other own-line block only: too few to tell the document's habit.
    assert.deepEqual(check(blockStop, draft('1. 加强资金监管。\n牵头单位：市财政局\n2. 推进审计监督。\n牵头单位：市审计局。'), { model }), []);
  });
  it('leaves the 。 before the block, a document written with it after throughout, and too few blocks to tell', () => {
    assert.deepEqual(check(blockStop, items('推进审计监督。（牵头单位：市审计局）'), { model }), []);
    assert.deepEqual(check(blockStop, draft('1. 加强资金监管（牵头单位：市财政局）。\n2. 加强统计监测（牵头单位：市统计局）。\n3. 推进审计监督（牵头单位：市审计局）。'), { model }), []);
    assert.deepEqual(check(blockStop, draft('1. 加强资金监管。（牵头单位：市财政局）\n2. 推进审计监督（牵头单位：市审计局）。'), { model }), []);
    // A block inside its sentence, followed by more text, is lead-unit/block-position's.
    assert.deepEqual(check(blockStop, items('推进审计监督（牵头单位：市审计局），确保按期完成。'), { model }), []);
  });
  it('leaves a bracket pointing to an annex and a prose sentence closing with its block (redteam6)', () => {
    assert.deepEqual(check(blockStop, items('强化考核评价。将资金监管纳入年度考核（责任单位：详见附件2）。'), { model }), []);
    const prose = draft('1. 加强资金监管。（牵头单位：市财政局）\n2. 加强统计监测。（牵头单位：市统计局）\n\n二、保障措施\n\n各县（市、区）要结合实际制定具体措施（牵头单位：各县（市、区）人民政府）。');
    assert.deepEqual(check(blockStop, prose, { model }), []);
  });
  it('leaves roles printed on lines of their own alone among bracketed blocks written after their 。', () => {
    const text0 = draft("1. 加强监管。（牵头单位：市财政局）\n2. 加强统计。（牵头单位：市统计局）\n3. 加强审计。\n牵头单位：市审计局");
    assert.deepEqual(brief(check(blockStop, text0, { model: lexicon() })), []);
    const text1 = draft("1. 加强监管。（牵头单位：市财政局）\n2. 加强统计。（牵头单位：市统计局）\n3. 推进审计监督\n牵头单位：市审计局。");
    assert.deepEqual(brief(check(blockStop, text1, { model: lexicon() })), []);
  });
});
