import * as assert from 'node:assert';
import { check } from '../testing';
import { bracketBalance } from './bracket-balance';
import { draftDoc } from '../cross-ref/fixtures';

describe('punctuation/bracket-balance', () => {
  it('accepts balanced brackets of either width and list numbers like 1) and （1）', () => {
    const text = draftDoc('    各县（市、区）人民政府（含开发区(园区)）要做到：1)摸清底数；2)建立台账；（1）按月报送。');
    assert.deepStrictEqual(check(bracketBalance, text), []);
  });

  it('reports an unclosed （', () => {
    const found = check(bracketBalance, draftDoc('    各县（市、区人民政府要加强督导。'));
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.text, f.message]), [[9, 7, '（',
      '括号不成对：“（市、区人民政府要加强督导”缺少对应的右括号（GB/T 15834—2011）。请在括注结束处补“）”。']]);
  });

  it('reports a ） without its （', () => {
    const found = check(bracketBalance, draftDoc('    各县市、区）人民政府要加强督导。'));
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.text, f.message]), [[9, 10, '）',
      '括号不成对：“各县市、区）”缺少对应的左括号（GB/T 15834—2011）。请在括注开始处补“（”。']]);
  });

  it('reports an unbalanced bracket in the document title', () => {
    const text = '聊城市人民政府办公室\n关于加强各县（市、区人民政府督查工作的通知\n\n各县（市、区）人民政府：\n    现就加强督查工作通知如下。\n\n聊城市人民政府办公室\n2024年7月3日\n';
    assert.deepStrictEqual(check(bracketBalance, text).map((f) => [f.line, f.column, f.text, f.message]), [[2, 7, '（',
      '括号不成对：标题中“（市、区人民政府督查工作的”缺少对应的右括号（GB/T 15834—2011）。请在括注结束处补“）”。']]);
    const close = text.replace('各县（市、区人民政府督查', '各县市、区）人民政府督查');
    assert.deepStrictEqual(check(bracketBalance, close).map((f) => [f.line, f.column, f.text, f.message]), [[2, 10, '）',
      '括号不成对：标题中“关于加强各县市、区）”缺少对应的左括号（GB/T 15834—2011）。请在括注开始处补“（”。']]);
    // Balanced, also when the title wraps inside the brackets.
    assert.deepStrictEqual(check(bracketBalance, text.replace('各县（市、区人民政府', '各县（市、区）人民政府')), []);
    assert.deepStrictEqual(check(bracketBalance, text.replace('各县（市、区人民政府', '各县（市、\n区）人民政府')), []);
  });

  it('reports an unbalanced bracket in a one-line text (which the parser reads as a title)', () => {
    assert.deepStrictEqual(check(bracketBalance, '各县（市、区人民政府\n').map((f) => [f.line, f.column, f.message]), [[1, 3,
      '括号不成对：“（市、区人民政府”缺少对应的右括号（GB/T 15834—2011）。请在括注结束处补“）”。']]);
  });
});
