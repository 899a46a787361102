// renderPagesHtml's output cut into the pieces a live preview replaces one by one: the <title>
// text, the <style> text (its position classes are numbered per render, so an edit that needs a new
// one renumbers the later ones) and each page's <section class="page">. What is left, the shell,
// is the same from one render of a document to the next when the options are. Every piece of
// document text in that HTML is escaped, so the markers below occur nowhere else.

export interface HtmlParts {
  /** The text around the title, the style and the pages, in that order. */
  shell: [string, string, string, string];
  title: string;
  style: string;
  pages: string[];
}

const PAGES_OPEN = '<main id="gw-pages">\n';
const PAGES_CLOSE = '\n</main>';
const PAGE_START = '<section class="page ';

/** The parts of renderPagesHtml's output; undefined for any other HTML (an error page). */
export function splitRenderedHtml(html: string): HtmlParts | undefined {
  const titleStart = html.indexOf('<title>') + '<title>'.length;
  const titleEnd = html.indexOf('</title>', titleStart);
  const styleOpen = html.indexOf('<style', titleEnd);
  const styleStart = html.indexOf('>', styleOpen) + 1;
  const styleEnd = html.indexOf('</style>', styleStart);
  const pagesStart = html.indexOf(PAGES_OPEN, styleEnd) + PAGES_OPEN.length;
  const pagesEnd = html.lastIndexOf(PAGES_CLOSE);
  if (titleStart < '<title>'.length || titleEnd < 0 || styleOpen < 0 || styleEnd < 0 || pagesStart < PAGES_OPEN.length || pagesEnd < pagesStart) return undefined;
  const pages = html.slice(pagesStart, pagesEnd).split(`\n${PAGE_START}`).map((p, i) => (i ? PAGE_START + p : p));
  if (!pages[0].startsWith(PAGE_START)) return undefined;
  return {
    shell: [html.slice(0, titleStart), html.slice(titleEnd, styleStart), html.slice(styleEnd, pagesStart), html.slice(pagesEnd)],
    title: html.slice(titleStart, titleEnd),
    style: html.slice(styleStart, styleEnd),
    pages,
  };
}

/** The HTML the parts were cut from. */
export function joinRenderedHtml(p: HtmlParts): string {
  return p.shell[0] + p.title + p.shell[1] + p.style + p.shell[2] + p.pages.join('\n') + p.shell[3];
}
