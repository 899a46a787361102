import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { paragraphEnd } from './paragraph-end';

const doc = (body: string) => `聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n${body}\n\n聊城市人民政府办公室\n2025年6月3日\n`;
const message = (tail: string, marker: string) => `段末缺少标点：此段以“${tail}”结尾，紧接下一项“${marker}”（句子到此结束应加“。”，引出下文的加“：”；多是删改时漏掉）。`;

describe('punctuation/paragraph-end', () => {
  it('reports a sentence that stops without its mark right before the next numbered item (the lead paragraph, an item\'s text, an article)', () => {
    const text = doc(['为进一步做好防汛工作，确保全市安全度汛，结合我市实际，制定本方案', '一、总体要求', '坚持人民至上、生命至上，统筹发展和安全。', '二、工作措施',
      '（一）加强监测预警。及时发布预警信息，做好应对准备', '（二）加强队伍建设。组建抢险队伍。', '第一条 为了加强防汛管理，制定本办法。各县（市、区）参照执行', '第二条 本办法自2025年7月1日起施行。'].join('\n\n'));
    assert.deepEqual(check(paragraphEnd, text).map((d) => [d.line, d.text, d.message, d.fix]), [
      [9, '案', message('定本方案', '一、'), undefined],
      [17, '备', message('应对准备', '（二）'), undefined],
      [21, '行', message('参照执行', '第二条'), undefined],
    ]);
  });

  it('passes headings (with a comma too), titles, blocks, quotations and closed sentences before an item', () => {
    for (const body of [
      '一、坚持问题导向，强化精准施策\n\n（一）加强监测预警。',
      '聊城市防汛工作方案\n\n一、总体要求\n\n各级行政首长的防汛职责\n\n1. 推动制定防汛相关规定。',
      '（一）开展送戏下乡活动。全年送戏下乡1000场。（牵头单位：市委宣传部；责任单位：各县（市、区）人民政府、市属开发区管委会）\n\n（二）开展全民阅读活动。',
      '（一）开展送戏下乡活动。全年送戏下乡1000场。\n\n牵头单位：\n\n市委宣传部、市文化和旅游局，各县（市、区）人民政府、市属开发区管委会\n\n（二）开展全民阅读活动。',
      '3. 将第十二条修改为：“燃气经营企业应当建立安全管理制度，定期开展安全检查。”\n\n4. 删去第十七条。',
      '为进一步做好防汛工作，结合我市实际，现提出如下意见：\n\n一、总体要求\n\n坚持人民至上，统筹发展和安全。\n\n二、工作措施',
    ]) {
      assert.deepEqual(check(paragraphEnd, doc(body)), [], body);
    }
  });

  it('passes a contact line and a person\'s particulars printed bare before the next item (red team 17)', () => {
    for (const body of [
      '一、报送要求\n\n请于6月30日前报送活动总结。联系人：王伟；联系电话：0635-8456789\n\n二、其他事项',
      '一、报名方式\n\n采取网上报名方式。报名网址：http://yjj.liaocheng.gov.cn；电子邮箱：lcyjpx@163.com\n\n二、培训时间',
      '（三）联系方式。市应急局应急指挥中心，联系人：王伟\n\n（四）其他事项。',
      '一、拟任正县级领导职务人选\n\n张建国，男，汉族，1978年5月生，山东茌平人，2000年7月参加工作，中共党员，大学学历，现任聊城市应急管理局副局长，拟任聊城市应急管理局局长\n\n二、公示时间',
    ]) {
      assert.deepEqual(check(paragraphEnd, doc(body)), [], body);
    }
    // A table's note under the table (red team 17).
    assert.deepEqual(check(paragraphEnd, doc('一、完成情况\n\n县（市、区）\t事故起数\n东昌府区\t3\n\n注：本表数据截至2026年3月31日，数据来源为各县（市、区）应急管理局报送，道路交通事故不在统计范围\n\n二、存在的问题')), []);
    // A 名单 of units joined by ， under its heading.
    assert.deepEqual(check(paragraphEnd, doc('一、先进集体（4个）\n\n东昌府区应急管理局，临清市应急管理局，阳谷县应急管理局，冠县消防救援大队\n\n二、先进个人（2名）')), []);
    // A sentence ending in a number is still one (…共计30支, 联系 not a label's value).
    assert.equal(check(paragraphEnd, doc('（一）建设任务。全市新建应急救援队伍30支，其中：东昌府区5支；临清市4支\n\n（二）工作要求。')).length, 1);
  });

  it('passes a table row before the next category (cells split by tabs)', () => {
    const body = '序号\t项目名称\t主要内容\t牵头单位\n一、教育类\t\t\t\n1\t新建改扩建中小学\t新建改扩建中小学10所，新增学位1.2万个，改善办学条件\t市教育体育局\n二、医疗类\t\t\t';
    assert.deepEqual(check(paragraphEnd, doc(body)), []);
  });

  it('reports the sentence stating when the text takes effect left without its 。 at its paragraph\'s end, and gives it one (red team 16: …起施行 in a 令)', () => {
    const text = ['聊城市人民政府令', '', '第52号', '', '《聊城市城市绿化管理办法》已经2025年3月10日市政府第60次常务会议通过，现予公布，自2025年5月1日起施行', '',
      '市长　张三', '', '2025年3月20日', '', '聊城市城市绿化管理办法', '', '第一条 为了加强城市绿化管理，制定本办法。', '',
      '第二条 本办法自2025年5月1日起施行，有效期至2030年4月30日', ''].join('\n');
    const effective = (tail: string) => `段末缺少句号：施行日期的句子“${tail}”到此结束，应加“。”（多是删改时漏掉）。`;
    assert.deepEqual(check(paragraphEnd, text).map((d) => [d.line, d.text, d.message]), [
      [5, '行', effective('自2025年5月1日起施行')],
      [15, '日', effective('自2025年5月1日起施行，有效期至2030年4月30日')],
    ]);
    assert.equal(fixed(paragraphEnd, text), text.replace('起施行\n', '起施行。\n').replace('4月30日\n', '4月30日。\n'));
  });

  it('passes an effective date closed with 。, quoted in an amendment, in a heading, or going on on the next line (a wrap before a half-width page\'s ,)', () => {
    for (const body of ['本通知自印发之日起施行。', '将第二十条修改为：“本制度自2021年5月1日起施行', '（三）审批实施\n\n加强审批管理。',
      '本制度自2021年6月1日起施行\n\n,有效期至2023年5月31日。']) {
      assert.deepEqual(check(paragraphEnd, doc(body)), [], body);
    }
  });

  it('reports a 印发 notice\'s closing request whole to its verb but without its 。 (probe21\'s 请认真组织实施), not one an extraction cut short', () => {
    const head = '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于印发聊城市防汛工作方案的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n';
    const tail = '\n\n聊城市人民政府办公室\n2025年6月3日\n';
    const text = `${head}现将《聊城市防汛工作方案》印发给你们，请认真组织实施${tail}`;
    assert.deepEqual(check(paragraphEnd, text).map((d) => [d.line, d.text, d.message]), [
      [9, '施', '段末缺少句号：印发通知的结束语“请认真组织实施”到此结束，应加“。”（多是删改时漏掉）。'],
    ]);
    assert.equal(fixed(paragraphEnd, text), `${head}现将《聊城市防汛工作方案》印发给你们，请认真组织实施。${tail}`);
    for (const body of ['《聊城市防汛工作方案》已经市政府同意，现印发给你们，请认真贯彻', '《聊城市防汛工作方案》已经市政府同意，现印发给你们，请结合实际认真',
      '《聊城市防汛工作方案》已经市政府同意，现印发给你们，', '现将《聊城市防汛工作方案》印发给你们，请认真贯彻执行。']) {
      assert.deepEqual(check(paragraphEnd, head + body + tail), [], body);
    }
  });
});
