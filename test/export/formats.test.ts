// GB/T 9704 clause 10's special formats, as laid out (rows and cells, rules in mm from the top of
// the type area) and as written to HTML and DOCX: 10.1 信函格式 (a 函 with its organ's bare name as
// mark), 10.2 命令（令）格式, 10.3 纪要格式. Every other document keeps the 文件格式.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { SourceText } from '../../engine/src/text/source';
import { classifyLines, formatOfDoc, layoutText, renderHtml, cellsOfText, PAGE, PITCH, LETTER_RULE, type Page, type PLine } from '../../engine/src/render';
import { exportIssue, exportText } from '../../engine/src/export';

const FIX = path.resolve(__dirname, 'fixtures');
const read = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');
const text = (l: PLine) => l.segs.map((s) => s.text).join('');
const lineOf = (p: Page, role: string) => p.lines.find((l) => l.role === role)!;
const docXml = async (t: string) => (await JSZip.loadAsync((await exportText(t, 'docx')).data)).file('word/document.xml')!.async('string');
/** The paragraphs of a DOCX body (w:p elements). */
const paragraphs = (xml: string): string[] => Array.from(xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs) ?? []);

describe('format of a document (GB/T 9704 clause 10)', () => {
  it('is known from the mark and the type; a bare organ name makes a 信函格式 only for a 函', () => {
    assert.strictEqual(formatOfDoc('聊城市人民政府令', '令', '聊城市人民政府令第52号'), 'decree');
    assert.strictEqual(formatOfDoc('聊城市人民政府办公室', '函', '聊政办字〔2024〕15号'), 'letter');
    assert.strictEqual(formatOfDoc('聊城市人民政府办公室', '其他', '聊政办函〔2024〕3号'), 'letter');
    assert.strictEqual(formatOfDoc(undefined, '纪要', undefined), 'minutes');
    // 7.2.4 allows the bare name for a 文件 too: a 通知 under it keeps the 文件格式.
    assert.strictEqual(formatOfDoc('聊城市人民政府办公室', '通知', '聊政办字〔2024〕16号'), undefined);
    assert.strictEqual(formatOfDoc('聊城市人民政府文件', '函', '聊政函〔2024〕1号'), undefined);
    assert.strictEqual(formatOfDoc('聊城市人民政府公告', '公告', '聊城市人民政府公告〔2025〕第1号'), undefined);
    assert.strictEqual(formatOfDoc(undefined, '函', undefined), undefined);
  });

  it('the line classifier (no parser model) finds the same formats', () => {
    assert.strictEqual(classifyLines(new SourceText(read('letter.txt')))[0].format, 'letter');
    assert.strictEqual(classifyLines(new SourceText(read('decree.txt')))[0].format, 'decree');
    assert.strictEqual(classifyLines(new SourceText(read('notice.txt')))[0].format, undefined);
  });
});

describe('10.1 信函格式', () => {
  const r = layoutText(read('letter.txt'));
  const p = r.pages[0];

  it('mark 30 mm from the page top; red double rules of 170 mm, 4 mm under the mark and 20 mm above the foot', () => {
    assert.strictEqual(r.docs[0].format, 'letter');
    assert.strictEqual(PAGE.top + p.mark!.top, 30);
    assert.strictEqual(p.mark!.size, 15);
    assert.strictEqual(p.rules.length, 2);
    const [a, b] = p.rules;
    assert.deepStrictEqual([a.color, a.double, a.width, b.color, b.double, b.width], ['red', 'thick-thin', 170, 'red', 'thin-thick', 170]);
    // Upper edge of the first 4 mm under the mark's lower edge; lower edge of the second 20 mm above the page's foot.
    assert.ok(Math.abs(a.top - a.weight / 2 - (p.mark!.top + p.mark!.size + 4)) < 1e-9);
    assert.ok(Math.abs(PAGE.top + b.top + b.weight / 2 - (PAGE.height - 20)) < 1e-9);
    assert.strictEqual(a.weight, LETTER_RULE.thick + LETTER_RULE.gap + LETTER_RULE.thin);
  });

  it('发文字号 flush right on the first row 7/8 of a character under the rule; title two lines below; no page number on page 1', () => {
    const n = lineOf(p, 'number');
    assert.deepStrictEqual([n.row, n.col + n.cells, n.align, text(n)], [2, 28, 'right', '聊政办字〔2024〕15号']);
    // Its characters (centred in the 10.2 mm row) begin at least 16 pt × 7/8 under the rule, and the row above would not.
    const charTop = (row: number) => row * PITCH + (PITCH - 16 * 25.4 / 72) / 2;
    const ruleBottom = p.rules[0].top + p.rules[0].weight / 2;
    assert.ok(charTop(2) - ruleBottom >= 16 * 25.4 / 72 * 7 / 8 && charTop(1) - ruleBottom < 16 * 25.4 / 72 * 7 / 8);
    const titles = p.lines.filter((l) => l.role === 'title');
    assert.deepStrictEqual(titles.map((l) => l.row), [5, 6]);
    assert.strictEqual(lineOf(p, 'recipient').row, 8);
    assert.deepStrictEqual(r.pages.map((x) => [x.number, !!x.numberHidden]), [[1, true], [2, false]]);
    assert.deepStrictEqual(r.pages[1].rules, []);
  });

  it('HTML: the mark above the type area, the double rules as wide as 170 mm, no number on page 1', () => {
    const { html } = renderHtml(read('letter.txt'));
    const cls = (decl: string) => new RegExp(`\\.(k\\d+)\\{${decl.replace(/[.()]/g, '\\$&')}\\}`).exec(html)?.[1] ?? 'none';
    assert.match(html, new RegExp(`class="mark k\\d+ ${cls('top:-7mm;')}"`));
    assert.match(html, new RegExp(`class="rule red thick-thin ${cls(`top:12mm;height:1.85mm;left:-7mm;width:170mm;`)}"`));
    assert.match(html, new RegExp(`class="rule red thin-thick ${cls(`top:238.15mm;height:1.85mm;left:-7mm;width:170mm;`)}"`));
    assert.match(html, /\.rule\.thick-thin\{border-top-width:1mm;border-bottom-width:0\.35mm;\}/);
    const pages = html.split('<section').slice(1);
    assert.doesNotMatch(pages[0], /class="pno/);
    assert.match(pages[1], /<div class="pno even">— 2 —<\/div>/);
    assert.match(pages[0], /class="ln s-body r-number k\d+ right k\d+"/);
  });

  it('DOCX: the mark and rules in frames on the page, the number right-aligned, a blank first-page footer', async () => {
    const xml = await docXml(read('letter.txt'));
    const ps = paragraphs(xml);
    // 30 mm = 1701 twips from the page's top, 170 mm = 9638 twips wide, 20 mm = 1134 twips in.
    assert.match(ps[0], /<w:framePr [^>]*w:w="9638"[^>]*w:x="1134" w:y="1701"[^>]*w:hAnchor="page" w:vAnchor="page"/);
    assert.match(ps[0], /聊城市人民政府办公室/);
    assert.match(ps[1], /<w:framePr [^>]*w:y="2778"[^>]*\/><w:pBdr><w:top w:val="thickThinSmallGap"/);
    assert.match(ps[2], /<w:bottom w:val="thinThickSmallGap"/);
    const number = ps.find((x) => x.includes('聊政办字'))!;
    assert.match(number, /<w:jc w:val="right"\/>/);
    assert.doesNotMatch(number, /<w:pBdr>/);
    assert.match(xml, /<w:titlePg\/>/);
    assert.match(xml, /<w:footerReference w:type="first"/);
  });
});

describe('10.1 信函格式: 版记', () => {
  const t = '聊城市人民政府办公室\n\n聊政办函〔2024〕3号\n\n聊城市人民政府办公室关于商请派员参加运河文化研讨会的函\n\n省文化和旅游厅：\n\n' +
    '为深入研究运河文化保护传承工作，我市定于2024年9月举办运河文化研讨会。恳请贵厅派员出席指导。\n\n聊城市人民政府办公室\n2024年8月16日\n\n抄送：市文化和旅游局。\n';

  it('a 函-series number makes the 信函格式; its 版记 sits at the foot without 分隔线', async () => {
    const r = layoutText(t);
    assert.strictEqual(r.docs[0].format, 'letter');
    const p = r.pages[0];
    assert.deepStrictEqual([lineOf(p, 'cc').row, text(lineOf(p, 'cc'))], [21, '抄送：市文化和旅游局。']);
    assert.deepStrictEqual(p.rules.map((x) => x.double), ['thick-thin', 'thin-thick'], 'no black rules');
    const cc = paragraphs(await docXml(t)).find((x) => x.includes('抄送'))!;
    assert.doesNotMatch(cc, /<w:pBdr>/);
    // A 文件's 版记 keeps its rules.
    const notice = paragraphs(await docXml(read('notice.txt'))).find((x) => x.includes('抄送'))!;
    assert.match(notice, /<w:pBdr><w:top w:val="single"/);
  });
});

describe('10.1 信函格式 in an issue', () => {
  it('DOCX: the 函 opens a section of its own with a blank first-page footer; the numbering runs on', async () => {
    const r = await exportIssue(path.join(FIX, 'issue.yaml'), 'docx');
    const xml = await (await JSZip.loadAsync(r.data)).file('word/document.xml')!.async('string');
    const sects = Array.from(xml.match(/<w:sectPr>.*?<\/w:sectPr>/gs) ?? []);
    // Cover and 目录; the 令 and the 通知 from page 1; the 函 from page 7.
    assert.strictEqual(sects.length, 3);
    assert.doesNotMatch(sects[0], /titlePg|pgNumType w:start/);
    assert.match(sects[1], /<w:pgNumType w:start="1"\/>/);
    assert.doesNotMatch(sects[1], /titlePg/);
    assert.match(sects[2], /<w:titlePg\/>/);
    assert.doesNotMatch(sects[2], /w:start=/);
    assert.deepStrictEqual(r.entries.map((e) => e.page), [1, 4, 7]);
    // The 函's first paragraph is its framed mark, with no page break of its own (the section breaks the page).
    const after = xml.slice(xml.indexOf(sects[1]) + sects[1].length);
    assert.match(after, /^<\/w:pPr>(?:(?!<w:p>).)*<\/w:p><w:p><w:pPr><w:pStyle w:val="GwMark"\/><w:framePr /s);
  });
});

describe('10.2 命令（令）格式', () => {
  const r = layoutText(read('decree.txt'));
  const p = r.pages[0];

  it('mark 20 mm below the type area top, no red rule; 令号 centred two lines under it, the text two lines under that', () => {
    assert.strictEqual(r.docs[0].format, 'decree');
    assert.deepStrictEqual([p.mark!.text, p.mark!.top], ['聊城市人民政府令', 20]);
    assert.deepStrictEqual(p.rules, []);
    const n = lineOf(p, 'number');
    assert.deepStrictEqual([n.row, n.align, text(n), n.col], [5, 'center', '第52号', (28 - cellsOfText('第52号')) / 2]);
    assert.strictEqual(Math.min(...p.lines.filter((l) => l.role !== 'number').map((l) => l.row)), 8);
    assert.ok(r.pages.every((x) => !x.numberHidden));
  });

  it('signature per 7.3.5.3: two lines under the text, four cells from the right; the date one line under it, four from the right', () => {
    const [title, name] = p.lines.filter((l) => l.role === 'signature');
    const date = lineOf(p, 'date');
    const lastText = Math.max(...p.lines.filter((l) => l.row < title.row).map((l) => l.row));
    // 签名章 (the name) ends four cells from the right; the 职务 two cells left of it, on the same row.
    assert.deepStrictEqual([text(title), title.row - lastText, title.col + title.cells], ['市长', 3, 20]);
    assert.deepStrictEqual([text(name), name.row, name.col, name.col + name.cells], ['李明', title.row, 22, 24]);
    assert.deepStrictEqual([text(date), date.row - title.row, date.col + date.cells], ['2024年9月28日', 2, 24]);
  });

  it('DOCX: 职务 and 签名章 one paragraph, the name against a right tab four cells from the right', async () => {
    const ps = paragraphs(await docXml(read('decree.txt')));
    const sig = ps.find((x) => x.includes('市长'))!;
    const cell = Math.round(156 / 28 * 1440 / 25.4);
    assert.match(sig, new RegExp(`<w:tab w:val="right" w:pos="${24 * cell}"/>`));
    assert.match(sig, new RegExp(`<w:ind w:left="${18 * cell}" w:firstLine="0"/>`));
    assert.match(sig, /市长<\/w:t>.*<w:tab\/>.*李明<\/w:t>/s);
    // The date on its own paragraph two rows below (one blank paragraph between).
    const ix = ps.indexOf(sig);
    assert.match(ps[ix + 2], /2024年9月28日/);
    assert.doesNotMatch(ps[ix + 1], /<w:t/);
  });

  it('HTML sets the mark 20 mm down; DOCX has no red rule under the 令号', async () => {
    const { html } = renderHtml(read('decree.txt'));
    const k = /\.(k\d+)\{top:20mm;\}/.exec(html)?.[1];
    assert.ok(k && new RegExp(`class="mark k\\d+ ${k}"`).test(html));
    assert.doesNotMatch(html, /class="rule red/);
    const ps = paragraphs(await docXml(read('decree.txt')));
    const number = ps.find((x) => x.includes('第52号'))!;
    assert.doesNotMatch(number, /<w:pBdr>/);
    // The mark's paragraph after two blank rows (20 mm), the 令号 after two more.
    const markIx = ps.findIndex((x) => x.includes('聊城市人民政府令'));
    assert.strictEqual(markIx, 2);
    assert.strictEqual(ps.indexOf(number), markIx + 2);
  });
});

describe('10.3 纪要格式', () => {
  const r = layoutText(read('minutes.txt'));
  const p = r.pages[0];

  it('出席, 请假, 列席 each on its own line one line under the text, two cells in, 黑体 label, wrapped lines under the first name', () => {
    assert.strictEqual(r.docs[0].format, 'minutes');
    const att = p.lines.filter((l) => /^(出席|请假|列席)/.test(text(l)));
    assert.deepStrictEqual(att.map((l) => [text(l).slice(0, 3), l.col, l.segs[0].font, l.segs[0].text, l.segs[1].font]),
      [['出席：', 2, 'ht', '出席', 'fs'], ['请假：', 2, 'ht', '请假', 'fs'], ['列席：', 2, 'ht', '列席', 'fs']]);
    const before = Math.max(...p.lines.filter((l) => l.row < att[0].row).map((l) => l.row));
    assert.strictEqual(att[0].row - before, 2, 'one blank line above 出席');
    // 出席 wraps: its second line starts under the first name (2 + 出席： = 5 cells in); 请假 follows on the next line.
    const wrap = p.lines.find((l) => l.row === att[0].row + 1)!;
    assert.deepStrictEqual([wrap.col, text(wrap)], [5, '磊、周涛、吴昊、徐峰、孙丽、马超、朱琳']);
    assert.strictEqual(att[1].row, att[0].row + 2);
    assert.strictEqual(att[2].row, att[1].row + 1);
  });
});

describe('the 文件格式 stays as it was', () => {
  it('a 通知: mark 35 mm down, 发文字号 centred on row 6, one red rule 4 mm under it, page 1 numbered', () => {
    const r = layoutText(read('notice.txt'));
    const p = r.pages[0];
    assert.strictEqual(r.docs[0].format, undefined);
    assert.strictEqual(p.mark!.top, 35);
    const n = lineOf(p, 'number');
    assert.deepStrictEqual([n.row, n.align], [6, 'center']);
    assert.deepStrictEqual(p.rules, [{ top: 6 * PITCH + PITCH * 0.75 + 4, color: 'red', weight: 0.5 }]);
    assert.ok(r.pages.every((x) => !x.numberHidden));
  });
});
