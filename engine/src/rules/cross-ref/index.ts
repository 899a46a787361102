import type { Rule } from '../types';

export const crossRefRules: Rule[] = [];
