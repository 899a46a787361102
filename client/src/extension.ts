// The VS Code client: starts the language server over IPC and adds the commands, the status bar
// item and the opt-in for plaintext/markdown files. Everything else is the server's.
import path = require('path');
import vscode = require('vscode');
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions, type DocumentSelector } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../server/src/launch';
import { registerPreview } from './preview';

let client: LanguageClient | undefined;
let statusItem: vscode.StatusBarItem;
let modelLabel = '';

const LANGUAGES = { gongwen: true, plaintext: 'enableForPlaintext', markdown: 'enableForMarkdown' } as const;

function selector(): DocumentSelector {
  const cfg = vscode.workspace.getConfiguration('gongwen');
  const langs = Object.entries(LANGUAGES).filter(([, key]) => key === true || cfg.get<boolean>(key, false)).map(([l]) => l);
  return langs.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]);
}

function isGongwenDocument(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return !!doc && vscode.languages.match(selector() as vscode.DocumentSelector, doc) > 0;
}

async function startClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  // The launcher runs dist/server.js through V8's code cache (bin/compile-cache.js): a faster start.
  const module = context.asAbsolutePath(path.join('bin', 'gongwen-language-server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6029'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector(),
    initializationOptions: { trusted: vscode.workspace.isTrusted, diagnostics: 'push' },
    outputChannelName: 'Gongwen',
    diagnosticCollectionName: 'gongwen',
    middleware: {
      // A role keyword (牵头单位：) is followed by its units: the list opens again once it is
      // accepted, as after a snippet's field. Asked here, not by the server: another editor would
      // send an editor command back to the server.
      provideCompletionItem: async (document, position, context, token, next) => {
        const result = await next(document, position, context, token);
        const items = Array.isArray(result) ? result : result?.items ?? [];
        for (const item of items) {
          if (item.kind === vscode.CompletionItemKind.Keyword && typeof item.label === 'string' && item.label.endsWith('：')) {
            item.command = { command: 'editor.action.triggerSuggest', title: '' };
          }
        }
        return result;
      },
    },
  };
  const c = new LanguageClient('gongwen', vscode.l10n.t('Gongwen Language Server'), serverOptions, clientOptions);
  await c.start();
  return c;
}

async function refreshStatus(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document;
  if (!client || !isGongwenDocument(doc)) {
    statusItem.hide();
    return;
  }
  try {
    const s = await client.sendRequest<{ model: string; custom: boolean; indexed: number }>('gongwen/status', { uri: doc.uri.toString() });
    modelLabel = s.custom ? path.basename(s.model) : vscode.l10n.t('default model');
  } catch {
    /* server restarting: keep the last label */
  }
  const problems = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'gongwen').length;
  statusItem.text = `$(law) ${modelLabel} · ${problems === 0 ? '$(check)' : `$(warning) ${problems}`}`;
  statusItem.tooltip = vscode.l10n.t('Gongwen: model {0}, {1} problems in this document. Click to choose the model.', modelLabel, problems);
  statusItem.show();
}

async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !isGongwenDocument(editor?.document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Gongwen document first.'));
    return;
  }
  const doc = editor!.document;
  type Edit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
  const edits = await client.sendRequest<Edit[]>('gongwen/fixAll', { textDocument: { uri: doc.uri.toString() } });
  const converted = edits.map((e) => new vscode.TextEdit(
    new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText));
  if (!converted.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to fix automatically.'));
    return;
  }
  const we = new vscode.WorkspaceEdit();
  we.set(doc.uri, converted);
  await vscode.workspace.applyEdit(we);
}

async function setModel(value: string): Promise<void> {
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('gongwen').update('model', value, target);
}

async function trainModel(): Promise<void> {
  if (!client) return;
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
    openLabel: vscode.l10n.t('Train from this folder'),
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  const folder = picked?.[0];
  if (!folder) return;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Training a Gongwen model'), cancellable: false },
    async (progress) => {
      let last = 0;
      const sub = client!.onNotification('gongwen/trainProgress', (p: { message: string; done: number; total: number }) => {
        const pct = Math.round((p.done / Math.max(1, p.total)) * 100);
        progress.report({ message: p.message, increment: Math.max(0, pct - last) });
        last = Math.max(last, pct);
      });
      try {
        return await client!.sendRequest<{ output: string; documents: number; units: number }>('gongwen/train', { folder: folder.fsPath });
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Training failed: {0}', (e as Error).message));
        return undefined;
      } finally {
        sub.dispose();
      }
    });
  if (!result) return;
  const use = vscode.l10n.t('Use this model');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('Model written to {0} ({1} documents, {2} units).', result.output, result.documents, result.units), use);
  if (choice === use) await setModel(result.output);
}

async function selectModel(): Promise<void> {
  const items: (vscode.QuickPickItem & { value?: string })[] = [
    { label: vscode.l10n.t('Default model'), description: vscode.l10n.t('bundled with the extension'), value: '' },
  ];
  for (const uri of await vscode.workspace.findFiles('**/*.json', '**/node_modules/**', 200)) {
    try {
      // Keys are sorted in a model file, so "format" is not at the start: look at the whole file.
      const text = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
      if (/"format"\s*:\s*"gongwen-model"/.test(text)) items.push({ label: path.basename(uri.fsPath), description: vscode.workspace.asRelativePath(uri), value: uri.fsPath });
    } catch {
      /* unreadable: not offered */
    }
  }
  items.push({ label: vscode.l10n.t('Browse…') });
  const pick = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Choose the model Gongwen checks documents against') });
  if (!pick) return;
  if (pick.value !== undefined) return setModel(pick.value);
  const file = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { JSON: ['json'] } });
  if (file?.[0]) await setModel(file[0].fsPath);
}

async function openRuleReference(ruleId?: string): Promise<void> {
  const pattern = vscode.workspace.getConfiguration('gongwen').get<string>('ruleDocsUrl') || 'https://github.com/gongwen/gongwen/blob/main/docs/rules.md#{anchor}';
  const id = typeof ruleId === 'string' ? ruleId : '';
  const anchor = id.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '');
  const url = pattern.replace(/\{rule\}/g, encodeURIComponent(id)).replace(/\{anchor\}/g, encodeURIComponent(anchor)).replace(/#$/, '');
  await vscode.env.openExternal(vscode.Uri.parse(url));
}

/** Restarts run one after another: toggling a setting twice quickly must not stop a client that is still starting. */
let restarting: Promise<void> = Promise.resolve();

function restart(context: vscode.ExtensionContext): Promise<void> {
  restarting = restarting.then(async () => {
    // The document selector is fixed when a client starts: restart with the new one.
    // dispose(), not stop(): a stopped client restarts itself on the next configuration
    // notification, and its diagnostic collection (same owner name) would clear the new client's.
    const old = client;
    client = undefined;
    try {
      await old?.dispose();
    } catch {
      /* already stopped */
    }
    client = await startClient(context);
    await refreshStatus();
  }).catch((e) => {
    void vscode.window.showErrorMessage(vscode.l10n.t('The Gongwen language server failed to restart: {0}', (e as Error).message));
  });
  return restarting;
}

export interface GongwenApi {
  client(): LanguageClient | undefined;
  /** Resolves when pending restarts (after an opt-in setting changed) are done. */
  ready(): Promise<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  statusItem = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = vscode.l10n.t('Gongwen');
  statusItem.command = 'gongwen.selectModel';
  context.subscriptions.push(statusItem);

  client = await startClient(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('gongwen.fixAll', fixAll),
    vscode.commands.registerCommand('gongwen.trainModel', trainModel),
    vscode.commands.registerCommand('gongwen.selectModel', selectModel),
    vscode.commands.registerCommand('gongwen.openRuleReference', openRuleReference),
    vscode.commands.registerCommand('gongwen.showOutput', () => client?.outputChannel.show(true)),
    vscode.window.onDidChangeActiveTextEditor(() => void refreshStatus()),
    vscode.languages.onDidChangeDiagnostics(() => void refreshStatus()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('gongwen/trustChanged', { trusted: true })),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('gongwen.enableForPlaintext') || e.affectsConfiguration('gongwen.enableForMarkdown')) {
        void restart(context);
      } else if (e.affectsConfiguration('gongwen')) void refreshStatus();
    }),
    { dispose: () => void client?.stop() },
  );
  registerPreview(context, client);
  void refreshStatus();
  return { client: () => client, ready: () => restarting };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
