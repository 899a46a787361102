import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { percentWidth } from './percent-width';
import { draftDoc } from '../cross-ref/fixtures';

describe('punctuation/percent-width', () => {
  it('reports a full-width ％ after digits in a text that writes % elsewhere, fixed to % (probe13)', () => {
    const text = draftDoc('    一、总体目标\n    全市服务消费增速达到8%以上，占居民消费支出比重达到46％以上。');
    assert.deepEqual(check(percentWidth, text).map((d) => [d.line, d.text]), [[10, '％']]);
    assert.equal(fixed(percentWidth, text), draftDoc('    一、总体目标\n    全市服务消费增速达到8%以上，占居民消费支出比重达到46%以上。'));
  });

  it('passes a text that writes ％ throughout, or % only, and a ％ after no digit', () => {
    for (const body of ['    一、总体目标\n    增速达到8％以上，比重达到46％以上。', '    一、总体目标\n    增速达到8%以上，比重达到46%以上。',
      '    一、总体目标\n    增速达到8%以上，比重达到百分之四十六（％）以上。']) {
      assert.deepEqual(check(percentWidth, draftDoc(body)), [], body);
    }
  });

  it('passes a ％ inside a quotation, the quoted text\'s own form; one after the quotation is still reported (redteam8)', () => {
    const quoted = '    一、总体目标\n    居民满意度达到80%以上；节能改造应符合《既有居住建筑节能改造技术规程》（JGJ/T 129—2012）关于“节能率不低于65％”的要求。';
    assert.deepEqual(check(percentWidth, draftDoc(quoted)), []);
    assert.deepEqual(check(percentWidth, draftDoc(quoted.replace('”的要求', '”的要求，达标率95％'))).map((d) => d.text), ['％']);
  });
});
