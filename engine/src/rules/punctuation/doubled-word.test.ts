import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { doubledWord } from './doubled-word';

const doc = (body: string) => `聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n${body}\n\n聊城市人民政府办公室\n2025年6月3日\n`;

describe('punctuation/doubled-word', () => {
  it('flags a working verb typed twice and deletes one (probe15: 贯彻落实落实, 进一步进一步)', () => {
    const text = doc('各地要认真贯彻落实落实国家和省有关部署，进一步进一步加强防汛工作。');
    assert.deepEqual(check(doubledWord, text).map((d) => [d.line, d.text, d.message]), [
      [9, '落实落实', '“落实”连写两遍（多是改稿或重复输入遗留，读来不通）：应为“落实”。'],
      [9, '进一步进一步', '“进一步”连写两遍（多是改稿或重复输入遗留，读来不通）：应为“进一步”。'],
    ]);
    assert.equal(fixed(doubledWord, text), doc('各地要认真贯彻落实国家和省有关部署，进一步加强防汛工作。'));
  });

  it('flags 研究研究 and 同意同意 in a 批复 and a 印发 notice (probe15 batch 3)', () => {
    const text = doc('你局《关于设立湿地公园的请示》收悉。经研究研究，现批复如下。《若干措施》已经市政府同意同意，现印发给你们。');
    assert.deepEqual(check(doubledWord, text).map((d) => d.text), ['研究研究', '同意同意']);
  });

  it('passes two words that meet (聊城市城市园林, 工作总队总队长), a quoted doubling and a pair split over two lines', () => {
    for (const body of ['张朝举为聊城市城市园林管理服务中心主任。', '省派聊城市“四进”工作总队总队长出席会议。', '不能写成“落实落实”。',
      '各地要认真贯彻落实，加强协调。', '各地要认真贯彻落实\n落实国家部署。']) {
      assert.deepEqual(check(doubledWord, doc(body)), [], body);
    }
  });
});
