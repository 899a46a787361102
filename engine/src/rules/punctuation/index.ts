import type { Rule } from '../types';
import { width } from './width';
import { bracketBalance } from './bracket-balance';
import { digitWidth } from './digit-width';
import { doubled } from './doubled';
import { quotePair } from './quote-pair';

export const punctuationRules: Rule[] = [width, bracketBalance, digitWidth, doubled, quotePair];
