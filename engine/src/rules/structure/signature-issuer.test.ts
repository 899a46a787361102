import * as assert from 'node:assert/strict';
import { check, defaultModel, fixed } from '../testing';
import { signatureIssuer } from './signature-issuer';
import { codesModel } from '../doc-number/testdata';

const WHY = 'GB/T 9704—2012 第7.3.5.1条：署名为发文机关全称或者规范化简称，与发文机关标志一致';
// The title names the mark's issuer unless given.
const doc = (mark: string, number: string, signature: string, title = mark.replace(/(?:文件|字)$/, '')) =>
  `${mark}\n\n${number}\n\n${title}关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现就有关事项通知如下。\n\n${signature}\n2025年6月3日\n`;

describe('structure/signature-issuer', () => {
  const model = codesModel();
  it('reports an office document signed by its government, and a government document signed by its office', () => {
    const office = doc('聊城市人民政府办公室文件', '聊政办发〔2025〕9号', '聊城市人民政府');
    assert.deepEqual(check(signatureIssuer, office, { model }).map((d) => [d.line, d.text, d.message]), [
      [11, '聊城市人民政府', `署名“聊城市人民政府”与发文机关不一致（发文机关标志和发文字号“聊政办发〔2025〕9号”都是聊城市人民政府办公室）（${WHY}）：应为“聊城市人民政府办公室”。`],
    ]);
    assert.equal(fixed(signatureIssuer, office, { model }), doc('聊城市人民政府办公室文件', '聊政办发〔2025〕9号', '聊城市人民政府办公室'));
    const government = doc('聊城市人民政府文件', '聊政发〔2025〕9号', '聊城市人民政府办公室');
    assert.equal(fixed(signatureIssuer, government, { model }), doc('聊城市人民政府文件', '聊政发〔2025〕9号', '聊城市人民政府'));
  });

  it('reports a title naming the office under its government\'s mark and code, and the other way round, and fixes it (probe15)', () => {
    const government = doc('聊城市人民政府文件', '聊政发〔2025〕9号', '聊城市人民政府', '聊城市人民政府办公室 ');
    assert.deepEqual(check(signatureIssuer, government, { model }).map((d) => [d.line, d.text, d.message]), [
      [5, '聊城市人民政府办公室', '标题中的发文机关“聊城市人民政府办公室”与发文机关不一致（发文机关标志和发文字号“聊政发〔2025〕9号”都是聊城市人民政府）（GB/T 9704—2012 第7.3.1条：标题由发文机关名称、事由和文种组成）：应为“聊城市人民政府”。'],
    ]);
    assert.equal(fixed(signatureIssuer, government, { model }), doc('聊城市人民政府文件', '聊政发〔2025〕9号', '聊城市人民政府', '聊城市人民政府 '));
    const office = doc('聊城市人民政府办公室文件', '聊政办发〔2025〕9号', '聊城市人民政府办公室', '聊城市人民政府');
    assert.deepEqual(check(signatureIssuer, office, { model }).map((d) => d.text), ['聊城市人民政府']);
    // A title with no issuer, or the mark the code disagrees with: not this rule's.
    assert.deepEqual(check(signatureIssuer, doc('聊城市人民政府文件', '聊政发〔2025〕9号', '聊城市人民政府', ''), { model }), []);
    assert.deepEqual(check(signatureIssuer, doc('聊城市人民政府文件', '聊政办发〔2025〕9号', '聊城市人民政府办公室', '聊城市人民政府办公室'), { model }), []);
  });

  it('passes the issuer’s own signature, and leaves a mark the code disagrees with, an unknown code and another body alone', () => {
    assert.deepEqual(check(signatureIssuer, doc('聊城市人民政府办公室文件', '聊政办发〔2025〕9号', '聊城市人民政府办公室'), { model }), []);
    assert.deepEqual(check(signatureIssuer, doc('聊城市人民政府字', '聊政字〔2025〕9号', '聊城市人民政府'), { model }), []);
    // The mark is the odd one (doc-number/series), not the signature.
    assert.deepEqual(check(signatureIssuer, doc('聊城市人民政府文件', '聊政办发〔2025〕9号', '聊城市人民政府办公室'), { model }), []);
    assert.deepEqual(check(signatureIssuer, doc('聊城市财政局文件', '聊财发〔2025〕9号', '聊城市财政局办公室'), { model }), []);
    assert.deepEqual(check(signatureIssuer, doc('聊城市人民政府办公室文件', '聊政办发〔2025〕9号', '聊城市财政局'), { model }), []);
  });
  it('reports a 任免 notice (no mark: its title names the issuer) signed by the office, where the title and the code agree (probe18 slip 427)', () => {
    const m = defaultModel();
    const notice = (title: string, signature: string) => `${title}关于任命杜文静职务的通知\n\n聊政任〔2024〕5号\n\n各县（市、区）人民政府，市政府各部门：\n\n市人民政府决定，任命：\n\n杜文静为聊城市商务局副局长。\n\n${signature}\n2024年3月26日\n`;
    assert.deepEqual(check(signatureIssuer, notice('聊城市人民政府', '聊城市人民政府办公室'), { model: m }).map((f) => [f.text, f.message]),
      [['聊城市人民政府办公室', `署名“聊城市人民政府办公室”与发文机关不一致（标题和发文字号“聊政任〔2024〕5号”都是聊城市人民政府）（${WHY}）：应为“聊城市人民政府”。`]]);
    assert.equal(fixed(signatureIssuer, notice('聊城市人民政府', '聊城市人民政府办公室'), { model: m }), notice('聊城市人民政府', '聊城市人民政府'));
    assert.deepEqual(check(signatureIssuer, notice('聊城市人民政府', '聊城市人民政府'), { model: m }), []);
    // The title and the code disagree: which is wrong is not the signature's question.
    assert.deepEqual(check(signatureIssuer, notice('聊城市人民政府办公室', '聊城市人民政府办公室'), { model: m }), []);
  });
});
