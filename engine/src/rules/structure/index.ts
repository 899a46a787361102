import type { Rule } from '../types';
import { ccPeriod } from './cc-period';
import { mainRecipientColon } from './main-recipient-colon';
import { mainRecipientSeparator } from './main-recipient-separator';
import { missingDate } from './missing-date';
import { tocTitle } from './toc-title';

export const structureRules: Rule[] = [mainRecipientColon, mainRecipientSeparator, missingDate, tocTitle, ccPeriod];
