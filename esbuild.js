// Bundles the extension client, the language server, the CLI and the preview's page script.
// `node esbuild.js` builds once; `--watch` rebuilds on change; `--production` minifies.
const esbuild = require('esbuild');
const fs = require('fs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const builds = [
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...node, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  // docx and js-yaml (export only) stay in node_modules: the CLI is installed with its
  // dependencies, and leaving 550 KB out of the bundle keeps every `gongwen lint` start-up short.
  { ...node, entryPoints: ['cli/src/main.ts'], outfile: 'dist/cli.js', external: ['docx', 'js-yaml'] },
];
// The preview's page script runs in the webview, not in Node: built separately for the browser.
if (fs.existsSync('client/src/preview/page/main.ts')) {
  builds.push({ bundle: true, platform: 'browser', target: 'es2022', format: 'iife', sourcemap: !production,
    minify: production, logLevel: 'warning', entryPoints: ['client/src/preview/page/main.ts'], outfile: 'dist/preview.js' });
}

async function main() {
  const contexts = await Promise.all(builds.filter((b) => fs.existsSync(b.entryPoints[0])).map((b) => esbuild.context(b)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
