// A configuration's "corpus" folders teach the editor what they teach the command line: the
// built server and `gongwen lint` report the same findings for one draft under one
// .gongwenrc.json. Before, the server only added the corpus's documents to the registry, so a
// team's own unit names were "unknown" in the editor and known in CI.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DRAFT_2024, GAZETTE_2022, GAZETTE_2023 } from '../../engine/src/model/fixtures';
import { MODEL, ROOT, TestClient, uriOf } from './harness';

// What the two 临河 issues teach: 市水利局 and 市教育体育局 are units, 市住建局 is an alias, and the
// two renames took effect on 2023-03-01 (the fixture model alone dates one of them 2022-01-01 and
// knows neither unit).
const EXPECTED = [
  '3 doc-number/unknown-code',
  '9 lead-unit/alias 单位名称“市住建局”是非规范简称，应为“市住房城乡建设局”（单位名录中的标准名称）。',
  '11 lead-unit/renamed “市商务投资促进局”自2023年3月1日起不再使用',
  '11 lead-unit/renamed “人民银行临河市中心支行”自2023年3月1日起不再使用',
];

/** `line ruleId`, and for the lead-unit rules the message up to “，本文” (the date the draft is judged by). */
function summary(line: number, rule: string, message: string): string {
  if (!rule.startsWith('lead-unit/')) return `${line} ${rule}`;
  const cut = message.search(/，本文|$/);
  return `${line} ${rule} ${message.slice(0, cut)}`;
}

describe('language server: the configuration corpus, as the CLI trains it', function () {
  this.timeout(60_000);
  let tmp: string;
  let ws: string;
  const savedCacheDir = process.env.GONGWEN_CACHE_DIR;

  before(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gw-lsp-corpus-')));
    ws = path.join(tmp, 'ws');
    fs.mkdirSync(path.join(ws, 'gazettes'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'gazettes', '2022.txt'), GAZETTE_2022);
    fs.writeFileSync(path.join(ws, 'gazettes', '2023.txt'), GAZETTE_2023);
    fs.writeFileSync(path.join(ws, '.gongwenrc.json'), JSON.stringify({ root: true, model: MODEL, corpus: ['gazettes'], ignore: ['gazettes/'] }));
    fs.writeFileSync(path.join(ws, 'draft.gw'), DRAFT_2024);
    process.env.GONGWEN_CACHE_DIR = path.join(tmp, 'cache'); // inherited by the server and the CLI
  });
  after(() => {
    if (savedCacheDir === undefined) delete process.env.GONGWEN_CACHE_DIR;
    else process.env.GONGWEN_CACHE_DIR = savedCacheDir;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function serverFindings(): Promise<{ findings: string[]; logs: string }> {
    const c = await TestClient.start({ workspace: ws, settings: { debounceMs: 20 } });
    try {
      const d = await c.openAndWait(uriOf(path.join(ws, 'draft.gw')), DRAFT_2024);
      return { findings: d.diagnostics.map((x) => summary(x.range.start.line + 1, String(x.code), typeof x.message === 'string' ? x.message : x.message.value)), logs: c.logs.join('') };
    } finally {
      await c.stop();
    }
  }

  it('reports what `gongwen lint --info` reports for the same draft, and what the corpus taught', async () => {
    const { findings, logs } = await serverFindings();
    assert.deepStrictEqual(findings, EXPECTED);
    assert.match(logs, /已将语料 .*gazettes 并入模型（trained，\d+ ms）/);
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'bin/gongwen.js'), 'lint', '--info', '--format', 'json', 'draft.gw'], {
      cwd: ws, encoding: 'utf8', env: { ...process.env, GONGWEN_DAEMON: 'off' },
    });
    const messages = (JSON.parse(cli.stdout) as { messages: { line: number; ruleId: string; message: string }[] }[])[0].messages;
    assert.deepStrictEqual(messages.map((m) => summary(m.line, m.ruleId, m.message)), findings);
  });

  it('trains in a corpus file added while it runs, once the editor reports the change', async () => {
    const ws2 = path.join(tmp, 'ws2');
    fs.mkdirSync(path.join(ws2, 'gazettes'), { recursive: true });
    fs.writeFileSync(path.join(ws2, 'gazettes', '2022.txt'), GAZETTE_2022);
    fs.writeFileSync(path.join(ws2, '.gongwenrc.json'), JSON.stringify({ root: true, model: MODEL, corpus: ['gazettes'], ignore: ['gazettes/'] }));
    const c = await TestClient.start({ workspace: ws2, settings: { debounceMs: 20 } });
    try {
      const uri = uriOf(path.join(ws2, 'draft.gw'));
      const sum = (d: { diagnostics: { range: { start: { line: number } }; code?: unknown; message: unknown }[] }) =>
        d.diagnostics.map((x) => summary(x.range.start.line + 1, String(x.code), String(x.message)));
      const before = sum(await c.openAndWait(uri, DRAFT_2024));
      assert.notDeepStrictEqual(before, EXPECTED); // the 2023 renames are not known yet
      const after = c.waitForDiagnostics(uri, (d) => JSON.stringify(sum(d)) === JSON.stringify(EXPECTED));
      fs.writeFileSync(path.join(ws2, 'gazettes', '2023.txt'), GAZETTE_2023);
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.join(ws2, 'gazettes', '2023.txt')), type: 1 }] });
      await after;
    } finally {
      await c.stop();
    }
  });

  it('lints with the model alone when the corpus cannot be read, and says why', async () => {
    const ws3 = path.join(tmp, 'ws3');
    fs.mkdirSync(ws3);
    fs.writeFileSync(path.join(ws3, '.gongwenrc.json'), JSON.stringify({ root: true, model: MODEL, corpus: ['missing'] }));
    const c = await TestClient.start({ workspace: ws3, settings: { debounceMs: 20 } });
    try {
      const d = await c.openAndWait(uriOf(path.join(ws3, 'draft.gw')), DRAFT_2024);
      // The fixture model alone: its lexicon is 聊城's, which judges no name of 临河's draft (the
      // corpus would have taught 临河's units: the test above).
      assert.deepStrictEqual(d.diagnostics.map((x) => x.code), []);
      assert.match(c.logs.join(''), /missing: 配置中的训练语料无法读取 \/ corpus from the configuration cannot be read: 找不到训练语料/);
    } finally {
      await c.stop();
    }
  });

  it('a second server reads the training the first one kept', async () => {
    const { findings, logs } = await serverFindings();
    assert.deepStrictEqual(findings, EXPECTED);
    assert.match(logs, /已将语料 .*gazettes 并入模型（disk，\d+ ms）/);
  });
});
