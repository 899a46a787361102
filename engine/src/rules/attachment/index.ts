import type { Rule } from '../types';

export const attachmentRules: Rule[] = [];
