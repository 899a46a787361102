import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { tocOrder } from './toc-order';

const TITLES = ['关于任免刘海涛等工作人员职务的通知', '关于任命王晓东职务的通知', '关于任免张锐等工作人员职务的通知', '关于任免吴正秋等工作人员职务的通知'];

/** A small issue of four 任免 notices (聊政任〔2022〕3号…6号); the 目录 lists `order` (indices) at `pages`. */
function issue(order: number[], pages: number[]): string {
  const entries = order.flatMap((k, i) => [TITLES[k], `聊政任〔2022〕${3 + k}号 ${pages[i]}`]);
  const bodies = TITLES.flatMap((t, k) => [
    '', `聊城市人民政府${t}`, `聊政任〔2022〕${3 + k}号`, '各县（市、区）人民政府，市政府各部门：',
    '市人民政府决定，任命刘海涛为聊城市交通运输局局长。', '聊城市人民政府', `2022年3月${9 + k}日`,
  ]);
  return ['聊城市人民政府公报', '2022', '第3期', '目录', '◎政务动态', ...entries, ...bodies, ''].join('\n');
}
const run = (order: number[], pages: number[]) => check(tocOrder, issue(order, pages)).map((f) => [f.line, f.column, f.text, f.message]);

describe('structure/toc-order', () => {
  it('passes entries in the body\'s order with rising pages (or two on one page)', () => {
    assert.deepEqual(run([0, 1, 2, 3], [32, 33, 33, 35]), []);
  });

  it('reports an entry out of the body\'s order, whether its page moved with it or not', () => {
    const msg = '目录中《关于任免张锐等工作人员职务的通知》（聊政任〔2022〕5号）排在《关于任免吴正秋等工作人员职务的通知》（聊政任〔2022〕6号）之后，正文却先刊登它（第29行）：公报目录按正文顺序逐篇列出文件，请把这一条移到正文中的相应位置，或按目录调整正文。';
    assert.deepEqual(run([0, 1, 3, 2], [32, 33, 35, 34]), [[12, 1, '关于任免张锐等工作人员职务的通知\n聊政任〔2022〕5号 34', msg]]);
    assert.deepEqual(run([0, 1, 3, 2], [32, 33, 34, 35]).map((f) => f[0]), [12]);
  });

  it('reports a page lower than the one before it at the entry that breaks the rise', () => {
    assert.deepEqual(run([0, 1, 2, 3], [32, 33, 24, 35]), [[11, 13, '24', '目录中《关于任免张锐等工作人员职务的通知》（聊政任〔2022〕5号）的页码24小于前一条《关于任命王晓东职务的通知》（聊政任〔2022〕4号）的页码33：目录按正文顺序排列，页码应逐条递增，请核对页码。']]);
    // A page too high: the entry after it still follows the one before.
    assert.deepEqual(run([0, 1, 2, 3], [32, 43, 34, 35]), [[9, 13, '43', '目录中《关于任命王晓东职务的通知》（聊政任〔2022〕4号）的页码43大于后一条《关于任免张锐等工作人员职务的通知》（聊政任〔2022〕5号）的页码34：目录按正文顺序排列，页码应逐条递增，请核对页码。']]);
  });
});

describe('structure/toc-order: which of two pages', () => {
  it('names the lower page where either could be the slip', () => {
    // 32, 38, 34, 40: 38 could be too high or 34 too low.
    assert.deepEqual(run([0, 1, 2, 3], [32, 38, 34, 40]).map((f) => [f[0], f[2]]), [[11, '34']]);
  });
});
