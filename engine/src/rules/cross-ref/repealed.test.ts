import * as assert from 'node:assert';
import { check } from '../testing';
import { repealed } from './repealed';
import { draftDoc, registryModel } from './fixtures';

const model = registryModel();
const cite = '    根据《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号），现通知如下。';

describe('cross-ref/repealed', () => {
  it('accepts the citation before the repeal took effect (and on the repeal day)', () => {
    assert.deepStrictEqual(check(repealed, draftDoc(cite, '2024年6月3日'), { model }), []);
    assert.deepStrictEqual(check(repealed, draftDoc(cite, '2024年12月29日'), { model }), []);
  });

  it('reports the citation after the repeal, naming the repealing document', () => {
    const found = check(repealed, draftDoc(cite, '2025年1月6日', '聊政办发〔2025〕1号'), { model });
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.text, f.message]), [[9, 7,
      '《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号）',
      '所引文件（聊政发〔2021〕5号）已于2024年12月29日被《聊城市人民政府办公室关于废止聊政发〔2021〕5号行政规范性文件的通知》（聊政办字〔2024〕21号）废止，本文成文日期2025年1月6日时已失效：请删除该引用或改引现行文件。']]);
  });

  it('does not treat a sentence that states the repeal as a citation', () => {
    const text = draftDoc('    本通知自印发之日起施行，《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号）同时废止。', '2025年1月6日', '聊政办发〔2025〕1号');
    assert.deepStrictEqual(check(repealed, text, { model }), []);
  });
});
