import type { Rule } from '../types';
import { citationForm } from './citation-form';
import { numberTitle } from './number-title';
import { laterDocument } from './later-document';
import { repealed } from './repealed';
import { issuedTitle } from './issued-title';
import { attachmentRef } from './attachment-ref';
import { articleRef } from './article-ref';
import { citedArticle } from './cited-article';
import { abbreviation } from './abbreviation';
import { abbreviationOrder } from './abbreviation-order';
import { abbreviationUnused } from './abbreviation-unused';
import { selfName } from './self-name';
import { decreeCitation } from './decree-citation';
import { republished } from './republished';
import { decreeKind } from './decree-kind';
import { selfCitation } from './self-citation';
import { citedIssuer } from './cited-issuer';

export const crossRefRules: Rule[] = [
  citationForm, numberTitle, laterDocument, repealed, issuedTitle, attachmentRef, articleRef, citedArticle, abbreviation, abbreviationOrder, abbreviationUnused, selfName, decreeCitation, republished, decreeKind, selfCitation, citedIssuer,
];
