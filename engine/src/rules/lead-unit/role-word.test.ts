import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { roleWord } from './role-word';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/role-word', () => {
  const model = lexicon();
  it('reports a bare 牵头： beside a full 配合单位： and adds 单位 (probe12)', () => {
    const text = draft('1. 加强监管。（牵头：市财政局；配合单位：市审计局）');
    assert.deepEqual(brief(check(roleWord, text, { model })), [['lead-unit/role-word', 5, 10, '牵头', '分工名称“牵头”应写全（括注中写“牵头单位：”，与其他括注一致，也才能据以核对所列单位）：应为“牵头单位”。']]);
    assert.equal(fixed(roleWord, text, { model }), draft('1. 加强监管。（牵头单位：市财政局；配合单位：市审计局）'));
    // A bracket holding others (各县（市、区）人民政府) is one bracket.
    assert.deepEqual(check(roleWord, draft('1. 加强监管。（牵头：市财政局；责任单位：各县（市、区）人民政府）'), { model }).map((f) => f.text), ['牵头']);
  });
  it('reports a bracket of bare words where the document writes its other blocks in full, in their family', () => {
    const text = draft('1. 加强监管。（牵头部门：市财政局）\n2. 加强统计。（牵头：市统计局；配合：市审计局）');
    assert.deepEqual(check(roleWord, text, { model }).map((f) => f.text), ['牵头', '配合']);
    assert.equal(fixed(roleWord, text, { model }), draft('1. 加强监管。（牵头部门：市财政局）\n2. 加强统计。（牵头部门：市统计局；配合部门：市审计局）'));
  });
  it('leaves a document that writes bare words throughout, full role words and other brackets alone', () => {
    assert.deepEqual(check(roleWord, draft('1. 加强监管。（牵头：市财政局；配合：市审计局）\n2. 加强统计。（牵头：市统计局）'), { model }), []);
    assert.deepEqual(check(roleWord, draft('1. 加强监管。（牵头单位：市财政局；配合单位：市审计局）'), { model }), []);
    // A bracket that is no assignment: a person in charge, 负责 in a note, a 牵头 inside a sentence.
    assert.deepEqual(check(roleWord, draft('1. 加强监管。（牵头单位：市财政局）\n2. 做好联络。（负责：张三）'), { model }), []);
    assert.deepEqual(check(roleWord, draft('1. 加强监管（牵头单位：市财政局）。（负责同志：张三，电话：0635-1234567）（由市财政局牵头：按季度调度）'), { model }), []);
  });
  it('leaves bare words glossing a working group or a term inside its sentence (redteam6)', () => {
    const text = draft('1. 加强监管。（牵头单位：市财政局）\n2. 做好会务保障。会务组（负责：市政府办公室）、材料组（负责：市发展改革委）要提前做好准备。（牵头单位：市政府办公室）\n3. 明确监管分工。国有资产管理（负责：市级行政事业单位）由市财政局统一组织。（牵头单位：市财政局）');
    assert.deepEqual(check(roleWord, text, { model }), []);
    // At a task's end, or inside its sentence before a comma, a bare word is still reported.
    assert.deepEqual(check(roleWord, draft('1. 加强监管。（牵头单位：市财政局）\n2. 推进审计监督（牵头：市审计局），确保按期完成。'), { model }).map((f) => f.text), ['牵头']);
    // After a sentence's 。, with the next sentence run on (the corpus's paragraphs of several tasks).
    assert.deepEqual(check(roleWord, draft('1. 加强监管。（牵头单位：市财政局）\n2. 推进审计监督。（牵头：市审计局）加强统计监测。（牵头单位：市统计局）'), { model }).map((f) => f.text), ['牵头']);
  });
});
