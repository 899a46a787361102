import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { doubled } from './doubled';
import { draftDoc } from '../cross-ref/fixtures';

const WHY = 'GB/T 15834—2011《标点符号用法》：一处停顿只用一个标点';

describe('punctuation/doubled', () => {
  it('accepts single marks, an ellipsis, a dash, quotes and brackets between marks', () => {
    const body = '    一、总体要求\n    各部门要高度重视，加强协调配合……确保落实。\n    （一）实行“双随机、一公开”。坚持“四不两直”——不发通知、不打招呼；（见附件）。';
    assert.deepEqual(check(doubled, draftDoc(body)), []);
  });

  it('reports a mark typed twice, with the extra one deleted, and a run of three as one', () => {
    const text = draftDoc('    一、总体要求\n    各部门要高度重视，，加强协调配合。。\n    二、工作任务：：按季度报送；；年底总结。。。');
    assert.deepEqual(check(doubled, text).map(({ fix: _f, ...d }) => d), [
      { ruleId: 'punctuation/doubled', line: 10, column: 13, text: '，，', message: `标点“，，”重复（${WHY}）：应为“，”。` },
      { ruleId: 'punctuation/doubled', line: 10, column: 21, text: '。。', message: `标点“。。”重复（${WHY}）：应为“。”。` },
      { ruleId: 'punctuation/doubled', line: 11, column: 11, text: '：：', message: `标点“：：”重复（${WHY}）：应为“：”。` },
      { ruleId: 'punctuation/doubled', line: 11, column: 18, text: '；；', message: `标点“；；”重复（${WHY}）：应为“；”。` },
      { ruleId: 'punctuation/doubled', line: 11, column: 24, text: '。。。', message: `标点“。。。”重复（${WHY}）：应为“。”。` },
    ]);
    assert.equal(fixed(doubled, text), draftDoc('    一、总体要求\n    各部门要高度重视，加强协调配合。\n    二、工作任务：按季度报送；年底总结。'));
  });

  it('reports a mixed pair without a fix: which one was meant the text does not say', () => {
    const text = draftDoc('    一、总体要求\n    各部门要高度重视，。加强协调配合；。');
    assert.deepEqual(check(doubled, text).map((d) => [d.line, d.column, d.text, d.message, d.fix]), [
      [10, 13, '，。', `标点“，。”连用（${WHY}）：只保留其中一个。`, undefined],
      [10, 21, '；。', `标点“；。”连用（${WHY}）：只保留其中一个。`, undefined],
    ]);
  });

  it('leaves a doubled 、 ， or ； inside a 牵头单位 block to the lead-unit rules, but reports 牵头单位：：', () => {
    const text = draftDoc('    一、总体要求\n    （一）推进数据共享。（牵头单位：市大数据局、、市财政局；；责任单位：各县（市、区）人民政府）\n    （二）强化安全保障。（牵头单位：：市公安局）');
    assert.deepEqual(check(doubled, text).map((d) => [d.line, d.text]), [[11, '：：']]);
  });

  it('leaves a role with no unit (牵头单位：；) to lead-unit/empty-role, which says what is missing (probe12)', () => {
    const text = draftDoc('    一、总体要求\n    （一）推进智慧医疗。（牵头单位：；配合单位：市医保局）');
    assert.deepEqual(check(doubled, text), []);
    assert.deepEqual(check(doubled, draftDoc('    一、总体要求\n    （一）推进智慧医疗：；配合落实。')).map((d) => d.text), ['：；']);
  });

  it('leaves marks the parser joined across a line break alone (an extracted line end and the next line\'s start)', () => {
    const text = draftDoc('    一、总体要求\n    各部门要高度重视，\n，加强协调配合。');
    assert.deepEqual(check(doubled, text), []);
  });
});
