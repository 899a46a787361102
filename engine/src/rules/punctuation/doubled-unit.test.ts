import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { doubledUnit } from './doubled-unit';

const doc = (body: string) => `聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n${body}\n\n聊城市人民政府办公室\n2025年6月3日\n`;

describe('punctuation/doubled-unit', () => {
  it('flags a percent sign or a measure word typed twice after a number and deletes one (red team 16: %%, 126名名)', () => {
    const text = doc('授予王立新等126名名同志“优秀共产党员”称号，覆盖率提高到95%%，新建3个个服务站，完成10 项项任务，增长8.5％％。');
    assert.deepEqual(check(doubledUnit, text).map((d) => [d.line, d.column, d.text, d.message]), [
      [9, 10, '名名', '量词“名”连写两遍（多是重复输入，读来不通）：应为“名”。'],
      [9, 33, '%%', '百分号“%%”重复（数字后只用一个百分号）：应为“%”。'],
      [9, 39, '个个', '量词“个”连写两遍（多是重复输入，读来不通）：应为“个”。'],
      [9, 50, '项项', '量词“项”连写两遍（多是重复输入，读来不通）：应为“项”。'],
      [9, 60, '％％', '百分号“％％”重复（数字后只用一个百分号）：应为“％”。'],
    ]);
    assert.equal(fixed(doubledUnit, text), doc('授予王立新等126名同志“优秀共产党员”称号，覆盖率提高到95%，新建3个服务站，完成10 项任务，增长8.5％。'));
  });

  it('passes a measure word before a noun opening with it, a reduplication, 年年底 and a single unit', () => {
    for (const body of ['开设3个个人账户，扶持5个个体工商户，实施10项项目，修订3条条款，撤并2处处室。',
      '培养10名名师、5名名医，推广3种种子，建立2批批次管理，整改4户户籍。',
      '一个个项目落地见效，一项项任务落到实处，一条条措施精准有力。',
      '2022年年底前完成，3个月内办结，增长25%以上。', '全市已组建防汛抢险队伍126支，储备物资增长25%。']) {
      assert.deepEqual(check(doubledUnit, doc(body)), [], body);
    }
  });

  it('passes a measure word before a noun of a 公文 opening with it (red team 17: 10台台式计算机, 3800户户厕, 2000户户用光伏, 5000户户户通)', () => {
    assert.deepEqual(check(doubledUnit, doc('采购10台台式计算机，完成3800户户厕问题排查整改，推广2000户户用光伏，建成5000户户户通。')), []);
  });

  it('passes a unit a line break doubles (an extractor repeating a line end)', () => {
    assert.deepEqual(check(doubledUnit, doc('全市共有126名\n名同志受到表彰。')), []);
  });
});
