// A separator with no unit on one side of it, inside a role's list: before the first unit
// (牵头单位：、市财政局), doubled (市财政局、、市民政局) or after the last one (配合单位：市公安局、）).
// One before ； is the role separator's (lead-unit/role-separator reports 、；).
import type { TextNode } from '../../types';
import type { Rule } from '../types';
import { cutByPage, judgedBlocks, openDepth } from './shared';

/**
 * Whether a role's units and separators alternate, a unit first and last (市财政局、市民政局): each
 * separator then stands between two units, where none is stray.
 */
function alternates(units: readonly TextNode[], separators: readonly TextNode[]): boolean {
  if (separators.length !== units.length - 1) return false;
  for (let k = 0; k < separators.length; k++) {
    const at = separators[k].start;
    if (!(units[k].start < at && at < units[k + 1].start)) return false;
  }
  return true;
}

export const straySeparator: Rule = {
  id: 'lead-unit/stray-separator',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '括注中单位名称之间才用顿号：第一个单位之前、最后一个单位之后不加顿号（逗号），两个单位之间只用一个；括注最后一个单位之后也不加“；”“。”。',
      en: 'A 、 (or ，) stands only between two units of a block: none before the first unit or after the last one, and one at a time; nor does a ； or 。 follow the last unit before the block\'s ）.',
    },
    why: '顿号表示并列词语之间的停顿（GB/T 15834），前后都须有单位名称；多出的顿号像是漏写了一个单位，审核时须逐一核对。',
    bad: '（牵头单位：市财政局；配合单位：市民政局、）',
    good: '（牵头单位：市财政局；配合单位：市民政局）',
  },
  check(ctx) {
    for (const block of judgedBlocks(ctx)) {
      if (cutByPage(ctx, block)) continue;
      // An unclosed block's last list may go on past the line that ends it: only its inner roles are judged.
      const closed = openDepth(block) === 0;
      block.roles.forEach((role, r) => {
        // The common list, unit、unit、unit: no separator in it is stray (nothing made or sorted).
        if (alternates(role.units, role.separators)) return;
        // The role's list in order: units and separators.
        const items: { unit?: TextNode; sep?: TextNode; at: number }[] = [
          ...role.units.map((unit) => ({ unit, at: unit.start })), ...role.separators.map((sep) => ({ sep, at: sep.start })),
        ].sort((a, b) => a.at - b.at);
        // A role without units is empty-role's.
        if (!role.units.length) return;
        items.forEach(({ sep }, i) => {
          if (!sep) return;
          const prev = items[i - 1];
          const trailing = i === items.length - 1;
          // Not after a unit: leading or doubled; after the last unit: trailing. (、 before another 、
          // is judged at the second one.)
          if (prev?.unit && !trailing) return;
          if (trailing && prev?.unit && r === block.roles.length - 1 && !closed) return;
          const message = !prev
            ? `“${role.role}${role.colon}”之后多了“${sep.text}”：第一个单位之前不加标点，删去“${sep.text}”。`
            : prev.sep
              ? `“${prev.sep.text}${sep.text}”重复：单位之间只用一个“${prev.sep.text}”，删去多余的一个（多出的标点像是漏写了一个单位，请核对）。`
              : `最后一个单位“${prev.unit!.text}”之后多了“${sep.text}”：${block.bare ? '分工' : '括注'}中最后一个单位之后不加标点，删去“${sep.text}”（如漏写了单位，请补上）。`;
          ctx.report({ start: sep.start, end: sep.end, message, fix: { range: [sep.start, sep.end], text: '' } });
        });
      });
      // A ； or 。 after the last unit of a closed block (…市属开发区管委会；） or …管委会。）): the list
      // reads as going on or as a sentence; the block's ） closes it. The parser leaves the mark on the
      // unit's name. A block without brackets (roles on lines of their own) has no ） to close it.
      const lastRole = block.roles[block.roles.length - 1];
      const last = lastRole?.units[lastRole.units.length - 1];
      if (closed && !block.bare && last && /[；;。.]$/.test(last.text)) {
        const at = last.end - 1;
        const mark = ctx.source.text[at];
        if (mark === last.text[last.text.length - 1]) {
          ctx.report({
            start: at, end: at + 1,
            message: `最后一个单位“${last.text.slice(0, -1)}”之后多了“${mark}”：括注以“）”结束，最后一个单位之后不加标点，删去“${mark}”。`,
            fix: { range: [at, at + 1], text: '' },
          });
        }
      }
    }
  },
};
