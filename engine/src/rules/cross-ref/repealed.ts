// Citing a document that was repealed before the citing document's date. A sentence that STATES
// the repeal (…同时废止, 予以废止, 关于废止…) is not a citation of a repealed document.
import type { Rule } from '../types';
import { asOfPhrase, zhDate } from '../as-of';
import { findByNumber, statusAt } from '../../registry';
import { documentReferences, indexAt, Sentences } from './util';
import { overlaps } from '../spans';
import { repealStatementsOf } from '../../parse/repeals';
import { levelRank } from '../../parse/document';
import { issueDocumentByNumber } from '../../registry/issue';
import { perDocumentText } from '../memo';
import { REPEAL } from '../running-text';
import type { GwDocument, Span } from '../../types';
import type { RepealStatement } from '../../model/types';
import { pushAll } from '../../arrays';

/**
 * What a repealing document says somewhere (one scan of a paragraph for both words): parse/repeals'
 * REPEAL_WORD, the words a repeal is read from, not running-text's wider REPEAL (失效, 不再执行…),
 * which only exempts a sentence.
 */
const REPEAL_WORDS = /废止|停止执行/;

/**
 * What one document of the issue repeals (a 关于废止… notice, a …同时废止 sentence), as of its date:
 * once per document's text, not again for each keystroke that moves it.
 */
function sameStatements(a: RepealStatement[], b: RepealStatement[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => {
    const y = b[i];
    return x.target === y.target && x.targetTitle === y.targetTitle && x.by === y.by && x.date === y.date && x.kind === y.kind;
  }));
}

const repealsIn = perDocumentText((doc: GwDocument): RepealStatement[] => {
  const number = doc.number?.canonical;
  const date = doc.date?.iso;
  // Most documents repeal nothing: a look for the words, paragraph by paragraph (joining the
  // issue's text per lint was most of the rule's time), before the statements are read.
  return number && date && (REPEAL_WORDS.test(doc.title?.text ?? '') || doc.paragraphs.some((p) => REPEAL_WORDS.test(p.text)))
    ? repealStatementsOf([{ doc, number, date }], [], undefined, true).filter((r) => r.kind === 'repeal')
    : [];
});


/** Words that make a sentence a statement about repeal or expiry rather than a use (shared with lead-unit/mentions). */
const REPEAL_STATEMENT = REPEAL;

/**
 * Words of a transitional provision, which names the old document for what was done under it
 * before the new text took effect (本措施施行前，已按照聊政发〔2021〕5号文件申报的…，按原规定执行):
 * naming it there is right, not a use of it.
 */
// Before *this* text took effect (本措施施行前), not any 实施前 (项目实施前，要按照…): that is a use.
// What was done under it before a day (2024年12月31日前已按照《…》兑现的奖励，不再追溯) is such a provision too.
const TRANSITION = /本[\u4e00-\u9fa5]{0,6}?(?:施行|实施|生效|印发)(?:之日)?以?前|按原(?:规定|政策|标准|文件)|原规定|前[，,]?已(?:经)?(?:按照|依照|依据|根据)/;

/** The cited document's own history right after it (聊政发〔2021〕5号文件实施以来的经验): told, not used. */
const HISTORY_AFTER = /^(?:文件)?(?:实施|施行|印发|出台|执行)以来/;

/**
 * An annex whose heading says it lists repealed or expired documents (已废止和宣布失效的…文件目录):
 * its rows name them as such. A list, not any annex whose title says 废止 (a 令's 关于修改和废止…的决定
 * is the text itself). Not a list of what stays in force (继续有效…目录): a repealed
 * document there is a slip.
 */
const REPEALED_LIST_HEADING = /(?:废止|失效|停止执行)[^。；，：:]{0,30}(?:目录|清单|名单|一览表|汇总表)$/;
const KEPT_LIST_HEADING = /继续有效|保留|拟|暂缓|不予|征求/;

/**
 * An item headed as the repealed part of a list (二、已废止的行政规范性文件（2件）): a heading, not a
 * sentence, that says 废止/失效; its lower items name the documents as repealed.
 */
const REPEALED_ITEM_HEADING = /废止|失效|停止执行/;

/**
 * A sentence or list heading that repeals now (同时废止, 予以废止, 一、废止下列…), not one that
 * reports an earlier repeal (已废止, 已被…废止) or expiry: repealing again what an earlier document
 * already repealed is a slip (the wrong document, or a stale list).
 */
const ACTIVE_REPEAL = /同时废止|予以废止|现予废止|一并废止|决定废止|废止下列|废止以下|^(?:[一二三四五六七八九十]{1,3}、|\d{1,3}[.．、])?废止[《〈“]/;
const PAST_REPEAL = /已(?:经|被)?[^。；，]{0,20}(?:废止|失效)|失效|停止执行/;

/** A sentence that gives an example of the one before it. */
const EXAMPLE = /^(?:如|例如|比如|譬如)/;

/** Source spans of the annexes and the list items that list repealed documents. */
function repealedLists(doc: GwDocument): (Span & { active: boolean })[] {
  const out: (Span & { active: boolean })[] = [];
  doc.items.forEach((it, k) => {
    const h = it.heading.replace(/[\s\u3000]+/g, '');
    if (h.length > 40 || /[。；;，,：:]/.test(h) || !REPEALED_ITEM_HEADING.test(h) || KEPT_LIST_HEADING.test(h)) return;
    const rank = levelRank(it.level);
    const next = doc.items.slice(k + 1).find((o) => o.sequence !== it.sequence || levelRank(o.level) <= rank);
    out.push({ start: it.start, end: next?.start ?? doc.end, active: ACTIVE_REPEAL.test(h) && !PAST_REPEAL.test(h) });
  });
  doc.attachments.forEach((a, k) => {
    const heading = a.title?.text.replace(/[\s\u3000]+/g, '') ?? '';
    if (!REPEALED_LIST_HEADING.test(heading) || KEPT_LIST_HEADING.test(heading)) return;
    const next = doc.attachments.slice(k + 1).find((b) => b.start > a.start);
    out.push({ start: a.start, end: next?.start ?? doc.end, active: false });
  });
  return out;
}

export const repealed: Rule = {
  id: 'cross-ref/repealed',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '引用了在本文成文日期之前已被废止的文件（《标题》（发文字号）或正文中单独写出的发文字号，如“按照聊政发〔2021〕5号文件要求”），并指出废止它的文件；陈述废止的句子、过渡条款（本办法施行前已按照……的，按原规定执行）、“原××号文件”和已废止文件目录中的条目不算引用；但废止语句（同时废止、予以废止、“废止下列文件”清单）再次废止此前已被废止的文件，予以指出。',
      en: 'A document cited (《title》（number）, or by its number alone in running text: 按照聊政发〔2021〕5号文件要求) that was repealed before the citing document\'s date, naming the repealing document; a sentence stating the repeal, a transitional provision, a document named as the former one (原…) and a row of an annex listing repealed documents are no citations; but a statement that repeals now (同时废止, 予以废止, an item of a 废止下列… list) a document an earlier one already repealed is reported.',
    },
    why: '已废止的文件不再具有效力，不能作为依据；按本文成文日期判断（语料：聊政办字〔2024〕21号废止聊政发〔2021〕5号）。',
    // Repealed on 2024-12-29: cited after that date it is reported, before it not.
    bad: '根据《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号），制定本方案。\n\n聊城市地方金融监督管理局\n2025年3月1日',
    good: '根据《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号），制定本方案。\n\n聊城市地方金融监督管理局\n2024年6月3日',
  },
  check(ctx) {
    const { doc, model, asOf } = ctx;
    // Repeals made by the issue's own documents (聊政办字〔2026〕7号 repealing 聊政办字〔2023〕17号),
    // which no model knows yet. Read through ctx.readDocuments, so that the incremental lint runs
    // this again when an edit changes a document's repeal statements (not after every keystroke in
    // another document); and only for a citation the registry does not say is repealed: a run with
    // none does not depend on them.
    let inIssue: RepealStatement[] | undefined;
    const issueRepeals = (): RepealStatement[] => {
      if (!inIssue) {
        inIssue = [];
        if (ctx.mode === 'issue') {
          ctx.readDocuments(repealsIn, sameStatements).forEach((list, k) => {
            if (k !== ctx.docIndex) pushAll(inIssue!, list);
          });
        }
      }
      return inIssue;
    };
    // Per paragraph, its sentences and whether each (by its start) states a repeal: found once for
    // all its citations, so that a paragraph of many citations is read a bounded number of times.
    const sentences = new Map<number, { of: Sentences; states: Map<number, boolean> }>();
    let listsRepealed: (Span & { active: boolean })[] | undefined;
    const again = (c: { start: number; end: number; number?: { canonical: string } }, repeal: RepealStatement) => {
      const by = findByNumber(model, repeal.by) ?? issueDocumentByNumber(ctx.gazette, repeal.by);
      const named = by?.title ? `《${by.title}》（${by.number}）` : repeal.by;
      ctx.report({
        start: c.start, end: c.end,
        message: `所废止的文件（${c.number!.canonical}）已于${zhDate(repeal.date)}被${named}废止，无需再次废止：请核对所废止文件的标题和发文字号。`,
      });
    };
    for (const c of documentReferences(doc, model)) {
      if (!c.number || overlaps(doc.noise, c.start, c.end)) continue;
      let st = statusAt(model, c.number.canonical, asOf);
      if (st.state !== 'repealed') st = issueStatus(st, issueRepeals(), c.number.canonical, asOf);
      if (st.state !== 'repealed' || !st.repeal) continue;
      if (doc.number && doc.number.canonical === st.repeal.by) continue;
      const list = (listsRepealed ??= repealedLists(doc)).find((l) => l.start < c.end && c.start < l.end);
      if (list) {
        if (list.active) again(c, st.repeal);
        continue;
      }
      const p = doc.paragraphs[c.paragraph];
      if (p) {
        let s = sentences.get(c.paragraph);
        if (!s) sentences.set(c.paragraph, (s = { of: new Sentences(p.text), states: new Map() }));
        const i = indexAt(p, c.start);
        const [a, b] = s.of.boundsAt(i);
        let states = s.states.get(a);
        if (states === undefined) {
          const sentence = p.text.slice(a, b);
          // An example (如…, 例如…) of what the sentence before says (个别文件引用已废止文件。如某部门
          // 代拟稿仍以聊政发〔2021〕5号文件为依据…): a report on the slip, not the slip.
          const example = a > 0 && EXAMPLE.test(sentence) && REPEAL_STATEMENT.test(p.text.slice(s.of.boundsAt(a - 1)[0], a));
          s.states.set(a, (states = example || REPEAL_STATEMENT.test(sentence) || TRANSITION.test(sentence)));
        }
        if (states) {
          const sentence = p.text.slice(a, b);
          // The sentence before may be the paragraph before: a line that ends a sentence (…起施行。)
          // ends a paragraph, and an extractor's wrap may fall right there.
          const before = a < 40 && c.paragraph > 0 ? doc.paragraphs[c.paragraph - 1].text.slice(a - 40) : '';
          if (ACTIVE_REPEAL.test(sentence) && !PAST_REPEAL.test(sentence) && !recordsThis(before + p.text.slice(Math.max(0, a - 40), b), st.repeal)) again(c, st.repeal);
          continue;
        }
        // 原聊政发〔2021〕5号, 原《…》: the drafter names it as the former document.
        if (p.text[i - 1] === '原') continue;
        if (HISTORY_AFTER.test(p.text.slice(indexAt(p, c.end - 1) + 1, indexAt(p, c.end - 1) + 8))) continue;
      }
      const by = findByNumber(model, st.repeal.by) ?? issueDocumentByNumber(ctx.gazette, st.repeal.by);
      const named = by?.title ? `《${by.title}》（${by.number}）` : st.repeal.by;
      ctx.report({
        start: c.start, end: c.end,
        message: `所引文件（${c.number.canonical}）已于${zhDate(st.repeal.date)}被${named}废止，${asOfPhrase(ctx, zhDate(asOf))}时已失效：请删除该引用或改引现行文件。`,
      });
    }
  },
};

/**
 * Whether the sentence (with the one before it) is the very repeal the registry records: a regulation republished in a later
 * decree keeps its own 本办法自2018年3月1日起施行。《X》（聊政发〔1999〕114号）同时废止, dated as
 * the repeal is.
 */
function recordsThis(sentence: string, repeal: RepealStatement): boolean {
  for (const m of sentence.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g)) {
    if (`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` === repeal.date) return true;
  }
  return false;
}

/** The status of a citation under the issue's own repeal statements (dated before the citing text). */
function issueStatus(st: ReturnType<typeof statusAt>, inIssue: RepealStatement[], number: string, asOf: string): ReturnType<typeof statusAt> {
  const repeal = inIssue.filter((r) => r.target === number && r.date < asOf).sort((a, b) => a.date.localeCompare(b.date))[0];
  return repeal ? { ...st, state: 'repealed', repeal } : st;
}

