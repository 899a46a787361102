import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { itemListEnd } from './item-list-end';

/** A 办法 whose 第二条 lists the items given, then 第三条. */
const rules = (...items: string[]) => ['聊城市人才公寓管理办法', '', '第一条 为了加强人才公寓管理，制定本办法。', '',
  '第二条 入住人员有下列情形之一的，应当退出人才公寓：', '', ...items.flatMap((i) => [i, '']),
  '第三条 本办法自2025年4月1日起施行。', ''].join('\n');
const found = (text: string) => check(itemListEnd, text).map((f) => [f.line, f.column, f.text]);

describe('punctuation/item-list-end', () => {
  it('reports the last item of an article\'s list still closed by ； before the next article, and writes 。 (probe11)', () => {
    const text = rules('（一）入住期限届满未获批准延期的；', '（二）违反本办法第九条规定的；');
    assert.deepEqual(found(text), [[9, 15, '；']]);
    assert.equal(fixed(itemListEnd, text), rules('（一）入住期限届满未获批准延期的；', '（二）违反本办法第九条规定的。'));
    // A last item hard-wrapped over a blank line is the same sentence.
    assert.deepEqual(found(rules('（一）入住期限届满未获批准延期的；', '（二）违反本办法', '第九条规定的；')).map((f) => f[0]), [11]);
  });
  it('passes a list closed by 。, one not introduced by a colon, and a last item that goes on with unnumbered lines of its own', () => {
    assert.deepEqual(found(rules('（一）入住期限届满未获批准延期的；', '（二）违反本办法第九条规定的。')), []);
    assert.deepEqual(found(rules('（一）入住期限届满未获批准延期的；', '（二）设区的市应当具备下列条件；', '建有省级以上研发中心；', '具有较强的科研能力。')), []);
    const noColon = rules('（一）入住期限届满未获批准延期的；', '（二）违反本办法第九条规定的；').replace('应当退出人才公寓：', '应当退出人才公寓。');
    assert.deepEqual(found(noColon), []);
  });
});
