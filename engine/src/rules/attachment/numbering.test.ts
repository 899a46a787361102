import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { numbering } from './numbering';
import { doc, TWO } from './test-fixtures';

describe('attachment/numbering', () => {
  it('flags 1、 and （2） and fixes them to 1. 2.', () => {
    const text = doc(['附件：1、工作方案', '（2）任务清单']);
    assert.deepEqual(check(numbering, text).map((d) => [d.line, d.column, d.text, d.message]), [
      [6, 4, '1、', '附件顺序号应写作“1.”（阿拉伯数字加半角句点），不写“1、”（GB/T 9704—2012 第7.3.4条）。'],
      [7, 1, '（2）', '附件顺序号应写作“2.”（阿拉伯数字加半角句点），不写“（2）”（GB/T 9704—2012 第7.3.4条）。'],
    ]);
    assert.equal(fixed(numbering, text), doc(['附件：1.工作方案', '2.任务清单']));
  });

  it('flags a number out of order once, with the expected number', () => {
    const text = doc(['附件：1. 工作方案', '1. 任务清单', '3. 名单']);
    assert.deepEqual(check(numbering, text).map((d) => [d.line, d.text, d.message]), [
      [7, '1', '附件顺序号应从1开始依次编排：此处应为“2”，不是“1”（GB/T 9704—2012 第7.3.4条）。'],
    ]);
    assert.equal(fixed(numbering, text), doc(['附件：1. 工作方案', '2. 任务清单', '3. 名单']));
  });

  it('a gap (1 3 4) is one diagnostic with a suggestion, not a fix', () => {
    const found = check(numbering, doc(['附件：1. 工作方案', '3. 任务清单', '4. 名单']));
    assert.equal(found.length, 1);
    assert.equal(found[0].fix, undefined);
  });

  it('leaves 1. 2. 3. in order alone', () => {
    assert.deepEqual(check(numbering, TWO), []);
    assert.deepEqual(check(numbering, doc(['附件：1. 工作方案', '2. 任务清单', '3. 名单'])), []);
  });
});
