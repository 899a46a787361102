// What every feature needs: the open documents, their settings and their latest analysis.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { asOfOf, fallbackAsOf, todayIso, type LintResult } from '../../../engine/src/lint';
import type { Model } from '../../../engine/src/model/types';
import type { Gazette, GwDocument } from '../../../engine/src/types';
import type { GongwenSettings } from './settings';
import type { WorkspaceIndex } from './workspaceIndex';

export interface Analysis {
  uri: string;
  version: number;
  document: TextDocument;
  settings: GongwenSettings;
  /** The model the text was linted with (the settings' model plus the workspace's documents). */
  model: Model;
  result: LintResult;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  index: WorkspaceIndex;
  settingsFor(uri: string): Promise<GongwenSettings>;
  /** Lint (or reuse the cached lint of) the document's current version; undefined once it is closed. */
  analyze(uri: string): Promise<Analysis | undefined>;
  log(message: string): void;
}

/** The document of the gazette that contains `offset` (or the nearest before it). */
export function documentAt(docs: GwDocument[], offset: number): GwDocument | undefined {
  let best: GwDocument | undefined;
  for (const d of docs) {
    if (d.start <= offset && offset <= d.end) return d;
    if (d.start <= offset) best = d;
  }
  return best ?? docs[0];
}

/**
 * The date a document is judged by, exactly as the linter judges it (engine asOfOf: its 成文日期,
 * the last real day of a wrongly written month, a 大事记's month, else the configured date, else in
 * an issue its latest 成文日期, else today), so hover and completion agree with the diagnostics.
 */
export function asOfDate(gazette: Gazette, doc: GwDocument | undefined, settings: GongwenSettings, today = todayIso()): string {
  const fallback = fallbackAsOf(gazette, settings.date || undefined, today);
  return doc ? asOfOf(doc, fallback).date : fallback.date;
}
