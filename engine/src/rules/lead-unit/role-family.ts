// A block names its roles in one family: 牵头单位、配合单位、责任单位, or 牵头部门、配合部门、
// 责任部门. 部门 are the government's departments, 单位 any body (a county government, a bank's
// branch): 牵头部门：市住房城乡建设局；责任单位：各县（市、区）人民政府 uses each word for what it
// names. A block that lists departments under both words (牵头单位：市大数据局；配合部门：市城管局)
// has no such reason: one of the two words was changed or copied from another text. The word the
// document writes less often in its blocks is the odd one (the corpus writes 单位 only). A whole
// block in the word the document's other blocks do not write is the same slip (documentFamily).
import type { Rule } from '../types';
import type { LeadBlock, LeadRoleSegment } from '../../types';
import { lookupUnit } from '../../units';
import { judgedBlocks, judgedTokens } from './shared';

/** A role word's family: its last two characters. */
const familyOf = (role: string): '单位' | '部门' | undefined => (role.endsWith('单位') ? '单位' : role.endsWith('部门') ? '部门' : undefined);

/**
 * City bodies that are no government department, which a 单位 role names for what they are: a
 * 事业单位 (市住房公积金管理中心), a company, a 群团 (市总工会, 市残联), a vertically managed office
 * (市税务局), a brigade (市消防救援支队), a hospital or school.
 */
const NO_DEPARTMENT = /(?:中心|集团|公司|支队|大队|医院|学校|大学|学院|研究院|工会|残联|妇联|科协|文联|侨联|红十字会|供销社|协会|商会|联合会|海关|税务局|气象局|邮政管理局|分局|分行|支行)$/;

export const roleFamily: Rule = {
  id: 'lead-unit/role-family',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '同一括注中的分工名称用同一类：都写“单位”（牵头单位、配合单位、责任单位）或都写“部门”（牵头部门、配合部门、责任部门）。两类所列都是市直部门时混用（牵头单位：市大数据局；配合部门：市城管局）即报告；“责任单位”列县（市、区）政府等非部门单位时不报告。同一文件中其他括注都写“单位”（至少两处括注、次数至少为其两倍）时，整条括注写“部门”（牵头部门：…；配合部门：…）也报告（某一附件自成一文、其中两处以上括注都写“部门”的除外）；文件通篇写“部门”时，整条写“单位”且所列都是市直部门的括注同样报告。',
      en: 'A block names its roles in one family: 牵头单位/配合单位/责任单位 or 牵头部门/配合部门/责任部门. Mixing them where both list only city departments (牵头单位：市大数据局；配合部门：市城管局) is reported; a 单位 role listing county governments or other bodies that are no department is not. A block written wholly in 部门 (牵头部门：…；配合部门：…) in a document whose other blocks write 单位 (in two blocks or more, at least twice as often) is reported too, unless an attachment of its own writes 部门 in all its blocks, two or more; in a document writing 部门, so is a block wholly in 单位 that lists only city departments.',
    },
    why: '同一括注中同类单位用两种称谓，前后不一，多为改稿或从其他文件复制时遗留；“部门”指政府工作部门，“单位”泛指各类机关单位，只有所列单位不同类时才需区分（语料中的括注均用“单位”）。',
    bad: '（牵头单位：市大数据局；配合部门：市城管局、市住房城乡建设局）',
    good: '（牵头单位：市大数据局；配合单位：市城管局、市住房城乡建设局）',
  },
  check(ctx) {
    const judged = judgedBlocks(ctx).filter((b) => !b.inline);
    const blocks = judged.filter((b) => b.roles.length > 1);
    if (!judged.length) return;
    // The families the document's role words are written in, all blocks counted.
    const count = { 单位: 0, 部门: 0 };
    for (const b of ctx.doc.blocks) for (const r of b.roles) { const f = familyOf(r.role); if (f) count[f]++; }
    if (!count.单位 || !count.部门) return;
    // A city body the lexicon knows (not a county's or zone's government), and whether it is a department.
    const cityBody = (name: string) => {
      const found = lookupUnit(ctx.model, name, ctx.asOf);
      const standard = found.kind === 'known' ? found.name : found.kind === 'alias' ? found.standard : undefined;
      return standard && standard[0] === '市' && !/(?:政府|管委会)$/.test(standard) ? standard : undefined;
    };
    const department = (name: string) => {
      const standard = cityBody(name);
      return !!standard && !NO_DEPARTMENT.test(standard);
    };
    documentFamily(ctx, judged, count, department);
    for (const block of blocks) {
      const tokens = judgedTokens(ctx, block);
      // Roles listing city bodies, by family; a 单位 role only with a department among them: one of
      // 群团 or brigades only (配合单位：市总工会、市残联) names them 单位 for what they are.
      const byFamily = new Map<'单位' | '部门', LeadRoleSegment[]>();
      block.roles.forEach((role, k) => {
        const f = familyOf(role.role);
        const own = tokens.filter((t) => t.roleIndex === k);
        if (!f || !own.length || !own.every((t) => cityBody(t.name)) || (f === '单位' && !own.some((t) => department(t.name)))) return;
        (byFamily.get(f) ?? byFamily.set(f, []).get(f)!).push(role);
      });
      if (!byFamily.get('单位')?.length || !byFamily.get('部门')?.length) continue;
      // The odd one: the family the document writes less; in a tie, the one the block's first role does not use.
      const first = familyOf(block.roles[0].role);
      const odd: '单位' | '部门' = count.单位 !== count.部门 ? (count.单位 < count.部门 ? '单位' : '部门') : first === '单位' ? '部门' : '单位';
      const want = odd === '单位' ? '部门' : '单位';
      for (const role of byFamily.get(odd)!) {
        const { start, end } = role.roleSpan;
        const written = ctx.source.text.slice(start, end);
        const fixable = written === role.role;
        const other = byFamily.get(want)![0].role;
        ctx.report({
          start, end,
          message: `同一${block.bare ? '分工' : '括注'}中“${other}”与“${role.role}”所列都是市直部门，分工名称应统一：应为“${role.role.slice(0, -2)}${want}”。`,
          ...(fixable ? { fix: { range: [end - 2, end] as [number, number], text: want } } : {}),
        });
      }
    }
  },
};

/**
 * A block whose every role word is in the family the document's other blocks do not write
 * (牵头部门：市财政局；配合部门：市审计局 among blocks written 牵头单位、配合单位): one text, one set of role
 * words; the block was copied from another text or its words changed. Only when the other family is
 * written in two blocks or more and at least twice as often; a block in 单位 in a document writing
 * 部门 only when it lists departments (责任单位：各县（市、区）人民政府 names them for what they are).
 */
function documentFamily(ctx: Parameters<Rule['check']>[0], judged: readonly LeadBlock[], count: Record<'单位' | '部门', number>, department: (name: string) => boolean): void {
  for (const block of judged) {
    const odd = familyOf(block.roles[0]?.role ?? '');
    if (!odd || !block.roles.every((r) => familyOf(r.role) === odd)) continue;
    const want = odd === '单位' ? '部门' : '单位';
    if (count[odd] * 2 > count[want]) continue;
    const others = judged.filter((b) => b !== block && b.roles.some((r) => familyOf(r.role) === want));
    if (others.length < 2) continue;
    // An attached text of its own (附件2 任务清单) whose blocks, two or more, all write the other
    // family: each attachment is written in its own words, by design.
    const part = partOf(ctx.doc.attachments, block.start);
    const mates = judged.filter((b) => partOf(ctx.doc.attachments, b.start) === part);
    if (part >= 0 && mates.length >= 2 && mates.every((b) => b.roles.every((r) => familyOf(r.role) === odd))) continue;
    if (odd === '单位') {
      const tokens = judgedTokens(ctx, block);
      if (!tokens.length || !tokens.every((t) => department(t.name))) continue;
    }
    const written = [...new Set(others.flatMap((b) => b.roles.map((r) => r.role)).filter((r) => familyOf(r) === want))]
      .sort((a, b) => ROLE_ORDER.indexOf(a.slice(0, 2)) - ROLE_ORDER.indexOf(b.slice(0, 2)));
    const times = others.reduce((n, b) => n + b.roles.filter((r) => familyOf(r.role) === want).length, 0);
    for (const role of block.roles) {
      const { start, end } = role.roleSpan;
      const fixable = ctx.source.text.slice(start, end) === role.role;
      const right = role.role.slice(0, -2) + want;
      ctx.report({
        start, end,
        message: `本文其他分工均写${written.map((w) => `“${w}”`).join('')}（${times}处），此处写“${role.role}”，同一文件中分工名称应统一：应为“${right}”。`,
        ...(fixable ? { fix: { range: [end - 2, end] as [number, number], text: want } } : {}),
      });
    }
  }
}

const ROLE_ORDER = ['牵头', '配合', '责任', '负责'];

/** The attachment an offset is in (its index), or -1 for the document's own text before them. */
function partOf(attachments: readonly { start: number }[], at: number): number {
  let part = -1;
  attachments.forEach((a, k) => { if (a.start <= at) part = k; });
  return part;
}
