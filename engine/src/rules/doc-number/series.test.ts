import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { series } from './series';
import { unknownCode } from './unknown-code';
import { DRAFT, draftWith, codesModel } from './testdata';

const model = codesModel();

describe('doc-number/series', () => {
  it('passes 文件 with 发, bare issuer with 字, office with 办', () => {
    assert.deepEqual(check(series, DRAFT, { model }), []);
    const zi = draftWith('聊政发〔2024〕5号', '聊政字〔2024〕5号', draftWith('聊城市人民政府文件', '聊城市人民政府'));
    assert.deepEqual(check(series, zi, { model }), []);
    const ban = draftWith('聊政发〔2024〕5号', '聊政办发〔2024〕5号', draftWith('聊城市人民政府文件', '聊城市人民政府办公室文件'));
    assert.deepEqual(check(series, ban, { model }), []);
  });

  it('reads a joint mark stacked with 文件 beside its last issuer (A ⏎ B ⏎ C　文件) as a 文件 mark of the lead issuer (red team 16)', () => {
    const joint = draftWith('聊城市人民政府文件', '聊城市人民政府\n聊城市财政局\n聊城市人力资源和社会保障局　文件');
    assert.deepEqual(check(series, joint, { model }), []);
    assert.deepEqual(check(series, draftWith('聊城市人民政府文件', '聊城市人民政府\n聊城市财政局文件'), { model }), []);
    // The lead issuer with a 字 number under it is still a slip; a stack without 文件 still takes 字.
    assert.equal(check(series, draftWith('聊政发〔2024〕5号', '聊政字〔2024〕5号', joint), { model }).length, 1);
    assert.equal(check(series, draftWith('聊城市人民政府文件', '聊城市人民政府\n聊城市财政局'), { model }).length, 1);
    // An office's mark is no joint mark of its government: 聊政发 under it is still reported.
    assert.equal(check(series, draftWith('聊城市人民政府文件', '聊城市人民政府办公室文件'), { model }).length, 1);
  });

  it('flags 聊政字 under a 文件 mark, with the 发 code as a suggestion', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政字〔2024〕5号');
    const found = check(series, text, { model });
    assert.deepEqual(found.map(({ fix: _f, ...d }) => d), [{
      ruleId: 'doc-number/series', line: 3, column: 1, text: '聊政字',
      message: '发文字号与发文机关标志不一致：发文机关标志“聊城市人民政府文件”带“文件”二字，应使用“发”字号，不用“字”字号（GB/T 9704—2012 第7.2.4、7.2.5条）；应为“聊政发”，或改正发文机关标志。',
    }]);
  });

  it('flags an office code under the government mark, naming the code\'s issuer', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政办发〔2024〕5号');
    const found = check(series, text, { model });
    assert.equal(found.length, 1);
    assert.match(found[0].message, /代字“聊政办发”属于聊城市人民政府办公室，而发文机关标志是聊城市人民政府/);
  });

  it('without a model, falls back to the shape of the code', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政办发〔2024〕5号');
    assert.match(check(series, text)[0].message, /是办公室（厅）的代字/);
  });

  it("does not judge 发/字 on another place's unknown code (赣教规字 under …文件, 甘农发 under a bare name; othergaz4)", () => {
    const jx = draftWith('聊政发〔2024〕5号', '赣教规字〔2025〕3号', draftWith('聊城市人民政府文件', '江西省教育厅文件'));
    assert.deepEqual(check(series, jx, { model }), []);
    const gs = draftWith('聊政发〔2024〕5号', '甘农发〔2025〕45号', draftWith('聊城市人民政府文件', '甘肃省农业农村厅'));
    assert.deepEqual(check(series, gs, { model }), []);
    // The model's own place is still judged when its code is new (聊交运字 under 聊城市交通运输局文件).
    const own = draftWith('聊政发〔2024〕5号', '聊交运字〔2024〕5号', draftWith('聊城市人民政府文件', '聊城市交通运输局文件'));
    assert.equal(check(series, own, { model }).length, 1);
  });

  it('a slip in the code is left to unknown-code (one diagnostic)', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊攻发〔2024〕5号');
    assert.deepEqual(check([series, unknownCode], text, { model }).map((d) => d.ruleId), ['doc-number/unknown-code']);
  });
});
