// The grid fitter (gwFit) run for some pages only, after a patch replaced them: the fonts are
// measured again (a dozen measures; the results set variables every page uses), and only these
// pages' half-width boxes are fitted, where fitting every box of a large gazette takes ~0.5 s.
import { gwFit } from '../../../../engine/src/render/fit';

export function fitPages(doc: Document, pages: HTMLElement[]): void {
  if (!pages.length) return;
  gwFit({
    documentElement: doc.documentElement,
    body: doc.body,
    createElement: (tag) => doc.createElement(tag),
    querySelectorAll: (selector) => pages.flatMap((p) => Array.from(p.querySelectorAll(selector))),
  });
}
