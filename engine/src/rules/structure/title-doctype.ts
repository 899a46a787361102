// structure/title-doctype: a 印发 notice's title (关于印发X的通知) ends with 的通知 (GB/T 9704
// 7.3.1: the title names the issuer, the matter and the 文种). A drafter who copies the issued
// document's title into the notice's (关于印发聊城市城市更新行动实施方案) leaves the notice's own
// 文种 out: X's 方案 is not it. Every title of the corpus's 印发 notices ends with 的通知.
// So does a 函's title end with 的函 (或 的复函): a 函 whose title stops at its matter
// (…关于商请支持城际铁路前期工作) names no 文种. Judged only where the document says plainly that it
// is a 函: its number's code (聊政办函〔2025〕18号) or its closing (特此函告, 请予函复), and only a
// title that ends with no 文种 or document name at all (a 函-numbered 通知 is one too).
import type { Rule } from '../types';
import { overlaps } from '../spans';
import { bodyEnd } from './body';
import { withoutTitleNote } from '../../parse/document';

const WHY = 'GB/T 9704—2012 第7.3.1条：标题由发文机关名称、事由和文种组成';
/** 关于印发X, 印发X, 关于转发X, 关于批转X: a notice that issues, forwards or approves X. */
const ISSUING_TITLE = /^[\u4e00-\u9fa5（）《》]{0,30}?(?:关于)?(?:印发|转发|批转)[\u4e00-\u9fa5（）()《》“”〔〕\d—、·]{4,}$/;

/** The notice's own 文种 after 的 (的通知; 的函, 的通报 and the like for the rarer forms), or the 文种
 * of an upward document asking for X to be issued (关于提请印发X的请示, 关于提请批转X的议案: red team 16). */
const DOCTYPE_END = /的(?:通知|函|通报|决定|意见|批复|请示|议案)$/;

/** A 函's number code (聊政办函, 鲁体函, 国办函). */
const LETTER_CODE = /函$/;
/** A 函's closing ending its paragraph: 特此函告, 特此函复, 请予函复, 盼复 after 函. */
const LETTER_CLOSING = /(?:^|[。！，])(特此函告|特此函复|请予函复|请即函复|请函复)。?$/;
/**
 * A title's last word naming a 文种 (the 条例's 15 and 复函, 纪要) or a document a title may name
 * instead (方案, 办法, 名单…; and what a 函 often carries: the 答复 to a deputy's 建议 or 提案, a
 * 证明, an 申请, a 协议 or 备忘录): a title ending so names its kind, whatever its number says. A
 * bracket closing the title (（试行）, （函）, half-width in an extraction's islands) is read past.
 */
const NAMES_KIND = /(?:通知|通报|批复|函|公告|通告|报告|请示|议案|纪要|意见|决定|决议|命令|令|公报|方案|办法|规定|细则|规划|计划|要点|规则|制度|条例|章程|名单|清单|指引|指南|标准|目录|措施|纲要|说明|总结|汇编|简报|答复|回复|反馈|建议|提案|证明|申请|协议|备忘录|(?:申请|倡议|承诺|委托|确认|意见|责任|任务|建议)书)(?:[（(][^（）()]{1,8}[）)])?$/;
/** Words a 复函 is known by: its own closing, or the letter it answers (来函, 收悉). */
const REPLY = /特此函复|此复。|来函|收悉|现函复如下/;

export const titleDoctype: Rule = {
  id: 'structure/title-doctype',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '印发、转发、批转类通知的标题以“的通知”结尾（关于印发《X》的通知），不能只写到所印发文件的名称为止；发文字号或结束语表明是函（X函〔2025〕N号，特此函告、请予函复）的，标题以“的函”或“的复函”结尾，不能没有文种。',
      en: 'The title of a notice that issues, forwards or approves a document ends with 的通知 (关于印发X的通知), not with the issued document’s own name; a 函 (by its number, X函〔2025〕N号, or its closing, 特此函告, 请予函复) is titled …的函 or …的复函, never without a 文种.',
    },
    why: WHY + '；印发通知的文种是“通知”，所印发文件的“方案”“办法”等不是本文的文种；函的标题缺少“的函”，读者无从判断行文性质。',
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
    if (!NAMES_KIND.test(t)) letterTitle(ctx, t);
    // Cheap tests first: most titles end with their 文种 (read past a note: …的通知（函）) or name no 印发.
    if (DOCTYPE_END.test(withoutTitleNote(t)) || !ISSUING_TITLE.test(t)) return;
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

/** A 函 (by its number's code or its closing) whose title ends with no 文种 at all. */
function letterTitle(ctx: Parameters<Rule['check']>[0], t: string): void {
  const { doc, source } = ctx;
  const title = doc.title!;
  if (overlaps(doc.noise, title.start, title.end) || overlaps(doc.hosted, title.start, title.end)) return;
  // The body: after the title, before the signature and any attached text.
  const to = bodyEnd(doc);
  const body = doc.paragraphs.filter((p) => p.start >= title.end && p.start < to);
  const code = doc.number && LETTER_CODE.test(doc.number.code) ? doc.number : undefined;
  const closing = body.map((p) => LETTER_CLOSING.exec(p.text.trimEnd())?.[1]).find((c) => c);
  if (!code && !closing) return;
  // A title hard-wrapped before its end: the rest (…工作的⏎函) opens the next line.
  const next = source.text.slice(title.end, title.end + 80).replace(/[\s\u3000]+/g, '');
  if (/^[^。，；：,;:]{0,40}?函/.test(next)) return;
  const kind = body.some((p) => REPLY.test(p.text)) ? '复函' : '函';
  const add = (t.endsWith('的') ? '' : '的') + kind;
  const why = code ? `发文字号“${code.text}”` : `结束语“${closing}”`;
  ctx.report({
    start: title.start, end: title.end,
    message: `标题缺少文种：本文${why}表明是函，标题应以“的${kind}”结尾（${WHY}）：应为“${t}${add}”。`,
    suggestions: [{ desc: `补上“${add}”`, fix: { range: [title.end, title.end], text: add } }],
  });
}
