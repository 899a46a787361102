import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { mainRecipientSeparator } from './main-recipient-separator';

const HEAD = '聊城市人民政府办公室\n关于做好秋季安全生产工作的通知\n';
const BODY = '为做好秋季安全生产工作，现将有关事项通知如下。\n一、总体要求\n聊城市人民政府办公室\n2024年9月3日\n';

describe('structure/main-recipient-separator', () => {
  it('reports a ， between the departments named as a group and 直属机构, and fixes it to 、', () => {
    const text = HEAD + '各县（市、区）人民政府，市属开发区管委会，市政府有关部门，直属机构：\n' + BODY;
    assert.deepEqual(check(mainRecipientSeparator, text), [{
      ruleId: 'structure/main-recipient-separator', line: 3, column: 29, text: '，',
      message: '“市政府有关部门”与“直属机构”是同一类受文单位，中间用顿号“、”，不用逗号“，”：应为“市政府有关部门、直属机构”。',
      fix: HEAD + '各县（市、区）人民政府，市属开发区管委会，市政府有关部门、直属机构：\n' + BODY,
    }]);
  });

  it('reports 各县（市区） with its 、 left out, and writes it; passes 各县（市、区） and a 市区 that is no group', () => {
    const text = HEAD + '各县（市区）人民政府，市属开发区管委会，市政府各部门、直属机构：\n' + BODY;
    assert.deepEqual(check(mainRecipientSeparator, text).map((d) => [d.line, d.text, d.message]), [
      [3, '县（市区）', '“县（市区）”中的县、市、区是三类受文单位，“市”“区”之间用顿号“、”：应为“县（市、区）”。'],
    ]);
    assert.equal(fixed(mainRecipientSeparator, text), HEAD + '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：\n' + BODY);
    assert.deepEqual(check(mainRecipientSeparator, HEAD + '东昌府区人民政府，市城区（市区）管理办公室：\n' + BODY), []);
  });

  it('reads the line across a wrap, and 各部门 / 各直属机构 alike', () => {
    const text = HEAD + '各县（市、区）人民政府，市属开发区管委会，\n市政府各部门，各直属机构：\n' + BODY;
    assert.equal(fixed(mainRecipientSeparator, text), HEAD + '各县（市、区）人民政府，市属开发区管委会，\n市政府各部门、各直属机构：\n' + BODY);
  });

  it('passes 、 there, and every other separator: the corpus writes 人民政府，市属开发区管委会 and 人民政府、市属开发区管委会', () => {
    for (const line of [
      '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：',
      '各县（市、区）人民政府、市属开发区管委会，市政府有关部门、直属机构：',
      '各县（市、区）人民政府，市属开发区管委会，市政府有关部门：',
      // 直属机构 after another group: not the departments' own.
      '各县（市、区）人民政府，直属机构：',
      '市政府各部门，各高等院校：',
    ]) assert.deepEqual(check(mainRecipientSeparator, HEAD + line + '\n' + BODY), [], line);
  });

  it('leaves a half-width comma to punctuation/width', () => {
    assert.deepEqual(check(mainRecipientSeparator, HEAD + '各县（市、区）人民政府，市政府有关部门,直属机构：\n' + BODY), []);
  });
});
