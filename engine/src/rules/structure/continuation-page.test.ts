import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { continuationPage } from './continuation-page';

describe('structure/continuation-page (probe21)', () => {
  const bad = continuationPage.docs!.test!.bad as string;
  const good = continuationPage.docs!.test!.good as string;
  it('reports the 下转 page the 目录 contradicts when its 上接 names the right page', () => {
    assert.deepEqual(check(continuationPage, bad).map((d) => [d.line, d.text]), [[24, '42']]);
  });
  it('reports the 上接 page when the 下转 names the right page and the 上接 does not', () => {
    const up = good.replace('（上接第8页）', '（上接第18页）');
    assert.deepEqual(check(continuationPage, up).map((d) => [d.line, d.text]), [[41, '18']]);
  });
  it('passes pages that agree with the 目录, spaced markers, and an issue without a 目录 page for the host', () => {
    assert.deepEqual(check(continuationPage, good), []);
    assert.deepEqual(check(continuationPage, good.replace('（下转第24页）', '（下 转 第 24 页）').replace('（上接第8页）', '（上接第 8 页）')), []);
    assert.deepEqual(check(continuationPage, bad.replace('聊政字〔2025〕5号 24', '聊政字〔2025〕5号')), []);
    // A 目录 whose pages do not rise is toc-order's finding: its page ranges are not trusted.
    assert.deepEqual(check(continuationPage, bad.replace('聊政字〔2025〕4号 15', '聊政字〔2025〕4号 51')), []);
  });
});
