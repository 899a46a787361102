// What an editor prints is what was written: every character of a document reaches the pages
// (HTML, PDF and DOCX are drawn from them), in its own place. Cases found by the editor's QA of an
// assembled issue (notes/editorqa): parts of a document the layout used to drop or run together.
import * as assert from 'assert';
import { classifyLines, layoutText, type Page } from '../../engine/src/render';
import { SourceText } from '../../engine/src/text/source';
import { loadModel } from '../../engine/src';

const model = loadModel();

/** The printed text of the pages: the 发文机关标志 and every line, line by line. */
function printedLines(pages: Page[]): string[] {
  return pages.flatMap((p) => [...(p.mark ? [p.mark.text] : []), ...p.lines.map((l) => l.segs.map((s) => s.text).join(''))]);
}

/** Characters of `source` (spaces aside) that the pages do not print, as many times as they are missing. */
function lost(source: string, pages: Page[]): string {
  const have = new Map<string, number>();
  for (const ch of printedLines(pages).join('')) have.set(ch, (have.get(ch) ?? 0) + 1);
  let out = '';
  for (const ch of source.replace(/[\s\u3000]/g, '')) {
    const n = have.get(ch) ?? 0;
    if (n > 0) have.set(ch, n - 1);
    else out += ch;
  }
  return out;
}

describe('the pages print every character of the document', () => {
  it('a 任免 notice (title between the 发文机关标志 and the number) keeps its title, printed below the number', () => {
    const text = '聊城市人民政府\n\n关于任免张三等工作人员职务的通知\n\n聊政任〔2025〕3号\n\n' +
      '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：\n\n市人民政府决定，任命：\n\n张三为聊城市统计局局长；\n\n' +
      '免去：\n\n李四的聊城市统计局副局长职务。\n\n聊城市人民政府\n2025年3月4日\n';
    const r = layoutText(text, { model });
    assert.strictEqual(lost(text, r.pages), '');
    const lines = printedLines(r.pages);
    assert.ok(lines.indexOf('关于任免张三等工作人员职务的通知') > lines.indexOf('聊政任〔2025〕3号'), lines.join(' | '));
  });

  it("a 大事记 keeps the month under its title (the parser reads it as the 大事记's period, not as text)", () => {
    const text = '聊城市人民政府大事记\n（2025年3月）\n\n3日，市政府召开常务会议，研究部署一季度重点工作。\n\n△全市安全生产工作会议召开。\n\n' +
      '12日，市政府与省农业科学院签署战略合作协议。\n';
    const r = layoutText(text, { model });
    assert.strictEqual(lost(text, r.pages), '');
    const lines = r.pages[0].lines;
    const month = lines.find((l) => l.segs.map((s) => s.text).join('') === '（2025年3月）');
    assert.ok(month && month.align === 'center' && month.role === 'subtitle', JSON.stringify(month));
    assert.strictEqual(month.row, lines.find((l) => l.role === 'title')!.row + 1);
  });

  const tableNotice = '聊城市人民政府办公室\n\n聊政办字〔2025〕15号\n\n聊城市人民政府办公室关于印发重点项目清单的通知\n\n' +
    '各县（市、区）人民政府，市属开发区管委会，市政府有关部门、直属机构：\n\n《重点项目清单》已经市政府同意，现印发给你们，请认真组织实施。\n\n' +
    '附件：重点项目清单\n\n聊城市人民政府办公室\n2025年3月12日\n\n（此件公开发布）\n\n附件\n\n重点项目清单\n\n' +
    '序号\t项目名称\t责任单位\t总投资（亿元）\n1\t城市更新项目\t市住房城乡建设局\t35.6\n2\t运河综合整治工程\t市水利局\t12.0\n' +
    '3\t新材料产业园\t聊城高新区管委会\t48.25\n';
  const rows = ['序号\t项目名称\t责任单位\t总投资（亿元）', '1\t城市更新项目\t市住房城乡建设局\t35.6', '2\t运河综合整治工程\t市水利局\t12.0', '3\t新材料产业园\t聊城高新区管委会\t48.25'];
  /** The cells of each table row as printed: the lines of a row, left to right, grouped by the grid's rows. */
  const tableRows = (p: Page) => (p.grids ?? []).flatMap((g) => g.spans.map(([a, b]) => g.cols.slice(1).map((c, k) =>
    p.lines.filter((l) => l.role === 'row' && l.row >= a && l.row < b && l.col >= g.cols[k] && l.col < c).map((l) => l.segs.map((s) => s.text).join('')).join(''))));

  it('a table keeps its rows: each cell in its column of a ruled grid, the head row no title, no row run into the next (35.6 ⏎ 2 read 35.62)', () => {
    const r = layoutText(tableNotice, { model });
    assert.strictEqual(lost(tableNotice, r.pages), '');
    const last = r.pages[r.pages.length - 1];
    assert.deepStrictEqual(tableRows(last), rows.map((x) => x.split('\t')));
    assert.deepStrictEqual(last.lines.filter((l) => l.role === 'attachTitle').map((l) => l.segs.map((s) => s.text).join('')), ['重点项目清单']);
  });

  it('a markdown table keeps its rows too (its | and |---| line are markup), and the line classifier (no parsed document) keeps the tabs between cells', () => {
    const md = '关于一季度政务公开情况的通报\n\n各县（市、区）人民政府：\n\n现将情况通报如下。\n\n| 单位 | 得分 |\n|---|---|\n| 东昌府区 | 95.5 |\n| 临清市 | 88 |\n\n请抓好整改。\n';
    const page = layoutText(md, { model }).pages[0];
    assert.deepStrictEqual(tableRows(page), [['单位', '得分'], ['东昌府区', '95.5'], ['临清市', '88']]);
    assert.deepStrictEqual(page.grids!.map((g) => g.headerRows), [1]);
    const blocks = classifyLines(new SourceText(tableNotice)).flatMap((d) => d.blocks).filter((b) => b.role === 'row');
    assert.deepStrictEqual(blocks.map((b) => b.text), rows);
    // a tab in a signature above its date is no table
    const decree = '聊城市人民政府令\n\n第60号\n\n《聊城市某某办法》已经市政府常务会议通过，现予公布。\n\n市长\t李明\n2025年3月4日\n';
    const sig = classifyLines(new SourceText(decree)).flatMap((d) => d.blocks).find((b) => b.text.includes('李明'));
    assert.deepStrictEqual([sig?.role, sig?.text], ['signature', '市长　李明']);
  });
});
