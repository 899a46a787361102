// Pieces of the numbering marker patterns that parse/items.ts (matchMarker) and parse/paragraphs.ts
// (STRUCTURAL_START, which hard-wrap joining asks before items.ts can be loaded: the two import each
// other) both build from, so that they read a marker alike.

/** A `1.` that is followed by a year (1.2025年…): an item, not a decimal (none has four places and 年). */
export const ITEM_BEFORE_YEAR = '[.．](?=(?:19|20)\\d{2}(?:年|—|－|-))';
