import type { Rule } from '../types';
import { width } from './width';
import { bracketBalance } from './bracket-balance';
import { digitWidth } from './digit-width';
import { doubled } from './doubled';
import { quotePair } from './quote-pair';
import { ellipsisDash } from './ellipsis-dash';
import { listEnd } from './list-end';
import { itemListEnd } from './item-list-end';
import { articleEnd } from './article-end';
import { amendColon } from './amend-colon';
import { straySpace } from './stray-space';
import { doubledDe } from './doubled-de';
import { doubledWord } from './doubled-word';
import { percentWidth } from './percent-width';
import { nestedTitle } from './nested-title';
import { countyGroup } from './county-group';

export const punctuationRules: Rule[] = [width, bracketBalance, digitWidth, doubled, quotePair, ellipsisDash, listEnd, itemListEnd, articleEnd, amendColon, straySpace, doubledDe, doubledWord, percentWidth, nestedTitle, countyGroup];
