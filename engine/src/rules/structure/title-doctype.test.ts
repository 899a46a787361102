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

  it('passes a 请示 or 议案 that asks for a document to be issued (关于提请印发X的请示, 关于提请批转X的议案) (red team 16)', () => {
    for (const title of ['聊城市农业农村局关于提请印发聊城市2027年冬春农田水利基本建设实施方案的请示', '聊城市人民政府关于提请批转聊城市国民经济和社会发展计划的议案',
      '聊城市财政局关于以市政府办公室名义转发省财政厅资金管理办法的请示']) {
      assert.deepEqual(check(titleDoctype, doc(title)), [], title);
    }
    // Asking to issue is no 文种: a title ending there still lacks one.
    assert.equal(check(titleDoctype, doc('聊城市人民政府办公室关于印发聊城市防汛工作方案')).length, 1);
  });

  it('passes a notice sent as a 函, its title closed by （函） after 的通知 (关于印发X的通知（函）)', () => {
    const letter = (title: string) => doc(title).replace('聊政办字〔2025〕9号', '聊政办函〔2025〕9号');
    for (const title of ['聊城市人民政府办公室关于印发聊城市防汛工作方案的通知（函）', '聊城市人民政府办公室关于印发聊城市防汛工作方案的通知(函)',
      '聊城市人民政府办公室关于转发市财政局防汛资金管理办法的通知（函）']) {
      assert.deepEqual(check(titleDoctype, letter(title)), [], title);
    }
    // Still reported: a 印发 title with no 的通知 at all.
    assert.equal(check(titleDoctype, letter('聊城市人民政府办公室关于印发聊城市防汛工作方案')).length, 1);
  });

  describe('a 函 (by its number or its closing) whose title ends with no 文种 (misses10)', () => {
    const letter = (number: string, title: string, closing = '请予支持为盼。', body = '为加快推进城际铁路前期工作，恳请贵单位给予支持。') =>
      `聊城市人民政府办公室\n\n${number}\n\n${title}\n\n中国铁路济南局集团有限公司：\n\n${body}\n\n${closing}\n\n聊城市人民政府办公室\n\n2025年10月9日\n`;
    const T = '聊城市人民政府办公室关于商请支持城际铁路前期工作';
    it('reports it and suggests 的函, or 的复函 for a letter answering one', () => {
      const found = check(titleDoctype, letter('聊政办函〔2025〕18号', T));
      assert.deepEqual(found.map((d) => [d.line, d.message]), [
        [5, `标题缺少文种：本文发文字号“聊政办函〔2025〕18号”表明是函，标题应以“的函”结尾（${WHY}）：应为“${T}的函”。`]]);
      assert.equal(fixed(titleDoctype, letter('聊政办函〔2025〕18号', T)), letter('聊政办函〔2025〕18号', T), 'a suggestion, not a fix');
      assert.deepEqual(check(titleDoctype, letter('聊政办字〔2025〕18号', T, '特此函告。')).map((d) => d.message.slice(0, 22)), ['标题缺少文种：本文结束语“特此函告”表明是函']);
      assert.deepEqual(check(titleDoctype, letter('聊政办字〔2025〕18号', T + '的', '请予函复。')).map((d) => d.message.slice(-12)), ['城际铁路前期工作的函”。']);
      assert.deepEqual(check(titleDoctype, letter('聊政办函〔2025〕21号', '聊城市人民政府办公室关于同意举办足球锦标赛', '特此函复。', '你局《关于商请承办足球锦标赛的函》收悉。')).map((d) => d.message.slice(-10)), ['足球锦标赛的复函”。']);
    });
    it('passes a 函-numbered document titled with another kind, a wrapped title, and a notice asking to be answered', () => {
      for (const [number, title, closing] of [
        ['聊政办函〔2025〕18号', T + '的通知', '请予支持为盼。'], ['聊政办函〔2025〕18号', T + '的意见', '请予支持为盼。'],
        ['聊政办函〔2025〕18号', T + '\n的函', '请予支持为盼。'], ['聊政办函〔2025〕18号', T + '的复函', '特此函复。'],
        ['聊政办函〔2025〕18号', '聊城市人民政府办公室关于城际铁路前期工作的商请函', '请予支持为盼。'],
        ['聊政办字〔2025〕18号', T, '请于10月20日前函复。'], ['聊政办字〔2025〕18号', T, '请予支持为盼。'],
        // Documents a 函 carries, named by the title (redteam2): the answer to a deputy's 建议, a 证明, an 申请.
        ['聊政办函〔2025〕18号', '聊城市人民政府办公室关于市十八届人大四次会议第123号建议的答复', '特此函复。'],
        ['聊发改函〔2025〕56号', '聊城市发展和改革委员会对市政协十三届四次会议第56号提案的答复', '特此函复。'],
        ['聊政办函〔2025〕18号', '关于对聊城东阿阿胶股份有限公司申请事项的回复', '特此函复。'],
        ['聊政办函〔2025〕18号', '聊城市人民政府办公室关于王芳同志有关情况的证明', '特此函告。'],
        ['聊政办函〔2025〕18号', '聊城市人民政府关于申报国家文化和旅游消费试点城市的申请', '请予支持为盼。'],
        ['聊政办函〔2025〕18号', '聊城市人民政府与山东铁路投资控股集团有限公司会谈备忘录', '特此函告。'],
        ['聊政办函〔2025〕18号', '聊城市人民政府办公室关于2025年度重点项目考核细则的通知（函）', '特此函告。'],
      ]) assert.deepEqual(check(titleDoctype, letter(number, title, closing)), [], `${number} ${title} ${closing}`);
    });
  });
});
