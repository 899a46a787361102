// The outline: each document's title, its numbering hierarchy and its attachments.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { SourceText } from '../../../engine/src/text/source';
import type { Analysis } from './context';
import { outline, type NodeKind, type OutlineNode } from './structure';

const KINDS: Record<NodeKind, SymbolKind> = {
  document: SymbolKind.File,
  chapter: SymbolKind.Namespace,
  section: SymbolKind.Namespace,
  article: SymbolKind.Field,
  item: SymbolKind.EnumMember,
  attachment: SymbolKind.Module,
};

function toSymbol(n: OutlineNode, source: SourceText): DocumentSymbol {
  const range = { start: source.positionAt(n.start), end: source.positionAt(n.end) };
  return {
    name: n.name || '—',
    ...(n.detail ? { detail: n.detail } : {}),
    kind: KINDS[n.kind],
    range,
    selectionRange: { start: source.positionAt(n.selStart), end: source.positionAt(n.selEnd) },
    children: n.children.map((c) => toSymbol(c, source)),
  };
}

export function documentSymbols(a: Analysis): DocumentSymbol[] {
  const { source, gazette } = a.result;
  return outline(gazette, source).map((n) => toSymbol(n, source));
}
