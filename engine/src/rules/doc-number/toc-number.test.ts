import * as assert from 'node:assert/strict';
import { check, defaultModel, fixed } from '../testing';
import { tocNumber } from './toc-number';
import { yearDate } from './year-date';
import { lint } from '../../lint';
import { headsIssue } from '../../parse/issue-fixture';

interface Doc { mark: string; number: string; title: string; date: string; tocNumber?: string }

/** A small issue: the 目录 (in `order`, default the documents' order), then the documents. */
function issue(docs: Doc[], order = docs.map((_, i) => i)): string {
  const toc = order.flatMap((i) => [docs[i].title.replace(/^聊城市人民政府(办公室)?/, ''), `${docs[i].tocNumber ?? docs[i].number} ${i + 2}`]);
  const bodies = docs.flatMap((d) => [
    '', d.mark, d.number, d.title, '各县（市、区）人民政府，市政府各部门：', '一、做好有关工作。', d.mark.replace(/文件$/, ''), d.date,
  ]);
  return ['聊城市人民政府公报', '2024', '第12期', '目录', '◎市政府文件', ...toc, ...bodies, ''].join('\n');
}

const A: Doc = { mark: '聊城市人民政府办公室', number: '聊政办字〔2024〕21号', title: '聊城市人民政府办公室关于开展节水宣传周活动的通知', date: '2024年12月2日' };
const B: Doc = { mark: '聊城市人民政府办公室文件', number: '聊政办发〔2024〕3号', title: '聊城市人民政府办公室关于做好冬季供暖工作的通知', date: '2024年12月9日' };
const C: Doc = { mark: '聊城市人民政府', number: '聊政字〔2024〕15号', title: '聊城市人民政府关于加强城市绿化管理的通知', date: '2024年11月29日' };

const model = defaultModel();
const run = (text: string) => check(tocNumber, text, { model });
/** The text with each report's first suggestion taken (the editor's quick fix a reader chooses). */
function suggested(text: string): string {
  const r = lint(text, { model, today: '2026-11-22', only: [tocNumber] });
  const fixes = r.diagnostics.map((d) => d.suggestions![0].fix).sort((a, b) => b.range[0] - a.range[0]);
  return fixes.reduce((t, f) => t.slice(0, f.range[0]) + f.text + t.slice(f.range[1]), text);
}

describe('doc-number/toc-number', () => {
  it('passes a 目录 that lists each document under its number', () => {
    assert.deepEqual(run(issue([A, B, C])), []);
  });

  it('reports a 目录 sequence number that names no document, at the entry, with the body\'s as a suggestion, not a fix', () => {
    const text = issue([A, { ...B, tocNumber: '聊政办发〔2024〕4号' }, C]);
    const found = run(text);
    assert.deepEqual(found.map((f) => [f.line, f.column, f.text]), [[9, 1, '聊政办发〔2024〕4号']]);
    assert.match(found[0].message, /^目录中的发文字号“聊政办发〔2024〕4号”应为“聊政办发〔2024〕3号”：第\d+行《聊城市人民政府办公室关于做好冬季供暖工作的通知》正文的发文字号是“聊政办发〔2024〕3号”，本期没有发文字号为“聊政办发〔2024〕4号”的文件（公报目录照录每份文件的标题和发文字号，一文一号，GB\/T 9704—2012 第7\.2\.5条）；若是正文印错，请改正文。$/);
    assert.match(found[0].message, /应为“聊政办发〔2024〕3号”/);
    assert.equal(fixed(tocNumber, text, { model }), text);
    assert.equal(suggested(text), issue([A, B, C]));
  });

  it('gives no fix that would copy a slip of the body\'s number over a correct entry', () => {
    // The body's sequence is the slip (4号 for 3号): the 目录's 3号 is right, and a fix must not touch it.
    const text = issue([A, { ...B, number: '聊政办发〔2024〕4号', tocNumber: '聊政办发〔2024〕3号' }, C]);
    assert.deepEqual(run(text).map((f) => f.text), ['聊政办发〔2024〕3号']);
    assert.equal(fixed(tocNumber, text, { model }), text);
  });

  it('pairs by title, not by the entries\' order', () => {
    // The 目录 lists the documents in another order: the entry is still paired with its own body.
    const text = issue([A, { ...B, tocNumber: '聊政办发〔2024〕4号' }, C], [2, 1, 0]);
    assert.deepEqual(run(text).map((f) => [f.text, /是“(.+?)”/.exec(f.message)![1]]), [['聊政办发〔2024〕4号', '聊政办发〔2024〕3号']]);
  });

  it('reports a 目录 code or year that differs, only the differing part suggested', () => {
    const code = issue([A, { ...B, tocNumber: '聊政办字〔2024〕3号' }, C]);
    assert.deepEqual(run(code).map((f) => f.text), ['聊政办字〔2024〕3号']);
    assert.equal(fixed(tocNumber, code, { model }), code);
    assert.equal(suggested(code), issue([A, B, C]));
    // The year, where the body has no date to judge it by (doc-number/year-date judges a dated one).
    const year = issue([A, { ...B, date: '', tocNumber: '聊政办发〔2023〕3号' }, C]);
    assert.deepEqual(run(year).map((f) => f.text), ['聊政办发〔2023〕3号']);
    assert.equal(fixed(tocNumber, year, { model }), year);
    assert.equal(suggested(year), issue([A, { ...B, date: '' }, C]));
  });

  it('leaves the body\'s slip to the rules that judge the body', () => {
    // The body's year is not its date's: doc-number/year-date reports the body.
    assert.deepEqual(run(issue([A, { ...B, number: '聊政办发〔2023〕3号', tocNumber: '聊政办发〔2024〕3号' }, C])), []);
    // A 字 number under a 文件 mark: doc-number/series reports the body.
    assert.deepEqual(run(issue([A, { ...B, number: '聊政办字〔2024〕3号', tocNumber: '聊政办发〔2024〕3号' }, C])), []);
    // A code the model does not know: doc-number/unknown-code's.
    assert.deepEqual(run(issue([A, { ...B, number: '聊政办友〔2024〕3号', tocNumber: '聊政办发〔2024〕3号' }, C])), []);
    // A two-digit year: doc-number/year's.
    assert.deepEqual(run(issue([A, { ...B, number: '聊政办发〔24〕3号', tocNumber: '聊政办发〔2024〕3号' }, C])), []);
  });

  it('leaves a dated document\'s year in its own entry to doc-number/year-date', () => {
    const text = issue([A, { ...B, tocNumber: '聊政办发〔2023〕3号' }, C]);
    assert.deepEqual(run(text), []);
    assert.deepEqual(check(yearDate, text, { model }).map((f) => [f.line, f.text]), [[9, '2023']]);
  });

  it('is silent when the pairing is not certain', () => {
    // The entry's number is another document's (doc-number/duplicate's business).
    assert.deepEqual(run(issue([A, { ...B, tocNumber: '聊政办字〔2024〕21号' }, C])), []);
    // Two documents with one title: which one the entry lists is not known.
    const twin = { ...C, number: '聊政字〔2024〕16号', date: '2024年11月30日' };
    assert.deepEqual(run(issue([A, { ...C, tocNumber: '聊政字〔2024〕17号' }, twin])), []);
    // The titles differ as well: nothing pairs the entry with a document.
    const other = issue([A, { ...B, tocNumber: '聊政办发〔2024〕4号' }, C]).replace('关于做好冬季供暖工作的通知\n聊政办发〔2024〕4号', '关于做好冬季取暖工作的通知\n聊政办发〔2024〕4号');
    assert.deepEqual(run(other), []);
  });

  // QA round fifteen: a 德州 issue linted with the 聊城 model, the body's 德政发 misprinted 德政字.
  // The model knows neither code, so neither unknown-code nor series can say which is the slip.
  it("reports codes it knows neither of that differ (another city's issue), offering the body's number", () => {
    const dezhou = (tocNo: string, bodyNo: string) => ['德州市人民政府公报', '2026', '第3期', '目录', '◎市政府文件',
      '德州市人民政府关于印发德州市推动大规模设备更新实施方案的通知', `${tocNo} 8`, '',
      '德州市人民政府文件', bodyNo, '德州市人民政府关于印发德州市推动大规模设备更新实施方案的通知',
      '各县（市、区）人民政府，市政府各部门：', '一、做好有关工作。', '德州市人民政府', '2026年1月20日', ''].join('\n');
    assert.deepEqual(run(dezhou('德政发〔2026〕3号', '德政发〔2026〕3号')), []);
    const text = dezhou('德政发〔2026〕3号', '德政字〔2026〕3号');
    assert.deepEqual(run(text).map((f) => [f.line, f.text, f.message]), [[7, '德政发〔2026〕3号',
      '目录中的发文字号“德政发〔2026〕3号”与所列文件正文的不一致：第10行《德州市人民政府关于印发德州市推动大规模设备更新实施方案的通知》正文的发文字号是“德政字〔2026〕3号”，本期没有发文字号为“德政发〔2026〕3号”的文件（公报目录照录每份文件的标题和发文字号，一文一号，GB/T 9704—2012 第7.2.5条）：请核对目录和正文，统一为正确的一个。']]);
    // Not applied unattended: the body may be the slip.
    assert.equal(fixed(tocNumber, text, { model }), text);
    const d = lint(text, { model, only: [tocNumber], today: '2026-11-22' }).diagnostics[0];
    assert.deepEqual(d.suggestions?.map((x) => [x.desc, x.fix.text]), [['改为“德政字〔2026〕3号”', '德政字']]);
  });

  it('reports a 令 number the 目录 prints in Chinese numerals where the body prints digits (probe12 D14)', () => {
    const text = headsIssue().replace('聊城市人民政府令第5号 2', '聊城市人民政府令第五号 2');
    const found = run(text);
    assert.deepEqual(found.map((f) => [f.line, f.text, f.message]), [
      [8, '五', '目录中令的编号用了汉字数字“第五号”，所列文件正文写作“聊城市人民政府令第5号”：公报目录照录正文，序号应为“5”。'],
    ]);
    assert.equal(fixed(tocNumber, text, { model }), headsIssue());
    assert.deepEqual(run(headsIssue()), []);
  });

  it('passes a 令 whose own head prints its number in Chinese numerals as its 目录 entry does (聊城市人民政府令 ⏎ 第五号)', () => {
    const text = headsIssue().replace('聊城市人民政府令第5号 2', '聊城市人民政府令第五号 2').replace('聊城市人民政府令\n第5号\n', '聊城市人民政府令\n第五号\n');
    assert.notEqual(text.indexOf('\n第五号\n'), -1);
    assert.deepEqual(run(text), []);
  });
});
