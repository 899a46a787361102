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

  it('flags two 人大常委会公告 of one number promulgating different texts (they have no title of their own)', () => {
    const H = '聊城市人民代表大会常务委员会公告';
    const notice = (seq: string, title: string, date: string) => [H, '', seq, '', `《${title}》已于2024年6月25日经聊城市第十八届人民代表大会常务委员会第二十次会议通过，2024年7月31日经山东省第十四届人民代表大会常务委员会第十次会议批准，现予公布，自2024年10月1日起施行。`, '',
      '聊城市人民代表大会常务委员会', date, '', title, '', '第一条　为了规范管理，制定本条例。', ''];
    const text = (second: string) => ['聊城市人民代表大会常务委员会公报', '', '2024年第4号', '', '目　　录', '', `${H}（第11号）………（2）`, '', `${H}${second}………（6）`, '',
      ...notice('（第11号）', '聊城市物业管理条例', '2024年8月5日'), ...notice(second, '聊城市养犬管理条例', '2024年8月6日')].join('\n');
    assert.deepEqual(check(duplicate, text('（第12号）')), []);
    assert.deepEqual(check(duplicate, text('（第11号）')).map((d) => [d.text, d.message]), [
      [`${H}\n\n（第11号`, '发文字号“聊城市人民代表大会常务委员会公告第11号”已用于第11行的《聊城市物业管理条例》，一个发文字号只能对应一份文件（GB/T 9704—2012 第7.2.5条）：请核对两份文件的发文字号，改正用错的一处。']]);
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
