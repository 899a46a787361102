// Debian's Chromium driven by playwright-core (never a downloaded browser). Tests that need it skip
// with a clear reason when /usr/bin/chromium (or GONGWEN_CHROMIUM) is absent.
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../engine/src/export/pdf';

export function chromiumPath(): string | undefined {
  const p = process.env.GONGWEN_CHROMIUM ?? '/usr/bin/chromium';
  return fs.existsSync(p) ? p : undefined;
}

export const NO_CHROMIUM = 'Chromium 未安装（apt-get install chromium） / chromium not installed: browser tests skipped';

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/** Opens rendered HTML and waits until the grid fitter has measured the fonts. */
export async function openHtml(browser: Browser, html: string, viewport = { width: 900, height: 1200 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.route('**/*', (r) => r.abort());
  await page.setContent(html, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.getAttribute('data-gw-fitted') === '1');
  // tsx compiles the tests keeping function names (__name(...)) inside page.evaluate callbacks.
  await page.evaluate('window.__name = function (f) { return f; }');
  return page;
}

export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');

export function artifact(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

const NONCE = 'dGVzdG5vbmNlMTIzNDU2';
/** The options the extension renders the preview with, under the webview's CSP, at https://preview.test. */
export const PREVIEW_OPTS = {
  preview: true, nonce: NONCE, scriptUri: 'https://preview.test/preview.js', bodyData: { 'top-line': '0', seq: '1' },
  csp: `default-src 'none'; style-src 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'; font-src https://preview.test; img-src https://preview.test data:`,
};

/**
 * Opens the preview as the webview would: HTML rendered with PREVIEW_OPTS (asked for at every load,
 * so a reload shows new HTML as setting the webview's HTML does), the page script as the extension
 * ships it (dist/preview.js) and a stand-in for the webview's API that records what the page posts
 * (window.__posted). CSP refusals and page errors go to `violations`. Resolves once the page is fitted.
 */
export async function openPreviewPage(browser: Browser, html: () => string, violations: string[] = []): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  page.on('pageerror', (e) => violations.push('pageerror: ' + e.message));
  page.on('console', (m) => {
    if (process.env.GW_DEBUG) console.log(m.text());
    if (/Content Security Policy|Refused/.test(m.text())) violations.push(m.text());
  });
  const script = path.resolve(__dirname, '../../dist/preview.js');
  await page.route('https://preview.test/**', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/preview.js') return route.fulfill({ body: fs.readFileSync(script, 'utf8'), contentType: 'text/javascript' });
    return route.fulfill({ body: html(), contentType: 'text/html' });
  });
  // (A string: tsx would wrap a compiled function's inner arrows in __name, undefined in the page.)
  await page.addInitScript(`window.__posted = [];
    window.acquireVsCodeApi = function () {
      return { postMessage: function (m) { window.__posted.push(m); }, getState: function () {}, setState: function () {} };
    };`);
  await page.goto('https://preview.test/index.html');
  await waitFitted(page);
  await page.evaluate('window.__name = function (f) { return f; }');
  return page;
}

/**
 * Waits until the page script has fitted the grid of the page's document. Polled with evaluate:
 * waitForFunction compiles its predicate with eval, which the preview's CSP forbids.
 */
export async function waitFitted(page: Page, pollMs = 50): Promise<void> {
  for (let t = 0; t < 10000 && (await page.evaluate(() => document.documentElement.getAttribute('data-gw-fitted'))) !== '1'; t += pollMs) {
    await page.waitForTimeout(pollMs);
  }
}

/** CSS pixels per millimetre (96 dpi). */
export const PX_PER_MM = 96 / 25.4;
