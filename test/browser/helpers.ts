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

/** CSS pixels per millimetre (96 dpi). */
export const PX_PER_MM = 96 / 25.4;
