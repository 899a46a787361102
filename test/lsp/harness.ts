// A real LSP client for the tests: starts the BUILT server (`node dist/server.js --stdio`) and talks
// JSON-RPC to it over stdio, answering workspace/configuration with per-resource test settings.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ClientCapabilities,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '../..');
export const FIXTURES = path.join(__dirname, 'fixtures');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
export const MODEL = path.join(FIXTURES, 'model.json');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function uriOf(file: string): string {
  return pathToFileURL(file).toString();
}

export interface StartOptions {
  /** Settings answered for every scope (per-URI overrides in `settingsByUri`). */
  settings?: Record<string, unknown>;
  settingsByUri?: Record<string, Record<string, unknown>>;
  pull?: boolean;
  workspace?: string;
  trusted?: boolean;
  locale?: string;
  /** Send settings only in initializationOptions (editors without workspace/configuration). */
  noConfiguration?: boolean;
  /** Say the client fills in a code action's edit with codeAction/resolve (as VS Code does). */
  resolvesCodeActionEdits?: boolean;
}

export class TestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly logs: string[] = [];
  private waiters: { uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  private versions = new Map<string, number>();
  configurationRequests: string[] = [];

  private constructor(readonly proc: ChildProcess, readonly conn: ProtocolConnection, readonly options: StartOptions) {}

  static async start(options: StartOptions = {}): Promise<TestClient> {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} missing: run \`npm run build\` first`);
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const c = new TestClient(proc, conn, options);
    proc.stderr!.on('data', (d) => c.logs.push(String(d)));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      c.diagnostics.set(p.uri, p);
      c.waiters = c.waiters.filter((w) => {
        if (w.uri === p.uri && w.pred(p)) {
          w.resolve(p);
          return false;
        }
        return true;
      });
    });
    conn.onNotification('window/logMessage', (p: { message: string }) => {
      c.logs.push(p.message);
    });
    conn.onNotification('window/showMessage', (p: { message: string }) => {
      c.logs.push(p.message);
    });
    conn.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
      p.items.map((i) => {
        c.configurationRequests.push(i.scopeUri ?? '');
        return { ...(options.settings ?? {}), ...(options.settingsByUri?.[i.scopeUri ?? ''] ?? {}) };
      }));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('window/showMessageRequest', (p: { message: string }) => {
      c.logs.push(p.message);
      return null;
    });
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onRequest('workspace/diagnostic/refresh', () => null);
    conn.listen();
    const capabilities: ClientCapabilities = {
      workspace: { configuration: !options.noConfiguration, workspaceFolders: true, diagnostics: { refreshSupport: true } },
      textDocument: {
        ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } },
          ...(options.resolvesCodeActionEdits ? { resolveSupport: { properties: ['edit'] }, dataSupport: true } : {}),
        },
        completion: { completionItem: { snippetSupport: false } },
      },
    };
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.workspace ? uriOf(options.workspace) : null,
      workspaceFolders: options.workspace ? [{ uri: uriOf(options.workspace), name: 'ws' }] : null,
      capabilities,
      locale: options.locale ?? 'zh-cn',
      initializationOptions: { defaultModel: MODEL, trusted: options.trusted ?? true, settings: options.settings ?? {} },
    });
    await conn.sendNotification('initialized', {});
    return c;
  }

  /** Resolves with the next diagnostics for `uri` that satisfy `pred` (or the last ones if they already do). */
  waitForDiagnostics(uri: string, pred: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ uri, pred, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  async open(uri: string, text: string, languageId = 'gongwen'): Promise<void> {
    this.versions.set(uri, 1);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async openAndWait(uri: string, text: string, languageId = 'gongwen'): Promise<PublishDiagnosticsParams> {
    const p = this.waitForDiagnostics(uri, (d) => d.version === 1);
    await this.open(uri, text, languageId);
    return p;
  }

  /** Replace the whole text (a new version); returns that version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.conn.dispose();
    this.proc.kill();
  }
}
