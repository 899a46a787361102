// Placeholder hook for the preview (another helper replaces this file): extension.ts calls
// registerPreview(context, client) once the language client has started.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function registerPreview(_context: vscode.ExtensionContext, _client: LanguageClient): void {}
