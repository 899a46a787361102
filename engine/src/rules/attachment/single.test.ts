import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { single } from './single';
import { ATTACHED, doc, ONE, TWO } from './test-fixtures';

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
  it('flags 附件1 heading the one attachment included under an unnumbered note, and fixes it to 附件 (probe12)', () => {
    const text = doc(['附件：工作方案'], ['附件1', '工作方案', '一、总体要求。', '']);
    assert.deepEqual(check(single, text).map((d) => [d.line, d.text, d.message]), [
      [10, '附件1', '只有一个附件时附件不编顺序号（GB/T 9704—2012 第7.3.4条；附件说明为“附件：工作方案”）：“附件1”应为“附件”。'],
    ]);
    assert.equal(fixed(single, text), doc(['附件：工作方案'], ['附件', '工作方案', '一、总体要求。', '']));
    // Two attachments included (the note cut short), or the heading unnumbered: not judged here.
    assert.deepEqual(check(single, doc(['附件：工作方案'], ATTACHED)), []);
    assert.deepEqual(check(single, doc(['附件：工作方案'], ['附件', '工作方案', '一、总体要求。', ''])), []);
  });
});
