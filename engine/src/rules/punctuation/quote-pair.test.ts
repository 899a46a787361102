import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { quotePair } from './quote-pair';
import { draftDoc } from '../cross-ref/fixtures';

const WHY = 'GB/T 15834—2011《标点符号用法》：中文引号用“”，前后成对';

describe('punctuation/quote-pair', () => {
  it('accepts paired quotes, nested ‘’, and a quotation over paragraphs that opens each with “', () => {
    const body = '    一、总体要求\n    实现“双随机、一公开”监管全覆盖，推行“‘一网通办’”改革。\n    二、修改条款\n    1. 将第九条修改为：“申请经营的，应当具备下列条件：\n    “（一）有企业法人资格；\n    “（二）有符合规定条件的驾驶人员。”';
    assert.deepEqual(check(quotePair, draftDoc(body)), []);
    // Each paragraph of such a quotation may follow a list marker: 一是、一要、第一，其一.
    for (const [m, n] of [['一是', '二是'], ['一要', '二要'], ['第一，', '第二，'], ['其一', '其二']]) {
      const listed = `    一、总体要求\n    将第九条修改为：\n    ${m}“申请经营的，应当具备下列条件；\n    ${n}“有符合规定条件的驾驶人员。”`;
      assert.deepEqual(check(quotePair, draftDoc(listed)), [], m);
    }
  });

  it('reports a straight quote beside Chinese text and fixes it to the side it stands for', () => {
    const text = draftDoc('    一、总体要求\n    实现“双随机、一公开"监管全覆盖，成立工作专班（以下简称"工作专班"）。');
    assert.deepEqual(check(quotePair, text).map(({ fix: _f, ...d }) => d), [
      { ruleId: 'punctuation/quote-pair', line: 10, column: 15, text: '"', message: `中文引号应使用全角后引号（”），不用半角引号（"）（${WHY}）。` },
      { ruleId: 'punctuation/quote-pair', line: 10, column: 33, text: '"', message: `中文引号应使用全角前引号（“），不用半角引号（"）（${WHY}）。` },
      { ruleId: 'punctuation/quote-pair', line: 10, column: 38, text: '"', message: `中文引号应使用全角后引号（”），不用半角引号（"）（${WHY}）。` },
    ]);
    assert.equal(fixed(quotePair, text), draftDoc('    一、总体要求\n    实现“双随机、一公开”监管全覆盖，成立工作专班（以下简称“工作专班”）。'));
  });

  it('reports a “ left open, a second “ before the close, and a ” with no “, without a fix', () => {
    const text = draftDoc('    一、总体要求\n    坚持“以人民为中心的发展思想。\n    推行“一网通办“改革”。\n    落实双随机”监管。');
    assert.deepEqual(check(quotePair, text).map((d) => [d.line, d.column, d.text, d.message, d.fix]), [
      [10, 7, '“', `引号不配对：前引号（“）之后、下一个前引号之前没有后引号（”）（${WHY}）：请补上后引号，或删去多余的前引号。`, undefined],
      [11, 7, '“', `引号不配对：前引号（“）之后、下一个前引号之前没有后引号（”）（${WHY}）：请补上后引号，或删去多余的前引号。`, undefined],
      [12, 10, '”', `引号不配对：后引号（”）之前没有前引号（“）（${WHY}）：请补上前引号，或删去多余的后引号。`, undefined],
    ]);
  });

  it('reports a “ still open at the end of the document', () => {
    const text = draftDoc('    一、总体要求\n    坚持“以人民为中心的发展思想。');
    assert.deepEqual(check(quotePair, text).map((d) => [d.line, d.column, d.message]), [
      [10, 7, `引号不配对：前引号（“）之后没有后引号（”）（${WHY}）：请在引文或名称结束处补上后引号（”）。`],
    ]);
  });

  it('reads a quoted name split by a hard wrap as one', () => {
    assert.deepEqual(check(quotePair, draftDoc('    一、总体要求\n    实现“双随机、\n一公开”监管全覆盖。')), []);
  });

  it('leaves straight quotes between Latin letters or digits alone', () => {
    assert.deepEqual(check(quotePair, draftDoc('    一、总体要求\n    平台名称为 "Liaocheng Data" 。')), []);
  });
});
