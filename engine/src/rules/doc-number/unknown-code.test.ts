import * as assert from 'node:assert/strict';
import { check, defaultModel, fixed } from '../testing';
import { unknownCode } from './unknown-code';
import { DRAFT, draftWith, codesModel } from './testdata';
import { headsIssue } from '../../parse/issue-fixture';

const model = codesModel();

describe('doc-number/unknown-code', () => {
  it('passes known codes and the codes of other issuers (鲁政办字)', () => {
    assert.deepEqual(check(unknownCode, DRAFT, { model }), []);
  });

  it('is silent without a model', () => {
    assert.deepEqual(check(unknownCode, draftWith('聊政发〔2024〕5号', '聊攻发〔2024〕5号')), []);
  });

  it('judges a joint document\'s code by its lead issuer (中共聊城市委办公室, unknown to the model), in an issue too', () => {
    // Each issuer on its own line: in an issue the lead issuer's line used to stay with the
    // document before, and 聊办发 was judged against 聊城市人民政府办公室's codes (“是否应为聊政办发”).
    const joint = headsIssue().replace('聊城市人民政府\n聊政字〔2024〕5号', '中共聊城市委办公室\n聊城市人民政府办公室\n聊办发〔2024〕5号');
    // (The fixture's 聊任 is the default model's slip of 聊政任: not what this test is about.)
    const codes = (text: string) => check(unknownCode, text, { model: defaultModel() }).map((d) => d.text).filter((t) => t !== '聊任');
    assert.deepEqual(codes(joint), []);
    // The same number under the government office's mark alone is still its slip.
    const alone = headsIssue().replace('聊城市人民政府\n聊政字〔2024〕5号', '聊城市人民政府办公室\n聊办发〔2024〕5号');
    assert.deepEqual(codes(alone), ['聊办发']);
  });

  it('leaves the code of a cited issuer the model does not know (中共聊城市委政法委员会: 聊政法发)', () => {
    const cite = (title: string, number: string) => draftWith('聊政发〔2024〕5号', '聊政发〔2024〕5号').replace('\n\n聊城市人民政府\n', `\n\n根据《${title}》（${number}），现通知如下。\n\n聊城市人民政府\n`);
    const codes = (text: string) => check(unknownCode, text, { model: defaultModel() }).map((d) => d.text);
    assert.deepEqual(codes(cite('中共聊城市委政法委员会关于深化平安聊城建设的实施意见', '聊政法发〔2024〕6号')), []);
    // Without the issuer in the title, the same code is read as a slip of a known one.
    assert.deepEqual(codes(cite('关于深化平安聊城建设的实施意见', '聊政法发〔2024〕6号')), ['聊政法发']);
  });

  it('leaves a 公告\'s code, its issuer\'s name (聊城市人民政府公告, not a slip of 聊城市人民政府令)', () => {
    const text = draftWith('（鲁政办字〔2023〕25号）', '（聊城市人民政府公告〔2025〕第1号）');
    assert.deepEqual(check(unknownCode, text, { model: defaultModel() }), []);
    assert.deepEqual(check(unknownCode, text, { model }), []);
  });

  it('flags a slip in the own code with the one close code of the issuer as fix', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊攻发〔2024〕5号');
    assert.deepEqual(check(unknownCode, text, { model }).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'doc-number/unknown-code', line: 3, column: 1, text: '聊攻发',
      message: '发文字号的机关代字“聊攻发”不是已知代字，是否应为“聊政发”？机关代字应固定不变（GB/T 9704—2012 第7.2.5条）：应为“聊攻发〔2024〕5号”。'.replace('应为“聊攻发', '应为“聊政发'),
    }]);
    assert.equal(fixed(unknownCode, text, { model }), DRAFT);
  });

  it('leaves another series of an issuer known only from citations (鲁政土字 beside cited 鲁政办字), not a broken one', () => {
    const m = codesModel();
    m.codes.push({ code: '鲁政办字', issuer: '山东省人民政府办公厅', kind: '办字', count: 1, maxSeq: {}, source: 'cited' });
    const text = (code: string) => draftWith('各单位要高度重视。', `该项目已经省人民政府批准（${code}〔2025〕612号）。`);
    assert.deepEqual(check(unknownCode, text('鲁政土字'), { model: m }), []);
    assert.deepEqual(check(unknownCode, text('鲁政办子'), { model: m }).map((d) => d.text), ['鲁政办子']);
    // The issuer's own prefix (聊政, issued) stays judged: 聊政仁字 is a slip of 聊政办字 or 聊政字.
    assert.deepEqual(check(unknownCode, text('聊政仁字'), { model: m }).map((d) => d.text), ['聊政仁字']);
  });

  it('leaves an upward or a 议案 series of the own issuer (聊政呈, 聊政请, 聊政案)', () => {
    for (const code of ['聊政呈', '聊政请', '聊政案']) {
      assert.deepEqual(check(unknownCode, draftWith('聊政发〔2024〕5号', `${code}〔2024〕5号`), { model }), [], code);
    }
  });

  it('flags 聊政办子 in a citation (a known issuer part followed by no series)', () => {
    const text = draftWith('聊政办字〔2023〕7号', '聊政办子〔2023〕7号');
    const found = check(unknownCode, text, { model });
    assert.deepEqual(found.map((d) => [d.line, d.text]), [[9, '聊政办子']]);
    assert.equal(fixed(unknownCode, text, { model }), DRAFT);
  });

  it('flags a cited code that is not one of the cited issuer\'s codes', () => {
    const text = draftWith('聊政办字〔2023〕7号', '聊政力字〔2023〕7号');
    assert.equal(fixed(unknownCode, text, { model }), DRAFT);
  });

  it('flags swapped characters', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊发政〔2024〕5号');
    assert.equal(fixed(unknownCode, text, { model }), DRAFT);
  });

  it('leaves plausible codes alone: other issuers, a new series of a known issuer', () => {
    for (const code of ['鲁政字', '国办发', '鲁自然资字', '聊发改价格', '聊教发', '聊政通字', '聊政函', '聊政办函']) {
      assert.deepEqual(check(unknownCode, draftWith('鲁政办字〔2023〕25号', `${code}〔2023〕25号`), { model }), [], code);
    }
    assert.deepEqual(check(unknownCode, draftWith('聊政发〔2024〕5号', '聊政函〔2024〕5号'), { model }), []);
  });

  it('foreign issuers the model knows by one code: their other codes are not slips', () => {
    const m = codesModel();
    m.codes.push({ code: '国办发', issuer: '国务院办公厅', kind: '办发', count: 1, maxSeq: {} });
    m.codes.push({ code: '鲁发', issuer: '中共山东省委', kind: '发', count: 1, maxSeq: {} });
    const cite = (title: string, number: string) =>
      draftWith('《山东省人民政府办公厅关于做好某项工作的通知》（鲁政办字〔2023〕25号）', `《${title}》（${number}）`);
    assert.deepEqual(check(unknownCode, cite('国务院办公厅关于做好某项工作的通知', '国办函〔2023〕25号'), { model: m }), []);
    assert.deepEqual(check(unknownCode, cite('中共山东省委办公厅关于做好某项工作的通知', '鲁办发〔2023〕25号'), { model: m }), []);
    assert.deepEqual(check(unknownCode, cite('国务院关于做好某项工作的通知', '国发〔2023〕25号'), { model: m }), []);
  });

  it('several close codes: suggestions, no fix', () => {
    // 聊政仁字 is one step from both 聊政办字 and 聊政字 (issuer unknown: title of another issuer).
    const text = draftWith('鲁政办字〔2023〕25号', '聊政仁字〔2023〕25号');
    const found = check(unknownCode, text, { model });
    assert.equal(found.length, 1);
    assert.equal(found[0].fix, undefined);
  });
});

describe('doc-number/unknown-code: issuer from the title', () => {
  it('judges a 任免 notice, whose head has no issuer mark, by the issuer its title names', () => {
    const text = '聊城市人民政府关于任命张三职务的通知\n\n聊正任〔2023〕11号\n\n各县（市、区）人民政府：\n\n市政府决定，任命：张三为某职务。\n\n聊城市人民政府\n2023年6月26日\n';
    const found = check(unknownCode, text, { model: defaultModel() });
    assert.deepEqual(found.map((f) => [f.line, f.text]), [[3, '聊正任']]);
  });
});
