import type { Rule } from '../types';
import { width } from './width';
import { bracketBalance } from './bracket-balance';
import { digitWidth } from './digit-width';
import { doubled } from './doubled';

export const punctuationRules: Rule[] = [width, bracketBalance, digitWidth, doubled];
