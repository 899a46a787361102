// The built server under bad conditions: a rule that throws, malformed requests, documents closed
// while they are being linted, and an untrusted workspace whose settings or .gongwenrc.json point
// outside it. Each time the server must keep serving, log what went wrong, and never act on it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CompletionList, Diagnostic as LspDiagnostic } from 'vscode-languageserver-protocol';
import { lint } from '../../engine/src/lint';
import { loadModel } from '../../engine/src/model/load';
import { CRASH_MARK, CRASH_RULE_ENV } from '../../server/src/features/diagnostics';
import { FIXTURES, MODEL, TestClient, fixture, uriOf } from './harness';
import { corpusFiles } from '../fixtures/corpus';

const NOTICE = fixture('notice.gw');
const CRASHING = 'numbering/marker-form'; // a rule that reports on notice.gw
const model = loadModel(MODEL);

/** What lint() reports, as [rule, start offset] pairs (the published ranges are checked in server.test.ts). */
function expected(text: string, off: string[] = []): [string, number][] {
  const rules = Object.fromEntries(off.map((r) => [r, 'off' as const]));
  return lint(text, { model, rules }).diagnostics.map((d) => [d.ruleId, d.start]);
}

function published(text: string, ds: LspDiagnostic[]): [string, number][] {
  const lines = text.split('\n');
  const offset = (l: number, c: number) => lines.slice(0, l).reduce((n, s) => n + s.length + 1, 0) + c;
  return ds.map((d) => [String(d.code), offset(d.range.start.line, d.range.start.character)]);
}

const errorLines = (c: TestClient) => c.logs.filter((l) => /Error|出错|unhandled/.test(l));

describe('language server robustness', function () {
  this.timeout(60000);
  let client: TestClient;

  before(async () => {
    process.env[CRASH_RULE_ENV] = CRASHING; // inherited by the spawned server only
    try {
      client = await TestClient.start({ settings: { debounceMs: 20 } });
    } finally {
      delete process.env[CRASH_RULE_ENV];
    }
  });
  after(async () => client?.stop());

  it('a rule that throws is disabled for that document only, logged once; the server keeps serving', async () => {
    const crashing = NOTICE + `\n${CRASH_MARK}\n`;
    const a = uriOf(path.join(FIXTURES, 'crash-a.gw'));
    const b = uriOf(path.join(FIXTURES, 'crash-b.gw'));
    assert.ok(expected(crashing).some(([r]) => r === CRASHING), 'the rule must have something to report');

    const pa = await client.openAndWait(a, crashing);
    assert.deepStrictEqual(published(crashing, pa.diagnostics), expected(crashing, [CRASHING]));
    const logged = client.logs.filter((l) => l.includes(`规则 ${CRASHING} 在 ${a} 中出错，已对此文档停用`));
    assert.strictEqual(logged.length, 1, client.logs.join('\n'));
    assert.match(logged[0], /injected crash in numbering\/marker-form/);

    // Another document still gets the rule's findings.
    const pb = await client.openAndWait(b, NOTICE);
    assert.deepStrictEqual(published(NOTICE, pb.diagnostics), expected(NOTICE));

    // Editing the first document: the rule stays off there, not retried, not logged again.
    const v2 = crashing.replace('完善基础设施。', '完善基础设施工作。');
    const next = client.waitForDiagnostics(a, (p) => p.version === 2);
    await client.change(a, v2);
    assert.deepStrictEqual(published(v2, (await next).diagnostics), expected(v2, [CRASHING]));
    assert.strictEqual(client.logs.filter((l) => l.includes(`规则 ${CRASHING}`)).length, 1);

    const status = async (uri: string) => (await client.request<{ disabledRules: string[] }>('gongwen/status', { uri })).disabledRules;
    assert.deepStrictEqual(await status(a), [CRASHING]);
    assert.deepStrictEqual(await status(b), []);
    await client.close(a);
    await client.close(b);
  });

  it('malformed requests and notifications get an answer or are ignored; the server keeps serving', async () => {
    const before = errorLines(client).length;
    const settle = async <T>(p: Promise<T>) => p.then((v) => ({ ok: true as const, v }), (e: { code?: number }) => ({ ok: false as const, code: e.code }));
    // Params missing or of the wrong shape: an error response or an empty answer, never silence.
    for (const params of [{}, null, { textDocument: 'x' }, { textDocument: { uri: 42 }, position: 'here' }]) {
      const r = await settle(client.request('textDocument/hover', params));
      assert.ok(r.ok ? r.v === null : typeof r.code === 'number', JSON.stringify(params));
    }
    // A document the server never saw, and positions far outside a document.
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.gw' }, position: { line: 0, character: 0 } }), null);
    const scratch = uriOf(path.join(FIXTURES, 'robust-scratch.gw'));
    await client.openAndWait(scratch, NOTICE);
    const far = { line: 100000, character: 100000 };
    for (const m of ['textDocument/hover', 'textDocument/completion', 'textDocument/definition']) {
      const r = await settle(client.request(m, { textDocument: { uri: scratch }, position: far }));
      assert.ok(r.ok || typeof r.code === 'number', m);
    }
    assert.ok(Array.isArray(await client.request('textDocument/rangeFormatting', {
      textDocument: { uri: scratch }, range: { start: { line: 5, character: 0 }, end: { line: 0, character: 0 } }, options: { tabSize: 2, insertSpaces: true },
    })));
    // An unknown method: MethodNotFound.
    const unknown = await settle(client.request('gongwen/noSuchMethod', {}));
    assert.deepStrictEqual(unknown, { ok: false, code: -32601 });
    // Notifications about documents that are not open, or without their text.
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.gw', version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///never-opened.gw' } });
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///no-text.gw', languageId: 'gongwen', version: 1 } });
    await client.conn.sendNotification('gongwen/trustChanged', null);
    // The document without text is served as empty, with a logged error naming it (once per lint:
    // the trust notification above re-lints the open documents).
    const empty = await client.waitForDiagnostics('file:///no-text.gw');
    assert.deepStrictEqual(empty.diagnostics, []);
    await new Promise((r) => setTimeout(r, 100));
    const errors = errorLines(client).slice(before).map((l) => l.split('\n')[0]);
    assert.ok(errors.length >= 1, 'logged');
    for (const e of errors) assert.strictEqual(e, "解析 file:///no-text.gw 时出错：TypeError: Cannot read properties of undefined (reading 'length')");
    await client.close('file:///no-text.gw');

    // Still alive and linting.
    const fresh = uriOf(path.join(FIXTURES, 'robust-after.gw'));
    const p = await client.openAndWait(fresh, NOTICE);
    assert.deepStrictEqual(published(NOTICE, p.diagnostics), expected(NOTICE));
    assert.strictEqual(client.proc.exitCode, null);
    await client.close(scratch);
    await client.close(fresh);
  });

  it('documents closed while they are linted are dropped without error and left cleared', async function () {
    const big = corpusFiles().map((f) => ({ f, n: fs.statSync(f).size })).sort((x, y) => y.n - x.n)[0]?.f;
    const text = big ? fs.readFileSync(big, 'utf8') : NOTICE.repeat(200);
    const before = errorLines(client).length;
    const uris = Array.from({ length: 6 }, (_, i) => uriOf(path.join(FIXTURES, `closing-${i}.gw`)));
    const cleared = uris.map((u) => client.waitForDiagnostics(u, (p) => p.version === undefined && p.diagnostics.length === 0, 30000));
    // Open (linted at once, no debounce) and close straight away; edit-then-close for half of them.
    for (const [i, u] of uris.entries()) {
      await client.open(u, text);
      if (i % 2) await client.change(u, text + '\n补充。');
      await client.close(u);
    }
    await Promise.all(cleared);
    await new Promise((r) => setTimeout(r, 300)); // nothing late may arrive for a closed document
    for (const u of uris) assert.deepStrictEqual(client.diagnostics.get(u)?.diagnostics, [], u);
    assert.deepStrictEqual(errorLines(client).slice(before), []);
    const after = uriOf(path.join(FIXTURES, 'closing-after.gw'));
    assert.deepStrictEqual(published(NOTICE, (await client.openAndWait(after, NOTICE)).diagnostics), expected(NOTICE));
    await client.close(after);
  });
});

describe('untrusted workspace: nothing outside it is read', function () {
  this.timeout(60000);
  let tmp: string;
  let ws: string;
  let outModel: string;
  let outCorpus: string;

  before(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-trust-')));
    ws = path.join(tmp, 'workspace');
    const outside = path.join(tmp, 'outside');
    outModel = path.join(outside, 'model.json');
    outCorpus = path.join(outside, 'corpus');
    fs.mkdirSync(ws, { recursive: true });
    fs.mkdirSync(outCorpus, { recursive: true });
    fs.copyFileSync(MODEL, outModel);
    // A corpus document numbered 40: indexed, it moves the next free 聊政办发〔2024〕 number to 41.
    fs.writeFileSync(path.join(outCorpus, 'late.gw'), '聊城市人民政府办公室文件\n\n聊政办发〔2024〕40号\n\n关于外部语料的通知\n\n各县（市、区）人民政府：\n  正文。\n\n聊城市人民政府办公室\n2024年12月1日\n');
    // The workspace's own configuration file points outside the workspace too.
    fs.writeFileSync(path.join(ws, '.gongwenrc.json'), JSON.stringify({ root: true, model: outModel, corpus: [outCorpus] }));
    fs.writeFileSync(path.join(ws, 'draft.gw'), '聊政办发〔2024〕');
  });
  after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  /** The model the server uses, whether the corpus was read, and the next free number it offers. */
  async function probe(trusted: boolean) {
    const c = await TestClient.start({ workspace: ws, trusted, settings: { model: outModel, corpus: [outCorpus], debounceMs: 20 } });
    try {
      const uri = uriOf(path.join(ws, 'draft.gw'));
      await c.openAndWait(uri, '聊政办发〔2024〕');
      const status = await c.request<{ model: string; custom: boolean; trusted: boolean }>('gongwen/status', { uri });
      const list = await c.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 10 } });
      return {
        model: status.model, custom: status.custom, trusted: status.trusted,
        next: list.items.map((i) => i.label),
        mentionsOutside: c.logs.some((l) => l.includes(path.join(tmp, 'outside'))),
      };
    } finally {
      await c.stop();
    }
  }

  it('ignores a model and corpus outside the workspace from settings and .gongwenrc.json', async () => {
    assert.deepStrictEqual(await probe(false), { model: MODEL, custom: false, trusted: false, next: ['26号'], mentionsOutside: false });
  });

  it('(control) the same settings take effect once the workspace is trusted', async () => {
    const r = await probe(true);
    assert.deepStrictEqual([r.model, r.custom, r.trusted, r.next], [outModel, true, true, ['41号']]);
  });
});
