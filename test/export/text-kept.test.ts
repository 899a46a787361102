// What an editor prints is what was written: every character of a document reaches the pages
// (HTML, PDF and DOCX are drawn from them), in its own place. Cases found by the editor's QA of an
// assembled issue (notes/editorqa): parts of a document the layout used to drop or run together.
import * as assert from 'assert';
import { layoutText, type Page } from '../../engine/src/render';
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
});
