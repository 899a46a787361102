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
});
