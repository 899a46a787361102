// A people's government's decree (人民政府令) promulgates a 规章, and a 规章 is never named 条例:
// 《规章制定程序条例》第七条 (规章的名称一般称“规定”“办法”，但不得称“条例”). 条例 are the 人大's
// 地方性法规 or the State Council's 行政法规 (国务院令, not judged). So 《X条例》 cited with a
// 人民政府令 number (《聊城市城市更新管理条例》（聊城市人民政府令第49号）, …令第49号公布的《X条例》) names
// the wrong text or the wrong kind. A decree the registry knows is left to number-title and
// decree-citation, which name its real title: one finding, not two.
import type { Rule } from '../types';
import { overlaps } from '../spans';
import { findByNumber } from '../../registry';
import { spanIn } from '../../parse/paragraphs';

const DECREE = '[\\u4e00-\\u9fa5]{0,12}人民政府令[ \\u3000]*第[ \\u3000]*\\d{1,4}[ \\u3000]*号';
const DATE = '(?:\\d{4}年\\d{1,2}月\\d{1,2}日)?';
/**
 * The decree in the brackets is the title's own number: the bracket closes, or goes on with how it was
 * made (公布, 修订) or another citation. Not a note on another text (（…令第12号公布的《…办法》同时废止）).
 */
const CITES_IT = '(?=[ \\u3000]*(?:[）)，,、；;]|(?:公布|发布|修订|修正|施行)(?![\\u4e00-\\u9fa5]{0,2}的)))';
/** 《X条例》（[date]…人民政府令第N号…）: the title first, the decree in the brackets right after it. */
const TITLE_FIRST = new RegExp(`《([^《》]{2,60}条例)》[（(]${DATE}(${DECREE})${CITES_IT}`, 'g');
/** …人民政府令第N号公布的《X条例》 */
const DECREE_FIRST = new RegExp(`(${DECREE})(?:公布|发布)的《([^《》]{2,60}条例)》`, 'g');

export const decreeKind: Rule = {
  id: 'cross-ref/decree-kind',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '人民政府令公布的是政府规章，规章名称不称“条例”：以人民政府令令号引用的《××条例》，标题或令号必有一处写错。',
      en: 'A 人民政府令 promulgates a government regulation (规章), which is never named 条例: a 《…条例》 cited with a 人民政府令 number has a wrong title or a wrong number.',
    },
    why: '《规章制定程序条例》第七条：规章的名称一般称“规定”“办法”，但不得称“条例”。“条例”是地方性法规或行政法规的名称，由人大常委会公告或国务院令公布。',
    bad: '城市更新项目还应当符合《聊城市城市更新管理条例》（聊城市人民政府令第49号）的有关规定。',
    good: '城市更新项目还应当符合《聊城市城市更新管理办法》（聊城市人民政府令第49号）的有关规定。',
  },
  check(ctx) {
    const { doc } = ctx;
    for (const p of doc.paragraphs) {
      // Cheap test first: every such citation holds 条例 and 令.
      if (p.text.indexOf('条例》') < 0 || p.text.indexOf('人民政府令') < 0 || overlaps(doc.noise, p.start, p.end)) continue;
      const found: { at: number; title: string; decree: string }[] = [];
      for (const m of p.text.matchAll(TITLE_FIRST)) found.push({ at: m.index! + 1, title: m[1], decree: m[2] });
      for (const m of p.text.matchAll(DECREE_FIRST)) found.push({ at: p.text.indexOf(`《${m[2]}》`, m.index!) + 1, title: m[2], decree: m[1] });
      for (const f of found) {
        const decree = f.decree.replace(/[ \u3000]+/g, '');
        if (findByNumber(ctx.model, decree)) continue;
        ctx.report({
          ...spanIn(p, f.at, f.at + f.title.length),
          message: `《${f.title}》以“${decree}”引用，但人民政府令公布的是政府规章，规章名称不得称“条例”（《规章制定程序条例》第七条）：请核对标题（规章称“办法”“规定”等）或令号。`,
        });
      }
    }
  },
};
