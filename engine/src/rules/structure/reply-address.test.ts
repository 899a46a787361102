import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { replyAddress } from './reply-address';

const letter = (to: string, opening: string, kind = '函') => `聊城市人民政府办公室\n\n聊政办字〔2025〕7号\n\n聊城市人民政府办公室关于同意建立聊城市低空经济发展工作联席会议制度的${kind}\n\n${to}\n\n${opening}《关于建立聊城市低空经济发展工作联席会议制度的请示》收悉。经市政府同意，现函复如下：\n\n一、同意建立聊城市低空经济发展工作联席会议制度。\n\n聊城市人民政府办公室\n\n2025年3月3日\n`;

describe('structure/reply-address', () => {
  it('passes an address that fits the single body on the 主送 line', () => {
    assert.deepEqual(check(replyAddress, letter('市发展改革委：', '你委')), []);
    assert.deepEqual(check(replyAddress, letter('市自然资源和规划局：', '你局')), []);
    assert.deepEqual(check(replyAddress, letter('临清市人民政府：', '你市', '批复')), []);
    assert.deepEqual(check(replyAddress, letter('聊城高新技术产业开发区管委会：', '你委', '批复')), []);
    assert.deepEqual(check(replyAddress, letter('阳谷县人民政府：', '你县', '批复')), []);
  });

  it('passes 你区 to a zone\'s 管委会 (it governs the 区), still reports 你局 to it and 你区 to a 委 of no zone (redteam14)', () => {
    assert.deepEqual(check(replyAddress, letter('聊城经济技术开发区管委会：', '你区', '批复')), []);
    assert.deepEqual(check(replyAddress, letter('聊城高新技术产业开发区管理委员会：', '你区', '批复')), []);
    assert.deepEqual(check(replyAddress, letter('聊城经济技术开发区管委会：', '你局', '批复')).map((f) => f.text), ['局']);
    assert.deepEqual(check(replyAddress, letter('市发展改革委：', '你区')).map((f) => f.text), ['区']);
  });

  it('reports 你局 to a 委, 你委 to a 局, 你县 to a city (probe16)', () => {
    assert.deepEqual(check(replyAddress, letter('市发展改革委：', '你局')).map((f) => [f.line, f.text, f.message]), [[9, '局',
      '主送机关“市发展改革委”是委，复文称“你局”不当：应为“你委”（批复、复函开头的称谓指代主送机关）。']]);
    assert.equal(fixed(replyAddress, letter('市发展改革委：', '你局')), letter('市发展改革委：', '你委'));
    assert.deepEqual(check(replyAddress, letter('市自然资源和规划局：', '你委', '批复')).map((f) => f.text), ['委']);
    assert.deepEqual(check(replyAddress, letter('临清市人民政府：', '你县', '批复')).map((f) => f.message.split('，')[0]), ['主送机关“临清市人民政府”是市人民政府']);
  });

  it('reads the address opening a later item or sentence too (三、你县要严格按照…) (probe17)', () => {
    const reply = (later: string) => `聊城市人民政府\n\n聊政字〔2023〕31号\n\n聊城市人民政府关于莘县城市供热专项规划（2023—2035年）的批复\n\n莘县人民政府：\n\n你县《关于审批〈莘县城市供热专项规划（2023—2035年）〉的请示》收悉。经研究，现批复如下：\n\n一、原则同意《莘县城市供热专项规划（2023—2035年）》。\n\n二、${later}严格按照规划组织实施，加强供热设施建设。请你们做好群众工作。\n\n聊城市人民政府\n\n2023年10月12日\n`;
    assert.deepEqual(check(replyAddress, reply('你县要')), []);
    assert.deepEqual(check(replyAddress, reply('你区要')).map((f) => [f.line, f.text, f.message]), [[13, '区',
      '主送机关“莘县人民政府”是县人民政府，复文称“你区”不当：应为“你县”（批复、复函中的称谓指代主送机关）。']]);
    assert.equal(fixed(replyAddress, reply('你区要')), reply('你县要'));
    assert.deepEqual(check(replyAddress, reply('规划实施后，你区要')).map((f) => f.text), []);
    assert.deepEqual(check(replyAddress, reply('规划实施中。你区要')).map((f) => f.text), ['区']);
  });

  it('says nothing for several bodies, an unclear kind, 你单位 or another document type', () => {
    assert.deepEqual(check(replyAddress, letter('市财政局、市发展改革委：', '你局')), []);
    assert.deepEqual(check(replyAddress, letter('聊城市公共资源交易中心：', '你局')), []);
    assert.deepEqual(check(replyAddress, letter('市发展改革委：', '你单位')), []);
    assert.deepEqual(check(replyAddress, letter('市发展改革委：', '你局', '通知')), []);
  });
});
