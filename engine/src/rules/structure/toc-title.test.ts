import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { tocTitle, titleSlip } from './toc-title';
import { tocTitleKey } from '../toc';
import { lint } from '../../lint';
import { emptyModel } from '../../model/load';

/** A small issue: one 目录 entry per document, then the documents (head lines as given). */
function issue(entries: { toc: string; head: string[] }[]): string {
  const toc = entries.flatMap((e, i) => [e.toc, `聊政办字〔2024〕${21 + i}号 ${i + 2}`]);
  const bodies = entries.flatMap((e, i) => [
    '', '聊城市人民政府办公室', `聊政办字〔2024〕${21 + i}号`, ...e.head, '各县（市、区）人民政府，市政府各部门：',
    '一、做好有关工作。', '聊城市人民政府办公室', `2024年12月${2 + i}日`,
  ]);
  return ['聊城市人民政府公报', '2024', '第12期', '目录', '◎市政府办公室文件', ...toc, ...bodies, ''].join('\n');
}

const OK = { toc: '关于开展节水宣传周活动的通知', head: ['聊城市人民政府办公室关于开展节水宣传周活动的通知'] };
const run = (entries: { toc: string; head: string[] }[]) => check(tocTitle, issue(entries));

describe('structure/toc-title', () => {
  it('passes titles that differ only as extraction and layout make them', () => {
    assert.deepEqual(run([
      OK,
      // Letter-spaced, markdown markers, spaces around a number, the issuer on its own line.
      { toc: '关于印发 2024 年度水费计收工作方案的通知', head: ['## 聊城市人民政府办公室 关于印发2024年度水费计收工作方案的 通 知'] },
      // Brackets of either width, 〈〉 for 《》, dashes.
      { toc: '关于印发聊城市责任规划师制度(试行)的通知', head: ['聊城市人民政府办公室关于印发〈聊城市责任规划师制度（试行）〉的通知'] },
      { toc: '关于印发聊城市大健康产业发展规划（2024-2028年）的通知', head: ['聊城市人民政府办公室关于印发聊城市大健康产业发展规划（2024—2028年）的通知'] },
    ]), []);
  });

  it('reports a word replaced inside the title, with the body\'s word as a suggestion', () => {
    const found = run([OK, { toc: '关于做好冬季供暖安全工作的通知', head: ['聊城市人民政府办公室关于做好冬季供暖保障工作的通知'] }]);
    assert.deepEqual(found.map((f) => [f.line, f.column, f.text]), [[8, 1, '关于做好冬季供暖安全工作的通知']]);
    assert.equal(found[0].message, '目录中的标题“关于做好冬季供暖安全工作的通知”与所列文件（聊政办字〔2024〕22号）正文的标题不一致：请按正文把目录标题中的“安全”改为“保障”（第21行正文标题是“聊城市人民政府办公室关于做好冬季供暖保障工作的通知”；公报目录照录每份文件的标题和发文字号，GB/T 9704—2012 第7.3.1条）；若是正文印错，请改正文。');
    assert.equal(found[0].fix, undefined);
  });

  it('offers the body\'s wording as a suggestion that edits only the differing part', () => {
    const text = issue([OK, { toc: '关于做好冬季供暖安全工作的通知', head: ['聊城市人民政府办公室关于做好冬季供暖保障工作的通知'] }]);
    const r = lint(text, { model: emptyModel(), only: [tocTitle], today: '2026-11-22' });
    const s = r.diagnostics[0].suggestions![0];
    const out = text.slice(0, s.fix.range[0]) + s.fix.text + text.slice(s.fix.range[1]);
    assert.equal(out, text.replace('关于做好冬季供暖安全工作的通知\n', '关于做好冬季供暖保障工作的通知\n'));
  });

  it('suggests only the differing letters, not a half-width bracket beside them in the body', () => {
    const text = issue([OK, { toc: '关于印发引黄灌区骨干工某（市级）水费计收工作方案的通知', head: ['聊城市人民政府办公室关于印发引黄灌区骨干工程(市级)水费计收工作方案的通知'] }]);
    const r = lint(text, { model: emptyModel(), only: [tocTitle], today: '2026-11-22' });
    const s = r.diagnostics[0].suggestions![0];
    assert.equal(s.desc, '“某”改为“程”');
    const out = text.slice(0, s.fix.range[0]) + s.fix.text + text.slice(s.fix.range[1]);
    assert.equal(out, text.replace('骨干工某（市级）', '骨干工程（市级）'));
  });

  it('reports a word dropped inside the title and another 文种 at its end', () => {
    const dropped = run([OK, { toc: '关于做好冬季供暖工作的通知', head: ['聊城市人民政府办公室关于做好冬季供暖保障工作的通知'] }]);
    assert.match(dropped[0].message, /请按正文在目录标题的“做好冬季供暖”之后补上“保障”/);
    const genre = run([OK, { toc: '关于加快推进乡村振兴片区建设的通知', head: ['聊城市人民政府办公室关于加快推进乡村振兴片区建设的意见'] }]);
    assert.match(genre[0].message, /把目录标题中的“通知”改为“意见”/);
  });

  it('is silent where the body\'s title may be the parser\'s reading', () => {
    assert.deepEqual(run([
      OK,
      // Cut by a hard wrap the parser did not join, or run on into the next line.
      { toc: '关于做好冬季供暖保障工作的通知', head: ['聊城市人民政府办公室关于做好冬季供暖保障工作的'] },
      { toc: '关于建立水行政联合执法协作工作机制的通知', head: ['聊城市人民政府办公室关于建立水行政联合执法协作工作机制的通知各县'] },
      // A head read otherwise: nothing like the entry.
      { toc: '关于印发聊城市再生水利用管理办法的通知', head: ['市人民政府决定，任命王晓东为聊城市大数据局副局长'] },
    ]), []);
  });

  it('titleSlip: a slip sits between a shared beginning and end', () => {
    const k = tocTitleKey;
    assert.ok(titleSlip(k('关于做好冬季供暖安全工作的通知'), k('关于做好冬季供暖保障工作的通知')));
    assert.ok(titleSlip(k('关于任命王晓东职务的通知'), k('关于任免王晓东职务的通知')));
    // A printed page number left inside a title, a cut at either end, a long run-on.
    assert.equal(titleSlip(k('关于印发聊城市城乡供水一体化实施方案的通知'), k('关于印发聊城市城乡供水— 26 —一体化实施方案的通知')), undefined);
    assert.equal(titleSlip(k('关于印发聊城市城乡供水一体化实施方案的通知'), k('一体化实施方案的通知')), undefined);
    assert.equal(titleSlip(k('关于印发聊城市城乡供水一体化实施方案的通知'), k('关于印发聊城市城乡供水一体化实施方案')), undefined);
    assert.equal(titleSlip(k('关于印发聊城市城乡供水一体化实施方案的通知'), k('关于印发聊城市城乡供水工作方案的补充通知')), undefined);
    // The same title once the issuer, spaces and marks are set aside.
    assert.equal(titleSlip(k('关于任命王晓东职务的通知'), k('聊城市人民政府 关于任命王晓东职务的通知')), undefined);
  });
});

describe('structure/toc-title: another document\'s title on an entry', () => {
  it('reports an entry whose title is another document\'s, word for word', () => {
    const found = run([OK, { toc: '关于开展节水宣传周活动的通知', head: ['聊城市人民政府办公室关于做好冬季供暖保障工作的通知'] }]);
    assert.deepEqual(found.map((f) => [f.line, f.message]), [[8, '目录中发文字号为“聊政办字〔2024〕22号”的条目，标题“关于开展节水宣传周活动的通知”却是另一份文件（聊政办字〔2024〕21号）的标题：请按正文改正目录标题（第21行正文标题是“聊城市人民政府办公室关于做好冬季供暖保障工作的通知”；公报目录照录每份文件的标题和发文字号，GB/T 9704—2012 第7.3.1条）。']]);
  });
});
