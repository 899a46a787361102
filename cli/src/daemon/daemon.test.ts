// The daemon end to end: real `node bin/gongwen.js` processes (the build npm test makes first),
// each test with its own state folder (GONGWEN_DAEMON_DIR), so a user's daemon is never touched.
// What a lint prints through the daemon must be byte for byte what it prints in process.
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { AUTO_IDLE_MINUTES, CI_VARIABLES } from './autostart';
import { request } from './client';
import { onMessages, send, type Request } from './protocol';
import { buildKey, daemonPaths, readState, type DaemonState } from './state';
import { DRAFT_2024, GAZETTE_2022, GAZETTE_2023 } from '../../../engine/src/model/fixtures';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin/gongwen.js');
const BUNDLE = path.join(ROOT, 'dist/cli.js');
const SAMPLES = path.join(ROOT, 'samples');
const ERRORS = path.join(SAMPLES, 'draft-notice-errors.txt');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

describe('gongwen daemon', function () {
  this.timeout(60000);
  let dir: string;
  /** The connections rawClient opened: closed after each test, passed or failed. */
  const rawClients: net.Socket[] = [];

  // `manual`: a lint starts no daemon of its own, in CI or not, but for the tests of that start.
  const env = (extra: NodeJS.ProcessEnv = {}) => ({ ...process.env, NO_COLOR: '1', GONGWEN_DAEMON_DIR: dir, GONGWEN_DAEMON: 'manual', ...extra });
  const gw = (args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): Run => {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT, input: opts.input ?? '', encoding: 'utf8', env: env(opts.env), timeout: opts.timeout ?? 30000,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const state = (): DaemonState | undefined => readState(daemonPaths(BUNDLE, dir).stateFile);
  const served = (): number => {
    const m = /lints served: (\d+)/.exec(gw(['daemon', 'status']).stdout);
    assert.ok(m, 'status names the lints served');
    return Number(m[1]);
  };
  /** The same lint through the daemon and in process: equal output and exit code, and the daemon ran it. */
  const sameAsInProcess = (args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): Run => {
    const before = served();
    const viaDaemon = gw(['lint', ...args], opts);
    assert.strictEqual(served(), before + 1, 'the daemon ran the lint');
    const here = gw(['lint', '--no-daemon', ...args], opts);
    assert.deepStrictEqual(viaDaemon, here);
    return viaDaemon;
  };

  before(function () {
    if (!fs.existsSync(BUNDLE) || !fs.existsSync(path.join(ROOT, 'dist/daemon-client.js'))) this.skip(); // npm test builds first
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-daemon-'));
  });
  afterEach(() => {
    for (const c of rawClients.splice(0)) c.destroy();
    gw(['daemon', 'stop']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts, reports its status, and stops', () => {
    assert.strictEqual(gw(['daemon', 'status']).status, 1);
    const started = gw(['daemon', 'start']);
    assert.strictEqual(started.status, 0, started.stderr);
    assert.match(started.stdout, /the daemon started \(pid \d+; idle stop: 60 min\)/);
    const s = state()!;
    assert.ok(s, 'a state file');
    assert.strictEqual(fs.statSync(daemonPaths(BUNDLE, dir).stateFile).mode & 0o777, 0o600, 'only its user reads the token');
    const status = gw(['daemon', 'status']);
    assert.strictEqual(status.status, 0);
    assert.match(status.stdout, new RegExp(`the daemon runs \\(pid ${s.pid}\\)[^]*lints served: 0[^]*build: .*this one`));
    assert.match(gw(['daemon', 'start']).stdout, new RegExp(`already runs \\(pid ${s.pid}\\)`), 'one daemon per installation');
    const stopped = gw(['daemon', 'stop']);
    assert.match(stopped.stdout, new RegExp(`the daemon stopped \\(pid ${s.pid}\\)`));
    assert.strictEqual(state(), undefined, 'its state file is removed');
    assert.strictEqual(gw(['daemon', 'status']).status, 1);
    assert.match(gw(['daemon', 'stop']).stdout, /no daemon runs/);
  });

  it('lints as the process would: stylish, JSON, errors, a missing file, --max-warnings', () => {
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const stylish = sameAsInProcess([ERRORS]);
    assert.strictEqual(stylish.status, 1);
    assert.match(stylish.stdout, /doc-number\//);
    const json = sameAsInProcess(['--format', 'json', ERRORS, path.join(SAMPLES, 'draft-notice-clean.txt')]);
    assert.strictEqual((JSON.parse(json.stdout) as unknown[]).length, 2);
    const missing = sameAsInProcess([path.join(SAMPLES, 'no-such-file.gw'), ERRORS]);
    assert.strictEqual(missing.status, 2);
    assert.match(missing.stderr, /no-such-file\.gw/);
    sameAsInProcess(['--max-warnings', '0', path.join(SAMPLES, 'draft-notice-clean.txt')]);
    const usage = sameAsInProcess(['--format', 'xml', ERRORS]);
    assert.strictEqual(usage.status, 2);
  });

  it("resolves paths and finds the configuration from the client's folder, with its environment", () => {
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-daemon-project-'));
    try {
      fs.copyFileSync(ERRORS, path.join(project, 'a.txt'));
      const all = sameAsInProcess(['a.txt'], { cwd: project });
      const firstRule = /\s([a-z-]+\/[a-z-]+)\s*$/m.exec(all.stdout)![1];
      fs.writeFileSync(path.join(project, '.gongwenrc.json'), JSON.stringify({ rules: { [firstRule]: 'off' } }));
      const configured = sameAsInProcess(['a.txt', '-o', 'report.txt'], { cwd: project });
      assert.strictEqual(configured.stdout, '');
      const report = fs.readFileSync(path.join(project, 'report.txt'), 'utf8');
      assert.ok(report.length > 0 && !report.includes(firstRule), 'the project config turned the rule off; the report went to the project');
      // The client's GONGWEN_TIMING, not the daemon's: the timing table (its times vary: not compared).
      const before = served();
      assert.match(gw(['lint', 'a.txt'], { cwd: project, env: { GONGWEN_TIMING: '1' } }).stderr, /^\(parse\)\s+\|/m);
      assert.strictEqual(gw(['lint', 'a.txt'], { cwd: project }).stderr, '');
      // GONGWEN_DEBUG, read where the cache is saved: the client's too.
      const debugCache = ['a.txt', '--cache', '--cache-location', path.join(project, 'cache')];
      assert.match(gw(['lint', ...debugCache], { cwd: project, env: { GONGWEN_DEBUG: 'cache' } }).stderr, /^gongwen: cache .*: 0 of 1 files reused/m);
      assert.strictEqual(gw(['lint', ...debugCache], { cwd: project }).stderr, '');
      assert.strictEqual(served(), before + 4);
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });

  it("writes the report and the cache with the client's umask, as a run in process does", function () {
    if (process.platform === 'win32') this.skip();
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-daemon-project-'));
    try {
      fs.copyFileSync(ERRORS, path.join(project, 'a.txt'));
      const modes = (daemon: boolean, umask: string) => {
        const flag = daemon ? '' : ' --no-daemon';
        const r = spawnSync('bash', ['-c', `umask ${umask}; "$NODE" "$BIN" lint${flag} a.txt -o r.txt --cache --cache-location c.json`],
          { cwd: project, encoding: 'utf8', env: env({ NODE: process.execPath, BIN }), timeout: 30000 });
        assert.strictEqual(r.status, 1, r.stderr);
        const mode = (f: string) => (fs.statSync(path.join(project, f)).mode & 0o777).toString(8);
        const got = [mode('r.txt'), mode('c.json')];
        fs.rmSync(path.join(project, 'r.txt'));
        fs.rmSync(path.join(project, 'c.json'));
        return got;
      };
      const before = served();
      assert.deepStrictEqual(modes(true, '077'), ['600', '600']);
      assert.deepStrictEqual(modes(true, '002'), ['664', '664']);
      assert.strictEqual(served(), before + 2, 'the daemon ran the lints');
      assert.deepStrictEqual(modes(false, '077'), ['600', '600']);
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });

  it('lints with a model retrained since its last lint (it keeps a model only while its file is unchanged)', () => {
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const project = fs.mkdtempSync(path.join(dir, 'project-'));
    const model = path.join(project, 'model.json');
    fs.copyFileSync(path.join(ROOT, 'models/default.json'), model);
    fs.copyFileSync(ERRORS, path.join(project, 'a.txt')); // under the project's configuration, not samples/'
    const trained = sameAsInProcess(['--model', model, 'a.txt'], { cwd: project });
    assert.strictEqual(sameAsInProcess(['--model', model, 'a.txt'], { cwd: project }).stdout, trained.stdout, 'the same model, kept');
    // Retrained on one clean draft: it knows no issuing code, so the findings change.
    assert.strictEqual(gw(['train', path.join(SAMPLES, 'draft-notice-clean.txt'), '-o', model]).status, 0);
    const retrained = sameAsInProcess(['--model', model, 'a.txt'], { cwd: project });
    assert.notStrictEqual(retrained.stdout, trained.stdout);
    // Through the configuration's "model" too.
    fs.writeFileSync(path.join(project, '.gongwenrc.json'), JSON.stringify({ model: 'model.json' }));
    assert.strictEqual(sameAsInProcess(['a.txt'], { cwd: project }).stdout, retrained.stdout);
    fs.copyFileSync(path.join(ROOT, 'models/default.json'), model);
    assert.strictEqual(sameAsInProcess(['a.txt'], { cwd: project }).stdout, trained.stdout);
  });

  it('lints a file linted before as an edit of its last lint, with the output of a lint in process', () => {
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const project = fs.mkdtempSync(path.join(dir, 'project-'));
    const file = path.join(project, 'a.txt');
    let text = fs.readFileSync(ERRORS, 'utf8');
    fs.writeFileSync(file, text);
    const debug = { env: { GONGWEN_DEBUG: 'kept' }, cwd: project };
    const first = gw(['lint', 'a.txt'], debug);
    assert.doesNotMatch(first.stderr, /linted as an edit/, 'nothing kept yet');
    for (const edit of [(t: string) => t.replace('，', '，，'), (t: string) => t.replace(/\n/, '\n\n'), (t: string) => t]) {
      fs.writeFileSync(file, (text = edit(text)));
      const again = gw(['lint', 'a.txt'], debug);
      assert.match(again.stderr, new RegExp(`^gongwen: ${file.replace(/[.\\]/g, '\\$&')}: .*linted as an edit of its last lint`, 'm'));
      assert.deepStrictEqual({ ...again, stderr: '' }, { ...gw(['lint', '--no-daemon', 'a.txt'], { cwd: project }), stderr: '' });
    }
    assert.strictEqual(gw(['lint', 'a.txt'], { cwd: project }).stderr, '', 'said only when asked');
    // An editor's unsaved buffer on standard input, named by --stdin-filename: the same.
    const buffer = ['-', '--stdin-filename', 'unsaved.gw'];
    const named = path.join(project, 'unsaved.gw');
    for (const input of [text, text.replace('。', '。。'), text.replace('。', '。。')]) {
      const r = gw(['lint', ...buffer], { ...debug, input });
      assert.deepStrictEqual({ ...r, stderr: '' }, { ...gw(['lint', '--no-daemon', ...buffer], { cwd: project, input }), stderr: '' });
      assert.ok(r.stdout.includes(named), r.stdout);
      if (input !== text) assert.match(r.stderr, /linted as an edit of its last lint/);
    }
  });

  it("keeps a configuration corpus's training for the next lints, in the client's cache folder", () => {
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const project = fs.mkdtempSync(path.join(dir, 'city-'));
    fs.mkdirSync(path.join(project, 'gazettes'));
    fs.writeFileSync(path.join(project, 'gazettes', '2022.txt'), GAZETTE_2022);
    fs.writeFileSync(path.join(project, 'gazettes', '2023.txt'), GAZETTE_2023);
    fs.writeFileSync(path.join(project, '.gongwenrc.json'), JSON.stringify({ corpus: ['gazettes'], ignore: ['gazettes/'] }));
    fs.writeFileSync(path.join(project, 'draft.gw'), DRAFT_2024);
    const cacheDir = path.join(dir, 'client-cache');
    const lint = () => {
      const before = served();
      const r = gw(['lint', 'draft.gw'], { cwd: project, env: { GONGWEN_DEBUG: 'corpus', GONGWEN_CACHE_DIR: cacheDir } });
      assert.strictEqual(served(), before + 1, 'the daemon ran the lint');
      return r;
    };
    const first = lint();
    assert.match(first.stderr, /^gongwen: corpus .*gazettes: trained \(\d+ ms\)\n$/);
    assert.match(first.stdout, /lead-unit\/renamed/); // what the corpus taught (2023's renames)
    const again = lint();
    assert.match(again.stderr, /^gongwen: corpus .*gazettes: memory \(\d+ ms\)\n$/);
    assert.strictEqual(again.stdout, first.stdout);
    assert.deepStrictEqual(fs.readdirSync(cacheDir).filter((n) => n.startsWith('corpus-')).length, 1); // the client's folder
  });

  it("judges dates by the client's time zone (TZ), not the daemon's", () => {
    // 26 hours apart: the day in Kiritimati is always after the day at UTC-12.
    assert.strictEqual(gw(['daemon', 'start'], { env: { TZ: 'Etc/GMT+12' } }).status, 0);
    const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(new Date()).split('-').map(Number);
    const text = fs.readFileSync(path.join(SAMPLES, 'draft-notice-clean.txt'), 'utf8').replace('2024年6月28日', `${y}年${m}月${d}日`);
    sameAsInProcess(['-'], { input: text, env: { TZ: 'Pacific/Kiritimati' } });
  });

  it('reads standard input from the client (lint -)', () => {
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const text = fs.readFileSync(ERRORS, 'utf8');
    const r = sameAsInProcess(['-'], { input: text });
    assert.match(r.stdout, /<stdin>/);
    assert.strictEqual(r.status, 1);
    // Past the limit: the client reads no more than the limit and a byte, and the lint says so.
    const big = sameAsInProcess(['-'], { input: '公文'.repeat(4 * 1024 * 1024) });
    assert.deepStrictEqual([big.status, big.stdout, big.stderr], [2, '', 'gongwen: 文件过大（超过 20 MB 上限） / file too large (over the 20 MB limit): <stdin>\n']);
  });

  it('interleaves standard output and standard error as a run in process does (2>&1)', () => {
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    // The report on stdout, then "too many warnings" on stderr: one file for both, as 2>&1 makes.
    const both = (args: string[]): string => {
      const file = path.join(dir, 'both.txt');
      const fd = fs.openSync(file, 'w');
      try {
        spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: env(), stdio: ['ignore', fd, fd], timeout: 30000 });
      } finally {
        fs.closeSync(fd);
      }
      return fs.readFileSync(file, 'utf8');
    };
    const before = served();
    const viaDaemon = both(['lint', '--max-warnings', '0', ERRORS]);
    assert.strictEqual(served(), before + 1, 'the daemon ran the lint');
    assert.match(viaDaemon, /doc-number\/[^]*too many warnings/);
    assert.strictEqual(viaDaemon, both(['lint', '--no-daemon', '--max-warnings', '0', ERRORS]));
  });

  it('standard input that cannot be read (a folder) fails as in process', () => {
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const fromFolder = (args: string[]): Run => {
      const fd = fs.openSync(SAMPLES, 'r');
      try {
        const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: env(), stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', timeout: 30000 });
        return { status: r.status, stdout: r.stdout, stderr: r.stderr };
      } finally {
        fs.closeSync(fd);
      }
    };
    const here = fromFolder(['lint', '--no-daemon', '-']);
    assert.strictEqual(here.status, 2);
    assert.match(here.stderr, /<stdin>/);
    assert.deepStrictEqual(fromFolder(['lint', '-']), here);
  });

  it('a client still sending its standard input holds up no other client', async () => {
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    // `gongwen lint -` at a terminal nobody types into: asked for its input, it sends none.
    const waiting = await rawClient(state()!, ['lint', '-']);
    try {
      assert.deepStrictEqual(await waiting.next(), { needStdin: true });
      const before = served();
      const r = gw(['lint', ERRORS], { timeout: 10000 });
      assert.strictEqual(served(), before + 1, 'the daemon ran the lint');
      assert.deepStrictEqual(r, gw(['lint', '--no-daemon', ERRORS]));
    } finally {
      waiting.socket.destroy();
    }
  });

  it('stops when idle, counting from the last request, even one that went without sending its input', async () => {
    // The daemon's idle time in milliseconds, for tests (serve.ts, idleMs).
    assert.strictEqual(gw(['daemon', 'start'], { env: { GONGWEN_DAEMON_IDLE_MS: '1500' } }).status, 0);
    const s = state()!;
    const waiting = await rawClient(s, ['lint', '-']);
    assert.deepStrictEqual(await waiting.next(), { needStdin: true });
    await sleep(2500);
    assert.ok(alive(s.pid), 'a request waiting for its input keeps the daemon');
    waiting.socket.destroy(); // Ctrl-C at the terminal
    await sleep(500);
    assert.ok(alive(s.pid), 'the idle time starts again');
    for (let waited = 0; alive(s.pid) && waited < 5000; waited += 100) await sleep(100);
    assert.ok(!alive(s.pid), 'it stopped when idle');
    assert.strictEqual(state(), undefined, 'its state file is removed');
  });

  it('stops at once when asked while lints wait: their clients run them, and the process ends', async () => {
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const s = state()!;
    const waiting = await rawClient(s, ['lint', '-']);
    assert.deepStrictEqual(await waiting.next(), { needStdin: true });
    const stopped = gw(['daemon', 'stop']);
    assert.strictEqual(stopped.status, 0, stopped.stderr);
    assert.match(stopped.stdout, /the daemon stopped/);
    assert.ok(!alive(s.pid), 'it ended');
    // Closed without an answer: a real client lints in process (see "dies after taking standard input").
    assert.strictEqual(await waiting.next(), 'closed');
  });

  it('a daemon busy with a long lint still runs: status says so, start does not start another, stop waits for it', async function () {
    if (process.platform === 'win32') this.skip(); // a Unix socket path
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const real = state()!;
    assert.strictEqual(gw(['daemon', 'stop']).status, 0);
    // A stand-in in its own process, as the daemon is while it lints a big folder: it takes
    // connections and answers nothing, and it runs (kill -STOP would be told apart: a test below).
    const paths = daemonPaths(BUNDLE, dir);
    const { spawn } = require('child_process') as typeof import('child_process');
    const busy = spawn(process.execPath, ['-e', `require('net').createServer(() => {}).listen(${JSON.stringify(paths.socket)})`], { stdio: 'ignore' });
    try {
      for (let waited = 0; !fs.existsSync(paths.socket) && waited < 10000; waited += 20) await sleep(20);
      const s: DaemonState = { ...real, pid: busy.pid!, socket: paths.socket };
      fs.writeFileSync(paths.stateFile, JSON.stringify(s), { mode: 0o600 });
      const status = gw(['daemon', 'status']);
      assert.strictEqual(status.status, 0, status.stdout);
      assert.match(status.stdout, new RegExp(`the daemon runs \\(pid ${s.pid}\\)[^]*busy with a lint`));
      assert.match(gw(['daemon', 'start']).stdout, new RegExp(`already runs \\(pid ${s.pid}\\)`));
      assert.strictEqual(state()?.pid, s.pid, 'its state file is left alone');
      const stopping = gwAsync(['daemon', 'stop'], '');
      await sleep(4000);
      busy.kill(); // its lint is done, and it stops
      const stopped = await stopping;
      assert.strictEqual(stopped.status, 0, stopped.stderr);
      assert.match(stopped.stderr, /the daemon is busy with a lint and stops after it/);
      assert.match(stopped.stdout, new RegExp(`the daemon stopped \\(pid ${s.pid}\\)`));
    } finally {
      busy.kill();
      fs.rmSync(paths.stateFile, { force: true });
    }
  });

  it('daemon start run several times at once starts one daemon, and each says so', async () => {
    const starts = await Promise.all([1, 2, 3, 4, 5, 6].map(() => gwAsync(['daemon', 'start'], '')));
    for (const r of starts) assert.strictEqual(r.status, 0, r.stderr);
    const s = state()!;
    const started = starts.filter((r) => /the daemon started/.test(r.stdout));
    assert.strictEqual(started.length, 1, starts.map((r) => r.stdout).join(''));
    assert.match(started[0].stdout, new RegExp(`started \\(pid ${s.pid};`));
    for (const r of starts) if (r !== started[0]) assert.match(r.stdout, new RegExp(`already runs \\(pid ${s.pid}\\)`));
    const log = fs.readFileSync(daemonPaths(BUNDLE, dir).stateFile.replace(/\.json$/, '.log'), 'utf8');
    assert.ok(log.includes(`the daemon listens (pid ${s.pid}): `) && !log.includes('\0'), `its log is whole: ${JSON.stringify(log)}`);
    assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.lock')), [], 'no lock is left');
  });

  it('stops when clients can no longer find it: its socket or its state file deleted', async function () {
    if (process.platform === 'win32') this.skip(); // a named pipe is not a file
    const paths = daemonPaths(BUNDLE, dir);
    for (const lost of [paths.socket, paths.stateFile]) {
      assert.strictEqual(gw(['daemon', 'start']).status, 0);
      const s = state()!;
      fs.rmSync(lost);
      for (let waited = 0; alive(s.pid) && waited < 10000; waited += 100) await sleep(100);
      assert.ok(!alive(s.pid), `it stopped when ${path.basename(lost)} was deleted`);
      assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => !f.endsWith('.log')), [], 'nothing is left');
    }
  });

  it('is not used by lint --no-daemon, nor by other commands', () => {
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    gw(['lint', '--no-daemon', ERRORS]);
    gw(['rules', '--format', 'json']);
    assert.strictEqual(served(), 0);
  });

  it('lints what only the client can read in process: <(…), and a FIFO, which the daemon would not find or would block on, is refused there', async function () {
    if (process.platform === 'win32') this.skip();
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    // bash's process substitution names /dev/fd/63: the daemon's /dev/fd/63 is not this pipe.
    const sub = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" lint <(cat "${ERRORS}")`], { cwd: ROOT, encoding: 'utf8', env: env(), timeout: 30000 });
    assert.strictEqual(sub.status, 1, sub.stderr);
    assert.match(sub.stdout, /^\/dev\/fd\/\d+$/m);
    assert.match(sub.stdout, /doc-number\/bracket/);
    const fifo = path.join(dir, 'draft.fifo');
    assert.strictEqual(spawnSync('mkfifo', [fifo]).status, 0);
    // Nobody may ever write it: refused without being opened, as in process (cli/src/inputs.ts).
    const r = await gwAsync(['lint', fifo], '');
    assert.strictEqual(r.status, 2, r.stderr);
    assert.match(r.stderr, /not a regular file \(a FIFO\)/);
    assert.strictEqual(served(), 0, 'the daemon was not asked');
  });

  it("lint --fix: the client's Ctrl-C stops the daemon's fixing after the file being written, and the client exits 130", async function () {
    if (process.platform === 'win32') this.skip(); // no SIGINT to send to a process
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-daemon-fix-'));
    try {
      const original = fs.readFileSync(ERRORS, 'utf8');
      const files = Array.from({ length: 150 }, (_, i) => path.join(project, `d${String(i).padStart(3, '0')}.txt`));
      for (const f of files) fs.writeFileSync(f, original);
      const fixedText = gw(['fix', '--stdout', files[0]]).stdout;
      assert.notStrictEqual(fixedText, original, 'the sample has something to fix');
      const before = served();
      const child = spawn(process.execPath, [BIN, 'lint', '--fix', '.'], { cwd: project, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.resume();
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const read = () => files.map((f) => fs.readFileSync(f, 'utf8'));
      // Ctrl-C once the daemon has written a file.
      for (const until = Date.now() + 20000; !read().some((t) => t !== original) && Date.now() < until;) await new Promise((r) => setTimeout(r, 5));
      child.kill('SIGINT');
      assert.strictEqual(await exited, 130, stderr);
      assert.match(stderr, /interrupted \(SIGINT\)/);
      const after = read();
      await new Promise((r) => setTimeout(r, 1000));
      assert.deepStrictEqual(read(), after, 'the daemon wrote nothing once its client had exited');
      for (const t of after) assert.ok(t === original || t === fixedText, 'every file whole: fixed, or as it was');
      assert.ok(after.some((t) => t === fixedText) && after.some((t) => t === original), 'it stopped between files');
      assert.strictEqual(served(), before + 1, 'the daemon ran the lint and answers again');
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });

  it('a daemon stopped by a signal (kill -STOP): lints run in process, status says so, stop ends it', function () {
    if (!fs.existsSync('/proc/self/stat')) this.skip(); // told apart from a busy one on Linux only
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const s = state()!;
    process.kill(s.pid, 'SIGSTOP');
    try {
      const started = Date.now();
      const text = fs.readFileSync(ERRORS, 'utf8');
      assert.deepStrictEqual(gw(['lint', '-'], { input: text }), gw(['lint', '--no-daemon', '-'], { input: text }), 'it did not hang');
      assert.ok(Date.now() - started < 20000);
      assert.match(gw(['daemon', 'status']).stdout, /stopped by a signal \(kill -STOP, a debugger\)/);
      assert.match(gw(['daemon', 'stop']).stdout, new RegExp(`the daemon stopped \\(pid ${s.pid}\\)`));
      assert.ok(!alive(s.pid));
    } finally {
      if (alive(s.pid)) process.kill(s.pid, 'SIGKILL');
    }
  });

  it('a daemon of another build is stopped and the lint runs in process', () => {
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const s = state()!;
    fs.writeFileSync(daemonPaths(BUNDLE, dir).stateFile, JSON.stringify({ ...s, key: 'v0 other build' }));
    const r = gw(['lint', ERRORS]);
    assert.match(r.stderr, /the daemon ran another build of Gongwen and was asked to stop/);
    const here = gw(['lint', '--no-daemon', ERRORS]);
    assert.strictEqual(r.stdout, here.stdout);
    assert.strictEqual(r.status, here.status);
    waitGone(s.pid);
  });

  it('a daemon of another build that was killed (its state file left): cleaned up without a word, the lint runs in process', () => {
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const s = state()!;
    process.kill(s.pid, 'SIGKILL');
    waitGone(s.pid);
    // The build changed since (a rebuild): the state file names a dead daemon of another build.
    fs.writeFileSync(daemonPaths(BUNDLE, dir).stateFile, JSON.stringify({ ...s, key: 'v0 other build' }));
    assert.deepStrictEqual(gw(['lint', ERRORS]), gw(['lint', '--no-daemon', ERRORS]));
    assert.strictEqual(state(), undefined, "the dead daemon's state file is removed");
  });

  it('a daemon that is gone (killed) is cleaned up and the lint runs in process, stdin included', () => {
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const s = state()!;
    process.kill(s.pid, 'SIGKILL');
    waitGone(s.pid);
    const text = fs.readFileSync(ERRORS, 'utf8');
    const r = gw(['lint', '-'], { input: text });
    const here = gw(['lint', '--no-daemon', '-'], { input: text });
    assert.deepStrictEqual(r, here);
    assert.strictEqual(state(), undefined, "the dead daemon's state file is removed");
  });

  it('a daemon that dies after taking standard input: the client lints that input itself', async () => {
    // A stand-in daemon: asks for standard input, takes it, and hangs up without an answer.
    const paths = daemonPaths(BUNDLE, dir);
    const server = net.createServer((socket) => {
      onMessages(socket, (m) => {
        if ((m as Request).op === 'lint') send(socket, { needStdin: true });
        else if ((m as Request).op === 'stdin') socket.destroy();
      });
    });
    await new Promise<void>((resolve) => server.listen(paths.socket, resolve));
    try {
      fs.writeFileSync(paths.stateFile, JSON.stringify({ pid: process.pid, socket: paths.socket, key: buildKey(BUNDLE), token: 't', started: '', idleMinutes: 0 }));
      const text = fs.readFileSync(ERRORS, 'utf8');
      const r = await gwAsync(['lint', '-'], text);
      const here = gw(['lint', '--no-daemon', '-'], { input: text });
      assert.deepStrictEqual(r, here);
      assert.match(r.stdout, /<stdin>/);
    } finally {
      server.close();
      fs.rmSync(paths.stateFile, { force: true });
    }
  });

  it('a daemon answering nonsense: the client lints in process', async () => {
    // Stand-in daemons: each answers a lint with one wrong reply.
    const paths = daemonPaths(BUNDLE, dir);
    for (const wrong of ['null', '42', '{"stdout":5}\n{"exit":0}', '{"stdout":"x"}\n{"exit":"one"}', '{"exit":1.5}', '{}']) {
      const server = net.createServer((socket) => onMessages(socket, () => socket.end(wrong + '\n')));
      await new Promise<void>((resolve) => server.listen(paths.socket, resolve));
      try {
        fs.writeFileSync(paths.stateFile, JSON.stringify({ pid: process.pid, socket: paths.socket, key: buildKey(BUNDLE), token: 't', started: '', idleMinutes: 0 }));
        assert.deepStrictEqual(await gwAsync(['lint', ERRORS], ''), gw(['lint', '--no-daemon', ERRORS]), wrong);
      } finally {
        await new Promise((resolve) => server.close(resolve));
        fs.rmSync(paths.stateFile, { force: true });
      }
    }
  });

  it('refuses a request without its token', async () => {
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const s = state()!;
    assert.deepStrictEqual(await request(s, { op: 'status', token: 'x'.repeat(s.token.length) }), [{ refused: 'token' }]);
    assert.deepStrictEqual(await request(s, { op: 'stop', token: 'wrong' }), [{ refused: 'token' }]);
    assert.strictEqual(gw(['daemon', 'status']).status, 0, 'still running');
  });

  it('runs lints only: another command, arguments that are not strings, a relative folder are refused', async () => {
    assert.strictEqual(gw(['daemon', 'start']).status, 0);
    const s = state()!;
    const lint = (argv: unknown[], cwd = ROOT) =>
      request(s, { op: 'lint', token: s.token, key: s.key, argv: argv as string[], cwd, env: {}, stdoutIsTTY: false });
    assert.deepStrictEqual(await lint(['rules', '--format', 'json']), [{ refused: 'request' }]);
    assert.deepStrictEqual(await lint(['lint', ERRORS, 1]), [{ refused: 'request' }]);
    assert.deepStrictEqual(await lint(['lint', ERRORS], 'samples'), [{ refused: 'request' }]);
    const ran = await lint(['lint', ERRORS]);
    assert.deepStrictEqual(ran[ran.length - 1], { exit: 1 });
  });

  it('will not use or make a state folder other users can read or write', function () {
    if (process.platform === 'win32' || process.getuid?.() === undefined) this.skip();
    fs.chmodSync(dir, 0o777);
    const r = gw(['daemon', 'start']);
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /the daemon's folder is unusable \(readable or writable by other users\)/);
    // A state file planted there is not followed: the lint runs in process.
    const paths = daemonPaths(BUNDLE, dir);
    fs.writeFileSync(paths.stateFile, JSON.stringify({ pid: process.pid, socket: paths.socket, key: buildKey(BUNDLE), token: 't', started: '', idleMinutes: 0 }));
    assert.deepStrictEqual(gw(['lint', ERRORS]), gw(['lint', '--no-daemon', ERRORS]));
  });

  it('names a Windows pipe after the whole state folder, not its base name', () => {
    const pipe = (d: string) => daemonPaths(BUNDLE, d, 'win32').socket;
    assert.match(pipe('C:\\Users\\li\\AppData\\Local\\Temp\\gongwen-li'), /^\\\\\.\\pipe\\gongwen-\w+-\w+$/);
    assert.notStrictEqual(pipe('C:\\work\\a\\daemon'), pipe('C:\\work\\b\\daemon'));
    assert.strictEqual(pipe('C:\\work\\a\\daemon'), pipe('c:\\Work\\A\\daemon'), 'Windows paths ignore case');
  });

  describe('started by a lint', () => {
    /** A workstation: no CI variable, GONGWEN_DAEMON unset (spawn leaves out undefined values). */
    const workstation: NodeJS.ProcessEnv = Object.fromEntries([...CI_VARIABLES, 'GONGWEN_DAEMON'].map((k) => [k, undefined]));
    /** A workstation lint whose output is not a terminal (these tests' pipes) starts one only when told. */
    const auto: NodeJS.ProcessEnv = { ...workstation, GONGWEN_DAEMON: 'auto' };
    /**
     * `gongwen <args>` with a terminal for its output (util-linux `script`), which the default
     * needs to start a daemon; its output with the terminal's \r\n made \n.
     */
    const inTerminal = (args: string[], extra: NodeJS.ProcessEnv): Run => {
      const quote = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
      const r = spawnSync('script', ['-qec', [process.execPath, BIN, ...args].map(quote).join(' '), '/dev/null'], {
        cwd: ROOT, encoding: 'utf8', env: env(extra), timeout: 30000,
      });
      return { status: r.status, stdout: r.stdout.replace(/\r\n/g, '\n'), stderr: r.stderr };
    };
    const hasScript = process.platform !== 'win32' && spawnSync('script', ['--version']).status === 0;
    const log = () => fs.readFileSync(daemonPaths(BUNDLE, dir).log, 'utf8');
    /** Waits for the daemon a lint started to listen. */
    const ready = async (): Promise<DaemonState> => {
      for (let waited = 0; waited < 15000; waited += 50) {
        const s = state();
        if (s && gw(['daemon', 'status']).status === 0) return s;
        await sleep(50);
      }
      assert.fail(`no daemon came up; its log:\n${log()}`);
    };

    it('in a terminal outside CI, a lint that finds none runs in process, prints nothing else, and starts one for the next lints', async function () {
      if (!hasScript) this.skip();
      // spawnSync waits for the output to close: a daemon holding this lint's terminal would hang it.
      const first = inTerminal(['lint', ERRORS], workstation);
      const here = gw(['lint', '--no-daemon', ERRORS]);
      assert.deepStrictEqual([first.status, first.stdout], [here.status, here.stdout]);
      const s = await ready();
      assert.match(gw(['daemon', 'status']).stdout, new RegExp(`the daemon runs \\(pid ${s.pid}\\)[^]*lints served: 0[^]*idle stop: ${AUTO_IDLE_MINUTES} min`));
      sameAsInProcess([ERRORS], { env: workstation });
      assert.strictEqual(log().match(/the daemon listens/g)?.length, 1, 'one daemon was started');
    });

    it('warms up on the lint that started it, writing nothing it would (--fix, -o, --cache)', async () => {
      const project = fs.mkdtempSync(path.join(dir, 'project-'));
      const draft = path.join(project, 'draft.txt');
      const text = fs.readFileSync(ERRORS, 'utf8');
      fs.writeFileSync(draft, text);
      const first = gw(['lint', '--fix', '-o', 'report.txt', '--cache', '--cache-location', 'lint-cache', 'draft.txt'], { cwd: project, env: auto });
      assert.strictEqual(first.stderr, '');
      assert.notStrictEqual(fs.readFileSync(draft, 'utf8'), text, 'the lint itself fixed the file');
      // Undone before the daemon listens (a Node start away): whatever comes back, its warm-up wrote.
      fs.writeFileSync(draft, text);
      fs.rmSync(path.join(project, 'report.txt'));
      fs.rmSync(path.join(project, 'lint-cache'), { force: true }); // not written when something was fixed
      await ready();
      let warmed: RegExpExecArray | null = null;
      for (let waited = 0; !warmed && waited < 15000; waited += 50) {
        warmed = /warmed up: (\d+) lints/.exec(log());
        await sleep(50);
      }
      assert.ok(warmed && Number(warmed[1]) > 0, `it warmed up; its log:\n${log()}`);
      assert.strictEqual(fs.readFileSync(draft, 'utf8'), text, 'no --fix');
      assert.deepStrictEqual(fs.readdirSync(project), ['draft.txt'], 'no report, no cache');
      assert.strictEqual(served(), 0, 'warm-up lints are not served lints');
      // Each round linted afresh, keeping nothing: the first lint served is a whole one.
      assert.doesNotMatch(gw(['lint', 'draft.txt'], { cwd: project, env: { GONGWEN_DEBUG: 'kept' } }).stderr, /linted as an edit/);
      assert.match(gw(['lint', 'draft.txt'], { cwd: project, env: { GONGWEN_DEBUG: 'kept' } }).stderr, /linted as an edit/);
    });

    it('a lint while the started one is not listening yet starts no other (one start per 30 s)', async () => {
      // The start lock held by a live process (this one): the started daemon waits for it.
      const paths = daemonPaths(BUNDLE, dir);
      const lockFile = paths.stateFile.replace(/\.json$/, '.lock');
      fs.writeFileSync(lockFile, String(process.pid));
      const lint = () => spawnSync(process.execPath, [BIN, 'lint', ERRORS], { cwd: ROOT, encoding: 'utf8', env: env(auto), timeout: 30000 });
      const first = lint();
      const second = lint();
      assert.strictEqual(second.status, 1, second.stderr);
      assert.strictEqual(second.stdout, first.stdout, 'both ran in process');
      assert.strictEqual(fs.readFileSync(paths.autoStarted, 'utf8'), String(first.pid), 'only the first lint started one');
      fs.rmSync(lockFile);
      await ready();
      assert.strictEqual(log().match(/the daemon listens/g)?.length, 1);
      assert.doesNotMatch(log(), /another daemon is starting|already runs/);
    });

    it('starts none in CI, nor for a script (no terminal), nor with GONGWEN_DAEMON=manual or off; a running one serves them, not off', function () {
      const paths = daemonPaths(BUNDLE, dir);
      const none = (r: Run, why: string) => {
        assert.strictEqual(r.status, 1, `${why}: ${r.stderr}`);
        assert.ok(!fs.existsSync(paths.autoStarted), `nothing started: ${why}`);
      };
      if (hasScript) {
        none(inTerminal(['lint', ERRORS], { ...workstation, CI: 'true' }), 'CI=true in a terminal');
        none(inTerminal(['lint', ERRORS], { ...workstation, GITHUB_ACTIONS: 'true' }), 'GITHUB_ACTIONS in a terminal');
        none(inTerminal(['lint', ERRORS], { ...workstation, GONGWEN_DAEMON: 'manual' }), 'manual in a terminal');
      }
      none(gw(['lint', ERRORS], { env: workstation }), 'no terminal');
      none(gw(['lint', ERRORS], { env: { ...workstation, GONGWEN_DAEMON: 'off' } }), 'off');
      assert.strictEqual(state(), undefined);
      assert.strictEqual(gw(['daemon', 'start']).status, 0);
      gw(['lint', ERRORS], { env: { ...workstation, GONGWEN_DAEMON: 'off' } });
      assert.strictEqual(served(), 0, 'off: as --no-daemon');
      sameAsInProcess([ERRORS], { env: { ...workstation, CI: 'true' } });
      sameAsInProcess([ERRORS], { env: workstation });
    });

    it('replaces a daemon of another build, saying nothing', async () => {
      assert.strictEqual(gw(['daemon', 'start']).status, 0);
      const old = state()!;
      fs.writeFileSync(daemonPaths(BUNDLE, dir).stateFile, JSON.stringify({ ...old, key: 'v0 other build' }));
      const r = gw(['lint', ERRORS], { env: auto });
      assert.deepStrictEqual(r, gw(['lint', '--no-daemon', ERRORS]), 'no notice: the next lints have a daemon');
      waitGone(old.pid);
      const now = await ready();
      assert.notStrictEqual(now.pid, old.pid);
      assert.strictEqual(now.key, buildKey(BUNDLE));
    });

    it('starts a new one when the last was killed', async () => {
      assert.strictEqual(gw(['daemon', 'start']).status, 0);
      const old = state()!;
      process.kill(old.pid, 'SIGKILL');
      waitGone(old.pid);
      assert.deepStrictEqual(gw(['lint', ERRORS], { env: auto }), gw(['lint', '--no-daemon', ERRORS]));
      assert.notStrictEqual((await ready()).pid, old.pid);
    });
  });

  it('explains bad arguments', () => {
    const r = gw(['daemon', 'launch']);
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /unknown action: launch/);
    assert.match(gw(['daemon', 'start', '--idle', 'soon']).stderr, /--idle needs a whole number of minutes: soon/);
    assert.match(gw(['daemon', '--help']).stdout, /usage: gongwen daemon/);
  });

  /** A connection to the daemon that sent a lint request: its replies one by one. */
  function rawClient(s: DaemonState, argv: string[]): Promise<{ socket: net.Socket; next: () => Promise<unknown> }> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(s.socket);
      rawClients.push(socket);
      const replies: unknown[] = [];
      let waiter: ((m: unknown) => void) | undefined;
      onMessages(socket, (m) => {
        if (waiter) {
          waiter(m);
          waiter = undefined;
        } else replies.push(m);
      });
      socket.on('close', () => waiter?.('closed'));
      socket.on('error', reject);
      socket.on('connect', () => {
        send(socket, { op: 'lint', token: s.token, key: s.key, argv, cwd: ROOT, env: { NO_COLOR: '1' }, stdoutIsTTY: false });
        resolve({
          socket,
          next: () => (replies.length ? Promise.resolve(replies.shift()) : socket.destroyed ? Promise.resolve('closed') : new Promise((r) => (waiter = r))),
        });
      });
    });
  }

  /** A client run without blocking this process (the stand-in daemon above runs in it). */
  function gwAsync(args: string[], input: string): Promise<Run> {
    const { spawn } = require('child_process') as typeof import('child_process');
    return new Promise((resolve) => {
      const p = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: env() });
      let stdout = '';
      let stderr = '';
      p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      p.on('close', (status) => resolve({ status, stdout, stderr }));
      p.stdin.end(input);
    });
  }
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function waitGone(pid: number): void {
  const until = Date.now() + 5000;
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    assert.ok(Date.now() < until, `process ${pid} is still there`);
    spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 20)']);
  }
}
