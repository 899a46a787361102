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

  it('reports a 请示, 报告, 函 or 议案 with no 主送, naming the kind and the superior body as example', () => {
    const up = (kind: string, body: string) => `聊城市人民政府文件\n\n聊政呈〔2025〕6号                        签发人：张百顺\n\n聊城市人民政府关于将聊城东昌湖省级湿地公园晋升为国家湿地公园的${kind}\n\n${body}\n\n聊城市人民政府\n\n2025年9月18日\n`;
    assert.deepEqual(check(missingRecipient, up('请示', '为进一步加强湿地保护，我市拟申报晋升国家湿地公园。妥否，请批示。')).map((d) => [d.line, d.message]), [
      [5, `请示缺少主送机关（${WHY}）：应在标题下一行顶格写主送机关，以全角冒号结尾，如“省人民政府：”。`],
    ]);
    assert.deepEqual(check(missingRecipient, up('请示', '省人民政府：\n\n为进一步加强湿地保护，我市拟申报晋升国家湿地公园。妥否，请批示。')), []);
    assert.equal(check(missingRecipient, up('报告', '今年以来，全市湿地保护工作总体平稳。特此报告。')).length, 1);
    assert.match(check(missingRecipient, doc('聊城市人民政府关于提请审议《聊城市古城保护条例（草案）》的议案', '', '现提请市人大常委会审议。'))[0]?.message ?? '', /^议案缺少主送机关.*聊城市人民代表大会常务委员会：/);
    assert.match(check(missingRecipient, doc('聊城市人民政府办公室关于商请支持聊城至济南城际铁路前期工作的函', '', '为加快推进项目前期工作，恳请贵单位给予支持。'))[0]?.message ?? '', /^函缺少主送机关/);
  });

  it('reports a 通报 with no 主送, and passes a 决议 (a meeting\'s, addressed to no one)', () => {
    assert.deepEqual(check(missingRecipient, doc('聊城市人民政府办公室关于2025年第三季度重点项目进展情况的通报', '', '2025年第三季度，全市重点项目总体进展顺利。现将有关情况通报如下。')).map((d) => [d.line, d.message]), [
      [5, `通报缺少主送机关（${WHY}）：应在标题下一行顶格写主送机关，以全角冒号结尾，如“各县（市、区）人民政府，市政府各部门：”。`],
    ]);
    assert.deepEqual(check(missingRecipient, doc('聊城市人民政府办公室关于2025年第三季度重点项目进展情况的通报', '各县（市、区）人民政府，市政府各部门：\n\n', '现将有关情况通报如下。')), []);
    assert.deepEqual(check(missingRecipient, doc('聊城市第十八届人民代表大会第三次会议关于聊城市人民政府工作报告的决议', '', '聊城市第十八届人民代表大会第三次会议听取和审议了市长所作的政府工作报告，决定批准这个报告。')), []);
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

  it('passes recipients moved to the 版记 on a 主送： line (GB/T 9704 7.3.2: too many for the first page) (redteam4)', () => {
    const banji = '\n（此件公开发布）\n\n主送：各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构，各大企业，各高等院校。\n抄送：市委各部门。\n\n聊城市人民政府办公室          2025年6月3日印发\n';
    assert.deepEqual(check(missingRecipient, doc('聊城市人民政府办公室关于做好防汛工作的通知', '') + banji), []);
    // A 抄送 alone is no 主送.
    assert.equal(check(missingRecipient, doc('聊城市人民政府办公室关于做好防汛工作的通知', '') + '\n抄送：市委各部门。\n').length, 1);
  });
});
