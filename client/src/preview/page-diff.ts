// Which pages of the preview a new render changes. Pages are compared by index: an edit that moves
// text onto later pages changes each of them anyway (their lines, data-line and page numbers), so
// matching moved pages would find nothing to keep.
import type { HtmlParts } from '../../../engine/src/render/split';
import type { PagePatch } from './messages';

/** The patch from the shown parts to the next, or undefined when their shells differ (set the whole HTML). */
export function diffPages(shown: HtmlParts, next: HtmlParts): PagePatch | undefined {
  if (next.shell.some((s, i) => s !== shown.shell[i])) return undefined;
  const patch: PagePatch = { count: next.pages.length, pages: [] };
  next.pages.forEach((html, index) => {
    if (html !== shown.pages[index]) patch.pages.push({ index, html });
  });
  if (next.style !== shown.style) patch.style = next.style;
  if (next.title !== shown.title) patch.title = next.title;
  return patch;
}

/** True when the patch changes nothing. */
export function isEmptyPatch(p: PagePatch, shownPages: number): boolean {
  return p.count === shownPages && !p.pages.length && p.style === undefined && p.title === undefined;
}
