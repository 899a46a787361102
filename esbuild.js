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

/**
 * The LSP libraries require child_process (module resolution helpers), crypto and net (pipe and
 * socket transports) when loaded, for code a server talking over stdio or IPC never runs: loading
 * the three cost each server start ~10 ms. In the bundle they get a stand-in that requires the
 * real module on first use.
 */
const lazyLspBuiltins = {
  name: 'lazy-lsp-builtins',
  setup(build) {
    build.onResolve({ filter: /^(child_process|crypto|net)$/ }, (args) =>
      /node_modules[\\/]vscode-(languageserver|jsonrpc)/.test(args.importer) ? { path: args.path, namespace: 'lazy-builtin' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      // The libraries only read properties of these modules (child_process_1.spawnSync(…)).
      contents: `let m;\nmodule.exports = new Proxy({}, { get: (_, k) => (m ??= require(${JSON.stringify(args.path)}))[k] });\n`,
      loader: 'js',
    }));
  },
};

/**
 * Writes the Node bundles in ASCII. esbuild escapes non-ASCII characters in strings but leaves
 * regular expression literals as written (/[（(]/), and one such character makes Node decode the
 * whole ~1 MB bundle into a two-byte string: ~2 ms more at every start of the CLI and the server.
 * An escape means the same character in a regex, with or without the u flag (a pair of escaped
 * surrogates is one code point under u); an escaped character (`\（`) is the character itself.
 * (The source map's columns shift on the few lines this touches.)
 */
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd(() => {
      const file = build.initialOptions.outfile;
      if (!fs.existsSync(file)) return;
      const js = fs.readFileSync(file, 'utf8');
      const ascii = js.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) =>
        (slashes.length % 2 ? slashes.slice(1) : slashes) + '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
      if (ascii !== js) fs.writeFileSync(file, ascii);
    });
  },
};

const builds = [
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...node, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [lazyLspBuiltins, asciiOutput] },
  // docx and js-yaml (export only) stay in node_modules: the CLI is installed with its
  // dependencies, and leaving 550 KB out of the bundle keeps every `gongwen lint` start-up short.
  { ...node, entryPoints: ['cli/src/main.ts'], outfile: 'dist/cli.js', external: ['docx', 'js-yaml'], plugins: [asciiOutput] },
  // What every `gongwen lint` loads first (bin/gongwen.js): small, so that handing a lint to a
  // running daemon costs little more than Node's start-up.
  { ...node, entryPoints: ['cli/src/daemon/client.ts'], outfile: 'dist/daemon-client.js' },
];
// The preview's page script runs in the webview, not in Node: built separately for the browser.
if (fs.existsSync('client/src/preview/page/main.ts')) {
  builds.push({ bundle: true, platform: 'browser', target: 'es2022', format: 'iife', sourcemap: !production,
    minify: production, logLevel: 'warning', entryPoints: ['client/src/preview/page/main.ts'], outfile: 'dist/preview.js' });
}

async function main() {
  // The .gongwenrc.json validator is compiled from its schema ahead of time (a schema edit shows here).
  require('./scripts/config-validator').writeConfigValidator();
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
