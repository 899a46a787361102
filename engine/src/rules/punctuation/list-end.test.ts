import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { listEnd } from './list-end';

const notice = (items: string[]) => `聊城市人民政府\n\n关于任免李明等工作人员职务的通知\n\n聊政任〔2025〕8号\n\n各县（市、区）人民政府，市属开发区管委会，\n市政府各部门、直属机构：\n\n${items.join('\n\n')}\n\n聊城市人民政府\n2025年9月10日\n`;
const right = ['市人民政府决定，任命：', '李明为聊城市发展和改革委员会副主任；', '赵丽为聊城市民政局副局长（列张华之后）。', '免去：', '刘伟的聊城市财政局副局长职务；', '陈刚的聊城市生态环境局副局长职务。'];

describe('punctuation/list-end', () => {
  it('passes lists whose items are separated by ； and whose last items end with 。', () => {
    assert.deepEqual(check(listEnd, notice(right)), []);
    assert.deepEqual(check(listEnd, notice(['市人民政府决定，任命：', '李明为聊城市发展和改革委员会副主任。'])), []);
  });

  it('reports a list\'s last item left with its ；, before 免去： and before the signature, and fixes it to 。', () => {
    const bad = right.map((l) => l.replace('（列张华之后）。', '（列张华之后）；').replace('副局长职务。', '副局长职务；'));
    assert.deepEqual(check(listEnd, notice(bad)).map((f) => [f.line, f.text]), [[14, '；'], [20, '；']]);
    assert.equal(fixed(listEnd, notice(bad)), notice(right));
  });

  it('reports an item left without its ； before the next item and adds it, not a line a wrap cut from its item (probe15)', () => {
    const bad = right.map((l) => l.replace('李明为聊城市发展和改革委员会副主任；', '李明为聊城市发展和改革委员会副主任').replace('刘伟的聊城市财政局副局长职务；', '刘伟的聊城市财政局副局长职务'));
    assert.deepEqual(check(listEnd, notice(bad)).map((f) => [f.line, f.text, f.message]), [
      [12, '任', '列表各项之间用分号：此项末尾缺少“；”（各项之间用分号，最后一项用句号）。'],
      [18, '务', '列表各项之间用分号：此项末尾缺少“；”（各项之间用分号，最后一项用句号）。'],
    ]);
    assert.equal(fixed(listEnd, notice(bad)), notice(right));
    const wrapped = ['市人民政府决定，任命：', '邓振春为聊城市人民政府副秘书长（挂职，', '时间一年）。'];
    assert.deepEqual(check(listEnd, notice(wrapped)), []);
  });

  it('passes a roster whose items carry no marks at all, as a 人大常委会 任免名单 prints them (red team 11)', () => {
    const bare = right.map((l) => l.replace(/[；。]$/, ''));
    assert.deepEqual(check(listEnd, notice(bare)), []);
    const one = bare.map((l, i) => (i === bare.length - 1 ? l + '。' : l));
    assert.deepEqual(check(listEnd, notice(one)).map((f) => f.line), [12, 18]);
  });

  it('leaves a list that is no 任免 notice\'s alone', () => {
    const text = notice(right.map((l) => l.replace('副局长职务。', '副局长职务；'))).replace('关于任免李明等工作人员职务的通知', '关于做好人事工作的通知').replace('聊政任〔2025〕8号', '聊政办字〔2025〕8号');
    assert.deepEqual(check(listEnd, text), []);
  });
});
