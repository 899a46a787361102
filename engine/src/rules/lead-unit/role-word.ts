// A block names each role in full: 牵头单位：, not 牵头：. Written without 单位, the bracket is no
// block at all for the parser (parse/blocks.ts starts one at a full role word), so its units go
// unjudged; the corpus and the other cities' gazettes never write the bare word. A role of another
// name after the first (；协办单位：) in a document whose other blocks name that role 配合单位 is the
// same slip of wording: one block's helpers named unlike all the others'.
import type { Rule } from '../types';
import type { Paragraph } from '../../types';
import { matchBracket, OTHER_ROLE } from '../../parse/blocks';
import { spanIn } from '../../parse/paragraphs';
import { firstAtOrAfter } from '../../text/marks';

const ROLE = /^(牵头|配合|责任|负责)(单位|部门)?[：:]\s*[^\s：:]/;
/** A bare role word right before its colon: what every paragraph is searched for first (natively). */
const BARE_ROLE = /(?:牵头|配合|责任|负责)[：:]/;
/** The list after a bare role word ends in a body (市财政局, 各县（市、区）人民政府), not a person (负责：张三). */
const UNITS_END = /(?:局|委|办|政府|院|中心|部|厅|会|联|队|行|司|所|站|馆|校|公司|集团|企业|银行|机关|单位|部门|机构)(?:等)?[\s\u3000]*$/;

/** A working group's name, which a bracket of who is in charge of it follows. */
const GROUP_BEFORE = /(?:组|专班|小组|指挥部|分队)$/;
/** What follows a bracket inside its sentence, not at a task's end (。；，, another bracket, the end). */
const RUNS_ON = /^[^。；;，,.（(\s]/;

export const roleWord: Rule = {
  id: 'lead-unit/role-word',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '括注中的分工名称写全：“牵头单位：”“配合单位：”“责任单位：”（或“……部门：”），不写“牵头：”“配合：”。同一括注中混写（牵头：…；配合单位：…）即报告；整条括注都不写“单位”的，只在本文其他括注写全时报告（本文通篇如此的不作判断）。其他括注写“配合单位”而只有一处写作“协办单位”等别的名称的，提示统一为“配合单位”（通篇用别的名称的不作判断）。',
      en: 'A block names its roles in full: 牵头单位：, 配合单位：, 责任单位： (or …部门：), not 牵头：, 配合：. A bracket mixing the two (牵头：…；配合单位：…) is reported; one with only bare role words is reported when the document writes its other blocks in full (a document written so throughout is not judged). One block naming its helpers otherwise (协办单位) where the others write 配合单位 gets 配合单位 offered (a document using other names throughout is not judged).',
    },
    why: '语料及其他城市的公报中括注均写“牵头单位：”，从不写“牵头：”；少了“单位”，括注与同文其他括注不一致，也不被识别为分工括注，其中的单位名称得不到核对。',
    bad: '1. 加强资金监管。（牵头：市财政局；配合单位：市审计局）',
    good: '1. 加强资金监管。（牵头单位：市财政局；配合单位：市审计局）',
  },
  check(ctx) {
    const { doc } = ctx;
    // The family the document's blocks write (the corpus: 单位 only), for the word to add.
    let dept = 0;
    let unit = 0;
    for (const b of doc.blocks) for (const r of b.roles) if (r.role.endsWith('部门')) dept++; else if (r.role.endsWith('单位')) unit++;
    for (const p of doc.paragraphs) {
      // Cheap test first: the bracket scan below is a character loop, and few paragraphs hold a bare role word.
      if (!BARE_ROLE.test(p.text)) continue;
      for (const [from, to] of brackets(p.text)) {
        const segments = splitSegments(p.text.slice(from, to), from);
        const roles = segments.map((s) => ({ ...s, m: ROLE.exec(s.text) }));
        if (!roles.every((r) => r.m)) continue;
        const bare = roles.filter((r) => !r.m![2]);
        if (!bare.length || !bare.every((r) => UNITS_END.test(r.text))) continue;
        const full = roles.find((r) => r.m![2]);
        // Bare words only, glossing a working group (会务组（负责：市政府办公室）) or a term its sentence
        // goes on after (国有资产管理（负责：市级行政事业单位）由…): who does what, in no block's place. A
        // bracket after a sentence's 。 is in one, whatever follows (……谋划。（责任单位：……）围绕……).
        const after = p.text.slice(0, from - 1);
        if (!full && !/[。；;！!]$/.test(after) && (GROUP_BEFORE.test(after) || RUNS_ON.test(p.text.slice(to + 1, to + 2)))) continue;
        // A bracket of bare words only is a style of its own unless the document's blocks write them in full.
        if (!full && !doc.blocks.some((b) => !b.inline && b.roles.length)) continue;
        const kind = full ? full.m![2] : dept > unit ? '部门' : '单位';
        for (const r of bare) report(ctx, p, r.at + r.m![1].length, r.m![1], kind);
      }
    }
    otherRoles(ctx);
  },
};

/**
 * A block's later role named otherwise than the standard words (牵头单位：A；协办单位：B) where the
 * document's other blocks write 配合单位 (or 配合部门) for the units that help: one block worded
 * unlike the rest. A document whose blocks use such names throughout (参与单位, 协同单位 and no
 * 配合) writes a style of its own and is not judged (red team 15); two names of this kind are too.
 */
function otherRoles(ctx: Parameters<Rule['check']>[0]): void {
  const { doc } = ctx;
  const found: { p: Paragraph; at: number; label: string }[] = [];
  let helpers = 0;
  for (const b of doc.blocks) {
    if (b.inline || b.bare) continue;
    if (b.roles.some((r) => r.role.startsWith('配合'))) helpers++;
    // Read in its paragraph's text, where a wrap inside the label (协办单 ⏎ 位：) is joined.
    const p = doc.paragraphs[b.paragraph];
    const from = firstAtOrAfter(p.map, b.start);
    const text = p.text.slice(from, firstAtOrAfter(p.map, b.end));
    // Cheap test first: such a label ends in 单位： or 部门：, which most blocks hold only once per role.
    if (!text.includes('位：') && !text.includes('门：')) continue;
    const m = OTHER_ROLE.exec(text);
    if (m) found.push({ p, at: from + m.index + m[0].length - 5, label: m[0].slice(-5, -1) });
  }
  if (found.length !== 1 || helpers < 2) return;
  const { p, at, label } = found[0];
  const want = '配合' + label.slice(2);
  const { start, end } = spanIn(p, at, at + label.length);
  ctx.report({
    start, end,
    message: `分工名称“${label}”与本文其他括注不一致：其他括注协助牵头单位的单位都写“${want}”，此处应同样写“${want}”（分工名称统一，所列单位才能据以核对）。`,
    suggestions: [{ desc: `改为“${want}”`, fix: { range: [start, end], text: want } }],
  });
}

/** The contents [from, to) of the paragraph's outermost brackets, which may hold others (各县（市、区）人民政府). */
function brackets(text: string): [number, number][] {
  const out: [number, number][] = [];
  const opener = /[（(]/g;
  // An opener never closed holds the rest of the text: no outermost bracket after it.
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    const close = matchBracket(text, m.index);
    if (close < 0) break;
    out.push([m.index + 1, close - 1]);
    opener.lastIndex = close;
  }
  return out;
}

/** A bracket's `；`-separated segments, each with its index in the paragraph's text. */
function splitSegments(text: string, at: number): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let from = 0;
  for (const part of text.split(/[；;]/)) {
    out.push({ text: part, at: at + from });
    from += part.length + 1;
  }
  return out;
}

function report(ctx: Parameters<Rule['check']>[0], p: Paragraph, end: number, role: string, kind: string): void {
  const { start: s, end: e } = spanIn(p, end - role.length, end);
  ctx.report({
    start: s, end: e,
    message: `分工名称“${role}”应写全（括注中写“${role}${kind}：”，与其他括注一致，也才能据以核对所列单位）：应为“${role}${kind}”。`,
    fix: { range: [e, e], text: kind },
  });
}
