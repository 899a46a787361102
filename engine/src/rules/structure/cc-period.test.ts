import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { ccPeriod } from './cc-period';

const WHY = 'GB/T 9704—2012 第7.4.2条：抄送机关间用逗号隔开，最后一个抄送机关名称后标句号';
const HEAD = '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现就有关事项通知如下。\n\n聊城市人民政府办公室\n2025年6月3日\n\n';
const PRINTED = '\n聊城市人民政府办公室                 2025年6月3日印发\n';
const ATTACHED = '（此件公开发布）\n\n聊城市防汛工作方案\n\n一、总体要求\n\n坚持人民至上。\n\n附件：1. 防汛重点部位清单\n      2. 防汛联系人名单\n\n';

describe('structure/cc-period', () => {
  it('accepts a 抄送 line that ends with 。, after the date or after an attached document', () => {
    assert.deepEqual(check(ccPeriod, HEAD + '抄送：市委办公室，市人大常委会办公室。' + PRINTED), []);
    assert.deepEqual(check(ccPeriod, HEAD + ATTACHED + '抄送：市委办公室。' + PRINTED), []);
    assert.deepEqual(check(ccPeriod, HEAD + '聊城市人民政府办公室                 2025年6月3日印发\n'), []);
  });

  it('reports a missing 。 and inserts it', () => {
    const text = HEAD + '抄送：市委办公室，市人大常委会办公室' + PRINTED;
    assert.deepEqual(check(ccPeriod, text).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'structure/cc-period', line: 14, column: 1, text: '抄送：市委办公室，市人大常委会办公室',
      message: `抄送机关最后一个名称后缺少句号（${WHY}）：应在“市人大常委会办公室”后写“。”。`,
    }]);
    assert.equal(fixed(ccPeriod, text), HEAD + '抄送：市委办公室，市人大常委会办公室。' + PRINTED);
  });

  it('names the last unit of a 抄送 line long enough to run on, not the 印发 line below it', () => {
    const cc = '抄送：市委各部门，市人大常委会办公室，市政协办公室';
    const text = HEAD + cc + '\n聊城市人民政府办公室                 2025年06月03日印发\n';
    assert.deepEqual(check(ccPeriod, text).map((d) => [d.line, d.text, d.message]), [
      [14, cc, `抄送机关最后一个名称后缺少句号（${WHY}）：应在“市政协办公室”后写“。”。`],
    ]);
    assert.equal(fixed(ccPeriod, text), HEAD + cc + '。\n聊城市人民政府办公室                 2025年06月03日印发\n');
  });

  it('reports a list mark at the end (；，、 or a half-width period) and replaces it, also after an attached document', () => {
    const text = HEAD + ATTACHED + '抄送：市委办公室，市人大常委会办公室；' + PRINTED;
    assert.deepEqual(check(ccPeriod, text).map((d) => [d.line, d.column, d.text, d.message]), [
      [25, 19, '；', `抄送机关最后一个名称后应标句号“。”，不用“；”（${WHY}）：应为“市人大常委会办公室。”。`],
    ]);
    assert.equal(fixed(ccPeriod, text), HEAD + ATTACHED + '抄送：市委办公室，市人大常委会办公室。' + PRINTED);
    assert.equal(fixed(ccPeriod, HEAD + '抄送：市委办公室.' + PRINTED), HEAD + '抄送：市委办公室。' + PRINTED);
  });
});
