import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { removalPost } from './removal-post';

const notice = (removals: string) => `聊城市人民政府\n\n关于任免刘建军等工作人员职务的通知\n\n聊政任〔2023〕18号\n\n各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：\n\n市人民政府决定，任命：\n\n刘建军为聊城市商务局副局长。\n\n免去：\n\n${removals}\n\n聊城市人民政府\n2023年10月16日\n`;

describe('structure/removal-post (probe17)', () => {
  it('passes removals that close with 职务, also one wrapped over two lines', () => {
    assert.deepEqual(check(removalPost, notice('刘建军的聊城市投资促进局副局长职务；\n\n李国庆的聊城市乡村振兴局副局长职务。')), []);
    assert.deepEqual(check(removalPost, notice('刘建军的聊城市投资促进局副局长\n职务；\n\n李国庆的聊城市乡村振兴局副局长职务自然免除。')), []);
  });

  it('reports a removal without 职务 and adds it before the closing mark', () => {
    const text = notice('刘建军的聊城市投资促进局副局长；\n\n李国庆的聊城市乡村振兴局副局长职务。');
    assert.deepEqual(check(removalPost, text).map((f) => [f.line, f.message]), [[15,
      '免职事项“刘建军的聊城市投资促进局副局长；”未以“职务”收尾：应写作“某某的……职务”（免去的是职务，漏写则句子缺宾语）。']]);
    assert.equal(fixed(removalPost, text), notice('刘建军的聊城市投资促进局副局长职务；\n\n李国庆的聊城市乡村振兴局副局长职务。'));
  });

  it('says nothing of appointments (为…), or of a list not closed by a mark', () => {
    assert.deepEqual(check(removalPost, notice('刘建军的聊城市投资促进局副局长职务。').replace('刘建军为聊城市商务局副局长。', '刘建军为聊城市商务局副局长；')), []);
    assert.deepEqual(check(removalPost, notice('刘建军的聊城市投资促进局副局长')), []);
    // A note after the list (以上人员的任职时间…) is no removal.
    assert.deepEqual(check(removalPost, notice('刘建军的聊城市投资促进局副局长职务。\n\n以上人员的任职时间自本通知印发之日起计算。')), []);
  });
});
