import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { doubledWord, WORDS } from './doubled-word';

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

  it('flags a doubling a hard wrap cut inside one of its words (同意同 ⏎ 意, 落 ⏎ 实落实), not between them', () => {
    const text = doc('《聊城市支持中小微企业纾困发展若干措施》已经市政府同意同\n意，现印发给你们。\n\n各县（市、区）人民政府和市政府各部门要认真贯彻落\n实落实国家部署。');
    assert.deepEqual(check(doubledWord, text).map((d) => [d.line, d.message]), [
      [9, '“同意”连写两遍（多是改稿或重复输入遗留，读来不通）：应为“同意”。'],
      [12, '“落实”连写两遍（多是改稿或重复输入遗留，读来不通）：应为“落实”。'],
    ]);
    assert.equal(fixed(doubledWord, text), doc('《聊城市支持中小微企业纾困发展若干措施》已经市政府同意，现印发给你们。\n\n各县（市、区）人民政府和市政府各部门要认真贯彻落\n实国家部署。'));
  });

  it('passes a verb before a noun it opens (提升泵站, 引导基金, 推动力, 加强针, 鼓励类), and a doubling inside a quoted phrase (red team 11)', () => {
    for (const body of ['新建和改造提升提升泵站6座，改造雨污合流管网15公里。', '积极引导引导基金参与小区配套设施建设。', '形成推动推动力强的工作格局。',
      '组织老年人加强加强针接种。', '支持鼓励鼓励类产业项目落地。', '避免出现“贯彻落实落实”“进一步进一步”等重复用语。']) {
      assert.deepEqual(check(doubledWord, doc(body)), [], body);
    }
    assert.deepEqual(check(doubledWord, doc('要“提质增效”，提升提升工作水平。')).map((d) => d.text), ['提升提升']);
  });

  it('passes 研究 before 研究生/研究室/研究院 and 推进 before 推进会, and still flags them before a verb or a mark (red team 13)', () => {
    for (const body of ['市教育体育局要会同聊城大学专题研究研究生就业工作。', '每季度研究研究室提出的就业形势分析报告。',
      '市政府常务会议研究研究院建设方案。', '要加快推进推进会确定的各项任务。', '牵头单位要研究研究型医院参与医养结合的支持政策。']) {
      assert.deepEqual(check(doubledWord, doc(body)), [], body);
    }
    // The noun's rest on the next line, where the paragraph ends at the wrap (a 大事记 line).
    const chronicle = '# 聊城市人民政府大事记\n\n(2025年10月)\n\n**28日**，市政府第90次常务会议研究研究\n生教育发展工作。\n';
    assert.deepEqual(check(doubledWord, chronicle), []);
    assert.deepEqual(check(doubledWord, chronicle.replace('生教育', '全市教育')).map((d) => d.text), ['研究研究']);
    assert.deepEqual(check(doubledWord, doc('经研究研究，现批复如下。要研究研究解决办法，推进推进重点项目建设。')).map((d) => d.text),
      ['研究研究', '研究研究', '推进推进']);
  });

  it('flags every one of its words typed twice (the cheap test in front of the search lets each through)', () => {
    // One word a document: a paragraph holding another doubling would pass the cheap test anyway.
    for (const w of WORDS) assert.deepEqual(check(doubledWord, doc(`各地要${w}${w}有关工作。`)).map((d) => d.text), [w + w], w);
  });
});
