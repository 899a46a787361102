import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { doubledDe } from './doubled-de';
import { draftDoc } from '../cross-ref/fixtures';

describe('punctuation/doubled-de', () => {
  it('reports 的 typed twice and deletes one', () => {
    const text = draftDoc('    一、总体要求\n    要充分认识民营经济发展的的重要意义，做好公共停车场的的规划。');
    assert.deepEqual(check(doubledDe, text).map((d) => [d.line, d.column, d.text, d.message]), [
      [10, 16, '的的', '“的的”重复（多是重复输入，读来不通）：应为“的”。'],
      [10, 30, '的的', '“的的”重复（多是重复输入，读来不通）：应为“的”。'],
    ]);
    assert.equal(fixed(doubledDe, text), draftDoc('    一、总体要求\n    要充分认识民营经济发展的重要意义，做好公共停车场的规划。'));
  });

  it('leaves two words that meet alone: 目的的, 的的确确, 有的的确, 似的的, 标的的', () => {
    const text = draftDoc('    一、总体要求\n    在达到目的的同时，各部门要的的确确抓好落实。有的的确存在困难，像做梦似的的感觉，合同标的的金额。');
    assert.deepEqual(check(doubledDe, text), []);
  });

  it('leaves the doubling quoted as a word (不能写成“的的”) (redteam), not a quoted wording that holds it', () => {
    assert.deepEqual(check(doubledDe, draftDoc('    一、总体要求\n    “的”“地”“得”要分清，不能把“的的确确”写成“的的”。')), []);
    assert.deepEqual(check(doubledDe, draftDoc('    一、总体要求\n    牢记“发展的的根本目的”。')).length, 1);
  });

  it('leaves a 的 ⏎ 的 across a line break alone (a repeated line end)', () => {
    assert.deepEqual(check(doubledDe, draftDoc('    一、总体要求\n    民营经济发展的\n的重要意义。')), []);
  });
});
