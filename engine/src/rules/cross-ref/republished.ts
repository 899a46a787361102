// cross-ref/republished: a decision that amends regulations closes with 《A》《B》根据本决定作相应修改，
// 重新公布. A regulation the same decision repeals (三、废止《C》…) is not republished: a drafter who
// moves a regulation from the amended list to the repealed one forgets the closing sentence.
import type { Rule } from '../types';
import { normalizeTitle } from '../../registry';
import { LIST_ITEM } from './util';
import { overlaps } from '../spans';
import { spanIn } from '../../parse/paragraphs';

const REPUBLISH = /根据本决定(?:作)?相应(?:的)?修改[^。]{0,12}重新(?:公布|发布)/;
/** 对《X》（…）作出修改 / 对《X》作如下修改 / 将《X》第…修改为 */
const AMENDED = /(?:对《([^《》]{2,60})》[^。；]{0,40}?作(?:出|如下)?修改|将《([^《》]{2,60})》第)/g;
const TITLE = /《([^《》]{2,60})》/g;
/** A heading opening a repeal list (三、废止下列市政府规章). */
const REPEAL_HEAD = /废止[^。；]{0,20}[：:]?$/;

/** After a title, a part of it (废止《X》（…）中有关…的规定, 废止《X》第二十条): the rest stays in force (redteam7). */
const PART_AFTER = /^(?:[（(][^（）()]*[）)])?(?:中|第[一二三四五六七八九十百零〇]+条)/;

export const republished: Rule = {
  id: 'cross-ref/republished',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '修改决定末尾“《A》《B》根据本决定作相应修改，重新公布”不列入本决定废止的规章。',
      en: 'The regulations a decision republishes (《A》《B》根据本决定作相应修改，重新公布) do not include one the same decision repeals.',
    },
    why: '重新公布的是修改后的规章文本；列入本决定废止的规章，会使读者误以为其仍然有效。',
    bad: '一、对《聊城市燃气管理办法》（聊城市人民政府令第32号）作出修改\n\n1. 删去第二十条。\n\n二、废止《聊城市城市供热管理办法》（聊城市人民政府令第21号）\n\n本决定自2025年11月1日起施行。\n\n《聊城市燃气管理办法》《聊城市城市供热管理办法》根据本决定作相应修改，重新公布。',
    good: '一、对《聊城市燃气管理办法》（聊城市人民政府令第32号）作出修改\n\n1. 删去第二十条。\n\n二、废止《聊城市城市供热管理办法》（聊城市人民政府令第21号）\n\n本决定自2025年11月1日起施行。\n\n《聊城市燃气管理办法》根据本决定作相应修改，重新公布。',
  },
  check(ctx) {
    const { doc } = ctx;
    const ps = doc.paragraphs;
    // Cheap test first: the closing sentence names 本决定 and 重新.
    const closing = ps.filter((p) => p.text.includes('重新') && REPUBLISH.test(p.text) && !overlaps(doc.hosted, p.start, p.end) && !overlaps(doc.noise, p.start, p.end));
    if (!closing.length) return;
    const amended = new Set<string>();
    for (const p of ps) {
      if (overlaps(doc.hosted, p.start, p.end)) continue;
      for (const m of p.text.matchAll(AMENDED)) amended.add(normalizeTitle(m[1] ?? m[2]));
    }
    if (!amended.size) return;
    const repealed = new Set<string>();
    let inRepealList = false;
    for (const p of ps) {
      // The items of a 废止下列… list repeal without saying so themselves.
      if (LIST_ITEM.test(p.text)) {
        if (!inRepealList) continue;
      } else {
        inRepealList = REPEAL_HEAD.test(p.text.trim()) && !/(?:决定|通知|意见)$/.test(p.text.trim());
        if (!p.text.includes('废止')) continue;
      }
      for (const m of p.text.matchAll(TITLE)) {
        if (PART_AFTER.test(p.text.slice(m.index! + m[0].length))) continue;
        repealed.add(normalizeTitle(m[1]));
      }
    }
    for (const p of closing) {
      const upTo = p.text.search(REPUBLISH);
      for (const m of p.text.slice(0, upTo).matchAll(TITLE)) {
        const t = normalizeTitle(m[1]);
        // Only a title the decision repeals: one it merely does not name may be cited above in another
        // form (a heading whose citation was shortened or edited), which is not this rule's to judge.
        if (amended.has(t) || !repealed.has(t)) continue;
        ctx.report({
          ...spanIn(p, m.index!, m.index! + m[0].length),
          message: `《${m[1]}》由本决定废止，不应重新公布：重新公布的只是本决定修改的规章，应从重新公布的规章中删去此项（若它本应修改而非废止，请改正废止条款）。`,
        });
      }
    }
  },
};
