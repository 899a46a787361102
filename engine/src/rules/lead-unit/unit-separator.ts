// `、` between units; `，` only beside the local-government group (…市财政局，各县（市、区）人民政府、
// 市属开发区管委会; 东昌府区、茌平区人民政府，市自然资源和规划局).
import type { Rule } from '../types';
import { opensLocalGroup, setsOffGroup, setsOffLocalGroup, judgedBlocks, unitLookups, unitTokens } from './shared';
import { isDepartmentGroup, isListedUnitName, isLocalGovernment, lookupUnit, normalizeUnitName } from '../../units';
import type { RuleContext } from '../types';

/** A name the lexicon holds, or reads for sure: a unit, a listed alias, a group. */
function held(ctx: RuleContext, name: string): boolean {
  // Most split halves are no name at all, and looking one up runs the abbreviation and slip
  // searches over every unit: only a listed name, a group or a local government can be held.
  const n = normalizeUnitName(name);
  if (!isListedUnitName(ctx.model, n) && !isLocalGovernment(n) && !isDepartmentGroup(n)) return false;
  const f = lookupUnit(ctx.model, name, ctx.asOf);
  return f.kind === 'known' || f.kind === 'renamed' || f.kind === 'not-yet' || f.kind === 'local-government' || f.kind === 'group' ||
    (f.kind === 'alias' && f.certain);
}

/**
 * Two units written with no separator, or with a space (市民政局 市商务局), which the parser reads as one
 * unknown name: the one place where it splits into two names the lexicon holds. Not across a line
 * break (an extracted line end), where the list may have been cut.
 */
function missingSeparators(ctx: RuleContext): void {
  for (const { block, token, found } of unitLookups(ctx)) {
    if (!block || found.kind !== 'unknown' || token.text.length < 6) continue;
    const splits: number[] = [];
    for (let i = 3; i <= token.text.length - 3; i++) {
      if (held(ctx, token.text.slice(0, i)) && held(ctx, token.text.slice(i))) splits.push(i);
    }
    if (splits.length !== 1) continue;
    // Read here, not before the loop: a run that finds no split reads no source text, and is kept
    // on a document an edit is near but not in (lintIncremental).
    const src = ctx.source.text;
    // The source offset of the split: the characters of the name, skipping spaces between them.
    let at = token.start;
    for (let n = 0; n < splits[0]; at++) if (!/\s/.test(src[at])) n++;
    let end = at;
    while (end < token.end && /[ \u3000\t]/.test(src[end])) end++;
    if (/\n/.test(src.slice(token.start, token.end))) continue;
    const left = token.text.slice(0, splits[0]);
    const right = token.text.slice(splits[0]);
    ctx.report({
      start: token.start, end: token.end,
      message: `单位“${left}”与“${right}”之间缺少顿号“、”（并列的单位之间用顿号，不用空格或直接连写）：应为“${left}、${right}”。`,
      fix: { range: [at, end], text: '、' },
    });
  }
}

export const unitSeparator: Rule = {
  id: 'lead-unit/unit-separator',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '同一类别中的单位之间用顿号“、”，不用空格或直接连写；只有在县（市、区）政府、开发区管委会一组之前（该组写在前面时在其后）用逗号“，”。',
      en: 'Units within a role are separated by 、, not by a space or nothing; a ， only sets off the group of county governments and development-zone committees (before it, or after it when it comes first).',
    },
    why: '并列的单位名称之间用顿号（GB/T 15834 标点符号用法）；语料中市直部门与“各县（市、区）人民政府、市属开发区管委会”之间用逗号分组，其余位置一律用顿号。',
    bad: '（责任单位：市财政局，市民政局，各县（市、区）人民政府）',
    good: '（责任单位：市财政局、市民政局，各县（市、区）人民政府）',
  },
  check(ctx) {
    missingSeparators(ctx);
    for (const block of judgedBlocks(ctx)) {
      const tokens = unitTokens(ctx, block);
      tokens.forEach((t, i) => {
        const sep = t.sepBefore ?? t.strayBefore;
        if (!sep) return;
        const group = setsOffLocalGroup(ctx, tokens, i);
        const prev = tokens[i - 1];
        if (t.strayBefore) {
          const want = group ? '，' : '、';
          ctx.report({
            start: sep.start, end: sep.end,
            message: `单位“${prev?.text ?? ''}”与“${t.text}”之间应用“${want}”，不用“${sep.text}”（${want === '，' ? '逗号把市直部门与县（市、区）政府、开发区管委会一组分开' : '并列的单位之间用顿号'}；${/[；;]/.test(sep.text) ? '分号只用在不同类别之间，如“牵头单位：…；配合单位：…”' : `${block.bare ? '分工' : '括注'}中不用其他标点分隔单位`}）。`,
            fix: { range: [sep.start, sep.end], text: want },
          });
          return;
        }
        if (sep.text === '、') {
          // The group named as a whole (各县（市、区）人民政府, 各县（市、区）市场监管局) is set off by
          // ， from the city's units: the corpus has ， there every time, 、 never. A named county
          // government after 、 is left alone (a block may list one or two by name).
          // An assignment written after its units (省发展改革委、各市人民政府按职责分工负责) has no such grouping.
          if (opensLocalGroup(ctx, tokens, i) && t.name.startsWith('各') && !block.inline) {
            ctx.report({
              start: sep.start, end: sep.end,
              message: `单位“${prev?.text ?? ''}”与“${t.text}”之间应用逗号“，”，不用顿号“、”（市直部门与县（市、区）政府、开发区管委会一组之间用逗号分组）：应为“${prev?.text ?? ''}，${t.text}”。`,
              fix: { range: [sep.start, sep.end], text: '，' },
            });
          }
          return;
        }
        if (sep.text === '､') {
          ctx.report({ start: sep.start, end: sep.end, message: '顿号应为全角“、”，不用半角“､”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。', fix: { range: [sep.start, sep.end], text: '、' } });
          return;
        }
        // ， or , : right only beside a group (`,` there is punctuation-width's width question).
        if (setsOffGroup(ctx, block, tokens, i)) return;
        ctx.report({
          start: sep.start, end: sep.end,
          message: `单位“${prev?.text ?? ''}”与“${t.text}”之间应用顿号“、”，不用“${sep.text}”（${block.inline ? '逗号只用在各级政府、有关部门等一组单位前后' : '逗号只用在县（市、区）政府、开发区管委会一组前后'}）：应为“${prev?.text ?? ''}、${t.text}”。`,
          fix: { range: [sep.start, sep.end], text: '、' },
        });
      });
    }
  },
};
