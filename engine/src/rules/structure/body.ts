// Where a document's own text ends, for the structure rules that read its body.
import type { GwDocument } from '../../types';

/** Source offset where the body ends: at the signature or the first attached text, else at the document's end. */
export function bodyEnd(doc: GwDocument): number {
  let to = doc.end;
  if (doc.signature) to = Math.min(to, doc.signature.start);
  for (const a of doc.attachments) to = Math.min(to, a.start);
  return to;
}
