import type { Rule } from '../types';

export const docNumberRules: Rule[] = [];
