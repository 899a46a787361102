// ESLint's `compact` format, line for line: one line per problem, `file: line L, col C, Error -
// message (rule)`, then the count. VS Code's built-in `$eslint-compact` problem matcher reads it, so a
// task running `gongwen lint -f compact` fills the Problems panel; grep and CI logs read it too.
import { position, type FileResult, type FormatContext } from './common';

/** ESLint's words for the severities; a note (severity info, shown with --info) is Info, which the problem matcher knows. */
const WORDS = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

export function formatCompact(results: FileResult[], _ctx: FormatContext): string {
  let out = '';
  let total = 0;
  for (const r of results) {
    for (const d of r.diagnostics) {
      total++;
      const { line, column } = position(r.source, d.start);
      // One line per problem: a message never breaks the matcher's line.
      out += `${r.filePath}: line ${line}, col ${column}, ${WORDS[d.severity]} - ${d.message.replace(/\s*[\r\n]+\s*/g, ' ')} (${d.ruleId})\n`;
    }
  }
  if (total > 0) out += `\n${total} problem${total !== 1 ? 's' : ''}`;
  return out;
}

