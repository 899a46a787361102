// structure/list-count: a list headed with its count (一、先进集体（10个）, 二、先进个人（20名）) holds
// that many entries, and the body that names the list by count (王建国等20名先进个人) gives the
// same number. A 通报 or a 名单 edited after its count was written (an entry added, a unit merged)
// keeps the old count: the reader cannot tell which is right.
import type { Paragraph } from '../../types';
import type { Rule } from '../types';
import { overlaps } from '../spans';
import { spanIn } from '../../parse/paragraphs';
import { TABS } from '../../text/marks';

/** 一、先进集体（10个）, （二）先进个人（20名）, 先进集体（10个） */
const COUNTED_HEAD = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?([\u4e00-\u9fa5]{2,16}?)[（(](\d{1,4})(个|名|人|家|项)[）)]$/;
/** Any heading that ends a list: 一、 （一） 1. 第X… */
const HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、]|第[一二三四五六七八九十]+[章节条])/;
/** An entry line: a name, or a name and a post (王建国 东昌府区水利局副局长); no sentence or run of names. */
const ENTRY = /^[^。，；、：:;,]{2,40}$/;
/** 王建国等20名先进个人, 东昌府区防汛抗旱指挥部办公室等10个先进集体; 授予王立新等12名同志“优秀共产党员”称号 (the list the honour names) */
const COUNTED_NOUN = /等(\d{1,4})(个|名|人|家|项)(?:([\u4e00-\u9fa5]{2,16}?)(?=和|与|及|、|，|。|予以|进行|给予|$)|[\u4e00-\u9fa5]{0,6}?“([^“”]{2,20})”称号)/g;

/** A note under the heading, no entry: （排名不分先后）, （按姓氏笔画排序）. */
const NOTE = /^[（(][^（）()]{2,20}[）)]$/;
/** Between entries set side by side on one line (东昌府区应急管理局　　临清市林业发展中心). */
const COLUMNS = /[ \u3000\t]{2,}/;

interface List { noun: string; count: number; entries: number; segments: number; names: number; bracketed: number; at: Paragraph; numAt: number; numLen: number }

/** A line of names only (王立新　李　娜　张　伟): Chinese words of one to four characters parted by spaces. */
const NAME_ROW = /^[\u4e00-\u9fa5]{1,4}(?:[ \u3000]+[\u4e00-\u9fa5]{1,4})*$/;

/**
 * The names on a line of names set several to a line, a two-character name padded to three with a
 * space (李　娜): each word of two to four characters is a name, each two single characters in a row
 * are one. NaN for a line that is no row of names (a name with its post, an odd single character).
 */
function namesOf(line: string): number {
  if (!NAME_ROW.test(line)) return NaN;
  let n = 0;
  let singles = 0;
  for (const w of line.split(/[ \u3000]+/)) {
    if (w.length === 1) { singles++; continue; }
    if (singles % 2) return NaN;
    n += singles / 2 + 1;
    singles = 0;
  }
  return singles % 2 ? NaN : n + singles / 2;
}

/** A name with its unit in brackets (王　伟（东昌府区应急管理局）), one of a line's entries. */
const BRACKETED = /[\u4e00-\u9fa5](?:[ \u3000]?[\u4e00-\u9fa5]){1,3}[（(][^（）()\s]{2,30}[）)]/g;

/** The names with their units in brackets on a line made of nothing else, NaN for any other line. */
function bracketedOf(line: string): number {
  const n = line.match(BRACKETED)?.length ?? 0;
  return n && !line.replace(BRACKETED, '').replace(/[ \u3000]/g, '') ? n : NaN;
}

/** A count in the body: 6处建筑, 19项行政权力事项, 等3个先进集体 (the noun read against a table's title). */
const COUNT = /(\d{1,4})(处|个|名|家|项|件|座|宗|条|所|户)([\u4e00-\u9fa5]{2,16})/g;
/** A table row numbered in its first cell (19\t义演、义赛…), a table's head (序号\t事项名称…). */
const ROW = /^[ \u3000]*(\d{1,4})[ \u3000]*\t/;
const TABLE_HEAD = /^[ \u3000]*序[ \u3000]*号[ \u3000]*\t/;
/** A noun after the table's noun that makes the pair name another thing (项目单位, 建筑所在地). */
const COMPOUND_HEAD = /^(?:单位|业主|法人|负责人|人员|资金|所在)/;
/** A count qualified as a part of the whole in its clause: 其中, 新增, 第一批, 首批, 另有. */
const PART = /其中|之中|新增|增加|减少|新列入|首批|第[一二三四五六七八九十\d]{1,3}批|另有|分别/;

/** What closes a table title's noun: the end, a list word (名单, 名录, 清单, 目录, 一览表, 汇总表, 表). */
const TITLE_TAIL = /^(?:$|[^\u4e00-\u9fa5]|名单|名录|清单|目录|一览|汇总|明细|统计|情况|表)/;

/** Whether `noun` stands in the title as its whole noun somewhere: followed by a TITLE_TAIL. */
function endsNounIn(title: string, noun: string): boolean {
  for (let at = title.indexOf(noun); at >= 0; at = title.indexOf(noun, at + 1)) {
    if (TITLE_TAIL.test(title.slice(at + noun.length))) return true;
  }
  return false;
}

/** Whether a table row numbered `n` comes after line `from` (the numbering goes on further down). */
function nextRowAfter(lines: string[], from: number, n: number): boolean {
  for (let i = from; i < lines.length; i++) {
    const m = ROW.exec(lines[i]);
    if (m && Number(m[1]) === n) return true;
    if (TABLE_HEAD.test(lines[i])) return false;
  }
  return false;
}

/**
 * A table attached to the document (序号 ⏎ 1 … ⏎ 2 …, tab-separated as extracted) numbers its rows
 * 1…M; a body sentence that counts what the table lists (东昌府区山陕会馆附属建筑等6处建筑,
 * 由市行政审批局实施的19项行政权力事项) gives M. The noun counted must be named in the table's title
 * line (第二批聊城市历史建筑名录, 调整实施的行政权力事项). Read in issues too: the row numbers survive
 * wrapped cells; a table whose numbering breaks or goes on after a gap is not counted.
 */
function tableCounts(ctx: Parameters<Rule['check']>[0]): void {
  const { doc, source } = ctx;
  // Cheap test first: an extracted table's cells are tab-separated, and tabs are rare elsewhere.
  if (!TABS.within(source, doc.start, doc.end)) return;
  // The document's lines as the source keeps them (line k of the document is source line first + k).
  const first = source.positionAt(doc.start).line;
  const lines = Array.from({ length: source.positionAt(doc.end).line - first + 1 }, (_, k) => source.lineText(first + k));
  for (let i = 0; i < lines.length; i++) {
    if (!TABLE_HEAD.test(lines[i])) continue;
    let t = i - 1;
    while (t >= 0 && !lines[t].trim()) t--;
    if (t < 0) continue;
    const title = lines[t].replace(/[\s\u3000]+/g, '');
    // A table under a heading that gives its own count (二、先进个人（20名）) is a counted list, judged
    // below against its heading; the body's count of another list (等10个先进集体) is no count of its
    // rows, though the two nouns open alike (先进) (red team 15).
    if (COUNTED_HEAD.test(title)) continue;
    let rows = 0;
    let k = i + 1;
    for (; k < lines.length; k++) {
      // An extractor that writes each line as a paragraph puts a blank line between the rows.
      if (!lines[k].trim()) continue;
      const m = ROW.exec(lines[k]);
      if (!m) break;
      if (Number(m[1]) !== rows + 1) { rows = -1; break; }
      rows++;
    }
    if (rows <= 0) continue;
    // The numbering going on after a gap (a page break in the table): its count is unknown.
    let more = k;
    while (more < lines.length && more < k + 4 && !ROW.test(lines[more])) more++;
    if (more < lines.length && more < k + 4) continue;
    // Sub-rows or a long wrapped cell under a numbered row (1 ⏎ （1）… ⏎ （2）… ⏎ 2 …): the numbering
    // goes on further down, so the rows were not all read.
    if (nextRowAfter(lines, k, rows + 1)) continue;
    const tableStart = source.lineStarts[first + t];
    const found: { p: Paragraph; m: RegExpMatchArray; noun: string }[] = [];
    for (const p of doc.paragraphs) {
      if (p.end > tableStart || !/\d/.test(p.text)) continue;
      if (overlaps(doc.hosted, p.start, p.end) || overlaps(doc.noise, p.start, p.end)) continue;
      for (const m of p.text.matchAll(COUNT)) {
        if (/\d/.test(p.text[m.index! - 1] ?? '')) continue;
        // The longest start of the words after the count that the table's title names.
        let noun = '';
        for (let n = m[3].length; n >= 2 && !noun; n--) if (title.includes(m[3].slice(0, n))) noun = m[3].slice(0, n);
        if (!noun) continue;
        // The table's noun opening a longer one that names something else (12个项目单位, 项目负责人,
        // 项目资金, 建筑所在地 beside a table of 项目/建筑): not a count of the rows.
        if (COMPOUND_HEAD.test(m[3].slice(noun.length))) continue;
        // The title going on past the shared start into a noun of its own (数字经济示范园区名单 beside
        // 2个数字经济示范企业): two names that open alike, not the table's count (red team 15). A title
        // ends its noun with the end or a list word (建筑名录, 项目清单, 事项一览表).
        if (noun.length < m[3].length && !endsNounIn(title, noun)) continue;
        // A part of what the table lists (其中5项行政权力事项由县级实施): not its count.
        // So is one qualified as a part in its clause (新增3个重点项目, 第一批2个, 首批), or after a
        // clause naming the whole it is in (本批名录中，…).
        const clauses = p.text.slice(0, m.index!).split(/[，。；：,;:]/);
        const clause = clauses.pop()!;
        if (PART.test(clause) || /中$/.test(clauses.pop() ?? '')) continue;
        found.push({ p, m, noun });
      }
    }
    // The body gives the table's count once and a part of it elsewhere (19项 … 5项 of them): a part.
    const right = new Set(found.filter((f) => Number(f.m[1]) === rows).map((f) => f.noun));
    // Counts of one noun in one paragraph that add up to the table's rows (东昌府区4处历史建筑、临清市2处
    // 历史建筑 over 6 rows): its parts.
    const sums = new Map<string, number>();
    for (const f of found) { const key = `${f.p.start} ${f.noun}`; sums.set(key, (sums.get(key) ?? 0) + Number(f.m[1])); }
    for (const { p, m, noun } of found) {
      if (Number(m[1]) === rows || right.has(noun) || sums.get(`${p.start} ${noun}`) === rows) continue;
      ctx.report({
        ...spanIn(p, m.index!, m.index! + m[1].length + m[2].length),
        message: `正文称“${m[1]}${m[2]}${noun}”，所附表格“${title}”列${rows}${m[2]}（两处数目不符，必有一处有误）：请核对数目。`,
      });
    }
  }
}

/** A count that points at an attachment: 共4件（见附件1）, 2项（见附件2）. */
const ATTACHED_COUNT = /(\d{1,4})(件|项|个|家|处|条|所|名|类)[^，。；：（()]{0,20}?[（(]见附件(\d{1,2})[）)]/g;

/**
 * A body count that sends the reader to an attachment (决定废止的行政规范性文件共2件（见附件2）) gives the
 * number of entries the attachment numbers 1…M (1. 《…》（聊政办字〔2021〕4号） ⏎ 2. …): probe17. Only
 * an attachment whose items are all of one level, numbered 1…M without a gap, with nothing moved in
 * or out by a page continuation, is counted.
 */
function attachedCounts(ctx: Parameters<Rule['check']>[0]): void {
  const { doc } = ctx;
  const first = doc.attachments[0]?.start;
  if (first === undefined) return;
  for (const p of doc.paragraphs) {
    if (p.start >= first) break;
    if (p.text.indexOf('见附件') < 0) continue;
    if (overlaps(doc.hosted, p.start, p.end) || overlaps(doc.noise, p.start, p.end)) continue;
    for (const m of p.text.matchAll(ATTACHED_COUNT)) {
      if (/\d/.test(p.text[m.index! - 1] ?? '')) continue;
      const k = doc.attachments.findIndex((a) => a.index === Number(m[3]));
      // Two attachments labelled alike (附件2 twice): which one is meant is attachment/numbering's question.
      if (k < 0 || doc.attachments.some((a, j) => j !== k && a.index === Number(m[3]))) continue;
      const from = doc.attachments[k].start;
      const to = doc.attachments[k + 1]?.start ?? doc.end;
      if (overlaps(doc.continuations, from, to) || overlaps(doc.hosted, from, to) || overlaps(doc.noise, from, to)) continue;
      const items = doc.items.filter((it) => it.start >= from && it.start < to);
      if (!items.length || items.some((it) => it.level !== items[0].level) || items.some((it, n) => it.value !== n + 1)) continue;
      if (items.length === Number(m[1])) continue;
      ctx.report({
        ...spanIn(p, m.index!, m.index! + m[1].length + m[2].length),
        message: `正文称“${m[1]}${m[2]}”（见附件${m[3]}），附件${m[3]}列${items.length}${m[2]}（两处数目不符，必有一处有误）：请核对数目。`,
      });
    }
  }
}

/** What a list holds, as the message says it: its names when set several to a line (实列11名), else its entries (实列3条). */
function listed(l: List): string {
  return Number.isFinite(l.names) && l.names !== l.entries && /[名人]$/.test(l.at.text.slice(l.numAt, l.numAt + l.numLen)) ? `${l.names}名` : `${l.entries}条`;
}

export const listCount: Rule = {
  id: 'structure/list-count',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '标明人数、个数的名单（一、先进集体（10个））所列条目数与标明的数目一致，正文所称“等N个先进集体”“等N名先进个人”与名单数目一致；正文所称“等N处建筑”“N项行政权力事项”与所附表格（序号1…M，标题含该名称）的行数一致；“共N件（见附件K）”与附件K编号1…M的条目数一致。',
      en: 'A list headed with its count (一、先进集体（10个）) holds that many entries, and the body\'s 等N个先进集体 / 等N名先进个人 gives the same number; so does a body count (等N处建筑, N项行政权力事项) of an attached table numbered 1…M whose title names it; and 共N件（见附件K） gives the number of entries attachment K numbers 1…M.',
    },
    why: '表彰、通报名单的数目写错，读者无法判断是名单漏列还是数目有误；常见于增删名单后未改数目。',
    bad: '一、先进集体（3个）\n\n临清市水利局\n\n莘县水利局',
    good: '一、先进集体（2个）\n\n临清市水利局\n\n莘县水利局',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2025〕38号\n\n聊城市人民政府办公室关于表扬防汛抢险工作先进集体的通报\n\n各县（市、区）人民政府，市政府各部门：\n\n经市政府同意，决定对临清市水利局等3个先进集体予以通报表扬。\n\n附件：防汛抢险工作先进集体名单\n\n聊城市人民政府办公室\n\n2025年10月20日\n\n附件\n\n防汛抢险工作先进集体名单\n\n一、先进集体（3个）\n\n临清市水利局\n\n莘县水利局\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2025〕38号\n\n聊城市人民政府办公室关于表扬防汛抢险工作先进集体的通报\n\n各县（市、区）人民政府，市政府各部门：\n\n经市政府同意，决定对临清市水利局等2个先进集体予以通报表扬。\n\n附件：防汛抢险工作先进集体名单\n\n聊城市人民政府办公室\n\n2025年10月20日\n\n附件\n\n防汛抢险工作先进集体名单\n\n一、先进集体（2个）\n\n临清市水利局\n\n莘县水利局\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    tableCounts(ctx);
    attachedCounts(ctx);
    // An extracted issue splits and merges lines: its entries cannot be counted reliably.
    if (ctx.mode === 'issue') return;
    const ps = doc.paragraphs;
    const ends = doc.attachments.map((a) => a.start).concat(doc.signature ? [doc.signature.start] : []);
    const lists: List[] = [];
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i];
      // Cheap test first: a counted heading ends with ）.
      if (!p.text.endsWith('）') && !p.text.endsWith(')')) continue;
      const m = COUNTED_HEAD.exec(p.text.trim());
      if (!m) continue;
      let entries = 0;
      let segments = 0;
      let names = 0;
      let bracketed = 0;
      let plain = true;
      for (let k = i + 1; k < ps.length; k++) {
        const q = ps[k];
        if (ends.some((e) => e > p.start && e <= q.start) || HEADING.test(q.text) || COUNTED_HEAD.test(q.text.trim())) break;
        if (NOTE.test(q.text.trim())) continue;
        // A table's head row (序号 姓名 单位及职务) names the columns: no entry (red team 15).
        if (TABLE_HEAD.test(q.text)) continue;
        if (!ENTRY.test(q.text.trim()) || /^\d{4}年\d{1,2}月\d{1,2}日$/.test(q.text.trim())) { plain = false; break; }
        if (overlaps(doc.hosted, q.start, q.end) || overlaps(doc.noise, q.start, q.end) || overlaps(doc.continuations, q.start, q.end)) { plain = false; break; }
        entries++;
        // The source line: the paragraph's text drops the spaces between Chinese characters.
        const src = ctx.source.text.slice(q.start, q.end).trim();
        segments += src.split(COLUMNS).length;
        for (const line of src.split('\n')) { names += namesOf(line.trim()); bracketed += bracketedOf(line.trim()); }
      }
      // A heading over sub-lists (0 entries of its own), or a list holding prose: not counted.
      if (!plain || !entries) continue;
      const numAt = p.text.indexOf(m[2] + m[3], m[1].length);
      lists.push({ noun: m[1].replace(/^[一二三四五六七八九十]{1,3}、|^[（(][一二三四五六七八九十]{1,3}[）)]/, ''), count: Number(m[2]), entries, segments, names, bracketed, at: p, numAt, numLen: m[2].length + m[3].length });
    }
    if (!lists.length) return;
    for (const l of lists) {
      // Entries set side by side count one by one; a name with its post is one entry: either may be meant.
      // Names set several to a line, padded (王立新　李　娜　张　伟), count one by one too (red team 16).
      // Names with their units in brackets, several to a line by one space, count one by one (red team 17).
      if (l.count === l.entries || l.count === l.segments || l.count === l.names || l.count === l.bracketed) continue;
      ctx.report({
        ...spanIn(l.at, l.numAt, l.numAt + l.numLen),
        message: `名单标明“${l.count}${l.at.text.slice(l.numAt + String(l.count).length, l.numAt + l.numLen)}”，实列${listed(l)}（数目与名单不符，读者无法判断是名单漏列还是数目有误）：请核对名单或数目。`,
      });
    }
    // The body's 等N名先进个人, against the list of that name (when its count and its entries agree).
    for (const p of ps) {
      if (p.text.indexOf('等') < 0) continue;
      for (const m of p.text.matchAll(COUNTED_NOUN)) {
        const noun = m[3] ?? m[4];
        const l = lists.find((x) => x.noun === noun && (x.count === x.entries || x.count === x.segments || x.count === x.names || x.count === x.bracketed));
        if (!l || l.count === Number(m[1]) || l.at === p) continue;
        const at = m.index! + 1;
        ctx.report({
          ...spanIn(p, at, at + m[1].length + m[2].length),
          message: `正文称“${m[1]}${m[2]}${m[3] ?? ''}”${m[3] ? '' : `（授予“${m[4]}”称号）`}，名单“${l.noun}”列${l.count}${m[2]}（两处数目不符，必有一处有误）：请核对数目。`,
        });
      }
    }
  },
};
