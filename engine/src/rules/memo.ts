// Several rules ask the same question of one parse node (a document's dates, its 附件说明, its
// numbering tree): the answer is worked out once per node object. A node belongs to one parse, and
// the rules only read the answer.
import type { GwDocument } from '../types';
import type { RuleContext } from './types';
import { movedLikeDocument, unmovedDocument } from '../parse/gazette';

/** `compute`, remembered per argument object. */
export function perNode<K extends object, V>(compute: (node: K) => V): (node: K) => V {
  const answers = new WeakMap<K, V>();
  return (node) => {
    if (answers.has(node)) return answers.get(node) as V;
    const v = compute(node);
    answers.set(node, v);
    return v;
  };
}

/**
 * `compute` of a document's text alone (an answer holding no offsets), remembered across the edits
 * that only move the document: asked of the other documents of an issue on every keystroke.
 */
export function perDocumentText<V>(compute: (doc: GwDocument) => V): (doc: GwDocument) => V {
  const remembered = perNode(compute);
  return (doc) => remembered(unmovedDocument(doc));
}

/**
 * `compute` of a document (an answer that may hold offsets), worked out once per document text and
 * moved with the document: after an edit the documents behind it are moved copies, and a rule that
 * reads every document of an issue asks again of each of them on every keystroke.
 */
export function perDocumentMoved<V>(compute: (doc: GwDocument) => V): (doc: GwDocument) => V {
  const remembered = perNode(compute);
  return perNode((doc: GwDocument) => movedLikeDocument(doc, remembered(unmovedDocument(doc))));
}

/**
 * `compute(ctx)` and whether it read `ctx.source`. An answer remembered per parse node and worked
 * out from the source text must, when a later run takes it, count as that run's read of the source
 * (lintIncremental keeps a run that read none on a document an edit is near but not in): the
 * caller reads `ctx.source` (or `ctx.ownText()`) again on each hit of an answer that read it.
 */
export function watchingSource<T>(ctx: RuleContext, compute: (ctx: RuleContext) => T): { value: T; readSource: boolean; readOwn: boolean } {
  if (ctx.watching) return ctx.watching(() => compute(ctx));
  let readSource = false;
  let readOwn = false;
  const watched = Object.create(ctx, {
    source: { get: () => { readSource = true; return ctx.source; } },
    ownText: { value: () => { readOwn = true; return ctx.ownText(); } },
  }) as RuleContext;
  const value = compute(watched);
  return { value, readSource, readOwn };
}

/** A remembered answer (watchingSource) taken by a run: what went into it read again. */
export function takenAnswer<T>(ctx: RuleContext, hit: { value: T; readSource: boolean; readOwn: boolean }): T {
  if (hit.readSource) void ctx.source;
  if (hit.readOwn) ctx.ownText();
  return hit.value;
}
