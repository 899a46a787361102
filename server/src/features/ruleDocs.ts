// Where a rule's documentation lives: docs/rules.md, one heading per rule id.

/** GitHub's heading anchor for a rule id written as a heading: "doc-number/bracket" → "doc-numberbracket". */
export function ruleAnchor(ruleId: string): string {
  return ruleId.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

export function ruleDocsHref(pattern: string, ruleId: string): string {
  return pattern.replace(/\{rule\}/g, encodeURIComponent(ruleId)).replace(/\{anchor\}/g, encodeURIComponent(ruleAnchor(ruleId)));
}
