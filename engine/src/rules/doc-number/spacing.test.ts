import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { spacing } from './spacing';
import { DRAFT, draftWith } from './testdata';
import { cutIssue } from '../../parse/issue-fixture';
import { arabicSequence } from './arabic-sequence';
import { fixAll } from '../../fix';
import { lint } from '../../lint';
import { emptyModel } from '../../model/load';

/** A minimal issue (cover, 目录, one document) whose text spaces digits from Chinese throughout. */
function issue(number: string): string {
  return [
    '聊城市人民政府公报', '2024', '第 1 期', '目录', '◎市政府文件',
    '聊城市人民政府关于加强某项工作的通知', '聊政字〔2024〕15 号 2', '',
    '聊城市人民政府', number, '聊城市人民政府关于加强某项工作的通知',
    '各县（市、区）人民政府：', '一、到 2025 年，完成 3 项工作，覆盖 12 个县。二、于 2024 年 11 月 1 日起施行。',
    '聊城市人民政府', '2024 年 11 月 29 日', '',
  ].join('\n');
}

describe('doc-number/spacing', () => {
  it('passes a number without spaces', () => {
    assert.deepEqual(check(spacing, DRAFT), []);
  });

  it('passes a table row whose regulation and 令 columns normalising runs together (redteam6)', () => {
    const text = '关于公布规章清理结果的通知\n\n各县（市、区）人民政府：\n\n现将清理结果通知如下。\n\n序号 规章名称 文号\n1 市绿化管理办法 市政府令第52号\n2 市供热条例实施细则 市政府令第48号\n\n聊城市人民政府办公室\n2025年7月1日\n';
    assert.deepEqual(check(spacing, text), []);
  });

  it('flags spaces in a draft and removes exactly them', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政发 〔2024〕5 号');
    assert.deepEqual(check(spacing, text).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'doc-number/spacing', line: 3, column: 4, text: ' 〔2024〕5 ',
      message: '发文字号中不应有空格（GB/T 9704—2012 第7.2.5条：发文字号由机关代字、年份和发文顺序号连写而成）：应为“聊政发〔2024〕5号”。',
    }]);
    assert.equal(fixed(spacing, text), DRAFT);
  });

  it('in an issue spaced throughout, `15 号` is not reported', () => {
    assert.deepEqual(check(spacing, issue('聊政字〔2024〕15 号')), []);
  });

  it('in that issue, spaces around a sequence in Chinese numerals are the issue\'s, as around its digits (probe21)', () => {
    // 第 四十九 号 for 第 49 号: the fix removed the spaces, and the numeral's fix then wrote 第49号.
    assert.deepEqual(check(spacing, issue('聊政字〔2024〕十五 号')), []);
    const text = issue('聊政字〔2024〕十五 号');
    const only = [spacing, arabicSequence];
    const r = fixAll(text, (t) => lint(t, { model: emptyModel(), today: '2026-11-22', only }).diagnostics);
    assert.equal(r.output, issue('聊政字〔2024〕15 号'));
    // A space between two characters of the numeral is still reported.
    assert.deepEqual(check(spacing, issue('聊政字〔2024〕十 五号')).map((d) => d.text), [' ']);
  });

  it('in that issue, a space between a bracket and a digit is still reported', () => {
    const found = check(spacing, issue('聊政字〔2024〕 15 号'));
    assert.deepEqual(found.map((d) => [d.line, d.column, d.text]), [[10, 10, ' ']]);
    assert.equal(fixed(spacing, issue('聊政字〔2024〕 15 号')), issue('聊政字〔2024〕15 号'));
  });

  // A tight issue (digits written against Chinese, as in most of the corpus) with spaced islands.
  function tightIssue(toc: string, number: string, body: string): string {
    return [
      '聊城市人民政府公报', '2024', '第1期', '目录', '◎市政府文件',
      '聊城市人民政府关于加强某项工作的通知', toc, '',
      '聊城市人民政府', number, '聊城市人民政府关于加强某项工作的通知',
      '各县（市、区）人民政府：', body,
      '聊城市人民政府', '2024年11月29日', '',
    ].join('\n');
  }
  const BODY = '一、到2025年，完成3项工作，覆盖12个县。二、于2024年11月1日起施行。';

  it('in a tight issue, a space between a digit and a Chinese character is extraction noise', () => {
    const text = tightIssue('聊政字〔2024〕15 号 2', '聊政字〔2024〕15 号',
      `${BODY}按照《聊城市人民政府关于某事的通知》（聊政字〔2024〕8 号）执行。`);
    assert.deepEqual(check(spacing, text), []);
  });

  it('in an issue, a space next to the brackets is still reported', () => {
    const text = tightIssue('聊政字〔2024〕15号 2', '聊政字 〔2024〕 15号', BODY);
    assert.deepEqual(check(spacing, text).map((d) => [d.line, d.column, d.text, d.message]), [
      [10, 4, ' 〔2024〕 ', '发文字号中不应有空格（GB/T 9704—2012 第7.2.5条：发文字号由机关代字、年份和发文顺序号连写而成）：应为“聊政字〔2024〕15号”。'],
    ]);
    assert.equal(fixed(spacing, text), tightIssue('聊政字〔2024〕15号 2', '聊政字〔2024〕15号', BODY));
  });

  // A 令's head: the issuer mark and 第N号 are two layout elements, on two lines or one.
  function decree(head: string[]): string {
    return [
      ...head, '',
      '《聊城市养犬管理办法》已经2022年4月22日市政府第126次常务会议通过，现予公布，自2022年7月1日起施行。', '',
      '市长：李长萍', '', '2022年4月28日', '',
      '聊城市养犬管理办法', '', '第一条 为了规范养犬行为，制定本办法。', '',
    ].join('\n');
  }

  it('the markdown markers and line break of a decree pair are not spaces in the number', () => {
    assert.deepEqual(check(spacing, decree(['# 聊城市人民政府令', '', '## 第40号'])), []);
  });

  it('a space between a decree\'s issuer and 第N号 on one line is layout', () => {
    assert.deepEqual(check(spacing, decree(['聊城市人民政府令 第50号'])), []);
  });

  it('a space inside a decree\'s 第N号 is reported, and only it is removed', () => {
    const text = decree(['聊城市人民政府令 第50 号']);
    assert.deepEqual(check(spacing, text).map((d) => [d.line, d.column, d.text, d.message]), [
      [1, 13, ' ', '发文字号中不应有空格（GB/T 9704—2012 第7.2.5条：发文字号由机关代字、年份和发文顺序号连写而成）：应为“聊城市人民政府令第50号”。'],
    ]);
    assert.equal(fixed(spacing, text), decree(['聊城市人民政府令 第50号']));
    const md = decree(['# 聊城市人民政府令', '', '## 第 40号']);
    assert.deepEqual(check(spacing, md).map((d) => [d.line, d.column, d.text, d.message]), [
      [3, 5, ' ', '发文字号中不应有空格（GB/T 9704—2012 第7.2.5条：发文字号由机关代字、年份和发文顺序号连写而成）：应为“聊城市人民政府令第40号”。'],
    ]);
  });

  it('in a citation, 令 and 第N号 are one number: a space between them is reported', () => {
    const text = draftWith('（鲁政办字〔2023〕25号）', '（聊城市人民政府令 第32号）');
    assert.deepEqual(check(spacing, text).map((d) => [d.line, d.column, d.text, d.message]), [
      [9, 35, ' ', '引用的发文字号中不应有空格（GB/T 9704—2012 第7.2.5条：发文字号由机关代字、年份和发文顺序号连写而成）：应为“聊城市人民政府令第32号”。'],
    ]);
  });

  it('a line break inside a cited number (hard wrap) is not reported', () => {
    const text = draftWith('（鲁政办字〔2023〕25号）', '（鲁政办字〔2023〕25  \n号）');
    assert.deepEqual(check(spacing, text), []);
  });

  it('a page number line inside a cited number (a page break) is no space in it', () => {
    const text = draftWith('（鲁政办字〔2023〕25号）', '（鲁政办字〔\n\n— 17 —\n\n2023〕25号）');
    assert.deepEqual(check(spacing, text), []);
    const header = draftWith('（鲁政办字〔2023〕25号）', '（鲁政办字〔2023〕\n\n— 17 —\n\n聊城市人民政府公报 2024 年第 1 期\n\n25号）');
    assert.deepEqual(check(spacing, header), []);
  });

  it('a page number and a running header at a page break inside the number\'s year are no space in it', () => {
    const text = draftWith('（鲁政办字〔2023〕25号）', '（鲁政办字〔2\n\n— 17 —\n\n聊城市人民政府公报　2024年第1期\n\n023〕25号）');
    assert.deepEqual(check(spacing, text), []);
    // A space on the number's own first or last line is still its own.
    const own = draftWith('（鲁政办字〔2023〕25号）', '（鲁政办字 〔2\n\n— 17 —\n\n023〕25号）');
    assert.deepEqual(check(spacing, own).map((d) => d.text), [' ']);
  });

  it('across a page break, a space inside the number is still reported', () => {
    const text = draftWith('（鲁政办字〔2023〕25号）', '（鲁政办字 〔\n\n— 17 —\n\n2023〕25号）');
    assert.deepEqual(check(spacing, text).map((d) => [d.line, d.text]), [[9, ' ']]);
  });
  // A cited number cut by a page continuation (`（鲁政（下转第4页）` … `（上接第2页）办字〔2023〕143号）`)
  // is read whole; the documents printed between its halves are none of its characters.
  const CITE = '根据《山东省人民政府办公厅关于印发某某行动方案的通知》（';
  const AFTER = '）要求，现结合我市实际，制定本方案。';

  it('a number cut by a page continuation: the spaces of the documents between its halves are not its own', () => {
    assert.deepEqual(check(spacing, cutIssue(`${CITE}鲁政`, `办字〔2023〕143号${AFTER}`)), []);
    assert.deepEqual(check(spacing, cutIssue(`${CITE}鲁政办字〔202`, `3〕143号${AFTER}`)), []);
  });

  it('a number cut by a page continuation: a space of its own is reported, the number read whole', () => {
    const text = cutIssue(`${CITE}鲁政办字 〔2`, `023〕143号${AFTER}`);
    assert.deepEqual(check(spacing, text).map((d) => [d.line, d.column, d.text, d.message]), [
      [23, 33, ' ', '引用的发文字号中不应有空格（GB/T 9704—2012 第7.2.5条：发文字号由机关代字、年份和发文顺序号连写而成）：应为“鲁政办字〔2023〕143号”。'],
    ]);
    assert.equal(fixed(spacing, text), cutIssue(`${CITE}鲁政办字〔2`, `023〕143号${AFTER}`));
  });
});
