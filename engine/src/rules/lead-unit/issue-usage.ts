// A name the lexicon reads as an abbreviation or a slip of a known unit, used by several documents
// of an issue that never name that unit, is a unit of its own the model does not know: one set up
// or renamed after the gazettes it was trained on (市商务局 and 市投资促进局, split from
// 市商务投资促进局 after a model's last gazette). A drafter slips once; the offices that write an
// issue's documents do not repeat one slip, and an issue that never names the unit is not
// abbreviating it. Units are compared as the blocks list them (the lexicon is learnt from blocks):
// one set of names per document, so a question costs one look-up per document, whatever the size
// of the text.
import type { GwDocument } from '../../types';
import type { RuleContext } from '../types';
import { normalizeUnitName } from '../../units';
import { perDocumentText } from '../memo';

const STRAY = /[；;。]/;

/**
 * The unit names a document's blocks list (normalised), once per document's text: a keystroke
 * before a document only moves it (reading a moved document's blocks would move them all).
 */
const unitsOf = perDocumentText((doc: GwDocument): Set<string> => {
  const names = new Set<string>();
  // Split at a stray `；` `;` `。` as the rules' tokens are (two units run together).
  for (const b of doc.blocks) for (const r of b.roles) for (const u of r.units) for (const part of u.text.split(STRAY)) names.add(normalizeUnitName(part.trim()));
  return names;
});

/**
 * How many documents of the issue list `name` in their blocks, when none of them lists `standard`
 * (or its full name); 0 when one does, and outside an issue. The documents' names are read through
 * ctx.readDocuments: the incremental lint re-runs the rule when an edit changes a document's names,
 * not after every keystroke in another document.
 */
export function documentsUsingInstead(ctx: RuleContext, name: string, standard: string, full?: string): number {
  if (ctx.mode !== 'issue') return 0;
  let using = 0;
  for (const names of ctx.readDocuments(unitsOf, sameNames)) {
    if (names.has(standard) || (full !== undefined && names.has(full))) return 0;
    if (names.has(name)) using++;
  }
  return using;
}

function sameNames(a: Set<string>, b: Set<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const n of a) if (!b.has(n)) return false;
  return true;
}
