// The Gongwen language server: wiring only. Each feature lives in features/<name>.ts; the engine
// does the parsing and linting. Started as `gongwen-language-server --stdio` (any LSP editor) or
// over IPC by the VS Code client.
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  CodeActionTriggerKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import os = require('os');
import path = require('path');
import type { Model } from '../../engine/src/model/types';
import type { Diagnostic } from '../../engine/src/types';
import { defaultModelPath } from '../../engine/src/model/load';
import { CORPUS_UNREADABLE, CorpusModels, userCacheDir } from '../../engine/src/model/corpusModels';
import { toolIdentity } from '../../engine/src/build';
import type { Analysis, ServerContext } from './features/context';
import { atTypingTip, Debouncer, editEnd, Linter, toLspDiagnostic, type TypingTip } from './features/diagnostics';
import { codeActions, fixAllEditsOnce, FIX_ALL_KIND, resolveCodeAction, type FixAllData } from './features/codeActions';
import { completions, TRIGGER_CHARACTERS } from './features/completion';
import { hover } from './features/hover';
import { definition } from './features/definition';
import { documentSymbols } from './features/symbols';
import { foldingRanges } from './features/folding';
import { formattingEdits } from './features/formatting';
import { defaultSettings, normalizeSettings, restrictForTrust, withProjectConfig, type GongwenSettings } from './features/settings';
import { ConfigError, ConfigResolver, CONFIG_FILE, isIgnored } from '../../engine/src/config';
import { ModelStore, uriToPath, WorkspaceIndex, INDEXED_EXTENSIONS } from './features/workspaceIndex';
import { setLocale, t } from './features/l10n';
import { registerTrain } from './features/train';

const connection = createConnection(ProposedFeatures.all);
// One failed promise (a client that rejects a request, a closed pipe) must not take the server down.
process.on('unhandledRejection', (e) => connection.console.error(`unhandled: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
const documents = new TextDocuments(TextDocument);

interface InitOptions {
  /** Whether the workspace is trusted (VS Code sends vscode.workspace.isTrusted). Other editors: trusted. */
  trusted?: boolean;
  /** Settings for editors that do not answer workspace/configuration (`gongwen` is accepted too, so one
   * table serves both initializationOptions and workspace/configuration, as in Helix's `config`). */
  settings?: unknown;
  gongwen?: unknown;
  /** 'push' keeps pushing even to a client that can pull (the VS Code client: every open document's
   * problems are in the Problems panel, not only the visible ones'). Default: pull when the client supports it. */
  diagnostics?: 'push' | 'pull';
  /** Path of the default model (tests, packaged layouts). */
  defaultModel?: string;
}

let trusted = true;
let hasConfiguration = false;
let pullDiagnostics = false;
let pullRefresh = false;
/** The client fills in a code action's edit by codeAction/resolve (it says so; VS Code and Neovim do). */
let resolvesEdits = false;
const canRegister = { configuration: false, watchedFiles: false };
let globalSettings: GongwenSettings = defaultSettings;
let workspaceFolders: string[] = [];
const settingsCache = new Map<string, Promise<GongwenSettings>>();
let models: ModelStore;
let index: WorkspaceIndex;
const reportedModelErrors = new Set<string>();
const linter = new Linter((m) => connection.console.error(m));
const debouncer = new Debouncer();

function log(message: string): void {
  connection.console.log(message);
}

/** Relative model and corpus paths in settings are relative to the document's workspace folder. */
function resolvePaths(s: GongwenSettings, uri: string): GongwenSettings {
  const file = uriToPath(uri);
  const folder = (file && workspaceFolders.find((f) => file.startsWith(f + path.sep))) ?? workspaceFolders[0];
  if (!folder) return s;
  const abs = (p: string) => (p && !path.isAbsolute(p) ? path.resolve(folder, p) : p);
  return { ...s, model: abs(s.model), corpus: s.corpus.map(abs) };
}

let configResolver = new ConfigResolver();
const reportedConfigErrors = new Set<string>();

/** Adds the .gongwenrc.json that applies to the file; a broken one is reported once and skipped. */
function withProject(s: GongwenSettings, uri: string): GongwenSettings {
  const file = uriToPath(uri);
  if (!file) return s;
  try {
    const cfg = configResolver.forFile(file);
    return withProjectConfig(s, cfg, isIgnored(cfg, file));
  } catch (e) {
    const msg = e instanceof ConfigError ? e.message : String(e);
    if (!reportedConfigErrors.has(msg)) {
      reportedConfigErrors.add(msg);
      connection.console.error(msg);
      const shown: unknown = connection.window.showErrorMessage(t('配置文件有误，已忽略：{0}', 'Configuration file ignored: {0}', msg));
      Promise.resolve(shown).catch(() => undefined);
    }
    return s;
  }
}

async function settingsFor(uri: string): Promise<GongwenSettings> {
  if (!hasConfiguration) return restrictForTrust(withProject(resolvePaths(globalSettings, uri), uri), trusted);
  let p = settingsCache.get(uri);
  if (!p) {
    p = connection.workspace.getConfiguration({ scopeUri: uri, section: 'gongwen' })
      .then((raw) => normalizeSettings(raw), () => globalSettings)
      .then((s) => restrictForTrust(withProject(resolvePaths(s, uri), uri), trusted));
    settingsCache.set(uri, p);
  }
  return p;
}

/** Logs a model or corpus that cannot be used, and shows it once (`shown`: what the user is told). */
function reportModelError(error: string, shown = t('无法加载模型，已改用默认模型：{0}', 'Could not load the model; using the default one: {0}', error)): void {
  if (reportedModelErrors.has(error)) return;
  reportedModelErrors.add(error);
  connection.console.error(error);
  // Sent as a request by this library version: a client without window/showMessageRequest rejects it; the log has it anyway.
  const request: unknown = connection.window.showErrorMessage(shown);
  Promise.resolve(request).catch(() => undefined);
}

// The configuration's extra corpus folders, trained into the model as the CLI does, so the editor
// and CI agree. Their files are looked at again at most every 2 s (they are not all watched).
const corpusModels = new CorpusModels({
  tool: toolIdentity(__filename),
  cacheDir: userCacheDir(process.env, process.platform, os.homedir()),
  recheckMs: 2000,
});

/** The settings' model file (the default one when it cannot be loaded, which is reported once). */
function baseModel(settings: GongwenSettings): { model: Model; key: string } {
  const r = models.get(settings.model);
  if (r.error) reportModelError(r.error);
  return { model: r.model, key: r.path };
}

/** The model for these settings: the model file, with the corpus folders trained into it. */
function modelFor(settings: GongwenSettings): { model: Model; key: string } {
  const base = baseModel(settings);
  if (!settings.corpus.length) return base;
  try {
    const started = Date.now();
    const c = corpusModels.withCorpus(base.model, settings.corpus);
    // Each file or folder that could not be read is left out of the training, and said once.
    for (const p of c.problems) {
      const error = `${p.file}: ${CORPUS_UNREADABLE}: ${p.reason}`;
      reportModelError(error, t('无法读取配置中的训练语料，已不用该文件：{0}', 'Could not read a corpus file from the configuration; training without it: {0}', error));
    }
    const from = corpusModels.lastSource;
    if (from === 'trained' || from === 'disk') {
      log(t('已将语料 {0} 并入模型（{1}，{2} ms）', 'Merged corpus {0} into the model ({1}, {2} ms)', settings.corpus.join(', '), from, Date.now() - started));
    }
    return { model: c.model, key: `${base.key}\u0000${c.key}` };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    reportModelError(error, t('无法读取配置中的训练语料，已不用该语料：{0}', 'Could not read the corpus from the configuration; linting without it: {0}', error));
    return base;
  }
}

/** Extra corpus folders already indexed (they come from settings, so only in trusted workspaces). */
const indexedCorpus = new Set<string>();

async function analyze(uri: string): Promise<Analysis | undefined> {
  const document = documents.get(uri);
  if (!document) return undefined;
  const settings = await settingsFor(uri);
  for (const folder of settings.corpus) {
    if (!indexedCorpus.has(folder)) {
      indexedCorpus.add(folder);
      const n = index.scanFolders([folder], [...INDEXED_EXTENSIONS, '.txt', '.md']);
      log(t('已索引语料文件夹 {0}：{1} 个文件', 'Indexed corpus folder {0}: {1} files', folder, n));
    }
  }
  // The document may have been closed while settings were fetched.
  const current = documents.get(uri);
  if (!current) return undefined;
  const { model, key } = modelFor(settings);
  const file = uriToPath(uri);
  const merged = settings.indexWorkspace ? index.mergedModel(model, key, file) : model;
  const before = linter.cached(uri);
  const a = linter.run(current, settings, merged);
  // A .gw document's own entries join the registry from this parse (no second parse per keystroke);
  // when they change, the other open documents may cite it: re-check them.
  if (a !== before && file && INDEXED_EXTENSIONS.some((x) => file.toLowerCase().endsWith(x))
    && index.updateParsed(file, a.result.gazette, a.result.source)) {
    for (const d of documents.all()) if (d.uri !== uri) schedule(d.uri);
  }
  return a;
}

const ctx: ServerContext = { connection, documents, get index() { return index; }, settingsFor, analyze, log };

/** Each open document's text as last seen and the tip of its last edit (see atTypingTip). */
const lastText = new Map<string, string>();
const tips = new Map<string, TypingTip>();
/** Documents whose held problems are shown once the typing pause is over. */
const pauseTimers = new Map<string, NodeJS.Timeout>();

function noteEdit(uri: string, version: number, text: string): void {
  const before = lastText.get(uri);
  lastText.set(uri, text);
  const offset = before === undefined ? undefined : editEnd(before, text);
  if (offset === undefined) tips.delete(uri);
  else tips.set(uri, { version, offset, at: Date.now() });
}

function cancelPause(uri: string): void {
  const t = pauseTimers.get(uri);
  if (t) clearTimeout(t);
  pauseTimers.delete(uri);
}

/** The problems at the tip of the line being typed, held until the typing pause is over (wait ms from now). */
function heldNow(a: Analysis): { held: Diagnostic[]; wait: number; tip?: number } {
  const tip = tips.get(a.uri);
  const wait = tip && tip.version === a.version ? tip.at + a.settings.typingPauseMs - Date.now() : 0;
  if (!tip || wait <= 0) return { held: [], wait: 0 };
  return { held: a.result.diagnostics.filter((d) => atTypingTip(d, a.result.source, tip.offset)), wait, tip: tip.offset };
}

/**
 * What fix on save leaves alone while the pause holds problems at the tip: the stretch from the tip
 * over those problems and their fixes. A save in mid-typing does not fix what is not shown yet
 * (附件：1.| saved is not a lone attachment whose 1. goes, 配合单位：市商务局、| keeps its 、).
 */
function typingZone(a: Analysis): { start: number; end: number } | undefined {
  const { held, tip } = heldNow(a);
  if (!held.length || tip === undefined) return undefined;
  const ends = held.flatMap((d) => [d.start, d.end, ...(d.fix ? d.fix.range : [])]);
  return { start: Math.min(tip, ...ends), end: Math.max(tip, ...ends) };
}

/**
 * The diagnostics to show now: all, but those at the tip of the line being typed until the typing
 * pause (settings.typingPauseMs after the last edit) is over; then `later` runs to show them.
 */
function shownDiagnostics(a: Analysis, later: () => void) {
  if (a.settings.ignored) return [];
  const { held, wait } = heldNow(a);
  if (held.length) {
    cancelPause(a.uri);
    pauseTimers.set(a.uri, setTimeout(() => {
      pauseTimers.delete(a.uri);
      later();
    }, wait));
  }
  return a.result.diagnostics.filter((d) => !held.includes(d)).map((d) => toLspDiagnostic(d, a.result.source, a.settings));
}

async function publish(uri: string): Promise<void> {
  const a = await analyze(uri);
  const document = documents.get(uri);
  if (!a || !document || document.version !== a.version) return; // closed or changed meanwhile
  const diagnostics = shownDiagnostics(a, () => void publish(uri).catch((e) => connection.console.error(String(e?.stack ?? e))));
  await connection.sendDiagnostics({ uri, version: a.version, diagnostics });
}

function schedule(uri: string, immediate = false): void {
  if (pullDiagnostics) return;
  const run = () => void publish(uri).catch((e) => connection.console.error(String(e?.stack ?? e)));
  if (immediate) {
    debouncer.cancel(uri);
    run();
    return;
  }
  void settingsFor(uri).then((s) => debouncer.schedule(uri, s.debounceMs, run));
}

function relintAll(): void {
  linter.invalidateAll();
  if (pullDiagnostics) {
    if (pullRefresh) void connection.languages.diagnostics.refresh();
    return;
  }
  for (const d of documents.all()) schedule(d.uri);
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const opts = (params.initializationOptions ?? {}) as InitOptions;
  setLocale(params.locale);
  trusted = opts.trusted !== false;
  globalSettings = normalizeSettings(opts.settings ?? opts.gongwen);
  models = new ModelStore(opts.defaultModel || defaultModelPath());
  index = new WorkspaceIndex(() => baseModel(restrictForTrust(globalSettings, trusted)).model);
  const caps = params.capabilities;
  hasConfiguration = !!caps.workspace?.configuration;
  pullDiagnostics = !!caps.textDocument?.diagnostic && opts.diagnostics !== 'push';
  canRegister.configuration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  canRegister.watchedFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  pullRefresh = !!caps.workspace?.diagnostics?.refreshSupport;
  resolvesEdits = !!caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (!workspaceFolders.length && params.rootUri) {
    const p = uriToPath(params.rootUri);
    if (p) workspaceFolders.push(p);
  }
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
      completionProvider: { triggerCharacters: TRIGGER_CHARACTERS },
      hoverProvider: true,
      definitionProvider: true,
      documentSymbolProvider: { label: 'Gongwen' },
      foldingRangeProvider: true,
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'gongwen', interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'gongwen-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  // Register only what the client says it can register dynamically (Neovim, Helix warn otherwise).
  if (hasConfiguration && canRegister.configuration) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' }).catch(() => undefined);
  }
  if (canRegister.watchedFiles) {
    connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [...INDEXED_EXTENSIONS.map((e) => ({ globPattern: `**/*${e}` })), { globPattern: `**/${CONFIG_FILE}` }],
    }).catch(() => undefined);
  }
  if (workspaceFolders.length) {
    const n = index.scanFolders(workspaceFolders);
    log(t('工作区索引：{0} 个文件，{1} 份文件登记', 'Workspace index: {0} files, {1} documents', n, index.size));
    if (n) relintAll();
  }
  connection.workspace.onDidChangeWorkspaceFolders((e) => {
    const added = e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    workspaceFolders.push(...added);
    index.scanFolders(added);
    relintAll();
  });
});

/** Re-read .gongwenrc.json files (after one changed) and the settings that depend on them. */
function resetConfig(): void {
  configResolver = new ConfigResolver();
  reportedConfigErrors.clear();
  settingsCache.clear();
}

connection.onDidChangeConfiguration((change) => {
  resetConfig();
  if (!hasConfiguration) globalSettings = normalizeSettings((change.settings as { gongwen?: unknown })?.gongwen ?? change.settings);
  models.clear();
  corpusModels.recheck();
  relintAll();
});

connection.onDidChangeWatchedFiles((params) => {
  corpusModels.recheck(); // a corpus file may be among the changes: look again before the re-lint below
  for (const c of params.changes) {
    const p = uriToPath(c.uri);
    if (!p) continue;
    if (path.basename(p) === CONFIG_FILE) {
      resetConfig();
      continue;
    }
    if (documents.get(c.uri)) continue; // the editor's text wins over the disk
    if (c.type === FileChangeType.Deleted) index.remove(p);
    else index.updateFile(p);
  }
  relintAll();
});

/** Custom notification from the VS Code client when the user trusts the workspace. */
connection.onNotification('gongwen/trustChanged', (p: { trusted: boolean }) => {
  trusted = !!p?.trusted;
  settingsCache.clear();
  relintAll();
});

documents.onDidOpen((e) => {
  lastText.set(e.document.uri, e.document.getText());
  schedule(e.document.uri, true);
});
documents.onDidChangeContent((e) => {
  // Fired for didOpen too: then the text is the one just noted, and no edit.
  noteEdit(e.document.uri, e.document.version, e.document.getText());
  cancelPause(e.document.uri);
  schedule(e.document.uri);
});
documents.onDidClose((e) => {
  debouncer.cancel(e.document.uri);
  cancelPause(e.document.uri);
  lastText.delete(e.document.uri);
  tips.delete(e.document.uri);
  linter.forget(e.document.uri);
  settingsCache.delete(e.document.uri);
  const p = uriToPath(e.document.uri);
  if (p) index.updateFile(p); // back to what is on disk
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.languages.diagnostics.on(async (params) => {
  const a = await analyze(params.textDocument.uri);
  if (!a) return { kind: 'full', items: [] };
  // Held problems: the client is asked to pull again once the pause is over (if it can be asked).
  return { kind: 'full', items: shownDiagnostics(a, () => { if (pullRefresh) void connection.languages.diagnostics.refresh(); }) };
});

/** Wraps a handler: a feature that throws logs and answers empty instead of failing the request. */
function guard<P extends { textDocument: { uri: string } }, R>(name: string, fn: (a: Analysis, p: P) => R, empty: R) {
  return async (params: P): Promise<R> => {
    const a = await analyze(params.textDocument.uri);
    if (!a) return empty;
    try {
      return fn(a, params);
    } catch (e) {
      connection.console.error(`${name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return empty;
    }
  };
}

// A fix-all asked for automatically (on save) leaves the clause being typed alone; one the user picks does not.
connection.onCodeAction(guard('codeAction', (a, p) => codeActions(a, p, resolvesEdits, p.context.triggerKind === CodeActionTriggerKind.Invoked ? undefined : typingZone(a)), []));
connection.onCodeActionResolve(async (action) => {
  const uri = (action.data as FixAllData | undefined)?.fixAll;
  const a = typeof uri === 'string' ? await analyze(uri) : undefined;
  try {
    return a ? resolveCodeAction(a, action) : action;
  } catch (e) {
    connection.console.error(`codeAction/resolve: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return action;
  }
});
/** Above this size completion answers from the last analysis instead of waiting for a fresh lint. */
const STALE_COMPLETION_CHARS = 50_000;

connection.onCompletion(async (p) => {
  const document = documents.get(p.textDocument.uri);
  if (!document) return { isIncomplete: false, items: [] };
  const cached = linter.cached(p.textDocument.uri);
  // Typing in a long document must not wait for its re-lint: the last analysis gives the context
  // (document date, model), the live text gives the line being typed.
  const a = cached && (cached.version === document.version || document.getText().length > STALE_COMPLETION_CHARS)
    ? cached : await analyze(p.textDocument.uri);
  if (!a) return { isIncomplete: false, items: [] };
  try {
    return completions(a, p.position, document.getText());
  } catch (e) {
    connection.console.error(`completion: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return { isIncomplete: false, items: [] };
  }
});
connection.onHover(guard('hover', (a, p) => hover(a, p.position), null));
connection.onDefinition(guard('definition', (a, p) => definition(a, p.position, index), null));
connection.onDocumentSymbol(guard('documentSymbol', (a) => documentSymbols(a), []));
connection.onFoldingRanges(guard('foldingRange', (a) => foldingRanges(a), []));
connection.onDocumentFormatting(guard('formatting', (a) => formattingEdits(a.result.gazette, a.result.source), []));
connection.onDocumentRangeFormatting(guard('rangeFormatting', (a, p) => formattingEdits(a.result.gazette, a.result.source,
  { start: a.result.source.offsetAt(p.range.start), end: a.result.source.offsetAt(p.range.end) }), []));

/** Edits that fix every auto-fixable problem (the client's "fix all" command). */
connection.onRequest('gongwen/fixAll', guard('fixAll', (a) => fixAllEditsOnce(a), []));

/** What the status bar shows. */
connection.onRequest('gongwen/status', async (p: { uri?: string }) => {
  const settings = p?.uri ? await settingsFor(p.uri) : restrictForTrust(globalSettings, trusted);
  const { key } = baseModel(settings);
  const a = p?.uri ? linter.cached(p.uri) : undefined;
  return {
    model: key, custom: !!settings.model, trusted, indexed: index.size,
    disabledRules: p?.uri ? linter.disabledRules(p.uri) : [],
    problems: a?.result.diagnostics.length ?? 0,
  };
});

registerTrain(ctx);

documents.listen(connection);
connection.listen();
