// A name the lexicon reads as an abbreviation or a slip of a known unit, used by several documents
// of an issue that never name that unit, is a unit of its own the model does not know: one set up
// or renamed after the gazettes it was trained on (市商务局 and 市投资促进局, split from
// 市商务投资促进局 after a model's last gazette). A drafter slips once; the offices that write an
// issue's documents do not repeat one slip, and an issue that never names the unit is not
// abbreviating it.
import type { GwDocument } from '../../types';
import type { RuleContext } from '../types';

const compactTexts = new WeakMap<GwDocument, string>();

/** A document's source text without whitespace (a name broken across extracted lines joins up). */
function compactText(ctx: RuleContext, doc: GwDocument): string {
  let t = compactTexts.get(doc);
  if (t === undefined) {
    const text = ctx.source.text;
    t = [doc, ...doc.continuations].map((s) => text.slice(s.start, s.end)).join('').replace(/\s+/g, '');
    compactTexts.set(doc, t);
  }
  return t;
}

/**
 * How many documents of the issue use `name`, when none of them names `standard` (or its full
 * name); 0 when one does, and outside an issue. The documents are read through ctx.gazette, so the
 * incremental lint re-runs the rule when another document changes.
 */
export function documentsUsingInstead(ctx: RuleContext, name: string, standard: string, full?: string): number {
  if (ctx.mode !== 'issue') return 0;
  const docs = ctx.gazette.documents;
  let using = 0;
  for (let k = 0; k < docs.length; k++) {
    const t = compactText(ctx, docs[k]);
    if (t.includes(standard) || (full && t.includes(full))) return 0;
    if (t.includes(name)) using++;
  }
  return using;
}
