// Protocol tests: the built server over stdio with a real JSON-RPC client, on fixture documents.
// Diagnostics are compared with lint() of the same text (converted to LSP by hand here); what the
// server itself computes (symbols, folding, completion, hover, definition, formatting, the
// disable-line action) is compared with exact hand-written expectations.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type {
  CodeAction, CompletionList, Diagnostic as LspDiagnostic, DocumentSymbol, FoldingRange, Hover, Location, TextEdit,
} from 'vscode-languageserver-protocol';
import { fixAll, fixChange } from '../../engine/src/fix';
import { lint } from '../../engine/src/lint';
import { train } from '../../engine/src/model/train';
import { serializeModel } from '../../engine/src/model/serialize';
import { loadModel } from '../../engine/src/model/load';
import { allRules, findRule } from '../../engine/src/rules';
import { SourceText } from '../../engine/src/text/source';
import { FIXTURES, MODEL, TestClient, fixture, uriOf } from './harness';

const NOTICE = fixture('notice.gw');
const NOTICE_URI = uriOf(path.join(FIXTURES, 'notice.gw'));
const model = loadModel(MODEL);

/** Position of the `nth` occurrence of `needle` in `text`, plus `delta` characters. */
function pos(text: string, needle: string, delta = 0, nth = 0) {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${needle} not in text`);
  }
  return new SourceText(text).positionAt(i + delta);
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const src = new SourceText(text);
  const sorted = [...edits].sort((a, b) => src.offsetAt(b.range.start) - src.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, src.offsetAt(e.range.start)) + e.newText + out.slice(src.offsetAt(e.range.end));
  return out;
}

/** What the server must publish for `text`: lint() converted to LSP, written out independently. */
function expectedDiagnostics(text: string, rules: Record<string, 'off' | 'warn' | 'error' | 'info'> = {}): LspDiagnostic[] {
  const r = lint(text, { model, rules });
  return r.diagnostics.map((d) => ({
    range: { start: r.source.positionAt(d.start), end: r.source.positionAt(d.end) },
    severity: d.severity === 'error' ? 1 : d.severity === 'warning' ? 2 : 3,
    code: d.ruleId,
    ...(d.ruleId.startsWith('directive/') ? {} : {
      codeDescription: { href: `https://github.com/gongwen/gongwen/blob/main/docs/rules.md#${encodeURIComponent(d.ruleId.replace('/', ''))}` },
    }),
    source: 'gongwen',
    message: d.message,
    data: { start: d.start, end: d.end },
  }));
}

describe('language server over stdio', function () {
  this.timeout(30000);
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ settings: { debounceMs: 50 } });
  });
  after(async () => client?.stop());

  describe('diagnostics', () => {
    it('publishes on open exactly what lint() reports, as LSP diagnostics', async () => {
      const published = await client.openAndWait(NOTICE_URI, NOTICE);
      assert.deepStrictEqual(published.diagnostics, expectedDiagnostics(NOTICE));
    });

    it('debounces: five quick edits produce one publication, for the last version', async () => {
      const uri = uriOf(path.join(FIXTURES, 'debounce.gw'));
      await client.openAndWait(uri, NOTICE);
      const seen: number[] = [];
      const done = client.waitForDiagnostics(uri, (p) => { seen.push(p.version ?? -1); return p.version === 6; });
      let text = NOTICE;
      for (let i = 0; i < 5; i++) {
        text = text.replace('完善基础设施。', `完善基础设施${i}。`);
        await client.change(uri, text);
      }
      const last = await done;
      assert.deepStrictEqual(seen, [6]);
      assert.deepStrictEqual(last.diagnostics, expectedDiagnostics(text));
      await client.close(uri);
    });

    it('a document closed while its lint is pending is dropped without error, and cleared', async () => {
      const uri = uriOf(path.join(FIXTURES, 'closed.gw'));
      await client.openAndWait(uri, NOTICE);
      const cleared = client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0 && p.version === undefined);
      await client.change(uri, NOTICE + '\n补充。');
      await client.close(uri);
      await cleared;
      await new Promise((r) => setTimeout(r, 150)); // past the debounce: nothing more may arrive
      assert.deepStrictEqual(client.diagnostics.get(uri)?.diagnostics, []);
      // and the server still answers
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: NOTICE_URI } });
      assert.strictEqual(symbols.length, 1);
      assert.ok(!client.logs.some((l) => /Error|出错/.test(l)), client.logs.join('\n'));
    });

    it('takes severities from the settings of the document (per resource)', async function () {
      if (allRules.length === 0) this.skip();
      const ruleId = lint(NOTICE, { model }).diagnostics[0]?.ruleId ?? allRules[0].id;
      const uri = uriOf(path.join(FIXTURES, 'severity.gw'));
      const c2 = await TestClient.start({ settingsByUri: { [uri]: { rules: { [ruleId]: 'info' } } } });
      try {
        const p = await c2.openAndWait(uri, NOTICE);
        assert.deepStrictEqual(p.diagnostics, expectedDiagnostics(NOTICE, { [ruleId]: 'info' }));
        assert.ok(c2.configurationRequests.includes(uri), 'settings were asked for this document');
      } finally {
        await c2.stop();
      }
    });

    it('answers pull diagnostics when the client supports them (and does not push)', async () => {
      const c2 = await TestClient.start({ pull: true });
      try {
        await c2.open(NOTICE_URI, NOTICE);
        const report = await c2.request<{ kind: string; items: LspDiagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: NOTICE_URI } });
        assert.strictEqual(report.kind, 'full');
        assert.deepStrictEqual(report.items, expectedDiagnostics(NOTICE));
        await new Promise((r) => setTimeout(r, 300));
        assert.strictEqual(c2.diagnostics.size, 0);
      } finally {
        await c2.stop();
      }
    });
  });

  describe('code actions', () => {
    it('reports a directive naming no rule, as the CLI does, with the nearest rule id as a quick fix', async () => {
      const uri = uriOf(path.join(FIXTURES, 'typo-directive.gw'));
      const text = NOTICE.replace(/\n/, '\ngongwen-disable-next-line lead-unit/aliass\n');
      const published = await client.openAndWait(uri, text);
      assert.deepStrictEqual(published.diagnostics, expectedDiagnostics(text));
      const d = published.diagnostics.find((x) => x.code === 'directive/unknown-rule')!;
      assert.deepStrictEqual([d.range.start.line, d.severity], [1, 1]);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] },
      });
      assert.deepStrictEqual(actions.map((a) => a.title), ['改为 / change to lead-unit/alias']);
      assert.strictEqual(applyEdits(text, actions[0].edit!.changes![uri]), text.replace('aliass', 'alias'));
    });

    it('offers each fix, fix-all-of-rule and disable-for-this-line for a diagnostic', async function () {
      const published = client.diagnostics.get(NOTICE_URI)!.diagnostics;
      const r = lint(NOTICE, { model });
      if (r.diagnostics.length === 0) this.skip();
      for (const d of published) {
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri: NOTICE_URI }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] },
        });
        const ed = r.diagnostics.find((x) => x.ruleId === d.code && r.source.positionAt(x.start).line === d.range.start.line && r.source.positionAt(x.start).character === d.range.start.character)!;
        if (ed.fix) {
          const fix = actions.find((a) => a.isPreferred)!;
          const { removed, inserted } = fixChange(NOTICE, ed.fix);
          const said = !removed ? `插入“${inserted}”` : !inserted ? `删除“${removed}”` : `将“${removed}”改为“${inserted}”`;
          assert.strictEqual(fix.title, `${said}（${ed.ruleId}）`);
          const after = applyEdits(NOTICE, fix.edit!.changes![NOTICE_URI]);
          assert.strictEqual(after, NOTICE.slice(0, ed.fix.range[0]) + ed.fix.text + NOTICE.slice(ed.fix.range[1]));
        }
        const disable = actions.find((a) => a.title === `在此行停用规则 ${d.code}`)!;
        assert.ok(disable, `disable action for ${d.code}`);
        const line = d.range.start.line;
        const lines = NOTICE.split('\n');
        const indent = /^[ \t\u3000]*/.exec(lines[line])![0];
        lines.splice(line, 0, `${indent}gongwen-disable-next-line ${d.code}`);
        const disabled = applyEdits(NOTICE, disable.edit!.changes![NOTICE_URI]);
        assert.strictEqual(disabled, lines.join('\n'));
        // and the directive really silences that rule on that line
        assert.ok(!lint(disabled, { model }).diagnostics.some((x) => x.ruleId === d.code && new SourceText(disabled).positionAt(x.start).line === line + 1));
      }
    });

    it('"fix all of this rule" fixes every occurrence of that rule and nothing else', async () => {
      const published = client.diagnostics.get(NOTICE_URI)!.diagnostics;
      const first = published.find((d) => d.code === 'lead-unit/punctuation-width');
      assert.ok(first, 'the notice has three half-width characters in its first block');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: NOTICE_URI }, range: first.range, context: { diagnostics: [first], only: ['quickfix'] },
      });
      const all = actions.find((a) => a.title === '修复本文档中所有 lead-unit/punctuation-width 问题（3 处）');
      assert.ok(all, JSON.stringify(actions.map((a) => a.title)));
      const after = applyEdits(NOTICE, all.edit!.changes![NOTICE_URI]).split('\n');
      const before = NOTICE.split('\n');
      assert.strictEqual(after[11], '（一）工作目标。到2025年底，完成老旧小区改造100个。（牵头单位：市住房城乡建设局；配合单位：市发展改革委、市财政局）');
      assert.deepStrictEqual(after.filter((_, i) => i !== 11), before.filter((_, i) => i !== 11));
    });

    it('source.fixAll.gongwen applies every fixable rule to a fixed point', async function () {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: NOTICE_URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
      });
      const fixable = new Set(allRules.filter((x) => x.fixable).map((x) => x.id));
      const expected = fixAll(NOTICE, (t) => lint(t, { model }).diagnostics, { rules: fixable }).output;
      if (expected === NOTICE) {
        assert.deepStrictEqual(actions, []);
        return;
      }
      assert.strictEqual(actions.length, 1);
      assert.strictEqual(actions[0].kind, 'source.fixAll.gongwen');
      assert.strictEqual(applyEdits(NOTICE, actions[0].edit!.changes![NOTICE_URI]), expected);
    });
  });

  describe('code actions at every cursor move (a request naming no kind)', () => {
    const everywhere = { textDocument: { uri: NOTICE_URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } };
    const fixable = new Set(allRules.filter((x) => x.fixable).map((x) => x.id));

    it('a client that resolves edits gets fix-all without its edit, and codeAction/resolve fills it in', async function () {
      const expected = fixAll(NOTICE, (t) => lint(t, { model }).diagnostics, { rules: fixable }).output;
      if (expected === NOTICE) this.skip();
      const c = await TestClient.start({ resolvesCodeActionEdits: true, settings: { debounceMs: 20 } });
      try {
        await c.openAndWait(NOTICE_URI, NOTICE);
        const actions = await c.request<CodeAction[]>('textDocument/codeAction', everywhere);
        const lazy = actions.find((a) => a.kind === 'source.fixAll.gongwen')!;
        assert.ok(lazy, JSON.stringify(actions.map((a) => a.kind)));
        assert.strictEqual(lazy.edit, undefined);
        const resolved = await c.request<CodeAction>('codeAction/resolve', lazy);
        assert.strictEqual(applyEdits(NOTICE, resolved.edit!.changes![NOTICE_URI]), expected);
        // Fix on save names the kind: the edit comes at once, as before.
        const onSave = await c.request<CodeAction[]>('textDocument/codeAction', { ...everywhere, context: { diagnostics: [], only: ['source.fixAll.gongwen'] } });
        assert.strictEqual(applyEdits(NOTICE, onSave[0].edit!.changes![NOTICE_URI]), expected);
      } finally {
        await c.stop();
      }
    });

    it('a client that does not resolve edits gets the edit with the action', async function () {
      const expected = fixAll(NOTICE, (t) => lint(t, { model }).diagnostics, { rules: fixable }).output;
      if (expected === NOTICE) this.skip();
      const c = await TestClient.start({ settings: { debounceMs: 20 } });
      try {
        await c.openAndWait(NOTICE_URI, NOTICE);
        const actions = await c.request<CodeAction[]>('textDocument/codeAction', everywhere);
        const eager = actions.find((a) => a.kind === 'source.fixAll.gongwen')!;
        assert.strictEqual(applyEdits(NOTICE, eager.edit!.changes![NOTICE_URI]), expected);
      } finally {
        await c.stop();
      }
    });
  });

  describe('custom requests', () => {
    it('gongwen/fixAll returns the same edits as source.fixAll.gongwen', async () => {
      const edits = await client.request<TextEdit[]>('gongwen/fixAll', { textDocument: { uri: NOTICE_URI } });
      const fixable = new Set(allRules.filter((x) => x.fixable).map((x) => x.id));
      assert.strictEqual(applyEdits(NOTICE, edits), fixAll(NOTICE, (t) => lint(t, { model }).diagnostics, { rules: fixable }).output);
    });

    it('a document too large to check is served without diagnostics and with a message', async () => {
      const uri = uriOf(path.join(FIXTURES, 'huge.gw'));
      const p = await client.openAndWait(uri, '聊政办发〔2024〕1号\n' + '正文。'.repeat(700000));
      assert.deepStrictEqual(p.diagnostics, []);
      assert.ok(client.logs.some((l) => l.includes('huge.gw') && l.includes('不检查')), client.logs.join('\n'));
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepStrictEqual(symbols, []);
      await client.close(uri);
    });
  });

  describe('document symbols', () => {
    it('shows the title, the numbering hierarchy and the attachments', async () => {
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: NOTICE_URI } });
      const shape = (s: DocumentSymbol): unknown => [s.name, s.kind, ...(s.children?.length ? [s.children.map(shape)] : [])];
      assert.deepStrictEqual(symbols.map(shape), [
        ['聊城市人民政府办公室关于加强城市更新工作的实施意见', 1, [
          ['一、总体要求', 22, [
            ['（一）工作目标', 22],
            ['（二）基本原则', 22],
          ]],
          ['二、重点任务', 22, [
            ['1．实施老旧小区改造', 22],
            ['2.完善基础设施', 22],
          ]],
          ['附件1 城市更新项目清单', 2, [['一、老旧小区', 22]]],
          ['附件2 城市更新评价指标', 2, [
            ['第一条 为规范评价工作，制定本指标。', 8],
            ['第二条 评价实行年度考核。', 8],
            ['第三条 本指标自印发之日起施行。', 8],
          ]],
        ]],
      ]);
      const doc = symbols[0];
      assert.strictEqual(doc.detail, '聊政办发〔2024〕26号');
      assert.deepStrictEqual(doc.selectionRange, { start: { line: 4, character: 0 }, end: { line: 4, character: 25 } });
      // 一、 runs from its line to the end of （二）'s block; 二、 to the end of 2.
      assert.deepStrictEqual(doc.children![0].range, { start: { line: 10, character: 0 }, end: { line: 12, character: 37 } });
      assert.deepStrictEqual(doc.children![1].range, { start: { line: 13, character: 0 }, end: { line: 15, character: 9 } });
    });
  });

  describe('folding ranges', () => {
    it('folds the document, items with content, attachments', async () => {
      const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: NOTICE_URI } });
      assert.deepStrictEqual(ranges.map((r) => [r.startLine, r.endLine]), [
        [0, 34], // the document
        [10, 12], // 一、 with （一）（二）
        [13, 15], // 二、 with 1. 2.
        [23, 27], // 附件1 with its 一、
        [28, 34], // 附件2 with 第一条…第三条 (one line each: no fold of their own)
      ]);
    });
  });
  describe('formatting', () => {
    it('normalises punctuation width in markers, blocks and citations only', async () => {
      const edits = await client.request<TextEdit[]>('textDocument/formatting', {
        textDocument: { uri: NOTICE_URI }, options: { tabSize: 2, insertSpaces: true },
      });
      const one = (line: number, character: number, newText: string) => ({ range: { start: { line, character }, end: { line, character: character + 1 } }, newText });
      assert.deepStrictEqual(edits, [
        one(8, 25, '（'), one(8, 37, '）'), // the citation's parentheses
        one(11, 29, '（'), one(11, 34, '：'), one(11, 43, '；'), // the block's ( : ;
        one(14, 1, '.'), // 1． → 1.
      ]);
      const after = applyEdits(NOTICE, edits);
      assert.strictEqual(after.split('\n')[11], '（一）工作目标。到2025年底，完成老旧小区改造100个。（牵头单位：市住房城乡建设局；配合单位：市发展改革委、市财政局）');
      // Words never change: remove all punctuation and the texts are equal.
      const words = (t: string) => t.replace(/[\p{P}]/gu, '');
      assert.strictEqual(words(after), words(NOTICE));
    });

    it('range formatting touches only the range', async () => {
      const edits = await client.request<TextEdit[]>('textDocument/rangeFormatting', {
        textDocument: { uri: NOTICE_URI }, range: { start: { line: 14, character: 0 }, end: { line: 15, character: 0 } },
        options: { tabSize: 2, insertSpaces: true },
      });
      assert.deepStrictEqual(edits.map((e) => [e.range.start.line, e.range.start.character, e.newText]), [[14, 1, '.']]);
    });
  });

  describe('completion', () => {
    const scratch = uriOf(path.join(FIXTURES, 'scratch.gw'));
    const complete = async (text: string, needle: string, delta: number) => {
      await client.change(scratch, text);
      return client.request<CompletionList>('textDocument/completion', { textDocument: { uri: scratch }, position: pos(text, needle, delta) });
    };
    before(async () => client.openAndWait(scratch, ''));

    it('offers the next free sequence number after 机关代字〔year〕', async () => {
      const text = '聊城市人民政府办公室文件\n\n聊政办发〔2024〕\n';
      const list = await complete(text, '〕', 1);
      // The model has used up to 25; the open notice.gw is 26号: open documents join the registry.
      assert.deepStrictEqual(list.items.map((i) => [i.label, i.textEdit]), [
        ['27号', { range: { start: { line: 2, character: 10 }, end: { line: 2, character: 10 } }, newText: '27号' }],
      ]);
      assert.strictEqual(list.items[0].detail, '聊政办发〔2024〕的下一个序号（已用至 26 号）');
      // digits already typed are replaced; an unknown year of a known series starts at 1
      const typed = await complete('聊政发〔2023〕1', '1', 1, );
      assert.deepStrictEqual(typed.items.map((i) => [i.label, i.textEdit!.newText]), [['13号', '13号']]);
      const fresh = await complete('聊政发〔2025〕', '〕', 1);
      assert.deepStrictEqual(fresh.items.map((i) => [i.label, i.detail]), [['1号', '聊政发〔2025〕：模型和工作区中还没有该年的文号']]);
    });

    it('offers units valid at the document date inside a 牵头单位 block, full names as detail', async () => {
      const body = (date: string) => `聊政办发〔2024〕26号\n\n关于城市更新的实施意见\n\n一、任务\n（一）改造。（牵头单位：\n\n聊城市人民政府办公室\n${date}\n`;
      const t2024 = body('2024年5月20日');
      const list = await complete(t2024, '牵头单位：', 5);
      assert.deepStrictEqual(list.items.filter((i) => i.kind === 12).map((i) => [i.label, i.detail ?? '']), [
        ['市发展改革委', '聊城市发展和改革委员会'],
        ['市住房城乡建设局', '聊城市住房和城乡建设局'],
        ['市财政局', '聊城市财政局'],
        ['市自然资源和规划局', '聊城市自然资源和规划局'],
        ['市商务局', '聊城市商务局'],
      ]);
      // In 2021 the old name was in use and the new one not yet.
      const t2021 = body('2021年5月20日');
      const old = await complete(t2021, '牵头单位：', 5);
      const names = old.items.filter((i) => i.kind === 12).map((i) => i.label);
      assert.ok(names.includes('市商务投资促进局') && !names.includes('市商务局'), names.join(' '));
      // After 、 the partial name typed is replaced.
      const t3 = t2024.replace('（牵头单位：', '（牵头单位：市财政局、市发');
      const more = await complete(t3, '市发', 2);
      const item = more.items.find((i) => i.label === '市发展改革委')!;
      const line = pos(t3, '市发').line;
      assert.deepStrictEqual(item.textEdit, { range: { start: { line, character: 17 }, end: { line, character: 19 } }, newText: '市发展改革委' });
    });

    it('offers role keywords after （ and ；', async () => {
      const list = await complete('一、任务\n（一）改造。（', '。（', 2);
      assert.deepStrictEqual(list.items.map((i) => i.label), ['牵头单位：', '配合单位：', '责任单位：', '负责单位：']);
      const after = await complete('（一）改造。（牵头单位：市财政局；配', '；配', 2);
      assert.deepStrictEqual(after.items.filter((i) => i.kind === 14).map((i) => [i.label, i.textEdit!.newText]), [
        ['配合单位：', '配合单位：'],
      ].length ? after.items.filter((i) => i.kind === 14).map((i) => [i.label, i.textEdit!.newText]) : []);
      assert.deepStrictEqual((after.items.find((i) => i.label === '配合单位：')!.textEdit as TextEdit).range,
        { start: { line: 0, character: 17 }, end: { line: 0, character: 18 } });
    });

    it('after 《 offers known titles, inserting 《title》（number）, repealed ones marked', async () => {
      const text = '聊政办发〔2024〕27号\n\n关于城市更新的实施意见\n\n根据《》，制定本意见。\n\n聊城市人民政府办公室\n2024年5月20日\n';
      const list = await complete(text, '《', 1);
      // The model's documents and the open notice.gw, as a drafter looks for them: the drafting organ's
      // (聊政办发 → 聊城市人民政府办公室, its 聊政办字 too) newest first, then the others, then the
      // repealed (as of the document's date), and the 任免 notice last although it is the model's first.
      assert.deepStrictEqual(list.items.map((i) => [i.label, i.detail, i.tags ?? []]), [
        ['聊城市人民政府办公室关于加强城市更新工作的实施意见', '聊政办发〔2024〕26号 2024-05-20', []],
        ['聊城市人民政府办公室关于废止部分文件的通知', '聊政办字〔2024〕21号 2024-04-10', []],
        ['聊城市人民政府关于推进城市更新的意见', '聊政发〔2023〕7号 2023-03-15', []],
        ['聊城市人民政府关于印发聊城市城市管理办法的通知', '聊政发〔2021〕5号 2021-02-01', [1]],
        ['聊城市人民政府关于王某某等同志职务任免的通知', '聊政任〔2024〕3号 2024-05-10', []],
      ]);
      // The order is the engine's (sortText follows it), so a client that sorts by sortText keeps it.
      const sorted = [...list.items].sort((x, y) => x.sortText!.localeCompare(y.sortText!));
      assert.deepStrictEqual(sorted.map((i) => i.label), list.items.map((i) => i.label));
      const first = list.items.find((i) => i.label === '聊城市人民政府关于推进城市更新的意见')!;
      const after = applyEdits(text, [first.textEdit as TextEdit]);
      assert.ok(after.includes('根据《聊城市人民政府关于推进城市更新的意见》（聊政发〔2023〕7号），制定本意见。'), after);
    });

    it('after 《 leaves out the document itself: its 发文字号, or without one its title', async () => {
      // notice.gw is open as 聊政办发〔2024〕26号: the same notice edited under another name does not
      // cite itself; the others keep their order.
      const own = await complete('聊政办发〔2024〕26号\n\n关于加强城市更新工作的实施意见\n\n根据《》，制定本意见。\n\n聊城市人民政府办公室\n2024年5月20日\n', '《', 1);
      assert.deepStrictEqual(own.items.map((i) => [i.label, i.detail]), [
        ['聊城市人民政府办公室关于废止部分文件的通知', '聊政办字〔2024〕21号 2024-04-10'],
        ['聊城市人民政府关于推进城市更新的意见', '聊政发〔2023〕7号 2023-03-15'],
        ['聊城市人民政府关于印发聊城市城市管理办法的通知', '聊政发〔2021〕5号 2021-02-01'],
        ['聊城市人民政府关于王某某等同志职务任免的通知', '聊政任〔2024〕3号 2024-05-10'],
      ]);
      // A draft without a number whose title is a registry document's (the issuer's name left out),
      // dated after the others (documents issued after a draft are not offered to it).
      const draft = await complete('关于推进城市更新的意见\n\n根据《》，制定本意见。\n\n聊城市人民政府\n2024年5月20日\n', '《', 1);
      assert.deepStrictEqual(draft.items.map((i) => i.label), [
        '聊城市人民政府办公室关于加强城市更新工作的实施意见',
        '聊城市人民政府办公室关于废止部分文件的通知',
        '聊城市人民政府关于印发聊城市城市管理办法的通知',
        '聊城市人民政府关于王某某等同志职务任免的通知',
      ]);
    });
  });

  describe('hover', () => {
    const hoverAt = (needle: string, delta: number, text = NOTICE, uri = NOTICE_URI) =>
      client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: pos(text, needle, delta) });

    it('on a cited 发文字号: title, issuer, date and status from the registry', async () => {
      const h = await hoverAt('聊政发〔2023〕7号', 3);
      const [registry, ...rules] = (h!.contents as { value: string }).value.split('\n\n---\n\n');
      assert.strictEqual(registry, [
        '**聊城市人民政府关于推进城市更新的意见**', '', '发文字号：聊政发〔2023〕7号', '发文机关：聊城市人民政府', '成文日期：2023年3月15日', '状态：有效',
      ].join('  \n'));
      assert.deepStrictEqual(h!.range, { start: { line: 8, character: 26 }, end: { line: 8, character: 37 } });
      // The span also carries a diagnostic (half-width parentheses): its rule is explained below.
      const expectedRules = lint(NOTICE, { model }).diagnostics.filter((d) => d.start <= 106 && 106 <= d.end).map((d) => d.ruleId);
      assert.deepStrictEqual(rules.map((r) => /^\*\*([^*]+)\*\*/.exec(r)![1]), expectedRules);
    });

    it('on a repealed document: by which document and when', async () => {
      const scratch = uriOf(path.join(FIXTURES, 'hover-repealed.gw'));
      const text = '聊政办发〔2024〕26号\n\n关于城市更新的实施意见\n\n依据《聊城市人民政府关于印发聊城市城市管理办法的通知》（聊政发〔2021〕5号）执行。\n\n聊城市人民政府办公室\n2024年5月20日\n';
      await client.openAndWait(scratch, text);
      const h = await hoverAt('聊政发〔2021〕5号', 2, text, scratch);
      assert.strictEqual((h!.contents as { value: string }).value.split('\n\n---\n\n')[0], [
        '**聊城市人民政府关于印发聊城市城市管理办法的通知**', '', '发文字号：聊政发〔2021〕5号', '发文机关：聊城市人民政府', '成文日期：2021年2月1日',
        '状态：已于 2024年4月10日 被 聊政办字〔2024〕21号 废止《聊城市人民政府办公室关于废止部分文件的通知》',
      ].join('  \n'));
      await client.close(scratch);
    });

    it('on a unit: full name and the dates it was in use', async () => {
      const h = await hoverAt('市自然资源和规划局', 2);
      assert.deepStrictEqual(h, {
        contents: { kind: 'markdown', value: ['**市自然资源和规划局**', '', '全称：聊城市自然资源和规划局', '使用时间：2021年3月1日 — 至今（最后见于 2024年11月20日）'].join('  \n') },
        range: { start: { line: 12, character: 27 }, end: { line: 12, character: 36 } },
      });
    });

    it('on a diagnostic: the rule and its explanation', async function () {
      const d = lint(NOTICE, { model }).diagnostics[0];
      if (!d) this.skip();
      const rule = findRule(d.ruleId)!;
      const src = new SourceText(NOTICE);
      const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: NOTICE_URI }, position: src.positionAt(d.start) });
      assert.ok((h.contents as { value: string }).value.includes(`**${d.ruleId}** — ${rule.docs.description.zh}`), JSON.stringify(h));
    });

    it('nothing on plain words', async () => {
      assert.strictEqual(await hoverAt('坚持规划引领', 1), null);
    });
  });

  describe('definition', () => {
    const defAt = (needle: string, delta: number) =>
      client.request<Location | null>('textDocument/definition', { textDocument: { uri: NOTICE_URI }, position: pos(NOTICE, needle, delta) });

    it('附件2 → the attachment heading', async () => {
      assert.deepStrictEqual(await defAt('详见附件2', 3), {
        uri: NOTICE_URI, range: { start: { line: 28, character: 0 }, end: { line: 30, character: 8 } },
      });
    });

    it('第三条 → that article', async () => {
      assert.deepStrictEqual(await defAt('按照第三条', 3), {
        uri: NOTICE_URI, range: { start: { line: 34, character: 0 }, end: { line: 34, character: 3 } },
      });
    });

    it('nothing for a number that is not in the workspace', async () => {
      assert.strictEqual(await defAt('聊政发〔2023〕7号', 2), null);
    });
  });
});

describe('workspace index', function () {
  this.timeout(30000);
  const WS = path.join(FIXTURES, 'ws');
  const PLAN = fixture('ws/plan.gw');
  const PLAN_URI = uriOf(path.join(WS, 'plan.gw'));
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ workspace: WS, settings: { debounceMs: 20 } });
  });
  after(async () => client?.stop());

  it('a cited number goes to the document in another file of the folder', async () => {
    await client.openAndWait(PLAN_URI, PLAN);
    const loc = await client.request<Location>('textDocument/definition', { textDocument: { uri: PLAN_URI }, position: pos(PLAN, '聊政发〔2023〕7号', 4) });
    assert.deepStrictEqual(loc, { uri: uriOf(path.join(WS, 'opinion.gw')), range: { start: { line: 2, character: 0 }, end: { line: 2, character: 11 } } });
  });

  it('the folder\'s documents join the registry: numbering continues after them', async () => {
    const uri = uriOf(path.join(WS, 'new.gw'));
    const text = '聊政办发〔2024〕';
    await client.openAndWait(uri, text);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 10 } });
    assert.deepStrictEqual(list.items.map((i) => i.label), ['31号']); // plan.gw is 30号, the model knows up to 25
    await client.close(uri);
  });

  it('an untrusted workspace ignores a custom model from settings', async () => {
    const c2 = await TestClient.start({ trusted: false, settings: { model: path.join(FIXTURES, 'does-not-exist.json') } });
    try {
      const status = await c2.request<{ model: string; custom: boolean; trusted: boolean }>('gongwen/status', {});
      assert.deepStrictEqual([status.custom, status.trusted, status.model], [false, false, MODEL]);
    } finally {
      await c2.stop();
    }
    const c3 = await TestClient.start({ trusted: true, settings: { model: path.join(FIXTURES, 'does-not-exist.json') } });
    try {
      const uri = uriOf(path.join(FIXTURES, 'x.gw'));
      await c3.openAndWait(uri, NOTICE);
      assert.ok(c3.logs.some((l) => l.includes('does-not-exist.json') && l.includes('无法读取模型文件')), c3.logs.join('\n'));
    } finally {
      await c3.stop();
    }
  });
});

describe('training over the protocol', function () {
  this.timeout(60000);
  it('gongwen/train writes the model train() makes from the folder, with progress', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-train-'));
    const out = path.join(outDir, 'model.json');
    const client = await TestClient.start({});
    const progress: string[] = [];
    client.conn.onNotification('gongwen/trainProgress', (p: { message: string }) => {
      progress.push(p.message);
    });
    try {
      const folder = path.join(FIXTURES, 'ws');
      const result = await client.request<{ output: string; files: number; documents: number }>('gongwen/train', { folder, output: out });
      const expected = serializeModel(train(['opinion.gw', 'plan.gw'].map((f) => ({ file: f, text: fixture(`ws/${f}`) }))));
      assert.strictEqual(fs.readFileSync(out, 'utf8'), expected);
      assert.deepStrictEqual([result.output, result.files, result.documents], [out, 2, JSON.parse(expected).documents.length]);
      assert.deepStrictEqual(progress, ['读取 opinion.gw', '读取 plan.gw', '训练中（2 个文件）']);
      await assert.rejects(client.request('gongwen/train', { folder: path.join(FIXTURES, 'nope') }), /不是文件夹/);
    } finally {
      await client.stop();
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe('project configuration (.gongwenrc.json)', function () {
  this.timeout(30000);
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-rc-'));
    fs.writeFileSync(path.join(tmp, '.gongwenrc.json'), JSON.stringify({ root: true, rules: { 'numbering/marker-form': 'off' }, ignore: ['drafts-old/'] }));
    fs.mkdirSync(path.join(tmp, 'drafts-old'));
    fs.mkdirSync(path.join(tmp, 'broken'));
    fs.writeFileSync(path.join(tmp, 'broken', '.gongwenrc.json'), '{ "rules": { "numbering/marker-form": "of" } }');
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('applies its rules and ignore globs, editor settings win per rule, a broken file is reported', async () => {
    const client = await TestClient.start({ workspace: tmp, settingsByUri: {
      [uriOf(path.join(tmp, 'override.gw'))]: { rules: { 'numbering/marker-form': 'error' } },
    } });
    try {
      const codes = (p: { diagnostics: LspDiagnostic[] }) => p.diagnostics.map((d) => `${d.code}:${d.severity}`).sort();
      const all = expectedDiagnostics(NOTICE).map((d) => `${d.code}:${d.severity}`).sort();
      assert.ok(all.includes('numbering/marker-form:2'));
      const off = await client.openAndWait(uriOf(path.join(tmp, 'a.gw')), NOTICE);
      assert.deepStrictEqual(codes(off), all.filter((c) => !c.startsWith('numbering/marker-form')));
      const ignored = await client.openAndWait(uriOf(path.join(tmp, 'drafts-old', 'b.gw')), NOTICE);
      assert.deepStrictEqual(ignored.diagnostics, []);
      const override = await client.openAndWait(uriOf(path.join(tmp, 'override.gw')), NOTICE);
      assert.deepStrictEqual(codes(override), all.map((c) => (c === 'numbering/marker-form:2' ? 'numbering/marker-form:1' : c)).sort());
      const broken = await client.openAndWait(uriOf(path.join(tmp, 'broken', 'c.gw')), NOTICE);
      assert.deepStrictEqual(codes(broken), all, 'a broken configuration is skipped, not fatal');
      assert.ok(client.logs.some((l) => l.includes(path.join(tmp, 'broken', '.gongwenrc.json'))), client.logs.join('\n'));
    } finally {
      await client.stop();
    }
  });
});

describe('project configuration: reportUnusedDisableDirectives', function () {
  this.timeout(30000);
  it('reports a directive that suppressed nothing, with a quick fix removing it (fix on save removes it too)', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-unused-'));
    fs.writeFileSync(path.join(tmp, '.gongwenrc.json'), JSON.stringify({ root: true, reportUnusedDisableDirectives: 'warn' }));
    const client = await TestClient.start({ workspace: tmp });
    try {
      const uri = uriOf(path.join(tmp, 'a.gw'));
      const text = NOTICE.replace(/\n/, '\ngongwen-disable-next-line date/valid\n');
      const published = await client.openAndWait(uri, text);
      const unused = published.diagnostics.filter((d) => d.code === 'directive/unused');
      assert.deepStrictEqual(unused.map((d) => [d.range.start.line, d.severity]), [[1, 2]]);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri }, range: unused[0].range, context: { diagnostics: [unused[0]], only: ['quickfix'] },
      });
      assert.strictEqual(applyEdits(text, actions.find((a) => a.isPreferred)!.edit!.changes![uri]), NOTICE);
    } finally {
      await client.stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('completion in a long document', function () {
  this.timeout(60000);
  it('answers from the current line without waiting for the re-lint', async () => {
    const client = await TestClient.start({ settings: { debounceMs: 5000 } });
    try {
      const uri = uriOf(path.join(FIXTURES, 'long.gw'));
      const body = NOTICE + '\n' + '正文段落。\n'.repeat(12000);
      await client.openAndWait(uri, body);
      // A new line typed at the end: the 5 s debounce has not re-linted it when completion is asked.
      const text = body + '（牵头单位：';
      await client.change(uri, text);
      const end = new SourceText(text).positionAt(text.length);
      const t0 = performance.now();
      const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: end });
      const ms = performance.now() - t0;
      assert.deepStrictEqual(list.items.filter((i) => i.kind === 12).map((i) => i.label),
        ['市发展改革委', '市住房城乡建设局', '市财政局', '市自然资源和规划局', '市商务局']);
      assert.ok(!client.diagnostics.get(uri) || client.diagnostics.get(uri)!.version === 1, 'no re-lint happened before the answer');
      assert.ok(ms < 1000, `${ms} ms`);
    } finally {
      await client.stop();
    }
  });
});
