// STUB: replaced by the real parser (in progress).
import type { Gazette } from '../types';
import type { Model } from '../model/types';
import type { SourceText } from '../text/source';

export function parseGazette(_source: SourceText, _model?: Model): Gazette {
  return { isIssue: false, toc: [], documents: [] };
}
