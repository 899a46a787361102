// 《某办法》第X条 naming a 办法 whose whole text is printed in the same file (an issue prints the
// 办法 a 印发 notice issues, and a department's notice implementing it cites its articles): the
// article must exist there. article-ref judges a text's references to itself (本办法第X条); no
// model knows how many articles an earlier issue's 办法 has, so only a text at hand is judged, and
// only one seen whole: articles 第一条…第N条 without a gap, the last one saying when it takes
// effect (施行), outside any span the extraction scrambled.
import type { Citation, GwDocument } from '../../types';
import type { Rule } from '../types';
import { chineseToNumber, numberToChinese } from '../../parse/items';
import { normalizeTitle } from '../../registry';
import { overlaps } from '../spans';
import { perNode } from '../memo';

/** 第X条 right after a citation's 》 or its number's closing bracket. */
const ARTICLE_AFTER = /^\s*第([零〇一二三四五六七八九十百]+)条/;

/**
 * A citation that speaks of the text as it was before, not as printed (redteam3): a 决定 amending it
 * cites the articles it deletes and renumbers (删去《某办法》第十三条, 将…第十一条修改为…); an old
 * version of the same title is cited as 原《某办法》 or under another 发文字号.
 */
const AMENDING_TITLE = /修改|修订|修正|废止/;
/** The old version named before its 《: 原, 修订前的, 2019年印发的 (redteam7). */
const OLD_VERSION_BEFORE = /(?:原|(?:修订|修改|修正)前的?|(\d{4})年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:印发|发布|公布|制定|出台)的)$/;

/** Whether the words before a citation name an old version: a year only when before the citing text's. */
function isOldVersion(before: string, doc: GwDocument): boolean {
  const m = OLD_VERSION_BEFORE.exec(before);
  if (!m) return false;
  const own = doc.date?.year;
  return !m[1] || own === undefined || Number(m[1]) < own;
}
const AMENDING = /修改为|改为|删去|删除|增加|调整为|作如下修改|中的“/;

/** The articles of each attached or enacted text of `doc` seen whole, by normalised title: the last article's number. */
function wholeTexts(doc: GwDocument): Map<string, number> {
  const out = new Map<string, number>();
  if (doc.noise.length) return out;
  const heads = doc.attachments.filter((a) => a.title);
  heads.forEach((a, k) => {
    // The last text runs to the document's end and on into its continuations, printed after other
    // documents (their items start beyond doc.end).
    const end = heads[k + 1]?.start ?? Infinity;
    const articles = doc.items.filter((i) => i.level === 12 && i.start >= a.start && i.start < end);
    const n = articles.length;
    if (n < 3 || articles.some((i, j) => i.value !== j + 1)) return;
    if (!doc.paragraphs[articles[n - 1].paragraph]?.text.includes('施行')) return;
    out.set(normalizeTitle(a.title!.text), n);
  });
  return out;
}

const textsOf = perNode(wholeTexts);

export const citedArticle: Rule = {
  id: 'cross-ref/cited-article',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '引用同一文本（如同期公报）中全文刊载的办法、细则等的条款（《某办法》第X条），该条须存在：所引文件只有第一条至第N条时，不能引用第N条以后的条。',
      en: 'An article cited by title (《某办法》第X条) of a 办法 printed whole in the same text (an issue prints the 办法 a notice issues) must exist there.',
    },
    why: '引用不存在的条款使规定无从执行，多为条号笔误或沿用了旧稿的条号；所引办法全文就在同一文本中，可以核对。',
    // The 办法 (three articles) and the department's notice citing it are in the test documents.
    bad: '申请人应当符合《聊城市人才公寓管理办法》第十六条规定的条件。',
    good: '申请人应当符合《聊城市人才公寓管理办法》第三条规定的条件。',
    test: {
      bad: sample('第十六条'),
      good: sample('第三条'),
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const docs = ctx.gazette.documents;
    if (docs.length < 2 && !doc.attachments.length) return;
    if (AMENDING_TITLE.test(doc.title?.text ?? '')) return;
    const src = ctx.source.text;
    for (const c of doc.citations) {
      const m = ARTICLE_AFTER.exec(src.slice(c.end, c.end + 16));
      if (!m || overlaps(doc.noise, c.start, c.end)) continue;
      if (isOldVersion(src.slice(Math.max(0, c.start - 12), c.start), doc) || AMENDING.test(sentenceAround(src, c.start, c.end))) continue;
      const title = normalizeTitle(c.title.text);
      let count: number | undefined;
      let host: GwDocument | undefined;
      for (const d of docs) if ((count = textsOf(d).get(title)) !== undefined) { host = d; break; }
      // Another 发文字号 than the printing notice's: an earlier text of the same title.
      if (c.number && host?.number && normalizeNumber(c.number.text) !== normalizeNumber(host.number.text)) continue;
      // An abbreviation (《办法》) defined after the citation of the notice issuing the text
      // (《…关于印发某办法的通知》（聊政办发〔2026〕12号，以下简称《办法》）): the text that notice prints.
      const def = count === undefined && !c.number ? definitionOf(doc, c.title.text, src) : undefined;
      if (def?.number) {
        const issued = normalizeTitle(ISSUING.exec(def.title.text)?.[1] ?? def.title.text);
        for (const d of docs) {
          if (!d.number || normalizeNumber(d.number.text) !== normalizeNumber(def.number.text)) continue;
          count = textsOf(d).get(issued);
          break;
        }
      }
      const cited = chineseToNumber(m[1]);
      if (count === undefined || !(cited > count)) continue;
      const start = c.end + m.index + m[0].indexOf('第');
      ctx.report({
        start, end: c.end + m[0].length,
        message: `引用的“第${m[1]}条”不存在：《${c.title.text.replace(/^《|》$/g, '')}》全文在本文中，只有第一条至第${numberToChinese(count)}条。请核对条号。`,
      });
    }
  },
};

/** 简称 right before a citation's 《: the citation defines an abbreviation of the one before it. */
const ABBR_BEFORE = /(?:以下简称|简称|以下称|下称)[:：]?\s*$/;
/** A 印发 notice's title: the text it issues. */
const ISSUING = /关于印发《?(.+?)》?的通知$/;

/** The citation an abbreviation `abbr` (a citation's title: 办法) is defined for in `doc`: the one right before its definition. */
function definitionOf(doc: GwDocument, abbr: string, src: string): Citation | undefined {
  const cs = doc.citations;
  for (let k = 1; k < cs.length; k++) {
    const c = cs[k];
    if (c.title.text !== abbr || !ABBR_BEFORE.test(src.slice(Math.max(0, c.start - 8), c.start))) continue;
    // The definition closes the citation before it: inside its number's bracket, a few characters on.
    return c.start - cs[k - 1].end < 24 ? cs[k - 1] : undefined;
  }
  return undefined;
}

/** The sentence holding [start, end): from the 。 before to the 。 after. */
function sentenceAround(src: string, start: number, end: number): string {
  const from = Math.max(src.lastIndexOf('。', start), src.lastIndexOf('\n', start), 0);
  const next = src.slice(end).search(/[。\n]/);
  return src.slice(from, next < 0 ? undefined : end + next);
}

const normalizeNumber = (s: string) => s.replace(/\s/g, '');

/** A 印发 notice issuing a 办法 of three articles, and a department's notice citing one of them. */
function sample(article: string): string {
  return ['聊城市人民政府办公室', '', '聊政办字〔2025〕3号', '', '聊城市人民政府办公室关于印发聊城市人才公寓管理办法的通知', '',
    '各县（市、区）人民政府，市政府各部门：', '', '《聊城市人才公寓管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。', '',
    '聊城市人民政府办公室', '', '2025年3月5日', '', '聊城市人才公寓管理办法', '',
    '第一条 为了加强人才公寓管理，制定本办法。', '', '第二条 申请人应当符合本市人才认定条件。', '', '第三条 本办法自2025年4月1日起施行。', '',
    '聊城市人力资源和社会保障局', '', '聊人社字〔2025〕4号', '', '聊城市人力资源和社会保障局关于做好人才公寓申请工作的通知', '',
    '各县（市、区）人力资源社会保障局：', '', `申请人应当符合《聊城市人才公寓管理办法》${article}规定的条件。`, '',
    '聊城市人力资源和社会保障局', '', '2025年3月25日', ''].join('\n');
}
