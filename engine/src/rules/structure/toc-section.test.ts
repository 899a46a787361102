import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { tocSection } from './toc-section';

/** A small issue: the 目录 as given (headings and entries), then a government and two office documents. */
function issue(toc: string[]): string {
  const doc = (mark: string, number: string, title: string, day: number) => ['', mark, number, `${mark}${title}`, '各县（市、区）人民政府：', '一、做好有关工作。', mark, `2024年3月${day}日`];
  return ['聊城市人民政府公报', '2024', '第3期', '目录', ...toc,
    ...doc('聊城市人民政府', '聊政字〔2024〕5号', '关于推进地热能开发利用的实施意见', 2),
    ...doc('聊城市人民政府办公室', '聊政办字〔2024〕21号', '关于开展节水宣传周活动的通知', 4),
    ...doc('聊城市人民政府办公室', '聊政办字〔2024〕22号', '关于做好冬季供暖工作的通知', 6), ''].join('\n');
}
const GOV = ['关于推进地热能开发利用的实施意见', '聊政字〔2024〕5号 2'];
const OFF1 = ['关于开展节水宣传周活动的通知', '聊政办字〔2024〕21号 4'];
const OFF2 = ['关于做好冬季供暖工作的通知', '聊政办字〔2024〕22号 6'];
const run = (toc: string[]) => check(tocSection, issue(toc)).map((f) => [f.line, f.message]);

describe('structure/toc-section', () => {
  it('passes each document under its issuer\'s section, in any spacing', () => {
    assert.deepEqual(run(['◎ 市政府文件', ...GOV, '◎市政府办公室文件', ...OFF1, ...OFF2]), []);
  });

  it('reports an entry under the other issuer\'s section', () => {
    assert.deepEqual(run(['◎市政府文件', ...GOV, ...OFF1, '◎市政府办公室文件', ...OFF2]), [[8, '目录中《关于开展节水宣传周活动的通知》（聊政办字〔2024〕21号）列在“◎市政府文件”栏下，但它是办公室（厅）发布的文件：公报目录按发文机关分栏，请把这一条移到办公室（厅）文件栏下，或改正栏目名称。']]);
  });

  it('does not judge a document whose mark and code disagree (doc-number/series reports the slip there) (probe11)', () => {
    const text = issue(['◎市政府文件', ...GOV, '◎市政府办公室文件', ...OFF1, ...OFF2]).replace('\n聊城市人民政府办公室\n聊政办字〔2024〕21号', '\n聊城市人民政府\n聊政办字〔2024〕21号');
    assert.deepEqual(check(tocSection, text), []);
  });

  it('names the heading as printed (【市政府文件】), not as ◎ (othergaz2)', () => {
    assert.deepEqual(run(['【市政府文件】', ...GOV, ...OFF1, '【市政府办公室文件】', ...OFF2]).map(([, m]) => m), ['目录中《关于开展节水宣传周活动的通知》（聊政办字〔2024〕21号）列在“【市政府文件】”栏下，但它是办公室（厅）发布的文件：公报目录按发文机关分栏，请把这一条移到办公室（厅）文件栏下，或改正栏目名称。']);
  });

  it("passes a section of another level than the gazette's (区政府文件 in a 市 gazette gathers the districts' governments' and offices' documents; othergaz2)", () => {
    const text = issue(['◎市政府文件', ...GOV, '◎区政府文件', ...OFF1, ...OFF2]);
    assert.deepEqual(check(tocSection, text), []);
  });

  it('passes a bare 【政府文件】 that gathers the government\'s and its office\'s documents (福建, 厦门: a 栏目 by kind beside 【法规规章】; othergaz4)', () => {
    assert.deepEqual(run(['【政府文件】', ...GOV, ...OFF1, ...OFF2]), []);
    // A heading naming the office still gathers only the office's.
    assert.equal(run(['【政府文件】', ...OFF1, ...OFF2, '【政府办公室文件】', ...GOV]).length, 1);
  });

  it('reports a heading typed wrong once, at its first entry', () => {
    assert.deepEqual(run(['◎市政府文件', ...GOV, '◎市政府文件', ...OFF1, ...OFF2]), [[9, '目录“◎市政府文件”栏下的2份文件（《关于开展节水宣传周活动的通知》（聊政办字〔2024〕21号）等）都是办公室（厅）发布的：公报目录按发文机关分栏，请改正栏目名称，或把这些条目移到相应栏目下。']]);
  });

  it('does not judge sections not named for an issuer', () => {
    assert.deepEqual(run(['◎政务动态', ...GOV, ...OFF1, ...OFF2]), []);
  });
});
