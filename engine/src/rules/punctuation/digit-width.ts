// Full-width digits (０–９, and a decimal point ． between them: ３．５) → half-width. A 公文 writes its
// Arabic numerals half-width: the 发文字号, the 成文日期, item numbers (1.), amounts. None of the
// gazettes has one, so each is a drafter's slip (an input method left in full-width mode), not
// extraction noise; only an extracted issue set in full-width digits throughout is let be (below). The parser reads them as half-width (text/normalize.ts), so the other rules
// judge the number; this one names the form.
import type { Rule } from '../types';
import { FULL_WIDTH_DIGITS, foldDigits } from '../../text/normalize';
import { quotedMisprint } from '../running-text';
import { FULL_WIDTH_DIGIT_AT } from '../../text/marks';

/** What joins the runs of one number: 〔〕 and 号 of a 发文字号, 年月 of a date, a telephone dash. */
const NUMBER_GLUE = /^[ \u3000]*[〔〕年月－\-][ \u3000]*$/;

/** How many times the global `re` matches `text`, without an array of the matches. */
function countMatches(text: string, re: RegExp): number {
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

const WHY = 'GB/T 15835—2011《出版物上数字用法》与 GB/T 9704—2012：公文中的阿拉伯数字（发文字号、日期、序号、数量）用半角';

export const digitWidth: Rule = {
  id: 'punctuation/digit-width',
  severity: 'warning',
  fixable: true,
  // The whole text once: a number in the 目录 or the cover is as much a slip as one in a body.
  scope: 'gazette',
  docs: {
    description: {
      zh: '阿拉伯数字应使用半角（0–9），不用全角（０–９）：发文字号、日期、序号、数量均同。',
      en: 'Arabic numerals are half-width (0–9), not full-width (０–９): in numbers, dates, item markers and amounts.',
    },
    why: WHY + '；全角数字多是输入法处于全角状态时的笔误。',
    bad: '聊政办字〔２０２４〕３０号',
    good: '聊政办字〔2024〕30号',
  },
  check(ctx) {
    const text = ctx.source.text;
    // Most texts have none: one search, then nothing. A run is one number, a decimal typed in full
    // width (４２．５) included: one diagnostic, fixed to 42.5; an item number's point (１．提高认识)
    // is no part of it (FULL_WIDTH_DIGITS). A regex of its own: foldDigits resets the shared one.
    // Whether there is one is kept per source: after a keystroke only the edited stretch is searched.
    if (!FULL_WIDTH_DIGIT_AT.offsets(ctx.source).length) return;
    const runs = new RegExp(FULL_WIDTH_DIGITS.source, 'g');
    // An extracted issue whose digits are full-width nearly throughout (cover, 目录, every 发文字号
    // and date) was rendered so by the PDF or the tool that read it: no drafter typed them, and an
    // editor gets one warning per number. A few among half-width ones are still slips. The
    // half-width numbers are counted only then (an issue's thousands, on every keystroke).
    if (ctx.mode === 'issue') {
      const full = text.match(runs)?.length ?? 0;
      if (full >= 10 && full >= 4 * countMatches(text, /[0-9]+/g)) return;
    }
    // The runs of one number, date or telephone number (〔２０２４〕３０号, ２０２４年６月３日,
    // ０６３５－８２１１１１１), split only by its own marks, are one slip typed in full-width mode:
    // one diagnostic, not one per run.
    let group: { start: number; end: number; half: string } | undefined;
    const flush = () => {
      if (!group) return;
      let { start, end, half } = group;
      // A joined number is shown whole: 〔２０２４〕３０号, ２０２４年６月３日.
      if (half !== foldDigits(text.slice(start, end)) || /[〔〕年月－-]/.test(half)) {
        if (text[start - 1] === '〔') { start--; half = '〔' + half; }
        if (/[号日]/.test(text[end] ?? '')) { half += text[end]; end++; }
      }
      const written = text.slice(start, end);
      // A correction quoting the misprint it corrects (“３０日”误印为全角数字，现更正为“30日”).
      const line = text.lastIndexOf('\n', start) + 1;
      const lineEnd = text.indexOf('\n', end);
      if (quotedMisprint(text.slice(line, lineEnd < 0 ? text.length : lineEnd), start - line)) return;
      ctx.report({
        start, end,
        message: `全角数字“${written}”应改为半角“${half}”（${WHY}）。`,
        fix: { range: [start, end], text: half },
      });
    };
    for (let m = runs.exec(text); m; m = runs.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const half = foldDigits(m[0]);
      const gap = group ? text.slice(group.end, start) : '';
      if (group && NUMBER_GLUE.test(gap)) {
        group.half += gap + half;
        group.end = end;
        continue;
      }
      flush();
      group = { start, end, half };
    }
    flush();
  },
};
