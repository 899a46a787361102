import type { Rule } from '../types';
import { citationForm } from './citation-form';
import { numberTitle } from './number-title';
import { laterDocument } from './later-document';
import { repealed } from './repealed';

export const crossRefRules: Rule[] = [citationForm, numberTitle, laterDocument, repealed];
