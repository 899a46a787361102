// The extension in a real VS Code: activation, the Problems panel's diagnostics, a quick fix,
// completion inside a 牵头单位 block and the outline, on test/e2e/workspace/sample.gw with the
// workspace's model (gongwen.model = model.json in .vscode/settings.json).
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { lint } from '../../../engine/src/lint';
import { loadModel } from '../../../engine/src/model/load';
import { fixAll } from '../../../engine/src/fix';
import { allRules } from '../../../engine/src/rules';

const folder = () => vscode.workspace.workspaceFolders![0].uri;

async function waitFor<T>(what: string, get: () => T | undefined | false, timeoutMs = 30000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('Gongwen extension in VS Code', () => {
  let doc: vscode.TextDocument;
  let original: string;
  const uri = () => vscode.Uri.joinPath(folder(), 'sample.gw');

  before(async () => {
    doc = await vscode.workspace.openTextDocument(uri());
    await vscode.window.showTextDocument(doc);
    original = doc.getText();
  });

  it('activates on a .gw file, which gets the gongwen language', async () => {
    assert.strictEqual(doc.languageId, 'gongwen');
    const ext = vscode.extensions.getExtension('gongwen.gongwen');
    assert.ok(ext, 'extension gongwen.gongwen is installed');
    await waitFor('activation', () => ext!.isActive);
  });

  it('the Problems panel gets exactly the diagnostics lint() finds', async () => {
    const model = loadModel(path.join(folder().fsPath, 'model.json'));
    const expected = lint(original, { model }).diagnostics;
    assert.ok(expected.some((d) => d.ruleId === 'numbering/marker-form'), 'the sample has a full-width 1．');
    const got = await waitFor('diagnostics', () => {
      const ds = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'gongwen');
      return ds.length === expected.length && ds;
    });
    const sev = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information };
    const shape = (d: vscode.Diagnostic) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character,
      typeof d.code === 'object' ? d.code.value : d.code, d.severity, d.message];
    assert.deepStrictEqual(got.map(shape).sort(), expected.map((d) => {
      const s = doc.positionAt(d.start);
      const e = doc.positionAt(d.end);
      return [s.line, s.character, e.line, e.character, d.ruleId, sev[d.severity], d.message];
    }).sort());
    const marker = got.find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'numbering/marker-form')!;
    assert.deepStrictEqual([marker.range.start.line, marker.range.start.character], [14, 0]);
    assert.ok(typeof marker.code === 'object' && String(marker.code.target).includes('docs/rules.md#numberingmarker-form'));
  });

  it('completion inside a 牵头单位 block offers the units valid at the document date', async () => {
    const line = 12; // （二）… （牵头单位：市自然资源和规划局）
    const character = doc.lineAt(line).text.indexOf('牵头单位：') + 5;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, character));
    const units = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Value).map((i) => [labelOf(i), i.detail]);
    assert.deepStrictEqual(units, [
      ['市发展改革委', '聊城市发展和改革委员会'],
      ['市住房城乡建设局', '聊城市住房和城乡建设局'],
      ['市财政局', '聊城市财政局'],
      ['市自然资源和规划局', '聊城市自然资源和规划局'],
      ['市商务局', '聊城市商务局'],
    ]);
  });

  it('a role keyword offered where a block opens asks for the units again once accepted', async () => {
    const line = 12; // （二）基本原则。…。（牵头单位：市自然资源和规划局）
    const character = doc.lineAt(line).text.indexOf('。（牵头单位') + 2;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, character));
    const roles = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Keyword);
    assert.deepStrictEqual(roles.map((i) => [labelOf(i), i.command?.command]), [
      ['牵头单位：', 'editor.action.triggerSuggest'],
      ['配合单位：', 'editor.action.triggerSuggest'],
      ['责任单位：', 'editor.action.triggerSuggest'],
      ['负责单位：', 'editor.action.triggerSuggest'],
    ]);
  });

  it('part of a unit name typed in a 牵头单位 block (财政) and the suggestion accepted: the standard name is written', async () => {
    // What VS Code's own filter keeps: it wants the first typed character at a word start, which a
    // Chinese name has only at its beginning (the server's filter text begins with what is typed).
    const draft = await vscode.workspace.openTextDocument({ language: 'gongwen', content: '聊城市人民政府办公室关于推进城市更新的实施意见\n\n一、重点任务\n\n（一）推进改造。（牵头单位：）\n\n聊城市人民政府办公室\n2024年5月20日\n' });
    const editor = await vscode.window.showTextDocument(draft);
    try {
      const at = draft.lineAt(4).text.indexOf('：') + 1;
      editor.selection = new vscode.Selection(4, at, 4, at);
      await vscode.commands.executeCommand('type', { text: '财政' });
      const t0 = Date.now();
      while (draft.lineAt(4).text === '（一）推进改造。（牵头单位：财政）' && Date.now() - t0 < 15000) {
        await vscode.commands.executeCommand('editor.action.triggerSuggest');
        await new Promise((r) => setTimeout(r, 700));
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
      }
      assert.strictEqual(draft.lineAt(4).text, '（一）推进改造。（牵头单位：市财政局）');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.window.showTextDocument(doc);
    }
  });

  it('the outline shows the hierarchy', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const shape = (s: vscode.DocumentSymbol): unknown => [s.name, ...(s.children.length ? [s.children.map(shape)] : [])];
    assert.deepStrictEqual(symbols.map(shape), [
      ['聊城市人民政府办公室关于加强城市更新工作的实施意见', [
        ['一、总体要求', [
          ['（一）工作目标'],
          ['（二）基本原则'],
        ]],
        ['二、重点任务', [
          ['1．实施老旧小区改造'],
          ['2.完善基础设施'],
        ]],
        ['附件1 城市更新项目清单', [['一、老旧小区']]],
        ['附件2 城市更新评价指标', [['第一条 为规范评价工作，制定本指标。'], ['第二条 评价实行年度考核。'], ['第三条 本指标自印发之日起施行。']]],
      ]],
    ]);
  });

  it('applying the quick fix changes 1． to 1.', async () => {
    const marker = vscode.languages.getDiagnostics(doc.uri).find((d) => typeof d.code === 'object' && d.code.value === 'numbering/marker-form')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, marker.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, JSON.stringify(actions.map((a) => [a.title, a.isPreferred, !!a.edit])));
    // Titled by the change it makes, in the UI's language.
    assert.ok(['Replace “．” with “.” (numbering/marker-form)', '将“．”改为“.”（numbering/marker-form）'].includes(fix!.title), fix!.title);
    assert.ok(await vscode.workspace.applyEdit(fix!.edit!));
    assert.strictEqual(doc.lineAt(14).text, '1.实施老旧小区改造。按照第三条的规定执行。（责任单位：市住房城乡建设局，各县（市、区）人民政府）');
    // the diagnostic goes away once the server re-checks
    await waitFor('the fixed diagnostic to disappear', () =>
      !vscode.languages.getDiagnostics(doc.uri).some((d) => typeof d.code === 'object' && d.code.value === 'numbering/marker-form'));
  });

  it('the commands are registered and "fix all" applies every auto-fixable fix', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['gongwen.fixAll', 'gongwen.trainModel', 'gongwen.selectModel', 'gongwen.openRuleReference', 'gongwen.showOutput']) {
      assert.ok(commands.includes(c), c);
    }
    const model = loadModel(path.join(folder().fsPath, 'model.json'));
    const fixable = new Set(allRules.filter((r) => r.fixable).map((r) => r.id));
    const before = doc.getText();
    const expected = fixAll(before, (t) => lint(t, { model }).diagnostics, { rules: fixable }).output;
    await vscode.commands.executeCommand('gongwen.fixAll');
    await waitFor('fix all', () => doc.getText() === expected, 10000);
    assert.strictEqual(doc.getText(), expected);
    // Back to the file on disk for the tests that follow (and no hot-exit backup of a fixed copy).
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.strictEqual(doc.getText(), original);
  });

  it('plain-text files are checked only after opting in (gongwen.enableForPlaintext)', async () => {
    const txt = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'draft.txt'));
    await vscode.window.showTextDocument(txt);
    assert.strictEqual(txt.languageId, 'plaintext');
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepStrictEqual(vscode.languages.getDiagnostics(txt.uri).filter((d) => d.source === 'gongwen'), []);
    const cfg = vscode.workspace.getConfiguration('gongwen');
    await cfg.update('enableForPlaintext', true, vscode.ConfigurationTarget.Workspace);
    try {
      const model = loadModel(path.join(folder().fsPath, 'model.json'));
      const expected = lint(txt.getText(), { model }).diagnostics.length;
      assert.ok(expected > 0);
      await waitFor('diagnostics on the .txt file', () =>
        vscode.languages.getDiagnostics(txt.uri).filter((d) => d.source === 'gongwen').length === expected);
    } finally {
      await cfg.update('enableForPlaintext', undefined, vscode.ConfigurationTarget.Workspace);
      await new Promise((r) => setTimeout(r, 200)); // let the configuration event queue the restart
      await (vscode.extensions.getExtension('gongwen.gongwen')!.exports as { ready(): Promise<void> }).ready();
    }
    // Opted out again: the .txt has no diagnostics, the .gw (restarted server) has its own back.
    const expectedGw = lint(original, { model: loadModel(path.join(folder().fsPath, 'model.json')) }).diagnostics.length;
    await vscode.window.showTextDocument(doc);
    await waitFor('the .txt cleared and the .gw re-checked', () =>
      vscode.languages.getDiagnostics(txt.uri).filter((d) => d.source === 'gongwen').length === 0
      && vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'gongwen').length === expectedGw).catch((e) => {
      const api = vscode.extensions.getExtension('gongwen.gongwen')!.exports as { client(): { state: number } | undefined };
      throw new Error(`${e.message}: client state ${api.client()?.state}, txt ${vscode.languages.getDiagnostics(txt.uri).length}, gw ${vscode.languages.getDiagnostics(doc.uri).length}, all ${JSON.stringify(vscode.languages.getDiagnostics().map(([u, d]) => [u.path, d.length]))}`);
    });
  });

  it('fix on save in mid-typing leaves the clause being typed (附件：1.| keeps its 1.); saved after the pause, it is fixed', async () => {
    const file = vscode.Uri.joinPath(folder(), 'save-typing.gw');
    const text = '聊城市人民政府办公室关于推进城市更新的通知\n\n各县（市、区）人民政府：\n\n现将有关事项通知如下。\n\n\n\n聊城市人民政府办公室\n2024年6月1日\n';
    await vscode.workspace.fs.writeFile(file, Buffer.from(text));
    const editorCfg = vscode.workspace.getConfiguration('editor', { languageId: 'gongwen' });
    const gongwenCfg = vscode.workspace.getConfiguration('gongwen');
    await editorCfg.update('codeActionsOnSave', { 'source.fixAll.gongwen': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    await gongwenCfg.update('typingPauseMs', 4000, vscode.ConfigurationTarget.Workspace);
    try {
      const draft = await vscode.workspace.openTextDocument(file);
      const editor = await vscode.window.showTextDocument(draft);
      const line = 6; // the empty line between the body and the signature
      editor.selection = new vscode.Selection(line, 0, line, 0);
      await vscode.commands.executeCommand('type', { text: '附件：1.城市更新' });
      await vscode.commands.executeCommand('workbench.action.files.save');
      assert.strictEqual(draft.lineAt(line).text, '附件：1.城市更新', 'saved while typing');
      // The pause over, the problem is shown, and a save fixes it.
      await waitFor('attachment/single shown after the pause', () =>
        vscode.languages.getDiagnostics(file).some((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'attachment/single'), 15000);
      // An edit elsewhere (a saved file that is not dirty may not be saved again): the tip moves away.
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), '\n'));
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor('fixed on save', () => draft.lineAt(line + 1).text === '附件：城市更新', 10000);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await gongwenCfg.update('typingPauseMs', undefined, vscode.ConfigurationTarget.Workspace);
      await editorCfg.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
      await vscode.window.showTextDocument(doc);
    }
  });

  after(async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
