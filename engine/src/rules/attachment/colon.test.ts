import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { colon } from './colon';
import { doc, ONE, TWO } from './test-fixtures';

describe('attachment/colon', () => {
  it('flags a half-width colon and fixes it', () => {
    const text = doc(['附件:1. 工作方案', '2. 任务清单']);
    assert.deepEqual(check(colon, text).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'attachment/colon', line: 6, column: 3, text: ':',
      message: '附件说明中“附件”后应使用全角冒号“：”，不用“:”（GB/T 9704—2012 第7.3.4条）：应为“附件：”。',
    }]);
    assert.equal(fixed(colon, text), TWO);
  });

  it('flags a missing colon (附件1. …) and inserts it', () => {
    const text = doc(['附件1. 工作方案', '2. 任务清单']);
    const found = check(colon, text);
    assert.deepEqual(found.map((d) => [d.line, d.column, d.message]), [
      [6, 1, '附件说明中“附件”后缺少全角冒号“：”（GB/T 9704—2012 第7.3.4条）：应为“附件：”。'],
    ]);
    assert.equal(fixed(colon, text), TWO);
  });

  it('flags 附件； and fixes it', () => {
    assert.equal(fixed(colon, doc(['附件；工作方案'])), ONE);
  });

  it('leaves 附件： with a full-width colon alone', () => {
    assert.deepEqual(check(colon, TWO), []);
    assert.deepEqual(check(colon, ONE), []);
  });
});
