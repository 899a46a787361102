import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { listConjunction } from './list-conjunction';

const doc = (body: string) => `聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n${body}\n\n聊城市人民政府办公室\n2025年6月3日\n`;
const CONJ = (w: string) => `连词“${w}”前不用顿号（GB/T 15834—2011《标点符号用法》：并列的最后两项已由“${w}”连接）：删去“、”。`;
const DENG = '“等”前不用顿号（GB/T 15834—2011《标点符号用法》：顿号只用于并列词语之间）：删去“、”。';

describe('punctuation/list-conjunction', () => {
  it('flags a 、 before the conjunction that joins the last item, or before 等, and deletes it (red team 16: 第二十八条第一款、和《…》)', () => {
    const text = doc('依据《中华人民共和国行政复议法》第二十八条第一款、和《山东省行政复议条例》有关规定，市水利局、市应急局、及市气象局要加强培训、与考核，通过电话、或传真报送，做好排查、等工作。');
    assert.deepEqual(check(listConjunction, text).map((d) => [d.line, d.column, d.text, d.message]), [
      [9, 25, '、', CONJ('和')],
      [9, 52, '、', CONJ('及')],
      [9, 63, '、', CONJ('与')],
      [9, 72, '、', CONJ('或')],
      [9, 83, '、', DENG],
    ]);
    assert.equal(fixed(listConjunction, text), doc('依据《中华人民共和国行政复议法》第二十八条第一款和《山东省行政复议条例》有关规定，市水利局、市应急局及市气象局要加强培训与考核，通过电话或传真报送，做好排查等工作。'));
  });

  it('flags 、和 before the last item of a list of short items, not a name (red team 17)', () => {
    assert.deepEqual(check(listConjunction, doc('钢铁、煤炭、和电力等行业要加快转型，张华、李明、和王强参加。')).map((d) => [d.line, d.column]), [[9, 6], [9, 24]]);
  });

  it('flags one a hard wrap put between the 、 and the conjunction', () => {
    assert.deepEqual(check(listConjunction, doc('市水利局、市应急局、\n和市气象局要加强会商研判。')).map((d) => [d.line, d.text]), [[9, '、']]);
  });

  it('passes items opening with the conjunction\'s character, a list marker, 、以及 and a single conjunction', () => {
    for (const body of ['倡导富强、民主、文明、和谐，坚持和平、发展。', '要认真研究、及时答复、及早处置。', '组织与会人员、与会代表参加。',
      '四、及时报送信息。五、与其他政策的衔接。', '支持各类股权投资机构、基金、以及持有上市公司限售股的自然人投资。',
      '市水利局、市应急局和市气象局要加强会商研判等工作。', '实行等级评定、等额选举。',
      // red team 17: 和而不同, 等保测评 and names of the surname 和
      '坚持开放包容、和而不同。', '推广激光切割、等离子切割、水切割等工艺。', '做好防火墙配置、等保测评工作。', '王建国、和丽娟、李娜、和志强等4名同志被评为先进个人。']) {
      assert.deepEqual(check(listConjunction, doc(body)), [], body);
    }
  });
});
