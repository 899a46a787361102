// Applies a PagePatch to the preview's DOM. Page elements the patch does not name stay the same
// node objects: their fitted boxes, scroll position and selection are untouched.
import type { PagePatch } from '../messages';

/** Replaces, adds and removes pages as the patch says; returns the new page elements. */
export function applyPatch(doc: Document, patch: PagePatch): HTMLElement[] {
  const main = doc.getElementById('gw-pages')!;
  const pages = Array.from(main.children) as HTMLElement[];
  const parsed = doc.createElement('template');
  parsed.innerHTML = patch.pages.map((p) => p.html).join('');
  const fresh = Array.from(parsed.content.children) as HTMLElement[];
  patch.pages.forEach(({ index }, k) => {
    if (index < pages.length) pages[index].replaceWith(fresh[k]);
    else main.appendChild(fresh[k]);
  });
  for (let i = pages.length - 1; i >= patch.count; i--) pages[i].remove();
  if (patch.style !== undefined) doc.querySelector('head > style')!.textContent = patch.style;
  // The title is HTML (escaped text): set as markup, the <title> element decodes it.
  if (patch.title !== undefined) doc.querySelector('head > title')!.innerHTML = patch.title;
  return fresh;
}
