import type { Rule } from '../types';
import { bracket } from './bracket';
import { year } from './year';
import { sequence } from './sequence';
import { hao } from './hao';
import { spacing } from './spacing';
import { unknownCode } from './unknown-code';
import { series } from './series';
import { yearDate } from './year-date';
import { duplicate } from './duplicate';
import { decree } from './decree';
import { tocNumber } from './toc-number';
import { dateOrder } from './date-order';
import { arabicSequence } from './arabic-sequence';

export { duplicateNumbers, numberKey } from './duplicate';
export type { NumberedItem } from './duplicate';

export const docNumberRules: Rule[] = [bracket, year, sequence, hao, spacing, unknownCode, series, yearDate, duplicate, decree, tocNumber, dateOrder, arabicSequence];
