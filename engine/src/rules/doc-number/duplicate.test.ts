import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { duplicate, duplicateNumbers } from './duplicate';
import { findDocNumbers } from '../../parse/docNumber';

function issue(second: string, secondTitle = '聊城市人民政府关于乙事项的通知'): string {
  return [
    '聊城市人民政府公报', '2024', '第1期', '目录', '◎市政府文件',
    '聊城市人民政府关于甲事项的通知', '聊政字〔2024〕15号 2',
    secondTitle, `${second} 3`, '',
    '聊城市人民政府', '聊政字〔2024〕15号', '聊城市人民政府关于甲事项的通知', '各县（市、区）人民政府：',
    '一、做好甲事项。', '聊城市人民政府', '2024年11月29日', '',
    '聊城市人民政府', second, secondTitle, '各县（市、区）人民政府：',
    '一、做好乙事项。', '聊城市人民政府', '2024年11月30日', '',
  ].join('\n');
}

describe('doc-number/duplicate', () => {
  it('passes distinct numbers', () => {
    assert.deepEqual(check(duplicate, issue('聊政字〔2024〕16号')), []);
  });

  it('flags the second document and its 目录 entry', () => {
    const found = check(duplicate, issue('聊政字〔2024〕15号'));
    assert.deepEqual(found.map((d) => [d.line, d.column, d.text, d.message]), [
      [9, 1, '聊政字〔2024〕15号', '目录中发文字号“聊政字〔2024〕15号”已用于第7行的《聊城市人民政府关于甲事项的通知》，一个发文字号只能对应一份文件（GB/T 9704—2012 第7.2.5条）：请核对两份文件的发文字号，改正用错的一处。'],
      [20, 1, '聊政字〔2024〕15号', '发文字号“聊政字〔2024〕15号”已用于第12行的《聊城市人民政府关于甲事项的通知》，一个发文字号只能对应一份文件（GB/T 9704—2012 第7.2.5条）：请核对两份文件的发文字号，改正用错的一处。'],
    ]);
  });

  it('the same document printed twice is not a duplicate', () => {
    assert.deepEqual(check(duplicate, issue('聊政字〔2024〕15号', '聊城市人民政府关于甲事项的通知')), []);
  });

  it('duplicateNumbers works across files (workspace)', () => {
    const n = (s: string) => findDocNumbers(s)[0];
    const dups = duplicateNumbers([
      { number: n('聊政发〔2024〕5号'), title: '关于甲的通知', ref: 'a.txt' },
      { number: n('聊政发〔2024〕6号'), title: '关于乙的通知', ref: 'b.txt' },
      { number: n('聊政发〔2024〕05号'), title: '关于丙的通知', ref: 'c.txt' },
    ]);
    assert.deepEqual(dups.map((d) => [d.item.ref, d.first.ref]), [['c.txt', 'a.txt']]);
  });
});
