// Task assignments written after the units, in a bracket closing a paragraph, as 国务院 and
// province 意见/方案 write them instead of a 牵头单位 block:
// `（国家发展改革委牵头，财政部、自然资源部等按职责分工负责）`, `（省财政厅牵头，省直有关部门配合）`,
// `（各市人民政府负责，省发展改革委指导）`. Read as a LeadBlock marked `inline`: each clause (units,
// then the role word) is a role, so the lead-unit rules judging units (separators, duplicates,
// names by date) read them as they read a block; the rules of the colon form's own grammar
// (role names, colons, order) leave them alone.
// Precision first: only a bracket every clause of which is a list of unit-like names closed by a
// role word is read; `（以下简称…）`, `（2021—2025年）`, `（试行）`, `（见附件）`, `（如市场监管局等）`
// have no such clause.
import type { LeadBlock, LeadRoleSegment, Paragraph, TextNode } from '../types';
import { spanIn } from './paragraphs';
import { splitUnits } from './blocks';
import { isDepartmentGroup, isLocalGovernment, isPlausibleUnit, isProvinceLocalGovernment, normalizeUnitName } from '../units';

/** Role words written after the units, longest first (a clause ends in one). */
const ROLE_WORDS = [
  '按职责分工负责', '按职责分工落实', '按职能分工负责', '按职责分工配合', '牵头负责', '按职责负责', '分别负责', '共同负责',
  '具体负责', '负责落实', '负责实施', '负责指导', '督促指导', '指导督促', '配合落实', '参与配合', '协同配合',
  '牵头落实', '牵头实施', '组织落实', '组织实施', '抓好落实', '推进落实',
  '牵头', '负责', '配合', '参与', '协助', '指导', '落实',
];
const ROLE_END = new RegExp(`(?:${ROLE_WORDS.join('|')})$`);
/** What separates two clauses: ， as written; ； ： 、 and half-width marks are kept for the rules to judge. */
const CLAUSE_SEP = /[，,；;：:、]/;
/** A deadline closing the bracket (…负责，2025年底前完成): no clause of units. */
const DEADLINE_TAIL = /[，,；;]\s*(?:(?:\d{4}|２０[０-９]{2})年[\u4e00-\u9fa50-9]{0,8}前?(?:完成|见效|取得[\u4e00-\u9fa5]{2,4})|持续推进|长期坚持|持续实施|长期推进)$/;
/** The longest bracket read as an assignment. */
const MAX_INNER = 400;
/** Words of prose, not of a unit's name: a bracket saying how (具体由各县区政府负责) is no assignment. */
const PROSE = /^(?:由|如|例如|比如|请|此|该|具体|主要|原则上|其中|并|和|及|与|以|在|对|按|经)|由|设在|会同|负责|牵头|配合|指导|任务|事项/;

/**
 * How the units act, written between them and the role word (市财政局、市民政局按各自职责负责,
 * 市公安局依职责负责, 市财政局按规定负责): no part of the last unit's name (redteam3).
 */
const MANNER = /(?:按照|依照|依据|根据|按|依)(?:各自|有关|相关)?(?:职责分工|职能分工|职责|职能|规定|分工)$/;
/** Units joined by a conjunction (市政府督查室和市发展改革委, 市委宣传部及各县（市、区）): one name for two. */
const JOINED = /[\u4e00-\u9fa5](?:和|及|与|以及|会同)(?:市|省|县|区|各|国家|国务院)/;
/**
 * A person or a post, not a unit (市长张三, 市政府分管副市长, 市委常委, 市级领导干部, 党委书记): a bracket
 * naming one assigns to leaders, which no lexicon holds (redteam3).
 */
const PERSON = /(?:市长|县长|区长|书记|常委(?!会)|秘书长|主任|领导(?!小组)|干部|同志|负责人|分管)/;
/** What a unit's subordinate body ends with (市公安局交通警察支队, 市财政局国库支付中心). */
const SUB_UNIT_END = /(?:局|委|办|部|厅|院|室|处|科|所|站|队|中心|公司|集团|银行|分行|支行|学校|大学|医院|协会|学会|委员会|管委会|政府)$/;

/**
 * A name that is a known or plausible unit followed by words of no unit's name (市人力资源社会保障局
 * 每年组织一次, 市财政局按各自职责): prose, so the bracket assigns nothing the rules can judge (redteam3).
 */
function unitThenProse(name: string): boolean {
  if (unitLike(name)) return false;
  for (let k = name.length - 2; k >= 3; k--) {
    if (unitLike(name.slice(0, k))) return !SUB_UNIT_END.test(name.slice(k));
  }
  return false;
}

/** Whether a name reads as a unit or a group of them (not only written like one). */
function unitLike(name: string): boolean {
  return isPlausibleUnit(name) || isLocalGovernment(name) || isProvinceLocalGovernment(name) || isDepartmentGroup(name);
}

/**
 * Whether a clause's units are an assignment's: names of Chinese characters, none prose, one at least
 * a unit or a group; the others may be slips the rules are to judge (市财政居). A `；` or `。` typed
 * between two units (省卫生健康委；省教育厅) is lead-unit/unit-separator's: the names either side count.
 */
function assignsUnits(units: TextNode[]): boolean {
  const names = units.flatMap((u) => normalizeUnitName(u.text).split(/[；;。]/)).map((n) => n.trim());
  return names.every((n) => /^[\u4e00-\u9fa5（）〔〕、]{2,30}$/.test(n) && !PROSE.test(n) && !JOINED.test(n) && !PERSON.test(n) && !unitThenProse(n)) && names.some(unitLike);
}

/** Marks a sentence ends with: a bracket right after one, or right before one, closes a sentence's task. */
const SENTENCE_END = '。！？；;';
/** A clause's end: a bracket right before it closes the clause's task (`…工作（市发展改革委牵头），确保…`). */
const CLAUSE_END = '，,';

/**
 * The assignments of a paragraph: its closing bracket (before or after its 。), and a bracket
 * closing a sentence inside it, right after its end mark (`…。（X牵头，Y负责）下一句…`) or right before
 * it (`…（X负责）。下一句…`), as 国务院 意见 write several tasks in one paragraph, or closing a clause
 * (`…工作（X牵头），确保…`). A bracket inside a clause (`下放权限（省司法厅负责）后，…`) is not read.
 */
export function taskBracketsOf(p: Paragraph, paragraphIndex: number): LeadBlock[] {
  const text = p.text;
  // The bracket closes the paragraph, before or after its 。: matched from its end, so a bracket a
  // slip left open before it does not hide it.
  let end = text.length;
  while (end > 0 && /[\s。；;.]/.test(text[end - 1])) end--;
  if (end < 4 || !text.includes('）') && !text.includes(')')) return [];
  const out: LeadBlock[] = [];
  // Brackets closing a sentence inside the paragraph, outside any other bracket.
  let depth = 0;
  let open = -1;
  for (let i = 0; i < end - 1; i++) {
    const c = text[i];
    if (c === '（' || c === '(') {
      if (depth++ === 0) open = i;
    } else if ((c === '）' || c === ')') && depth > 0 && --depth === 0) {
      const close = i + 1;
      if (close - open < 4 || !(SENTENCE_END.includes(text[close]) || CLAUSE_END.includes(text[close]) || (open > 0 && SENTENCE_END.includes(text[open - 1])))) continue;
      const block = bracketAssignment(p, paragraphIndex, open, close);
      if (block) out.push(block);
    }
  }
  if (text[end - 1] !== '）' && text[end - 1] !== ')') return out;
  depth = 0;
  open = -1;
  for (let i = end - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      depth--;
      if (depth === 0) {
        open = i;
        break;
      }
    }
  }
  const last = open >= 0 ? bracketAssignment(p, paragraphIndex, open, end) : undefined;
  if (last) out.push(last);
  return out;
}

/** The assignment the bracket text[open, close) holds, if it is one. */
function bracketAssignment(p: Paragraph, paragraphIndex: number, open: number, close: number): LeadBlock | undefined {
  const text = p.text;
  const a = open + 1;
  let b = close - 1;
  // An assignment lists a few units (the longest seen run to some 150 characters): a longer bracket
  // is something else, and the clause scan below need not bound its work.
  if (b - a > MAX_INNER) return undefined;
  const inner = text.slice(a, b);
  // The colon form is blocks.ts's (牵头单位：…).
  if (/(?:单位|部门)\s*[：:]/.test(inner) || !ROLE_END.test(inner.replace(DEADLINE_TAIL, ''))) return undefined;
  const deadline = DEADLINE_TAIL.exec(inner);
  if (deadline) b = a + deadline.index;

  // Clauses: a separator ends one where the text before it ends in a role word.
  const clauses: { from: number; to: number; sep?: TextNode }[] = [];
  let from = a;
  let nested = 0;
  for (let i = a; i < b; i++) {
    const c = text[i];
    if (c === '（' || c === '(' || c === '〔') nested++;
    else if (c === '）' || c === ')' || c === '〕') nested = Math.max(0, nested - 1);
    else if (nested === 0 && CLAUSE_SEP.test(c) && ROLE_END.test(text.slice(from, i).trimEnd()) && i + 1 < b) {
      let to = i;
      while (to > from && /\s/.test(text[to - 1])) to--;
      const s = spanIn(p, i, i + 1);
      clauses.push({ from, to, sep: { text: c, start: s.start, end: s.end } });
      from = i + 1;
    }
  }
  let last = b;
  while (last > from && /\s/.test(text[last - 1])) last--;
  clauses.push({ from, to: last });

  const roles: LeadRoleSegment[] = [];
  const roleSeparators: TextNode[] = [];
  for (const clause of clauses) {
    const t = text.slice(clause.from, clause.to);
    const m = ROLE_END.exec(t);
    if (!m) return undefined;
    const roleAt = clause.from + m.index;
    let unitsEnd = roleAt;
    const manner = MANNER.exec(text.slice(clause.from, unitsEnd));
    if (manner) unitsEnd -= manner[0].length;
    // 财政部、自然资源部等按职责分工负责: the 等 closes the list, no unit's name.
    if (text[unitsEnd - 1] === '等') unitsEnd--;
    let unitsStart = clause.from;
    while (unitsStart < unitsEnd && /\s/.test(text[unitsStart])) unitsStart++;
    const { units, separators } = splitUnits(p, unitsStart, unitsEnd);
    if (!units.length || !assignsUnits(units)) return undefined;
    roles.push({
      role: m[0], roleSpan: spanIn(p, roleAt, roleAt + m[0].length), colon: '', units, separators,
      ...spanIn(p, unitsStart, roleAt + m[0].length),
    });
    if (clause.sep) roleSeparators.push(clause.sep);
  }
  return { text: text.slice(open, close), ...spanIn(p, open, close), roles, roleSeparators, paragraph: paragraphIndex, inline: true };
}
