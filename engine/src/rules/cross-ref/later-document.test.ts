import * as assert from 'node:assert';
import { check } from '../testing';
import { laterDocument } from './later-document';
import { draftDoc, registryModel } from './fixtures';
import { lint, lintIncremental, madeIncrementally } from '../../lint';

const model = registryModel();
const cite = '    根据《关于印发聊城市再生水利用管理办法的通知》（聊政办字〔2024〕20号），现通知如下。';

describe('cross-ref/later-document', () => {
  it('accepts a document dated before (or on) the citing date', () => {
    assert.deepStrictEqual(check(laterDocument, draftDoc(cite, '2024年12月27日'), { model }), []);
    assert.deepStrictEqual(check(laterDocument, draftDoc(cite, '2025年1月3日'), { model }), []);
  });

  it('reports a registered document dated after the citing document', () => {
    const found = check(laterDocument, draftDoc(cite, '2024年6月3日'), { model });
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.message]), [[9, 7,
      '所引文件《聊城市人民政府办公室关于印发聊城市再生水利用管理办法的通知》（聊政办字〔2024〕20号）成文于2024年12月27日，晚于本文成文日期2024年6月3日：不能引用尚未印发的文件，请核对发文字号或成文日期。']]);
  });

  it('reports an unregistered number whose year is after the citing date', () => {
    const found = check(laterDocument, draftDoc('    根据《山东省人民政府关于X的通知》（鲁政发〔2025〕3号），现通知如下。', '2024年6月3日'), { model });
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.message]), [[9, 7,
      '所引发文字号“鲁政发〔2025〕3号”的年份2025晚于本文成文日期2024年6月3日：不能引用尚未印发的文件，请核对发文字号。']]);
  });

  it('reports a registered but undated number (known only as cited) whose year is after the citing date (probe19)', () => {
    const known = { ...model, documents: [...model.documents, { number: '聊政办字〔2023〕25号', issuer: '聊城市人民政府办公室', type: '印发通知',
      title: '聊城市人民政府办公室关于印发聊城市重污染天气应急预案等三个应急预案的通知', shortTitle: '关于印发聊城市重污染天气应急预案等三个应急预案的通知' }] };
    const body = '    按照《聊城市人民政府办公室关于印发聊城市重污染天气应急预案等三个应急预案的通知》（聊政办字〔2023〕25号）要求，做好应急保障。';
    const found = check(laterDocument, draftDoc(body, '2021年10月11日'), { model: known });
    assert.deepStrictEqual(found.map((f) => [f.line, f.message]), [[9,
      '所引发文字号“聊政办字〔2023〕25号”的年份2023晚于本文成文日期2021年10月11日：不能引用尚未印发的文件，请核对发文字号。']]);
    assert.deepStrictEqual(check(laterDocument, draftDoc(body, '2024年1月5日'), { model: known }), []);
  });

  it('reports a later document named by its number alone (按照聊政办字〔2024〕20号文件) (QA round twelve)', () => {
    const bare = '    各县（市、区）要按照聊政办字〔2024〕20号文件要求做好再生水利用工作。';
    assert.deepStrictEqual(check(laterDocument, draftDoc(bare, '2025年1月3日'), { model }), []);
    const found = check(laterDocument, draftDoc(bare, '2024年6月3日'), { model });
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.text, f.message]), [[9, 15, '聊政办字〔2024〕20号',
      '所引文件《聊城市人民政府办公室关于印发聊城市再生水利用管理办法的通知》（聊政办字〔2024〕20号）成文于2024年12月27日，晚于本文成文日期2024年6月3日：不能引用尚未印发的文件，请核对发文字号或成文日期。']]);
  });

  it('warns of an undated number after the citing document\'s own in its series (聊政办字〔2025〕9号 citing 15号) (probe16)', () => {
    const body = '    按照《聊城市人民政府办公室关于印发聊城市森林火灾应急预案的通知》（聊政办字〔2025〕15号）要求，做好春季森林防火工作。';
    const found = check(laterDocument, draftDoc(body, '2025年3月18日', '聊政办字〔2025〕9号'), { model });
    assert.deepStrictEqual(found.map((f) => [f.line, f.text, f.message]), [[9, '《聊城市人民政府办公室关于印发聊城市森林火灾应急预案的通知》（聊政办字〔2025〕15号）',
      '所引发文字号“聊政办字〔2025〕15号”与本文“聊政办字〔2025〕9号”同一机关代字、同一年份，顺序号却在本文之后：发文字号按发文先后编排，不能引用尚未印发的文件，请核对发文字号。']]);
    // A number before its own, another series or another year is not judged so.
    assert.deepStrictEqual(check(laterDocument, draftDoc(body.replace('15号', '3号'), '2025年3月18日', '聊政办字〔2025〕9号'), { model }), []);
    assert.deepStrictEqual(check(laterDocument, draftDoc(body, '2025年3月18日', '聊政办发〔2025〕9号'), { model }), []);
    assert.deepStrictEqual(check(laterDocument, draftDoc(body.replace('〔2025〕15号', '〔2024〕15号'), '2025年3月18日', '聊政办字〔2025〕9号'), { model }), []);
    // Nor by an own number whose year is not the document's (a slip of its own, reported elsewhere).
    assert.deepStrictEqual(check(laterDocument, draftDoc(body.replace('〔2025〕15号', '〔2024〕15号'), '2025年3月18日', '聊政办字〔2024〕9号'), { model }), []);
  });

  it('passes a later number of its series the sentence says goes out with this one (同步实施, 同时印发, 一并, 配套) (redteam14)', () => {
    const sibling = (words: string) => draftDoc(`    本措施与《聊城市人民政府办公室关于印发聊城市支持外贸稳规模优结构若干措施的通知》（聊政办字〔2025〕10号）${words}。`, '2025年3月18日', '聊政办字〔2025〕9号');
    for (const words of ['同步实施', '同时印发', '一并执行，各部门要加强政策衔接', '配套执行']) {
      assert.deepStrictEqual(check(laterDocument, sibling(words), { model }), [], words);
    }
    // Without such words (同时 meaning "also" is not one), it is still reported.
    assert.deepStrictEqual(check(laterDocument, sibling('要求执行'), { model }).map((f) => f.line), [9]);
    assert.deepStrictEqual(check(laterDocument, draftDoc('    同时，按照《聊城市人民政府办公室关于印发聊城市森林火灾应急预案的通知》（聊政办字〔2025〕15号）要求做好防火工作。', '2025年3月18日', '聊政办字〔2025〕9号'), { model }).map((f) => f.line), [9]);
  });

  it('warns of an undated number after a registered one of its series dated later than the citing document (probe16)', () => {
    // The registry dates 聊政办字〔2024〕20号 2024-12-27: 聊政办字〔2024〕30号 came after it.
    const body = '    按照《聊城市人民政府办公室关于做好某项工作的通知》（聊政办字〔2024〕30号）要求，做好安全生产工作。';
    const found = check(laterDocument, draftDoc(body, '2024年6月3日'), { model });
    assert.deepStrictEqual(found.map((f) => f.message), [
      '所引发文字号“聊政办字〔2024〕30号”排在“聊政办字〔2024〕20号”（成文于2024年12月27日）之后，晚于本文成文日期2024年6月3日：发文字号按发文先后编排，不能引用尚未印发的文件，请核对发文字号。']);
    // Dated after all of them, or within a week of the one before it: silent.
    assert.deepStrictEqual(check(laterDocument, draftDoc(body, '2025年1月3日'), { model }), []);
    assert.deepStrictEqual(check(laterDocument, draftDoc(body, '2024年12月22日'), { model }), []);
    // Reported as a warning: the series only implies the date.
    assert.deepStrictEqual(lint(draftDoc(body, '2024年6月3日'), { model, only: [laterDocument] }).diagnostics.map((d) => d.severity), ['warning']);
  });

  it('judges a draft without a date by --date', () => {
    const text = draftDoc(cite, '').replace(/\n\n$/, '\n');
    assert.strictEqual(check(laterDocument, text, { model, date: '2024-01-01' }).length, 1);
    assert.strictEqual(check(laterDocument, text, { model, date: '2025-01-01' }).length, 0);
  });

  // Two notices of one issue, the first citing the second, which no model knows yet.
  const issue = (citedDate: string) => [
    '聊城市人民政府公报', '2022', '第5期', '', '目录', '◎市政府办公室文件',
    '聊城市人民政府办公室关于做好金融服务工作的通知', '聊政办字〔2022〕9号 2', '聊城市人民政府办公室关于做好防汛工作的通知', '聊政办字〔2022〕10号 3', '',
    '聊城市人民政府办公室', '', '聊政办字〔2022〕9号', '', '聊城市人民政府办公室关于做好金融服务工作的通知', '',
    '各县（市、区）人民政府，市政府各部门：', '    按照《聊城市人民政府办公室关于做好防汛工作的通知》（聊政办字〔2022〕10号）要求，做好金融服务工作。', '',
    '聊城市人民政府办公室', '2022年5月6日', '',
    '聊城市人民政府办公室', '', '聊政办字〔2022〕10号', '', '聊城市人民政府办公室关于做好防汛工作的通知', '',
    '各县（市、区）人民政府，市政府各部门：', '    请做好防汛工作。', '', '聊城市人民政府办公室', citedDate, '',
  ].join('\n');

  it('reports a document of the same issue dated after the citing one', () => {
    assert.deepStrictEqual(check(laterDocument, issue('2022年4月28日'), { model }), []);
    assert.deepStrictEqual(check(laterDocument, issue('2022年5月31日'), { model }).map((f) => [f.line, f.message]), [[19,
      '所引文件《聊城市人民政府办公室关于做好防汛工作的通知》（聊政办字〔2022〕10号）成文于2022年5月31日，晚于本文成文日期2022年5月6日：不能引用尚未印发的文件，请核对发文字号或成文日期。']]);
  });

  it('follows an edit of the cited document\'s date (incremental lint)', () => {
    // --date fixes the date undated documents would be judged by, so that only the cited document changes.
    const opts = { model, only: [laterDocument], today: '2026-11-22', date: '2023-01-01' };
    const before = issue('2022年4月28日');
    const after = issue('2022年5月31日');
    const r = lintIncremental(lint(before, opts), after, opts);
    assert.ok(madeIncrementally(r));
    assert.deepStrictEqual(r.diagnostics, lint(after, opts).diagnostics);
    assert.strictEqual(r.diagnostics.length, 1);
  });
});
