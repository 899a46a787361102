// The outline of a parsed text, shared by document symbols and folding: each document (title),
// its numbering items nested by level (第X章 > 第X节 > 第X条 > 一、 > （一） > 1. > （1） > ①) and
// its attachments, each node with the source span it covers.
import type { Gazette, GwDocument, NumberingItem } from '../../../engine/src/types';
import type { SourceText } from '../../../engine/src/text/source';
import { documentPieces } from '../../../engine/src/parse/gazette';

export type NodeKind = 'document' | 'chapter' | 'section' | 'article' | 'item' | 'attachment';

export interface OutlineNode {
  kind: NodeKind;
  name: string;
  detail?: string;
  start: number;
  end: number;
  selStart: number;
  selEnd: number;
  level?: number;
  children: OutlineNode[];
}

/** Nesting rank: lower contains higher. */
function rank(level: number): number {
  if (level >= 10) return level - 10; // 章 0, 节 1, 条 2
  return level + 2; // 一、 3, （一） 4, 1. 5, （1） 6, ① 7
}

function kindOf(level: number): NodeKind {
  return level === 10 ? 'chapter' : level === 11 ? 'section' : level === 12 ? 'article' : 'item';
}

const MAX_NAME = 40;

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_NAME ? one.slice(0, MAX_NAME) + '…' : one;
}

/**
 * An item's name: its marker and its run-in heading, the text before the first 。；： (（一）工作目标。
 * 到2025年底… → （一）工作目标; （一）制定年度检查计划； → （一）制定年度检查计划), as an outline of headings shows headings, not the paragraph that
 * follows one; an article (第X条), which has no heading, by its opening words.
 */
function itemName(it: NumberingItem): string {
  if (it.level >= 10) return clip(`${it.marker}${it.heading ? ' ' + it.heading : ''}`);
  const runIn = /^([^。！？!?；;：:]+)[。！？!?；;：:]/.exec(it.heading.replace(/\s+/g, ''));
  return clip(`${it.marker}${runIn ? runIn[1] : it.heading}`);
}

/** End of the text before `limit`, without trailing whitespace. */
function trimEnd(text: string, start: number, limit: number): number {
  let e = limit;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

/**
 * An item ends no later than the source stretch it starts in: in an extracted issue a document's
 * page continuation may be printed pages away, and its items must not reach over the documents
 * between (an item of 9 KB ran 21 KB, to the next 一、 of its document's main text).
 */
type PieceEnd = (at: number) => number;

function itemNodes(items: NumberingItem[], text: string, regionEnd: number, pieceEnd: PieceEnd): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: { node: OutlineNode; rank: number }[] = [];
  const sorted = [...items].sort((a, b) => a.start - b.start);
  sorted.forEach((it, i) => {
    const r = rank(it.level);
    // An item runs until the next item of the same or a containing level.
    let end = regionEnd;
    for (let j = i + 1; j < sorted.length; j++) {
      if (rank(sorted[j].level) <= r) {
        end = sorted[j].start;
        break;
      }
    }
    end = Math.min(end, pieceEnd(it.start));
    const node: OutlineNode = {
      kind: kindOf(it.level),
      name: itemName(it),
      start: it.start,
      end: Math.max(trimEnd(text, it.start, end), it.markerSpan.end),
      selStart: it.markerSpan.start,
      selEnd: it.markerSpan.end,
      level: it.level,
      children: [],
    };
    while (stack.length && stack[stack.length - 1].rank >= r) stack.pop();
    if (stack.length) stack[stack.length - 1].node.children.push(node);
    else roots.push(node);
    stack.push({ node, rank: r });
  });
  return roots;
}

function documentNode(doc: GwDocument, text: string, pieceEnd: PieceEnd): OutlineNode {
  const title = doc.title?.text.replace(/\s+/g, '');
  const sel = doc.title ?? doc.number ?? { start: doc.start, end: doc.start };
  const docEnd = trimEnd(text, doc.start, doc.end);
  const attachments = [...doc.attachments].sort((a, b) => a.start - b.start);
  const firstAtt = attachments.length ? attachments[0].start : docEnd;
  // The body's last item ends where the closing parts (附件 note, signature, date) begin.
  const body = doc.items.filter((i) => i.start < firstAtt);
  const lastItem = body.length ? Math.max(...body.map((i) => i.start)) : doc.start;
  const closing = [doc.attachmentNote, doc.signature, doc.date].filter((x) => x && x.start > lastItem && x.start < firstAtt).map((x) => x!.start);
  const bodyEnd = closing.length ? Math.min(...closing) : firstAtt;
  const node: OutlineNode = {
    kind: 'document',
    name: title || doc.number?.canonical || doc.type,
    ...(doc.number ? { detail: doc.number.canonical } : {}),
    start: doc.start,
    end: docEnd,
    selStart: sel.start,
    selEnd: sel.end,
    children: itemNodes(body, text, bodyEnd, pieceEnd),
  };
  attachments.forEach((a, k) => {
    const end = trimEnd(text, a.start, k + 1 < attachments.length ? attachments[k + 1].start : docEnd);
    // No 附件 label nor number: the document a 印发 notice issues, shown by its own title.
    const label = a.label ?? (a.index !== undefined ? `附件${a.index}` : undefined);
    const heading = a.title?.text.replace(/\s+/g, '');
    node.children.push({
      kind: 'attachment',
      name: clip(label && heading ? `${label} ${heading}` : label ?? heading ?? '附件'),
      start: a.start,
      end: Math.max(end, a.start),
      selStart: a.title?.start ?? a.start,
      selEnd: a.title?.end ?? a.start,
      children: itemNodes(doc.items.filter((i) => i.start >= a.start && i.start < end), text, end, pieceEnd),
    });
  });
  return node;
}

export function outline(gazette: Gazette, source: SourceText): OutlineNode[] {
  return gazette.documents.map((d, k) => {
    const pieces = documentPieces(gazette, k) ?? [];
    const pieceEnd = (at: number) => pieces.find((p) => p.start <= at && at < p.end)?.end ?? Infinity;
    return documentNode(d, source.text, pieceEnd);
  });
}
