// Folding: documents, items with content under them, attachments, 牵头单位 blocks or paragraphs
// that span several lines, and gongwen-disable … gongwen-enable regions.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver/node';
import type { Analysis } from './context';
import { outline, type OutlineNode } from './structure';
import { directivesOf } from '../../../engine/src/directives';

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
  // gongwen-disable … gongwen-enable: the language configuration's folding markers, which an editor
  // no longer applies once a server gives the ranges.
  let open: number | undefined;
  for (const d of directivesOf(source)) {
    if (d.kind === 'disable' && open === undefined) open = d.start;
    else if (d.kind === 'enable' && open !== undefined) {
      add(open, d.start, FoldingRangeKind.Region);
      open = undefined;
    }
  }
  out.sort((x, y) => x.startLine - y.startLine || y.endLine - x.endLine);
  return out;
}
