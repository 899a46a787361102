import type { Rule } from '../types';
import { width } from './width';
import { bracketBalance } from './bracket-balance';
import { digitWidth } from './digit-width';

export const punctuationRules: Rule[] = [width, bracketBalance, digitWidth];
