// A full-width percent sign (46％) in a text that writes it half-width elsewhere (25%): the digits
// before it are half-width, and the text's own form is %, so the ％ was typed with the input method
// left in full-width mode. A text that writes ％ throughout keeps one form: not judged.
import type { Rule } from '../types';

const WHY = 'GB/T 15835—2011《出版物上数字用法》：阿拉伯数字及其后的百分号用半角；全文应统一';

export const percentWidth: Rule = {
  id: 'punctuation/percent-width',
  severity: 'warning',
  fixable: true,
  // The whole text once: the form is the text's, not one document's.
  scope: 'gazette',
  docs: {
    description: {
      zh: '百分号随阿拉伯数字用半角“%”：同一文本其余处写半角“%”时，数字后的全角“％”应改为半角（通篇写全角“％”的不判断，引号内照录的原文不判断）。',
      en: 'A percent sign after Arabic digits is half-width (%): where the text writes % elsewhere, a full-width ％ after digits is changed to % (a text that writes ％ throughout is not judged, nor a quotation that keeps its source’s form).',
    },
    why: WHY + '；半角、全角混用多是输入法处于全角状态时的笔误。',
    bad: '增速达到25%以上，占比达到46％以上。',
    good: '增速达到25%以上，占比达到46%以上。',
  },
  check(ctx) {
    const text = ctx.source.text;
    // Most texts have no ％: one native search, then nothing.
    let at = text.indexOf('％');
    if (at < 0 || !/\d%/.test(text)) return;
    for (; at >= 0; at = text.indexOf('％', at + 1)) {
      const before = text.charCodeAt(at - 1);
      if (before < 48 || before > 57) continue;
      // Inside a quotation opened on its line: the quoted text's words in its own form (a standard's
      // “节能率不低于65％”, quoted word for word: redteam8).
      const line = text.slice(text.lastIndexOf('\n', at) + 1, at);
      if (line.lastIndexOf('“') > line.lastIndexOf('”')) continue;
      ctx.report({
        start: at, end: at + 1,
        message: `数字后的百分号应为半角“%”，不用全角“％”（${WHY}，本文其余处均写“%”）。`,
        fix: { range: [at, at + 1], text: '%' },
      });
    }
  },
};
