// Folding: documents, items with content under them, attachments, and 牵头单位 blocks or
// paragraphs that span several lines.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver/node';
import type { Analysis } from './context';
import { outline, type OutlineNode } from './structure';

export function foldingRanges(a: Analysis): FoldingRange[] {
  const { source, gazette } = a.result;
  const out: FoldingRange[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number, kind?: FoldingRangeKind) => {
    const s = source.positionAt(start).line;
    const e = source.positionAt(end).line;
    if (e <= s || seen.has(`${s}:${e}`)) return;
    seen.add(`${s}:${e}`);
    out.push({ startLine: s, endLine: e, ...(kind ? { kind } : {}) });
  };
  const walk = (n: OutlineNode) => {
    add(n.start, n.end);
    n.children.forEach(walk);
  };
  outline(gazette, source).forEach(walk);
  for (const d of gazette.documents) for (const b of d.blocks) add(b.start, b.end, FoldingRangeKind.Region);
  out.sort((x, y) => x.startLine - y.startLine || y.endLine - x.endLine);
  return out;
}
