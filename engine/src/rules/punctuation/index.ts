import type { Rule } from '../types';
import { width } from './width';
import { bracketBalance } from './bracket-balance';

export const punctuationRules: Rule[] = [width, bracketBalance];
