#!/usr/bin/env node
// Runs the extension-host test suite (test/e2e/suite) offline in a real VS Code: the VS Code server
// from the npm package code-server (VS Code 1.139.1, Node 24) driven through Debian's Chromium with
// playwright-core, as described in ../shared/notes/vscode-e2e.md. Prints mocha's output, exits with
// its code, then opens the sample document in a fresh workbench with the Problems panel and the
// Outline showing and saves a screenshot to test-artifacts/workbench.png.
// Setup (once, idempotent): scripts/e2e-setup.sh. `--no-screenshot` skips the screenshot;
// `--only-screenshot` skips the suite; `--vsix` installs gongwen.vsix (npm run package) instead of
// loading the source folder and checks the same workbench view with it (test-artifacts/workbench-vsix.png).
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const util = require('util');

const ROOT = path.resolve(__dirname, '..');
const TOOLS = path.join(ROOT, '.vscode-test');
const NODE24 = path.join(TOOLS, 'node24/bin/node');
const SERVER_MAIN = path.join(TOOLS, 'server/node_modules/code-server/lib/vscode/out/server-main.js');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const TIMEOUT_MS = 240000;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function startServer(port, base) {
  const dirs = ['server-data', 'user-data', 'extensions'].map((d) => path.join(base, d));
  dirs.forEach((d) => fs.mkdirSync(d, { recursive: true }));
  const env = isolatedEnv(base);
  const child = spawn(NODE24, [SERVER_MAIN, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token',
    '--accept-server-license-terms', '--enable-smoke-test-driver', '--disable-telemetry', '--disable-workspace-trust',
    '--server-data-dir', dirs[0], '--user-data-dir', dirs[1], '--extensions-dir', dirs[2]], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`VS Code server did not start:\n${out}`)), 60000);
    const onData = (d) => {
      out += d;
      if (out.includes('Extension host agent listening on')) {
        clearTimeout(timer);
        resolve({ child, log: () => out });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`VS Code server exited (${code}):\n${out}`)));
  });
}

function isolatedEnv(base) {
  const home = path.join(base, 'home');
  const env = { ...process.env, HOME: home, TMPDIR: path.join(base, 'tmp'), XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'), XDG_DATA_HOME: path.join(home, '.local/share'), XDG_RUNTIME_DIR: path.join(base, 'run') };
  for (const d of [env.HOME, env.TMPDIR, env.XDG_CONFIG_HOME, env.XDG_CACHE_HOME, env.XDG_DATA_HOME, env.XDG_RUNTIME_DIR]) fs.mkdirSync(d, { recursive: true, mode: 0o700 });
  delete env.npm_config_nodedir;
  return env;
}

function workbenchUrl(port, folder, payload) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const pl = payload.map(([k, v]) => [k, k.endsWith('Path') ? remote(v) : v]);
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(pl))}`;
}

async function launchBrowser(base) {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM, headless: true,
    env: isolatedEnv(path.join(base, 'browser')),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** Runs the suite; resolves with mocha's exit code. */
async function runSuite(browser, port, ws, testsDir) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // The host forwards console calls with their format arguments: format them as console.log would.
    const text = util.format(...(Array.isArray(args) ? args : [args]));
    // Offline and web-workbench noise, not test output.
    if (/open-vsx|ENOTFOUND|telemetry|^\[lifecycle\]|^Creating a socket|^Resolv(ing|ed) connection token|^\[Service Worker\]|^\[AgentHost|No default agent|authentication provider|^\s+at .*workbench\.js/i.test(text)) return;
    process.stdout.write(text.endsWith('\n') ? text : text + '\n');
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  await page.goto(workbenchUrl(port, ws, [['extensionDevelopmentPath', ROOT], ['extensionTestsPath', testsDir], ['skipWelcome', 'true']]));
  const timeout = new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT_MS));
  const code = await Promise.race([exited, timeout]);
  await page.close();
  if (code === 'timeout') {
    console.error(`e2e: the suite did not finish within ${TIMEOUT_MS / 1000} s`);
    return 1;
  }
  return Number(code) || 0;
}

/** A person's view: the sample open, Problems and Outline showing. */
async function screenshot(browser, port, ws, name = 'workbench.png', installed = false) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(workbenchUrl(port, ws, installed ? [['skipWelcome', 'true']] : [['extensionDevelopmentPath', ROOT], ['skipWelcome', 'true']]));
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60000 });
  await page.waitForTimeout(2000);
  const step = async (name) => {
    if (process.env.GONGWEN_E2E_DEBUG) await page.screenshot({ path: path.join(ARTIFACTS, `step-${name}.png`) });
  };
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const command = async (label) => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(label);
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
  };
  // Open the sample from the Explorer (quick open's file search is slow on a cold server).
  await page.click('.explorer-folders-view .monaco-list-row[aria-label*="sample.gw"], .explorer-folders-view :text("sample.gw")', { timeout: 30000 });
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30000 });
  await step('opened');
  // Outline: expand its section under the Explorer; collapse the folder tree to give it room.
  await page.click('.pane-header[aria-label*="Outline"], .pane-header :text("Outline")', { timeout: 10000 });
  await page.waitForTimeout(500);
  await page.click('.pane-header[aria-label*="Explorer Section"], .pane-header[aria-label*="workspace"]', { timeout: 5000 }).catch(() => undefined);
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 60000 }).catch(async () => {
    await command('View: Focus Problems');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30000 });
  });
  await step('problems');
  await page.waitForSelector('.outline-pane .monaco-list-row', { timeout: 30000 }).catch(() => undefined);
  // Back to the editor so the cursor line and the status bar item show.
  await page.keyboard.press('Control+1');
  await page.waitForTimeout(1500);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file });
  const rows = await page.$$eval('.markers-panel .monaco-list-row', (els) => els.map((e) => e.getAttribute('aria-label') || e.textContent));
  const outline = await page.$$eval('.outline-pane .monaco-list-row', (els) => els.map((e) => e.getAttribute('aria-label') || e.textContent)).catch(() => []);
  const status = await page.$$eval('.statusbar-item', (els) => els.map((e) => e.textContent || '').filter((t) => t.includes('·')));
  await page.close();
  if (!rows.length || !outline.length || !status.length) throw new Error(`workbench incomplete: ${rows.length} Problems rows, ${outline.length} Outline rows, status ${status.length}`);
  console.log(`e2e: screenshot ${path.relative(ROOT, file)} — Problems rows: ${rows.length}, Outline rows: ${outline.length}, status: ${status.join(' | ')}`);
}

/** Installs gongwen.vsix (npm run package) into the server's extensions folder, as a user would. */
function installVsix(base) {
  const vsix = path.join(ROOT, 'gongwen.vsix');
  if (!fs.existsSync(vsix)) throw new Error('gongwen.vsix missing: run `npm run package` first');
  const r = spawnSync(NODE24, [SERVER_MAIN, '--install-extension', vsix, '--extensions-dir', path.join(base, 'extensions'),
    '--server-data-dir', path.join(base, 'server-data'), '--accept-server-license-terms'], { env: isolatedEnv(base), encoding: 'utf8' });
  console.log(`e2e: ${(r.stdout + r.stderr).trim().split('\n').filter((l) => /gongwen/i.test(l)).join(' ') || 'installed'}`);
  if (r.status !== 0) throw new Error(`installing the .vsix failed:\n${r.stdout}${r.stderr}`);
}

async function main() {
  if (!fs.existsSync(NODE24) || !fs.existsSync(SERVER_MAIN) || !fs.existsSync(CHROMIUM)) {
    const r = spawnSync('bash', [path.join(__dirname, 'e2e-setup.sh')], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('scripts/e2e-setup.sh failed');
  }
  if (!fs.existsSync(path.join(ROOT, 'dist/client.js')) || !fs.existsSync(path.join(ROOT, 'dist/server.js'))) {
    throw new Error('dist/ missing: run `npm run build` first (npm run test:e2e does)');
  }
  const testsDir = await require('../test/e2e/build.js')();
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-'));
  const ws = path.join(base, 'workspace');
  fs.cpSync(path.join(ROOT, 'test/e2e/workspace'), ws, { recursive: true });
  const vsixMode = process.argv.includes('--vsix');
  if (vsixMode) installVsix(base);
  const port = await freePort();
  const server = await startServer(port, base);
  let browser;
  let code = 1;
  try {
    browser = await launchBrowser(base);
    if (!process.argv.includes('--only-screenshot') && !vsixMode) code = await runSuite(browser, port, ws, testsDir);
    else code = 0;
    if (!process.argv.includes('--no-screenshot')) {
      try {
        await screenshot(browser, port, path.join(base, 'workspace'), vsixMode ? 'workbench-vsix.png' : 'workbench.png', vsixMode);
      } catch (e) {
        console.error(`e2e: screenshot failed: ${e.message}`);
        if (!code) code = 1;
      }
    }
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    server.child.kill();
    if (process.env.GONGWEN_E2E_KEEP) console.log(`e2e: kept ${base}`);
    else fs.rmSync(base, { recursive: true, force: true, maxRetries: 3 });
  }
  console.log(`e2e: ${code === 0 ? 'passed' : 'FAILED'} (exit ${code})`);
  process.exit(code);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
