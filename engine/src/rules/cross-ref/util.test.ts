import * as assert from 'node:assert/strict';
import type { Paragraph } from '../../types';
import { loadModel } from '../../model/load';
import { parseGazette, unmovedDocument } from '../../parse/gazette';
import { smallIssue } from '../../parse/issue-fixture';
import { SourceText } from '../../text/source';
import { documentReferences, indexAt, Sentences } from './util';

describe('cross-ref util', () => {
  it('indexAt: the first normalised character at or after a source offset, across dropped characters', () => {
    // 通 知 。 with the spaces dropped: text 通知。 at source offsets 10, 12, 14; the paragraph ends at 15.
    const p = { text: '通知。', map: [10, 12, 14, 15] } as Paragraph;
    assert.deepEqual([9, 10, 11, 12, 13, 14, 15, 99].map((o) => indexAt(p, o)), [0, 0, 1, 1, 2, 2, 3, 3]);
    assert.equal(indexAt({ text: '', map: [5] } as Paragraph, 5), 0);
  });

  it('Sentences: the sentence around an index, its end mark included, with the text\'s ends as bounds', () => {
    const s = new Sentences('甲乙。丙丁；戊!己');
    assert.deepEqual([0, 1, 2, 3, 5, 6, 7, 8, 9].map((i) => s.text.slice(...s.boundsAt(i))), ['甲乙。', '甲乙。', '甲乙。', '丙丁；', '丙丁；', '戊!', '戊!', '己', '己']);
    assert.deepEqual(s.boundsAt(8), [8, 9]);
    assert.deepEqual(new Sentences('没有句末标点').boundsAt(3), [0, 6]);
    const empty = new Sentences('');
    assert.equal(empty.text.slice(...empty.boundsAt(0)), '');
  });

  it('documentReferences of a document an edit before it moved equal a fresh parse\'s (worked out on the unmoved document, then moved)', () => {
    const model = loadModel();
    // The last document cites a number in running text; a character is typed into the first.
    const text = smallIssue().replace('《某某办法》已经', '按照聊政发〔2021〕5号文件要求，《某某办法》已经');
    const source = new SourceText(text);
    const g = parseGazette(source, model);
    const doc = g.documents[g.documents.length - 1];
    const before = documentReferences(doc, model);
    assert.ok(before.some((r) => !('title' in r) && r.number?.canonical === '聊政发〔2021〕5号'), 'the bare number is read');
    const at = text.indexOf('明确目标');
    const next = text.slice(0, at) + '的' + text.slice(at);
    const edit = { start: at, oldEnd: at, newEnd: at + 1 };
    const inc = parseGazette(SourceText.afterEdit(source, next, edit), model, { gazette: g, edit });
    const moved = inc.documents[inc.documents.length - 1];
    assert.equal(unmovedDocument(moved), doc, 'the document was moved, not parsed again');
    const fresh = parseGazette(new SourceText(next), model).documents[inc.documents.length - 1];
    assert.deepStrictEqual(documentReferences(moved, model), documentReferences(fresh, model));
    assert.deepStrictEqual(documentReferences(moved, model).map((r) => r.start - 1), before.map((r) => r.start));
  });
});
