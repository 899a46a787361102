// The print preview in a real VS Code: opens beside the document, shows its pages under a strict
// CSP, and after an edit patches the changed pages into the webview instead of setting its HTML.
import * as assert from 'assert';
import * as vscode from 'vscode';

interface PreviewState {
  renders: number;
  fullRenders: number;
  patches: number;
  /** The webview's state number, and what the page reported after applying its last patch. */
  seq: number;
  page?: { seq: number; pages: number };
  version: number;
  pages: number;
  viewColumn?: vscode.ViewColumn;
  visible: boolean;
  html: string;
}

const folder = () => vscode.workspace.workspaceFolders![0].uri;

async function waitFor<T>(what: string, get: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await get();
    if (v) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Gongwen print preview in VS Code', () => {
  let doc: vscode.TextDocument;
  const state = () => vscode.commands.executeCommand<PreviewState | undefined>('gongwen.preview._state', doc.uri);

  before(async () => {
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'sample.gw'));
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  });

  after(async () => {
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens beside the editor with the document rendered as pages under a nonce CSP', async () => {
    await vscode.commands.executeCommand('gongwen.preview.openToSide');
    const s = await waitFor('the preview', async () => {
      const st = await state();
      return st && st.renders > 0 && st.viewColumn !== undefined && st;
    });
    assert.strictEqual(s.viewColumn, vscode.ViewColumn.Two, 'beside the editor in column one');
    assert.ok(s.pages >= 1);
    assert.match(s.html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-/);
    assert.match(s.html, /<script nonce="[^"]+" src="[^"]*preview\.js"><\/script>/);
    assert.ok(s.html.includes('聊城市人民政府办公室关于加强城市更新工作的实施意见'.slice(0, 10)), 'the title is on the page');
    assert.ok(s.html.includes('data-line="'), 'lines carry their source line for scroll sync');
    // The editor keeps the focus.
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
  });

  it('updates after an edit with a patch, not new HTML', async () => {
    const before = (await state())!;
    const marker = '预览更新测试段落<b>不是标签</b>。';
    const edit = new vscode.WorkspaceEdit();
    const line = doc.lineCount - 1;
    edit.insert(doc.uri, new vscode.Position(line, doc.lineAt(line).text.length), `\n\n${marker}`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    // Patched, and the page script applied the last patch to every page (it reports that back).
    const s = await waitFor('the patch', async () => {
      const st = await state();
      return st && st.version === doc.version && st.patches > before.patches && st.page?.seq === st.seq && st;
    });
    assert.strictEqual(s.fullRenders, before.fullRenders, 'the webview\'s HTML was not set again');
    assert.strictEqual(s.page!.pages, s.pages, 'the page shows as many pages as the render has');
    // Text content (runs of half-width characters are separate spans): the new text, escaped.
    const text = s.html.replace(/<[^>]+>/g, '');
    assert.ok(text.includes('预览更新测试段落&lt;b&gt;不是标签&lt;/b&gt;。'), 'the new text, escaped');
    assert.ok(!s.html.includes('<b>'));
  });

  it('export never writes over the document itself, whatever name the save dialog is given', async () => {
    const before = (await vscode.workspace.fs.readFile(doc.uri)).toString();
    const dialog = vscode.window.showSaveDialog;
    const errors: string[] = [];
    const showError = vscode.window.showErrorMessage;
    // The user typed the document's own name over the suggested one.
    Object.assign(vscode.window, {
      showSaveDialog: async () => doc.uri,
      showErrorMessage: async (m: string) => void errors.push(m),
    });
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('gongwen.export.html', doc.uri);
      assert.strictEqual(written, undefined);
      assert.strictEqual((await vscode.workspace.fs.readFile(doc.uri)).toString(), before);
      assert.strictEqual(errors.length, 1);
      assert.match(errors[0], /overwrite the document itself|覆盖公文本身/);
      // Another name: written there.
      const other = vscode.Uri.joinPath(folder(), 'exported-sample.html');
      Object.assign(vscode.window, { showSaveDialog: async () => other });
      assert.strictEqual((await vscode.commands.executeCommand<vscode.Uri | undefined>('gongwen.export.html', doc.uri))?.toString(), other.toString());
      assert.match((await vscode.workspace.fs.readFile(other)).toString(), /<html/i);
      await vscode.workspace.fs.delete(other);
    } finally {
      Object.assign(vscode.window, { showSaveDialog: dialog, showErrorMessage: showError });
    }
  });

  it('diagnostics of the document are marked in the preview', async () => {
    await waitFor('diagnostics', () => vscode.languages.getDiagnostics(doc.uri).length > 0);
    await vscode.commands.executeCommand('gongwen.preview.openToSide');
    const s = await waitFor('marks', async () => {
      const st = await state();
      return st && /class="[^"]*\bdg dg-(error|warning|info)/.test(st.html) && st;
    });
    assert.ok(s);
  });
});
