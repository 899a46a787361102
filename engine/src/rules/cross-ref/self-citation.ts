// A document citing a title with its own 发文字号 (《…》（聊政字〔2026〕36号）同时废止, a decree that
// amends 《…办法》（…令第55号） being 令第55号 itself): no document cites, amends or repeals itself,
// so the number was copied from this document's own head, or the older document's was mistyped.
// None of the gazettes' 600-odd texts does it.
import type { Rule } from '../types';
import { overlaps } from '../spans';

/** The title of what a notice issues or forwards (关于印发X的通知 → X). */
const ISSUED = /(?:印发|转发|批转|发布|公布)(.+)的(?:通知|决定|通告|公告)$/;

export const selfCitation: Rule = {
  id: 'cross-ref/self-citation',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '所引文件（《标题》（发文字号））的发文字号不得是本文自己的发文字号：文件不引用、修改或废止自身。署名之后所附的政策解读以本文发文字号称引本文或本文印发的文件的，不判断。',
      en: 'A cited document (《title》（number）) may not bear the citing document’s own number: no document cites, amends or repeals itself. A 政策解读 printed after the signature naming the document, or the text it issues, by the document’s number is not judged.',
    },
    why: '引用自身发文字号多是照抄本文的发文字号（或上一年同名文件的发文字号写错），所引文件无从查找。',
    bad: '《聊城市人民政府关于调整聊城市安全生产委员会组成人员的通知》（聊政字〔2026〕36号）同时废止。\n\n聊城市人民政府\n2026年8月18日',
    good: '《聊城市人民政府关于调整聊城市安全生产委员会组成人员的通知》（聊政字〔2025〕12号）同时废止。\n\n聊城市人民政府\n2026年8月18日',
    test: {
      bad: '聊城市人民政府\n\n聊政字〔2026〕36号\n\n聊城市人民政府关于调整聊城市安全生产委员会组成人员的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n《聊城市人民政府关于调整聊城市安全生产委员会组成人员的通知》（聊政字〔2026〕36号）同时废止。\n\n聊城市人民政府\n2026年8月18日\n',
      good: '聊城市人民政府\n\n聊政字〔2026〕36号\n\n聊城市人民政府关于调整聊城市安全生产委员会组成人员的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n《聊城市人民政府关于调整聊城市安全生产委员会组成人员的通知》（聊政字〔2025〕12号）同时废止。\n\n聊城市人民政府\n2026年8月18日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const own = doc.number?.canonical;
    if (!own) return;
    // A 政策解读 printed after the document names it by its own title and number: no citation of
    // itself, but a description. Before the signature the same title is another year's document
    // (an annual notice repealing last year's under the same name, its number copied wrong).
    const closed = doc.signature?.end ?? doc.date?.end ?? doc.end;
    // Compared without its inner marks: a title cited in 《》 writes its own 《》 as 〈〉.
    const ownTitle = doc.title?.text.replace(/[\s《》〈〉]+/g, '');
    // A 印发 notice's 解读 names the text it issues by that text's title and the notice's number
    // (《聊城市…管理办法》（聊政办发〔2026〕8号）: redteam8).
    const issued = ownTitle && ISSUED.exec(ownTitle)?.[1];
    for (const c of doc.citations) {
      const n = c.number;
      if (!n || n.canonical !== own || overlaps(doc.noise, c.start, c.end) || overlaps(doc.hosted, c.start, c.end)) continue;
      const cited = c.title.text.replace(/[\s《》〈〉]+/g, '');
      if (c.start >= closed && (cited === ownTitle || (issued && issued.includes(cited)))) continue;
      ctx.report({
        start: n.start, end: n.end,
        message: `所引《${c.title.text.replace(/^《|》$/g, '')}》的发文字号“${n.text}”是本文自己的发文字号：文件不引用、修改或废止自身。请核对所引文件的发文字号。`,
      });
    }
  },
};
