// A regulation is cited by the decree that promulgated it and that decree's date: 2018年11月14日
// 聊城市人民政府令第33号公布的《聊城市巡游出租汽车经营服务管理办法》, or 《X》（2018年12月29日聊城市
// 人民政府令第34号公布） as the corpus writes it. A 令 number is no 《》（number） citation, so
// number-title does not see it; here the number, the title and the date are checked against the
// model's registry, which knows each decree's number, title and date.
import type { Paragraph } from '../../types';
import type { Rule } from '../types';
import { findByNumber, findByTitle, normalizeTitle } from '../../registry';
import type { RegistryDoc } from '../../model/types';
import { LIST_ITEM } from './util';
import { overlaps } from '../spans';
import { isoDate } from '../../parse/dates';
import { spanIn } from '../../parse/paragraphs';

const DATE = '(\\d{4})年(\\d{1,2})月(\\d{1,2})日';
const DECREE = '([\\u4e00-\\u9fa5]{2,12}?令)第(\\d{1,4})号';
/** 2018年11月14日聊城市人民政府令第33号公布的《X》 */
const BEFORE = new RegExp(`${DATE}${DECREE}(?:公布|发布)的《([^《》]{2,60})》`, 'g');
/** 《X》（2018年12月29日聊城市人民政府令第34号公布…） */
const AFTER = new RegExp(`《([^《》]{2,60})》[（(]${DATE}${DECREE}(?:公布|发布)`, 'g');

interface Cited { at: number; title: string; date: string; dateAt: number; dateLen: number; number: string; numAt: number; numLen: number }

function citedIn(p: Paragraph): Cited[] {
  const out: Cited[] = [];
  for (const m of p.text.matchAll(BEFORE)) {
    const dateLen = `${m[1]}年${m[2]}月${m[3]}日`.length;
    out.push({ at: m.index!, title: m[6], date: isoDate(m[1], m[2], m[3]), dateAt: m.index!, dateLen,
      number: `${m[4]}第${m[5]}号`, numAt: m.index! + dateLen, numLen: `${m[4]}第${m[5]}号`.length });
  }
  for (const m of p.text.matchAll(AFTER)) {
    const dateAt = m.index! + m[1].length + 3;
    const dateLen = `${m[2]}年${m[3]}月${m[4]}日`.length;
    out.push({ at: m.index!, title: m[1], date: isoDate(m[2], m[3], m[4]), dateAt, dateLen,
      number: `${m[5]}第${m[6]}号`, numAt: dateAt + dateLen, numLen: `${m[5]}第${m[6]}号`.length });
  }
  return out;
}

/** Whether the cited title is the registered one (a decree's entry may carry no short title). */
function titleMatches(doc: RegistryDoc, cited: string): boolean {
  const c = normalizeTitle(cited);
  return c === normalizeTitle(doc.title) || (!!doc.shortTitle && c === normalizeTitle(doc.shortTitle));
}

/** A heading that opens a repeal list: 三、废止下列市政府规章, 下列规章予以废止： (no sentence end). */
const REPEAL_HEAD = /废止[^。；]{0,20}$|废止[^。；]{0,20}[：:]$/;

/** A repeal told as done before (已于…废止, 已经废止, 被…废止): the clause's words right before 废止. */
const TOLD_PAST = /(?:已|曾|被)[^。；，,《》]{0,20}废止$/;

/** Whether the citation at `at` of paragraph `pi` is repealed there: 废止 in its own sentence
 * (…令第34号公布的《X》同时废止; 三、废止《X》（…）), or the item of a list headed by 废止下列…. */
function repealing(paras: Paragraph[], pi: number, at: number): boolean {
  const text = paras[pi].text;
  // …已于2024年11月11日废止, 已被废止: tells of the earlier repeal, repeals nothing (redteam7).
  const after = /^[^。；]*?废止/.exec(text.slice(at))?.[0];
  if (after && !TOLD_PAST.test(after)) return true;
  if (/废止[^。；]*$/.test(text.slice(0, at))) return true;
  if (!LIST_ITEM.test(text)) return false;
  // Up past the list's other items to its heading.
  for (let k = pi - 1; k >= 0 && k >= pi - 40; k--) {
    const t = paras[k].text;
    if (LIST_ITEM.test(t)) continue;
    return REPEAL_HEAD.test(t.trim());
  }
  return false;
}

export const decreeCitation: Rule = {
  id: 'cross-ref/decree-citation',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '以“××年×月×日××令第N号公布的《X》”引用规章时，令号、标题和公布日期须与文件登记表一致；“同时废止”、决定中的“废止《X》”或“废止下列规章”清单不再废止已被废止的规章。',
      en: 'A regulation cited by its decree (2018年11月14日聊城市人民政府令第33号公布的《X》) has the number, title and date the registry knows; a 同时废止, a decision\'s 废止《X》 or an item of its 废止下列规章 list does not repeal a regulation already repealed.',
    },
    why: '废止或修改规章时以令号、公布日期和标题指明对象，任一处写错都会指向另一份规章或不存在的规章。',
    bad: '本规定自2025年11月1日起施行。2018年12月14日聊城市人民政府令第33号公布的《聊城市巡游出租汽车经营服务管理办法》同时废止。',
    good: '本规定自2025年11月1日起施行。2018年11月14日聊城市人民政府令第33号公布的《聊城市巡游出租汽车经营服务管理办法》同时废止。',
  },
  check(ctx) {
    const { doc, model } = ctx;
    if (!model.documents.length) return;
    for (let pi = 0; pi < doc.paragraphs.length; pi++) {
      const p = doc.paragraphs[pi];
      // Cheap test first: every such citation holds 令第.
      if (p.text.indexOf('令第') < 0 || overlaps(doc.noise, p.start, p.end)) continue;
      for (const c of citedIn(p)) {
        const byNum = findByNumber(model, c.number);
        const byTitle = findByTitle(model, c.title);
        const span = (a: number, n: number) => spanIn(p, a, a + n);
        if (byNum && !titleMatches(byNum, c.title)) {
          ctx.report({
            ...span(c.numAt, c.numLen),
            message: byTitle
              ? `“${c.number}”公布的是《${byNum.title}》，《${c.title}》是${byTitle.number}（文件登记表）：请核对令号或标题。`
              : `“${c.number}”公布的是《${byNum.title}》，不是《${c.title}》（文件登记表）：请核对令号或标题。`,
          });
          continue;
        }
        const known = byNum ?? (byTitle && /令第\d+号$/.test(byTitle.number) ? byTitle : undefined);
        if (!byNum && known) {
          ctx.report({
            ...span(c.numAt, c.numLen),
            message: `《${c.title}》由${known.number}公布，不是“${c.number}”（文件登记表）：请核对令号。`,
          });
          continue;
        }
        // 同时废止 a regulation an earlier decree has already repealed: nothing is left to repeal.
        const repealedBy = known && repealing(doc.paragraphs, pi, c.at)
          ? model.repeals.find((r) => r.kind === 'repeal' && r.target === known.number && r.date <= ctx.asOf && r.by !== doc.number?.canonical)
          : undefined;
        if (repealedBy) {
          const [y, m, d] = repealedBy.date.split('-').map(Number);
          ctx.report({
            ...span(c.numAt, c.numLen),
            message: `${known!.number}公布的《${known!.title}》已于${y}年${m}月${d}日由${repealedBy.by}废止（文件登记表），无需再次废止：请核对所废止的规章。`,
          });
          continue;
        }
        if (known?.date && known.date !== c.date) {
          const [y, m, d] = known.date.split('-').map(Number);
          ctx.report({
            ...span(c.dateAt, c.dateLen),
            message: `${known.number}的公布日期是${y}年${m}月${d}日，不是${p.text.slice(c.dateAt, c.dateAt + c.dateLen)}（文件登记表）：请核对日期。`,
          });
        }
      }
    }
  },
};
