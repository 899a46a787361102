// numbering/sequence: each level's numbers run 1, 2, 3… under their parent. Reports a gap, a
// repeat, a number that goes backwards, and a restart where the document runs on (or the reverse).
// Both regimes are correct — lower levels restarting under each parent, or running on across
// sections ((一)…(二十一) across 一、 parts) — so the regime is read per level from the document
// itself. 第X条 always runs on through chapters. One error gives one diagnostic: after a deviation
// the count continues from the value found, unless the next sibling shows that only this one
// item was misnumbered.
import type { Rule, RuleContext } from '../types';
import type { Fix } from '../../types';
import { analyze, inClosedTail, markerFor, opensContinuation, viaContinuation, LEVEL_LABEL, type ItemInfo } from './analyze';
import { spanIn } from '../../parse/paragraphs';

const WHY = '同级序号应连续递增（GB/T 9704—2012 第7.3.3条）';

/** Source span of the numeral inside an item's marker (for a suggestion that changes only it). */
function numeralFix(ctx: RuleContext, info: ItemInfo, value: number): Fix | undefined {
  const { item } = info;
  const p = ctx.doc.paragraphs[item.paragraph];
  if (!p) return undefined;
  const m = /[一二三四五六七八九十百零〇两]+|\d+|[①-⑳]/.exec(item.marker);
  if (!m) return undefined;
  const a = m.index;
  const b = a + m[0].length;
  const { start, end } = spanIn(p, a, b);
  const want = markerFor(item.level, value);
  const wm = /[一二三四五六七八九十百零〇两]+|\d+|[①-⑳]/.exec(want);
  if (!wm) return undefined;
  return { range: [start, end], text: wm[0] };
}

/**
 * The only item under `parent` when it is numbered 1 or `missing` and its level is used nowhere
 * else in the document: the sibling missing after `parent`, written at a lower level (一、 ⏎ （1）
 * ⏎ 三、, where （1） is the 二、). Undefined otherwise.
 */
function standsForMissing(infos: ItemInfo[], parent: ItemInfo, missing: number): ItemInfo | undefined {
  const children = infos.filter((i) => i.parent === parent);
  if (children.length !== 1) return undefined;
  const [c] = children;
  if (c.item.value !== 1 && c.item.value !== missing) return undefined;
  return infos.some((i) => i !== c && i.item.level === c.item.level) ? undefined : c;
}

/**
 * Whether the markers of values [from, to) stand, in order, in the source between offsets a and b,
 * each opening a clause (after ；。：， a line break or the start): items run inline in a paragraph.
 */
function inlineBetween(text: string, a: number, b: number, from: number, to: number, mk: (v: number) => string): boolean {
  const between = text.slice(a, b);
  let at = 0;
  for (let v = from; v < to; v++) {
    const m = mk(v);
    let i = between.indexOf(m, at);
    while (i >= 0 && i > 0 && !/[；。：，;:,\s]/.test(between[i - 1])) i = between.indexOf(m, i + 1);
    if (i < 0) return false;
    at = i + m.length;
  }
  return true;
}

/** A short label and its colon that a note's inline list follows (注：, 说明：, 备注：). */
const LABEL_THEN = /^[\u4e00-\u9fa5]{1,4}[：:]\s*/;

/**
 * Whether an item's list hangs under a parent of another level than the previous list of its level
 * (a 决定's 一、 lists 1.…4. directly, its 二、 lists 1. 2. under （一） and 3. 4. under （二））.
 */
function underOtherLevel(info: ItemInfo): boolean {
  const prev = info.prevInSequence;
  return !!prev && !!prev.parent && !!info.parent && prev.parent.item.level !== info.parent.item.level;
}

function judge(ctx: RuleContext, infos: ItemInfo[]): void {
  // Regime votes per level: a first child under a new parent that starts at 1 (restart) or
  // continues from the previous item of its level (run on). Counted per top-level section (the
  // parent's parent) as well: a section whose votes (at least two) all agree keeps its own regime —
  // 二、 may run 1.…9. on across its （一）…（四） while 三、保障措施 renumbers under each of its （一）（二）.
  // Its votes then stay out of the document's count, which judges the other sections; one
  // deviating vote makes a section mixed, judged by the document.
  type Votes = { restart: number; runOn: number; order: ('restart' | 'runOn')[]; who: ItemInfo[] };
  const sectionOf = (i: ItemInfo) => i.parent?.parent;
  const bySection = new Map<ItemInfo | undefined, Map<number, Votes>>();
  for (const info of infos) {
    if (info.prevSibling || !info.prevInSequence) continue;
    // A list under a parent of another level (1.…4. right under 一、, then 1. under 二、's （一）) is
    // not the same sequence: its 1. tells nothing of the regime.
    if (underOtherLevel(info)) continue;
    const section = sectionOf(info);
    const levels = bySection.get(section) ?? new Map<number, Votes>();
    bySection.set(section, levels);
    const v = levels.get(info.item.level) ?? { restart: 0, runOn: 0, order: [], who: [] };
    // The next sibling tells a misnumbered first item from a vote: 3. (after 2.) followed by 2. is
    // a restart written wrong, 1. (after 3.) followed by 5. a run-on written wrong.
    const last = info.prevInSequence.item.value;
    const after = info.nextSibling?.item.value;
    const restart = info.item.value === 1 ? after === undefined || after !== last + 2 || after === 2 : info.item.value > 2 && after === 2;
    const runOn = !restart && (info.item.value === last + 1 || (info.item.value === 1 && after === last + 2));
    if (restart) { v.restart++; v.order.push('restart'); v.who.push(info); }
    else if (runOn) { v.runOn++; v.order.push('runOn'); v.who.push(info); }
    levels.set(info.item.level, v);
  }
  const own = (v: Votes | undefined) => !!v && v.restart + v.runOn >= 2 && (v.restart === 0 || v.runOn === 0);
  const votes = new Map<number, Votes>();
  for (const [section, levels] of bySection) {
    for (const [level, v] of levels) {
      if (section && own(v)) continue;
      const t = votes.get(level) ?? { restart: 0, runOn: 0, order: [], who: [] };
      t.restart += v.restart;
      t.runOn += v.runOn;
      votes.set(level, t);
    }
  }
  const leading = (order: Votes['order']) =>
    order.length >= 2 && order.slice(0, -1).every((o) => o === order[0]) && order[order.length - 1] !== order[0] ? order[0] : undefined;
  const decide = (v: Votes | undefined): 'restart' | 'runOn' | undefined =>
    !v ? undefined : v.restart > v.runOn ? 'restart' : v.runOn > v.restart ? 'runOn' : undefined;
  const ledBySection = new Set<ItemInfo>();
  const regimeOf = (info: ItemInfo): 'restart' | 'runOn' | undefined => {
    const level = info.item.level;
    if (level === 12) return 'runOn';
    const section = sectionOf(info);
    const local = section && bySection.get(section)?.get(level);
    if (local && own(local)) return decide(local);
    const doc = decide(votes.get(level));
    // A mixed section whose votes all agree but the last keeps the regime it began with, the last
    // being the lone deviation (1.…4. on through （一）（二）, then （三） back at 1.): when it has
    // three votes, or two and the document cannot judge it (then nothing else would).
    const lead = local && leading(local.order);
    if (lead && (local.order.length >= 3 || !doc)) { ledBySection.add(info); return lead; }
    return doc;
  };

  // Two votes at a level under the top sections that disagree (二、 runs （三） on from 一、's （二）,
  // 三、 starts again at （一）) leave no regime, and nothing else judges them: the document is
  // inconsistent either way (no section of the corpus mixes the two), reported at the second.
  const inconsistent = new Map<ItemInfo, 'restart' | 'runOn'>();
  for (const [level, v] of bySection.get(undefined) ?? []) {
    if (level <= 5 && v.order.length === 2 && v.order[0] !== v.order[1] && !decide(votes.get(level))) inconsistent.set(v.who[1], v.order[0]);
  }
  // First articles of chapters that start again from 第一条.
  const articleRestarts = infos.filter((i) => i.item.level === 12 && i.item.value === 1 && i.prevInSequence && !i.prevSibling);
  // The value each item stands for once a misnumbered item is read as what it should have been.
  const eff = new Map<ItemInfo, number>();
  const valueOf = (i: ItemInfo) => eff.get(i) ?? i.item.value;

  for (const info of infos) {
    const { item } = info;
    const label = LEVEL_LABEL[item.level] ?? '编号';
    const found = item.marker;
    // A bare-numbered list's entry (1　…) is numbered as its list prints it, without a mark.
    const mk = (v: number) => (/^\d+$/.test(found) ? String(v) : markerFor(item.level, v));
    const against = info.prevSibling ?? info.prevInSequence ?? info.parent;
    // Around re-attached continuation text only a break confirmed by both neighbours (a single
    // misnumbered item) is reported: a fragment's extent is a guess and multi-column pages
    // scramble the order, so gaps and steps back there are extraction, not drafting. The
    // fragment's first item against the item before the cut is judged as usual: the page numbers
    // joined them, and its head is read in order.
    // `first`: a suggestion offered before renumbering this item.
    const report = (expected: number, message: string, confirmed = false, first?: { desc: string; fix: Fix }) => {
      if (!confirmed && viaContinuation(ctx.doc, against?.item, item) && !opensContinuation(ctx.doc, against?.item, item)
        && !inClosedTail(ctx.doc, against?.item, item)) return;
      const fix = numeralFix(ctx, info, expected);
      const suggestions = [...(first ? [first] : []), ...(fix ? [{ desc: `改为“${mk(expected)}”（其后各项可能也需改号）`, fix }] : [])];
      ctx.report({ start: item.markerSpan.start, end: item.markerSpan.end, message, ...(suggestions.length ? { suggestions } : {}) });
    };
    if (info.quiet) continue;
    const next = info.nextSibling;
    if (info.prevSibling) {
      // The last item under its parent: in a run-on level the next section's first item tells
      // whether this one was misnumbered.
      const after = next ?? (regimeOf(info) === 'runOn' ? info.nextInSequence : undefined);
      const prev = valueOf(info.prevSibling);
      const expected = prev + 1;
      if (item.value === expected) continue;
      const prevMarker = info.prevSibling.item.marker;
      if (after && after.item.value === expected + 1) {
        eff.set(info, expected);
        report(expected, `编号错误：“${found}”应为“${mk(expected)}”（上一项为“${prevMarker}”，下一项为“${after.item.marker}”）。${WHY}。`, true);
      } else if (item.value === prev) {
        report(expected, `编号重复：“${found}”与上一项序号相同。${WHY}：此处应为“${mk(expected)}”，其后各项依次改号。`);
      } else if (item.value > expected) {
        // The missing items are printed inline between the two (`（一）…；（二）…；` ⏎ `（三）…`): a run of
        // items inside one paragraph, the last of which a hard wrap put at a line's start.
        // Not across re-attached continuation text: the source between the two is then other pages'.
        if (!viaContinuation(ctx.doc, info.prevSibling.item, item)
          && inlineBetween(ctx.source.text, info.prevSibling.item.markerSpan.end, item.markerSpan.start, expected, item.value, mk)) continue;
        const missing = item.value - expected === 1 ? `“${mk(expected)}”` : `“${mk(expected)}”至“${mk(item.value - 1)}”`;
        const stand = item.value === expected + 1 ? standsForMissing(infos, info.prevSibling, expected) : undefined;
        if (stand) {
          // The one item between them, of a level the document uses nowhere else: most likely the
          // missing sibling written at the wrong level (二、 typed as （1）).
          report(expected, `编号不连续：“${found}”之前缺少“${mk(expected)}”（上一项为“${prevMarker}”）；其间的“${stand.item.marker}”是“${prevMarker}”下唯一的下级项，全文仅此一处用该层级，可能本应为“${mk(expected)}”。${WHY}。`, false,
            { desc: `把“${stand.item.marker}”改为“${mk(expected)}”`, fix: { range: [stand.item.markerSpan.start, stand.item.markerSpan.end], text: mk(expected) } });
          continue;
        }
        report(expected, `编号不连续：“${found}”之前缺少${missing}（上一项为“${prevMarker}”）。${WHY}：此处应为“${mk(expected)}”，或补上缺少的项。`);
      } else {
        report(expected, `编号倒退：“${found}”不应小于上一项“${prevMarker}”。${WHY}：此处应为“${mk(expected)}”；若此处开始新的部分，应先写出其上级标题。`);
      }
      continue;
    }
    // First item of its level under this parent. The previous child of the same parent written at
    // another level with the value before this one (`（1）` then `2.`) is a sibling with a wrong
    // marker: numbering/wrong-parent reports it, the count goes on from it.
    let prevChild: ItemInfo | undefined;
    for (let j = info.index - 1; j >= 0 && !prevChild; j--) if (infos[j].parent === info.parent) prevChild = infos[j];
    if (prevChild && prevChild.item.level !== item.level && prevChild.item.level <= 5 && item.level <= 5 && prevChild.item.value === item.value - 1) continue;
    if (!info.prevInSequence) {
      if (item.value === 1) continue;
      // A note's list opened after its label on the line before (注：1. … ⏎ 2. …): that is its 1..
      const before = ctx.doc.paragraphs[item.paragraph - 1]?.text.trim() ?? '';
      const noteLabel = LABEL_THEN.exec(before);
      if (item.value === 2 && noteLabel && before.slice(noteLabel[0].length).replace(/^1\s*[．.]/, '1.').startsWith(mk(1))) continue;
      if (next && next.item.value === 2) {
        eff.set(info, 1);
        report(1, `编号错误：“${found}”应为“${mk(1)}”（下一项为“${next.item.marker}”）。${WHY}，${label}应从“${mk(1)}”开始。`, true);
      } else {
        const missing = item.value === 2 ? `“${mk(1)}”` : `“${mk(1)}”至“${mk(item.value - 1)}”`;
        report(1, `编号不连续：“${found}”之前缺少${missing}。${WHY}，${label}应从“${mk(1)}”开始。`);
      }
      continue;
    }
    // The first of a list under a parent of another level than the list before it starts at 1.
    if (item.value === 1 && underOtherLevel(info)) continue;
    const last = valueOf(info.prevInSequence);
    const lastMarker = info.prevInSequence.item.marker;
    const reg = regimeOf(info);
    const whose = ledBySection.has(info) ? '本部分' : '本文件';
    const first = inconsistent.get(info);
    if (first) {
      const parentMarker = info.parent?.item.marker ?? '';
      const was = first === 'runOn' ? '前面的部分接续上一部分编号' : '前面的部分重新编号';
      const here = first === 'runOn' ? `此处“${parentMarker}”下又重新从“${found}”编号` : `此处“${parentMarker}”下的“${found}”又接续上一部分（前一部分最后一项为“${lastMarker}”）`;
      report(first === 'runOn' ? last + 1 : 1, `编号方式不一致：${label}${was}，${here}。同一层级应统一：各部分都重新从“${mk(1)}”编号，或都接续编号（此处应为“${mk(first === 'runOn' ? last + 1 : 1)}”）。`);
      continue;
    }
    if (item.value === 1) {
      // Articles numbered per chapter (each chapter from 第一条): one finding, at the first restart.
      if (item.level === 12 && articleRestarts.length >= 2 && !info.quiet) {
        if (info !== articleRestarts[0]) continue;
        report(last + 1, `编号重新开始：条序号应贯穿全文接续编号，不按章重新编号。本文件有${articleRestarts.length}章从“第一条”重新编号，此处（前一章最后一条为“${lastMarker}”）应为“${mk(last + 1)}”，其后各条依次改号，文中引用的条号也须相应改正。`);
        continue;
      }
      if (reg === 'runOn' && last + 1 !== 1) {
        // Only this item restarted when the next one continues the run.
        const sure = !!next && next.item.value === last + 2;
        if (sure) eff.set(info, last + 1);
        report(last + 1, `编号重新开始：${whose}${label}跨部分接续编号（前一部分最后一项为“${lastMarker}”），此处应为“${mk(last + 1)}”而非重新从“${found}”开始。`, sure);
      }
      continue;
    }
    if (item.value === last + 1) {
      if (reg === 'restart') {
        const sure = !!next && next.item.value === 2;
        if (sure) eff.set(info, 1);
        report(1, `编号未重新开始：${whose}${label}在每个上级标题下重新从“${mk(1)}”编号，此处应为“${mk(1)}”。`, sure);
      }
      continue;
    }
    // Neither a restart nor a run-on: a gap (or a misnumbered first item).
    if (next && next.item.value === 2 && reg !== 'runOn') {
      eff.set(info, 1);
      report(1, `编号错误：“${found}”应为“${mk(1)}”（下一项为“${next.item.marker}”）。${WHY}。`, true);
    } else if (next && next.item.value === last + 2 && reg !== 'restart') {
      eff.set(info, last + 1);
      report(last + 1, `编号错误：“${found}”应为“${mk(last + 1)}”（${whose}${label}跨部分接续编号，前一部分最后一项为“${lastMarker}”）。${WHY}。`, true);
    } else if (reg === 'runOn' && item.value > last + 1) {
      const missing = item.value - last - 1 === 1 ? `“${mk(last + 1)}”` : `“${mk(last + 1)}”至“${mk(item.value - 1)}”`;
      report(last + 1, `编号不连续：“${found}”之前缺少${missing}（${whose}${label}跨部分接续编号，前一部分最后一项为“${lastMarker}”）。${WHY}：此处应为“${mk(last + 1)}”，或补上缺少的项。`);
    } else if (reg === 'restart') {
      report(1, `编号不连续：${label}在每个上级标题下应重新从“${mk(1)}”开始，此处为“${found}”。${WHY}：此处应为“${mk(1)}”。`);
    } else {
      report(1, `编号不连续：“${found}”既不是重新编号的“${mk(1)}”，也不接续前一部分最后一项“${lastMarker}”（应为“${mk(last + 1)}”）。${WHY}。`);
    }
  }
}

export const sequence: Rule = {
  id: 'numbering/sequence',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '各级编号（一、（一）1.（1）① 第X章 第X节 第X条）应连续：不跳号、不重号、不倒退；按文件自身的编号方式（各部分重新编号或跨部分接续编号）判断。',
      en: 'Each numbering level runs without gaps, repeats or steps back, judged by the regime the document itself uses (restart under each parent, or run on across sections).',
    },
    why: 'GB/T 9704—2012 第7.3.3条规定结构层次序数；同级序号必须连续。语料中两种编号方式均有：各部分重新编号，或（一）至（二十一）跨部分接续；第X条贯穿各章接续编号。改号会影响其后各项及文中引用，故只给出建议，不自动修改。',
    bad: '一、总体要求\n（一）基本原则\n（三）主要目标',
    good: '一、总体要求\n（一）基本原则\n（二）主要目标',
  },
  check(ctx) {
    if (ctx.doc.type === '大事记' || ctx.doc.type === '任免') return;
    for (const infos of analyze(ctx.doc)) judge(ctx, infos);
  },
};
