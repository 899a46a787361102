// The dates a regulation states about itself follow one order: the meeting that adopted it (已经…
// 会议通过), then its 成文日期 or, for a 令, its 公布日期, then the day it takes effect (本办法自…起施行),
// then the end of its validity (有效期至…). A 令 states its 施行日期 twice (in the decree and in the
// regulation's last article): the two agree. A date out of this order is a slip in one of them.
import type { DateNode, Paragraph, Span } from '../../types';
import type { Rule, RuleContext } from '../types';
import { datesIn, isoDate } from '../../parse/dates';
import { zhDate } from '../as-of';
import { spanAt } from '../cross-ref/util';

const WHY = '规章、规范性文件不得溯及既往（《立法法》第一百零四条），须先经会议通过、再签发公布、后施行';

/** A normative text naming itself (本办法 本规定 本细则 本决定 本意见 本措施…), or a decree's 现予公布.
 * A 通告 that binds the public (限行, 禁燃) is one too. Not a work plan's 本方案, 本计划, 本预案 or a
 * 本通知: a campaign may well start before its plan is signed (本方案自2025年9月1日起实施), which no
 * rule forbids; nor a 本公告, which may grant a favour from an earlier day (a tax 公告). */
const SELF = '(?:本(?:实施)?(?:办法|规定|细则|决定|意见|规则|制度|措施|条例|规范|准则|规程|通告)|现予(?:公布|发布)，?)';
const DATE = '(\\d{4})年(\\d{1,2})月(\\d{1,2})日';
/** 本办法自2025年10月1日起施行, closing its clause (not 本市自…起施行新标准). Not 起执行: a notice on
 * allowances may rightly apply from an earlier day (本通知自2025年1月1日起执行), a favour the law allows. */
const EFFECTIVE = new RegExp(`${SELF}自${DATE}起(?:施行|实施|生效)(?=[，。；,;]|$)`, 'g');
const UNTIL = new RegExp(`有效期至${DATE}`);
/** A 令 that takes effect on promulgation: 现予公布，自公布之日起施行. */
const ON_PUBLISH = /现予(?:公布|发布)，?自(?:公布|发布)之日起(?:施行|实施|生效)/;
/** What may stand between a 施行 clause and its text's own 有效期至: a mark and the text naming itself. */
const OWN_UNTIL_GAP = /^[，,。；;]?(?:本[\u4e00-\u9fa5]{1,4})?$/;
/** 已经2025年7月28日市人民政府第15次常务会议通过 (审议通过, 研究通过). */
const ADOPTED = new RegExp(`已经${DATE}[^。，；]{0,30}?会议(?:审议|研究|讨论)?通过`);
/** The note over a regulation republished after amendment: （2017年12月15日…令第32号公布 根据…修正）.
 * The republished text keeps its first 施行日期, long before the amending decree. */
const HISTORY = /^[（(]\d{4}年\d{1,2}月\d{1,2}日.{0,60}公布/;

/** A regulation republished after amendment (its history note): its dates are not judged. */
export function isHistoryNote(p: Paragraph): boolean {
  const c = p.text.charCodeAt(0);
  return (c === 0xff08 || c === 0x28) && HISTORY.test(p.text);
}

/** The 施行日期 the paragraph states for the document itself (本办法自…起施行, 现予公布，自…起施行). */
export function effectiveDatesIn(p: Paragraph): { node: DateNode; decree: boolean; after: number }[] {
  const out: { node: DateNode; decree: boolean; after: number }[] = [];
  if (p.text.indexOf('日起') < 0) return out;
  EFFECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EFFECTIVE.exec(p.text))) {
    // Quoted: another text's words, as an amendment cites and rewrites them (将第二十条“本制度自2021年
    // 5月1日起施行…”修改为…), dated by that text, not by this one (redteam7).
    if (p.text.lastIndexOf('“', m.index) > p.text.lastIndexOf('”', m.index)) continue;
    const node = dateAt(p, m.index + m[0].indexOf('自') + 1);
    if (node?.iso) out.push({ node, decree: m[0].startsWith('现予'), after: m.index + m[0].length });
  }
  return out;
}

/** The longest validity of a 行政规范性文件 from its 施行日期, in years. */
const MAX_YEARS = 5;

/** The ISO date `n` years after `iso` (same month and day). */
function yearsAfter(iso: string, n: number): string {
  return `${Number(iso.slice(0, 4)) + n}${iso.slice(4)}`;
}

/** The DateNode of `p` written at paragraph offset `at` (its source span). */
function dateAt(p: Paragraph, at: number): DateNode | undefined {
  return datesIn(p).find((d) => d.text.length > 0 && p.text.startsWith(d.text, at));
}
export const effectiveOrder: Rule = {
  id: 'date/effective-order',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '文件自身的日期依次为：会议通过日期、成文（公布）日期、施行日期、有效期截止日期；有效期自施行之日起不超过5年；令中“自…起施行”与所公布规章末条的施行日期一致。转发、批转其他机关文件的通知，所转发文件的施行日期不与通知的成文日期比较。',
      en: 'A regulation’s own dates run in order: adopted by the meeting, signed (or, for a 令, promulgated), in force (本办法自…起施行), valid until (有效期至…), at most five years after it takes effect; a 令’s 施行日期 equals the one in the last article of the regulation it promulgates. A notice forwarding another body’s text (转发, 批转) does not judge that text’s 施行日期 against its own 成文日期.',
    },
    why: WHY + '；有效期自施行之日起算；同一日期在令和规章中写两次，须一致。',
    bad: '聊城市人民政府办公室\n2025年9月3日\n\n聊城市行政检查管理办法\n\n第一条 为了规范行政检查行为，制定本办法。\n\n第二条 本办法自2025年8月10日起施行。',
    good: '聊城市人民政府办公室\n2025年9月3日\n\n聊城市行政检查管理办法\n\n第一条 为了规范行政检查行为，制定本办法。\n\n第二条 本办法自2025年10月10日起施行。',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2025〕21号\n\n聊城市人民政府办公室关于印发聊城市行政检查管理办法的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n《聊城市行政检查管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n聊城市人民政府办公室\n2025年9月3日\n\n聊城市行政检查管理办法\n\n第一条 为了规范行政检查行为，制定本办法。\n\n第二条 本办法自2025年8月10日起施行。\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2025〕21号\n\n聊城市人民政府办公室关于印发聊城市行政检查管理办法的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n《聊城市行政检查管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n聊城市人民政府办公室\n2025年9月3日\n\n聊城市行政检查管理办法\n\n第一条 为了规范行政检查行为，制定本办法。\n\n第二条 本办法自2025年10月10日起施行。\n',
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    const signed = doc.date?.iso;
    // A notice forwarding another body's text (转发省财政厅关于…办法的通知): the text's 施行日期 is its
    // issuer's, set before the forward; only its own order is judged here (redteam8).
    const forwarded = /转发|批转/.test(doc.title?.text ?? '');
    const signedName = doc.type === '令' ? '公布日期' : '成文日期';
    const skip = [...doc.hosted, ...doc.noise];
    const decreeDates: { iso: string; node: DateNode }[] = [];
    const articleDates: { iso: string; node: DateNode }[] = [];
    let early = false;
    let onPublish = false;
    for (const p of doc.paragraphs) {
      // Cheap tests first: the language server runs this on every edit.
      if (isHistoryNote(p)) return;
      const eff = p.text.indexOf('日起');
      const adopted = p.text.indexOf('通过');
      if (eff < 0 && adopted < 0) continue;
      if (spanAt(skip, p.start)) continue;
      if (eff >= 0 && !onPublish) onPublish = ON_PUBLISH.test(p.text);
      if (adopted >= 0 && signed) adoptedAfter(ctx, p, signed, signedName);
      for (const { node, decree, after } of effectiveDatesIn(p)) {
        if (!node.iso) continue;
        (decree ? decreeDates : articleDates).push({ iso: node.iso, node });
        if (signed && node.iso < signed && !forwarded) {
          early = true;
          ctx.report({
            start: node.start, end: node.end,
            message: `施行日期${zhDate(node.iso)}早于${signedName}${zhDate(signed)}（${WHY}）：请核对两个日期（有利于当事人的特别规定可以溯及既往，确属此类的可忽略）。`,
          });
        }
        const rest = p.text.slice(after);
        const until = UNTIL.exec(rest);
        // The text's own validity goes on from its 施行 clause (，有效期至…; 。本办法有效期至…); one
        // after another subject is that subject's (。本办法施行前取得的许可证，有效期至2032年…的: redteam8).
        if (until && OWN_UNTIL_GAP.test(rest.slice(0, until.index))) {
          const end = isoDate(until[1], until[2], until[3]);
          const endNode = dateAt(p, after + until.index + '有效期至'.length);
          if (endNode?.iso && endNode.iso < node.iso) {
            ctx.report({
              start: endNode.start, end: endNode.end,
              message: `有效期截止日期${zhDate(end)}早于施行日期${zhDate(node.iso)}：有效期自施行之日起算，请核对年份。`,
            });
          } else if (endNode?.iso && endNode.iso.slice(0, 7) > yearsAfter(node.iso, MAX_YEARS).slice(0, 7) && !(signed && node.iso < signed && !forwarded)) {
            // A normative text's validity runs at most five years from its 施行 (the corpus: five, or
            // two for a 试行 one): a longer one is a mistyped year, or a term the rules do not allow.
            // Judged by month: a last day counted inclusively (自2025年10月10日…至2030年10月10日) is no
            // year to check.
            // Not after a 施行日期 already reported as early: that date is the one in doubt.
            ctx.report({
              start: endNode.start, end: endNode.end,
              message: `有效期截止日期${zhDate(end)}距施行日期${zhDate(node.iso)}超过${MAX_YEARS}年：行政规范性文件有效期自施行之日起一般不超过${MAX_YEARS}年（《山东省行政规范性文件制定和监督管理办法》），请核对年份。`,
            });
          }
        }
      }
    }
    if (signed) validityOnIssue(ctx, signed, signedName, skip);
    // A 令 promulgating a regulation: the decree's 施行日期 and the article's are one date (a date
    // already reported as before the 公布日期 is not reported twice).
    if (!early && decreeDates.length === 1 && articleDates.length === 1 && decreeDates[0].iso !== articleDates[0].iso) {
      const [d, a] = [decreeDates[0], articleDates[0]];
      ctx.report({
        start: a.node.start, end: a.node.end,
        message: `规章所写施行日期${zhDate(a.iso)}与令中的施行日期${zhDate(d.iso)}不一致：两处写的是同一日期，请核对。`,
      });
    }
    // The 令 takes effect on promulgation (现予公布，自公布之日起施行): a date in the text it promulgates
    // (本决定自2026年12月1日起施行) other than the 公布日期 says two things (probe14).
    if (!early && onPublish && signed && doc.type === '令' && !decreeDates.length && articleDates.length === 1 && articleDates[0].iso !== signed) {
      const a = articleDates[0];
      ctx.report({
        start: a.node.start, end: a.node.end,
        message: `所公布文本的施行日期${zhDate(a.iso)}与令中的“自公布之日起施行”（公布日期${zhDate(signed)}）不一致：两处写的是同一日期，请核对。`,
      });
    }
  },
};

/** 本方案自印发之日起施行，有效期至2027年12月31日: in force on issue, so valid from the 成文日期. Any
 * text of its own (a work plan's 本方案 too: it cannot end before it is issued). */
const ON_ISSUE_UNTIL = /本[\u4e00-\u9fa5]{1,4}自(?:印发|公布|发布)之日起(?:施行|实施|执行|生效)[，,]有效期至(\d{4})年(\d{1,2})月(\d{1,2})日/;

/** A validity that ends before the 成文日期 of a text in force on issue (probe13: a year mistyped). */
function validityOnIssue(ctx: RuleContext, signed: string, signedName: string, skip: Span[]): void {
  for (const p of ctx.doc.paragraphs) {
    // Cheap test first: most paragraphs state no validity.
    if (p.text.indexOf('有效期至') < 0 || p.text.indexOf('之日起') < 0 || spanAt(skip, p.start)) continue;
    const m = ON_ISSUE_UNTIL.exec(p.text);
    // Quoted: an earlier text's words (原规定“本措施自印发之日起施行，有效期至2026年3月31日”), as a
    // notice extending its validity cites them, dated by that text (redteam8).
    if (!m || p.text.lastIndexOf('“', m.index) > p.text.lastIndexOf('”', m.index)) continue;
    const end = isoDate(m[1], m[2], m[3]);
    const node = dateAt(p, m.index + m[0].length - m[0].slice(m[0].indexOf('有效期至') + 4).length);
    if (!node?.iso || node.iso >= signed) continue;
    ctx.report({
      start: node.start, end: node.end,
      message: `有效期截止日期${zhDate(end)}早于${signedName}${zhDate(signed)}：文件自印发（公布）之日起施行，有效期不能在印发前届满，请核对年份。`,
    });
  }
}

function adoptedAfter(ctx: RuleContext, p: Paragraph, signed: string, signedName: string): void {
  const m = ADOPTED.exec(p.text);
  if (!m) return;
  const node = dateAt(p, m.index + 2);
  if (!node?.iso || node.iso <= signed) return;
  ctx.report({
    start: node.start, end: node.end,
    message: `会议通过日期${zhDate(node.iso)}晚于${signedName}${zhDate(signed)}（${WHY}）：文件须先经会议通过再签发，请核对日期。`,
  });
}
