import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { decree } from './decree';
import { sequence } from './sequence';
import { DRAFT, draftWith } from './testdata';
import { headsIssue } from '../../parse/issue-fixture';
import { parseGazette } from '../../parse/gazette';
import { SourceText } from '../../text/source';
import { emptyModel } from '../../model/load';

const CITE = '《聊城市燃气管理办法》（聊城市人民政府令第32号）';
const base = draftWith('《山东省人民政府办公厅关于做好某项工作的通知》（鲁政办字〔2023〕25号）', CITE);

describe('doc-number/decree', () => {
  it('passes 令第N号', () => {
    assert.deepEqual(check(decree, base), []);
    assert.deepEqual(check(decree, DRAFT), []);
  });

  it('passes a ministry\'s 令 numbered by year, 交通运输部令2020年第17号 (othergaz2: read as 令2020 with no 第 and no 号)', () => {
    const text = draftWith(CITE, '《道路旅客运输及客运站管理规定》（交通运输部令2020年第17号）', base);
    assert.deepEqual(check(decree, text), []);
  });

  it('flags a decree number written with a year in brackets', () => {
    const text = draftWith('聊城市人民政府令第32号', '聊城市人民政府令〔2017〕32号', base);
    assert.deepEqual(check(decree, text).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'doc-number/decree', line: 9, column: 23, text: '〔2017〕32号',
      message: '引用的发文字号“聊城市人民政府令〔2017〕32号”是令的编号，应写作“聊城市人民政府令第32号”，不标年份（《党政机关公文处理工作条例》第八条）。',
    }]);
    assert.equal(fixed(decree, text), base);
  });

  it('a ministry that numbers its 令 by year: the fix is its year form, not 令第N号 (交通运输部令〔2020〕17号 → 交通运输部令2020年第17号)', () => {
    const good = draftWith(CITE, '《道路旅客运输及客运站管理规定》（交通运输部令2020年第17号）', base);
    const slip = draftWith(CITE, '《道路旅客运输及客运站管理规定》（交通运输部令〔2020〕17号）', base);
    assert.deepEqual(check(decree, slip).map((d) => [d.text, d.message]), [['〔2020〕17号',
      '引用的发文字号“交通运输部令〔2020〕17号”是交通运输部按年编号的令，应写作“交通运输部令2020年第17号”（年份不加括号，序号前加“第”）。']]);
    assert.equal(fixed(decree, slip), good);
    // In running text too, and the 中华人民共和国 form of the name.
    const running = (n: string) => draftWith(CITE, `根据中华人民共和国交通运输部令${n}公布的规定，做好有关工作`, base);
    assert.equal(fixed(decree, running('〔2020〕17号')), running('2020年第17号'));
    // 中国人民银行 writes the year in brackets, with 第: only 第 is missing.
    const pboc = (n: string) => draftWith(CITE, `《非银行支付机构监督管理条例实施细则》（中国人民银行令${n}）`, base);
    assert.deepEqual(check(decree, pboc('〔2024〕第4号')), []);
    assert.deepEqual(check(decree, pboc('〔2024〕4号')).map((d) => d.message), [
      '引用的发文字号“中国人民银行令〔2024〕4号”是中国人民银行按年编号的令，应写作“中国人民银行令〔2024〕第4号”（序号前加“第”）。']);
    assert.equal(fixed(decree, pboc('〔2024〕4号')), pboc('〔2024〕第4号'));
    // A ministry that numbers its 令 on through the years keeps 令第N号.
    const mof = draftWith(CITE, '《会计师事务所执业许可和监督管理办法》（财政部令〔2017〕89号）', base);
    assert.equal(fixed(decree, mof), draftWith(CITE, '《会计师事务所执业许可和监督管理办法》（财政部令第89号）', base));
  });

  it('a ministry that numbers its 令 by year, cited with brackets and 第 (交通运输部令〔2020〕第17号): its year form, 交通运输部令2020年第17号', () => {
    const good = draftWith(CITE, '《道路旅客运输及客运站管理规定》（交通运输部令2020年第17号）', base);
    const slip = draftWith(CITE, '《道路旅客运输及客运站管理规定》（交通运输部令〔2020〕第17号）', base);
    assert.deepEqual(check(decree, slip).map((d) => [d.text, d.message]), [['〔2020〕第17号',
      '引用的发文字号“交通运输部令〔2020〕第17号”是交通运输部按年编号的令，应写作“交通运输部令2020年第17号”（年份不加括号）。']]);
    assert.equal(fixed(decree, slip), good);
    const running = (n: string) => draftWith(CITE, `根据交通运输部令${n}公布的规定，做好有关工作`, base);
    assert.equal(fixed(decree, running('〔2020〕第17号')), running('2020年第17号'));
    // 中国人民银行's own form, and a ministry not known to number by year, are left alone.
    assert.deepEqual(check(decree, draftWith(CITE, '《人民币银行结算账户管理办法》（中国人民银行令〔2003〕第5号）', base)), []);
    assert.deepEqual(check(decree, draftWith(CITE, '《某某管理办法》（国家林业和草原局令〔2020〕第3号）', base)), []);
  });

  it('flags a 令\'s own number line written with a year under its issuer line (QA round eight: the head was not read)', () => {
    const head = (n: string) => ['聊城市人民政府令', '', n, '', '《聊城市养犬管理办法》已经市人民政府常务会议通过，现予公布，自2025年9月1日起施行。', '',
      '市长：张百顺', '', '2025年7月8日', '', '聊城市养犬管理办法', '', '第一条  为了加强养犬管理，制定本办法。', ''].join('\n');
    assert.deepEqual(check(decree, head('第50号')), []);
    for (const slip of ['〔2025〕第50号', '〔2025〕50号']) {
      assert.deepEqual(check(decree, head(slip)).map((d) => [d.line, d.column, d.text, d.message]), [[3, 1, slip,
        `发文字号“聊城市人民政府令${slip}”是令的编号，应写作“聊城市人民政府令第50号”，不标年份（《党政机关公文处理工作条例》第八条）。`]]);
      assert.equal(fixed(decree, head(slip)), head('第50号'));
    }
  });

  it('flags a 令\'s head without 第 (聊城市人民政府令 ⏎ 56号, 聊城市人民政府令56号), which the parser reads as no number (probe7)', () => {
    const head = (n: string) => [n, '', '《聊城市养犬管理办法》已经市人民政府常务会议通过，现予公布，自2025年9月1日起施行。', '',
      '市长：张百顺', '', '2025年7月8日', '', '聊城市养犬管理办法', '', '第一条  为了加强养犬管理，制定本办法。', ''].join('\n');
    const clean = head('聊城市人民政府令\n\n第50号');
    assert.deepEqual(check(decree, clean), []);
    const two = head('聊城市人民政府令\n\n50号');
    assert.deepEqual(check(decree, two).map((d) => [d.line, d.text, d.message]), [
      [3, '50号', '令的编号“聊城市人民政府令50号”应写作“聊城市人民政府令第50号”，序号前加“第”（《党政机关公文处理工作条例》第八条）。'],
    ]);
    assert.equal(fixed(decree, two), clean);
    const one = head('聊城市人民政府令50号');
    assert.deepEqual(check(decree, one).map((d) => [d.line, d.text]), [[1, '聊城市人民政府令50号']]);
    assert.equal(fixed(decree, one), head('聊城市人民政府令第50号'));
    assert.deepEqual(check(decree, head('聊城市人民政府令第50号')), []);
  });

  it('reads a 令\'s number line written with a year in an issue too, so its head, date and articles are its own (QA round nine)', () => {
    // In an issue the structure pass took only 第N号 under a …令 line: the 令 ran on into the
    // document before it, its number unread and its articles judged as another document's.
    const clean = headsIssue();
    assert.deepEqual(check(decree, clean), []);
    for (const slip of ['〔2024〕第5号', '〔2024〕5号']) {
      const text = clean.replace('聊城市人民政府令\n第5号\n', `聊城市人民政府令\n${slip}\n`);
      const docs = parseGazette(new SourceText(text), emptyModel()).documents;
      assert.equal(docs.length, parseGazette(new SourceText(clean), emptyModel()).documents.length);
      assert.equal(docs[0].number?.text, `聊城市人民政府令${slip}`);
      assert.deepEqual(check(decree, text).map((d) => [d.line, d.column, d.text]), [[clean.split('\n').indexOf('第5号') + 1, 1, slip]]);
      assert.equal(fixed(decree, text), clean);
    }
  });

  it('flags a bracketed year in running text too', () => {
    const text = draftWith('一、提高认识。', '一、依据2017年12月15日聊城市人民政府令〔2017〕32号公布的办法。', base);
    assert.deepEqual(check(decree, text).map((d) => [d.line, d.text, d.message]), [
      [11, '〔2017〕32号', '“聊城市人民政府令〔2017〕32号”是令的编号，应写作“聊城市人民政府令第32号”，不标年份（《党政机关公文处理工作条例》第八条）。'],
    ]);
    assert.equal(fixed(decree, text), draftWith('一、提高认识。', '一、依据2017年12月15日聊城市人民政府令第32号公布的办法。', base));
  });

  it('passes a ministry\'s order numbered by year (redteam2): 交通运输部令2022年第10号, 中国人民银行令〔2003〕第5号', () => {
    for (const cite of ['《道路运输车辆动态监督管理办法》（交通运输部令2022年第10号）', '《人民币银行结算账户管理办法》（中国人民银行令〔2003〕第5号）',
      '《网络预约出租汽车经营服务管理暂行办法》（交通运输部、工业和信息化部、公安部、商务部令2016年第60号）']) {
      assert.deepEqual(check(decree, draftWith(CITE, cite, base)), [], cite);
    }
    // A government's 令 with a year, and a ministry's without 第, are still slips.
    assert.deepEqual(check(decree, draftWith(CITE, '《聊城市燃气管理办法》（聊城市人民政府令〔2017〕第32号）', base)).map((d) => d.text), ['〔2017〕第32号']);
    assert.deepEqual(check(decree, draftWith(CITE, '《人民币银行结算账户管理办法》（中国人民银行令〔2003〕5号）', base)).map((d) => d.text), ['〔2003〕5号']);
  });

  it('flags 令32号 (no 第) and 令第32 (no 号)', () => {
    const a = draftWith('聊城市人民政府令第32号', '聊城市人民政府令32号', base);
    assert.deepEqual(check(decree, a).map((d) => [d.line, d.text, d.message]), [
      [9, '聊城市人民政府令32号', '令的编号“聊城市人民政府令32号”应写作“聊城市人民政府令第32号”，序号前加“第”（《党政机关公文处理工作条例》第八条）。'],
    ]);
    assert.equal(fixed(decree, a), base);
    const b = draftWith('聊城市人民政府令第32号', '聊城市人民政府令第32', base);
    assert.equal(fixed(decree, b), base);
  });

  it('a leading zero in a decree number is doc-number/sequence\'s', () => {
    const text = draftWith('聊城市人民政府令第32号', '聊城市人民政府令第032号', base);
    assert.deepEqual(check(decree, text), []);
    assert.equal(fixed(sequence, text), base);
  });
});
