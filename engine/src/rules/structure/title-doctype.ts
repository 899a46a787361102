// structure/title-doctype: a 印发 notice's title (关于印发X的通知) ends with 的通知 (GB/T 9704
// 7.3.1: the title names the issuer, the matter and the 文种). A drafter who copies the issued
// document's title into the notice's (关于印发聊城市城市更新行动实施方案) leaves the notice's own
// 文种 out: X's 方案 is not it. Every title of the corpus's 印发 notices ends with 的通知.
import type { Rule } from '../types';
import { overlaps } from '../cross-ref/util';

const WHY = 'GB/T 9704—2012 第7.3.1条：标题由发文机关名称、事由和文种组成';
/** 关于印发X, 印发X, 关于转发X, 关于批转X: a notice that issues, forwards or approves X. */
const ISSUING_TITLE = /^[\u4e00-\u9fa5（）《》]{0,30}?(?:关于)?(?:印发|转发|批转)[\u4e00-\u9fa5（）()《》“”〔〕\d—、·]{4,}$/;

/** The notice's own 文种 after 的 (的通知; 的函, 的通报 and the like for the rarer forms). */
const DOCTYPE_END = /的(?:通知|函|通报|决定|意见|批复)$/;

export const titleDoctype: Rule = {
  id: 'structure/title-doctype',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '印发、转发、批转类通知的标题以“的通知”结尾（关于印发《X》的通知），不能只写到所印发文件的名称为止。',
      en: 'The title of a notice that issues, forwards or approves a document ends with 的通知 (关于印发X的通知), not with the issued document’s own name.',
    },
    why: WHY + '；印发通知的文种是“通知”，所印发文件的“方案”“办法”等不是本文的文种。',
    bad: '聊城市人民政府办公室关于印发聊城市防汛工作方案',
    good: '聊城市人民政府办公室关于印发聊城市防汛工作方案的通知',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于印发聊城市防汛工作方案\n\n各县（市、区）人民政府，市政府各部门：\n\n《聊城市防汛工作方案》已经市政府同意，现印发给你们，请认真贯彻落实。\n\n聊城市人民政府办公室\n2025年6月3日\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于印发聊城市防汛工作方案的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n《聊城市防汛工作方案》已经市政府同意，现印发给你们，请认真贯彻落实。\n\n聊城市人民政府办公室\n2025年6月3日\n',
    },
  },
  check(ctx) {
    const title = ctx.doc.title;
    if (!title) return;
    const t = title.text.replace(/[\s\u3000]+/g, '');
    // Cheap tests first: most titles end with their 文种 or name no 印发.
    if (DOCTYPE_END.test(t) || !ISSUING_TITLE.test(t)) return;
    if (overlaps(ctx.doc.noise, title.start, title.end)) return;
    // A title hard-wrapped before its end: the parser took its first lines, and the rest (…师制度
    // （试行）的通知) opens the next line, with no sentence mark before its 通知.
    const next = ctx.source.text.slice(title.end, title.end + 80).replace(/[\s\u3000]+/g, '');
    if (/^[^。，；：,;:]{0,40}?通知/.test(next)) return;
    // The title may be wrapped over lines: the fix goes after its last character as written.
    const end = title.end;
    ctx.report({
      start: title.start, end,
      message: `印发类通知的标题应以“的通知”结尾（${WHY}）：应为“${t}的通知”。`,
      fix: { range: [end, end], text: '的通知' },
    });
  },
};
