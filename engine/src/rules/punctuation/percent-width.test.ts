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

  it('judges each document of an issue by its own form: one writing ％ throughout beside one writing % (redteam8)', () => {
    const doc = (n: number, title: string, body: string) => ['聊城市人民政府办公室', `聊政办字〔2026〕${n}号`, title, '各县（市、区）人民政府，市政府各部门：', body, '聊城市人民政府办公室', '2026年8月25日', ''];
    const issue = (second: string) => ['聊城市人民政府公报', '2026', '第9期', '目录', '◎市政府办公室文件',
      '聊城市人民政府办公室关于促进服务消费的通知', '聊政办字〔2026〕41号 3', '聊城市人民政府办公室关于重点工作督查情况的通报', '聊政办字〔2026〕43号 5', '',
      ...doc(41, '聊城市人民政府办公室关于促进服务消费的通知', '到2027年底，服务消费占居民消费支出比重达到46%以上。'),
      ...doc(43, '聊城市人民政府办公室关于重点工作督查情况的通报', second)].join('\n');
    assert.deepEqual(check(percentWidth, issue('截至8月底，督查事项办结率达到92％，按期办结率达到86％。')), []);
    // A lone ％ in a document is judged by the issue's form (eval's planted slip).
    assert.deepEqual(check(percentWidth, issue('截至8月底，督查事项办结率达到92％。')).map((d) => [d.text, d.message.slice(-20)]), [['％', '：阿拉伯数字及其后的百分号用半角；全文应统一，本期公报其余各处写“%”）。'.slice(-20)]]);
    // Within one document the mixed form is still reported.
    assert.deepEqual(check(percentWidth, issue('截至8月底，督查事项办结率达到92%，按期办结率达到86％。')).map((d) => d.text), ['％']);
  });
});
