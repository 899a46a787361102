// The print preview's page diff on real rendered documents: an edit inside a paragraph changes its
// page only; a new paragraph changes its page and every later page whose lines move; cutting text
// drops pages; growing text adds them. Every patch, applied to the shown pages, gives the new ones.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { renderHtml, splitRenderedHtml, type HtmlParts } from '../../engine/src/render';
import { diffPages, isEmptyPatch } from '../../client/src/preview/page-diff';
import type { PagePatch } from '../../client/src/preview/messages';
import { corpusFiles, repoRoot } from '../fixtures/corpus';

const OPTS = { preview: true, nonce: 'bm9uY2U=', csp: "default-src 'none'", scriptUri: 'https://x.test/preview.js', bodyData: { 'top-line': '0', seq: '1' } };
const parts = (text: string, opts = OPTS): HtmlParts => splitRenderedHtml(renderHtml(text, opts).html)!;

/** What the page script does with a patch, on strings. */
function applied(shown: HtmlParts, p: PagePatch): string[] {
  const pages = shown.pages.slice(0, p.count);
  for (const { index, html } of p.pages) pages[index] = html;
  return pages;
}

/** Diffs two renders and checks the patch turns the first into the second. */
function diff(before: string, after: string): { patch: PagePatch; old: HtmlParts; next: HtmlParts } {
  const old = parts(before);
  const next = parts(after);
  const patch = diffPages(old, next)!;
  assert.ok(patch, 'same shell');
  assert.deepEqual(applied(old, patch), next.pages);
  assert.deepEqual(patch.pages.map((p) => p.index), [...patch.pages.map((p) => p.index)].sort((a, b) => a - b), 'ascending');
  return { patch, old, next };
}

const changed = (p: PagePatch) => p.pages.map((x) => x.index);
const linesOf = (page: string) => [...page.matchAll(/data-line="(\d+)"/g)].map((m) => Number(m[1]));
/** The pages showing a source line (a paragraph may run onto the next page). */
const pagesOfLine = (ps: HtmlParts, line: number) => ps.pages.map((p, i) => (linesOf(p).includes(line) ? i : -1)).filter((i) => i >= 0);

/** Replaces the character at `at` with another ideograph. */
const retype = (text: string, at: number) => text.slice(0, at) + (text[at] === '国' ? '家' : '国') + text.slice(at + 1);
/** A body line (a long run of text) near the middle of a text: its number and start offset. */
function middleParagraph(text: string): { line: number; start: number; length: number } {
  const lines = text.split('\n');
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    if (i > lines.length / 2 && /^[\u4e00-\u9fff]{10}/.test(lines[i]) && lines[i].length > 80) return { line: i, start, length: lines[i].length };
    start += lines[i].length + 1;
  }
  throw new Error('no long paragraph');
}

describe('preview page diff (diffPages)', () => {
  const sample = fs.readFileSync(path.join(repoRoot, 'samples/draft-notice.gw'), 'utf8');

  it('nothing changed: an empty patch', () => {
    const { patch, old } = diff(sample, sample);
    assert.deepEqual(patch, { count: old.pages.length, pages: [] });
    assert.ok(isEmptyPatch(patch, old.pages.length));
  });

  it('a sample: one character on the first page changes that page only', () => {
    const at = sample.indexOf('各县');
    const { patch } = diff(sample, retype(sample, at + 1));
    assert.deepEqual(changed(patch), [0]);
    assert.equal(patch.style, undefined);
    assert.equal(patch.title, undefined);
  });

  it('a sample: pages added at the end are in the patch; cutting them again drops them', () => {
    const longer = sample + '\n' + Array.from({ length: 30 }, (_, i) => `（${i + 1}）补充事项。各有关单位要按照职责分工，认真抓好落实，确保各项工作按期完成。`).join('\n');
    const grown = diff(sample, longer);
    assert.ok(grown.next.pages.length >= grown.old.pages.length + 2, `pages added (${grown.old.pages.length} → ${grown.next.pages.length})`);
    assert.equal(grown.patch.count, grown.next.pages.length);
    for (let i = grown.old.pages.length; i < grown.next.pages.length; i++) assert.ok(changed(grown.patch).includes(i), `new page ${i} is sent`);
    const cut = diff(longer, sample);
    assert.equal(cut.patch.count, grown.old.pages.length);
    assert.ok(changed(cut.patch).every((i) => i < cut.patch.count), 'no page past the end is sent');
  });

  it('a new position class: the new <style> is sent with the pages whose class numbers moved', () => {
    // A half-width run of a width the notice has nowhere else needs a new width class.
    const at = sample.indexOf('各县');
    const { patch, old, next } = diff(sample, sample.slice(0, at) + 'https://www.liaocheng.gov.cn/zwgk ' + sample.slice(at));
    assert.notEqual(next.style, old.style);
    assert.equal(patch.style, next.style);
  });

  it('another nonce (a new page shell) is not a patch', () => {
    assert.equal(diffPages(parts(sample), parts(sample, { ...OPTS, nonce: 'b3RoZXI=' })), undefined);
  });

  it('a new first title is sent as the <title> text', () => {
    const { patch } = diff(sample, sample.replace('办公室关于推进', '办公室关于进一步推进'));
    assert.match(patch.title!, /关于进一步推进/);
  });

  const gazette = corpusFiles().find((f) => f.endsWith('gazette-2024-11-12.txt'));
  describe('the 292 KB gazette (over 200 pages)', function () {
    let text: string;
    let para: ReturnType<typeof middleParagraph>;
    before(function () {
      if (!gazette) this.skip();
      text = fs.readFileSync(gazette!, 'utf8');
      para = middleParagraph(text);
    });

    it('one character in the middle: exactly the page that shows it', () => {
      const { patch, old, next } = diff(text, retype(text, para.start + 5));
      // How many pages depends on how the parser re-attaches page continuations; over 200 here.
      assert.ok(old.pages.length > 200, `${old.pages.length} pages`);
      assert.equal(patch.count, old.pages.length);
      const page = pagesOfLine(old, para.line)[0];
      assert.ok(page > 50, `the edit is in the middle (page ${page + 1})`);
      assert.deepEqual(changed(patch), [page]);
      assert.notEqual(next.pages[page], old.pages[page]);
    });

    it('a new paragraph: its page and every later page whose lines moved, none before', () => {
      const end = para.start + para.length;
      const { patch, old } = diff(text, text.slice(0, end) + '\n新增段落：各有关单位要按照职责分工，认真抓好落实，确保各项工作按期完成，形成工作合力。' + text.slice(end));
      const page = pagesOfLine(old, para.line).at(-1)!;
      assert.equal(changed(patch)[0], page, 'the first changed page is the one the paragraph ends on');
      // Lines after the new one have new numbers (data-line): a page showing only such lines changed.
      const moved = old.pages.map((p, i) => (i > page && linesOf(p).length && linesOf(p).every((l) => l > para.line) ? i : -1)).filter((i) => i >= 0);
      assert.ok(moved.length > 50, `many pages move (${moved.length})`);
      for (const i of moved) assert.ok(changed(patch).includes(i), `page ${i + 1} moved`);
    });

    it('cutting a page of text drops a page, and pages before the cut are kept', () => {
      // About a page and a half of one paragraph's document, from the paragraph on.
      const cut = text.slice(0, para.start) + text.slice(para.start + 900).replace(/^[^\n]*\n/, '');
      const { patch, old, next } = diff(text, cut);
      assert.ok(next.pages.length < old.pages.length, `a page dropped (${old.pages.length} → ${next.pages.length})`);
      assert.equal(patch.count, next.pages.length);
      assert.equal(changed(patch)[0], pagesOfLine(old, para.line)[0], 'the first changed page is where the cut starts');
    });
  });
});
