// numbering/inline-sequence: an inline enumeration 一是……；二是……；三是…… counts 1, 2, 3 from 一是,
// in one paragraph or on through the next paragraphs of the same item. Reports a skipped, repeated
// or backward ordinal and an enumeration that starts after 一是, at the offending marker. The same
// holds for the other numeric forms drafts enumerate with: 一要……二要……, 第一，……第二，……, 其一……其二……
// (一方面……另一方面 and 首先……其次 are not counts). Each form is its own run; a run of one of those
// three forms is judged only once it has two markers, and never across a marker of another form
// (一是……二要……三是 mixes forms, it skips nothing).
//
// A marker is an ordinal + 是 at a clause start: the paragraph's start, its item marker's end, after
// ：；。，？！, after an opening quote, bracket or dash (“一是…, （一是…, ——一是…), or after a 即 that
// opens its clause (，即一是…). The paragraphs are already joined across hard wraps, blank lines and
// re-attached page continuations, so an enumeration cut by any of them is still one; a marker a
// wrapped heading line leaves cut in two (…。一 ⏎ 是…) is read whole. Never inside a word: 统一是,
// 唯一是, 之一是, 第一是 do not start a clause. An enumeration runs until the next item of the level it began in
// (or a higher one): a lower item (（1） under 一是) does not end it, a sibling (（二）) does.
// Likewise 一要 (not 统一要求, 进一步要, 三要素), 第一 followed by ，、是 (not 第一次, 第一条, 安全第一、,
// 第一、二批) and 其一 followed by ，、是：, each at a clause start.
import type { Fix, GwDocument, Span } from '../../types';
import type { Rule, RuleContext } from '../types';
import { chineseToNumber, matchMarker, numberToChinese } from '../../parse/items';
import { levelRank } from '../../parse/document';
import { overlaps } from '../spans';
import { spanIn } from '../../parse/paragraphs';

/** How an inline ordinal is written: 一是, 一要, 第一，, 其一. */
export type InlineForm = '是' | '要' | '第' | '其';
/** The marker of a form for a value: 三是, 三要, 第三, 其三. */
export function formMarker(form: InlineForm, value: number): string {
  const cn = numberToChinese(value);
  return form === '第' || form === '其' ? form + cn : cn + form;
}
const whyOf = (form: InlineForm) => form === '第'
  ? '“第一，……第二，……”式列举的序号应从“第一”起依次递增'
  : `“${formMarker(form, 1)}……${formMarker(form, 2)}……”式列举的序号应从“${formMarker(form, 1)}”起依次递增`;
const WHY = whyOf('是');

/** Marks after which a clause starts (both widths: width islands swap them). */
const CLAUSE_END = new Set('：:；;。，,？?！!');
/** Marks that open a clause inside a sentence: quotes (“一是要…；二是要…”), brackets (三类主体（一是…；
 * 二是…）) and a dash (“三个坚持”——一是…，二是…). */
const OPEN_QUOTE = new Set('“‘"（(—');
/** Rank of a 1. item: the highest level a list inside an inline run's item is written at. */
const SUB_ITEM_RANK = levelRank(3);
const ORDINAL_DIGITS = new Set('一二三四五六七八九十');

/** Whether a clause starts at t[a]: the paragraph's start, after a clause mark, an opening mark, a
 * 即 that opens its clause, or the paragraph's own item marker. */
function clauseStartsAt(t: string, a: number): boolean {
  if (a === 0) return true;
  const before = t[a - 1];
  if (CLAUSE_END.has(before) || OPEN_QUOTE.has(before)) return true;
  // 即 (namely) opening its clause introduces the run: ，即一是……，二是……
  if (before === '即' && (a === 1 || CLAUSE_END.has(t[a - 2]))) return true;
  // Right after the paragraph's own item marker (（一）一是…, 第三条一是…) a clause starts too.
  return markerEnd(t) === a;
}

/** The end of paragraph text t's own item marker (-1 without one): looked up only when asked, and
 * remembered for the paragraph being read (no allocation per paragraph: most hold no marker). */
let markerText: string | undefined;
let markerLength = -1;
function markerEnd(t: string): number {
  if (t !== markerText) { markerText = t; markerLength = matchMarker(t)?.marker.length ?? -1; }
  return markerLength;
}

/**
 * Where the ordinal before t[end] starts when it is one at a clause start (1–3 numerals after the
 * paragraph's start, its item marker or a clause mark); -1 otherwise. By characters, not a regex over the paragraph:
 * most paragraphs hold a 是, few an ordinal before it.
 */
function ordinalStart(t: string, end: number): number {
  let a = end;
  while (a > 0 && end - a < 3 && ORDINAL_DIGITS.has(t[a - 1])) a--;
  if (a === end) return -1;
  return clauseStartsAt(t, a) ? a : -1;
}

/** 要 starting a word, not an order: 三要素, 一要求, 要点, 要件… */
export const YAO_WORD = new Set('素求点件务闻害领旨义诀职塞地');
/** What follows 第一 / 其一 when it enumerates: 第一，…, 第一、…, 第一是…; 其一，…, 其一是…, 其一：… */
const AFTER_DI = new Set('，,、是');
const AFTER_QI = new Set('，,、是：:');
/** Marker candidates: 第/其 + numerals before a mark (第一，, 其二是), or a numeral + 是/要. */
const MARKER_CANDIDATE = /([第其])[一二三四五六七八九十]{1,3}(?=[，,、是：:])|[一二三四五六七八九十]([是要])/g;

export interface InlineMarker {
  value: number;
  form: InlineForm;
  /** Source span of the ordinal (一, 十二) and of the whole marker (一是, 第一). */
  numeral: Span;
  span: Span;
  text: string;
  /** Index of the paragraph it is in, and of the marker in the paragraph's text. */
  paragraph: number;
  at: number;
  /** The mark the marker's clause starts after ('' at the paragraph's start or its item marker). */
  after: string;
  /** The marker's item, up to (not including) the next ；or 。: 二是扩大…范围. */
  clause: string;
}

const ITEM_END = new Set('；;。？?！!');
/** Paragraph text from index a to the end of the item begun there. */
function clauseAt(t: string, a: number): string {
  let e = a;
  while (e < t.length && !ITEM_END.has(t[e])) e++;
  return t.slice(a, e);
}

/** The clause-start markers of paragraph k, outside 《》 titles. */
export function inlineMarkers(doc: GwDocument, k: number): InlineMarker[] {
  const p = doc.paragraphs[k];
  const t = p.text;
  const out: InlineMarker[] = [];
  // One regex pass finds the candidates (few paragraphs hold any): a numeral + 是 or 要, whose
  // ordinal must start a clause; 第/其 + numerals before a mark, the prefix starting a clause. In
  // source order, so the markers are.
  MARKER_CANDIDATE.lastIndex = 0;
  for (let x = MARKER_CANDIDATE.exec(t); x; x = MARKER_CANDIDATE.exec(t)) {
    const prefix = x[1] as '第' | '其' | undefined;
    if (prefix) {
      const a = x.index;
      const e = a + x[0].length;
      if (!(prefix === '第' ? AFTER_DI : AFTER_QI).has(t[e])) continue;
      // 第一、二批, 第一、第二季度: ordinals listed inside a phrase, not an enumeration's marker.
      if (/^[、，,][一二三四五六七八九十第]/.test(t.slice(e, e + 2))) continue;
      if (clauseStartsAt(t, a)) push(a, a + 1, e, e, prefix);
      continue;
    }
    const i = x.index + 1;
    if (x[2] === '要') {
      if (YAO_WORD.has(t[i + 1])) continue;
      const a = ordinalStart(t, i);
      if (a >= 0) push(a, a, i, i + 1, '要');
      continue;
    }
    const a = ordinalStart(t, i);
    if (a < 0 || t[i + 1] === '否') continue; // 二是否…: not an ordinal
    const numeral = t.slice(a, i);
    // 一是一、二是二: the same numeral after 是 is the idiom, not an ordinal.
    if (t.startsWith(numeral, i + 1) && /^[、，,；;。]/.test(t.slice(i + 1 + numeral.length, i + 2 + numeral.length))) continue;
    push(a, a, i, i + 1, '是');
  }
  // A marker the paragraphs cut in two: a wrapped heading line the parser keeps apart
  // (`（三）开展培训。一` ⏎ `是各县…`) leaves the ordinal here and 是 at the next paragraph's start.
  const q = doc.paragraphs[k + 1];
  const a = q && q.text.startsWith('是') && !q.text.startsWith('是否') ? ordinalStart(t, t.length) : -1;
  if (a >= 0) {
    const numeral = t.slice(a);
    const value = chineseToNumber(numeral);
    if (value >= 1 && value <= 20) {
      out.push({
        value, form: '是', text: numeral + '是', paragraph: k, at: a, after: CLAUSE_END.has(t[a - 1]) || OPEN_QUOTE.has(t[a - 1]) ? t[a - 1] : '',
        clause: numeral + clauseAt(q.text, 0),
        numeral: spanIn(p, a, t.length),
        span: { start: p.map[a], end: q.map[0] + 1 },
      });
    }
  }
  return out;

  /** A marker from t[a] whose numerals are t[n..e) and which ends before t[end]. */
  function push(a: number, n: number, e: number, end: number, form: InlineForm) {
    const before = t.slice(0, a);
    if (before.split('《').length > before.split('》').length) return;
    const value = chineseToNumber(t.slice(n, e));
    if (!(value >= 1 && value <= 20)) return;
    out.push({
      value, form, text: t.slice(a, end), paragraph: k, at: a, after: CLAUSE_END.has(t[a - 1]) || OPEN_QUOTE.has(t[a - 1]) ? t[a - 1] : '',
      clause: clauseAt(t, a),
      numeral: spanIn(p, n, e),
      span: spanIn(p, a, end),
    });
  }
}

export const inlineSequence: Rule = {
  id: 'numbering/inline-sequence',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '“一是……二是……三是……”式列举的序号应从“一是”开始依次递增，不跳号、不重复、不倒退；“一要……二要……”“第一，……第二，……”“其一……其二……”同理（同一列举混用几种写法的不计为跳号）。序号后应有该项内容，不写成“……；三是。”；“一是”“一要”后不加顿号（不写“一是、”）。',
      en: 'An inline enumeration 一是……二是……三是…… counts from 一是 without skipping, repeating or going back; so do 一要……二要……, 第一，……第二，…… and 其一……其二…… runs (a run mixing forms is not judged as skipping). Each marker has its item after it, not ……；三是。, and 一是 or 一要 takes no 、 after it (一是、).',
    },
    why: WHY + '（与 GB/T 9704—2012 第7.3.3条层次序数同理）；跳号、重号多是增删内容后漏改。序号后没有内容（“三是。”）的，是漏写了该项或多出了序号。',
    bad: '主要做好三方面工作：一是加强组织领导；二是完善工作机制；四是强化督导检查。',
    good: '主要做好三方面工作：一是加强组织领导；二是完善工作机制；三是强化督导检查。',
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.paragraphs.length) return;
    // The item (if any) whose paragraph each paragraph belongs to, to end an enumeration at the next
    // item of its level or above.
    const itemAt = new Map(doc.items.map((it) => [it.paragraph, it]));
    // Where the extraction moved or scrambled text: a break seen across it is not reported unless
    // the next marker confirms it.
    const moved = [...doc.continuations, ...doc.noise];

    const markers: { m: InlineMarker; rank: number; sequence: number }[] = [];
    let rank = Infinity; // rank of the item the paragraph is under (before any item: every item ends a run)
    let sequence = -1;
    for (let k = 0; k < doc.paragraphs.length; k++) {
      const it = itemAt.get(k);
      if (it) { rank = levelRank(it.level); sequence = it.sequence; }
      for (const m of inlineMarkers(doc, k)) {
        if (overlaps(doc.noise, m.span.start, m.span.end)) continue;
        markers.push({ m, rank, sequence });
      }
    }
    if (!markers.length) return;
    emptyItems(ctx, markers.map((x) => x.m));
    enumerationComma(ctx, markers.map((x) => x.m));

    /** Whether an item between paragraphs a (exclusive) and b (inclusive) ends an enumeration begun under rank r. */
    const endsBetween = (a: number, b: number, r: number, seq: number) => {
      for (let k = a + 1; k <= b; k++) {
        const it = itemAt.get(k);
        if (it && (it.sequence !== seq || levelRank(it.level) <= r)) return true;
      }
      return false;
    };

    /**
     * A run begun outside any item (a notice without 一、) whose next marker opens a paragraph after
     * a list of 1. or lower items and counts on exactly: those items detail the run's last item
     * (一是压实责任。⏎1.…⏎2.…⏎二是…), they do not end it.
     */
    const continuesAcrossSubItems = (a: number, m: InlineMarker, r: number, value: number) => {
      if (r !== Infinity || m.value !== value + 1 || m.span.start !== doc.paragraphs[m.paragraph].map[0]) return false;
      let level: number | undefined;
      for (let k = a + 1; k < m.paragraph; k++) {
        const it = itemAt.get(k);
        if (!it) continue;
        if (levelRank(it.level) < SUB_ITEM_RANK || (level !== undefined && it.level !== level)) return false;
        level = it.level;
      }
      return !itemAt.has(m.paragraph);
    };

    // Each form counts on its own; a marker of another form between two of a run's markers (一是……
    // 二要……三是) or before its first (一要……二是) makes it a mixed run, whose count is not judged.
    const forms = new Set(markers.map((x) => x.m.form));
    for (const form of forms) judgeForm(form, forms.size > 1);

    function judgeForm(form: InlineForm, mixedDoc: boolean) {
      const own = markers.filter((x) => x.m.form === form);
      const why = whyOf(form);
      /** A marker of another form after a (or, without a, before m in m's run) and before m. */
      const otherBetween = (a: InlineMarker | undefined, m: InlineMarker, rank: number, seq: number) => mixedDoc && markers.some(({ m: o }) =>
        o.form !== form && o.span.start < m.span.start && (a ? o.span.start > a.span.start : !endsBetween(o.paragraph, m.paragraph, rank, seq)));
      let start: { rank: number; sequence: number } | undefined; // the running enumeration's context
      let prev: InlineMarker | undefined;
      let count = 0; // the value the previous marker stands for
      // A run opened under the first item of another (一是X，要做到：一是…；二是…。二是Y): the outer
      // run's count, resumed by the marker that goes on from it.
      let outer: number | undefined;
      // The markers of the running enumeration, to find one that stops at 一是.
      let run: InlineMarker[] = [];
      for (let i = 0; i < own.length; i++) {
        const { m } = own[i];
        const next = own[i + 1]?.m;
        const sameRun = !!start && !!prev && (!endsBetween(prev.paragraph, m.paragraph, start.rank, start.sequence)
          || continuesAcrossSubItems(prev.paragraph, m, start.rank, count));
        if (sameRun) run.push(m);
        else {
          if (form === '是') lone(run, m);
          run = [m];
          start = { rank: own[i].rank, sequence: own[i].sequence };
          prev = m;
          count = m.value;
          outer = undefined;
          if (m.value === 1) continue;
          // Starts after 一是. The next marker 二是 (二是、二是、三是) shows this one was meant as 一是.
          const sure = next?.value === 2 && !endsBetween(m.paragraph, next.paragraph, start.rank, start.sequence);
          if (!sure && overlaps(moved, doc.paragraphs[Math.max(0, m.paragraph - 1)].start, m.span.end)) continue;
          // 一是……二要: the run began in another form. A form other than 是 is judged only with a
          // second marker of its own in the run (二要 alone, 第二，alone prove nothing).
          if (otherBetween(undefined, m, start.rank, start.sequence)) continue;
          if (form !== '是' && !(next && !endsBetween(m.paragraph, next.paragraph, start.rank, start.sequence))) continue;
          // 各部门一要……；二要……: the first marker of these forms often follows its subject, not a
          // clause start. Written before in the paragraph, it is there.
          if (form !== '是' && doc.paragraphs[m.paragraph].text.slice(0, m.at).includes(formMarker(form, m.value - 1))) continue;
          const one = formMarker(form, 1);
          report(ctx, m, 1, sure ? next : undefined,
            `列举序号不从“${one}”开始：“${m.text}”之前没有“${one}”。${why}：${sure ? `此处应为“${one}”。` : `此处应为“${one}”（其后各项依次改号），或补上缺少的项。`}`);
          if (sure) count = 1;
          continue;
        }
        const expected = count + 1;
        if (m.value === expected) { prev = m; count = m.value; continue; }
        if (otherBetween(prev, m, start!.rank, start!.sequence)) { prev = m; count = m.value; continue; }
        // The previous item's clause again, word for word: an extraction's duplicated tail fragment
        // (…；四是抓好稳就业保民生工作。⏎⏎四是抓好稳就业保民生工作。), not a second item.
        if (m.value === count && m.clause === prev!.clause) continue;
        // The end of a run nested under the outer run's 一是: the outer run goes on.
        if (outer !== undefined && m.value === outer + 1) { prev = m; count = m.value; outer = undefined; continue; }
        // The next marker counts on from the expected value: only this marker is misnumbered.
        const confirmed = next?.value === expected + 1 && !endsBetween(m.paragraph, next.paragraph, start!.rank, start!.sequence);
        // 一是 after a run of more than one: a new enumeration (unless the next marker says otherwise).
        if (m.value === 1 && count > 1 && !confirmed) { prev = m; count = 1; outer = undefined; continue; }
        // 一是 after a lone 一是 with 二是 next, opening a clause of its own (要做到：一是…, 同时也要看到，
        // 一是…): a new enumeration, or one nested under that 一是. Not right after ；/。 or at a
        // paragraph's start, where an item put before 一是 without renumbering (一是X；一是Y；二是Z) is.
        if (m.value === 1 && count === 1 && next?.value === 2 && /^[：:，,“‘"（(—]$/.test(m.after)) { prev = m; outer = 1; continue; }
        if (!confirmed && overlaps(moved, prev!.span.start, m.span.end)) { prev = m; count = m.value; continue; }
        const want = formMarker(form, expected);
        let message: string;
        if (confirmed) message = `列举序号错误：“${m.text}”应为“${want}”（上一项为“${prev!.text}”，下一项为“${next!.text}”）。${why}。`;
        else if (m.value === count) message = `列举序号重复：“${m.text}”与上一项相同。${why}：此处应为“${want}”。`;
        else if (m.value > expected) {
          const missing = m.value - expected === 1 ? `“${want}”` : `“${want}”至“${formMarker(form, m.value - 1)}”`;
          message = `列举序号不连续：“${m.text}”之前缺少${missing}（上一项为“${prev!.text}”）。${why}：此处应为“${want}”，或补上缺少的项。`;
        } else message = `列举序号倒退：“${m.text}”不应小于上一项“${prev!.text}”。${why}：此处应为“${want}”。`;
        report(ctx, m, expected, confirmed ? next : undefined, message);
        prev = m;
        // One error, one diagnostic: a confirmed slip is read as what it should have been; otherwise
        // the count goes on from the value found.
        count = confirmed ? expected : m.value;
      }
      if (form === '是') lone(run, undefined);
    }

    /**
     * A run that is its 一是 alone (一是加快…，推进…，完善…。 with no 二是 after it): the other items were
     * written without their markers, or 一是 is one too many. Not when the next run opens after 一是 (the
     * check above judges that one), when a marker of another form follows in the paragraph or the
     * next (一是……二要……), nor where the extraction moved text near it or printed another document's fragment after it (the
     * 二是 may be elsewhere).
     */
    function lone(list: InlineMarker[], nextRun: InlineMarker | undefined) {
      if (list.length !== 1 || list[0].value !== 1) return;
      const m = list[0];
      if (nextRun && nextRun.value > 1) return;
      // 一是 with no item after it is no enumeration (他说，一是。), or emptyItems' case.
      if (m.clause.length < m.text.length + 2) return;
      // 二是 written where no marker is read (cut at the paragraph's end, after a word): not alone.
      const t = doc.paragraphs[m.paragraph].text;
      if (t.includes('二是', m.at + 2) || doc.paragraphs[m.paragraph + 1]?.text.includes('二是')) return;
      if (markers.some(({ m: o }) => o.form !== '是' && o.span.start > m.span.start && o.paragraph <= m.paragraph + 1)) return;
      const last = doc.paragraphs[Math.min(doc.paragraphs.length - 1, m.paragraph + 2)];
      const from = doc.paragraphs[Math.max(0, m.paragraph - 1)].start;
      if (overlaps(moved, from, last.end) || overlaps(doc.hosted, from, last.end)) return;
      ctx.report({
        start: m.span.start, end: m.span.end,
        message: `列举只有“一是”，其后没有“二是”：${WHY}。应给其后各项依次加上“二是”“三是”等，或删去“一是”。`,
      });
    }
  },
};

/**
 * A marker whose item says nothing (……；三是。, 三是；): the item's words were left out, or the marker
 * is one too many. Only a marker its paragraph closes with ；or 。 right after, in a paragraph with
 * another marker of its form (a run, not a phrase); no fix, the text cannot say which.
 */
function emptyItems(ctx: RuleContext, markers: InlineMarker[]): void {
  for (const m of markers) {
    const t = ctx.doc.paragraphs[m.paragraph].text;
    if (!t.startsWith(m.text, m.at)) continue; // a marker cut in two by a paragraph break
    const rest = m.clause.slice(m.text.length);
    if (/[^，,、：:\s]/.test(rest) || !ITEM_END.has(t[m.at + m.clause.length])) continue;
    if (!markers.some((o) => o !== m && o.paragraph === m.paragraph && o.form === m.form)) continue;
    ctx.report({
      start: m.span.start, end: m.span.end,
      message: `列举项“${m.text}”后没有内容：应补写该项内容，或删去“${m.text}”并调整其后各项的序号。`,
    });
  }
}

/**
 * A 、 right after 一是 / 一要 (一是、增设…): the 顿号 joins words of a list, not an ordinal to its
 * item. The marker is read as one of a run (another of its form in the paragraph); the 、 is deleted
 * (一是增设…, as the run's other items are most often written).
 */
function enumerationComma(ctx: RuleContext, markers: InlineMarker[]): void {
  for (const m of markers) {
    if (m.form !== '是' && m.form !== '要') continue;
    const t = ctx.doc.paragraphs[m.paragraph].text;
    const after = m.at + m.text.length;
    if (t[after] !== '、' || !t.startsWith(m.text, m.at)) continue;
    if (!markers.some((o) => o !== m && o.paragraph === m.paragraph && o.form === m.form)) continue;
    const at = ctx.doc.paragraphs[m.paragraph].map[after];
    if (ctx.source.text[at] !== '、') continue;
    ctx.report({
      start: m.span.start, end: at + 1,
      message: `列举用语“${m.text}”后不用顿号“、”（GB/T 15834—2011《标点符号用法》：顿号用于句内并列词语之间）：应为“${m.text}”后直接接内容。`,
      fix: { range: [at, at + 1], text: '' },
    });
  }
}

/** Reports at the marker: a fix when the next marker confirms the value, else a suggestion. */
function report(ctx: RuleContext, m: InlineMarker, value: number, confirmedBy: InlineMarker | undefined, message: string): void {
  const fix: Fix = { range: [m.numeral.start, m.numeral.end], text: numberToChinese(value) };
  ctx.report({
    start: m.span.start, end: m.span.end, message,
    ...(confirmedBy ? { fix } : { suggestions: [{ desc: `改为“${formMarker(m.form, value)}”（其后各项可能也需改号）`, fix }] }),
  });
}
