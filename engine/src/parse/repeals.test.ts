import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { maskTitles, repealStatementsOf } from './repeals';
import { parseGazette } from './gazette';
import { SourceText } from '../text/source';
import { corpusFiles } from '../../../test/fixtures/corpus';

describe('maskTitles', () => {
  it('drops what 《…》 hold, nested titles included, and keeps the marks', () => {
    assert.equal(maskTitles('《关于废止〈X〉的决定》（N）同时废止。'), '《》（N）同时废止。');
    assert.equal(maskTitles('《甲》和《乙》废止'), '《》和《》废止');
    assert.equal(maskTitles('没有书名号'), '没有书名号');
  });
  it('keeps a stray 》 and hides what follows a 《 left open', () => {
    assert.equal(maskTitles('甲》乙'), '甲》乙');
    assert.equal(maskTitles('前《后面废止'), '前《');
  });
});

describe('repealStatementsOf: reading repeals only', () => {
  const statementsOf = (text: string, repealsOnly: boolean) => parseGazette(new SourceText(text)).documents.flatMap((doc) =>
    doc.number && doc.date ? repealStatementsOf([{ doc, number: doc.number.canonical, date: doc.date.iso }], [], undefined, repealsOnly) : [])
    .filter((r) => r.kind === 'repeal');

  it('finds what the whole reading finds, an amendment list\'s items mentioning 废止 staying amendments', () => {
    const text = ['聊城市人民政府令', '', '第50号', '', '聊城市人民政府关于修改和废止部分市政府规章的决定', '',
      '    经研究，市政府决定对下列规章作如下修改：',
      '    1.将《聊城市城市供水管理办法》（聊城市人民政府令第44号）第十条中的“予以废止”修改为“予以撤销”。',
      '    2.将《聊城市物业管理办法》（聊城市人民政府令第30号）第五条修改为：“物业服务企业应当依法经营。”',
      '    市政府决定废止下列规章：',
      '    1.《聊城市城市绿化管理办法》（聊城市人民政府令第12号）',
      '    本决定自公布之日起施行。《聊城市扬尘污染防治办法》（聊城市人民政府令第20号）同时废止。', '',
      '市长  张三', '2025年3月1日'].join('\n');
    const all = statementsOf(text, false);
    assert.deepStrictEqual(all.map((r) => r.target), ['聊城市人民政府令第12号', '聊城市人民政府令第20号']);
    assert.deepStrictEqual(statementsOf(text, true), all);
  });

  it('reads the list of an annex headed 决定废止的…目录 (entries without 《》), not the amendment annex after it', () => {
    const text = ['聊城市人民政府文件', '', '聊政发〔2025〕3号', '', '聊城市人民政府 关于废止和修改部分市政府行政规范性文件的决定', '',
      '各县（市、区）人民政府，市政府各部门：', '', '    一、对2件市政府行政规范性文件予以废止。', '', '    二、对1件市政府行政规范性文件予以修改。', '',
      '附件：1. 市政府决定废止的行政规范性文件目录', '', '2. 市政府决定修改的行政规范性文件目录', '', '聊城市人民政府', '2025年3月12日', '',
      '附件1', '', '市政府决定废止的行政规范性文件目录', '',
      '1. 聊城市人民政府关于进一步加强城市供水管理工作的通知（聊政发〔2018〕24号）', '',
      '2. 聊城市人民政府办公室关于进一步规范政府性融资担保业务的通知（聊政办字〔2019〕42号）', '',
      '附件2', '', '市政府决定修改的行政规范性文件目录', '',
      '1. 将《聊城市人民政府关于调整城区土地级别的通知》（聊政字〔2024〕16号）第三条修改为“由市自然资源和规划局负责解释”。'].join('\n');
    assert.deepStrictEqual(statementsOf(text, false).map((r) => [r.target, r.date]), [['聊政发〔2018〕24号', '2025-03-12'], ['聊政办字〔2019〕42号', '2025-03-12']]);
    assert.deepStrictEqual(statementsOf(text, true), statementsOf(text, false));
    // The same annex under a heading that does not say 废止: a list of what is kept.
    assert.deepStrictEqual(statementsOf(text.replace(/决定废止的/g, '决定继续有效的'), false), []);
  });

  it('reads the items under a decision\'s section heading without a colon (二、对下列文件予以废止), not those under 一、对下列文件予以修改 (probe12)', () => {
    const text = ['聊城市人民政府文件', '', '聊政发〔2026〕3号', '', '聊城市人民政府 关于修改和废止部分市政府行政规范性文件的决定', '',
      '各县（市、区）人民政府，市政府各部门：', '', '经研究，决定对1件文件予以修改，对2件文件予以废止。', '',
      '一、对下列文件予以修改', '', '1. 《聊城市人民政府办公室关于印发聊城市博士后工作管理办法的通知》（聊政办发〔2023〕8号）', '',
      '二、对下列文件予以废止', '', '1. 《聊城市人民政府关于调整一批行政权力事项的通知》（聊政发〔2023〕5号）', '',
      '2. 《聊城市人民政府办公室关于印发聊城市黄河防汛职责的通知》（聊政办字〔2023〕16号）', '',
      '本决定自印发之日起施行。', '', '聊城市人民政府', '2026年3月9日', ''].join('\n');
    assert.deepStrictEqual(statementsOf(text, false).map((r) => [r.target, r.date]), [['聊政发〔2023〕5号', '2026-03-09'], ['聊政办字〔2023〕16号', '2026-03-09']]);
    assert.deepStrictEqual(statementsOf(text, true), statementsOf(text, false));
    // A heading that only tells of the list (一、关于废止工作) opens none.
    assert.deepStrictEqual(statementsOf(text.replace('二、对下列文件予以废止', '二、关于清理工作'), false), []);
  });

  for (const file of corpusFiles()) {
    it(`finds the same repeals in ${path.basename(file)}`, () => {
      const text = fs.readFileSync(file, 'utf8');
      assert.deepStrictEqual(statementsOf(text, true), statementsOf(text, false));
    });
  }
});
