import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { levelOrder } from './level-order';

const HEAD = '聊城市人民政府办公室\n关于做好秋季安全生产工作的通知\n各县（市、区）人民政府，市政府有关部门：\n为做好秋季安全生产工作，现通知如下。\n';
const TAIL = '聊城市人民政府办公室\n2024年9月3日\n';
const doc = (body: string) => HEAD + body + TAIL;

describe('numbering/level-order', () => {
  it('accepts levels opened after their parent, and documents without the higher level', () => {
    assert.deepEqual(check(levelOrder, doc('一、总体要求\n（一）基本原则。坚持。\n1.排查企业。排查。\n二、主要任务\n1.排查学校。排查。\n')), []);
    assert.deepEqual(check(levelOrder, doc('（一）基本原则。坚持。\n（二）主要目标。达标。\n')), []);
  });

  it('accepts （一） items inside an article', () => {
    assert.deepEqual(check(levelOrder, doc('第一条 检查应遵守下列规定：\n（一）经负责人批准；\n（二）由两名以上人员实施。\n第二条 本办法自发布之日起施行。\n')), []);
  });

  it('reports the first item of a lower level before the first higher one, once', () => {
    assert.deepEqual(check(levelOrder, doc('（一）基本原则。坚持。\n（二）主要目标。达标。\n一、总体要求\n（一）工作步骤。分步。\n二、主要任务\n')), [{
      ruleId: 'numbering/level-order', line: 5, column: 1, text: '（一）',
      message: '层级顺序错误：二级标题“（一）”出现在本部分第一个一级标题“一、”之前，没有上级标题。结构层次应依次为“一、”“（一）”“1.”“（1）”，下级从属于上级（GB/T 9704—2012 第7.3.3条）：请在其前补写上级标题，或调整其层级。',
    }]);
  });

  it('leaves an article\'s 1. right before its （二） to numbering/wrong-parent (probe10)', () => {
    assert.deepEqual(check(levelOrder, doc('第一条　为了加强管理，制定本办法。\n第二条　下列数据不予开放：\n1.涉及国家秘密的；\n（二）涉及商业秘密的。\n')), []);
    assert.equal(check(levelOrder, doc('第一条　为了加强管理，制定本办法。\n第二条　下列数据不予开放：\n1.涉及国家秘密的；\n（三）涉及商业秘密的。\n')).length, 1);
  });
});
