// Inline directives that work in plain text: a line containing
//   gongwen-disable-next-line [rule, rule…]   (the next non-blank line)
//   gongwen-disable-line [rules]              (its own line)
//   gongwen-disable [rules] … gongwen-enable [rules]
// optionally wrapped as <!-- … -->, // …, # … or （…）, and followed by a description after " -- ".
// No rule list means every rule.
import type { SourceText } from './text/source';

export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  line: number;
  /** The line the directive applies to (disable-next-line: the next non-blank line). */
  target: number;
  rules: string[];
}

const DIRECTIVE = /gongwen-(disable-next-line|disable-line|disable|enable)\b([^\n\r]*)/;

export function parseDirective(lineText: string): { kind: Directive['kind']; rules: string[] } | undefined {
  const m = DIRECTIVE.exec(lineText);
  if (!m) return undefined;
  // A description after " -- " (ESLint's) is no list of rules: "-- kept from the 2019 text".
  const rest = m[2].replace(/-->|\*\/|[）)]\s*$/g, ' ').split(/(?:^|\s)--(?:\s|$)/)[0];
  const rules = rest.split(/[\s,，、]+/).filter((r) => /^[a-z][\w-]*(\/[\w*-]+)?$/.test(r));
  return { kind: m[1] as Directive['kind'], rules };
}

/** True when the whole line is only a directive (the parser skips such lines). */
export function isDirectiveLine(lineText: string): boolean {
  return /^\s*(<!--|\/\/|#|（|\()?\s*gongwen-(disable|enable)/.test(lineText);
}

export function directivesOf(source: SourceText): Directive[] {
  const out: Directive[] = [];
  if (!source.text.includes('gongwen-')) return out;
  for (let line = 0; line < source.lineCount; line++) {
    const t = source.lineText(line);
    const d = parseDirective(t);
    if (!d) continue;
    let target = line;
    if (d.kind === 'disable-next-line') {
      target = line + 1;
      while (target < source.lineCount - 1 && source.lineText(target).trim() === '') target++;
    }
    out.push({ ...d, line, target });
  }
  return out;
}

function matches(rules: string[], ruleId: string): boolean {
  if (rules.length === 0) return true;
  return rules.some((r) => r === ruleId || (r.endsWith('/*') && ruleId.startsWith(r.slice(0, -1))) || r === ruleId.split('/')[0]);
}

export function isSuppressed(directives: Directive[], line: number, ruleId: string): boolean {
  let disabledByBlock = false;
  for (const d of directives) {
    if ((d.kind === 'disable-next-line' || d.kind === 'disable-line') && d.target === line && matches(d.rules, ruleId)) return true;
    if (d.line < line && matches(d.rules, ruleId)) {
      if (d.kind === 'disable') disabledByBlock = true;
      else if (d.kind === 'enable') disabledByBlock = false;
    }
  }
  return disabledByBlock;
}
