// The pages of an assembled issue as a printer sees them (pure layout): 目录 entries never cut by a
// page, page 1 a right-hand page, no page with a signature and date alone. Found by the editor's QA of an issue of seven documents (notes/editorqa).
import * as assert from 'assert';
import JSZip from 'jszip';
import { assembleIssue, layoutText, type PLine } from '../../engine/src/render';
import { pagesToDocx } from '../../engine/src/export';

const text = (l: PLine) => l.segs.map((s) => s.text).join('');

/** A 函 of the office, its title three 目录 lines long. */
function letter(n: number): { name: string; text: string } {
  return {
    name: `${n}.txt`,
    text: `聊城市人民政府办公室\n\n聊政办字〔2025〕${n}号\n\n聊城市人民政府办公室关于商请支持聊城市运河文化遗产保护传承利用第${n}批重点项目建设的函\n\n` +
      '省文化和旅游厅：\n\n为加强运河文化遗产保护，恳请贵厅给予指导支持。\n\n聊城市人民政府办公室\n2025年3月4日\n',
  };
}

describe('the pages of an assembled issue', () => {
  const issue = (count: number) => assembleIssue({
    title: '聊城市人民政府公报', year: 2025, number: 3,
    sections: [{ name: '◎市政府办公室文件', documents: Array.from({ length: count }, (_, i) => letter(i + 1)) }],
  });

  it('a 目录 entry is never cut by a page: each page ends with an entry\'s number and page', () => {
    const toc = issue(7).pages.filter((p) => p.kind === 'toc' && p.lines.length);
    assert.ok(toc.length >= 2, `${toc.length} 目录 pages`);
    for (const p of toc) {
      const lines = p.lines.filter((l) => l.role !== 'tocHead');
      const last = lines[lines.length - 1];
      assert.ok(last.tocPage !== undefined, `a 目录 page ends with ${text(last)}`);
      // and the next page starts with an entry's first line, not with the rest of one
      assert.ok(lines[0].row === 0 || p === toc[0], `${text(lines[0])} at row ${lines[0].row}`);
    }
    const entries = toc.flatMap((p) => p.lines).filter((l) => l.tocPage !== undefined);
    assert.deepStrictEqual(entries.map((l) => text(l)), ['1', '2', '3', '4', '5', '6', '7'].map((n) => `聊政办字〔2025〕${n}号`));
  });

  it('page 1 is a right-hand page: a cover and a 目录 of odd length get a blank page after the 目录', async () => {
    for (const count of [1, 7]) {
      const a = issue(count);
      const front = a.pages.filter((p) => p.kind !== 'doc');
      const toc = front.filter((p) => p.kind === 'toc' && p.lines.length);
      assert.strictEqual(toc.length, count === 1 ? 1 : 2);
      // The cover is page 1 of the sheet: the document's page 1 comes at an odd position (recto).
      assert.strictEqual(front.length % 2, 0, `${front.length} pages before page 1`);
      assert.strictEqual(a.entries[0].pageIndex, front.length);
      assert.strictEqual(a.pages[a.entries[0].pageIndex].number, 1);
      // The DOCX keeps the blank page: one page break per page before the numbered section.
      const xml = await (await JSZip.loadAsync(await pagesToDocx(a.pages))).file('word/document.xml')!.async('string');
      const front1 = xml.slice(0, xml.indexOf('<w:sectPr'));
      assert.strictEqual((front1.match(/<w:pageBreakBefore\/>/g) ?? []).length, front.length - 1);
    }
  });
});

describe('the 目录 of an issue', () => {
  it("lists a 大事记 with its month, as the gazettes' 目录 do: two months are two entries one can tell apart", () => {
    const chronicle = (m: number) => ({ name: `${m}.txt`, text: `聊城市人民政府大事记\n（2025年${m}月）\n\n3日，市政府召开常务会议。\n\n12日，全市安全生产工作会议召开。\n` });
    const a = assembleIssue({ title: '聊城市人民政府公报', sections: [{ name: '◎政务动态', documents: [chronicle(5), chronicle(6)] }] });
    assert.deepStrictEqual(a.entries.map((e) => e.title), ['聊城市人民政府大事记（2025年5月）', '聊城市人民政府大事记（2025年6月）']);
    const toc = a.pages.filter((p) => p.kind === 'toc').flatMap((p) => p.lines).filter((l) => l.role === 'toc').map(text_);
    assert.ok(toc.includes('聊城市人民政府大事记（2025年6月）'), toc.join(' | '));
  });
});

describe('the pages of a document', () => {
  it('no page holds the signature and date (and 附注) alone: the last line of text goes over with them', () => {
    let tested = 0;
    for (let n = 1; n <= 24; n++) {
      // 13 + 28 + 19 characters: three lines a paragraph, so the text ends on every row in turn.
      const body = Array.from({ length: n }, (_, k) => `（${k + 1}）各级各部门要坚持以人民为中心的发展思想，统筹发展和安全，扎实推进各项工作落地见效，加强组织领导。`).join('\n\n');
      const text = `聊城市人民政府办公室文件\n\n聊政办发〔2025〕9号\n\n聊城市人民政府办公室关于做好安全生产工作的通知\n\n各县（市、区）人民政府：\n\n${body}\n\n聊城市人民政府办公室\n2025年3月4日\n\n（此件公开发布）\n`;
      const pages = layoutText(text).pages;
      const at = pages.findIndex((p) => p.lines.some((l) => l.role === 'signature'));
      const roles = new Set(pages[at].lines.map((l) => l.role));
      assert.ok([...roles].some((r) => r !== 'signature' && r !== 'date' && r !== 'note'), `${n} paragraphs: page ${at + 1} holds only ${[...roles].join(', ')}`);
      // the 附注 stays on the date's page
      assert.ok(pages[at].lines.some((l) => l.role === 'note'), `${n} paragraphs: the 附注 left the date's page`);
      if (at > 0 && pages[at].lines[0].row === 0 && pages[at].lines.length === 4) tested++;
      // nothing lost, doubled or moved out of order by the carry
      const printed = pages.flatMap((p) => [...p.lines].sort((a, b) => a.row - b.row)).map(text_).join('');
      for (const para of body.split('\n\n')) assert.strictEqual(printed.split(para).length, 2, para);
    }
    assert.ok(tested > 0, 'some count of paragraphs carries a line over');
  });
});

describe('headings at the foot of a page', () => {
  it('a heading on a line of its own never ends a page: it goes to the next page with its text', () => {
    let moved = 0;
    for (let n = 1; n <= 24; n++) {
      const body = Array.from({ length: n }, (_, k) => `（${k + 1}）各级各部门要坚持以人民为中心的发展思想，统筹发展和安全，扎实推进各项工作落地见效，加强组织领导。`).join('\n\n');
      const text = `聊城市人民政府办公室文件\n\n聊政办发〔2025〕9号\n\n聊城市人民政府办公室关于做好安全生产工作的通知\n\n各县（市、区）人民政府：\n\n一、总体要求\n\n${body}\n\n二、保障措施\n\n各地要加强组织领导，落实工作责任。\n\n聊城市人民政府办公室\n2025年3月4日\n`;
      const pages = layoutText(text).pages;
      pages.forEach((p, k) => {
        const last = p.lines.reduce<PLine | undefined>((a, l) => (!a || l.row > a.row ? l : a), undefined);
        assert.ok(k === pages.length - 1 || last?.role !== 'h1', `${n} paragraphs: page ${k + 1} ends with ${last && text_(last)}`);
      });
      const h = pages.findIndex((p) => p.lines.some((l) => text_(l) === '二、保障措施'));
      if (h > 0 && pages[h].lines.find((l) => text_(l) === '二、保障措施')!.row === 0 && !pages[h - 1].lines.some((l) => l.row === 21)) moved++;
    }
    assert.ok(moved > 0, 'some count of paragraphs moves the heading');
  });
});

const text_ = (l: PLine) => l.segs.map((s) => s.text).join('');
