// Where a sentence ends: one set for the parser (the paragraph joiner, a document's start in an
// issue) and the rules (rules/running-text and the readers of running text), so that they agree
// on what a sentence is.

/** The marks that end a sentence proper (句末点号), full-width and half-width. */
export const FULL_STOP_MARKS = '。！？!?';

/**
 * The marks that end a sentence, full-width and half-width: an extracted issue prints a page's
 * punctuation half-width (a half-width island, corpus NOTES.md), and its 。；！？ are still sentence
 * ends there. The semicolon too: each clause of a list of tasks (…；…；…。) is read as a sentence.
 * Not the colon: 下列…：一是… runs on.
 */
export const SENTENCE_END_MARKS = `${FULL_STOP_MARKS}；;`;
