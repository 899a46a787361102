// Repeal and amendment statements in a document's own text: a notice titled 关于废止…, a sentence
// 《X》（N）同时废止, a list announced by 决定废止下列文件：. Training reads them from the corpus into
// the model; cross-ref/repealed reads them from the other documents of an issue being linted.
import type { DocNumber, GwDocument, Paragraph } from '../types';
import type { RepealStatement } from '../model/types';
import { findDocNumbers } from './docNumber';
import { registryTitle } from '../registry';
import { isoDate } from './dates';

/** Promulgation note of a regulation: （2018年12月29日聊城市人民政府令第34号公布…）. */
export const PROMULGATED = /(\d{4})年(\d{1,2})月(\d{1,2})日([\u4e00-\u9fa5]{2,16}令)第\s*(\d{1,4})\s*号公布/g;


/** Replaces the text inside 《…》 (nesting allowed) by nothing, so keywords in cited titles don't count. */
export function maskTitles(s: string): string {
  const first = s.indexOf('《');
  if (first < 0) return s;
  // Copied a run at a time (a string built character by character was most of a cold lint's
  // reading of an issue's repeal statements).
  let out = '';
  let from = 0;
  let depth = 0;
  for (let i = first; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x300a /* 《 */) {
      if (depth++ === 0) out += s.slice(from, i + 1);
    } else if (c === 0x300b /* 》 */ && depth > 0 && --depth === 0) from = i;
  }
  // A 《 left open hides the rest of the text.
  return depth === 0 ? out + s.slice(from) : out;
}

const REPEAL_WORD = /废止|停止执行/;
/** An item of a list of documents: `1.《X》（N）`, `（1）…`, `一、…` or a bare `《X》（N）` (and a bare-numbered entry, `1　X（N）`: Paragraph.bareMarker). */
const LIST_ITEM = /^(\d{1,3}[.．、]|[（(]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}、|《)/;
const AMEND_WORD = /作出修改|予以修改|作如下修改/;
/**
 * The heading of an annex that lists repealed documents (市政府决定废止的行政规范性文件目录, 废止文件
 * 清单): a heading, not a sentence, whose only verb is 废止. A list of what is kept, amended as well
 * or only proposed for repeal (继续有效, 废止和修改, 拟废止) announces no repeal.
 */
const REPEAL_LIST_HEADING = /^[^。；，、：:]{0,40}废止[^。；，、：:]{0,20}(?:目录|清单|名单|一览表)$/;
/**
 * A decision's section heading over its list, with no colon (二、对下列文件予以废止, 一、对下列规章予以修改,
 * 三、废止下列文件): its items (1. 《X》（N）) are what it repeals or amends.
 */
const LIST_SECTION_HEADING = /^(?:[一二三四五六七八九十]{1,3}、)?(?:对?(?:下列|以下)[^。；，、：:]{0,12}?予以(?:废止|修改)|(?:废止|修改)(?:下列|以下)[^。；，、：:]{0,12})$/;
/** 废止, letter-spaced too (废 止 文 件 目 录). */
const SAYS_REPEAL = /废[\s\u3000]*止/;
const NOT_REPEAL_LIST = /修改|保留|继续|有效|拟|暂缓|不予|征求/;
/** A sentence that repeals what an annex lists: 予以废止（见附件1）, 决定废止以下文件（附件）. */
const REPEAL_BY_ANNEX = /(?:废止|停止执行)[^。；，]{0,12}?[（(]见?附件(\d{0,2})[)）]/g;

/** 自2020年7月1日起施行 in the sentence that repeals with 同时废止. */
const EFFECTIVE = /自(\d{4})年(\d{1,2})月(\d{1,2})日起施行/;

interface Stater {
  by: string;
  date: string;
}

/** Repeal and amendment statements in one sentence. */
function statementsIn(sentence: string, stater: Stater, knownCodes: string[], listKind?: 'repeal' | 'amend'): { target: string; targetTitle?: string; kind: 'repeal' | 'amend' }[] {
  if (!listKind && !/废止|停止执行|修改/.test(sentence)) return [];
  const masked = maskTitles(sentence);
  const repeal = listKind ? listKind === 'repeal' : REPEAL_WORD.test(masked);
  const amend = listKind ? listKind === 'amend' : AMEND_WORD.test(masked);
  if (!repeal && !amend) return [];
  const out: { target: string; targetTitle?: string; kind: 'repeal' | 'amend' }[] = [];
  for (const n of findDocNumbers(sentence, undefined, 0, knownCodes)) {
    if (n.canonical === stater.by || !/\d/.test(n.seq)) continue;
    // The 《title》 this number belongs to: the last title closing right before its parenthesis.
    const before = sentence.slice(0, n.start);
    const close = before.lastIndexOf('》');
    let title: string | undefined;
    let anchor = n.start;
    if (close >= 0 && /^[（(]\s*(\d{4}年\d{1,2}月\d{1,2}日)?\s*$/.test(before.slice(close + 1))) {
      let depth = 0;
      let open = -1;
      for (let i = close; i >= 0; i--) {
        if (before[i] === '》') depth++;
        else if (before[i] === '《' && --depth === 0) {
          open = i;
          break;
        }
      }
      if (open >= 0) {
        title = registryTitle(before.slice(open + 1, close));
        anchor = open;
      }
    }
    // 根据《X》（N）… cites the basis, not the repealed document.
    if (/(根据|按照|依据|依照|参照)$/.test(sentence.slice(Math.max(0, anchor - 4), anchor))) continue;
    const after = maskTitles(sentence.slice(n.end));
    // 《X》（N）中的《Y》同时废止: part of N is repealed, which amends N.
    const partial = /^[^，。；]*?[）)]?\s*中的《/.test(after);
    const kind = repeal && !partial ? 'repeal' : 'amend';
    out.push({ target: n.canonical, targetTitle: title, kind });
  }
  return out;
}

/**
 * The repeal and amendment statements the documents make, each as of its document's date (or of the
 * promulgation of a regulation re-published inside a 令): a notice titled 关于废止…, a sentence
 * 《X》（N）同时废止, a list announced by 决定废止下列文件：. Used by training, and by
 * cross-ref/repealed for the documents of the issue being linted. `onTarget` hears each target's
 * number and title (training registers them as cited documents).
 */
export function repealStatementsOf(contexts: { doc: GwDocument; number?: string; date?: string }[], ownCodes: string[], onTarget?: (n: DocNumber, title: string | undefined) => void,
  repealsOnly = false): RepealStatement[] {
  // Only repeals wanted (a rule reading an issue's own documents on every lint): a paragraph that
  // neither repeals, promulgates nor announces a list is passed over (a 修改和废止 decision has
  // dozens that amend). An amendment list's heading still counts: its items are the list's.
  const worth = repealsOnly ? /公布|废止|停止执行|作出修改|予以修改|作如下修改/ : /公布|废止|停止执行|修改/;
  const repeals = new Map<string, RepealStatement>();
  for (const ctx of contexts) {
    if (!ctx.number || !ctx.date) continue;
    let stater: Stater = { by: ctx.number, date: ctx.date };
    const title = ctx.doc.title?.text ?? '';
    // 关于废止聊政发〔2021〕5号…的通知: the whole notice repeals N.
    if (/废止/.test(maskTitles(title))) {
      for (const n of findDocNumbers(registryTitle(title), undefined, 0, ownCodes)) {
        if (n.canonical !== ctx.number) repeals.set(`${n.canonical}\u0000${ctx.number}\u0000repeal`, { target: n.canonical, by: ctx.number, date: ctx.date, kind: 'repeal' });
      }
    }
    const paras: Paragraph[] = ctx.doc.paragraphs;
    const record = (s: { target: string; targetTitle?: string; kind: 'repeal' | 'amend' }) => {
      const key = `${s.target}\u0000${stater.by}\u0000${s.kind}`;
      if (!repeals.has(key)) repeals.set(key, { target: s.target, targetTitle: s.targetTitle, by: stater.by, date: stater.date, kind: s.kind });
      const n = findDocNumbers(s.target, undefined, 0, ownCodes)[0];
      if (n) onTarget?.(n, s.targetTitle);
    };
    // An annex whose heading says it lists repealed documents, or that a repealing sentence points
    // to (予以废止（见附件1）), is a list too: its heading's paragraph opens it.
    const annexTitles = ctx.doc.attachments.filter((a) => a.title);
    const repealAnnexes = new Set<number | undefined>();
    if (annexTitles.length) {
      for (const para of paras) {
        if (!REPEAL_WORD.test(para.text)) continue;
        const masked = maskTitles(para.text);
        REPEAL_BY_ANNEX.lastIndex = 0;
        for (let m; (m = REPEAL_BY_ANNEX.exec(masked)); ) repealAnnexes.add(m[1] ? Number(m[1]) : undefined);
      }
    }
    const opensRepealList = (para: Paragraph): boolean => {
      // Asked of every paragraph: the heading is read only where it says 废止 (letter-spaced or not).
      if (SAYS_REPEAL.test(para.text)) {
        const heading = para.text.replace(/[\s\u3000]+/g, '');
        if (REPEAL_LIST_HEADING.test(heading) && !NOT_REPEAL_LIST.test(heading)) return true;
      }
      if (!repealAnnexes.size) return false;
      const annex = annexTitles.find((a) => a.title!.start >= para.start && a.title!.start < para.end);
      // （见附件） with no number points to the one annex there is.
      return !!annex && (repealAnnexes.has(annex.index) || (annexTitles.length === 1 && repealAnnexes.has(undefined)));
    };
    // `决定废止下列文件：` announces a list: its items (1.《X》（N）…) are repealed without saying so.
    let listKind: 'repeal' | 'amend' | undefined;
    for (const para of paras) {
      if (listKind) {
        const found = LIST_ITEM.test(para.text) || para.bareMarker ? statementsIn(para.text, stater, ownCodes, listKind) : [];
        if (found.length) {
          found.forEach(record);
          continue;
        }
        listKind = undefined;
      }
      if (opensRepealList(para)) {
        listKind = 'repeal';
        continue;
      }
      // A regulation re-published inside a 令 speaks with its own number and date.
      if (!worth.test(para.text)) continue;
      PROMULGATED.lastIndex = 0;
      const pm = /^[（(]/.test(para.text) ? PROMULGATED.exec(para.text) : null;
      if (pm && pm.index <= 2) {
        const n = findDocNumbers(`${pm[4]}第${pm[5]}号`, undefined, 0, ownCodes)[0];
        if (n) stater = { by: n.canonical, date: isoDate(pm[1], pm[2], pm[3]) };
        continue;
      }
      let found = 0;
      // 本办法自2020年7月1日起施行。《X》（N）同时废止: N stays in force until the effective day.
      const eff = EFFECTIVE.exec(para.text);
      const effective = eff ? isoDate(eff[1], eff[2], eff[3]) : undefined;
      for (const sentence of para.text.split(/(?<=[。；;])/)) {
        const list = statementsIn(sentence, stater, ownCodes);
        if (list.length && effective && effective > stater.date && /同时废止/.test(maskTitles(sentence))) {
          const own = stater;
          stater = { ...own, date: effective };
          list.forEach(record);
          stater = own;
        } else list.forEach(record);
        found += list.length;
      }
      const masked = maskTitles(para.text);
      if (!found && (/[：:]$/.test(masked) || LIST_SECTION_HEADING.test(masked))) listKind = REPEAL_WORD.test(masked) ? 'repeal' : AMEND_WORD.test(masked) ? 'amend' : undefined;
    }
  }

  return [...repeals.values()];
}
