// The preview's page script (dist/preview.js, built by esbuild.js) in Chromium under the same CSP the
// webview uses: it runs (nonce), nothing is refused, and it talks to the extension in typed
// messages: click → clicked(line), scroll → scrolled(line), scrollToLine(line) → scrolls there,
// patch → the changed pages replaced in place (patched).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import type { Browser, Page } from 'playwright-core';
import { renderHtml, splitRenderedHtml, type HtmlParts } from '../../engine/src/render';
import { diffPages } from '../../client/src/preview/page-diff';
import type { FromPage, ToPage } from '../../client/src/preview/messages';
import { chromiumPath, launch, openPreviewPage, PREVIEW_OPTS, PX_PER_MM } from './helpers';

const ROOT = path.resolve(__dirname, '../..');
const notice = fs.readFileSync(path.join(__dirname, '../export/fixtures/notice.txt'), 'utf8');

/** Builds the page script the way the extension ships it. */
function buildPageScript(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { cwd: ROOT, stdio: 'ignore' });
}

describe('preview page script under the webview CSP', function () {
  this.timeout(120000);
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];

  before(async function () {
    if (!chromiumPath()) this.skip();
    buildPageScript();
    browser = await launch();
    page = await openPreviewPage(browser, () => renderHtml(notice, PREVIEW_OPTS).html, violations);
  });
  after(async () => {
    await browser?.close();
  });

  const posted = () => page.evaluate(() => (window as unknown as { __posted: { type: string; line: number }[] }).__posted.splice(0));

  it('runs with its nonce and nothing is refused by the CSP', async () => {
    assert.strictEqual(await page.evaluate(() => document.documentElement.getAttribute('data-gw-fitted')), '1');
    assert.deepStrictEqual(violations, []);
    const fitted = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ls-body-fs'));
    assert.match(fitted, /^-?\d+(\.\d+)?px$/, 'the grid fitter measured the fonts');
  });

  it('a click on a line reports its source line', async () => {
    await posted();
    const target = page.locator('.ln.r-h1').first();
    const line = Number(await target.getAttribute('data-line'));
    assert.strictEqual(notice.split('\n')[line], '一、提高思想认识');
    await target.click();
    const msgs = await posted();
    assert.deepStrictEqual(msgs.filter((m) => m.type === 'clicked'), [{ type: 'clicked', line }]);
    assert.ok(await target.evaluate((e) => e.classList.contains('gw-active')));
  });

  it('scrollToLine scrolls the line to the top; scrolling reports the top line', async () => {
    // A line on page 2 (the last page cannot scroll to the top of a short viewport).
    const dateLine = notice.split('\n').indexOf('三、保障措施');
    assert.ok(dateLine > 0);
    // Drop what the test before left: the click scrolled its line into view, and that scroll's
    // message may arrive a frame after the test read its messages.
    await page.waitForTimeout(100);
    await posted();
    await page.evaluate((line) => window.postMessage({ type: 'scrollToLine', line }, '*'), dateLine);
    for (let i = 0; i < 100 && (await page.evaluate(() => window.scrollY)) < 1200; i++) await page.waitForTimeout(20);
    const top = await page.evaluate((line) => {
      const el = document.querySelector(`.ln[data-line="${line}"]`)!;
      return el.getBoundingClientRect().top;
    }, dateLine);
    assert.ok(Math.abs(top - 8) < 2, `the date line is at the top (${top})`);
    // A programmatic scroll is not echoed back to the editor.
    await page.waitForTimeout(100);
    assert.deepStrictEqual((await posted()).filter((m) => m.type === 'scrolled'), []);
    // A user scroll is.
    await page.waitForTimeout(350);
    await page.mouse.wheel(0, -2000);
    let scrolled: { type: string; line: number } | undefined;
    for (let i = 0; i < 100 && !scrolled; i++) {
      scrolled = (await posted()).find((m) => m.type === 'scrolled');
      if (!scrolled) await page.waitForTimeout(20);
    }
    assert.ok(scrolled, 'a scrolled message');
    const line = scrolled.line;
    assert.ok(line < dateLine && line >= 0, `reported top line ${line}`);
  });
});

describe('preview page script: a patch replaces only the changed pages', function () {
  this.timeout(120000);
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];
  const parts = (text: string): HtmlParts => splitRenderedHtml(renderHtml(text, PREVIEW_OPTS).html)!;
  const shown = parts(notice);
  // The first page's text edited, and enough new paragraphs to need a fourth page.
  const grown = notice.replace('为切实做好今冬明春', '为切实抓好今冬明春').replace('（此件公开发布）', Array.from({ length: 12 }, (_, i) =>
    `（${i + 1}）补充事项。各有关单位要按照职责分工，认真抓好落实，确保各项工作按期完成。`).join('\n\n') + '\n\n（此件公开发布）');

  before(async function () {
    if (!chromiumPath()) this.skip();
    buildPageScript();
    browser = await launch();
  });
  beforeEach(async () => {
    violations.length = 0;
    await page?.close();
    page = await openPreviewPage(browser, () => renderHtml(notice, PREVIEW_OPTS).html, violations);
  });
  after(async () => {
    await browser?.close();
  });

  /** Posts a message as the extension would and returns what the page answered. */
  async function send(m: ToPage): Promise<FromPage | undefined> {
    await page.evaluate((msg) => window.postMessage(msg, '*'), m);
    for (let i = 0; i < 100; i++) {
      const answer = await page.evaluate(() => (window as unknown as { __posted: FromPage[] }).__posted.find((x) => x.type === 'patched' || x.type === 'outOfStep'));
      if (answer) return answer;
      await page.waitForTimeout(20);
    }
    return undefined;
  }
  const pageNodes = () => page.evaluateHandle(() => Array.from(document.querySelectorAll('#gw-pages > .page')));

  it('changed pages are new, the others the same nodes; pages added; scroll, active line and fitting hold', async () => {
    const next = parts(grown);
    const patch = diffPages(shown, next)!;
    const changed = patch.pages.map((p) => p.index);
    assert.ok(changed.includes(0) && !changed.includes(1), `page 1 changed, page 2 not (${changed})`);
    assert.ok(next.pages.length > shown.pages.length, 'a page added');
    // The active line on page 1, and the view scrolled to page 2.
    const active = page.locator('.page').first().locator('.ln.r-body').first();
    const activeLine = await active.getAttribute('data-line');
    await active.click();
    await page.evaluate(() => window.scrollTo(0, 1500));
    await page.waitForTimeout(100);
    const before = await pageNodes();
    await page.evaluate(() => void ((window as unknown as { __posted: unknown[] }).__posted.length = 0));

    assert.deepStrictEqual(await send({ type: 'patch', base: 1, seq: 2, ...patch }), { type: 'patched', seq: 2, pages: next.pages.length });
    const kept = await page.evaluate((old) => Array.from(document.querySelectorAll('#gw-pages > .page')).map((p, i) => p === old[i]), before);
    assert.deepStrictEqual(kept, next.pages.map((_, i) => i < shown.pages.length && !changed.includes(i)), 'unchanged pages are the same node objects');
    // (Compared as text: the fitter has since styled the boxes.)
    const texts = await page.evaluate((htmls) => htmls.map((h) => {
      const t = document.createElement('template');
      t.innerHTML = h;
      return t.content.textContent;
    }), next.pages);
    assert.deepStrictEqual(await page.evaluate(() => Array.from(document.querySelectorAll('#gw-pages > .page')).map((p) => p.textContent)), texts, 'the DOM shows the new pages');
    assert.ok((await page.locator('.page').first().textContent())!.includes('为切实抓好今冬明春'));
    assert.strictEqual(await page.evaluate(() => window.scrollY), 1500, 'the scroll position is kept');
    assert.strictEqual(await page.locator('.page').first().locator('.gw-active').getAttribute('data-line'), activeLine, 'the active line is kept');
    // The new pages' half-width boxes were fitted (gwFit aligns each box it measured to the left).
    const unfitted = await page.evaluate((ix) => ix.flatMap((i) => Array.from(document.querySelectorAll<HTMLElement>(`#gw-pages > .page:nth-child(${i + 1}) .h`)))
      .filter((b) => b.style.textAlign !== 'left').length, changed);
    assert.strictEqual(unfitted, 0);
    // Scroll sync on a new page: a click reports the new line's source line.
    const added = grown.split('\n').findIndex((l) => l.startsWith('（12）补充事项'));
    await page.locator(`.ln[data-line="${added}"]`).first().click();
    assert.deepStrictEqual((await page.evaluate(() => (window as unknown as { __posted: FromPage[] }).__posted)).filter((m) => m.type === 'clicked'), [{ type: 'clicked', line: added }]);
    assert.deepStrictEqual(violations, []);
  });

  it('pages removed, a new <style> applied under the CSP, a new <title>', async () => {
    // Two steps: grow to four pages, then cut back to fewer pages than at first, with a half-width
    // run of a new width (a new position class) and another title.
    const big = parts(grown);
    assert.strictEqual((await send({ type: 'patch', base: 1, seq: 2, ...diffPages(shown, big)! }))?.type, 'patched');
    await page.evaluate(() => void ((window as unknown as { __posted: unknown[] }).__posted.length = 0));
    const cutText = notice.slice(0, notice.indexOf('二、重点任务')).replace('清洁取暖工作的通知', '清洁取暖工作的补充通知') + '详见 https://www.liaocheng.gov.cn/zwgk 。';
    const small = parts(cutText);
    const patch = diffPages(big, small)!;
    assert.ok(small.pages.length < shown.pages.length && patch.style && patch.title);
    const removed = await page.evaluateHandle((n) => Array.from(document.querySelectorAll('#gw-pages > .page')).slice(n), small.pages.length);
    assert.deepStrictEqual(await send({ type: 'patch', base: 2, seq: 3, ...patch }), { type: 'patched', seq: 3, pages: small.pages.length });
    assert.ok(await page.evaluate((old) => old.every((p) => !p.isConnected), removed), 'the pages past the end are gone');
    assert.strictEqual(await page.evaluate(() => document.querySelector('head > style')!.textContent), small.style);
    assert.strictEqual(await page.title(), '聊城市人民政府办公室关于做好2024年冬季清洁取暖工作的补充通知');
    // Every position class of the new style applies: the URL's box has the width its class gives.
    const rule = /\.(k\d+)\{width:([\d.]+)mm;\}/g;
    const widths = [...small.style.matchAll(rule)].filter((m) => !big.style.includes(m[0]));
    assert.ok(widths.length, 'the cut text needs a new width class');
    for (const [, cls, mm] of widths) {
      const px = await page.evaluate((c) => document.querySelector(`.h.${c}`)?.getBoundingClientRect().width, cls);
      assert.ok(px !== undefined && Math.abs(px - Number(mm) * PX_PER_MM) < 1, `.${cls} is ${mm} mm wide (${px} px)`);
    }
    assert.deepStrictEqual(violations, []);
  });

  it('a patch for another state is refused and changes nothing', async () => {
    const patch = diffPages(shown, parts(grown))!;
    const before = await page.evaluate(() => document.getElementById('gw-pages')!.innerHTML);
    assert.deepStrictEqual(await send({ type: 'patch', base: 7, seq: 8, ...patch }), { type: 'outOfStep' });
    assert.strictEqual(await page.evaluate(() => document.getElementById('gw-pages')!.innerHTML), before);
  });
});
