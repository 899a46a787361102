// The preview's page script (dist/preview.js, built by esbuild.js) in Chromium under the same CSP the
// webview uses: it runs (nonce), nothing is refused, and it talks to the extension in typed
// messages: click → clicked(line), scroll → scrolled(line), scrollToLine(line) → scrolls there.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import type { Browser, Page } from 'playwright-core';
import { renderHtml } from '../../engine/src/render';
import { chromiumPath, launch } from './helpers';

const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'dist/preview.js');
const notice = fs.readFileSync(path.join(__dirname, '../export/fixtures/notice.txt'), 'utf8');

describe('preview page script under the webview CSP', function () {
  this.timeout(120000);
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];

  before(async function () {
    if (!chromiumPath()) this.skip();
    // Build the page script the way the extension ships it.
    execFileSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { cwd: ROOT, stdio: 'ignore' });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    page.on('pageerror', (e) => violations.push('pageerror: ' + e.message));
    page.on('console', (m) => {
      if (process.env.GW_DEBUG) console.log(m.text());
      if (/Content Security Policy|Refused/.test(m.text())) violations.push(m.text());
    });
    await page.route('https://preview.test/**', (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/preview.js') return route.fulfill({ body: fs.readFileSync(SCRIPT, 'utf8'), contentType: 'text/javascript' });
      const nonce = 'dGVzdG5vbmNlMTIzNDU2';
      const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; font-src https://preview.test; img-src https://preview.test data:`;
      const html = renderHtml(notice, { preview: true, nonce, csp, scriptUri: 'https://preview.test/preview.js', bodyData: { 'top-line': '0' } }).html;
      return route.fulfill({ body: html, contentType: 'text/html' });
    });
    // The webview's API, recording what the page posts.
    // (A string: tsx would wrap a compiled function's inner arrows in __name, undefined in the page.)
    await page.addInitScript(`window.__posted = [];
      window.acquireVsCodeApi = function () {
        return { postMessage: function (m) { window.__posted.push(m); }, getState: function () {}, setState: function () {} };
      };`);
    await page.goto('https://preview.test/index.html');
    // Polled with evaluate: waitForFunction compiles its predicate with eval, which this CSP forbids.
    for (let i = 0; i < 200 && (await page.evaluate(() => document.documentElement.getAttribute('data-gw-fitted'))) !== '1'; i++) {
      await page.waitForTimeout(50);
    }
    await page.evaluate('window.__name = function (f) { return f; }');
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
