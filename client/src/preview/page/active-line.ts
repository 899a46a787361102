// The clicked (active) line survives a patch that replaces its page: it is found again in the new
// page by its source line and its place among that line's elements (a wrapped paragraph has one
// element per printed line).

/** Remembers the active element; the function returned marks its counterpart after a patch. */
export function keepActiveLine(doc: Document): () => void {
  const el = doc.querySelector<HTMLElement>('.gw-active');
  const line = el?.dataset.line;
  if (!el || line === undefined) return () => {};
  const ofLine = () => Array.from(doc.querySelectorAll<HTMLElement>(`[data-line="${line}"]`));
  const nth = ofLine().indexOf(el);
  return () => {
    if (!el.isConnected) ofLine()[nth]?.classList.add('gw-active');
  };
}
