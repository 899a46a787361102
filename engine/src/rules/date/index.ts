import type { Rule } from '../types';

export const dateRules: Rule[] = [];
