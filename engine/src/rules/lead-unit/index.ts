import type { Rule } from '../types';

export const leadUnitRules: Rule[] = [];
