// A full-width percent sign (46％) in a text that writes it half-width elsewhere (25%): the digits
// before it are half-width, and the text's own form is %, so the ％ was typed with the input method
// left in full-width mode. A document that writes ％ throughout keeps one form: not judged.
import type { Rule } from '../types';
import type { GwDocument } from '../../types';
import { perDocumentText } from '../memo';

/** Whether a document writes a half-width % after digits, once per document's text. */
const writesHalfPercent = perDocumentText((doc: GwDocument): boolean => doc.paragraphs.some((p) => /\d%/.test(p.text)));

const WHY = 'GB/T 15835—2011《出版物上数字用法》：阿拉伯数字及其后的百分号用半角；全文应统一';

export const percentWidth: Rule = {
  id: 'punctuation/percent-width',
  severity: 'warning',
  fixable: true,
  // Each document's own form: an issue reprints documents of several offices, one of which may
  // write ％ throughout while another writes % (redteam8); a draft is one document.
  scope: 'document',
  docs: {
    description: {
      zh: '百分号随阿拉伯数字用半角“%”：同一文件其余处写半角“%”时，数字后的全角“％”应改为半角（公报中逐篇判断：通篇两处以上都写全角“％”的文件不判断，只有一处全角“％”的按全期其他文件的写法判断；引号内照录的原文不判断）。',
      en: 'A percent sign after Arabic digits is half-width (%): where the document writes % elsewhere, a full-width ％ after digits is changed to % (each document of an issue on its own: one writing ％ at least twice throughout is not judged, a lone ％ is judged by the issue’s other documents; nor a quotation that keeps its source’s form).',
    },
    why: WHY + '；半角、全角混用多是输入法处于全角状态时的笔误。',
    bad: '增速达到25%以上，占比达到46％以上。',
    good: '增速达到25%以上，占比达到46%以上。',
  },
  check(ctx) {
    const { start, end } = ctx.doc;
    const text = ctx.source.text;
    // Most texts have no ％: one native search, then nothing. Searched in the document's own text
    // (a slice, not a copy): a search of the source from the document's start ran on to the end of
    // the issue when no ％ followed, for every document (~9 × the length a lint).
    const body = text.slice(start, end);
    const first = body.indexOf('％');
    if (first < 0) return;
    const signs: number[] = [];
    for (let k = first; k >= 0; k = body.indexOf('％', k + 1)) {
      const at = start + k;
      const before = text.charCodeAt(at - 1);
      if (before < 48 || before > 57) continue;
      // Inside a quotation opened on its line: the quoted text's words in its own form (a standard's
      // “节能率不低于65％”, quoted word for word: redteam8).
      const line = text.slice(text.lastIndexOf('\n', at) + 1, at);
      if (line.lastIndexOf('“') > line.lastIndexOf('”')) continue;
      signs.push(at);
    }
    if (!signs.length) return;
    // The document's own form when it writes %; one that writes ％ more than once has a form of its
    // own (redteam8: an issue's 通报 writing 92％ and 86％ beside a 通知 writing 46%). A lone ％ is
    // judged by the form.
    const own = /\d%/.test(text.slice(start, end));
    if (!own && (signs.length > 1 || ctx.mode !== 'issue' || !ctx.readDocuments(writesHalfPercent, (a, b) => a === b).some(Boolean))) return;
    for (const at of signs) {
      ctx.report({
        start: at, end: at + 1,
        message: `数字后的百分号应为半角“%”，不用全角“％”（${WHY}，${own ? '本文其余处均写“%”' : '本期公报其余各处写“%”'}）。`,
        fix: { range: [at, at + 1], text: '%' },
      });
    }
  },
};
