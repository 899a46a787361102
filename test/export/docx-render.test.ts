// What the DOCX needs so that a word processor other than Word keeps our pages: found by opening the
// export in LibreOffice 7.4 (notes/docxqa), where every page of our PDF became two. Checked on the XML,
// since CI has no word processor; `scripts/docx-check.sh` compares the page counts where one is installed.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { exportText } from '../../engine/src/export';

const notice = fs.readFileSync(path.resolve(__dirname, 'fixtures', 'notice.txt'), 'utf8');

describe('DOCX for LibreOffice as for Word', () => {
  let doc: string;
  let styles: string;
  const num = (xml: string, attr: string) => Number(new RegExp(`w:${attr}="(-?\\d+)"`).exec(xml)![1]);
  const style = (id: string) => new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"[^]*?</w:style>`).exec(styles)![0];

  before(async () => {
    const zip = await JSZip.loadAsync((await exportText(notice, 'docx')).data);
    doc = await zip.file('word/document.xml')!.async('string');
    styles = await zip.file('word/styles.xml')!.async('string');
  });

  it('22 exact lines fit the type area: not one twip over, or the 22nd line of every page moves to the next', () => {
    const sz = /<w:pgSz [^>]*\/>/.exec(doc)![0];
    const mar = /<w:pgMar [^>]*\/>/.exec(doc)![0];
    const area = num(sz, 'h') - num(mar, 'top') - num(mar, 'bottom');
    const line = num(/<w:pPrDefault>.*?<w:spacing [^>]*\/>/s.exec(styles)![0], 'line');
    assert.ok(22 * line <= area, `22 × ${line} > ${area}`);
    assert.ok(23 * line > area);
    for (const id of ['GwBody', 'GwTitle', 'GwMark', 'GwTableCell']) assert.strictEqual(num(/<w:spacing [^>]*w:line="[^>]*\/>/.exec(style(id))![0], 'line'), line, id);
  });

  it('no character grid (LibreOffice gives each 16 pt character two cells of a 15.8 pt grid); 16 pt text condensed so 28 characters fill the line and 29 do not', () => {
    const grid = /<w:docGrid [^>]*\/>/.exec(doc)![0];
    assert.doesNotMatch(grid, /w:type="(linesAndChars|snapToChars)"/);
    const sz = /<w:pgSz [^>]*\/>/.exec(doc)![0];
    const mar = /<w:pgMar [^>]*\/>/.exec(doc)![0];
    const width = num(sz, 'w') - num(mar, 'left') - num(mar, 'right');
    for (const id of ['GwBody', 'GwHeading1', 'GwNumber', 'GwTableCell', 'GwSignature']) {
      const rPr = /<w:rPr>.*?<\/w:rPr>/s.exec(style(id))![0];
      assert.match(rPr, /<w:sz w:val="32"\/>/, id);
      const pitch = 320 + num(/<w:spacing [^>]*\/>/.exec(rPr)?.[0] ?? 'w:val="0"', 'val'); // twips per character
      assert.ok(28 * pitch <= width && 29 * pitch > width, `${id}: 28 × ${pitch} in ${width}`);
    }
    // The title's cells are its own size (2号, 22 pt): not condensed.
    assert.doesNotMatch(/<w:rPr>.*?<\/w:rPr>/s.exec(style('GwTitle'))![0], /<w:spacing /);
  });

  it('document defaults: no extra space between Chinese and digits or Latin, no punctuation hung past the margin (our layout does neither), in schema order', () => {
    const pPr = /<w:pPrDefault><w:pPr>(.*?)<\/w:pPr><\/w:pPrDefault>/s.exec(styles)![1];
    assert.match(pPr, /^<w:overflowPunct w:val="0"\/><w:autoSpaceDE w:val="0"\/><w:autoSpaceDN w:val="0"\/><w:spacing /);
    const rPr = /<w:rPrDefault><w:rPr>(.*?)<\/w:rPr><\/w:rPrDefault>/s.exec(styles)![1];
    assert.match(rPr, /w:eastAsia="仿宋_GB2312"/);
    assert.match(rPr, /<w:sz w:val="32"\/>/);
  });

  it('the 发文机关标志 fits on one line: its paragraph reaches past the type area as the printed mark does', () => {
    const p = /<w:p>(?:(?!<\/w:p>).)*GwMark(?:(?!<\/w:p>).)*<\/w:p>/s.exec(doc)![0];
    const text = /<w:t[^>]*>([^<]*)<\/w:t>/.exec(p)![1];
    const halfPoints = num(/<w:sz [^>]*\/>/.exec(p)![0], 'val');
    const ind = /<w:ind [^>]*\/>/.exec(p)?.[0] ?? '';
    const sz = /<w:pgSz [^>]*\/>/.exec(doc)![0];
    const mar = /<w:pgMar [^>]*\/>/.exec(doc)![0];
    const room = num(sz, 'w') - num(mar, 'left') - num(mar, 'right') - (ind ? num(ind, 'left') + num(ind, 'right') : 0);
    assert.ok(Array.from(text).length * halfPoints * 10 <= room, `${text}: ${Array.from(text).length} × ${halfPoints / 2} pt in ${room} twips`);
  });
});

describe('DOCX paragraph borders take no extra row', () => {
  it('the red rule under the 发文字号 and the 版记 rules: each bordered paragraph with its borders is one row high', async () => {
    const zip = await JSZip.loadAsync((await exportText(notice, 'docx')).data);
    const doc = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');
    const line = Number(/<w:pPrDefault>.*?w:line="(\d+)"/s.exec(styles)![1]);
    const bordered = Array.from(doc.matchAll(/<w:p>(?:(?!<\/w:p>).)*<w:pBdr>(?:(?!<\/w:p>).)*<\/w:p>/gs), (m) => m[0]).filter((p) => !/<w:framePr/.test(p));
    // The 发文字号 (red rule under it), 抄送 (rule over it), 印发 (rules over and under it).
    assert.strictEqual(bordered.length, 3);
    for (const p of bordered) {
      // Word and LibreOffice add each border's space and width (w:space in pt, w:sz in eighths of a pt) to the paragraph.
      const extra = Array.from(/<w:pBdr>(.*?)<\/w:pBdr>/s.exec(p)![1].matchAll(/<w:(?:top|bottom) ([^>]*)\/>/g), (m) => {
        const a = (n: string) => Number(new RegExp(`w:${n}="(\\d+)"`).exec(m[1])![1]);
        return a('space') * 20 + (a('sz') * 20) / 8;
      }).reduce((x, y) => x + y, 0);
      const own = /<w:spacing [^>]*w:line="(\d+)" w:lineRule="exact"/.exec(p);
      assert.ok(own, `exact line pitch of its own: ${p.slice(0, 300)}`);
      assert.ok(Math.abs(Number(own[1]) + extra - line) <= 1, `${own[1]} + ${extra} ≠ ${line}`);
    }
  });
});

describe('DOCX lines our layout set on one line stay one line', () => {
  const TABLE_DOC = ['聊城市人民政府办公室', '', '聊政办字〔2025〕40号', '', '聊城市人民政府办公室关于2025年第三季度重点项目进展情况的通报', '',
    '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：', '', '　　截至9月底，全市重点项目开工率达到95%。主要项目进展情况如下：', '', '序号\t项目名称\t责任单位\t进度', '1\t聊城市城市更新项目\t市住房城乡建设局\t完成', '2\t京杭运河聊城段综合整治工程\t市水利局\t80%', ''].join('\n');
  let doc: string;
  before(async () => {
    doc = await (await JSZip.loadAsync((await exportText(TABLE_DOC, 'docx')).data)).file('word/document.xml')!.async('string');
  });
  const num = (xml: string, attr: string) => Number(new RegExp(`w:${attr}="(-?\\d+)"`).exec(xml)![1]);

  it('a title line of 20 characters (a full 2号 line) has room to spare: LibreOffice widens 2025 against Chinese, a substituted font may be wider', () => {
    const textOf = (x: string) => Array.from(x.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g), (m) => m[1]).join('');
    const p = (doc.match(/<w:p>.*?<\/w:p>/gs) ?? []).find((x) => x.includes('GwTitle') && textOf(x).startsWith('关于2025年'))!;
    const text = textOf(p);
    // 2号 (22 pt = 440 twips) a full-width character, half that a digit.
    const width = Array.from(text).reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? 220 : 440), 0);
    assert.ok(width > 20 * 440 - 440, `${text}: a nearly full line (${width} twips)`);
    const ind = /<w:ind [^>]*\/>/.exec(p)?.[0];
    const room = 8845 - (ind ? num(ind, 'left') + num(ind, 'right') : 0);
    assert.ok(room - width >= 400, `${room} twips for ${width}`);
    assert.match(p, /<w:jc w:val="center"\/>|GwTitle/); // centred (the style), so the wider box does not move it
  });

  it('a table cell holds the text our layout put in it: its cells less half a cell each side, less the borders\' width', () => {
    const table = /<w:tbl>.*?<\/w:tbl>/s.exec(doc)![0];
    const cell = Math.round((156 / 28) * 1440 / 25.4);
    for (const tc of table.match(/<w:tc>.*?<\/w:tc>/gs)!) {
      const w = num(/<w:tcW [^>]*\/>/.exec(tc)![0], 'w');
      const mar = /<w:tcMar>(.*?)<\/w:tcMar>/s.exec(tc)![1];
      const side = (s: string) => num(new RegExp(`<w:${s} [^>]*/>`).exec(mar)![0], 'w');
      const border = (6 * 20) / 8; // a half of each of the two 0.75 pt rules
      const chars = Math.round(w / cell) - 1;
      assert.ok(w - side('left') - side('right') - border >= chars * (320 - 5), `${w} - margins ${side('left')}+${side('right')} - ${border} < ${chars} characters`);
    }
  });
});

describe('DOCX quotes, dashes and symbols in the Chinese font', () => {
  it('a run with “”, ——, …… or ◎ says w:hint="eastAsia": Word otherwise sets them in the Latin font, half as wide as the cell our layout gave them', async () => {
    const text = ['聊城市人民政府办公室关于推进“五位一体”建设的通知', '', '各县（市、区）人民政府：', '',
      '　　紧紧围绕“五位一体”总体布局——统筹推进各项工作……', '', '　　◎重点任务', '', '聊城市人民政府办公室', '2025年3月4日', ''].join('\n');
    const doc = await (await JSZip.loadAsync((await exportText(text, 'docx')).data)).file('word/document.xml')!.async('string');
    const runs = doc.match(/<w:r>.*?<\/w:r>/gs) ?? [];
    const tricky = runs.filter((r) => /[‘’“”—…◎]/.test(/<w:t[^>]*>([^<]*)</.exec(r)?.[1] ?? ''));
    assert.ok(tricky.length >= 3, String(tricky.length));
    for (const r of tricky) assert.match(r, /<w:rFonts [^>]*w:hint="eastAsia"/, r);
    // Runs of Chinese and digits only need no hint.
    const plain = runs.find((r) => /<w:t[^>]*>2025年3月4日</.test(r))!;
    assert.doesNotMatch(plain, /w:hint/);
  });
});

describe('DOCX 信函格式 frames', () => {
  it('the mark and the double rules, framed on the page, do not push the text: w:wrap="none" (LibreOffice reads through and auto as wrapping around, and a frame as wide as the page then moves the 发文字号 and all under it a row and a half down)', async () => {
    const letter = fs.readFileSync(path.resolve(__dirname, 'fixtures', 'letter.txt'), 'utf8');
    const doc = await (await JSZip.loadAsync((await exportText(letter, 'docx')).data)).file('word/document.xml')!.async('string');
    const frames = doc.match(/<w:framePr [^>]*\/>/g) ?? [];
    assert.strictEqual(frames.length, 3); // the mark, the rule under it, the rule at the foot
    for (const f of frames) {
      assert.match(f, /w:wrap="none"/, f);
      assert.match(f, /w:hAnchor="page" w:vAnchor="page"/, f);
    }
  });
});

describe('DOCX lines in the size our layout gave them', () => {
  it('a 任免 notice\'s title printed in 3号 at the left (as the gazette prints it, before the number) stays 3号 and at the left, not the title style\'s centred 2号 on two lines', async () => {
    const text = '聊城市人民政府关于任免荣健等工作人员职务的通知\n\n聊政任〔2021〕5号\n\n各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：\n\n' +
      '市人民政府决定，任命：\n\n荣健为聊城市公安局交通巡逻警察支队副支队长。\n\n聊城市人民政府\n2021年4月13日\n';
    const doc = await (await JSZip.loadAsync((await exportText(text, 'docx')).data)).file('word/document.xml')!.async('string');
    const p = (doc.match(/<w:p>.*?<\/w:p>/gs) ?? []).find((x) => x.includes('关于任免荣健'))!;
    assert.match(p, /<w:jc w:val="left"\/>/);
    for (const r of p.match(/<w:r>.*?<\/w:r>/gs)!) {
      assert.match(r, /<w:sz w:val="32"\/>/, r);
      assert.match(r, /<w:spacing w:val="-5"\/>/, r); // condensed as body text: 22 characters on one line of 28 cells
    }
  });
});
