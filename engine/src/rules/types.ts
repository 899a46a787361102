// The contract every rule module implements. One rule, one module: engine/src/rules/<family>/<name>.ts
// with its tests beside it in <name>.test.ts.
import type { Diagnostic, Fix, Gazette, GwDocument, Severity } from '../types';
import type { Model } from '../model/types';
import type { SourceText } from '../text/source';

export interface RuleDocs {
  /** What it checks, in Chinese and English. */
  description: { zh: string; en: string };
  /** Why: the GB/T 9704 clause or the corpus evidence. */
  why: string;
  /** A wrong and a right example. */
  bad: string;
  good: string;
  /**
   * Whole documents for the test that checks the examples (test/unit/rule-docs.test.ts) when `bad`
   * and `good` are fragments that need a document around them (a date, an issuer mark, attachments).
   */
  test?: { bad: string; good: string; date?: string };
}

/** What a document's as-of date was taken from: its 成文日期, a 大事记's month, --date, the issue's
 * latest 成文日期, or today. */
export type AsOfBasis = 'date' | 'period' | 'option' | 'issue' | 'today';

export interface RuleContext {
  source: SourceText;
  gazette: Gazette;
  /** The document being checked (document-scoped rules). */
  doc: GwDocument;
  /** doc's index in gazette.documents: read from here, not by looking the document up there (a
   * read of another document through ctx.gazette makes this run depend on it: lint.ts). */
  docIndex: number;
  model: Model;
  /** Judge as of this ISO date: the document's 成文日期, else a 大事记's month, else --date, else
   * in an issue the latest 成文日期 of its documents, else today (engine/src/lint.ts asOfOf). */
  asOf: string;
  /** Where asOf came from; messages say so when it is not the document's own 成文日期 (asOfPhrase). */
  asOfBasis: AsOfBasis;
  /** Today (ISO), for "not after today" checks on drafts. */
  today: string;
  /** 'issue' when the text is an extracted gazette issue (noise is tolerated), 'draft' otherwise. */
  mode: 'issue' | 'draft';
  report(d: { start: number; end: number; message: string; fix?: Fix; severity?: Severity;
    suggestions?: Diagnostic['suggestions'] }): void;
  /**
   * `read` of every document of the gazette, for a run that depends on no more of them than that:
   * the incremental lint re-runs it only when an edit changes `read` of a document (by `same`),
   * where reading the documents through `gazette` re-runs it after any edit of any of them.
   * `read` must be a function of a document's text alone (perDocumentText).
   */
  readDocuments<T>(read: (doc: GwDocument) => T, same: (a: T, b: T) => boolean): T[];
  /**
   * The source text of the document's own span, [doc.start, doc.end): a run that reads no other
   * source text (not ctx.source) is kept by the incremental lint after an edit near the document
   * but not in this span, when the document's parse is unchanged.
   */
  ownText(): string;
  /**
   * `compute()` and whether it read `source` or `ownText()` (memo.ts watchingSource), what it read
   * counted as this run's reads too. Optional: a context without it is watched through a wrapper.
   */
  watching?<T>(compute: () => T): { value: T; readSource: boolean; readOwn: boolean };
}

export interface Rule {
  /** family/name, e.g. doc-number/bracket. */
  id: string;
  severity: Severity;
  /** Whether `gongwen fix` may apply this rule's fixes unattended. */
  fixable: boolean;
  /** 'document': called once per document; 'gazette': once per file with doc = the first document. */
  scope: 'document' | 'gazette';
  /**
   * Gazette scope: every field of the documents the rule reads (their paragraphs, if at all, only
   * through ctx.readDocuments), when it reads of the source text only what lies before the 目录's
   * end. The incremental lint then keeps its reports, moved, across an edit after the 目录 that
   * changes none of these fields of any document (a keystroke in a body), instead of running it on
   * every lint. Checked by lint-reads.test.ts on the corpus.
   */
  reads?: readonly (keyof GwDocument)[];
  docs: RuleDocs;
  check(ctx: RuleContext): void;
}
