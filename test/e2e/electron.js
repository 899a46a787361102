// Launcher for machines with internet: @vscode/test-electron downloads VS Code and runs the same
// suite as scripts/e2e-run.js (which runs it offline in the VS Code server + Chromium).
const path = require('path');
const fs = require('fs');
const os = require('os');
const { runTests } = require('@vscode/test-electron');
const buildSuite = require('./build');

(async () => {
  const root = path.resolve(__dirname, '../..');
  const tests = await buildSuite();
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-'));
  fs.cpSync(path.join(__dirname, 'workspace'), ws, { recursive: true });
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(tests, 'index.js'),
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'],
  });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
