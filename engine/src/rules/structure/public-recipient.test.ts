import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { publicRecipient } from './public-recipient';

const circular = (to: string, kind = '通告') => `聊城市人民政府关于2025年秋冬季机动车限行管理的${kind}\n\n${to}为有效应对重污染天气，市政府决定对中心城区部分机动车实施限行管理。现将有关事项${kind}如下：\n\n一、限行时间为每日7时至20时。\n\n特此${kind}。\n\n聊城市人民政府\n\n2025年11月6日\n`;
const brief = (text: string) => check(publicRecipient, text).map((d) => [d.line, d.text, d.message]);

describe('structure/public-recipient', () => {
  it('reports a 主送 over a 通告 or a 公告 (also one that prints only its number)', () => {
    assert.deepEqual(brief(circular('各县（市、区）人民政府，市政府各部门：\n\n')), [[3, '各县（市、区）人民政府，市政府各部门：',
      '通告不写主送机关（《党政机关公文处理工作条例》第八条：公告、通告向社会公开发布）：应删去“各县（市、区）人民政府，市政府各部门：”，正文直接写在标题下。']]);
    assert.equal(brief(circular('各县（市、区）人民政府，市属开发区管委会：\n\n', '公告')).length, 1);
    const numbered = '聊城市人民政府公告\n\n〔2025〕第3号\n\n市政府各部门：\n\n东昌府区2025年第五批次城镇建设用地已经省人民政府批准。现将有关事项公告如下：\n\n一、批准用地面积12.3528公顷。\n\n特此公告。\n\n聊城市人民政府\n\n2025年9月30日\n';
    assert.deepEqual(brief(numbered).map((f) => f.slice(0, 2)), [[5, '市政府各部门：']]);
  });

  it('passes a 通告 or 公告 whose body opens under the title, its opening sentence ending in a colon, and a notice', () => {
    assert.deepEqual(brief(circular('')), []);
    assert.deepEqual(brief(circular('', '公告')), []);
    assert.deepEqual(brief(circular('现将有关事项通告如下：\n\n')), []);
    assert.deepEqual(brief(circular('各县（市、区）人民政府，市政府各部门：\n\n', '通知')), []);
  });
});

describe('structure/public-recipient: a 决议 (gaps6)', () => {
  const resolution = (to: string) => ['聊城市第十八届人民代表大会第四次会议关于聊城市人民政府工作报告的决议', '',
    '（2025年3月5日聊城市第十八届人民代表大会第四次会议通过）', '', to,
    '聊城市第十八届人民代表大会第四次会议听取和审议了市长张三所作的政府工作报告。会议充分肯定市人民政府过去一年的工作，决定批准这个报告。', '',
    '会议要求，市人民政府要扎实推动高质量发展，努力完成全年目标任务。', ''].join('\n');

  it('reports a 主送 over a 决议, after the line saying when it was passed', () => {
    assert.deepEqual(brief(resolution('各县（市、区）人民代表大会常务委员会：\n')), [[5, '各县（市、区）人民代表大会常务委员会：',
      '决议不写主送机关（《党政机关公文处理工作条例》第八条：决议是会议讨论通过的决策事项，标题下注明通过的日期和会议）：应删去“各县（市、区）人民代表大会常务委员会：”，正文直接写在通过日期下。']]);
  });

  it('reports a 主送 under a 通过 line dated in Chinese numerals, as a 人大 prints it', () => {
    const cn = resolution('各县（市、区）人民代表大会常务委员会：\n').replace('（2025年3月5日', '（二〇二五年三月五日');
    assert.deepEqual(brief(cn).map((f) => f[0]), [5]);
  });

  it('passes a 决议 whose body opens under that line', () => {
    assert.deepEqual(brief(resolution('')), []);
  });

  it('passes a 决议 whose body opens with the meeting words (…会议决定：, 会议认为：) under that line (red team 11)', () => {
    for (const says of ['聊城市第十八届人民代表大会常务委员会第三十五次会议决定：\n', '会议认为：\n',
      // The sentence leading into the resolved points (red team 13).
      '根据《中华人民共和国预算法》的规定，聊城市第十八届人民代表大会常务委员会第三十五次会议审查了2025年市级决算草案，决议如下：\n',
      '聊城市第十八届人民代表大会第四次会议审议了市人民政府提请的议案，决定：\n']) {
      assert.deepEqual(brief(resolution(says)), [], says);
    }
  });
});
