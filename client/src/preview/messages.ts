// Typed messages between the extension and the preview's page script.
export type ToPage =
  | { type: 'scrollToLine'; line: number };

export type FromPage =
  | { type: 'scrolled'; line: number }
  | { type: 'clicked'; line: number };
