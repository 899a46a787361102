import * as assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../server/src/features/workspaceIndex';
import { lint, lintIncremental } from '../../engine/src/lint';
import { emptyModel } from '../../engine/src/model/load';

const DOC = (n: number) => `聊政办发〔2024〕${n}号\n\n聊城市人民政府办公室关于第${n}件事的通知\n\n各县（市、区）人民政府：\n    ${'这件事的正文。'.repeat(50)}\n\n聊城市人民政府办公室\n2024年1月${n}日\n\n`;
const TEXT = `聊城市人民政府公报\n2024\n第1期\n\n目录\n\n${[1, 2, 3].map((n) => `聊政办发〔2024〕${n}号 ${n}`).join('\n')}\n\n${[1, 2, 3].map(DOC).join('')}`;
const FILE = '/tmp/issue.gw';
const options = { model: emptyModel(), only: [], today: '2026-01-01' };

/** The entries a fresh index makes of a fresh parse of `text`. */
function fresh(text: string) {
  const index = new WorkspaceIndex(() => emptyModel());
  const r = lint(text, options);
  index.updateParsed(FILE, r.gazette, r.source);
  return index.all();
}

describe('WorkspaceIndex.updateParsed', () => {
  it('records an edit of a file as a fresh parse, says whether an entry changed, and moves no field of the documents the edit only moved', () => {
    const index = new WorkspaceIndex(() => emptyModel());
    const first = lint(TEXT, options);
    assert.equal(first.gazette.documents.length, 3);
    assert.equal(index.updateParsed(FILE, first.gazette, first.source), true);
    assert.deepStrictEqual(index.all(), fresh(TEXT));
    // A keystroke in the first document's body: the other two are moved, their entries the same.
    const at = TEXT.indexOf('这件事的正文') + 2;
    const typed = TEXT.slice(0, at) + '的' + TEXT.slice(at);
    const second = lintIncremental(first, typed, options);
    assert.equal(index.updateParsed(FILE, second.gazette, second.source), false);
    assert.deepStrictEqual(index.all(), fresh(typed));
    const last = second.gazette.documents[2];
    for (const field of ['number', 'title'] as const) {
      assert.ok(Object.getOwnPropertyDescriptor(last, field)?.get, `the moved document's ${field} is not moved for the index`);
    }
    // The last document's title changed: an entry changed.
    const t = typed.lastIndexOf('第3件事');
    const retitled = typed.slice(0, t) + '第4件事' + typed.slice(t + 4);
    const third = lintIncremental(second, retitled, options);
    assert.equal(index.updateParsed(FILE, third.gazette, third.source), true);
    assert.deepStrictEqual(index.all(), fresh(retitled));
  });
});
