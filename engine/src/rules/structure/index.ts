import type { Rule } from '../types';
import { mainRecipientColon } from './main-recipient-colon';
import { missingDate } from './missing-date';
import { tocTitle } from './toc-title';

export const structureRules: Rule[] = [mainRecipientColon, missingDate, tocTitle];
