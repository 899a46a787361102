import type { Rule } from '../types';
import { ccPeriod } from './cc-period';
import { mainRecipientColon } from './main-recipient-colon';
import { mainRecipientSeparator } from './main-recipient-separator';
import { missingDate } from './missing-date';
import { tocTitle } from './toc-title';
import { tocCoverage } from './toc-coverage';
import { tocOrder } from './toc-order';
import { issueNumber } from './issue-number';
import { tocSection } from './toc-section';
import { noteBrackets } from './note-brackets';
import { signatureIssuer } from './signature-issuer';
import { titleDoctype } from './title-doctype';
import { missingRecipient } from './missing-recipient';
import { appointmentTitle } from './appointment-title';
import { closingDoctype } from './closing-doctype';
import { listCount } from './list-count';

export const structureRules: Rule[] = [mainRecipientColon, mainRecipientSeparator, missingDate, tocTitle, tocCoverage, tocOrder, ccPeriod, issueNumber, tocSection, noteBrackets, signatureIssuer, titleDoctype, missingRecipient, appointmentTitle, closingDoctype, listCount];
