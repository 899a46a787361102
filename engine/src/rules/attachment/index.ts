import type { Rule } from '../types';
import { colon } from './colon';
import { numbering } from './numbering';
import { single } from './single';
import { punctuation } from './punctuation';
import { match } from './match';

export const attachmentRules: Rule[] = [colon, numbering, single, punctuation, match];
