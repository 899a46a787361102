// PDF = the renderer's HTML printed by a headless Chromium (Debian's `chromium` package, driven by
// playwright-core; nothing is downloaded). A4, zero page margins: the HTML places the type area.
import fs = require('fs');

/** No usable Chromium on this machine: the message says what to install. */
export class NoBrowserError extends Error {
  constructor(tried: string[]) {
    super(
      '导出 PDF 需要 Chromium，但未找到。请安装（Debian/Ubuntu：apt-get install chromium），或设置 GONGWEN_CHROMIUM 为浏览器路径。\n' +
      `PDF export needs Chromium and none was found (tried: ${tried.join(', ')}). Install it (Debian/Ubuntu: apt-get install chromium) or set GONGWEN_CHROMIUM to its path.`,
    );
  }
}

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'];

export function findChromium(): string {
  const env = process.env.GONGWEN_CHROMIUM;
  // An explicit choice is honoured alone: a wrong GONGWEN_CHROMIUM is reported, not silently replaced.
  const tried = env ? [env] : CANDIDATES;
  for (const p of tried) if (p && fs.existsSync(p)) return p;
  throw new NoBrowserError(tried);
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/**
 * playwright-core is required at run time, never bundled: bundling breaks its own file lookups
 * (browsers.json). The name is computed so esbuild leaves the require alone.
 */
export function loadPlaywright(): typeof import('playwright-core') {
  const name = ['playwright', 'core'].join('-');
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(name) as typeof import('playwright-core');
  } catch (e) {
    throw new NoBrowserError([`${name}: ${(e as Error).message.split('\n')[0]} (npm install playwright-core)`]);
  }
}

/** Prints standalone HTML (from renderPagesHtml) to a PDF buffer. */
export async function htmlToPdf(html: string, opts: { executablePath?: string } = {}): Promise<Buffer> {
  const executablePath = opts.executablePath ?? findChromium();
  const { chromium } = loadPlaywright();
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // Nothing outside the document is ever loaded.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.getAttribute('data-gw-fitted') === '1', undefined, { timeout: 20000 });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
