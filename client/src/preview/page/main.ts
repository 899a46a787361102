// The preview's page script (bundled for the browser to dist/preview.js, loaded with the CSP nonce).
// Fits the grid to the fonts actually present, keeps the scroll position across re-renders, applies
// patches that replace only the changed pages, and syncs scrolling with the editor by source line
// (data-line).
import { gwFit } from '../../../../engine/src/render/fit';
import type { FromPage, ToPage } from '../messages';
import { applyPatch } from './apply-patch';
import { fitPages } from './fit-pages';
import { keepActiveLine } from './active-line';

declare function acquireVsCodeApi(): { postMessage(m: FromPage): void; getState(): unknown; setState(s: unknown): void };
const vscode = acquireVsCodeApi();

function lines(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-line]'));
}

/** The element for a source line: the last one starting at or before it. */
function elementFor(line: number): HTMLElement | undefined {
  let best: HTMLElement | undefined;
  for (const el of lines()) {
    const l = Number(el.dataset.line);
    if (l <= line && (!best || l >= Number(best.dataset.line))) best = el;
  }
  return best ?? lines()[0];
}

let ignoreScrollUntil = 0;

function scrollToLine(line: number): void {
  const el = elementFor(line);
  if (!el) return;
  ignoreScrollUntil = Date.now() + 300;
  window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 8, behavior: 'auto' });
}

function topVisibleLine(): number | undefined {
  for (const el of lines()) {
    const r = el.getBoundingClientRect();
    if (r.bottom > 0) return Number(el.dataset.line);
  }
  return undefined;
}

/** The state this page shows: the seq its HTML was rendered with, then that of each patch applied. */
let seq = Number(document.body.dataset.seq ?? '0');
/** Until the fonts are ready and the whole page fitted, a patch's pages are fitted with the rest. */
let fitted = false;

function patch(m: Extract<ToPage, { type: 'patch' }>): void {
  if (m.base !== seq) {
    vscode.postMessage({ type: 'outOfStep' });
    return;
  }
  const y = window.scrollY;
  const restoreActive = keepActiveLine(document);
  ignoreScrollUntil = Date.now() + 300; // pages removed at the end may move the view: not the user
  const fresh = applyPatch(document, m);
  if (fitted) fitPages(document, fresh);
  restoreActive();
  if (window.scrollY !== y) window.scrollTo({ top: y, behavior: 'auto' });
  seq = m.seq;
  vscode.postMessage({ type: 'patched', seq, pages: document.querySelectorAll('#gw-pages > .page').length });
}

// Listening from the start, not once the fonts are ready: a patch sent right after the HTML arrives then.
window.addEventListener('message', (e: MessageEvent<ToPage>) => {
  const m = e.data;
  if (m && m.type === 'scrollToLine') scrollToLine(m.line);
  else if (m && m.type === 'patch') patch(m);
});

function start(): void {
  gwFit(document);
  fitted = true;
  const top = Number(document.body.dataset.topLine ?? '0');
  if (top > 0) scrollToLine(top);
  let pending = false;
  window.addEventListener('scroll', () => {
    if (Date.now() < ignoreScrollUntil || pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const line = topVisibleLine();
      if (line !== undefined) vscode.postMessage({ type: 'scrolled', line });
    });
  });
  document.addEventListener('click', (e) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-line]');
    if (!el) return;
    for (const a of Array.from(document.querySelectorAll('.gw-active'))) a.classList.remove('gw-active');
    el.classList.add('gw-active');
    vscode.postMessage({ type: 'clicked', line: Number(el.dataset.line) });
  });
}

if (document.fonts && document.fonts.ready) void document.fonts.ready.then(start);
else start();
