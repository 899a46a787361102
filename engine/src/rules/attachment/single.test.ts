import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { single } from './single';
import { doc, ONE, TWO } from './test-fixtures';

describe('attachment/single', () => {
  it('flags a numbered single attachment and removes the number', () => {
    const text = doc(['附件：1. 工作方案']);
    assert.deepEqual(check(single, text).map((d) => [d.line, d.column, d.text, d.message]), [
      [6, 4, '1.', '只有一个附件时不编顺序号（GB/T 9704—2012 第7.3.4条）：应为“附件：工作方案”。'],
    ]);
    assert.equal(fixed(single, text), ONE);
  });

  it('leaves a single attachment without a number, and several numbered ones, alone', () => {
    assert.deepEqual(check(single, ONE), []);
    assert.deepEqual(check(single, TWO), []);
  });
});
