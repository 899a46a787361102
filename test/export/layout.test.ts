// Line breaking on the GB/T 9704 grid (pure TypeScript, no browser): half-width runs take whole
// half-cells and are never split or overlapped; titles are balanced, never leaving one character.
import * as assert from 'assert';
import JSZip from 'jszip';
import { assembleIssue, breakLines, balancedLines, cellsOfText, halfRunCells, layoutText, renderHtml, GW_RED, cmykToRgbHex } from '../../engine/src/render';
import { exportText } from '../../engine/src/export';

const texts = (t: string, ls: { start: number; end: number }[]) => ls.map((l) => t.slice(l.start, l.end));

describe('half-width runs on the grid', () => {
  it('a run takes whole half-cells: one per character, more when its natural width needs them', () => {
    // Digits are half a cell each; % (0.833 em in Times/Liberation) needs two half-cells.
    assert.deepStrictEqual(['2027', '3.5', '65%', '100%', '%', '1.', 'APP', '8:30'].map(halfRunCells), [2, 1.5, 2, 2.5, 1, 1, 2, 2]);
    assert.strictEqual(cellsOfText('达到3.5万张'), 5.5);
    assert.strictEqual(cellsOfText('位占比达到65%以上，'), 10);
    // Pure CJK is unchanged: 28 characters fill a line.
    assert.strictEqual(cellsOfText('文化遗产保护传承工作机制健全管理制度完善监督检查体系建设'), 28);
  });

  it('`100%。` is kept together: neither the number nor the closing mark is split off', () => {
    const t = '位占比达到65%以上，街道综合养老服务中心覆盖率达到100%。';
    const ls = breakLines(t, 28);
    assert.deepStrictEqual(texts(t, ls), ['位占比达到65%以上，街道综合养老服务中心覆盖率达到', '100%。']);
    assert.deepStrictEqual(ls.map((l) => l.cells), [25, 3.5]);
  });

  it('every laid-out body line fits the 28-cell line with half-width runs counted as boxes', () => {
    const text = '关于养老服务的通知\n\n各县（市、区）人民政府：\n\n' +
      '　　到2027年，全市养老服务床位总数达到3.5万张，护理型床位占比达到65%以上，街道综合养老服务中心覆盖率达到100%。APP、5G-A和8:30都是半角。\n';
    const lines = layoutText(text).pages.flatMap((p) => p.lines).filter((l) => l.size === 'body');
    for (const l of lines) {
      const s = l.segs.map((x) => x.text).join('');
      assert.strictEqual(l.cells, cellsOfText(s), s);
      assert.ok(l.col + l.cells <= 28, `${s}: ${l.col} + ${l.cells}`);
    }
  });
});

describe('balanced titles (目录 entries and document titles)', () => {
  it('the 目录 entry of the QA issue no longer leaves 知 alone', () => {
    const t = '聊城市人民政府办公室关于做好2024年度安全生产工作的通知';
    assert.deepStrictEqual(texts(t, breakLines(t, 26)).at(-1), '知', 'greedy breaking leaves the orphan');
    const ls = balancedLines(t, 26);
    assert.strictEqual(ls.length, 2);
    // Balanced, and broken where the words are whole: issuer | 关于… (GB/T 9704 7.3.1 词意完整).
    assert.deepStrictEqual(texts(t, ls), ['聊城市人民政府办公室', '关于做好2024年度安全生产工作的通知']);
    // Without an issuer | 关于 break, plain balance: 14 | 15, not 26 | 3.
    const u = '聊城市数字政府建设实施方案推进城市更新行动和印发的补充通知';
    assert.deepStrictEqual(balancedLines(u, 26).map((l) => l.cells).sort(), [14, 15]);
  });

  it('a title is not broken inside a word (7.3.1 词意完整: 聊城|市, 改|革, 汽|车 were), at little cost in balance', function () {
    if (!('Segmenter' in Intl)) this.skip(); // a Node without ICU's dictionaries breaks as before
    const cases: [string, string[]][] = [
      ['聊城市人民政府办公室关于印发聊城市促进残疾人就业行动实施方案的通知', ['聊城市人民政府办公室关于印发', '聊城市促进残疾人就业行动实施方案的通知']],
      ['聊城市人民政府办公室关于印发聊城市责任规划师制度（试行）的通知', ['聊城市人民政府办公室关于印发', '聊城市责任规划师制度（试行）的通知']],
      ['关于进一步深化科技体制改革推动创新发展的若干措施', ['关于进一步深化科技体制', '改革推动创新发展的若干措施']],
      ['聊城市加快推动新能源汽车产业高质量发展实施方案', ['聊城市加快推动新能源', '汽车产业高质量发展实施方案']],
      ['聊城市人民政府关于印发聊城市建设节水型社会先行区实施方案的通知', ['聊城市人民政府关于印发聊城市', '建设节水型社会先行区实施方案的通知']],
    ];
    for (const [t, want] of cases) assert.deepStrictEqual(texts(t, balancedLines(t, 20, { trapezoid: true })), want);
  });

  it('a three-line title is a trapezoid: no line longer than the one below, none shorter than 3', () => {
    const t = '关于进一步加强和改进新时代城乡社区治理工作推动基层治理体系和治理能力现代化的实施意见';
    const ls = balancedLines(t, 20, { trapezoid: true });
    assert.strictEqual(ls.length, 3);
    for (let i = 1; i < ls.length; i++) assert.ok(ls[i - 1].cells <= ls[i].cells, texts(t, ls).join(' | '));
    assert.ok(ls.every((l) => l.cells >= 3 && l.cells <= 20));
  });

  it('the document title and the 目录 entry in an assembled issue are balanced', () => {
    const doc = '聊城市人民政府办公室\n\n聊政办字〔2024〕15号\n\n聊城市人民政府办公室关于做好2024年度安全生产工作的通知\n\n各县（市、区）人民政府：\n\n　　正文。\n\n聊城市人民政府办公室\n2024年7月3日\n';
    const a = assembleIssue({ title: '聊城市人民政府公报', sections: [{ name: '◎市政府办公室文件', documents: [{ name: 'a.txt', text: doc }] }] });
    const toc = a.pages.find((p) => p.kind === 'toc')!.lines.filter((l) => l.role === 'toc' && l.tocPage === undefined);
    const tocTexts = toc.map((l) => l.segs.map((s) => s.text).join(''));
    assert.strictEqual(tocTexts.length, 2, tocTexts.join(' | '));
    assert.ok(tocTexts.every((t) => Array.from(t).length >= 10), tocTexts.join(' | '));
    const title = a.pages.find((p) => p.kind === 'doc')!.lines.filter((l) => l.role === 'title');
    assert.strictEqual(title.length, 2);
    assert.ok(title[0].cells <= title[1].cells && title[0].cells >= 10, title.map((l) => l.cells).join(','));
  });
});

describe('the GB/T 9704 red (6.2: Y 80 %, M 80 %)', () => {
  it('is the device conversion of C0 M80 Y80 K0, and converts back to exactly 80/80', () => {
    assert.strictEqual(GW_RED, 'FF3333');
    assert.strictEqual(cmykToRgbHex(0, 0.8, 0.8, 0), GW_RED);
    assert.strictEqual(cmykToRgbHex(0, 1, 1, 0), 'FF0000');
    // DeviceRGB → DeviceCMYK as a PDF consumer does it without colour management.
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(GW_RED.slice(i, i + 2), 16) / 255);
    const k = Math.min(1 - r, 1 - g, 1 - b);
    assert.deepStrictEqual([1 - r - k, 1 - g - k, 1 - b - k, k].map((v) => Math.round(v * 100)), [0, 80, 80, 0]);
  });

  it('the HTML/PDF and the DOCX use the same red for the 发文机关标志, the rule and the cover', async () => {
    const text = '聊城市人民政府办公室文件\n\n聊政办发〔2024〕7号\n\n关于做好工作的通知\n\n各县（市、区）人民政府：\n\n　　正文。\n';
    const css = /<style>([^]*?)<\/style>/.exec(renderHtml(text).html)![1];
    const reds = Array.from(css.matchAll(/#([0-9a-fA-F]{6})\b/g), (m) => m[1].toUpperCase()).filter((c) => c !== '000000' && c !== 'FFFFFF' && c !== '7F7F7F');
    for (const sel of ['.mark{', '.rule.red{', '.cover-title{']) assert.ok(new RegExp(`\\${sel}[^}]*#${GW_RED}`).test(css), sel);
    assert.ok(reds.includes(GW_RED));
    const zip = await JSZip.loadAsync((await exportText(text, 'docx')).data);
    // Our own styles (Gw*) and the document; the docx package's built-in styles (Heading, Hyperlink) are unused.
    const styles = await zip.file('word/styles.xml')!.async('string');
    const gw = Array.from(styles.matchAll(/<w:style [^>]*w:styleId="Gw[^]*?<\/w:style>/g), (m) => m[0]).join('');
    const xml = gw + (await zip.file('word/document.xml')!.async('string'));
    const colours = new Set(Array.from(xml.matchAll(/w:(?:color w:val|color)="([0-9A-F]{6})"/g), (m) => m[1]).filter((c) => c !== '000000'));
    assert.deepStrictEqual([...colours], [GW_RED]);
  });
});

describe('full-width digits', () => {
  it('are laid out as written: the parser reads them as half-width, the preview does not fix them', () => {
    const text = '聊城市人民政府办公室文件\n\n聊政办发〔２０２４〕５号\n\n聊城市人民政府办公室\n关于做好安全生产工作的通知\n\n' +
      '各县（市、区）人民政府，市政府各部门：\n    一、总体要求\n    １．安排资金３００万元，增长３．５％。\n\n聊城市人民政府办公室\n２０２４年６月３日\n';
    const lines = layoutText(text).pages.flatMap((p) => p.lines).map((l) => l.segs.map((s) => s.text).join(''));
    for (const s of ['聊政办发〔２０２４〕５号', '１．安排资金３００万元，增长３．５％。', '２０２４年６月３日']) assert.ok(lines.includes(s), `${s} in ${lines.join(' | ')}`);
  });
});
