// Typed messages between the extension and the preview's page script.

/** What turns the pages the webview shows into those of a new render of the same document. */
export interface PagePatch {
  /** The new number of pages: pages past it are removed. */
  count: number;
  /** The pages whose HTML changed or that are new, by index, in ascending order. */
  pages: { index: number; html: string }[];
  /** The new <style> text, when it changed (a new position class). */
  style?: string;
  /** The new <title> text, when it changed. */
  title?: string;
}

export type ToPage =
  | { type: 'scrollToLine'; line: number }
  /** Applies to the page showing state `base` (the body's data-seq, then each patch's seq). */
  | ({ type: 'patch'; base: number; seq: number } & PagePatch);

export type FromPage =
  | { type: 'scrolled'; line: number }
  | { type: 'clicked'; line: number }
  /** A patch was applied: the page now shows state `seq` with `pages` page elements. */
  | { type: 'patched'; seq: number; pages: number }
  /** A patch for another state arrived (the page was reloaded from older HTML): render it whole. */
  | { type: 'outOfStep' };
