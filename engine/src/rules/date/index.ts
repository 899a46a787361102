import type { Rule } from '../types';
import { arabic } from './arabic';
import { fullYearRule } from './full-year';
import { leadingZero } from './leading-zero';
import { valid } from './valid';
import { future } from './future';
import { form } from './form';
import { printOrder } from './print-order';
import { chronicleDay } from './chronicle-day';
import { effectiveOrder } from './effective-order';
import { deadlineOrder } from './deadline-order';
import { weekday } from './weekday';
import { bodyArabic } from './body-arabic';
import { rangeOrder } from './range-order';

export const dateRules: Rule[] = [arabic, fullYearRule, leadingZero, valid, future, form, printOrder, chronicleDay, effectiveOrder, deadlineOrder, weekday, bodyArabic, rangeOrder];
