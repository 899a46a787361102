// What an editor preparing an issue for print looks at (notes/export2): the 版头's 份号, 密级 and
// 紧急程度 (GB/T 9704 7.2.1-7.2.3), a 纪要's head (10.3), a 令's signature written with a colon
// (10.2, 7.3.5.3) and tables (ruled grid, column widths, a header row repeated on each page).
import * as assert from 'assert';
import JSZip from 'jszip';
import * as path from 'path';
import { SourceText } from '../../engine/src/text/source';
import { cellsOfText, classifyLines, layoutText, renderHtml, type Page, type PLine } from '../../engine/src/render';
import { exportIssue, exportText } from '../../engine/src/export';

const text = (l: PLine) => l.segs.map((s) => s.text).join('');
const docXml = async (t: string) => (await JSZip.loadAsync((await exportText(t, 'docx')).data)).file('word/document.xml')!.async('string');
const paragraphs = (xml: string): string[] => Array.from(xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs) ?? []);
/** Every character of the pages (mark and lines), spaces aside. */
const printed = (pages: Page[]) => pages.flatMap((p) => [p.mark?.text ?? '', ...p.lines.map(text)]).join('').replace(/[\s\u3000]/g, '');

const NOTICE = ['聊城市人民政府文件', '', '聊政发〔2024〕12号', '', '聊城市人民政府关于加强安全生产工作的通知', '',
  '各县（市、区）人民政府，市政府各部门：', '', '为进一步加强安全生产工作，现就有关事项通知如下。', '', '聊城市人民政府', '', '2024年9月28日', ''];
const withNotes = (lines: string[]) => ['000001', '机密★1年', '特急', '', ...lines].join('\n');

describe('份号, 密级和保密期限, 紧急程度 (GB/T 9704 7.2.1-7.2.3)', () => {
  const notes = (p: Page) => p.lines.filter((l) => ['copyNo', 'secrecy', 'urgency'].includes(l.role))
    .map((l) => [l.role, l.row, l.col, text(l), l.segs[0].font]);

  it('are printed flush left on the type area\'s first rows, above the mark at 35 mm, in 黑体 for 密级 and 紧急程度', () => {
    const r = layoutText(withNotes(NOTICE));
    const p = r.pages[0];
    assert.deepStrictEqual(notes(p), [['copyNo', 0, 0, '000001', 'fs'], ['secrecy', 1, 0, '机密★1年', 'ht'], ['urgency', 2, 0, '特急', 'ht']]);
    assert.strictEqual(p.mark?.top, 35);
    assert.strictEqual(p.lines.find((l) => l.role === 'number')?.row, 6);
    assert.strictEqual(r.docs[0].title, '聊城市人民政府关于加强安全生产工作的通知');
  });

  it('the line classifier finds them too, and a draft without a mark prints them above its title', () => {
    assert.deepStrictEqual(classifyLines(new SourceText(withNotes(NOTICE))).map((d) => d.blocks.slice(0, 4).map((b) => b.role)),
      [['copyNo', 'secrecy', 'urgency', 'mark']]);
    const r = layoutText(withNotes(NOTICE.slice(4)));
    assert.deepStrictEqual(notes(r.pages[0]).map((x) => x.slice(0, 3)), [['copyNo', 0, 0], ['secrecy', 1, 0], ['urgency', 2, 0]]);
    assert.strictEqual(r.pages[0].lines.find((l) => l.role === 'title')?.row, 4);
    assert.strictEqual(printed(r.pages), withNotes(NOTICE.slice(4)).replace(/\s/g, ''));
  });

  it('a later document keeps its own (line classifier), and the title read across them is the title alone', () => {
    const docs = classifyLines(new SourceText([...NOTICE, '特急', '', ...NOTICE].join('\n')));
    assert.deepStrictEqual(docs.map((d) => d.blocks.slice(0, 2).map((b) => b.role)), [['mark', 'number'], ['urgency', 'mark']]);
    assert.strictEqual(layoutText(withNotes(NOTICE.slice(4))).docs[0].title, '聊城市人民政府关于加强安全生产工作的通知');
  });

  it('信函格式: under the first double rule, the first on the 发文字号\'s row, the title two lines under the last', () => {
    const letter = ['000001', '特急', '', '聊城市人民政府办公室', '', '聊政办函〔2024〕3号', '', '聊城市人民政府办公室关于商请支持的函', '',
      '市财政局：', '', '请予支持。', '', '聊城市人民政府办公室', '', '2024年9月28日', ''].join('\n');
    const p = layoutText(letter).pages[0];
    assert.deepStrictEqual(notes(p).map((x) => x.slice(0, 3)), [['copyNo', 2, 0], ['urgency', 3, 0]]);
    assert.strictEqual(p.lines.find((l) => l.role === 'number')?.row, 2);
    assert.strictEqual(p.lines.find((l) => l.role === 'title')?.row, 6);
  });

  it('DOCX, 信函格式: the 份号 and the 发文字号 share their row, one paragraph with the number against a right tab', async () => {
    const letter = ['000001', '特急', '', '聊城市人民政府办公室', '', '聊政办函〔2024〕3号', '', '聊城市人民政府办公室关于商请支持的函', '',
      '市财政局：', '', '请予支持。', '', '聊城市人民政府办公室', '', '2024年9月28日', ''].join('\n');
    const ps = paragraphs(await docXml(letter)).filter((x) => !x.includes('framePr'));
    const style = (x: string) => /w:pStyle w:val="(\w+)"/.exec(x)?.[1];
    const at = ps.findIndex((x) => x.includes('000001'));
    // Rows 0 and 1 are blank paragraphs under the frames; row 2 holds both; 特急 on row 3.
    assert.deepStrictEqual([at, style(ps[at]), style(ps[at + 1])], [2, 'GwCopyNo', 'GwUrgency']);
    assert.match(ps[at], /<w:tab w:val="right" w:pos="8844"\/>.*000001.*<w:tab\/>.*聊政办函〔2024〕3号/s);
  });

  it('DOCX: their paragraphs come before the mark\'s, in their own styles', async () => {
    const ps = paragraphs(await docXml(withNotes(NOTICE)));
    const style = (x: string) => /w:pStyle w:val="(\w+)"/.exec(x)?.[1];
    assert.deepStrictEqual(ps.slice(0, 4).map(style), ['GwCopyNo', 'GwSecrecy', 'GwUrgency', 'GwMark']);
    assert.ok(ps[0].includes('000001') && ps[1].includes('机密★1年') && ps[2].includes('特急'));
  });
});

describe('签发人 of an upward document (GB/T 9704 7.2.4, 7.2.6)', () => {
  // Found by the DOCX QA (notes/docxqa): the parser read the 签发人 off the number's line and no format printed it.
  const REQUEST = ['聊城市教育和体育局', '', '聊教体呈〔2025〕45号　　　　　　　　签发人：王志强', '',
    '聊城市教育和体育局关于申请拨付2025年农村义务教育学校校舍维修资金的请示', '', '市政府：', '',
    '　　申请市级财政拨付维修资金944万元。', '', '　　妥否，请批示。', '', '聊城市教育和体育局', '2025年2月28日', ''].join('\n');

  it('the mark 80 mm down; the number one cell in from the left and 签发人：+ name (楷体) one cell in from the right, on one row; the red rule under it', () => {
    const p = layoutText(REQUEST).pages[0];
    assert.deepStrictEqual([p.mark?.text, p.mark?.top], ['聊城市教育和体育局', 80]);
    const n = p.lines.find((l) => l.role === 'number')!;
    const s = p.lines.find((l) => l.role === 'signer')!;
    assert.deepStrictEqual([n.row, n.col, n.align, text(n)], [11, 1, undefined, '聊教体呈〔2025〕45号']);
    assert.deepStrictEqual([s.row, s.col + s.cells, s.align], [11, 27, 'right']);
    assert.deepStrictEqual(s.segs.map((x) => [x.text, x.font]), [['签发人：', 'fs'], ['王志强', 'kt']]);
    const rule = p.rules.find((r) => r.color === 'red')!;
    assert.ok(rule.top > 12 * 225 / 22 && rule.top < 13 * 225 / 22, String(rule.top)); // 4 mm under the number, as on row 6
    // Printed once: not again in the text.
    assert.strictEqual(printed(layoutText(REQUEST).pages).split('王志强').length - 1, 1);
  });

  it('a document without 签发人 keeps its mark at 35 mm and its number centred on row 6', () => {
    const p = layoutText(NOTICE.join('\n')).pages[0];
    const n = p.lines.find((l) => l.role === 'number')!;
    assert.deepStrictEqual([p.mark?.top, n.row, n.align], [35, 6, 'center']);
  });

  it('HTML prints the 签发人; DOCX: the number and 签发人 one paragraph, the 签发人 against a right tab one cell from the right, the name in 楷体', async () => {
    assert.match(renderHtml(REQUEST).html, /r-signer[^>]*>.*签发人：.*王志强/s);
    const ps = paragraphs(await docXml(REQUEST));
    const n = ps.find((x) => x.includes('聊教体呈'))!;
    const cell = Math.round(156 / 28 * 1440 / 25.4);
    assert.match(n, new RegExp(`<w:tab w:val="right" w:pos="${27 * cell}"/>`));
    assert.match(n, /45号<\/w:t>.*<w:tab\/>.*签发人：<\/w:t>.*w:eastAsia="楷体_GB2312"[^]*王志强<\/w:t>/s);
    assert.match(n, /<w:pBdr><w:bottom [^>]*w:color="FF3333"/);
    assert.ok(!ps.some((x) => x !== n && x.includes('王志强')));
  });

  // A joint 请示's several 签发人 (notes/docxqa): printed run together on one row (王志强李明), a third
  // name lost the whole head, and names on a second line went into the title. A two-character name
  // padded to three (李　明) is one name.
  const JOINT_HEAD = ['聊城市教育和体育局', '聊城市财政局', '文件', ''];
  const JOINT_BODY = ['', '聊城市教育和体育局　聊城市财政局关于申请拨付2025年校舍维修资金的请示', '', '市政府：', '',
    '　　申请市级财政拨付维修资金944万元。', '', '聊城市教育和体育局　　聊城市财政局', '2025年2月28日', ''];
  const joint = (...head: string[]) => [...JOINT_HEAD, ...head, ...JOINT_BODY].join('\n');
  const headLines = (t: string) => {
    const p = layoutText(t).pages[0];
    return p.lines.filter((l) => l.role === 'signer' || l.role === 'number' || l.role === 'title').map((l) => [l.role, l.row, l.role === 'title' ? 'centred' : l.col, text(l)]);
  };
  const NUMBER = '聊教体呈〔2025〕45号';

  it('two names: one row, a full-width space between them (7.2.6: two names a row)', () => {
    assert.deepStrictEqual(headLines(joint(`${NUMBER}　　　　　　签发人：王志强　李明`)).slice(0, 2), [
      ['number', 11, 1, NUMBER], ['signer', 11, 17, '签发人：王志强　李明']]);
  });

  it('three names or more: two a row, a further row\'s first name under the first row\'s, the number on the last row, the rule under it', () => {
    const want = [['number', 12, 1, NUMBER], ['signer', 11, 17, '签发人：王志强　李明'], ['signer', 12, 21, '张华'],
      ['title', 15, 'centred', '聊城市教育和体育局　聊城市财政局'], ['title', 16, 'centred', '关于申请拨付2025年校舍维修资金的请示']];
    // On the number's line; on the line under it (set to the right); on the line above, the number with the last name.
    for (const head of [[`${NUMBER}　　　　签发人：王志强　李明　张华`], [`${NUMBER}　签发人：王志强　李　明　张华`],
      [`${NUMBER}　　　　　　签发人：王志强　李明`, '　　　　　　　　　　　　　　　　　　　　　　张华'],
      ['　　　　　　　　　　　　　　　　签发人：王志强　李明', `${NUMBER}　　　　　　　　　　　张华`]]) {
      assert.deepStrictEqual(headLines(joint(...head)), want, head.join('⏎'));
      const p = layoutText(joint(...head)).pages[0];
      assert.strictEqual(p.mark?.top, 80);
      const rule = p.rules.find((r) => r.color === 'red')!;
      assert.ok(rule.top > 13 * 225 / 22 && rule.top < 14 * 225 / 22, String(rule.top)); // 4 mm under row 12
      assert.strictEqual(printed([p]).split('张华').length - 1, 1);
    }
    // A 、 between names is printed as written (the preview fixes nothing), at the end of its row.
    assert.deepStrictEqual(headLines(joint(`${NUMBER}　　　　签发人：王志强、李明、张华`)).slice(0, 3), [
      ['number', 12, 1, NUMBER], ['signer', 11, 16, '签发人：王志强、李明、'], ['signer', 12, 20, '张华']]);
    assert.deepStrictEqual(layoutText(joint(`${NUMBER}　签发人：王志强　李明　张华　赵六`)).pages[0].lines.filter((l) => l.role === 'signer')
      .map((l) => [l.row, l.col, l.segs.map((x) => [x.text, x.font])]), [
      [11, 17, [['签发人：', 'fs'], ['王志强　李明', 'kt']]], [12, 21, [['张华　赵六', 'kt']]]]);
  });

  it('DOCX: the first row ends one cell from the right; the last names share the number\'s paragraph against a right tab', async () => {
    const ps = paragraphs(await docXml(joint(`${NUMBER}　　　　签发人：王志强　李明　张华`)));
    const cell = Math.round(156 / 28 * 1440 / 25.4);
    const first = ps.find((x) => x.includes('王志强'))!;
    assert.match(first, /<w:ind w:right="316" w:firstLine="0"\/><w:jc w:val="right"\/>.*签发人：<\/w:t>.*王志强　李明<\/w:t>/s);
    const n = ps.find((x) => x.includes('聊教体呈'))!;
    assert.match(n, new RegExp(`<w:tab w:val="right" w:pos="${23 * cell}"/>.*45号</w:t>.*<w:tab/>.*张华</w:t>`, 's'));
  });
});

describe('纪要 head (GB/T 9704 10.3)', () => {
  const MINUTES = ['聊城市人民政府常务会议纪要', '', '〔2025〕第12次', '', '聊城市人民政府办公室                    2025年8月26日', '',
    '2025年8月25日，市长张百顺主持召开市政府第12次常务会议。会议纪要如下：', '', '一、研究了全市秋冬季大气污染防治工作', '',
    '会议要求，各级各部门要抓好落实。', '', '出席：张百顺、李明、王军', ''].join('\n');

  it('its name is the red mark at 35 mm, not a black title; the 期数 centred as a 发文字号; the office and date on one row, the red rule under them', () => {
    const r = layoutText(MINUTES);
    const p = r.pages[0];
    assert.deepStrictEqual([p.mark?.text, p.mark?.top], ['聊城市人民政府常务会议纪要', 35]);
    assert.ok(!p.lines.some((l) => l.role === 'title'));
    const n = p.lines.find((l) => l.role === 'number')!;
    assert.deepStrictEqual([n.row, n.align, text(n)], [6, 'center', '〔2025〕第12次']);
    const imprint = p.lines.filter((l) => l.role === 'imprint').map((l) => [l.row, l.col, l.col + l.cells, text(l)]);
    assert.deepStrictEqual(imprint, [[7, 1, 11, '聊城市人民政府办公室'], [7, 27 - cellsOfText('2025年8月26日'), 27, '2025年8月26日']]);
    // The text no longer runs on from the office and date (聊城市人民政府办公室2025年8月26日2025年8月25日，…).
    const body = p.lines.find((l) => l.role === 'body')!;
    assert.ok(text(body).startsWith('2025年8月25日'), text(body));
    assert.strictEqual(body.row, 10);
    const rule = p.rules.find((x) => x.color === 'red')!;
    assert.ok(rule.top > 8 * 225 / 22 && rule.top < 9 * 225 / 22, String(rule.top));
    assert.strictEqual(r.docs[0].title, '聊城市人民政府常务会议纪要');
  });

  it('a title of the meeting under the mark is the title (关于…的纪要); a 纪要 titled 关于… keeps its black title', () => {
    const p = layoutText(['聊城市人民政府常务会议纪要', '', '关于市政府第45次常务会议的纪要', '', '2024年9月20日，市长李明主持召开会议。现纪要如下：', '',
      '一、审议通过有关事项', '', '出席：李明、张华', ''].join('\n')).pages[0];
    assert.strictEqual(p.mark?.text, '聊城市人民政府常务会议纪要');
    assert.deepStrictEqual(p.lines.filter((l) => l.role === 'title').map((l) => [l.row, text(l)]), [[9, '关于市政府第45次常务会议的纪要']]);
    const plain = layoutText(['关于市政府第45次常务会议的纪要', '', '2024年9月20日，市长李明主持召开会议。现纪要如下：', '', '一、审议通过有关事项', ''].join('\n')).pages[0];
    assert.strictEqual(plain.mark, undefined);
    assert.deepStrictEqual(plain.lines.filter((l) => l.role === 'title').map(text), ['关于市政府第45次常务会议的纪要']);
  });

  it('DOCX: the mark in red, the office and date one paragraph with a right tab and the red rule as its border', async () => {
    const ps = paragraphs(await docXml(MINUTES));
    const mark = ps.find((x) => x.includes('常务会议纪要'))!;
    assert.match(mark, /GwMark/);
    const imprint = ps.find((x) => x.includes('聊城市人民政府办公室'))!;
    assert.match(imprint, /GwImprint/);
    assert.match(imprint, /<w:tab w:val="right"/);
    assert.match(imprint, /<w:bottom [^>]*w:color="FF3333"/);
    assert.ok(imprint.indexOf('<w:tab/>') > 0 && imprint.indexOf('2025年8月26日') > imprint.indexOf('<w:tab/>'));
    assert.doesNotMatch(ps.find((x) => x.includes('〔2025〕第12次'))!, /<w:bottom/);
  });
});

describe("a 令's signature written with a colon (GB/T 9704 10.2, 7.3.5.3)", () => {
  const DECREE = ['聊城市人民政府令', '', '第48号', '', '《聊城市人民政府关于修改部分市政府规章的决定》已经2024年10月31日市人民政府第77次常务会议通过，现予公布，自公布之日起施行。', '',
    '市长：张百顺', '', '2024年11月11日', ''].join('\n');

  it('the name (签名章) four cells from the right, the 职务 two cells left of it with the colon in the first of the two', () => {
    const p = layoutText(DECREE).pages[0];
    const sig = p.lines.filter((l) => l.role === 'signature').map((l) => [l.row, l.col, l.col + l.cells, text(l)]);
    assert.deepStrictEqual(sig, [[13, 17, 20, '市长：'], [13, 21, 24, '张百顺']]);
    const date = p.lines.find((l) => l.role === 'date')!;
    assert.deepStrictEqual([date.row, date.col + date.cells], [15, 24]);
  });

  it('the 决定 it publishes, under the date, is printed once, from a new page (the parser takes its title for the 令\'s)', () => {
    const t = DECREE + ['聊城市人民政府关于修改部分市政府规章的决定', '', '聊城市人民政府决定，对下列市政府规章予以修改。', '', '一、对《聊城市燃气管理办法》作出修改', ''].join('\n');
    const r = layoutText(t);
    const where = r.pages.flatMap((p, k) => p.lines.filter((l) => l.role === 'title' || l.role === 'attachTitle').map((l) => [k, l.role, text(l)]));
    assert.deepStrictEqual(where, [[1, 'attachTitle', '聊城市人民政府'], [1, 'attachTitle', '关于修改部分市政府规章的决定']]);
    assert.strictEqual(r.pages[0].lines.find((l) => l.role === 'body')?.row, 8);
  });

  it('DOCX: one paragraph, the name against a right tab', async () => {
    const sig = paragraphs(await docXml(DECREE)).find((x) => x.includes('张百顺'))!;
    assert.match(sig, /<w:tab w:val="right" w:pos="7584"\/>.*市长：<\/w:t>.*<w:r><w:tab\/><\/w:r>.*张百顺/s);
  });
});

describe('tables: a ruled grid, columns that fit Chinese text, the header row repeated on each page', () => {
  const ITEMS = ['矿山企业安全生产许可', '石油天然气企业安全生产许可', '危险化学品生产企业安全生产许可', '生产、储存危险化学品建设项目安全条件审查',
    '矿山建设项目安全设施设计审查', '金属冶炼建设项目安全设施设计审查', '石油天然气建设项目安全设施设计审查', '生产、储存危险化学品建设项目安全设施设计审查',
    '生产、储存烟花爆竹建设项目安全设施设计审查', '安全评价检测检验机构资质认定', '特种作业人员职业资格认定', '矿山特种作业人员职业资格认定',
    '危险化学品安全使用许可', '危险化学品经营许可', '烟花爆竹经营许可', '生产经营单位生产安全事故应急预案备案',
    '生产、经营第二类、第三类非药品类易制毒化学品备案', '公益性民间组织救灾捐赠款分配、使用方案的备案', '义演、义赛、义卖等大型救灾捐赠和募捐活动的备案'];
  const TABLE = ['附件', '', '市级下放事项目录', '', '序号\t事项名称\t权力类型', ...ITEMS.map((x, k) => `${k + 1}\t${x}\t${k < 15 ? '行政许可' : '其他权力'}`), ''].join('\n');
  const cellText = (p: Page, g: NonNullable<Page['grids']>[number], span: number, col: number) => p.lines
    .filter((l) => l.role === 'row' && l.row >= g.spans[span][0] && l.row < g.spans[span][1] && l.col >= g.cols[col] && l.col < g.cols[col + 1]).map(text).join('');

  it('columns: the short ones keep their text\'s width, the long one wraps within what is left; one-line columns centred', () => {
    const r = layoutText(TABLE);
    const g = r.pages[0].grids![0];
    // 序号 2 cells, 权力类型 4 cells, 事项名称 the rest of the 28, each with a cell of padding.
    assert.deepStrictEqual(g.cols, [0, 3, 23, 28]);
    assert.deepStrictEqual(g.centred, [true, false, true]);
    const p = r.pages[0];
    // 生产、储存危险化学品建设项目安全条件审查 (20 characters) wraps in its 19-cell column: its table row takes two grid rows.
    const k = g.spans.findIndex((_, s) => cellText(p, g, s, 1) === ITEMS[3]);
    assert.strictEqual(g.spans[k][1] - g.spans[k][0], 2);
    const one = p.lines.find((l) => text(l) === '1')!;
    assert.strictEqual(one.col, 0.5 + (2 - 0.5) / 2);
    for (const l of p.lines.filter((x) => x.role === 'row')) {
      const c = g.cols.findIndex((e, q) => l.col >= e && l.col < g.cols[q + 1]);
      assert.ok(l.col >= g.cols[c] + 0.5 && l.col + l.cells <= g.cols[c + 1] - 0.5 + 1e-9, `${text(l)} within its column`);
    }
  });

  it('a table longer than the page: whole rows go over, the header row opens the next page, the grid is ruled on both', () => {
    const r = layoutText(TABLE);
    assert.strictEqual(r.pages.length, 2);
    const [a, b] = r.pages;
    const ga = a.grids![0];
    const gb = b.grids![0];
    assert.deepStrictEqual([ga.headerRows, gb.headerRows, gb.rows[0]], [1, 1, 0]);
    assert.strictEqual(cellText(b, gb, 0, 1), '事项名称');
    assert.ok(b.lines.filter((l) => text(l) === '事项名称')[0].segs[0].font === 'ht');
    // Every table row on one page: the rows in the two grids are the header twice and the 19 items once (16 fit the first page).
    const names = [...ga.spans.map((_, s) => cellText(a, ga, s, 1)), ...gb.spans.map((_, s) => cellText(b, gb, s, 1))];
    assert.deepStrictEqual(names, ['事项名称', ...ITEMS.slice(0, 16), '事项名称', ...ITEMS.slice(16)]);
    assert.ok(ga.rows[ga.rows.length - 1] <= 22);
  });

  it('the header row never ends a page without a row under it', () => {
    // 关于… title (row 0), a blank row, then 19 one-line paragraphs: the table starts on the page's last row.
    const paras = Array.from({ length: 19 }, (_, k) => `第${k + 1}项工作已经完成。`);
    const r = layoutText(['关于重点项目进展情况的通报', '', ...paras.flatMap((x) => [x, '']), '序号\t项目\t进度', '1\t城市更新项目\t完成', '2\t运河综合整治工程\t完成', ''].join('\n'));
    assert.strictEqual(Math.max(...r.pages[0].lines.map((l) => l.row)), 20);
    assert.strictEqual(r.pages[0].grids, undefined);
    assert.deepStrictEqual(r.pages[1].grids!.map((g) => [g.rows[0], g.spans.length, g.headerRows]), [[0, 3, 1]]);
  });

  it('one line with a tab is no table: no grid, the tab a full-width space', () => {
    const p = layoutText(['关于召开工作会议的通知', '', '各县（市、区）人民政府：', '', '定于3月5日召开会议。', '', '联系人：张三\t电话：8888888', ''].join('\n')).pages[0];
    assert.strictEqual(p.grids, undefined);
    const l = p.lines.find((x) => text(x).startsWith('联系人'))!;
    assert.deepStrictEqual([l.col, text(l)], [0, '联系人：张三\u3000电话：8888888']);
  });

  it('HTML: one rule per row edge and per column edge', () => {
    const { html } = renderHtml(TABLE);
    const pages = html.split('<section').slice(1);
    const r = layoutText(TABLE);
    pages.forEach((h, k) => {
      const g = r.pages[k].grids![0];
      assert.strictEqual((h.match(/class="grid /g) ?? []).length, g.rows.length + g.cols.length);
    });
  });

  it('DOCX: a Word table per page with the columns\' widths, every edge ruled, the header row marked to repeat; the second opens its page', async () => {
    const xml = (await JSZip.loadAsync((await exportText(TABLE, 'docx')).data)).file('word/document.xml')!.async('string');
    const x = await xml;
    const tables = x.match(/<w:tbl>.*?<\/w:tbl>/gs)!;
    assert.strictEqual(tables.length, 2);
    for (const t of tables) {
      assert.deepStrictEqual(Array.from(t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g), (m) => Number(m[1])), [3, 20, 5].map((c) => Math.round(c * 316)));
      for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) assert.match(t, new RegExp(`<w:${side} w:val="single"`));
      const rows = t.match(/<w:tr>.*?<\/w:tr>/gs)!;
      assert.match(rows[0], /<w:tblHeader\/>/);
      assert.match(rows[0], /事项名称/);
      assert.doesNotMatch(rows[1], /tblHeader/);
    }
    // The paragraph right before the second table breaks the page and takes no height.
    const before = x.slice(0, x.indexOf(tables[1])).match(/<w:p>(?:(?!<w:p>).)*<\/w:p>$/s)![0];
    assert.match(before, /<w:pageBreakBefore\/>/);
    assert.match(before, /<w:spacing w:line="20" w:lineRule="exact"\/>/);
  });
});

describe('DOCX tabs', () => {
  it('are w:tab elements (目录 leader, 印发 date, a 令\'s name), never a tab character inside w:t, which Word may show as a space', async () => {
    const issue = path.resolve(__dirname, 'fixtures', 'issue.yaml');
    const xml = await (await JSZip.loadAsync((await exportIssue(issue, 'docx')).data)).file('word/document.xml')!.async('string');
    assert.doesNotMatch(xml, /<w:t[^>]*>[^<]*\t/);
    assert.ok((xml.match(/<w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:tab\/>/g) ?? []).length >= 3);
  });
});
