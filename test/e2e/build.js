// Bundles the extension-host test suite to out/e2e/ (vscode and mocha stay external: the host
// provides vscode, mocha is loaded from node_modules).
const esbuild = require('esbuild');
const path = require('path');
const root = path.resolve(__dirname, '../..');
module.exports = async function buildSuite() {
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'suite/index.ts'), path.join(__dirname, 'suite/extension.test.ts'), path.join(__dirname, 'suite/preview.test.ts')],
    outdir: path.join(root, 'out/e2e'),
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline',
    external: ['vscode', 'mocha'], logLevel: 'warning',
  });
  return path.join(root, 'out/e2e');
};
if (require.main === module) module.exports().catch((e) => { console.error(e); process.exit(1); });
