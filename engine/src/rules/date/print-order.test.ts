import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { printOrder } from './print-order';

const WHY = 'GB/T 9704—2012 第7.4.3条：印发日期以公文付印的日期为准；公文付印在签发（成文日期）之后';
const draft = (signed: string, printed: string) => `聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现就有关事项通知如下。\n\n聊城市人民政府办公室\n${signed}\n\n抄送：市委办公室。\n聊城市人民政府办公室                 ${printed}印发\n`;

describe('date/print-order', () => {
  it('accepts a print date on or after the 成文日期, and a document without either', () => {
    assert.deepEqual(check(printOrder, draft('2025年8月5日', '2025年8月5日')), []);
    assert.deepEqual(check(printOrder, draft('2025年8月5日', '2025年8月12日')), []);
    assert.deepEqual(check(printOrder, draft('2025年8月32日', '2025年8月1日')), []);
  });

  it('reports a print date before the 成文日期, with both dates', () => {
    assert.deepEqual(check(printOrder, draft('2025年8月5日', '2025年8月1日')).map((d) => [d.line, d.column, d.text, d.message]), [
      [15, 28, '2025年8月1日', `印发日期2025年8月1日早于成文日期2025年8月5日（${WHY}）：请核对两个日期。`],
    ]);
    assert.equal(check(printOrder, draft('2025年8月5日', '2024年8月5日')).length, 1);
  });
});
