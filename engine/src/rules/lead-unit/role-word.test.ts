import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { roleWord } from './role-word';
import { lint } from '../../lint';

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

describe('lead-unit/role-word: a later role named unlike the document\'s other blocks (probe17)', () => {
  const model = lexicon();
  const tasks = (odd: string) => draft([
    '1. 加强资金监管。（牵头单位：市财政局；配合单位：市审计局）',
    '2. 加强统计监测。（牵头单位：市统计局；配合单位：市发展改革委）',
    `3. 完善配套设施。（牵头单位：市文化和旅游局；${odd}：市交通运输局、市公安局）`,
  ].join('\n'));

  it('reports 协办单位 where the other blocks write 配合单位, offering 配合单位', () => {
    const found = check(roleWord, tasks('协办单位'), { model });
    assert.deepEqual(found.map((f) => [f.text, f.message]), [['协办单位',
      '分工名称“协办单位”与本文其他括注不一致：其他括注协助牵头单位的单位都写“配合单位”，此处应同样写“配合单位”（分工名称统一，所列单位才能据以核对）。']]);
    // Offered, not applied: the units may be 责任单位 in the drafter's mind.
    assert.equal(fixed(roleWord, tasks('协办单位'), { model }), tasks('协办单位'));
    const d = lint(tasks('协办单位'), { model, only: [roleWord] }).diagnostics[0];
    assert.deepEqual(d.suggestions?.map((x) => [x.desc, x.fix.text]), [['改为“配合单位”', '配合单位']]);
  });

  it('reads the label a wrap cut (协办单 ⏎ 位：), as rewrap at 22 characters does (probe17)', () => {
    const wrapped = tasks('协办单位').replace('；协办单', '；协办单\n');
    assert.deepEqual(check(roleWord, wrapped, { model }).map((f) => [f.line, f.text]), [[7, '协办单\n位']]);
  });

  it('leaves a document that names its roles otherwise throughout, and the standard words', () => {
    // red team 15's text 66: 参与单位 and 协同单位, no 配合单位 anywhere.
    assert.deepEqual(check(roleWord, draft('1. 完善设施。（牵头单位：市工业和信息化局；参与单位：市农业农村局、市财政局）\n2. 发展智慧农业。（牵头单位：市农业农村局；协同单位：市科技局、市大数据局）'), { model }), []);
    assert.deepEqual(check(roleWord, tasks('配合单位'), { model }), []);
    assert.deepEqual(check(roleWord, tasks('责任单位'), { model }), []);
  });
});
