// 牵头单位 blocks: `（牵头单位：A、B；配合单位：C；责任单位：D，各县（市、区）人民政府）`.
// The parser keeps every separator as written (full- or half-width, or a slip like `，` between
// roles) so the rules can report grammar and punctuation exactly where they are.
import type { LeadBlock, LeadRoleSegment, Paragraph, TextNode } from '../types';
import { spanIn, ROLE_PROSE, BODY_NAME_ENDS } from './paragraphs';

/** Role names: the standard four, plus the 部门 variants seen in drafts. */
export const ROLE_WORDS = ['牵头单位', '配合单位', '责任单位', '负责单位', '牵头部门', '配合部门', '责任部门', '负责部门'];
const ROLE_RE = new RegExp(`(${ROLE_WORDS.join('|')})`, 'g');
const BLOCK_START = new RegExp(`[（(]\\s*(?=${ROLE_WORDS.join('|')})`, 'g');
const NEXT_BLOCK = new RegExp(BLOCK_START.source, 'g');
/**
 * A role the standard four do not name, after a separator (；参与单位：, ；协同单位：, ；协办部门：): two
 * characters and 单位 or 部门 with a colon. Not a standard role word, which ROLE_RE reads.
 */
export const OTHER_ROLE = /[；;，,]\s*(?!牵头|配合|责任|负责)[\u4e00-\u9fa5]{2}(?:单位|部门)[：:]/;
/** A deadline closing a block (`责任单位：市财政局；完成时限：2026年底前`) is no unit: the units end before it. */
const DEADLINE = /[；;，,]\s*(?:完成时限|完成时间|时限要求|时间节点|时限)[：:]/;
/** Such a deadline written without its label (`责任单位：市大数据局，2026年10月底前完成`, `。持续推进`). */
const BARE_DEADLINE = /[；;，,。]\s*(?:(?:19|20)\d{2}\s*年[^（）()；;，,、]{0,16}|[^（）()；;，,、]{0,8}(?:前完成|底前|年底|月底|年内完成|持续推进|长期坚持|持续实施))\s*$/;
/**
 * A note closing a block that says who carries out the tasks after it (浙江: `责任单位：省经信厅，
 * 各市、县〔市、区〕政府。以下均需各市、县〔市、区〕政府落实，不再列出`), or that they hold for the tasks
 * after it (`牵头单位：市人力资源社会保障局，下同`: redteam8), also in brackets after the last unit
 * (`…、市属开发区管委会（以下不再列出）`, `（以下均需各县（市、区）人民政府落实，不再列出）`, `（下同）`: red team 13):
 * no units; they end before it.
 */
const LATER_NOTE = /[。；;，,]\s*(?:以下[^（）()]{0,40}?(?:不再|不另|不)列出|(?:以下|下)同)[。.]?$|[（(]\s*(?:以下(?:[^（）()]|[（(][^（）()]{0,8}[）)]){0,40}?(?:不再|不另|不)列出|(?:以下|下)同)[。.]?[）)]$/;

function node(p: Paragraph, a: number, b: number): TextNode {
  // Fields set directly, not spread: no intermediate object per node (blocks hold many).
  const s = spanIn(p, a, b);
  return { text: p.text.slice(a, b), start: s.start, end: s.end };
}

/** A role's place in a block: 牵头 0, 配合 1, 责任 and 负责 2 (the order lead-unit/role-order keeps). */
export function roleRank(role: string): number {
  if (role.startsWith('牵头')) return 0;
  if (role.startsWith('配合')) return 1;
  return 2;
}

/**
 * The role words that may come next in a block whose text so far is `text` (after its （): those
 * after the last role written, in order, each once; all four standard ones at its start.
 */
export function rolesAfter(text: string): string[] {
  let last = -1;
  ROLE_RE.lastIndex = 0;
  let r: RegExpExecArray | null;
  while ((r = ROLE_RE.exec(text))) last = Math.max(last, roleRank(r[1]));
  return ROLE_WORDS.slice(0, 4).filter((w) => roleRank(w) > last);
}

/** Round brackets of either width: （ ( ） ). */
const ROUND = /[（(）)]/g;

/** Index just past the bracket that closes the one at `open` (before `limit`), or -1 when it never closes. */
export function matchBracket(text: string, open: number, limit = text.length): number {
  let depth = 0;
  // From bracket to bracket by a native search (a loop over every character ran interpreted in a
  // cold lint).
  ROUND.lastIndex = open;
  for (let m = ROUND.exec(text); m && m.index < limit; m = ROUND.exec(text)) {
    const c = text.charCodeAt(m.index);
    if (c === 0xff08 || c === 0x28) depth++;
    else if (--depth === 0) return m.index + 1;
  }
  return -1;
}

/** The head of a group named by its kinds of place (各市、…, 各省、自治区、…): no unit of its own. */
const PLACE_KINDS = /^(?:(?:各|有关|相关)?(?:省|市|县|区|州|盟|旗|设区市|自治区|直辖市)、)*(?:各|有关|相关)?(?:省|市|县|区|州|盟|旗|设区市|自治区|直辖市)$/;

/** Splits a unit list at 、 ， , ; (outside brackets), keeping the separators. */
export function splitUnits(p: Paragraph, a: number, b: number): { units: TextNode[]; separators: TextNode[] } {
  const units: TextNode[] = [];
  const separators: TextNode[] = [];
  let depth = 0;
  let s = a;
  // From one bracket or separator to the next by a native search (a loop over every character ran
  // interpreted in a cold lint). Its own regex object: PLACE_KINDS and node() run between steps.
  const stops = /[（(〔）)〕、，,､]/g;
  stops.lastIndex = a;
  for (let m = stops.exec(p.text); m && m.index < b; m = stops.exec(p.text)) {
    const i = m.index;
    const c = p.text.charCodeAt(i);
    // 〔〕 too: a bracket nested in the block's own （） (县〔市、区〕政府) holds no separator of its list.
    if (c === 0xff08 || c === 0x28 || c === 0x3014) depth++;
    else if (c === 0xff09 || c === 0x29 || c === 0x3015) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === 0x3001 || c === 0xff0c || c === 0x2c || c === 0xff64)) {
      // 各市、区人民政府, 各省、自治区、直辖市人民政府: the 、 lists the kinds of one group's name.
      if (c === 0x3001 && PLACE_KINDS.test(p.text.slice(s, i).trim())) continue;
      if (i > s) units.push(node(p, s, i));
      separators.push(node(p, i, i + 1));
      s = i + 1;
    }
  }
  if (b > s) units.push(node(p, s, b));
  return { units, separators };
}

/**
 * `lineStarts`: gives the source offsets where lines start, ascending (parseDocument's lines), asked
 * only when a paragraph may be a bare block; without it no bare block (roles on lines of their own) is read.
 */
export function blocksOf(p: Paragraph, paragraphIndex: number, lineStarts?: () => readonly number[]): LeadBlock[] {
  const out: LeadBlock[] = [];
  // Every role word ends in 单位 or 部门: most paragraphs skip the scan.
  if (!p.text.includes('单位') && !p.text.includes('部门')) return out;
  BLOCK_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastClose = -1;
  // Where the next 职责 is, found again only once a block opens past it: searched from each block to
  // the paragraph's end, a paragraph of thousands of blocks without one was quadratic.
  let dutyAt = -2;
  while ((m = BLOCK_START.exec(p.text))) {
    const open = m.index;
    // A block never runs into the next one: an unclosed block ends where the next block opens (each
    // is then judged, and fixed, on its own), and the search for its ） stops there too.
    NEXT_BLOCK.lastIndex = open + 1;
    const nextBlock = NEXT_BLOCK.exec(p.text)?.index ?? p.text.length;
    let close = matchBracket(p.text, open, nextBlock);
    const closed = close > 0;
    if (!closed) close = nextBlock;
    let innerEnd = closed ? close - 1 : close;
    // The units closed by 按职责分工负责 inside the bracket (（牵头单位：A，各县（市、区）人民政府按职责分工负责）):
    // the close is no unit's name.
    if (dutyAt !== -1 && dutyAt < open) dutyAt = p.text.indexOf('职责', open);
    if (dutyAt >= 0 && dutyAt < innerEnd) {
      const duty = DUTY_IN.exec(p.text.slice(open + 1, innerEnd));
      if (duty && duty.index > 0 && !/[：:]$/.test(p.text.slice(open + 1, open + 1 + duty.index))) innerEnd = open + 1 + duty.index;
    }
    const { roles, roleSeparators } = rolesIn(p, open + 1, innerEnd);
    out.push({ text: p.text.slice(open, close), ...spanIn(p, open, close), roles, roleSeparators, paragraph: paragraphIndex });
    BLOCK_START.lastIndex = close;
    lastClose = closed ? close : -1;
  }
  // Bare roles after the paragraph's last bracketed block (`…街区（牵头单位：A），打造…。牵头单位：B；配合单位：C`):
  // the bracket is a sub-task's, the bare roles the task's. Cheap test first: a role's colon after it.
  if (lineStarts && (!out.length || (lastClose > 0 && (p.text.includes('：', lastClose) || p.text.includes(':', lastClose)) && ROLE_COLON.test(p.text.slice(lastClose))))) {
    const bare = bareBlockOf(p, paragraphIndex, lineStarts, out.length ? lastClose - 1 : undefined);
    if (bare) out.push(bare);
  }
  return out;
}

/** The roles of a block's text from `from` to `innerEnd` (inside its brackets, or the whole of a bare block). */
function rolesIn(p: Paragraph, from: number, innerEnd: number, lineStarts?: () => readonly number[]): { roles: LeadRoleSegment[]; roleSeparators: TextNode[] } {
    const inner = p.text.slice(from, innerEnd);
    const roles: LeadRoleSegment[] = [];
    const roleSeparators: TextNode[] = [];
    const hits: { role: string; at: number }[] = [];
    ROLE_RE.lastIndex = 0;
    let r: RegExpExecArray | null;
    while ((r = ROLE_RE.exec(inner))) hits.push({ role: r[1], at: from + r.index });
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k];
      const segEnd = k + 1 < hits.length ? hits[k + 1].at : innerEnd;
      let i = h.at + h.role.length;
      const colon = p.text[i] === '：' || p.text[i] === ':' ? p.text[i] : '';
      if (colon) i++;
      // A colon typed twice (牵头单位：：) is punctuation/doubled's: the units start after it.
      while (colon && (p.text[i] === '：' || p.text[i] === ':')) i++;
      // A bare block's role written without its colon (牵头单位 市商务局): its units start after the spaces.
      if (!colon && lineStarts) while (i < segEnd && /[\s\u3000]/.test(p.text[i])) i++;
      // The separator before the next role (；; ，, or none) belongs to the block, not the units.
      let unitsEnd = segEnd;
      // A deadline follows the last role. Cheap test first: every deadline label holds 时.
      // Searched in the segment only: a search of the paragraph from i (or back from segEnd) made
      // a paragraph of many unclosed blocks quadratic.
      const last = k + 1 === hits.length;
      const seg = last ? p.text.slice(i, segEnd) : '';
      const deadline = (last && seg.includes('时') ? DEADLINE.exec(seg) : null)
        ?? (last ? BARE_DEADLINE.exec(seg) : null);
      const note = last && (seg.includes('列出') || seg.includes('下同')) ? LATER_NOTE.exec(seg) : null;
      if (deadline) unitsEnd = i + deadline.index;
      else if (note) unitsEnd = i + note.index;
      else if (k + 1 < hits.length) {
        const sep = /[；;，,。、\s]*$/.exec(p.text.slice(i, segEnd));
        if (sep && sep[0].length) {
          unitsEnd = segEnd - sep[0].length;
          roleSeparators.push(node(p, unitsEnd, segEnd));
        } else if (lineStarts && p.map[segEnd] - p.map[segEnd - 1] > 1) {
          // A role on a line of its own: the line break the paragraph builder joined separates it
          // (or the spaces normalising dropped, 牵头单位：市商务局　配合单位：…, a layout of its own).
          const a = p.map[segEnd - 1] + 1;
          roleSeparators.push({ text: lineBreakBefore(p, segEnd, lineStarts()) ? '\n' : ' ', start: a, end: p.map[segEnd] });
        } else {
          roleSeparators.push(node(p, segEnd, segEnd));
        }
      }
      // A role of another name after the units (牵头单位：A；参与单位：B, …；协同单位：C): the block's
      // judged units end before it; its own units are not read as this role's (red team 15).
      // Cheap test first: its label ends in 单位： or 部门： (the segment's units are a short text).
      const units0 = p.text.slice(i, unitsEnd);
      if (units0.includes('位：') || units0.includes('门：') || units0.includes('位:') || units0.includes('门:')) {
        const other = OTHER_ROLE.exec(units0);
        if (other) unitsEnd = i + other.index;
      }
      const { units, separators } = splitUnits(p, i, unitsEnd);
      roles.push({
        role: h.role, roleSpan: spanIn(p, h.at, h.at + h.role.length), colon, units, separators,
        ...spanIn(p, h.at, unitsEnd),
      });
    }
    return { roles, roleSeparators };
}

/** Whether the source has a line break between normalised characters i - 1 and i (the builder joined two lines there). */
function lineBreakBefore(p: Paragraph, i: number, lineStarts: readonly number[]): boolean {
  if (i <= 0 || i >= p.text.length) return false;
  const a = p.map[i - 1];
  const b = p.map[i];
  // The first line starting after character i - 1 starts at or before character i.
  let lo = 0;
  let hi = lineStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lineStarts[mid] <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo < lineStarts.length && lineStarts[lo] <= b;
}

/** A paragraph opening with a role word, its colon, or (a slip: 责任单位市市场监管局, 牵头单位 市商务局) none. */
const BARE_START = new RegExp(`^[\\s\u3000]*(?:${ROLE_WORDS.join('|')})([：:])?`);
/**
 * Roles on their own line that the extraction joined to the end of their task's sentence
 * (`…提升服务效能。牵头单位：市政务服务管理局；配合单位：…`, `…融合发展。责任单位：市教育体育局，各县
 * （市、区）人民政府按职责分工负责。`): a sentence's end, then a role word and its colon. Or a clause's
 * (`…完善制度；牵头单位：A；配合单位：B`, `…，牵头单位：A`): what follows must still be names, as for a sentence's.
 */
const BARE_TAIL = new RegExp(`[。！？；;，,][\\s\u3000]*(?=(?:${ROLE_WORDS.join('|')})[：:])`);
/** The same tail with a space for the colon (`…项目建设。牵头单位 市商务局`; normalising drops the space): read when names follow. */
const BARE_TAIL_SPACE = new RegExp(`[。！？][\\s\u3000]*(?=(?:${ROLE_WORDS.join('|')})[^：:])`, 'g');
/**
 * Where a joined tail's role word with a space for its colon starts (the source has a gap the
 * normalised text dropped, not a line break: a wrap after a role word in running text, `…。牵头部门` ⏎
 * `根据需要…`, is no list); -1 if none.
 */
function spaceTail(p: Paragraph, lineStarts: () => readonly number[]): number {
  BARE_TAIL_SPACE.lastIndex = 0;
  for (let m = BARE_TAIL_SPACE.exec(p.text); m; m = BARE_TAIL_SPACE.exec(p.text)) {
    const at = m.index + m[0].length;
    if (p.map[at + 4] - p.map[at + 3] > 1 && !lineBreakBefore(p, at + 4, lineStarts())) return at;
  }
  return -1;
}
/** A role word and its colon anywhere: before a joined tail there is none (`牵头单位：负责统筹协调。配合单位：…` is prose). */
const ROLE_COLON = new RegExp(`(?:${ROLE_WORDS.join('|')})[：:]`);
/** A joined tail after a bracketed block: right after its ）, or after the end of a sentence or clause following it. */
const AFTER_BLOCK_TAIL = new RegExp(`[）)。！？；;，,][\\s\u3000]*(?=(?:${ROLE_WORDS.join('|')})[：:])`);
/** How a body's name ends (parse/paragraphs' BODY_NAME_ENDS). */
const UNIT_END = new RegExp(`[${BODY_NAME_ENDS}]$`);
/** A body's name but for its last character (市财政居): what a slip there leaves (bareBlockOf). */
const SLIPPED_NAME = /^(?:市|县|区|各|聊城市)[\u4e00-\u9fff]{2,10}$/;
/** How a clause opens and no body's name does (负责完善协调机构, 要加强…): a sentence after the colon. */
const PROSE_START = /^(?:负责|要|应当|必须|需要|按|做好|落实|加强|统筹|协调|推进|履行|承担|会同|确保|抓好|主动|切实|分别)/;
/** Any colon not right after a role word, or a 。 before the end: a sentence or a label (完成时限：), no list of units. */
const NOT_UNITS = new RegExp(`(?<!${ROLE_WORDS.join('|')})[：:]|。(?!\\s*$)`);
/** The words closing the last unit of a list written as a sentence (`…，各县（市、区）人民政府按职责分工负责。`), or in brackets after it (`…、市财政局（按职责分工负责）`): no unit. */
const DUTY_CLOSE = /[（(]?(?:按照?|根据)(?:各自)?职责(?:分工)?(?:负责|落实|抓好落实|推进落实|组织实施)?[）)]?[。；;\s\u3000]*$/;
/** The same close at a bracketed block's end, after its last unit. */
const DUTY_IN = /(?:按照?|根据)(?:各自)?职责(?:分工)?(?:负责|落实|抓好落实|推进落实|组织实施)$/;
/** The same close inside a paragraph, before the 。 ； or ， that ends it (or the paragraph's end). */
const DUTY_MID = /[（(]?(?:按照?|根据)(?:各自)?职责(?:分工)?(?:负责|落实|抓好落实|推进落实|组织实施)?[）)]?(?=[。；;，,]|$)/g;
/** Words of a sentence after a role word without its colon (牵头单位负责…, 责任单位为…): prose, no list (paragraphs' ROLE_PROSE). */
const PROSE = ROLE_PROSE;
const ROLE_WORD = new RegExp(ROLE_WORDS.join('|'), 'g');

/**
 * Roles printed without brackets, each on its line (实施方案: `牵头单位：市商务局⏎配合单位：市财政局`),
 * which the paragraph builder joins into one paragraph. Read only when the paragraph is nothing
 * else: it opens with a role word and its colon, every bracket in it pairs (a bracketed block
 * wrapped onto a line `责任单位：…）` is no block of its own), and it holds no sentence and no other label.
 * Also read: such roles joined to the end of their task's sentence (BARE_TAIL, or with a space for
 * the colon), a paragraph opening with a role word whose colon was left out, when what follows is
 * names and no prose, and roles with their colon followed by the task's next sentence (the block
 * ends at the 。 or at a close 按职责分工负责 before it).
 */
function bareBlockOf(p: Paragraph, paragraphIndex: number, lineStarts: () => readonly number[], after?: number): LeadBlock | undefined {
  let from: number;
  // After a bracketed block (`after` at its ）) only roles joined to it or to the sentence after it.
  const start = after !== undefined ? null : BARE_START.exec(p.text);
  if (after !== undefined) {
    const tail = AFTER_BLOCK_TAIL.exec(p.text.slice(after));
    if (!tail) return undefined;
    from = after + tail.index + tail[0].length;
    if (ROLE_COLON.test(p.text.slice(after, from))) return undefined;
  } else if (start) {
    // Without its colon only a line of names is a block: no word of a sentence after the role word.
    if (!start[1] && PROSE.test(p.text.slice(start[0].length).replace(ROLE_WORD, '').replace(/按照?(?:各自)?职责.*$/, ''))) return undefined;
    // A tab after a role word without its colon parts a table's cells (责任单位\t市委组织部\t市人力资源社会保障局,
    // a 考核 table's row extracted as TSV): columns, no list of units.
    if (!start[1] && p.text.includes('\t')) return undefined;
    from = start[0].length - start[0].trimStart().length;
  } else {
    // Cheap test first: a joined tail holds a role word's colon after a sentence's end.
    const tail = p.text.includes('：') || p.text.includes(':') ? BARE_TAIL.exec(p.text) : null;
    if (tail) from = tail.index + tail[0].length;
    else {
      // A space typed for the colon (`…项目建设。牵头单位 市商务局` ⏎ `责任单位 各县…`): names follow it, as on a
      // line of its own, no prose, no table's tab.
      const at = spaceTail(p, lineStarts);
      if (at < 0 || p.text.includes('\t', at) || PROSE.test(p.text.slice(at + 4).replace(ROLE_WORD, '').replace(/按照?(?:各自)?职责.*$/, ''))) return undefined;
      from = at;
    }
    if (ROLE_COLON.test(p.text.slice(0, from))) return undefined;
  }
  // Roles written mid-paragraph, before the task's next sentence or clause: the block ends at the
  // first 。 (`…。牵头单位：A；责任单位：B。强化要素保障…`), or at a close before it (`…融合发展。责任单位：A，B按
  // 职责分工负责。强化要素保障…`, `…按职责分工负责，确保按期完成。`); what follows is prose. Only after a
  // role's colon, and when no role follows (a later role is the block's).
  let stop = p.text.length;
  if (!start || start[1]) {
    const dot = p.text.indexOf('。', from);
    if (dot >= 0 && /[^。！？\s\u3000]/.test(p.text.slice(dot + 1)) && !ROLE_COLON.test(p.text.slice(dot))) stop = dot;
    if (p.text.includes('职责', from)) {
      DUTY_MID.lastIndex = from;
      const mid = DUTY_MID.exec(p.text);
      if (mid && mid.index < stop && !ROLE_COLON.test(p.text.slice(mid.index))) stop = mid.index + mid[0].length;
    }
  }
  const text = from || stop < p.text.length ? p.text.slice(from, stop) : p.text;
  if (NOT_UNITS.test(text)) return undefined;
  let depth = 0;
  ROUND.lastIndex = from;
  for (let m = ROUND.exec(p.text); m && m.index < stop; m = ROUND.exec(p.text)) {
    const c = p.text.charCodeAt(m.index);
    if (c === 0xff08 || c === 0x28) depth++;
    else if (--depth < 0) return undefined;
  }
  if (depth !== 0) return undefined;
  // The units end before a closing 。 or ； and spaces, and before a closing 按职责分工负责. A line ending
  // in ； is joined to a role on the next line (parse/paragraphs' continues): one block.
  const duty = p.text.includes('职责') ? DUTY_CLOSE.exec(text) : null;
  const end = duty ? from + duty.index : stop - (/[。；;\s\u3000]*$/.exec(text)?.[0].length ?? 0);
  const { roles, roleSeparators } = rolesIn(p, from, end, lineStarts);
  // Without brackets nothing but the names says it is a list: every one ends as a body's name does
  // (牵头单位：负责统筹协调 or 责任单位：各县（市、区）人民政府要落实属地责任 is a sentence).
  const units = roles.flatMap((r) => r.units);
  if (!units.length) return undefined;
  let slipped = 0;
  for (const u of units) {
    if (UNIT_END.test(u.text.replace(/等$/, '')) && !PROSE_START.test(u.text)) continue;
    // A name whose last character a slip changed (市财政居, 市统计句) in roles on their line with
    // their colon: short, opening as a body's name does, no word of a sentence. Refused, the
    // block was not read and the slip went unreported with every other in it. One such name, or
    // two beside a name that ends as a body's does (牵头单位：市财政居、市民政居 ⏎ 配合单位：市审计局).
    if (!start?.[1] || ++slipped > 2 || !SLIPPED_NAME.test(u.text) || PROSE.test(u.text)) return undefined;
  }
  if (slipped > 1 && slipped === units.length) return undefined;
  // A role word without its colon names its units: a table's header (牵头单位　配合单位) names none.
  if (roles.some((r) => !r.colon && !r.units.length)) return undefined;
  return { text: p.text.slice(from, end), ...spanIn(p, from, end), roles, roleSeparators, paragraph: paragraphIndex, bare: true };
}
