// Exported files checked with independent tools: pdfinfo / pdftotext (poppler-utils) for the PDF,
// a zip parser for the DOCX's XML, and the CLI commands end to end.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import JSZip from 'jszip';
import * as iconv from 'iconv-lite';
import { exportText, exportIssue, readManifest, EmptyDocumentError, CHAR_SPACING, LINE_PITCH } from '../../engine/src/export';
import { layoutText, renderHtml, cellsOfText } from '../../engine/src/render';
import { run as exportCmd } from '../../cli/src/commands/export';
import { run as issueCmd } from '../../cli/src/commands/issue';
import { chromiumPath, artifact } from '../browser/helpers';
import type { Io } from '../../cli/src/io';

const FIX = path.resolve(__dirname, 'fixtures');
const notice = fs.readFileSync(path.join(FIX, 'notice.txt'), 'utf8');

function has(cmd: string): boolean {
  try {
    execFileSync(cmd, ['-v'], { stdio: 'ignore' });
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

function memIo(cwd: string): Io & { out: string; err: string } {
  const io = { cwd, out: '', err: '', color: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

/** A temp folder removed when the tests end (each run used to leave its folders behind). */
const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(d);
  return d;
}
after(() => {
  for (const d of tempDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('PDF export (Debian chromium, checked with poppler-utils)', function () {
  this.timeout(120000);
  let pdfFile: string;

  before(async function () {
    if (!chromiumPath()) {
      console.log('      Chromium 未安装 / chromium not installed (apt-get install chromium): PDF tests skipped');
      this.skip();
    }
    if (!has('pdfinfo')) {
      console.log('      poppler-utils 未安装 / pdfinfo missing (apt-get install poppler-utils): PDF tests skipped');
      this.skip();
    }
    const r = await exportText(notice, 'pdf');
    pdfFile = artifact('notice.pdf');
    fs.writeFileSync(pdfFile, r.data);
  });

  it('has A4 pages and the page count of the layout', () => {
    const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
    const expected = layoutText(notice).pages.length;
    assert.strictEqual(expected, 3);
    assert.match(info, new RegExp(`Pages:\\s+${expected}\\n`));
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    // A4 = 595.28 × 841.89 pt
    assert.ok(Math.abs(Number(size[1]) - 595.28) < 2 && Math.abs(Number(size[2]) - 841.89) < 2, info);
  });

  it('has extractable text with 28-character body lines', () => {
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' });
    const lines = text.split('\n').map((l) => l.trim().replace(/\s+/g, ''));
    // Every full-width body line the layout made holds 28 cells; pdftotext finds it as one line.
    const full = layoutText(notice).pages.flatMap((p) => p.lines)
      .filter((l) => l.role === 'body' && l.col === 0 && l.cells === 28)
      .map((l) => l.segs.map((s) => s.text).join(''));
    assert.ok(full.length >= 3, 'the notice has full body lines');
    for (const f of full) {
      assert.ok(lines.includes(f), `pdftotext shows the line: ${f}`);
      assert.strictEqual(cellsOfText(f), 28);
    }
    assert.ok(lines.includes('障群众温暖过冬作为一项重要的民生工程，切实加强组织领导，'));
    assert.strictEqual(Array.from('障群众温暖过冬作为一项重要的民生工程，切实加强组织领导，').length, 28);
    assert.ok(lines.includes('聊城市人民政府办公室文件'));
    assert.ok(lines.includes('—1—') && lines.includes('—3—'), 'page numbers');
  });
  it('embeds its fonts as CID TrueType, no Type 3 fonts (print shops refuse them)', function () {
    // Needs the free TrueType CJK faces the stacks prefer (scripts/setup-test-env.sh installs them);
    // with only the Noto CJK OTCs (CFF outlines) Chromium can do nothing but Type 3.
    const installed = (family: string) => {
      try {
        return execFileSync('fc-list', [`:family=${family}`], { encoding: 'utf8' }).trim() !== '';
      } catch {
        return false;
      }
    };
    const missing = ['AR PL UMing CN', 'AR PL UKai CN', 'WenQuanYi Zen Hei', 'Liberation Serif'].filter((f) => !installed(f));
    if (missing.length || !has('pdffonts')) {
      console.log(`      字体未安装 / fonts missing (${missing.join(', ') || 'pdffonts'}): apt-get install fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei fonts-liberation poppler-utils`);
      this.skip();
    }
    const table = execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
    const fonts = table.map((l) => ({ name: l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''), type: /Type 3/.test(l) ? 'Type 3' : /CID TrueType/.test(l) ? 'CID TrueType' : l, embedded: /\byes\s+yes\s+yes\b/.test(l) }));
    assert.deepStrictEqual(fonts.filter((f) => f.type !== 'CID TrueType'), [], table.join('\n'));
    assert.ok(fonts.every((f) => f.embedded), table.join('\n'));
    // Body (仿宋 fallback), 一、 headings (黑体), （一） headings (楷体) and Latin digits.
    assert.deepStrictEqual(fonts.map((f) => f.name).sort(), ['LiberationSerif', 'UKaiCN', 'UMingCN', 'WenQuanYiZenHei']);
  });

  it('half-width runs print without a gap or a collision (pdftotext reads `3.5万张`, `65%以上`, `100%。`)', async () => {
    const text = '关于养老服务的通知\n\n各县（市、区）人民政府：\n\n' +
      '　　到2027年，全市养老服务床位总数达到3.5万张，护理型床位占比达到65%以上，街道综合养老服务中心覆盖率达到100%。\n';
    const file = artifact('half-width.pdf');
    fs.writeFileSync(file, (await exportText(text, 'pdf')).data);
    // Without -layout pdftotext inserts a space wherever glyphs leave a gap wider than about 0.1 em.
    const out = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    for (const s of ['到2027年，', '达到3.5万张，', '达到65%以上，', '100%。']) assert.ok(out.includes(s), `${s} in:\n${out}`);
  });
});

describe('DOCX export (parsed with jszip)', () => {
  let doc: string;
  let styles: string;
  let zip: JSZip;

  before(async () => {
    const r = await exportText(notice, 'docx');
    fs.writeFileSync(artifact('notice.docx'), r.data);
    zip = await JSZip.loadAsync(r.data);
    doc = await zip.file('word/document.xml')!.async('string');
    styles = await zip.file('word/styles.xml')!.async('string');
  });

  it('sets A4, the GB/T 9704 margins and the 22 × 28 grid', () => {
    assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(doc)![1];
    const attr = (n: string) => Number(new RegExp(`w:${n}="(-?\\d+)"`).exec(mar)![1]);
    const mm = (tw: number) => (tw / 1440) * 25.4;
    assert.ok(Math.abs(mm(attr('top')) - 37) < 0.1, 'top 37 mm');
    assert.ok(Math.abs(mm(attr('left')) - 28) < 0.1, 'left 28 mm');
    assert.ok(Math.abs(mm(attr('right')) - 26) < 0.1, 'right 26 mm');
    assert.ok(Math.abs(mm(attr('bottom')) - 35) < 0.1, 'bottom 35 mm');
    // The grid is kept by exact line pitch and condensed 16 pt text, not by w:docGrid (docx-render.test.ts).
    assert.match(styles, new RegExp(`<w:pPrDefault>.*w:line="${LINE_PITCH}" w:lineRule="exact"`, 's'));
    // 22 lines of 579 twips fill the 225 mm type area; 28 characters of 16 pt condensed by CHAR_SPACING fill 156 mm.
    assert.ok(Math.abs(mm(LINE_PITCH * 22) - 225) < 0.5);
    assert.ok(Math.abs(((16 + CHAR_SPACING / 20) * 28 * 25.4) / 72 - 156) < 0.5);
  });

  it('has a real paragraph style per part and level, with the standard fonts', () => {
    const style = (id: string) => new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"[^]*?</w:style>`).exec(styles)?.[0] ?? '';
    assert.match(style('GwBody'), /w:eastAsia="仿宋_GB2312"/);
    assert.match(style('GwBody'), /<w:sz w:val="32"\/>/);
    assert.match(style('GwTitle'), /w:eastAsia="方正小标宋简体"/);
    assert.match(style('GwTitle'), /<w:sz w:val="44"\/>/);
    assert.match(style('GwTitle'), /<w:jc w:val="center"\/>/);
    assert.match(style('GwHeading1'), /w:eastAsia="黑体"/);
    assert.match(style('GwHeading2'), /w:eastAsia="楷体_GB2312"/);
    assert.match(style('GwHeading3'), /w:eastAsia="仿宋_GB2312"/);
    assert.match(style('GwMark'), /<w:color w:val="FF3333"\/>/);
    // The parts use them.
    const para = (text: string) => new RegExp(`<w:p>(?:(?!</w:p>).)*${text}(?:(?!</w:p>).)*</w:p>`, 's').exec(doc)?.[0] ?? '';
    assert.match(para('一、提高思想认识'), /<w:pStyle w:val="GwHeading1"\/>/);
    assert.match(para('（二）加强设施维护。'), /<w:pStyle w:val="GwHeading2"\/>/);
    assert.match(para('聊政办发〔2024〕7号'), /<w:pStyle w:val="GwNumber"\/>/);
    assert.match(para('聊政办发〔2024〕7号'), /<w:bottom [^>]*w:color="FF3333"/);
    assert.match(para('2024年10月8日</w:t>'), /GwDate|GwBanji/);
  });

  it('breaks pages where the layout does and numbers them — N — in odd/even footers', async () => {
    const pages = layoutText(notice).pages.length;
    assert.strictEqual((doc.match(/<w:pageBreakBefore\/>/g) ?? []).length, pages - 1);
    assert.match(doc, /<w:footerReference w:type="default"/);
    assert.match(doc, /<w:footerReference w:type="even"/);
    const settings = await zip.file('word/settings.xml')!.async('string');
    assert.match(settings, /<w:evenAndOddHeaders\/>/);
    const footers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    assert.strictEqual(footers.length, 2);
    for (const f of footers) {
      assert.match(f, /PAGE/);
      assert.match(f, /— /);
    }
    assert.ok(footers.some((f) => /<w:jc w:val="right"\/>/.test(f)) && footers.some((f) => /<w:jc w:val="left"\/>/.test(f)));
  });

  it('sets the page numbers in 4号 宋体, their digits too (GB/T 9704 7.5: 4号半角宋体阿拉伯数字)', async () => {
    const styles = await zip.file('word/styles.xml')!.async('string');
    const style = /<w:style [^>]*w:styleId="GwPageNumber".*?<\/w:style>/s.exec(styles)![0];
    assert.match(style, /<w:rFonts w:ascii="宋体" w:cs="宋体" w:eastAsia="宋体" w:hAnsi="宋体"\/>/);
    assert.match(style, /<w:sz w:val="28"\/>/);
    const html = renderHtml(notice).html;
    assert.match(/\.pno\{[^}]*\}/.exec(html)![0], /font-size:14pt;font-family:"宋体", "SimSun", "AR PL UMing CN"/);
  });
});

describe('issue assembly', function () {
  this.timeout(120000);

  it('目录 page numbers equal the pages where the documents start (HTML)', async () => {
    const r = await exportIssue(path.join(FIX, 'issue.yaml'), 'html');
    // The 令 takes 3 pages in the 命令格式 (its signature per 7.3.5.3 takes three more rows).
    assert.deepStrictEqual(r.entries.map((e) => [e.number, e.page]), [['聊城市人民政府令第52号', 1], ['聊政办发〔2024〕7号', 4], ['聊政办字〔2024〕15号', 7]]);
    const html = r.data.toString('utf8');
    const toc = Array.from(html.matchAll(/class="[^"]*toc-page"><span class="hi">(\d+)</g), (m) => Number(m[1]));
    assert.deepStrictEqual(toc, [1, 4, 7]);
    // The 函 (信函格式) is page 7 but prints no number there (GB/T 9704 10.1); page 8 does.
    assert.match(html, /data-number="7"><div class="area">(?:(?!<\/section>).)*<\/div><\/section>/s);
    assert.doesNotMatch(html, /— 7 —/);
    assert.match(html, /— 8 —/);
  });

  it('the PDF issue: each document starts on the page its 目录 entry names, numbering continuous', async function () {
    if (!chromiumPath() || !has('pdftotext')) this.skip();
    const r = await exportIssue(path.join(FIX, 'issue.yaml'), 'pdf');
    const file = artifact('issue.pdf');
    fs.writeFileSync(file, r.data);
    const pageText = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    assert.match(info, new RegExp(`Pages:\\s+${r.pages}\\n`));
    const toc = pageText(2);
    assert.ok(toc.includes('目录'));
    for (const e of r.entries) {
      // The 目录 line: number, leader, page.
      assert.ok(toc.includes(`${e.number!.replace(/\s/g, '')}`) && toc.includes(String(e.page)), `目录 lists ${e.number}`);
      // Cover + 目录 = 2 pages before page 1.
      const start = pageText(e.page + 2);
      assert.ok(start.includes(e.number!.replace(/^聊城市人民政府令/, '')), `${e.number} starts on page ${e.page}`);
      // A 函 in the 信函格式 prints no number on its first page (GB/T 9704 10.1); the next page does.
      if (e.number!.includes('字〔')) {
        assert.ok(!start.includes(`—${e.page}—`), `no printed page number ${e.page}`);
        assert.ok(pageText(e.page + 3).includes(`—${e.page + 1}—`), `printed page number ${e.page + 1}`);
      } else assert.ok(start.includes(`—${e.page}—`), `printed page number ${e.page}`);
    }
  });

  it('bad manifests get a clear message', async () => {
    const dir = tempDir('gw-issue-');
    fs.writeFileSync(path.join(dir, 'm.yaml'), 'title: 公报\nsections:\n  - name: ◎市政府文件\n    documents: [missing.txt]\n');
    const io = memIo(dir);
    assert.strictEqual(await issueCmd(['m.yaml', '-o', 'out.html'], io), 2);
    assert.match(io.err, /missing\.txt.*无法读取 \/ cannot read \(ENOENT\)/);
    fs.writeFileSync(path.join(dir, 'n.json'), '{"title": "公报"}');
    const io2 = memIo(dir);
    assert.strictEqual(await issueCmd(['n.json', '-o', 'out.html'], io2), 2);
    assert.match(io2.err, /缺少 sections/);
  });

  it('a manifest in GBK, or in UTF-8 with a BOM (JSON too), is read as the documents are', async () => {
    const dir = tempDir('gw-issue-');
    fs.copyFileSync(path.join(FIX, 'notice.txt'), path.join(dir, 'notice.txt'));
    const yaml = 'title: 聊城市人民政府公报\nsections:\n  - name: ◎市政府办公室文件\n    documents: [notice.txt]\n';
    fs.writeFileSync(path.join(dir, 'gbk.yaml'), iconv.encode(yaml, 'gbk'));
    fs.writeFileSync(path.join(dir, 'bom.json'), '\ufeff' + JSON.stringify({ title: '聊城市人民政府公报', sections: [{ name: '◎市政府办公室文件', documents: ['notice.txt'] }] }));
    for (const m of ['gbk.yaml', 'bom.json']) {
      const { manifest } = readManifest(path.join(dir, m));
      assert.strictEqual(manifest.title, '聊城市人民政府公报', m);
      assert.strictEqual(manifest.sections[0].name, '◎市政府办公室文件', m);
    }
  });

  it('a document without a title is listed under its file name with a warning on stderr', async () => {
    const dir = tempDir('gw-issue-');
    fs.copyFileSync(path.join(FIX, 'notice.txt'), path.join(dir, 'notice.txt'));
    fs.writeFileSync(path.join(dir, 'loose.txt'), '请各单位做好安全生产工作，确保万无一失。\n');
    fs.writeFileSync(path.join(dir, 'm.yaml'), 'title: 公报\nsections:\n  - name: ◎市政府办公室文件\n    documents: [notice.txt, loose.txt]\n');
    const io = memIo(dir);
    assert.strictEqual(await issueCmd(['m.yaml', '-o', 'out.html'], io), 0);
    assert.strictEqual(io.err, `gongwen issue: ${path.join(dir, 'loose.txt')}: 未找到标题，目录以文件名代替 / no title found: the 目录 lists the file name instead\n`);
    assert.match(io.out, /  4  loose\.txt\n/);
  });

  it('an empty document, or a section that lists none, is an error naming it, not an issue that leaves it out', async () => {
    const dir = tempDir('gw-issue-');
    fs.copyFileSync(path.join(FIX, 'notice.txt'), path.join(dir, 'notice.txt'));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '\n  \n');
    fs.writeFileSync(path.join(dir, 'm.yaml'), 'title: 公报\nsections:\n  - name: ◎市政府办公室文件\n    documents: [notice.txt, empty.txt]\n');
    const io = memIo(dir);
    assert.strictEqual(await issueCmd(['m.yaml', '-o', 'out.html'], io), 2);
    assert.match(io.err, /^gongwen issue: .*empty\.txt: 文件为空，没有可汇编的公文 \/ the document is empty/);
    assert.ok(!fs.existsSync(path.join(dir, 'out.html')));
    fs.writeFileSync(path.join(dir, 'n.yaml'), 'title: 公报\nsections:\n  - name: ◎市政府文件\n    documents: []\n  - name: ◎市政府办公室文件\n    documents: [notice.txt]\n');
    const io2 = memIo(dir);
    assert.strictEqual(await issueCmd(['n.yaml', '-o', 'out.html'], io2), 2);
    assert.match(io2.err, /sections\[0\]（◎市政府文件）没有文件 \/ sections\[0\] \(◎市政府文件\) lists no documents/);
  });
});

describe('gongwen export / issue commands', function () {
  this.timeout(120000);

  it('export --to html and --to docx write the files', async () => {
    const dir = tempDir('gw-export-');
    fs.copyFileSync(path.join(FIX, 'notice.txt'), path.join(dir, 'notice.txt'));
    const io = memIo(dir);
    assert.strictEqual(await exportCmd(['notice.txt', '--to', 'html'], io), 0, io.err);
    const html = fs.readFileSync(path.join(dir, 'notice.html'), 'utf8');
    assert.match(html, /<section class="page odd" data-page="1"/);
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//, 'no remote resources');
    assert.strictEqual(await exportCmd(['notice.txt', '-o', 'out/n.docx'.replace('out/', '')], io), 0, io.err);
    assert.ok(fs.statSync(path.join(dir, 'n.docx')).size > 5000);
    assert.match(io.out, /notice\.html: 3 页 \/ pages \(html\)/);
  });

  it('export refuses bad arguments and missing files clearly', async () => {
    const io = memIo(FIX);
    assert.strictEqual(await exportCmd(['notice.txt', '--to', 'odt'], io), 2);
    assert.match(io.err, /不支持的格式 \/ unsupported format: odt/);
    const io2 = memIo(FIX);
    assert.strictEqual(await exportCmd(['nope.txt', '--to', 'html', '-o', path.join(os.tmpdir(), 'x.html')], io2), 2);
    assert.match(io2.err, /nope\.txt/);
  });

  it('--to that disagrees with -o\'s extension is a usage error, for export and issue (no HTML under a .pdf name)', async () => {
    const dir = tempDir('gw-export-');
    fs.copyFileSync(path.join(FIX, 'notice.txt'), path.join(dir, 'notice.txt'));
    fs.writeFileSync(path.join(dir, 'm.yaml'), 'title: 公报\nsections:\n  - name: ◎市政府办公室文件\n    documents: [notice.txt]\n');
    for (const [cmd, args] of [['export', ['notice.txt', '-o', 'out.pdf', '--to', 'html']], ['issue', ['m.yaml', '-o', 'out.pdf', '--to', 'html']]] as const) {
      const io = memIo(dir);
      assert.strictEqual(await (cmd === 'export' ? exportCmd : issueCmd)([...args], io), 2);
      assert.match(io.err, /--to html does not match the output's extension: out\.pdf/);
      assert.ok(!fs.existsSync(path.join(dir, 'out.pdf')));
    }
    // An extension that names no format is the user's choice; agreeing ones pass.
    const io = memIo(dir);
    assert.strictEqual(await exportCmd(['notice.txt', '-o', 'out.txt', '--to', 'html'], io), 0, io.err);
    assert.match(fs.readFileSync(path.join(dir, 'out.txt'), 'utf8'), /^<!DOCTYPE html>/i);
    assert.strictEqual(await issueCmd(['m.yaml', '-o', 'i.HTML', '--to', 'html'], io), 0, io.err);
  });

  it('export of an empty file is an error naming it, exit 2, and writes nothing', async () => {
    const dir = tempDir('gw-export-');
    fs.writeFileSync(path.join(dir, 'empty.txt'), ' \n\n');
    const io = memIo(dir);
    assert.strictEqual(await exportCmd(['empty.txt', '--to', 'html'], io), 2);
    assert.strictEqual(io.err, `gongwen export: ${path.join(dir, 'empty.txt')}: 文件为空，没有可导出的公文 / the document is empty: nothing to export\n`);
    assert.ok(!fs.existsSync(path.join(dir, 'empty.html')));
    // The engine refuses it too (the editor's export command calls exportText directly).
    await assert.rejects(exportText(' \n\u3000\n', 'html'), EmptyDocumentError);
  });

  it('an output that cannot be written is one line naming it and the cause, exit 2, for export and issue', async () => {
    const dir = tempDir('gw-export-');
    fs.copyFileSync(path.join(FIX, 'notice.txt'), path.join(dir, 'notice.txt'));
    fs.writeFileSync(path.join(dir, 'm.yaml'), 'title: 公报\nsections:\n  - name: ◎市政府办公室文件\n    documents: [notice.txt]\n');
    for (const [cmd, args] of [['export', ['notice.txt', '-o', 'no/such/folder/out.html']], ['issue', ['m.yaml', '-o', 'no/such/folder/out.html']]] as const) {
      const io = memIo(dir);
      assert.strictEqual(await (cmd === 'export' ? exportCmd : issueCmd)([...args], io), 2);
      assert.strictEqual(io.err, `gongwen ${cmd}: ${path.join(dir, 'no/such/folder/out.html')}: 无法写入 / cannot write (ENOENT)\n`);
    }
  });

  it('export --to pdf says how to install Chromium when there is none', async () => {
    const saved = process.env.GONGWEN_CHROMIUM;
    process.env.GONGWEN_CHROMIUM = '/nonexistent/chromium';
    try {
      const io = memIo(FIX);
      assert.strictEqual(await exportCmd(['notice.txt', '--to', 'pdf', '-o', path.join(os.tmpdir(), 'gw-x.pdf')], io), 2);
      assert.match(io.err, /apt-get install chromium/);
      assert.match(io.err, /GONGWEN_CHROMIUM/);
    } finally {
      if (saved === undefined) delete process.env.GONGWEN_CHROMIUM;
      else process.env.GONGWEN_CHROMIUM = saved;
    }
  });
});
