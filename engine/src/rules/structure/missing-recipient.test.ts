import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { missingRecipient } from './missing-recipient';

const WHY = 'GB/T 9704—2012 第7.3.2条：主送机关编排于标题下空一行位置，居左顶格';
const doc = (title: string, recipients: string, body = '现就有关事项通知如下。') =>
  `聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n${title}\n\n${recipients}${body}\n\n聊城市人民政府办公室\n2025年6月3日\n`;

describe('structure/missing-recipient', () => {
  it('reports a notice, a 印发 notice or a 批复 whose body starts under the title', () => {
    assert.deepEqual(check(missingRecipient, doc('聊城市人民政府办公室关于做好防汛工作的通知', '')).map((d) => [d.line, d.message]), [
      [5, `通知缺少主送机关（${WHY}）：应在标题下一行顶格写主送机关，以全角冒号结尾，如“各县（市、区）人民政府，市政府各部门：”。`],
    ]);
    assert.equal(check(missingRecipient, doc('聊城市人民政府办公室关于印发聊城市防汛工作方案的通知', '', '《聊城市防汛工作方案》已经市政府同意，现印发给你们。')).length, 1);
  });

  it('passes a 主送 line, one without its colon (main-recipient-colon\'s), and a 公告', () => {
    assert.deepEqual(check(missingRecipient, doc('聊城市人民政府办公室关于做好防汛工作的通知', '各县（市、区）人民政府，市政府各部门：\n\n')), []);
    assert.deepEqual(check(missingRecipient, doc('聊城市人民政府办公室关于做好防汛工作的通知', '各县（市、区）人民政府，市政府各部门\n\n')), []);
    assert.deepEqual(check(missingRecipient, doc('聊城市人民政府办公室关于做好防汛工作的通知', '东昌府区人民政府\n\n')), []);
    assert.deepEqual(check(missingRecipient, doc('聊城市人民政府关于禁止燃放烟花爆竹的公告', '', '为保障公共安全，现公告如下。')), []);
    // A 主送 longer than the parser reads as one (forty bodies named in full).
    const many = Array.from({ length: 12 }, (_, i) => `聊城市第${i + 1}局`).join('，') + '：\n\n';
    assert.deepEqual(check(missingRecipient, doc('聊城市人民政府办公室关于做好防汛工作的通知', many)), []);
  });
});
