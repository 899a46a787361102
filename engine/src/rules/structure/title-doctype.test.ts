import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { titleDoctype } from './title-doctype';

const WHY = 'GB/T 9704—2012 第7.3.1条：标题由发文机关名称、事由和文种组成';
const doc = (title: string) => `聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n${title}\n\n各县（市、区）人民政府，市政府各部门：\n\n《聊城市防汛工作方案》已经市政府同意，现印发给你们，请认真贯彻落实。\n\n聊城市人民政府办公室\n2025年6月3日\n`;

describe('structure/title-doctype', () => {
  it('reports a 印发 notice title without its 的通知 and adds it, on one line or wrapped', () => {
    const text = doc('聊城市人民政府办公室关于印发聊城市防汛工作方案');
    assert.deepEqual(check(titleDoctype, text).map((d) => [d.line, d.message]), [
      [5, `印发类通知的标题应以“的通知”结尾（${WHY}）：应为“聊城市人民政府办公室关于印发聊城市防汛工作方案的通知”。`],
    ]);
    assert.equal(fixed(titleDoctype, text), doc('聊城市人民政府办公室关于印发聊城市防汛工作方案的通知'));
    assert.equal(fixed(titleDoctype, doc('聊城市人民政府办公室\n关于转发市财政局防汛资金管理办法')), doc('聊城市人民政府办公室\n关于转发市财政局防汛资金管理办法的通知'));
  });

  it('passes a title hard-wrapped before its 的通知 (the rest on the next lines)', () => {
    assert.deepEqual(check(titleDoctype, doc('聊城市人民政府办公室关于印发聊城市责任规划\n师制度（试行）的通知')), []);
    assert.deepEqual(check(titleDoctype, doc('聊城市人民政府办公室关于印发聊城市防汛工作方案\n\n的通知')), []);
  });

  it('passes titles with their 文种, and titles that issue nothing', () => {
    for (const title of ['聊城市人民政府办公室关于印发聊城市防汛工作方案的通知', '聊城市人民政府办公室印发关于加强防汛工作的若干措施的通知',
      '聊城市人民政府办公室关于转发市财政局防汛资金管理办法的函', '聊城市人民政府办公室关于做好防汛工作的通知', '聊城市人民政府关于加快金融产业发展的意见']) {
      assert.deepEqual(check(titleDoctype, doc(title)), [], title);
    }
  });
});
