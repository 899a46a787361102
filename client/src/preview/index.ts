// The print preview: a webview beside the editor showing the document as GB/T 9704 pages, rendered
// by the engine's renderer (the same HTML as `gongwen export`). Live (debounced): the first render
// sets the webview's HTML, later ones post only the pages that changed (a 213-page gazette is
// ~680 KB of HTML, which the webview would reload, lay out and fit again on every change). Scroll
// sync both ways by source line, click to reveal, diagnostics marked.
// Safe: CSP default-src 'none' with a nonce; the page script (dist/preview.js) is built separately.
import crypto = require('crypto');
import path = require('path');
import vscode = require('vscode');
import type { LanguageClient } from 'vscode-languageclient/node';
import { joinRenderedHtml, renderHtml, splitRenderedHtml, type DiagMark, type HtmlOptions, type HtmlParts } from '../../../engine/src/render';
import type { FromPage, ToPage } from './messages';
import { diffPages, isEmptyPatch } from './page-diff';

const VIEW_TYPE = 'gongwen.preview';
const DEBOUNCE_MS = 250;

function isGongwenLike(doc: vscode.TextDocument): boolean {
  return ['gongwen', 'plaintext', 'markdown'].includes(doc.languageId);
}

/**
 * What the webview shows: the options its HTML was rendered with (a patch renders with the same,
 * so that only the pages, the style and the title can differ), the parts it shows now, and whether
 * patches came after the HTML.
 */
interface Shown {
  opts: HtmlOptions;
  parts: HtmlParts;
  patched: boolean;
}

/** Never a blank panel: say what failed. */
function errorPage(e: unknown): string {
  const msg = (e instanceof Error ? e.message : String(e)).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${vscode.l10n.t('The preview could not be rendered')}: ${msg}</p></body></html>`;
}

class Preview {
  readonly panel: vscode.WebviewPanel;
  private timer: NodeJS.Timeout | undefined;
  private disposables: vscode.Disposable[] = [];
  /** Source line at the top of the preview (restored after each re-render). */
  private topLine = 0;
  /** Ignore echoes: when we scroll one side programmatically the other side reports it back. */
  private suppressEditorUntil = 0;
  private shown: Shown | undefined;
  /** Numbers the webview's states (HTML set, patch applied): a patch names the state it applies to. */
  seq = 0;
  renders = 0;
  /** Renders that set the whole HTML, and renders that posted a patch (for the tests). */
  fullRenders = 0;
  patches = 0;
  /** What the page reported after its last patch (for the tests). */
  pageReport: { seq: number; pages: number } | undefined;
  lastVersion = -1;
  lastPages = 0;

  constructor(private readonly context: vscode.ExtensionContext, public document: vscode.TextDocument, column: vscode.ViewColumn, preserveFocus: boolean, private readonly onDispose: () => void) {
    this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, this.title(), { viewColumn: column, preserveFocus }, {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')],
    });
    this.panel.onDidDispose(() => this.dispose(), null, this.disposables);
    this.panel.webview.onDidReceiveMessage((m: FromPage) => this.onMessage(m), null, this.disposables);
    // A hidden webview is discarded (retainContextWhenHidden is off) and reloads its HTML when shown
    // again: HTML older than the patches since must be replaced.
    this.panel.onDidChangeViewState(() => {
      if (!this.panel.visible && this.shown?.patched) this.render();
    }, null, this.disposables);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    if (editor) this.topLine = editor.visibleRanges[0]?.start.line ?? 0;
    this.render();
  }

  private title(): string {
    return vscode.l10n.t('Preview {0}', path.basename(this.document.fileName));
  }

  private diagnostics(): DiagMark[] {
    return vscode.languages.getDiagnostics(this.document.uri).map((d) => ({
      start: this.document.offsetAt(d.range.start),
      end: this.document.offsetAt(d.range.end),
      severity: d.severity === vscode.DiagnosticSeverity.Error ? 'error' : d.severity === vscode.DiagnosticSeverity.Warning ? 'warning' : 'info',
      message: d.message,
    }));
  }

  render(): void {
    if (!this.patch()) this.setHtml();
    this.panel.title = this.title();
    this.renders++;
    this.lastVersion = this.document.version;
  }

  /** Renders as the shown HTML was and posts the pages that changed; false when only new HTML will do. */
  private patch(): boolean {
    // Only a visible webview gets messages.
    const shown = this.panel.visible ? this.shown : undefined;
    if (!shown) return false;
    let parts: HtmlParts | undefined;
    try {
      parts = splitRenderedHtml(renderHtml(this.document.getText(), { ...shown.opts, diagnostics: this.diagnostics() }).html);
    } catch {
      return false; // setHtml shows the error
    }
    const patch = parts && diffPages(shown.parts, parts);
    if (!parts || !patch) return false;
    if (!isEmptyPatch(patch, shown.parts.pages.length)) {
      this.post({ type: 'patch', base: this.seq, seq: ++this.seq, ...patch });
      this.patches++;
      shown.patched = true;
    }
    shown.parts = parts;
    this.lastPages = parts.pages.length;
    return true;
  }

  /** Sets the whole HTML: a new nonce, and the scroll position as the source line at the top. */
  private setHtml(): void {
    const webview = this.panel.webview;
    const nonce = crypto.randomBytes(16).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'preview.js'));
    const csp = [
      "default-src 'none'",
      `style-src 'nonce-${nonce}'`,
      `script-src 'nonce-${nonce}'`,
      `font-src ${webview.cspSource}`,
      `img-src ${webview.cspSource} data:`,
    ].join('; ');
    const opts: HtmlOptions = {
      preview: true, nonce, csp, scriptUri: script.toString(),
      bodyData: { 'top-line': String(this.topLine), seq: String(++this.seq) },
    };
    let html: string;
    try {
      const r = renderHtml(this.document.getText(), { ...opts, diagnostics: this.diagnostics() });
      html = r.html;
      this.lastPages = r.pages.length;
      const parts = splitRenderedHtml(html);
      this.shown = parts && { opts, parts, patched: false };
    } catch (e) {
      html = errorPage(e);
      this.shown = undefined;
    }
    webview.html = html;
    this.fullRenders++;
  }

  /** The HTML the page now amounts to: its last HTML with the patches since (for the tests). */
  shownHtml(): string {
    return this.shown ? joinRenderedHtml(this.shown.parts) : this.panel.webview.html;
  }

  scheduleRender(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.render();
    }, DEBOUNCE_MS);
  }

  post(m: ToPage): void {
    void this.panel.webview.postMessage(m);
  }

  /** Editor scrolled: follow it (unless the editor is only echoing our own reveal). */
  editorScrolled(line: number): void {
    if (Date.now() < this.suppressEditorUntil) return;
    this.topLine = line;
    this.post({ type: 'scrollToLine', line });
  }

  private onMessage(m: FromPage): void {
    if (m.type === 'scrolled') {
      this.topLine = m.line;
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
      if (editor && vscode.workspace.getConfiguration('gongwen.preview').get<boolean>('scrollEditorWithPreview', true)) {
        this.suppressEditorUntil = Date.now() + 400;
        const pos = new vscode.Position(Math.min(m.line, this.document.lineCount - 1), 0);
        editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.AtTop);
      }
    } else if (m.type === 'clicked') {
      const line = Math.min(Math.max(0, m.line), this.document.lineCount - 1);
      void vscode.window.showTextDocument(this.document, { viewColumn: this.editorColumn(), preserveFocus: false }).then((ed) => {
        const pos = new vscode.Position(line, 0);
        ed.selection = new vscode.Selection(pos, pos);
        ed.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      });
    } else if (m.type === 'patched') {
      this.pageReport = { seq: m.seq, pages: m.pages };
    } else if (m.type === 'outOfStep') {
      this.shown = undefined;
      this.render();
    }
  }

  private editorColumn(): vscode.ViewColumn {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    return editor?.viewColumn ?? vscode.ViewColumn.One;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.disposables = [];
    this.onDispose();
  }
}

export class PreviewManager {
  private previews = new Map<string, Preview>();

  constructor(private readonly context: vscode.ExtensionContext) {}

  open(doc: vscode.TextDocument, toSide: boolean): Preview {
    const existing = this.previews.get(doc.uri.toString());
    if (existing) {
      existing.panel.reveal(undefined, toSide);
      return existing;
    }
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    const p = new Preview(this.context, doc, column, toSide, () => this.previews.delete(doc.uri.toString()));
    this.previews.set(doc.uri.toString(), p);
    return p;
  }

  get(uri: vscode.Uri): Preview | undefined {
    return this.previews.get(uri.toString());
  }

  all(): Preview[] {
    return [...this.previews.values()];
  }
}

/** Export the active document (or a file) to PDF, DOCX or HTML beside it. */
async function exportCommand(format: 'pdf' | 'docx' | 'html', uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a 公文 document to export it.'));
    return undefined;
  }
  const base = doc.isUntitled ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(process.cwd()), 'untitled') : doc.uri;
  const suggested = base.with({ path: base.path.replace(/\.[^./]*$/, '') + '.' + format });
  const target = await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { [format.toUpperCase()]: [format] } }) ?? undefined;
  if (!target) return undefined;
  // Typed over the suggested name, the document's own: its text would be replaced by the export.
  if (!doc.isUntitled && target.toString() === doc.uri.toString()) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The export would overwrite the document itself: choose another file.'));
    return undefined;
  }
  // Loaded lazily: playwright-core and docx stay out of the extension's start-up.
  const { exportText, NoBrowserError } = await import('../../../engine/src/export');
  try {
    const r = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0}…', format.toUpperCase()) },
      () => exportText(doc.getText(), format));
    await vscode.workspace.fs.writeFile(target, r.data);
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} pages to {1}', r.pages, vscode.workspace.asRelativePath(target)));
    return target;
  } catch (e) {
    if (e instanceof NoBrowserError) void vscode.window.showErrorMessage(e.message);
    else void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', e instanceof Error ? e.message : String(e)));
    return undefined;
  }
}

export function registerPreview(context: vscode.ExtensionContext, _client?: LanguageClient): PreviewManager {
  const manager = new PreviewManager(context);
  const docOf = (uri?: vscode.Uri) => (uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : undefined) ?? vscode.window.activeTextEditor?.document;
  const openCmd = (toSide: boolean) => async (uri?: vscode.Uri) => {
    let doc = docOf(uri);
    if (!doc && uri) doc = await vscode.workspace.openTextDocument(uri);
    if (!doc) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a 公文 document to preview it.'));
      return undefined;
    }
    manager.open(doc, toSide);
    return true;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('gongwen.preview.open', openCmd(false)),
    vscode.commands.registerCommand('gongwen.preview.openToSide', openCmd(true)),
    vscode.commands.registerCommand('gongwen.export.pdf', (uri?: vscode.Uri) => exportCommand('pdf', uri)),
    vscode.commands.registerCommand('gongwen.export.docx', (uri?: vscode.Uri) => exportCommand('docx', uri)),
    vscode.commands.registerCommand('gongwen.export.html', (uri?: vscode.Uri) => exportCommand('html', uri)),
    // For the e2e tests: what the preview of a document currently shows.
    vscode.commands.registerCommand('gongwen.preview._state', (uri?: vscode.Uri) => {
      const p = uri ? manager.get(uri) : manager.all()[0];
      if (!p) return undefined;
      return {
        renders: p.renders, fullRenders: p.fullRenders, patches: p.patches, seq: p.seq, page: p.pageReport,
        version: p.lastVersion, pages: p.lastPages, viewColumn: p.panel.viewColumn, visible: p.panel.visible, html: p.shownHtml(),
      };
    }),
    vscode.workspace.onDidChangeTextDocument((e) => manager.get(e.document.uri)?.scheduleRender()),
    vscode.languages.onDidChangeDiagnostics((e) => {
      for (const uri of e.uris) manager.get(uri)?.scheduleRender();
    }),
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      const p = manager.get(e.textEditor.document.uri);
      if (p && e.visibleRanges[0] && isGongwenLike(e.textEditor.document)) p.editorScrolled(e.visibleRanges[0].start.line);
    }),
  );
  return manager;
}
