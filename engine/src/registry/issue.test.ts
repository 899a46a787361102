import * as assert from 'node:assert/strict';
import { parseGazette } from '../parse/gazette';
import { smallIssue } from '../parse/issue-fixture';
import { SourceText } from '../text/source';
import { issueDocumentByNumber, issueDocuments, issueEntry } from './issue';

describe('registry/issue: the issue\'s own documents as registry entries', () => {
  const gazette = parseGazette(new SourceText(smallIssue()));

  it('names each document whose body and 目录 titles agree, but the one asked about', () => {
    assert.deepEqual(issueDocuments(gazette).map((d) => [d.number, d.title, d.date]), [
      ['聊政发〔2024〕1号', '聊城市人民政府关于加快某项工作的意见', '2024-02-01'],
      ['聊政办字〔2024〕3号', '聊城市人民政府办公室关于印发某某办法的通知', '2024-03-05'],
    ]);
    assert.deepEqual(issueDocuments(gazette, gazette.documents[0]).map((d) => d.number), ['聊政办字〔2024〕3号']);
  });

  it('leaves out a document whose 目录 title reads otherwise (a title the parser cut or ran on), but still names it by number', () => {
    const g = parseGazette(new SourceText(smallIssue().replace('关于加快某项工作的意见\n', '关于加快另一项工作的意见\n')));
    assert.deepEqual(issueDocuments(g).map((d) => d.number), ['聊政办字〔2024〕3号']);
    assert.equal(issueDocumentByNumber(g, '聊政发〔2024〕1号')?.title, '聊城市人民政府关于加快某项工作的意见');
    assert.equal(issueDocumentByNumber(g, '聊政发〔2024〕9号'), undefined);
  });

  it('works an entry out once per parsed document', () => {
    const d = gazette.documents[1];
    assert.equal(issueEntry(d), issueEntry(d));
    assert.notEqual(issueEntry(parseGazette(new SourceText(smallIssue())).documents[1]), issueEntry(d));
  });
});
