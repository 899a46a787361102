import * as assert from 'node:assert/strict';
import { normalizeLine } from './normalize';
import { makeParagraph } from '../parse/paragraphs';
import { lint } from '../lint';
import { loadModel } from '../model/load';
import { smallIssue } from '../parse/issue-fixture';

describe('text/normalize: invisible characters other PDF tools leave (othergaz4)', () => {
  it('drops soft hyphens and zero-width spaces, mapping the rest to the source', () => {
    const l = normalizeLine('高质\u00ad量发\u200b展', 10, 0);
    assert.equal(l.text, '高质量发展');
    assert.deepEqual(l.map, [10, 11, 13, 14, 16, 17]);
    // A space beside one is judged across it (通­ 知 → 通知).
    assert.equal(normalizeLine('通\u00ad 知', 0, 0).text, '通知');
    // Nor is a space kept before one at the line's end (a 发文字号 line padded, then hyphenated).
    assert.equal(normalizeLine('厦府〔2025〕63号　\u00ad', 0, 0).text, '厦府〔2025〕63号');
    assert.equal(normalizeLine('Open \u00adData', 0, 0).text, 'Open Data');
  });

  it('an issue with soft hyphens at its wraps and inside words raises nothing new', () => {
    const model = loadModel();
    const text = smallIssue();
    const ids = (t: string) => lint(t, { model, today: '2026-11-22' }).diagnostics.map((d) => `${d.ruleId} ${t.slice(d.start, d.end).replace(/\u00ad/g, '')}`);
    // Every 7th character of each long line followed by a soft hyphen.
    const shy = text.split('\n').map((l) => (l.length > 12 ? l.replace(/(.{7})/g, '$1\u00ad') : l)).join('\n');
    assert.notEqual(shy, text);
    assert.deepEqual(ids(shy), ids(text));
  });
});

describe('text/normalize: a tab an editor left at a line\'s end (red team 16)', () => {
  it('drops trailing tabs from a line that holds no other, and keeps a table row\'s empty last cell', () => {
    const l = normalizeLine('加强监管。（牵头单位：市财政局）\t', 5, 0);
    assert.equal(l.text, '加强监管。（牵头单位：市财政局）');
    assert.equal(l.map.length, l.text.length + 1);
    assert.equal(normalizeLine('加强监管。\t\t  ', 0, 0).text, '加强监管。');
    assert.equal(normalizeLine('1\t东昌府区\t', 0, 0).text, '1\t东昌府区\t');
  });
  it('a draft whose lines end in a tab raises nothing', () => {
    const text = ['聊城市人民政府办公室', '', '聊政办字〔2026〕62号', '', '聊城市人民政府办公室关于做好农村供水保障工作的通知', '', '各县（市、区）人民政府，市政府有关部门：', '',
      '　　一、强化水源保障。加强农村饮用水水源保护。（牵头单位：市水利局；配合单位：市生态环境局）', '', '　　二、加快工程建设。完成农村供水管网改造。（责任单位：市水利局）', '', '聊城市人民政府办公室', '', '2026年11月11日'].map((x) => `${x}\t`).join('\n');
    const r = lint(text, { model: loadModel(), today: '2026-11-24' });
    assert.deepEqual(r.diagnostics.map((d) => `${d.ruleId} ${d.message}`), []);
  });
});

describe('text/normalize: a plain line\'s offset map, made only when read (warmperf3)', () => {
  it('maps a line kept as it is one for one, and a paragraph of such lines as its lines joined', () => {
    // 通知如下 needs no work (its map is start + i, made lazily); 　　各县 does (its indent is dropped).
    const plain = normalizeLine('通知如下：', 10, 0);
    const worked = normalizeLine('　　各县（市、区）', 16, 1);
    const next = normalizeLine('人民政府', 27, 2);
    const p = makeParagraph([worked, plain, next]);
    assert.equal(p.text, '各县（市、区）通知如下：人民政府');
    assert.deepEqual(p.map, [18, 19, 20, 21, 22, 23, 24, 10, 11, 12, 13, 14, 27, 28, 29, 30, 31]);
    assert.deepEqual([p.start, p.end], [18, 31]);
    // Read afterwards, the lines' own maps are what they were.
    assert.deepEqual(plain.map, [10, 11, 12, 13, 14, 15]);
    assert.deepEqual(next.map, [27, 28, 29, 30, 31]);
    assert.deepEqual(makeParagraph([plain, next]).map, [10, 11, 12, 13, 14, 27, 28, 29, 30, 31]);
    // Spread into a copy (as the parser's line edits do), a plain line keeps its text and map.
    assert.deepEqual(normalizeLine('１号文件', 0, 0), { line: 0, start: 0, end: 4, raw: '１号文件', text: '1号文件', map: [0, 1, 2, 3, 4] });
  });
});
