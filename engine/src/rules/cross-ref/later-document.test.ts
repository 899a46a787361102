import * as assert from 'node:assert';
import { check } from '../testing';
import { laterDocument } from './later-document';
import { draftDoc, registryModel } from './fixtures';

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
      '所引文件《聊城市人民政府办公室关于印发聊城市再生水利用管理办法的通知》（聊政办字〔2024〕20号）成文于2024年12月27日，晚于本文成文日期2024年6月3日：不能引用尚未印发的文件，请核对字号或日期。']]);
  });

  it('reports an unregistered number whose year is after the citing date', () => {
    const found = check(laterDocument, draftDoc('    根据《山东省人民政府关于X的通知》（鲁政发〔2025〕3号），现通知如下。', '2024年6月3日'), { model });
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.message]), [[9, 7,
      '所引发文字号“鲁政发〔2025〕3号”的年份2025晚于本文成文日期2024年6月3日：不能引用尚未印发的文件，请核对字号。']]);
  });

  it('judges a draft without a date by --date', () => {
    const text = draftDoc(cite, '').replace(/\n\n$/, '\n');
    assert.strictEqual(check(laterDocument, text, { model, date: '2024-01-01' }).length, 1);
    assert.strictEqual(check(laterDocument, text, { model, date: '2025-01-01' }).length, 0);
  });
});
