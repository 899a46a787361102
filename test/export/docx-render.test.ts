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
