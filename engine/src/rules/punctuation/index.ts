import type { Rule } from '../types';

export const punctuationRules: Rule[] = [];
