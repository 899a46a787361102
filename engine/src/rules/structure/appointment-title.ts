// structure/appointment-title: a 任免 notice's title says what its body does. 关于任命… appoints
// only, 关于免去… removes only, 关于任免… does both; the persons the title names (赵敏等, 邓振春和郭超)
// are among those the body appoints or removes. A title copied from the last notice and not
// brought up to date is a common slip.
import type { GwDocument } from '../../types';
import type { Rule } from '../types';
import { overlaps } from '../spans';

/** 关于任免赵敏等工作人员职务的通知, 关于任命高恒业和徐公义职务的通知 (spaces removed). */
const TITLE = /关于(任免|任命|免去)([\u4e00-\u9fa5·、和]+?)(?:等)?(?:工作人员|同志)?(?:职务)?的通知$/;
/** An appointment item: 李明为…, 李明、王强为… (at a paragraph's start, or after 任命：). */
const APPOINT_ITEM = /(?:^|任命[：:]?)[\u4e00-\u9fa5·]{2,5}(?:、[\u4e00-\u9fa5·]{2,5})*(?:同志)?为/;
const NAME = /^[\u4e00-\u9fa5·]{2,4}$/;

/** The body's paragraphs that are the notice's own text (not the title, nor another document's page fill). */
function bodyOf(doc: GwDocument): string[] {
  const from = doc.title?.end ?? doc.start;
  return doc.paragraphs
    .filter((p) => p.start >= from && !overlaps(doc.hosted, p.start, p.end) && !overlaps(doc.noise, p.start, p.end))
    .map((p) => p.text);
}

export const appointmentTitle: Rule = {
  id: 'structure/appointment-title',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '任免通知的标题与正文一致：只有任命的写“关于任命……”，只有免职的写“关于免去……”，两者都有的写“关于任免……”；标题所列人员须在正文中出现。',
      en: 'A 任免 notice’s title matches its body: 关于任命… when it only appoints, 关于免去… when it only removes, 关于任免… when it does both; the persons the title names appear in the body.',
    },
    why: '标题概括正文内容（《党政机关公文处理工作条例》第九条）；沿用上一份任免通知的标题而未改动是常见错误。',
    bad: '关于任命李明等工作人员职务的通知\n\n聊政任〔2025〕8号\n\n市人民政府决定，任命：\n\n李明为聊城市民政局副局长；\n\n免去：\n\n刘伟的聊城市财政局副局长职务。',
    good: '关于任免李明等工作人员职务的通知\n\n聊政任〔2025〕8号\n\n市人民政府决定，任命：\n\n李明为聊城市民政局副局长；\n\n免去：\n\n刘伟的聊城市财政局副局长职务。',
    test: {
      bad: '聊城市人民政府\n\n关于任命李明等工作人员职务的通知\n\n聊政任〔2025〕8号\n\n各县（市、区）人民政府，市政府各部门：\n\n市人民政府决定，任命：\n\n李明为聊城市民政局副局长；\n\n免去：\n\n刘伟的聊城市财政局副局长职务。\n\n聊城市人民政府\n2025年9月10日\n',
      good: '聊城市人民政府\n\n关于任免李明等工作人员职务的通知\n\n聊政任〔2025〕8号\n\n各县（市、区）人民政府，市政府各部门：\n\n市人民政府决定，任命：\n\n李明为聊城市民政局副局长；\n\n免去：\n\n刘伟的聊城市财政局副局长职务。\n\n聊城市人民政府\n2025年9月10日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.type !== '任免' || !doc.title) return;
    const title = doc.title.text.replace(/\s+/g, '');
    const m = TITLE.exec(title);
    if (!m) return;
    const body = bodyOf(doc);
    const all = body.join('');
    // 原任职务自然免去 follows from an appointment: no removal of its own (redteam7).
    const removes = all.replace(/自然免[去除]/g, '').includes('免去');
    const appoints = all.includes('任命') || body.some((t) => APPOINT_ITEM.test(t));
    // Nothing read (a notice the extraction cut short): nothing to compare.
    if (!removes && !appoints) return;
    const verb = m[1];
    const wanted = appoints && removes ? '任免' : appoints ? '任命' : '免去';
    // The words themselves when the title is written as read (no spaces, no wrap), else the title.
    const exact = ctx.source.text.slice(doc.title.start, doc.title.end) === doc.title.text;
    const spanOf = (word: string) => {
      const i = exact ? doc.title!.text.indexOf(word) : -1;
      return i < 0 ? { start: doc.title!.start, end: doc.title!.end } : { start: doc.title!.start + i, end: doc.title!.start + i + word.length };
    };
    if (verb !== wanted) {
      const does = wanted === '任免' ? '既有任命又有免职' : wanted === '任命' ? '只有任命，没有免职' : '只有免职，没有任命';
      ctx.report({ ...spanOf('关于' + verb), message: `标题写“${verb}”，正文${does}（标题概括正文的任免事项）：标题应为“关于${wanted}……职务的通知”。` });
    }
    const names = m[2].split(/[、和]/).filter((n) => NAME.test(n));
    const absent = names.filter((n) => !all.includes(n));
    if (absent.length) {
      ctx.report({ ...spanOf(absent[0]), message: `标题所列人员“${absent.join('、')}”不在正文的任免人员中：请核对标题中的姓名（标题一般列正文第一位人员）。` });
    }
  },
};
