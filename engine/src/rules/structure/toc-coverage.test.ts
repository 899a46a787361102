import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { tocCoverage } from './toc-coverage';

interface Doc { title: string; number: string; date: string }
const RM1: Doc = { title: '关于任免刘海涛等工作人员职务的通知', number: '聊政任〔2022〕3号', date: '2022年3月9日' };
const RM2: Doc = { title: '关于任命王晓东职务的通知', number: '聊政任〔2022〕4号', date: '2022年3月20日' };
const RM3: Doc = { title: '关于任免张锐等工作人员职务的通知', number: '聊政任〔2022〕5号', date: '2022年3月25日' };

/** A small issue: the 目录 entries as given, then the documents (任免 notices: title before number). */
function issue(toc: (Doc | string)[], docs: (Doc | string)[]): string {
  const entries = toc.flatMap((e, i) => (typeof e === 'string' ? [e] : [e.title, `${e.number} ${32 + i}`]));
  const bodies = docs.flatMap((d) => (typeof d === 'string' ? ['', d] : [
    '', `聊城市人民政府${d.title}`, d.number, '各县（市、区）人民政府，市政府各部门：',
    '市人民政府决定，任命刘海涛为聊城市交通运输局局长。', '聊城市人民政府', d.date,
  ]));
  return ['聊城市人民政府公报', '2022', '第3期', '目录', '◎政务动态', ...entries, ...bodies, ''].join('\n');
}
const CHRONICLE = (m: number) => `聊城市人民政府大事记\n（2022年${m}月）\n5日，全市经济运行分析会议召开。`;
const run = (toc: (Doc | string)[], docs: (Doc | string)[]) => check(tocCoverage, issue(toc, docs)).map((f) => [f.line, f.message]);

describe('structure/toc-coverage', () => {
  it('passes an issue whose 目录 lists each document once', () => {
    assert.deepEqual(run([RM1, RM2, '聊城市人民政府大事记（2022年3月） 40'], [RM1, RM2, CHRONICLE(3)]), []);
  });

  it('reports an entry whose document is not printed', () => {
    assert.deepEqual(run([RM1, RM2, RM3], [RM1, RM2]), [[10, '目录所列的《关于任免张锐等工作人员职务的通知》（聊政任〔2022〕5号）在本期正文中没有：公报目录只列本期刊登的文件，请补登该文件，或从目录中删去这一条。']]);
  });

  it('reports a document the 目录 does not list', () => {
    assert.deepEqual(run([RM1, RM3], [RM1, RM2, RM3]), [[19, '第19行的《聊城市人民政府关于任命王晓东职务的通知》（聊政任〔2022〕4号）没有列入本期目录：公报目录逐篇列出本期刊登的文件，请在目录中补上它的标题、发文字号和页码。']]);
  });

  it('reports an entry listed twice and a document printed twice', () => {
    assert.deepEqual(run([RM1, RM2, RM2], [RM1, RM2]), [[10, '目录中的这一条（聊政任〔2022〕4号）与第8行的条目重复：公报目录每份文件只列一次，请删去重复的条目。']]);
    assert.deepEqual(run([RM1, RM2], [RM1, RM2, RM2]), [[26, '《聊城市人民政府关于任命王晓东职务的通知》（聊政任〔2022〕4号）在第19行已刊登过一次，本期重复刊登了同一文件：请删去重复的一份。']]);
  });

  it('reports a 大事记 listed under a month the body does not record', () => {
    assert.deepEqual(run([RM1, '聊城市人民政府大事记（2022年4月） 40'], [RM1, CHRONICLE(3)]), [[8, '目录所列的“聊城市人民政府大事记（2022年4月）”在本期正文中没有（正文刊登的是2022年3月的大事记）：请按正文改正目录中的月份。']]);
  });

  it('is silent where the entry and the document pair by title (a number slip is toc-number\'s) or the head is still in the text', () => {
    // The 目录 number differs: toc-number reports it.
    assert.deepEqual(run([RM1, { ...RM2, number: '聊政任〔2022〕6号' }], [RM1, RM2]), []);
    // A head the parser could not read as one (its number cut by a page break): the title is still in the body.
    assert.deepEqual(run([RM1, RM2], [RM1, `聊城市人民政府${RM2.title}\n聊政任〔2022〕\n\n4号\n市人民政府决定，任命王晓东为聊城市大数据局副局长。`]), []);
  });
});
