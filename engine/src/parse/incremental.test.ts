// A parse started from the previous parse of an edited text (parseGazette's `prev`) must equal a
// fresh parse of the new text, whatever the edit: random edits on the corpus gazettes.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { corpusFiles } from '../../../test/fixtures/corpus';
import { loadModel } from '../model/load';
import { SourceText, type TextEdit } from '../text/source';
import { parseGazette, reusedDocuments, reusedStructure, unmovedDocument } from './gazette';
import { headsIssue, noticeIssue, smallIssue } from './issue-fixture';

/** A small deterministic PRNG (mulberry32): the same edits on every run. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Insertions and deletions a drafter makes, and the ones that move document boundaries. */
const INSERTS = ['的', '\n', '\r\n', '\r', '一、', '（上接第3页）', '（下转第9页）', '聊政发〔2024〕9号\n', '2024年7月3日\n', '  ', '；', '(', '》', 'gongwen-disable-line'];

function randomEdit(text: string, r: () => number): { text: string; edit: TextEdit } {
  const at = Math.floor(r() * text.length);
  const kind = r();
  if (kind < 0.45) {
    const ins = INSERTS[Math.floor(r() * INSERTS.length)];
    return { text: text.slice(0, at) + ins + text.slice(at), edit: { start: at, oldEnd: at, newEnd: at + ins.length } };
  }
  if (kind < 0.8) {
    const n = 1 + Math.floor(r() * 3);
    const end = Math.min(text.length, at + n);
    return { text: text.slice(0, at) + text.slice(end), edit: { start: at, oldEnd: end, newEnd: at } };
  }
  // A whole line removed (a document's number or title line among them).
  const ls = text.lastIndexOf('\n', at - 1) + 1;
  const le = text.indexOf('\n', at);
  const end = le < 0 ? text.length : le + 1;
  return { text: text.slice(0, ls) + text.slice(end), edit: { start: ls, oldEnd: end, newEnd: ls } };
}

describe('incremental parse (parseGazette with prev)', () => {
  const files = corpusFiles();
  const model = loadModel();

  it('SourceText.afterEdit finds the same line starts as a fresh scan', () => {
    const r = rng(7);
    let text = 'a\r\nb\rc\n\nd\r\r\ne';
    let src = new SourceText(text);
    for (let i = 0; i < 3000; i++) {
      const at = Math.floor(r() * (text.length + 1));
      const del = r() < 0.5 ? Math.floor(r() * 3) : 0;
      const ins = ['\r', '\n', '\r\n', 'x', '', '\n\r'][Math.floor(r() * 6)];
      const end = Math.min(text.length, at + del);
      const next = text.slice(0, at) + ins + text.slice(end);
      const moved = SourceText.afterEdit(src, next, { start: at, oldEnd: end, newEnd: at + ins.length });
      assert.deepEqual(moved.lineStarts, new SourceText(next).lineStarts, JSON.stringify({ text, at, del, ins }));
      text = next.length > 60 ? next.slice(0, 20) : next;
      src = new SourceText(text);
      if (text === next) src = moved;
    }
  });

  // Every edit at every offset of a small issue (runs without the corpus): the structure passes are
  // skipped only where that gives the same parse, and are skipped somewhere.
  const issues: [string, string, string[]?][] = [['a small issue', smallIssue()], ['an issue with 令, 任免 and continued heads', headsIssue(), ['〔2024〕']], ['that issue with CRLF line ends', headsIssue().replace(/\n/g, '\r\n')],
    // An edit on either line of a split marker, or between them, can make or unmake it.
    // Split between 转 and 第, neither line holds 转第; a line of a lone 》 after it goes before the fragment.
    ['that issue with its 下转 marker split by a hard wrap', headsIssue().replace('报送工作进展情况（下转第9页）', '报送《某某情况（下转\n第9页）\n》')],
    // A number line that is no head for the ， ending the line before it: an edit there makes it one.
    ['a small issue with a citation\'s number alone on a line', smallIssue().replace('（一）明确目标。', '（一）明确目标。根据某某通知，\n\n鲁政办字〔2023〕1号\n要求，')],
    // A joint mark: an edit up to the line above its lead issuer can add or drop an issuer line.
    ['that issue with a joint issuer mark', headsIssue().replace('聊城市人民政府\n聊政字〔2024〕5号', '中共聊城市委\n\n市某某局\n聊城市人民政府\n聊政字〔2024〕5号')],
    // A 公告's head (…公告 ⏎ 〔2025〕第1号): an edit on either line, or one that fills or empties
    // the line between them, makes or unmakes it; so does a 公告 or a number line typed elsewhere.
    ['an issue with a 公告 between two documents', noticeIssue(), ['公告', '〔2025〕第2号', '\n聊城市人民政府通告\n2025年第2号\n']],
    // Running headers and a page number next to one (runningHeaders): an edit that makes or unmakes
    // a header, a bare number, or a line between them changes which lines are blanked.
    ['a small issue with running headers at page breaks', smallIssue().replace('责任单位：各县（市、区）人民政府）', '责任单位：各县（市、\n\n2\n\n\n聊城市人民政府公报\n区）人民政府）')
      .replace('完善工作机制，', '完善工作机制，\n2024年第1期\n3\n'), ['\n7\n', '公报', '\n2024年第1期\n', 'x']],
    // Margin page numbers (marginNumbers): bare between two lines of a sentence, behind spaces at a
    // line's end, inside a title. An edit on a line next to one, or one that types one, changes
    // which numbers are text (gaps6: a kept structure kept them as text).
    ['a small issue with margin page numbers', smallIssue().replace('加强组织领导，完善工作机制，', '加强组织领导，\n2\n完善工作机制，')
      .replace('现印发给你们，请认真贯彻执行。', '现印发给你们，   4\n请认真贯彻执行。').replace('聊城市人民政府办公室 关于印发某某办法的通知', '聊城市人民政府办公室关于印发某某\n3\n办法的通知'),
    ['\n7\n', '   5', '。', '关于', '的通知']]];
  for (const [name, text, more = []] of issues) {
    it(`equals a fresh parse after each edit at each offset of ${name}`, function () {
      this.timeout(120000);
      const source = new SourceText(text);
      const g = parseGazette(source, model);
      const edits = ['的', '》', '\n', '\r', '（上接第3页）', '（下转第9页）', '聊政发〔2024〕9号\n', '\n聊城市人民政府令\n第5号\n', '第5号', '目录\n', '2024年7月3日\n', '聊城市人民政府\n', ...more];
      let moved = 0;
      let passes = 0;
      for (let at = 0; at <= text.length; at++) {
        const cases: { text: string; edit: TextEdit }[] = edits.map((ins) => ({ text: text.slice(0, at) + ins + text.slice(at), edit: { start: at, oldEnd: at, newEnd: at + ins.length } }));
        if (at < text.length) cases.push({ text: text.slice(0, at) + text.slice(at + 1), edit: { start: at, oldEnd: at + 1, newEnd: at } });
        for (const e of cases) {
          const inc = parseGazette(SourceText.afterEdit(source, e.text, e.edit), model, { gazette: g, edit: e.edit });
          assert.deepStrictEqual(inc, parseGazette(new SourceText(e.text), model), `${JSON.stringify(e.edit)} ${JSON.stringify(e.text.slice(e.edit.start, e.edit.newEnd))}`);
          if (reusedStructure(inc)) moved++;
          else passes++;
        }
      }
      assert.ok(moved > 0 && passes > 0, `structure moved ${moved} times, passes re-run ${passes} times`);
    });
  }

  it('equals a fresh parse after chains of whole-line edits to an issue with 令, 任免 and continued heads', function () {
    this.timeout(120000);
    // Lines pasted from elsewhere in the issue (a head, a number, a marker), lines deleted, lines
    // emptied: the edits that move document boundaries, one after another.
    const r = rng(11);
    const lineSpan = (t: string, l: number): [number, number] => {
      let a = 0;
      for (let k = 0; k < l; k++) a = t.indexOf('\n', a) + 1;
      const e = t.indexOf('\n', a);
      return [a, e < 0 ? t.length : e + 1];
    };
    let text = headsIssue();
    let source = new SourceText(text);
    let g = parseGazette(source, model);
    for (let i = 0; i < 400; i++) {
      const lines = text.split('\n').length;
      const [a, b] = lineSpan(text, Math.floor(r() * lines));
      const kind = r();
      let e: { text: string; edit: TextEdit };
      if (kind < 0.4) {
        const [c, d] = lineSpan(text, Math.floor(r() * lines));
        const paste = text.slice(c, Math.min(text.length, d + Math.floor(r() * 3) * 40)).replace(/[^\n]*$/, '') || '\n';
        e = { text: text.slice(0, a) + paste + text.slice(a), edit: { start: a, oldEnd: a, newEnd: a + paste.length } };
      } else if (kind < 0.7) {
        e = { text: text.slice(0, a) + text.slice(b), edit: { start: a, oldEnd: b, newEnd: a } };
      } else {
        const end = text[b - 1] === '\n' ? b - 1 : b;
        e = { text: text.slice(0, a) + text.slice(end), edit: { start: a, oldEnd: end, newEnd: a } };
      }
      const next = SourceText.afterEdit(source, e.text, e.edit);
      const inc = parseGazette(next, model, { gazette: g, edit: e.edit });
      assert.deepStrictEqual(inc, parseGazette(new SourceText(e.text), model), `edit ${i} ${JSON.stringify(e.edit)}`);
      // Kept to a gazette's size: start again from the fixture when it has grown or shrunk too far.
      if (e.text.length > 3000 || e.text.length < 300) {
        text = headsIssue();
        source = new SourceText(text);
        g = parseGazette(source, model);
      } else {
        text = e.text;
        source = next;
        g = inc;
      }
    }
  });

  it('re-runs the structure passes for an edit below a 令 line that ends in a continuation marker', () => {
    // Without its marker the line ends in 令: emptying the line between it and 第7号 makes a head.
    const text = headsIssue().replace('某某令\n', '某某令（下转第9页）\n');
    const source = new SourceText(text);
    const g = parseGazette(source, model);
    const at = text.indexOf('\n附\n') + 1;
    const next = text.slice(0, at) + text.slice(at + 1);
    const edit = { start: at, oldEnd: at + 1, newEnd: at };
    const inc = parseGazette(SourceText.afterEdit(source, next, edit), model, { gazette: g, edit });
    assert.equal(reusedStructure(inc), false);
    assert.deepStrictEqual(inc, parseGazette(new SourceText(next), model));
    assert.equal(inc.documents.length, g.documents.length + 1);
  });

  it('re-runs the structure passes for an edit in the 目录 of an issue that opens with a 大事记', () => {
    const text = ['聊城市人民政府公报', '2024', '第1期', '', '目录', '聊城市人民政府大事记（2024年1月） 2', '关于某某事项的批复',
      '聊政字〔2024〕5号 9', '', '聊城市人民政府大事记', '', '（2024年1月）', '', '2日，某某活动。', '',
      '聊城市人民政府', '聊政字〔2024〕5号', '', '聊城市人民政府关于某某事项的批复', '', '同意。', '', '聊城市人民政府', '2024年1月5日', ''].join('\n');
    const source = new SourceText(text);
    const g = parseGazette(source, model);
    assert.equal(g.documents.length, 2);
    const at = text.indexOf('5号 9') + 4;
    const next = text.slice(0, at) + '1' + text.slice(at);
    const edit = { start: at, oldEnd: at, newEnd: at + 1 };
    const inc = parseGazette(SourceText.afterEdit(source, next, edit), model, { gazette: g, edit });
    assert.equal(reusedStructure(inc), false);
    assert.deepStrictEqual(inc, parseGazette(new SourceText(next), model));
    assert.equal(inc.toc[1].page, 91);
  });

  for (const file of files) {
    it(`equals a fresh parse after random edits: ${file.split('/').pop()}`, function () {
      this.timeout(120000);
      const r = rng(file.length);
      let text = fs.readFileSync(file, 'utf8');
      let source = new SourceText(text);
      let g = parseGazette(source, model);
      let reusedAny = false;
      for (let i = 0; i < 30; i++) {
        const e = randomEdit(text, r);
        const nextSource = SourceText.afterEdit(source, e.text, e.edit);
        const inc = parseGazette(nextSource, model, { gazette: g, edit: e.edit });
        const fresh = parseGazette(new SourceText(e.text), model);
        assert.deepStrictEqual(inc, fresh, `edit ${i} ${JSON.stringify(e.edit)}`);
        reusedAny ||= (reusedDocuments(inc) ?? []).some(Boolean);
        text = e.text;
        source = nextSource;
        g = inc; // chains of incremental parses
      }
      // A gazette's untouched documents are reused (a draft is one document, always parsed).
      if (g.isIssue) assert.ok(reusedAny, 'some documents reused');
    });
  }

  it('a one-character edit re-parses only the documents whose lines it touches', function () {
    if (!files.length) this.skip(); // needs the training gazettes (../shared/corpus)
    const file = files.find((f) => f.endsWith('gazette-2024-11-12.txt')) ?? files[0];
    const text = fs.readFileSync(file, 'utf8');
    const source = new SourceText(text);
    const g = parseGazette(source, model);
    const k = Math.floor(g.documents.length / 2);
    const at = g.documents[k].paragraphs[1].start;
    const next = text.slice(0, at) + '的' + text.slice(at);
    const edit = { start: at, oldEnd: at, newEnd: at + 1 };
    const inc = parseGazette(SourceText.afterEdit(source, next, edit), model, { gazette: g, edit });
    // Parsed again: the edited document, and a document holding a page continuation from the other
    // side of the edit (its lines move by different amounts). The others are reused.
    const expected = g.documents.map((d) => {
      const starts = [d.start, ...d.paragraphs.map((p) => p.start)];
      return starts.every((s) => s < at) || starts.every((s) => s > at);
    });
    assert.deepEqual(reusedDocuments(inc), expected);
    assert.equal(expected[k], false);
    assert.ok(expected.filter(Boolean).length >= g.documents.length - 3, 'most documents reused');
    // Before the edit: the same objects; after it: moved copies.
    assert.equal(inc.documents[0], g.documents[0]);
    const after = expected.findIndex((r, d) => r && d > k);
    assert.notEqual(inc.documents[after], g.documents[after]);
    assert.equal(inc.documents[after].start, g.documents[after].start + 1);
    // A moved copy names the document it copies (what rules remember per document's text); a
    // document parsed again is its own.
    assert.equal(unmovedDocument(inc.documents[after]), g.documents[after]);
    assert.equal(unmovedDocument(inc.documents[k]), inc.documents[k]);
    assert.notEqual(inc.documents[k], g.documents[k]);
    // A character typed in a body line cannot move a document boundary: the passes are skipped.
    assert.equal(reusedStructure(inc), true);
    // One typed in a document number line can: they run.
    const n = g.documents[k].number!;
    const next2 = text.slice(0, n.end) + '1' + text.slice(n.end);
    const edit2 = { start: n.end, oldEnd: n.end, newEnd: n.end + 1 };
    assert.equal(reusedStructure(parseGazette(SourceText.afterEdit(source, next2, edit2), model, { gazette: g, edit: edit2 })), false);
  });
});
