// npm run bench [-- --runs N] — speed and memory, measured and printed as a table (never asserted).
// Needs a build (npm run build). Compares against `node -e 0` (Node's own start-up, the floor) and
// `autocorrect --lint` from autocorrect-node (a Rust core), on the largest training gazette.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { defaultModelPath } from '../engine/src/model/load';
import { chromiumPath, launch, openPreviewPage, PREVIEW_OPTS, waitFitted } from '../test/browser/helpers';
import { corpusFiles, repoRoot } from '../test/fixtures/corpus';
import { pathologicalShapes } from '../test/robust/shapes';
import { defaultJobs } from '../cli/src/parallel';
import { SERVER_EXEC_ARGV } from '../server/src/launch';

/**
 * The engine (and the preview's diff) as the CLI, the server and the extension run them: bundled by
 * esbuild with the options of esbuild.js. This script runs under tsx, which compiles with keepNames
 * (every function, closures included, wrapped to keep its name): timed from the sources, a lint is
 * ~15 % slower than in the shipped bundles.
 */
function shippedCode(): typeof import('./bench-shipped') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-code-'));
  const out = path.join(dir, 'bench-shipped.js');
  (require('esbuild') as typeof import('esbuild')).buildSync({
    entryPoints: [path.join(__dirname, 'bench-shipped.ts')], outfile: out,
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
  });
  try {
    return require(out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true }); // loaded: the file is no longer needed
  }
}
const { lint, loadModel, joinRenderedHtml, renderHtml, splitRenderedHtml, diffPages } = shippedCode();

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 15;
// --only process,instructions,engine,shapes,preview,train,folder,lsp: just those parts (while working on one of them).
const ONLY = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : undefined;
const part = (name: string) => !ONLY || ONLY.has(name);
const rows: [string, string, string][] = [];
const row = (what: string, value: string, target = '') => {
  rows.push([what, value, target]);
  console.error(`  ${what}: ${value}`);
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

function wall(cmd: string, argv: string[], runs = RUNS): number {
  return sideBySide([[cmd, argv]], runs)[0];
}

/** A command, its environment, and what to do before each run of it, untimed (an edit). */
type Cmd = [cmd: string, argv: string[], env?: NodeJS.ProcessEnv, before?: () => void];

/**
 * Median wall times of commands run in turn (a, b, c, a, b, c, …): compared side by side, they
 * share whatever else the machine is doing, where one after the other a burst of load would
 * fall on one of them only.
 */
function sideBySide(cmds: Cmd[], runs = RUNS): number[] {
  const times = cmds.map((): number[] => []);
  for (const [cmd, argv, env] of cmds) spawnSync(cmd, argv, { stdio: 'ignore', env }); // warm the file cache
  for (let i = 0; i < runs; i++) {
    cmds.forEach(([cmd, argv, env, before], k) => {
      before?.();
      const t = performance.now();
      spawnSync(cmd, argv, { stdio: 'ignore', env });
      times[k].push(performance.now() - t);
    });
  }
  return times.map(median);
}

function inProcess<T>(fn: () => T, runs = RUNS): number {
  // Warm up until V8 has optimised the hot paths: the first runs measure the interpreter, and a
  // fixed count was not enough on a busy host, where the optimising compiler's threads wait for a
  // core (the same lint measured 40 ms after 30 runs and 14 ms after 80). So: rounds of ten until
  // a round's median is no longer 5 % below the last one's, 30 runs at least, 200 at most.
  let last = Infinity;
  for (let round = 0; round < 20; round++) {
    const t: number[] = [];
    for (let i = 0; i < 10; i++) {
      const s = performance.now();
      fn();
      t.push(performance.now() - s);
    }
    const m = median(t);
    if (round >= 2 && m > last * 0.95) break;
    last = Math.min(last, m);
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/**
 * The reference linter. It is not a dependency of the project (its lock entries name platform
 * packages that break `npm ci` on some registries), so it is installed on first use with npm into
 * a folder outside the repository and reused from there.
 */
function findAutocorrect(): { bin?: string; why?: string } {
  const local = path.join(repoRoot, 'node_modules/.bin/autocorrect');
  if (fs.existsSync(local)) return { bin: local };
  const dir = path.join(os.tmpdir(), 'gongwen-bench-autocorrect');
  const bin = path.join(dir, 'node_modules/.bin/autocorrect');
  if (fs.existsSync(bin)) return { bin };
  console.error(`bench: installing autocorrect-node into ${dir} (npm install --prefix)`);
  fs.mkdirSync(dir, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir, 'autocorrect-node'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (fs.existsSync(bin)) return { bin };
  return { why: `could not install autocorrect-node (${(r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').pop()})` };
}

/** A process's resident memory in MB (Linux). */
/**
 * Instructions `cmd argv` executes, on its main thread and on all its threads, counted by
 * valgrind's callgrind (50× slower than a run, but the same count whatever else the machine does),
 * or why they were not counted. GONGWEN_CODE_CACHE=readonly: the slow run must not rewrite the code
 * cache it is measured with.
 */
function instructions(cmd: string, argv: string[], env: NodeJS.ProcessEnv = process.env): { main: number; all: number } | string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-callgrind-'));
  try {
    const r = spawnSync('valgrind', ['--tool=callgrind', '--separate-threads=yes', `--callgrind-out-file=${path.join(dir, 'out')}`, cmd, ...argv], {
      encoding: 'utf8', env: { ...env, GONGWEN_CODE_CACHE: 'readonly' }, maxBuffer: 64 * 2 ** 20,
    });
    if (r.error) return (r.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'valgrind is not installed' : r.error.message;
    // One file per thread, `out-01` the main one; its `summary:` line is the thread's total.
    const count = (f: string) => Number(/^summary: (\d+)/m.exec(fs.readFileSync(path.join(dir, f), 'utf8'))?.[1] ?? NaN);
    const files = fs.readdirSync(dir).filter((f) => /^out-\d+$/.test(f));
    const main = files.includes('out-01') ? count('out-01') : NaN;
    const all = files.reduce((s, f) => s + count(f), 0);
    return Number.isFinite(main) && Number.isFinite(all)
      ? { main, all }
      : `callgrind wrote no count (exit ${r.status}: ${r.stderr.trim().split('\n').pop()})`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function residentMb(pid: number): number {
  return Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
}

async function lspBench(file: string): Promise<void> {
  const server = path.join(repoRoot, 'dist/server.js');
  if (!fs.existsSync(server)) {
    row('language server', 'skipped: dist/server.js missing (npm run build)');
    return;
  }
  const rpc = await import('vscode-jsonrpc/node');
  const text = fs.readFileSync(file, 'utf8');
  const uri = 'file://' + file.replace(/\.txt$/, '.gw');
  type Conn = ReturnType<typeof rpc.createMessageConnection>;
  let waiting: ((v: number) => void) | undefined;
  const next = () => new Promise<number>((res) => { waiting = res; });
  // Started as the VS Code client starts it (client/src/extension.ts): the launcher with the
  // client's Node options. Resolves when the first diagnostics of the opened file arrive.
  const start = async (): Promise<{ conn: Conn; child: ReturnType<typeof spawn>; ms: number }> => {
    const t0 = performance.now();
    // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": extra Node options for profiling the server.
    const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, ...extra, path.join(repoRoot, 'bin/gongwen-language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout!), new rpc.StreamMessageWriter(child.stdin!));
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
      if (p.uri === uri && waiting) {
        const w = waiting;
        waiting = undefined;
        w(performance.now());
      }
    });
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.listen();
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    conn.sendNotification('initialized', {});
    const p = next();
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text } });
    return { conn, child, ms: (await p) - t0 };
  };
  const stop = async ({ conn, child }: { conn: Conn; child: ReturnType<typeof spawn> }) => {
    await conn.sendRequest('shutdown');
    const exited = new Promise((res) => child.once('exit', res));
    conn.sendNotification('exit');
    await exited; // the server writes its code cache on exit
    conn.dispose();
  };
  // One start to write the code cache (as a user's first start does once), then timed starts.
  await stop(await start());
  const starts: number[] = [];
  for (let i = 0; i < 4; i++) {
    const s = await start();
    starts.push(s.ms);
    await stop(s);
  }
  const { conn, child } = await start();
  row('server start → first diagnostics (292 KB file)', `${ms(median(starts))} (median of ${starts.length} starts)`, '≤ 300 ms');
  let p: Promise<number>;
  // One-character edits: type and delete a character in a body line, 100 times.
  const lines = text.split('\n');
  const line = Math.floor(lines.length / 2);
  const lat: number[] = [];
  let version = 1;
  for (let i = 0; i < 100; i++) {
    const insert = i % 2 === 0;
    p = next();
    const t = performance.now();
    conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [insert
        ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '的' }
        : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' }],
    });
    lat.push((await p) - t);
  }
  let debounce = 0;
  try {
    const src = fs.readFileSync(path.join(repoRoot, 'server/src/features/diagnostics.ts'), 'utf8');
    debounce = Number(/DEBOUNCE\w*\s*=\s*(\d+)/.exec(src)?.[1] ?? 0);
  } catch { /* unknown debounce */ }
  const m = median(lat);
  row('didChange → publishDiagnostics, median of 100 edits', `${ms(m)} (${ms(Math.max(0, m - debounce))} after the ${debounce} ms debounce)`, '≤ 10 ms after debounce');
  row('didChange → publishDiagnostics, worst of 100 edits', ms(Math.max(...lat)));
  const rss = residentMb(child.pid!);
  row('server resident memory with the file open, right after the edits', `${rss.toFixed(0)} MB`, '≤ 100 MB');
  // The reading above includes the edits' garbage that V8 has not yet collected; idle, V8's memory
  // reducer collects it within seconds (12–23 s after the last edit in trials): the resident size
  // of a server with the file open, as the editor leaves it between bursts of typing.
  await new Promise((r) => setTimeout(r, 25_000));
  const idleRss = residentMb(child.pid!);
  row('server resident memory with the file open, idle (25 s after the edits)', `${idleRss.toFixed(0)} MB`, '≤ 100 MB');
  await stop({ conn, child });
}

/**
 * The print preview after an edit in the middle of the gazette. In process: what the extension does
 * to make a patch (render, cut into pages, diff). In Debian's Chromium with the page script: the
 * edit reaching the page as new HTML (loaded, laid out and fitted again: what setting the webview's
 * HTML did) against as a patch of the changed pages (applied, the new pages fitted, next frame).
 */
async function previewBench(text: string): Promise<void> {
  const lines = text.split('\n');
  const mid = lines.findIndex((l, i) => i > lines.length / 2 && /^[\u4e00-\u9fff]{10}/.test(l) && l.length > 80);
  const at = lines.slice(0, mid).join('\n').length + 1;
  const edits: [string, string][] = [
    ['one character', text.slice(0, at + 5) + (text[at + 5] === '国' ? '家' : '国') + text.slice(at + 6)],
    ['a new paragraph', text.slice(0, at) + '新增段落：各有关单位要按照职责分工，认真抓好落实。\n' + text.slice(at)],
  ];
  const parts = (t: string) => splitRenderedHtml(renderHtml(t, PREVIEW_OPTS).html)!;
  const shown = parts(text);
  for (const [what, edited] of edits) {
    row(`preview, ${what}: render, cut into pages, diff (the patch), in process`, ms(inProcess(() => diffPages(shown, parts(edited)), 7)));
  }
  if (!chromiumPath()) {
    row('preview in Chromium', 'skipped: no chromium (apt-get install chromium)');
    return;
  }
  const browser = await launch();
  try {
    for (const [what, edited] of edits) {
      const next = parts(edited);
      const patch = diffPages(shown, next)!;
      const full: number[] = [];
      const patched: number[] = [];
      for (let i = 0; i < 5; i++) {
        let html = joinRenderedHtml(shown);
        const page = await openPreviewPage(browser, () => html);
        // Timed in the page: this listener runs after the page script's, which applies the patch.
        patched.push(await page.evaluate((m) => new Promise<number>((resolve) => {
          const t = window.performance.now(); // (window's: the script's performance is perf_hooks')
          window.addEventListener('message', () => requestAnimationFrame(() => resolve(window.performance.now() - t)), { once: true });
          window.postMessage(m, '*');
        }), { type: 'patch', base: 1, seq: 2, ...patch }));
        html = joinRenderedHtml(next);
        const t = performance.now();
        await page.reload();
        await waitFitted(page, 5);
        full.push(performance.now() - t);
        await page.close();
      }
      row(`preview in Chromium, ${what} (${patch.pages.length} of ${next.pages.length} pages changed): new HTML loaded and fitted`, ms(median(full)));
      row(`preview in Chromium, ${what}: the changed pages patched in and fitted`, ms(median(patched)));
    }
  } finally {
    await browser.close();
  }
}

async function main() {
  const load0 = os.loadavg();
  // No lint of this script starts a daemon or is served by one, but the row that times it.
  process.env.GONGWEN_DAEMON = 'off';
  const files = corpusFiles();
  if (!files.length) {
    console.error('bench: needs the training gazettes in ../shared/corpus');
    process.exit(2);
  }
  const largest = files.map((f) => ({ f, n: fs.statSync(f).size })).sort((a, b) => b.n - a.n)[0].f;
  const text = fs.readFileSync(largest, 'utf8');
  const cli = path.join(repoRoot, 'bin/gongwen.js');
  const autocorrect = part('process') || part('instructions') ? findAutocorrect() : { why: 'not measured' };
  console.error(`bench: ${path.basename(largest)} (${(text.length / 1000).toFixed(0)}k characters, ${text.split('\n').length} lines), ${RUNS} runs each`);

  // Whole process.
  if (part('process')) {
    // --cache with the file unchanged: the warm-up run stores its result, the timed runs reuse it.
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-cache-'));
    const cached = [cli, 'lint', '--no-daemon', '--cache', '--cache-location', path.join(cacheDir, 'cache'), '--format', 'json', largest];
    // The daemon a first `gongwen lint` starts (GONGWEN_DAEMON=auto, as on a workstation), in a
    // state folder of its own: a user's daemon is left alone. Every other run of this script says
    // GONGWEN_DAEMON=off (main), and the cold row --no-daemon, so that no daemon serves them.
    const daemonEnv = { ...process.env, GONGWEN_DAEMON_DIR: cacheDir, GONGWEN_DAEMON: 'auto' };
    const viaDaemon = [cli, 'lint', '--format', 'json', largest];
    spawnSync(process.execPath, viaDaemon, { stdio: 'ignore', env: daemonEnv });
    for (const until = Date.now() + 15_000; Date.now() < until;) {
      if (spawnSync(process.execPath, [cli, 'daemon', 'status'], { stdio: 'ignore', env: daemonEnv }).status === 0) break;
    }
    // The daemon lints a file it linted before as an edit of that lint (cli/src/kept.ts): unchanged,
    // or with one character typed since, at another place each time (far from the last: the
    // dearest such edit).
    const edited = path.join(cacheDir, path.basename(largest));
    let edits = 0;
    const typeOne = () => {
      const at = Math.floor(text.length * ((++edits * 0.618) % 1));
      fs.writeFileSync(edited, text.slice(0, at) + '的' + text.slice(at));
    };
    const viaDaemonEdited = [cli, 'lint', '--format', 'json', edited];
    // As after a day's use: V8 has optimised the engine in the daemon, both ways.
    for (let i = 0; i < 20; i++) {
      spawnSync(process.execPath, viaDaemon, { stdio: 'ignore', env: daemonEnv });
      typeOne();
      spawnSync(process.execPath, viaDaemonEdited, { stdio: 'ignore', env: daemonEnv });
    }
    // The same gazette in a project with a .gongwenrc.json, as most are: reading it must cost little.
    const configured = path.join(cacheDir, 'project', path.basename(largest));
    fs.mkdirSync(path.dirname(configured));
    fs.copyFileSync(largest, configured);
    fs.writeFileSync(path.join(cacheDir, 'project', '.gongwenrc.json'), JSON.stringify({
      root: true, rules: { 'punctuation/*': 'warn', 'lead-unit/unknown-unit': 'off' }, ignore: ['drafts/old/**'], date: '2025-03-01',
    }));
    const runs: Record<string, Cmd> = {
      floor: [process.execPath, ['-e', '0']],
      gw: [process.execPath, [cli, 'lint', '--no-daemon', '--format', 'json', largest]],
      hit: [process.execPath, cached],
      daemon: [process.execPath, viaDaemon, daemonEnv],
      daemonEdited: [process.execPath, viaDaemonEdited, daemonEnv, typeOne],
      withConfig: [process.execPath, [cli, 'lint', '--no-daemon', '--format', 'json', configured]],
      ...(autocorrect.bin ? { ac: [autocorrect.bin, ['--lint', largest]] as Cmd } : {}),
    };
    // A host that sets NODE_EXTRA_CA_CERTS (this one does) makes every Node process parse those
    // certificates at start-up: the floor and the cold lint both pay it, which flatters the ratio.
    // Both again without it, so the table shows what the ratio is on a host without it.
    const { NODE_EXTRA_CA_CERTS: extraCerts, ...bareEnv } = process.env;
    const bare: Cmd[] = extraCerts ? [[process.execPath, ['-e', '0'], bareEnv], [process.execPath, runs.gw[1], bareEnv]] : [];
    const timed = sideBySide([...Object.values(runs), ...bare]);
    const [floor, gw, hit, daemon, daemonEdited, withConfig] = timed;
    const ac = autocorrect.bin ? timed[6] : NaN;
    const [floorBare, gwBare] = extraCerts ? timed.slice(-2) : [];
    const served = /lints served: (\d+)/.exec(spawnSync(process.execPath, [cli, 'daemon', 'status'], { encoding: 'utf8', env: daemonEnv }).stdout)?.[1];
    spawnSync(process.execPath, [cli, 'daemon', 'stop'], { stdio: 'ignore', env: daemonEnv });
    fs.rmSync(cacheDir, { recursive: true, force: true });
    row('node -e 0 (floor)', ms(floor));
    row('gongwen lint, cold: no daemon (CI, --no-daemon, a first run) (whole process)', `${ms(gw)} = ${(gw / floor).toFixed(2)} × floor`, '≤ 1.5 × floor');
    if (autocorrect.bin) row('autocorrect --lint (autocorrect-node)', ms(ac), 'gongwen below it');
    else row('autocorrect --lint (autocorrect-node)', `skipped: ${autocorrect.why}`, 'gongwen below it');
    if (extraCerts) {
      row('node -e 0 without the host\'s NODE_EXTRA_CA_CERTS', ms(floorBare));
      row('gongwen lint, cold, without the host\'s NODE_EXTRA_CA_CERTS (whole process)', `${ms(gwBare)} = ${(gwBare / floorBare).toFixed(2)} × that floor`);
    }
    row('gongwen lint, cold, in a project with a .gongwenrc.json (whole process)', `${ms(withConfig)} = ${(withConfig / floor).toFixed(2)} × floor`);
    row('gongwen lint --cache, file unchanged (whole process)', `${ms(hit)} = ${(hit / floor).toFixed(2)} × floor`);
    // The daemon must have served every timed lint, or the row timed something else.
    const expected = 2 * 20 + 2 * (1 + RUNS);
    const viaTheDaemon = (t: number) => (Number(served) === expected
      ? `${ms(t)} = ${(t / floor).toFixed(2)} × floor`
      : `not measured: the daemon served ${served ?? 'no'} lints of ${expected}`);
    row('gongwen lint, run again: the daemon the first run started (whole process)', viaTheDaemon(daemon), '≤ 1.5 × floor');
    row('the same, one character typed into the file since its last lint (whole process)', viaTheDaemon(daemonEdited), '≤ 1.5 × floor');
  }

  // The cold rows again as counts of instructions, which other processes on the machine do not
  // change (wall times on a shared 2-vCPU host vary by 10–20 %): a change to start-up can be judged
  // by one run. Both the main thread's count and all threads': V8 compiles and collects garbage
  // on other threads, in parallel, and autocorrect lints on threads of its own.
  if (part('instructions')) {
    const counted = (label: string, cmd: string, argv: string[], env?: NodeJS.ProcessEnv) => {
      const r = instructions(cmd, argv, env);
      if (typeof r === 'string') row(`${label}: instructions (callgrind)`, `skipped: ${r}`);
      return typeof r === 'string' ? undefined : r;
    };
    // A run at full speed first: it leaves the code cache a cold lint reads.
    spawnSync(process.execPath, [cli, 'lint', '--no-daemon', '--format', 'json', largest], { stdio: 'ignore' });
    const floorIr = counted('node -e 0 (floor)', process.execPath, ['-e', '0']);
    const gwIr = counted('gongwen lint, cold', process.execPath, [cli, 'lint', '--no-daemon', '--format', 'json', largest]);
    // Its bin is a Node script run through `env`: counted as Node running it, as valgrind does not
    // follow the exec.
    const acIr = autocorrect.bin ? counted('autocorrect --lint', process.execPath, [fs.realpathSync(autocorrect.bin), '--lint', largest]) : undefined;
    const mIr = (n: { main: number; all: number }) => (floorIr
      ? `${(n.main / 1e6).toFixed(0)} M main thread = ${(n.main / floorIr.main).toFixed(2)} ×, ${(n.all / 1e6).toFixed(0)} M all threads = ${(n.all / floorIr.all).toFixed(2)} × floor`
      : '');
    if (floorIr) row('node -e 0 (floor): instructions (callgrind)', `${(floorIr.main / 1e6).toFixed(0)} M main thread, ${(floorIr.all / 1e6).toFixed(0)} M all threads`);
    if (floorIr && gwIr) row('gongwen lint, cold: instructions (callgrind)', mIr(gwIr), '≤ 1.5 × floor');
    if (floorIr && acIr) row('autocorrect --lint: instructions (callgrind)', mIr(acIr), 'gongwen below it');
    // As in the timed rows: the same two without the certificates this host makes Node parse.
    const { NODE_EXTRA_CA_CERTS: extraCerts, ...bareEnv } = process.env;
    if (extraCerts) {
      const floorBare = counted('node -e 0 without NODE_EXTRA_CA_CERTS', process.execPath, ['-e', '0'], bareEnv);
      const gwBare = counted('gongwen lint, cold, without NODE_EXTRA_CA_CERTS', process.execPath, [cli, 'lint', '--no-daemon', '--format', 'json', largest], bareEnv);
      if (floorBare && gwBare) {
        row('node -e 0 and gongwen lint, cold, without the host\'s NODE_EXTRA_CA_CERTS: instructions (callgrind)',
          `${(floorBare.main / 1e6).toFixed(0)} M and ${(gwBare.main / 1e6).toFixed(0)} M main thread = ${(gwBare.main / floorBare.main).toFixed(2)} ×`);
      }
    }
  }

  // In process.
  const model = loadModel(defaultModelPath());
  if (part('engine')) {
    row('model load', ms(inProcess(() => loadModel(defaultModelPath()))), '≤ 20 ms');
    row('engine: parse + all rules, in process', ms(inProcess(() => lint(text, { model }))), '≤ 20 ms');
    for (const k of [1, 4, 16]) {
      const big = Array.from({ length: k }, () => text).join('\n');
      row(`scaling: ${k}× the gazette (${(big.length / 1e6).toFixed(1)}M chars)`, ms(inProcess(() => lint(big, { model }), k > 4 ? 3 : 7)), 'linear');
    }
    // What the print preview (and gongwen export) does on every change: parse, lay out every page, write the HTML.
    row('preview: all pages laid out and rendered as HTML, in process', ms(inProcess(() => renderHtml(text, { preview: true }), 7)));
  }
  if (part('shapes')) {
    // The fuzz test's pathological inputs (deep nesting, long lines, unclosed blocks, many page
    // continuations…) at their size and 4 × it: linear work takes about 4 × the time. A rule that
    // walks a list per paragraph shows here first (15–19 × before such walks were indexed).
    const once = (t: string) => { const t0 = performance.now(); lint(t, { model }); return performance.now() - t0; };
    const median3 = (t: string) => [once(t), once(t), once(t)].sort((a, b) => a - b)[1];
    const small = pathologicalShapes(1);
    const large = pathologicalShapes(4);
    for (const name of Object.keys(small)) {
      once(large[name]); // warm: the smaller input must not be the one the interpreter runs
      const a = median3(small[name]);
      const b = median3(large[name]);
      row(`pathological input "${name}": 4 × the size (${small[name].length} → ${large[name].length} chars)`,
        `${(b / Math.max(a, 0.01)).toFixed(1)} × the time (${a.toFixed(1)} → ${b.toFixed(1)} ms)`, '≈ 4 × (linear)');
    }
  }
  if (part('preview')) await previewBench(text);
  if (part('train')) {
    const out = path.join(os.tmpdir(), `gongwen-bench-model-${process.pid}.json`);
    row('gongwen train on the corpus (whole process)', ms(wall(process.execPath, [cli, 'train', path.dirname(largest), '-o', out], 5)), '≤ 1 s');
    fs.rmSync(out, { force: true });
    // The corpus named in .gongwenrc.json instead: a lint trains it into the model, or reads the
    // training the first lint kept. A cache folder under a file keeps nothing (a first run).
    const proj = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-corpus-'));
    fs.writeFileSync(path.join(proj, '.gongwenrc.json'), JSON.stringify({ root: true, corpus: [path.dirname(largest)] }));
    const draft = path.join(proj, 'draft.gw');
    fs.copyFileSync(path.join(repoRoot, 'samples/draft-notice.gw'), draft);
    const lintDraft = [cli, 'lint', '--no-daemon', '--format', 'json', draft];
    const [kept, trained] = sideBySide([
      [process.execPath, lintDraft, { ...process.env, GONGWEN_CACHE_DIR: path.join(proj, 'cache') }],
      [process.execPath, lintDraft, { ...process.env, GONGWEN_CACHE_DIR: path.join(draft, 'cache') }],
    ], 7);
    fs.rmSync(proj, { recursive: true, force: true });
    row(`gongwen lint of a draft, the corpus (${files.length} gazettes) in .gongwenrc.json: trained (a first run)`, ms(trained));
    row('the same, the training the first run kept (whole process)', `${ms(kept)} (${(trained / kept).toFixed(1)} × faster)`);
  }

  // A folder of 1,000 documents: the corpus documents, one file each, repeated.
  if (part('folder')) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-'));
    const docs: string[] = [];
    for (const f of files) {
      const t = fs.readFileSync(f, 'utf8');
      const g = lint(t, { model, only: [] }).gazette;
      for (const d of g.documents) docs.push(t.slice(d.start, d.end));
    }
    for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(dir, `doc-${i}.gw`), docs[i % docs.length]);
    const sequential = wall(process.execPath, [cli, 'lint', '--format', 'json', '--jobs', '1', dir], 3);
    row('gongwen lint over a folder of 1,000 documents, --jobs 1', ms(sequential));
    const jobs = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    const parallel = wall(process.execPath, [cli, 'lint', '--format', 'json', '--jobs', String(jobs), dir], 3);
    row(`gongwen lint over a folder of 1,000 documents, --jobs ${jobs}`, `${ms(parallel)} (${(sequential / parallel).toFixed(2)} × faster)`, 'uses the cores');
    // The default leaves out cores the load average says are busy (cli/src/parallel.ts).
    const folder = wall(process.execPath, [cli, 'lint', '--format', 'json', dir], 3);
    row(`gongwen lint over a folder of 1,000 documents, default --jobs (${defaultJobs()} now)`, ms(folder));
    fs.rmSync(dir, { recursive: true, force: true });
  }

  if (part('lsp')) await lspBench(largest);

  const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length)), 10];
  console.log(`\nMachine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`);
  // Other processes on the machine inflate wall times: say how busy it was.
  const load1 = os.loadavg();
  console.log(`Load average (1 min) at start ${load0[0].toFixed(2)}, at end ${load1[0].toFixed(2)}; ${RUNS} runs each, medians.`);
  console.log(`| ${'measure'.padEnd(w[0])} | ${'result'.padEnd(w[1])} | target |`);
  console.log(`|${'-'.repeat(w[0] + 2)}|${'-'.repeat(w[1] + 2)}|--------|`);
  for (const [a, b, c] of rows) console.log(`| ${a.padEnd(w[0])} | ${b.padEnd(w[1])} | ${c} |`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
