// Document numbers as findDocNumbers reads them: here a 公告's or 通告's, whose 第 is its form.
import * as assert from 'node:assert/strict';
import { findDocNumbers } from './docNumber';

const read = (text: string, allNoticeForms = false) =>
  findDocNumbers(text, undefined, 0, undefined, allNoticeForms).map((n) => [n.text, n.code, n.year, n.seq, n.isNotice, n.canonical]);

describe('parser: a 公告\'s or 通告\'s number', () => {
  it('is read whole, its issuer with 公告 or 通告 as the code, in running text', () => {
    assert.deepEqual(read('根据《关于春季禁止露天焚烧秸秆的公告》（聊城市人民政府公告〔2025〕第1号）'), [
      ['聊城市人民政府公告〔2025〕第1号', '聊城市人民政府公告', '2025', '1', true, '聊城市人民政府公告〔2025〕第1号'],
    ]);
    // An issuer's name may hold 和 (which ends the words before a 发文字号's 机关代字).
    assert.deepEqual(read('执行人力资源和社会保障部通告〔2024〕第12号的规定'), [
      ['人力资源和社会保障部通告〔2024〕第12号', '人力资源和社会保障部通告', '2024', '12', true, '人力资源和社会保障部通告〔2024〕第12号'],
    ]);
    // A title ending in 公告 just before the number is no part of its issuer.
    assert.deepEqual(read('关于秸秆禁烧的公告聊城市人民政府公告〔2025〕第1号').map((n) => n[1]), ['聊城市人民政府公告']);
  });

  it('without brackets (2019年第1号, 第1号) only at a head or in a 目录 line', () => {
    assert.deepEqual(read('（国家税务总局公告2019年第1号）'), []);
    assert.deepEqual(read('国家税务总局公告2019年第1号', true), [
      ['国家税务总局公告2019年第1号', '国家税务总局公告', '2019', '1', true, '国家税务总局公告〔2019〕第1号'],
    ]);
    // …but a 人大常委会's, whose issuer's own words end its name, in running text too.
    assert.deepEqual(read('根据聊城市人民代表大会常务委员会公告第11号，本次发布的公告第1号，市人大常委会公告第3号'), [
      ['聊城市人民代表大会常务委员会公告第11号', '聊城市人民代表大会常务委员会公告', '', '11', true, '聊城市人民代表大会常务委员会公告第11号'],
      ['市人大常委会公告第3号', '市人大常委会公告', '', '3', true, '市人大常委会公告第3号'],
    ]);
    assert.deepEqual(read('聊城市人民政府通告第3号', true), [
      ['聊城市人民政府通告第3号', '聊城市人民政府通告', '', '3', true, '聊城市人民政府通告第3号'],
    ]);
  });

  it('leaves a 文件\'s number with 第 as it was, and a 公告 numbered like a 文件', () => {
    assert.deepEqual(read('聊政发〔2024〕第5号').map((n) => [n[1], n[4], n[5]]), [['聊政发', false, '聊政发〔2024〕5号']]);
    assert.deepEqual(read('《关于划定禁燃区域的通告》（聊政通字〔2022〕2号）').map((n) => [n[1], n[4]]), [['聊政通字', false]]);
  });
});

describe('parser: a number in running text', () => {
  it('leaves the preposition before it out of its code (以聊政发〔2021〕5号文件为依据, 按聊政办字…) (QA round thirteen)', () => {
    const codes = (text: string) => findDocNumbers(text).map((n) => n.canonical);
    assert.deepEqual(codes('某部门代拟稿以聊政发〔2021〕5号文件为依据'), ['聊政发〔2021〕5号']);
    assert.deepEqual(codes('各县按聊政办字〔2024〕20号文件执行，依鲁政办字〔2023〕143号文件落实'), ['聊政办字〔2024〕20号', '鲁政办字〔2023〕143号']);
    assert.deepEqual(codes('按照聊政发〔2021〕5号文件要求'), ['聊政发〔2021〕5号']);
  });

  it('leaves every word that cites a basis out of its code, as cross-ref/issued-title reads them (依照, 对照, 遵照, 结合, 学习)', () => {
    const codes = (text: string) => findDocNumbers(text).map((n) => n.canonical);
    for (const w of ['依照', '对照', '遵照', '结合', '学习']) {
      assert.deepEqual(codes(`${w}鲁政发〔2021〕5号文件`), ['鲁政发〔2021〕5号'], w);
      assert.deepEqual(codes(`${w}聊城市自然资源和规划局公告〔2021〕第1号`), ['聊城市自然资源和规划局公告〔2021〕第1号'], w);
    }
  });
});

describe("parser: a 令's number", () => {
  it("keeps a national organ's whole name as its issuer, 和 included (中华人民共和国国务院令, 国家发展和改革委员会令)", () => {
    const decree = (text: string) => findDocNumbers(text).filter((n) => n.isDecree).map((n) => n.canonical);
    assert.deepEqual(decree('中华人民共和国国务院令第808号'), ['中华人民共和国国务院令第808号']);
    assert.deepEqual(decree('依照国家发展和改革委员会令第1号的规定'), ['国家发展和改革委员会令第1号']);
    // A local government's: the words or the date before it are no part of it.
    assert.deepEqual(decree('2009年2月28日山东省人民政府令第211号公布的'), ['山东省人民政府令第211号']);
    assert.deepEqual(decree('审议通过聊城市人民政府令第48号'), ['聊城市人民政府令第48号']);
  });
  it("reads a ministry's number by year (交通运输部令2020年第17号) with its year, so two years' 第17号 differ (othergaz2)", () => {
    const decree = (text: string) => findDocNumbers(text).filter((n) => n.isDecree).map((n) => [n.code, n.year, n.seq, n.canonical]);
    assert.deepEqual(decree('《道路旅客运输及客运站管理规定》（交通运输部令2020年第17号）'), [['交通运输部令', '2020', '17', '交通运输部令2020年第17号']]);
    assert.deepEqual(decree('中华人民共和国财政部令第118号'), [['中华人民共和国财政部令', '', '118', '中华人民共和国财政部令第118号']]);
  });
});
