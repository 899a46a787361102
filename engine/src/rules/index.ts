// Every rule, by family. Each family folder exports its rules from its own index.
import type { Rule } from './types';
import { docNumberRules } from './doc-number';
import { leadUnitRules } from './lead-unit';
import { numberingRules } from './numbering';
import { crossRefRules } from './cross-ref';
import { dateRules } from './date';
import { attachmentRules } from './attachment';
import { punctuationRules } from './punctuation';
import { structureRules } from './structure';

export const allRules: Rule[] = [
  ...docNumberRules,
  ...leadUnitRules,
  ...numberingRules,
  ...crossRefRules,
  ...dateRules,
  ...attachmentRules,
  ...punctuationRules,
  ...structureRules,
];

export function findRule(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
