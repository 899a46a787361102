import * as assert from 'node:assert/strict';
import { check, defaultModel, fixed } from '../testing';
import { allRules } from '../index';
import { noticeIssue } from '../../parse/issue-fixture';
import { sequence } from './sequence';
import { hao } from './hao';
import { DRAFT, draftWith } from './testdata';
import { issueOf } from '../lead-unit/test-fixtures';

describe('doc-number/sequence', () => {
  it('passes a plain sequence number', () => {
    assert.deepEqual(check(sequence, DRAFT), []);
  });

  it('flags 第 and fixes it', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政发〔2024〕第5号');
    assert.deepEqual(check(sequence, text).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'doc-number/sequence', line: 3, column: 10, text: '第5',
      message: '发文字号的发文顺序号不加“第”（GB/T 9704—2012 第7.2.5条）：应为“聊政发〔2024〕5号”。',
    }]);
    assert.equal(fixed(sequence, text), DRAFT);
  });

  it('flags a leading zero in a citation and fixes it', () => {
    const text = draftWith('鲁政办字〔2023〕25号', '鲁政办字〔2023〕025号');
    const found = check(sequence, text);
    assert.deepEqual(found.map((d) => [d.line, d.text, d.message]), [
      [9, '025', '引用的发文字号的发文顺序号不编虚位（不在前面补“0”）（GB/T 9704—2012 第7.2.5条）：应为“鲁政办字〔2023〕25号”。'],
    ]);
    assert.equal(fixed(sequence, text), DRAFT);
  });

  it('第 and a zero together are one diagnostic with one fix', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政发〔2024〕第05号');
    const found = check(sequence, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /不加“第”、不编虚位/);
    assert.equal(fixed(sequence, text), DRAFT);
  });
});

describe('doc-number/sequence: a 公告\'s or 通告\'s number', () => {
  /** The draft citing a 公告 (or anything) by `number` instead of 鲁政办字〔2023〕25号. */
  const citing = (number: string) => draftWith('《山东省人民政府办公厅关于做好某项工作的通知》（鲁政办字〔2023〕25号）', `《聊城市人民政府关于春季禁止露天焚烧秸秆的公告》（${number}）`);

  it('keeps its 第 (…公告〔2025〕第1号, 中国人民银行公告〔2018〕第7号)', () => {
    for (const n of ['聊城市人民政府公告〔2025〕第1号', '中国人民银行公告〔2018〕第7号', '聊城市人民政府通告〔2025〕第3号']) {
      assert.deepEqual(check(sequence, citing(n)), [], n);
    }
  });

  it('still has no leading zero: the fix keeps the 第', () => {
    const text = citing('聊城市人民政府公告〔2025〕第01号');
    assert.deepEqual(check(sequence, text).map((d) => [d.text, d.message]), [
      ['01', '引用的发文字号的发文顺序号不编虚位（不在前面补“0”）（GB/T 9704—2012 第7.2.5条）：应为“聊城市人民政府公告〔2025〕第1号”。'],
    ]);
    assert.equal(fixed(sequence, text), citing('聊城市人民政府公告〔2025〕第1号'));
  });

  it('a 文件\'s number with 第 is still reported, a 通告\'s 通字 series too', () => {
    assert.deepEqual(check(sequence, citing('聊政通字〔2022〕第2号')).map((d) => d.message), [
      '引用的发文字号的发文顺序号不加“第”（GB/T 9704—2012 第7.2.5条）：应为“聊政通字〔2022〕2号”。',
    ]);
  });
});

describe('a 公告\'s head in an issue (…公告 ⏎ 〔2025〕第1号) and its 目录 entry', () => {
  const all = (text: string) => check(allRules, text, { model: defaultModel() }).map((d) => [d.ruleId, d.line, d.text]);

  it('give no diagnostic, whatever the number\'s form, with a title or without', () => {
    for (const opts of [{}, { titled: false }, { number: '2025年第1号' }, { number: '第1号' }, { issuer: '聊城市人民政府通告' }]) {
      assert.deepEqual(all(noticeIssue(opts)), [], JSON.stringify(opts));
    }
  });

  it('a leading zero or a wrong bracket in it is still reported, head and 目录 alike; a 通知\'s 第 too', () => {
    assert.deepEqual(all(noticeIssue({ number: '〔2025〕第01号' })), [['doc-number/sequence', 14, '01'], ['doc-number/sequence', 43, '01']]);
    assert.deepEqual(all(noticeIssue({ number: '[2025]第1号' })), [['doc-number/bracket', 14, '[2025]'], ['doc-number/bracket', 43, '[2025]']]);
    const text = noticeIssue().replace(/聊政办字〔2025〕9号/g, '聊政办字〔2025〕第9号');
    assert.deepEqual(check(sequence, text).map((d) => [d.line, d.message]), [
      [19, '目录中的发文字号的发文顺序号不加“第”（GB/T 9704—2012 第7.2.5条）：应为“聊政办字〔2025〕9号”。'],
      [61, '发文字号的发文顺序号不加“第”（GB/T 9704—2012 第7.2.5条）：应为“聊政办字〔2025〕9号”。'],
    ]);
  });
});

describe('doc-number/hao', () => {
  it('passes numbers with 号', () => {
    assert.deepEqual(check(hao, DRAFT), []);
  });

  it('flags a missing 号 and inserts it', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政发〔2024〕5');
    assert.deepEqual(check(hao, text).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'doc-number/hao', line: 3, column: 10, text: '5',
      message: '发文字号缺少“号”字（GB/T 9704—2012 第7.2.5条）：应为“聊政发〔2024〕5号”。',
    }]);
    assert.equal(fixed(hao, text), DRAFT);
  });

  it('flags a missing 号 in a citation', () => {
    const text = draftWith('鲁政办字〔2023〕25号', '鲁政办字〔2023〕25');
    assert.equal(fixed(hao, text), DRAFT);
  });

  // qa14/qa15: a page break cut a cited number with a blank line between its halves; the first half,
  // alone on its line, read as a document's head without its 号.
  it('is silent on a cited number a page break cut in two (`〔2024〕1` ⏎⏎ `6号文件`), and reports a head without its 号', () => {
    const body = (lines: string[]) => issueOf([['一、加强保障', '各县（市、区）要将数字乡村建设纳入实绩考核，本方案所需资金按照', ...lines].join('\n'), '做好有关工作。']);
    assert.deepEqual(check(hao, body(['聊政办字〔2024〕1', '', '6号文件规定的渠道统筹解决。'])), []);
    // A document's head printed without its 号 (the line after it is its title) is still reported.
    const head = body(['聊政办字〔2024〕16号文件规定的渠道统筹解决。']).replace('聊政办发〔2024〕2号\n', '聊政办发〔2024〕2\n');
    assert.deepEqual(check(hao, head).map((f) => [f.text, f.message]), [['2', '发文字号缺少“号”字（GB/T 9704—2012 第7.2.5条）：应为“聊政办发〔2024〕2号”。']]);
  });
});

describe('doc-number/sequence: a number in running text', () => {
  const item = '一、提高认识。各单位要高度重视。';

  it('flags 第 and a leading zero in bare numbers (按照聊政发〔2024〕03号文件要求), and fixes them', () => {
    const text = draftWith(item, '一、提高认识。按照聊政发〔2024〕03号和聊政办字〔2023〕第7号文件要求执行。');
    assert.deepEqual(check(sequence, text).map((d) => [d.line, d.text, d.message]), [
      [11, '03', '引用的发文字号的发文顺序号不编虚位（不在前面补“0”）（GB/T 9704—2012 第7.2.5条）：应为“聊政发〔2024〕3号”。'],
      [11, '第7', '引用的发文字号的发文顺序号不加“第”（GB/T 9704—2012 第7.2.5条）：应为“聊政办字〔2023〕7号”。'],
    ]);
    assert.equal(fixed(sequence, text), draftWith(item, '一、提高认识。按照聊政发〔2024〕3号和聊政办字〔2023〕7号文件要求执行。'));
  });

  it('passes well-formed bare numbers and a 令\'s 第', () => {
    const text = draftWith(item, '一、提高认识。按照聊政发〔2024〕5号文件和聊城市人民政府令第48号执行。');
    assert.deepEqual(check(sequence, text), []);
  });
});
