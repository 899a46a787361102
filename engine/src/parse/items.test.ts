import * as assert from 'node:assert/strict';
import { matchMarker } from './items';
import { check } from '../rules/testing';
import { sequence } from '../rules/numbering/sequence';

describe('parse/items: 第X章/节/条 markers', () => {
  it('opens a chapter, a section or an article', () => {
    assert.deepEqual(matchMarker('第四章 附则')?.level, 10);
    assert.deepEqual(matchMarker('第二节 规划')?.level, 11);
    assert.deepEqual(matchMarker('第五条 本办法自2025年1月1日起施行。')?.value, 5);
  });

  it('not where a decision\'s amendment item names one (第四章改为第三章, 第五条中的…修改为…)', () => {
    for (const t of ['第四章改为第三章。', '第五条中的“建设行政主管部门”修改为“燃气主管部门”。', '第十条第二款改为第三款。', '第三条修改为：“…”', '第六条前增加一条。']) {
      assert.equal(matchMarker(t), undefined, t);
    }
  });

  it('leaves a decision that renumbers a chapter without a numbering break', () => {
    const text = '聊城市人民政府文件\n\n聊政发〔2025〕12号\n\n聊城市人民政府关于修改部分市政府行政规范性文件的决定\n\n各县（市、区）人民政府，市政府各部门：\n\n一、对《聊城市行政检查管理暂行办法》作出修改\n\n1. 删去第三章。\n\n第四章改为第三章。\n\n2. 删去第二十条。\n\n本决定自印发之日起施行。\n\n聊城市人民政府\n\n2025年6月20日\n';
    assert.deepEqual(check(sequence, text), []);
  });
});
