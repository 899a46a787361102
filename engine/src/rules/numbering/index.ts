import type { Rule } from '../types';
import { sequence } from './sequence';
import { markerForm } from './marker-form';
import { levelOrder } from './level-order';
import { wrongParent } from './wrong-parent';
import { inlineSequence } from './inline-sequence';
import { circledSequence } from './circled-sequence';

export const numberingRules: Rule[] = [sequence, markerForm, levelOrder, wrongParent, inlineSequence, circledSequence];
