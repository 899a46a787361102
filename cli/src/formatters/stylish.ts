// Human output in the shape of ESLint's `stylish`: a header per file, aligned rows, a summary.
// Chinese messages are twice as wide on a terminal, so alignment counts display columns. On a
// terminal, long messages wrap to its width under their column; elsewhere (a pipe, a log, a file)
// one problem is one line, its message column padded only up to MESSAGE_PAD_LIMIT.
import { eastAsianWidth } from 'get-east-asian-width';
import { position, totalCounts, type FileResult, type FormatContext } from './common';

const ESC = '\u001b[';
const style = (on: boolean, codes: string, s: string) => (on ? `${ESC}${codes}m${s}${ESC}0m` : s);

/**
 * Terminal columns of a string: East Asian wide and full-width characters take two (Unicode's
 * East_Asian_Width data, through get-east-asian-width: vertical and small form punctuation such as
 * ︐ and ﹐, which extracted gazettes hold, and emoji, which a hand-kept list missed), combining
 * marks and zero-width characters none. Ambiguous ones (“ ” …) take one, as most terminals draw them.
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (ZERO_WIDTH.test(ch)) continue;
    w += eastAsianWidth(ch.codePointAt(0)!);
  }
  return w;
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cc}\u200b-\u200f\u2060\ufeff]$/u;

/**
 * The widest message the rule id column is lined up after. ESLint's stylish pads every message to
 * the longest (text-table), which with these messages (often 100 to 200+ columns of Chinese) made
 * every row as wide as the longest: a longer message is followed by its rule id two spaces on,
 * unpadded, so a row is no wider than its own text. Not wrapped: one problem, one line, as editors'
 * problem matchers (VS Code's $eslint-stylish) read it.
 */
export const MESSAGE_PAD_LIMIT = 60;

/** The narrowest a wrapped message gets on a narrow terminal (its rows then overflow). */
const MIN_WRAP = 20;

// Kinsoku: a line may not start with closing punctuation nor end with opening punctuation; the
// characters go down to the next line together.
const NO_LINE_START = /^[，。、；：！？）」』”’》〉〕】,.;:!?)\]}]/u;
const NO_LINE_END = /[（「『“‘《〈〔【([{]$/u;

/**
 * `message` in pieces of at most `width` display columns (the first; `rest` the others): broken
 * between Chinese characters, at spaces between words (which stay at the end of the piece before,
 * so the pieces joined are the message), or inside a word longer than a line.
 */
export function wrap(message: string, width: number, rest: number = width): string[] {
  // Words (runs of Latin letters, digits and ASCII marks: GB/T, 7.2.5) with the spaces after
  // them, and every other character alone.
  const tokens = message.match(/[\p{Script=Latin}\p{Nd}\x21-\x7e]+\s*|\s+|[\s\S]\s*/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  let w = 0;
  const limit = () => (lines.length ? rest : width);
  for (let t of tokens) {
    const tw = displayWidth(t.trimEnd());
    if (w + tw <= limit() || !line) {
      if (tw > limit()) {
        // A word longer than a line: cut it.
        for (const ch of t) {
          const cw = displayWidth(ch);
          if (w + cw > limit() && line.trim()) [lines[lines.length], line, w] = [line, '', 0];
          line += ch;
          w += cw;
        }
        continue;
      }
      line += t;
      w += displayWidth(t);
      continue;
    }
    // Breaking here: closing marks go down with the character before them, opening marks with
    // what they open (never emptying the line).
    const chars = [...line];
    let moved = t;
    while (chars.length > 1 && (NO_LINE_START.test(moved) || NO_LINE_END.test(chars[chars.length - 1])) && !/\s/.test(chars[chars.length - 1])) {
      moved = chars.pop()! + moved;
    }
    if (chars.length > 1 || moved === t) [line, t] = [chars.join(''), moved];
    lines.push(line);
    line = t;
    w = displayWidth(t);
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

const padEnd = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatStylish(results: FileResult[], ctx: FormatContext): string {
  const c = ctx.color;
  let out = '';
  for (const r of results) {
    if (!r.diagnostics.length) continue;
    const rows = r.diagnostics.map((d) => {
      const p = position(r.source, d.start);
      // Messages stay on one line: a rule's message may quote text with line breaks.
      return { line: String(p.line), column: String(p.column), severity: d.severity, message: d.message.replace(/\r\n|\r|\n/g, ' '), ruleId: d.ruleId };
    });
    const wLine = Math.max(...rows.map((x) => x.line.length));
    const wCol = Math.max(...rows.map((x) => x.column.length));
    const wSev = Math.max(...rows.map((x) => x.severity.length));
    const widths = rows.map((x) => displayWidth(x.message));
    // On a terminal, a message wider than what the row leaves it is wrapped; elsewhere rows are
    // padded up to MESSAGE_PAD_LIMIT and never wrapped.
    const indent = 2 + wLine + 1 + wCol + 2 + wSev + 2;
    const fits = ctx.columns === undefined ? undefined
      : Math.max(MIN_WRAP, ctx.columns - indent - 2 - Math.max(...rows.map((x) => displayWidth(x.ruleId))));
    // Rule ids line up: after the widest message, or, when one wraps, after the widest a line can hold.
    const wMsg = fits !== undefined && widths.some((w) => w > fits) ? fits : Math.max(0, ...widths.filter((w) => w <= (fits ?? MESSAGE_PAD_LIMIT)));
    out += `\n${style(c, '4', r.filePath)}\n`;
    for (const x of rows) {
      const pos = `${x.line.padStart(wLine)}:${x.column.padEnd(wCol)}`;
      const sevColor = x.severity === 'error' ? '31' : x.severity === 'warning' ? '33' : '36';
      // Wrapped lines go on under the rule id column: the terminal's whole width past the indent.
      const [first, ...rest] = fits === undefined ? [x.message]
        : wrap(x.message, fits, Math.max(fits, ctx.columns! - indent)).map((piece) => piece.trimEnd());
      out += `  ${style(c, '2', pos)}  ${style(c, sevColor, x.severity.padEnd(wSev))}  ${padEnd(first, wMsg)}  ${style(c, '2', x.ruleId)}\n`;
      for (const piece of rest) out += ' '.repeat(indent) + piece + '\n';
    }
  }
  const sum = totalCounts(results, ctx.rules);
  const { errorCount: errors, warningCount: warnings, infoCount: infos } = sum;
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const summaryColor = errors ? '31;1' : warnings ? '33;1' : '36;1';
  // As ESLint's summary; notes (shown with --info) are counted apart, and named only when there are some.
  const en = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos ? [plural(infos, 'info')] : [])];
  const zh = [`${errors} 个错误`, `${warnings} 个警告`, ...(infos ? [`${infos} 个提示`] : [])];
  // The English and the Chinese half, on one line, or on a terminal too narrow for it on two.
  const bilingual = (enText: string, zhText: string, zhIndent: string) =>
    ctx.columns !== undefined && displayWidth(`${enText} / ${zhText}`) > ctx.columns
      ? [...wrap(enText, ctx.columns), ...wrap(zhIndent + zhText, ctx.columns)].map((l) => style(c, summaryColor, l.trimEnd()) + '\n').join('')
      : style(c, summaryColor, `${enText} / ${zhText}`) + '\n';
  out += '\n' + bilingual(`\u2716 ${plural(total, 'problem')} (${en.join(', ')})`, `${total} 个问题（${zh.join('，')}）`, '  ');
  const fixable = sum.fixableErrorCount + sum.fixableWarningCount + sum.fixableInfoCount;
  if (fixable) {
    const kinds = [plural(sum.fixableErrorCount, 'error'), plural(sum.fixableWarningCount, 'warning'), ...(sum.fixableInfoCount ? [plural(sum.fixableInfoCount, 'info')] : [])];
    out += bilingual(`  ${kinds.slice(0, -1).join(', ')} and ${kinds[kinds.length - 1]} potentially fixable with the \`--fix\` option.`,
      `可用 --fix 或 gongwen fix 自动修复 ${fixable} 个`, '  ');
  }
  return out + '\n';
}
