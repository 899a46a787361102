import * as assert from 'node:assert';
import { check } from '../testing';
import { bracketBalance } from './bracket-balance';
import { draftDoc } from '../cross-ref/fixtures';
import { decreeWithRegulation, NOTE_AT_16 } from '../../parse/decree-fixture';

/**
 * An extracted issue holding one 任免 notice whose list was set in two columns and read across them:
 * `lines` are its list, in the order extraction left them.
 */
function issueWith(lines: string[]): string {
  return [
    '聊城市人民政府公报', '2024', '第2期（总第2期）', '',
    '目录', '◎市政府文件', '关于王五等同志职务任免的通知', '聊政任〔2024〕2号 2', '',
    '聊城市人民政府', '关于王五等同志职务任免的通知', '', '聊政任〔2024〕2号', '',
    '各县（市、区）人民政府，市属开发区管委会，', '市政府各部门、直属机构：', '', '市人民政府决定，任命：', '',
    ...lines.flatMap((l) => [l, '']),
    '聊城市人民政府', '', '2024年3月5日', '',
  ].join('\n');
}

describe('punctuation/bracket-balance', () => {
  it('accepts balanced brackets of either width and list numbers like 1) and （1）', () => {
    const text = draftDoc('    各县（市、区）人民政府（含开发区(园区)）要做到：1)摸清底数；2)建立台账；（1）按月报送。');
    assert.deepStrictEqual(check(bracketBalance, text), []);
  });

  it('reports an unclosed （', () => {
    const found = check(bracketBalance, draftDoc('    各县（市、区人民政府要加强督导。'));
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.text, f.message]), [[9, 7, '（',
      '括号不成对：“（市、区人民政府要加强督导”缺少对应的右括号（GB/T 15834—2011《标点符号用法》：括号成对使用）：请在括注结束处补“）”。']]);
  });

  it('reports a ） without its （', () => {
    const found = check(bracketBalance, draftDoc('    各县市、区）人民政府要加强督导。'));
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.text, f.message]), [[9, 10, '）',
      '括号不成对：“各县市、区）”缺少对应的左括号（GB/T 15834—2011《标点符号用法》：括号成对使用）：请在括注开始处补“（”。']]);
  });

  it('reports an unbalanced bracket in the document title', () => {
    const text = '聊城市人民政府办公室\n关于加强各县（市、区人民政府督查工作的通知\n\n各县（市、区）人民政府：\n    现就加强督查工作通知如下。\n\n聊城市人民政府办公室\n2024年7月3日\n';
    assert.deepStrictEqual(check(bracketBalance, text).map((f) => [f.line, f.column, f.text, f.message]), [[2, 7, '（',
      '括号不成对：标题中“（市、区人民政府督查工作的”缺少对应的右括号（GB/T 15834—2011《标点符号用法》：括号成对使用）：请在括注结束处补“）”。']]);
    const close = text.replace('各县（市、区人民政府督查', '各县市、区）人民政府督查');
    assert.deepStrictEqual(check(bracketBalance, close).map((f) => [f.line, f.column, f.text, f.message]), [[2, 10, '）',
      '括号不成对：标题中“关于加强各县市、区）”缺少对应的左括号（GB/T 15834—2011《标点符号用法》：括号成对使用）：请在括注开始处补“（”。']]);
    // Balanced, also when the title wraps inside the brackets.
    assert.deepStrictEqual(check(bracketBalance, text.replace('各县（市、区人民政府', '各县（市、区）人民政府')), []);
    assert.deepStrictEqual(check(bracketBalance, text.replace('各县（市、区人民政府', '各县（市、\n区）人民政府')), []);
  });

  it('in an extracted 任免 notice, takes brackets split apart by a two-column list read across for that split', () => {
    // `（挂职，` … `时间一年）；`: halves of one line, set apart by the other column's lines.
    const scrambled = issueWith(['王五为聊城市人民政府副秘书长（挂职，', '赵六为聊城市某某局副局长；', '时间一年）；', '钱七为聊城市某某中心主任（试用期一年）。']);
    assert.deepStrictEqual(check(bracketBalance, scrambled), []);
    // One half missing: the notice does not balance, and the bracket is reported.
    const slip = issueWith(['王五为聊城市人民政府副秘书长（挂职，', '赵六为聊城市某某局副局长；', '钱七为聊城市某某中心主任（试用期一年）。']);
    assert.deepStrictEqual(check(bracketBalance, slip).map((f) => [f.line, f.text]), [[20, '（']]);
    // In a draft (not extracted), lines are where the drafter put them: both halves are reported.
    const draft = draftDoc('    王五为聊城市人民政府副秘书长（挂职，\n\n    赵六为聊城市某某局副局长；\n\n    时间一年）；');
    assert.deepStrictEqual(check(bracketBalance, draft).map((f) => f.text), ['（', '）']);
  });

  it('takes a regulation\'s 公布 note hard-wrapped over many lines (a narrow column) as one bracket; a note left open is reported', () => {
    assert.deepStrictEqual(check(bracketBalance, decreeWithRegulation(NOTE_AT_16).join('\n')), []);
    const open = decreeWithRegulation([...NOTE_AT_16.slice(0, -1), '修正']).join('\n');
    assert.deepStrictEqual(check(bracketBalance, open).map((f) => [f.line, f.column, f.text]), [[25, 1, '（']]);
  });

  it('reports an unbalanced bracket in a one-line text (which the parser reads as a title)', () => {
    assert.deepStrictEqual(check(bracketBalance, '各县（市、区人民政府\n').map((f) => [f.line, f.column, f.message]), [[1, 3,
      '括号不成对：“（市、区人民政府”缺少对应的右括号（GB/T 15834—2011《标点符号用法》：括号成对使用）：请在括注结束处补“）”。']]);
  });
});
