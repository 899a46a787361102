import type { Rule } from '../types';
import { mainRecipientColon } from './main-recipient-colon';
import { missingDate } from './missing-date';

export const structureRules: Rule[] = [mainRecipientColon, missingDate];
