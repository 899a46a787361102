// A cited title names its issuer, and the cited number's 机关代字 names it too: a 人民政府's numbers
// are 政发/政字 (聊政发, 鲁政字), its 办公室's or 办公厅's carry 办 (聊政办发, 鲁政办字). A title opening
// 聊城市人民政府关于… cited with a 聊政办字 number, or 聊城市人民政府办公室关于… with a 聊政字 one,
// names two issuers: the drafter mixed up 市政府 and 市政府办公室 in the title or took another
// document's number. None of the gazettes' 317 such citations (corpus, othergaz, probe issues) does it.
import type { Rule } from '../types';
import { overlaps } from '../spans';

/** A title opening with a government, or its office, and 关于 right after it (no 转发/批转 title, no joint issuers). */
const TITLE_ISSUER = /^《?\s*([\u4e00-\u9fff]{2,12}?人民政府)(办公室|办公厅)?关于/;
/** A 机关代字 of a government's series: 政发, 政字, 政函, 政明电, and its office's with 办. */
const GOV_CODE = /政(办)?(?:发|字|函|明电|电)$/;

export const citedIssuer: Rule = {
  id: 'cross-ref/cited-issuer',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '所引文件标题中的发文机关须与其发文字号相符：人民政府的发文字号为“政发”“政字”，其办公室（办公厅）的带“办”（“政办发”“政办字”）。',
      en: 'A cited title’s issuer must agree with its number: a government’s numbers are 政发/政字, its office’s carry 办 (政办发/政办字).',
    },
    why: '“市政府”与“市政府办公室”是两个发文机关，标题写错机关或字号取自另一份文件，所引文件无从查找；语料中317处此类引用无一不符。',
    bad: '《聊城市人民政府办公室关于印发聊城市建设节水型社会先行区实施方案的通知》（聊政字〔2024〕19号）予以废止。',
    good: '《聊城市人民政府关于印发聊城市建设节水型社会先行区实施方案的通知》（聊政字〔2024〕19号）予以废止。',
    test: {
      bad: notice('《聊城市人民政府办公室关于印发聊城市建设节水型社会先行区实施方案的通知》（聊政字〔2024〕19号）予以废止。'),
      good: notice('《聊城市人民政府关于印发聊城市建设节水型社会先行区实施方案的通知》（聊政字〔2024〕19号）予以废止。'),
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const c of doc.citations) {
      const n = c.number;
      // Cheap tests first: a government's title holds 人民政府, its code 政.
      if (!n || !n.code.includes('政') || !c.title.text.includes('人民政府')) continue;
      const code = GOV_CODE.exec(n.code);
      const title = code && TITLE_ISSUER.exec(c.title.text);
      if (!title || !!title[2] === !!code[1]) continue;
      if (overlaps(doc.noise, c.start, c.end) || overlaps(doc.hosted, c.start, c.end)) continue;
      const issuer = title[1] + (title[2] ?? '');
      const whose = code[1] ? `${title[1]}办公室（办公厅）` : title[1];
      ctx.report({
        start: n.start, end: n.end,
        message: `所引标题的发文机关“${issuer}”与发文字号“${n.text}”不符：“${n.code}”是${whose}的发文字号（人民政府用“政发”“政字”，其办公室用“政办发”“政办字”）。请核对标题中的发文机关或发文字号。`,
      });
    }
  },
};

function notice(body: string): string {
  return `聊城市人民政府文件\n\n聊政发〔2026〕9号\n\n聊城市人民政府关于废止部分市政府行政规范性文件的决定\n\n各县（市、区）人民政府，市政府各部门：\n\n${body}\n\n聊城市人民政府\n\n2026年10月10日\n`;
}
