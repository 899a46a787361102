// date/deadline-order: a deadline the document sets (请于2025年11月15日前将整改情况报市政府办公室)
// falls after the day it is signed. A deadline already past when the document goes out cannot be
// met: the drafter kept the date of an earlier draft, or wrote the wrong month.
import type { Rule } from '../types';
import type { DateNode, GwDocument, Paragraph, TextNode } from '../../types';
import { datesIn } from '../../parse/dates';
import { zhDate } from '../as-of';
import { overlaps } from '../spans';
import { spanIn } from '../../parse/paragraphs';

/** 于/请于/确保/在 …日(之)?前, then in its clause what is to be done by then. */
const DEADLINE = /(?:^|[，。；：,;])[^，。；：]{0,20}?(?:于|确保在?|在)(\d{4})年(\d{1,2})月(\d{1,2})日(?:之)?前([^，。；]{0,30})/g;
/**
 * What is to be done by the date; 公布, 印发 and 启动 not before 的 (…前公布的名单 is a scope: probe11);
 * or sent to whom first (前向所在县（市、区）民政局提交申报材料: probe12), the verb not closing a modifier
 * (前向社会公布的名单).
 */
const TO_DO = /^[，,]?(?:将|报|报送|上报|完成|提交|反馈|整改|落实|建成|制定|出台|办结|全部|(?:公布|印发|启动)(?!的)|向[^，。；的]{1,20}?(?:报送|提交|上报|报告|反馈|申报|备案)(?![\u4e00-\u9fa5]{0,2}的))/;
/** A clause that reports what was done, or a date moved: 已于…前完成, 原定于…前, 截至…; or counts who did (共有126家企业于…). */
/** The body a task is sent to, before its verb (向所在县（市、区）民政局 提交…). */
const TO_WHOM = /^[，,]?向[^，。；的]{1,20}?(?=报送|提交|上报|报告|反馈|申报|备案)/;
const NOT_A_DEADLINE = /已|原定|原计划|截至|截止|累计|共计|共有|有\d+[家个名户所项]|延期|推迟/;
/**
 * A day's deadline that names a scope or tells the past (redteam3): the verb closes a modifier
 * (在…前启动建设的项目, 未在…前报送材料的单位, 于…前印发(并)实施的文件: at most two characters then 的),
 * the clause is a condition (凡在…前…的, 未于…前…), or the verb is done (…前公布了, 均在…前启动).
 * 报送本单位的自查报告 (three or more characters before 的) stays a deadline.
 */
const SCOPE_VERB = /^[，,]?(?:报|报送|上报|完成|提交|反馈|整改|落实|建成|制定|出台|办结|公布|印发|启动)(?!有关|相关|本人|本级|其他|各自|自身)(?:[并和及或]?[\u4e00-\u9fa5]{1,2})?的/;
const SCOPE_BEFORE = /凡|未|均$/;
/**
 * A clause whose subject is the writer or a superior body alone (我市于…前印发…, 国务院办公厅在…前印发
 * 通知, 省政府于…前公布…): background told, not a task set for the recipients (市政府将于… is one).
 */
const NARRATOR = /^[，。；：,;]?\s*(?:我(?:市|省|县|区|们)|(?:国务院|省政府|市政府)(?:办公厅|办公室)?|国务院|省委|市委)\s*$/;
const DONE_AFTER = /^[^，。；]{0,6}?了(?!解)/;
/**
 * A year's or a month's end as the deadline (2026年底前完成, 2022年年底前…基本达到, 2026年9月底前完成):
 * the clause after it reads what is to be done by then. One holding 的 may be a scope instead
 * (2025年底前印发的文件), and is not read.
 */
const PERIOD_END = /(?:^|[，。；：,;])([^，。；：]{0,20}?)(?<!\d)(\d{4})年(?:(\d{1,2})月|年)?底(?:之)?前([^，。；]{0,40})/g;
/** A year's end in a clause that tells what was done (于2025年底前完成了改造, 先后于…): a report, not a deadline. */
const DONE = /了|先后|曾经|均于|如期/;
/**
 * Another document's target told, not set: 《…方案》提出，到2025年底前… (the clause before ends with
 * a cited title and 提出/明确/确定/规定). 按照《…》要求 is a directive and stays judged.
 */
const QUOTED_TARGET = /》(?:中)?(?:提出|明确|确定|规定|提到)[，,：:]?$/;
/**
 * The rest of the sentence says the target was met: …，这一目标已经实现; …，各县已全部完成自查;
 * …，我市提前一个月完成 (not 确保提前完成, a directive).
 */
const MET = /已[^，。；]{0,4}?(?:实现|完成|达到|建成|落实)|(?<!确保|要|力争|争取|务必)提前(?:[一二三两四五六七八九十\d]{1,2}个?(?:月|天|周|年))?完成|均(?:已)?按(?:时|期)(?:报送|完成|提交|上报)/;
/**
 * A clause that names who did something by the day, ending in 的 or in 的 and a holder
 * (对于…前向…提交申请但尚未审核的，…; 在…前向…提交竣工验收备案材料的项目，不再…): a scope, not a task.
 */
const SCOPE_END = /的(?:项目|单位|企业|人员|对象|家庭|个人|农户|申请人|机构|主体)?$/;
/** A clause joined to the one before it (…已于3月31日前完成排查，并于5月底前完成整改): it shares that clause's tense. */
const JOINED = /^[，,；;]\s*(?:并|且|又|随后|后又)/;

/** Whether the deadline matched by `m` is another document's target told, or one its sentence says was met. */
function toldOrMet(text: string, m: RegExpMatchArray): boolean {
  if (QUOTED_TARGET.test(text.slice(0, m.index! + 1))) return true;
  // A joined clause after one that tells what was done (已于…前完成…) tells it too.
  if (JOINED.test(m[0])) {
    const from = text.lastIndexOf('。', m.index!) + 1;
    if (/已(?:经)?(?:于|在)/.test(text.slice(from, m.index!))) return true;
  }
  const at = m.index! + m[0].length;
  const stop = text.indexOf('。', at);
  return MET.test(text.slice(at, stop < 0 ? undefined : stop));
}
const PERIOD_AT = /\d{4}年(?:\d{1,2}月|年)?底(?:之)?前$/;

export const deadlineOrder: Rule = {
  id: 'date/deadline-order',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '文件要求“于×年×月×日前”报送、完成的期限，应晚于文件的成文日期；期限早于成文日期，收文单位无法执行。方案、意见、通知设定的目标年份（“到2027年，……”）也不应早于成文的年份。',
      en: 'A deadline the document sets (于2025年11月15日前将整改情况报…) falls after its 成文日期; one already past when it is signed cannot be met. So does a target year a plan, opinion or notice sets (到2027年，…).',
    },
    why: '期限早于成文日期，多因沿用旧稿日期或月份写错，收文单位无从执行。',
    bad: '各单位要认真整改，于2025年10月15日前将整改情况报市政府办公室。\n\n聊城市人民政府办公室\n\n2025年10月28日',
    good: '各单位要认真整改，于2025年11月15日前将整改情况报市政府办公室。\n\n聊城市人民政府办公室\n\n2025年10月28日',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2025〕41号\n\n聊城市人民政府办公室关于2025年第三季度政务服务热线办理情况的通报\n\n各县（市、区）人民政府，市政府各部门：\n\n各单位要认真整改，于2025年10月15日前将整改情况报市政府办公室。\n\n聊城市人民政府办公室\n\n2025年10月28日\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2025〕41号\n\n聊城市人民政府办公室关于2025年第三季度政务服务热线办理情况的通报\n\n各县（市、区）人民政府，市政府各部门：\n\n各单位要认真整改，于2025年11月15日前将整改情况报市政府办公室。\n\n聊城市人民政府办公室\n\n2025年10月28日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const signed = doc.date?.iso;
    // A 大事记 records what was done, and so does a 报告 (我市于…前印发实施方案, 在…前启动排查: redteam3);
    // an undated text has nothing to compare.
    if (!signed || doc.type === '大事记' || doc.type === '报告') return;
    if (PLANS.has(doc.type)) {
      for (const node of targetYears(doc, Number(signed.slice(0, 4)), Number(signed.slice(5, 7)))) {
        const month = /月/.test(node.text);
        ctx.report({
          start: node.start, end: node.end,
          message: `目标${month ? '时间' : '年份'}“${node.text}”已在本文成文日期${zhDate(signed)}之前过去：规划、方案设定的目标应在成文之后，请核对${month ? '年月' : '年份'}。`,
        });
      }
    }
    for (const node of deadlinesIn(doc)) {
      if (node.iso! >= signed) continue;
      // A year's or month's end is named as written (2025年底前), its last day being implied.
      const when = node.text.endsWith('日') ? zhDate(node.iso!) : `“${node.text}前”`;
      ctx.report({
        start: node.start, end: node.end,
        message: `期限${when}早于本文成文日期${zhDate(signed)}：收文单位无法在期限前办理，请核对日期。`,
      });
    }
  },
};

/** Documents that set targets (到2027年，…): plans, opinions and the notices that issue or set them. */
const PLANS = new Set(['实施方案', '意见', '实施意见', '印发通知', '通知']);
/**
 * A target year a plan sets (到2027年，…; 力争到2025年底，…; …网络，到2025年，全市建成…), or a month
 * (到2023年6月底，…): 到 after the start of a sentence or a clause (a comma: probe17) or a word of
 * intent, the year (its end) closed by a comma. Not a range (2021年到2024年), not after 截至.
 */
const TARGET_YEAR = /(?:^|[。；：;:，,])(?:力争|争取|计划|预计|确保)?到(\d{4})年(?:(\d{1,2})月)?(?:年底|底|末)?(?=[，,])/g;

/** Words of a paragraph telling what has been done (近年来, 以来, 去年, 取得明显成效). */
const NARRATED = /以来|近年|去年|上年|上一年|取得|成效/;
/** A sentence opening with its year: 2024年，…, 2023年以来，…. */
const YEAR_TOLD = /(?:^|[。；])[\s\u3000]*(\d{4})年(?:以来|上半年|全年)?[，,]/g;
/** A heading over a plan's basis or present state: 一、发展基础, （一）现状与问题, 基本情况, 工作背景. */
const BASIS_HEAD = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^。]{0,12}?(?:基础|现状|基本情况|背景|成效|回顾|发展历程)/;
const TOP_HEAD = /^[\s\u3000]*[一二三四五六七八九十]{1,3}、/;

/** Whether a heading over the paragraph, up to its top-level one (一、), is one over the plan's basis. */
function underBasis(doc: GwDocument, p: Paragraph): boolean {
  for (let i = doc.paragraphs.indexOf(p); i >= 0; i--) {
    const q = doc.paragraphs[i];
    if (BASIS_HEAD.test(q.text)) return true;
    if (TOP_HEAD.test(q.text)) return false;
  }
  return false;
}

/** The target years (months) of a plan already past in the year (month) it is signed, as nodes over 到…年. */
function targetYears(doc: GwDocument, signedYear: number, signedMonth: number): TextNode[] {
  const out: TextNode[] = [];
  for (const p of doc.paragraphs) {
    if (p.text.indexOf('到') < 0 || !/到\d{4}年/.test(p.text)) continue;
    if (overlaps(doc.hosted, p.start, p.end) || overlaps(doc.noise, p.start, p.end)) continue;
    for (const m of p.text.matchAll(TARGET_YEAR)) {
      const year = Number(m[1]);
      if (year > signedYear || (year === signedYear && (!m[2] || Number(m[2]) >= signedMonth))) continue;
      const at = m.index! + m[0].indexOf('到');
      const text = m[0].slice(m[0].indexOf('到'));
      // The sentence says the target was reached or tells what there was (到2024年，…已全部完成,
      // 共建成…, 完成了…): a report of the plan's basis.
      const stop = p.text.indexOf('。', at);
      const sentence = p.text.slice(at, stop < 0 ? undefined : stop);
      // (共 of 共建成, not of 公共: probe17's 公共充电桩.)
      if (/已|累计|(?<!公)共|截至|了/.test(sentence)) continue;
      // A rank reached (居全省第4位), a paragraph telling the past before it (近年来, “十四五”以来,
      // 去年, 取得…成效), or a section on the plan's basis (一、发展基础, 现状, 基本情况): background told.
      if (/[居列]全(?:省|国|市)|位居|排名/.test(sentence) || NARRATED.test(p.text.slice(0, at)) || underBasis(doc, p)) continue;
      // A sentence before it in the paragraph telling that year or an earlier one (2024年，全市…扎实推进。).
      if ([...p.text.slice(0, at).matchAll(YEAR_TOLD)].some((y) => Number(y[1]) <= Number(m[1]))) continue;
      out.push({ text, ...spanIn(p, at, at + text.length) });
    }
  }
  return out;
}

/** The deadlines the document sets (valid dates), outside other documents' text and noise. */
export function deadlinesIn(doc: GwDocument): DateNode[] {
  const out: DateNode[] = [];
  for (const p of doc.paragraphs) {
    // Cheap test first: every deadline holds 日前 or 日之前, or 底前 or 底之前.
    const day = p.text.indexOf('日前') >= 0 || p.text.indexOf('日之前') >= 0;
    const end = p.text.indexOf('底前') >= 0 || p.text.indexOf('底之前') >= 0;
    if (!day && !end) continue;
    if (overlaps(doc.hosted, p.start, p.end) || overlaps(doc.noise, p.start, p.end) || overlaps(doc.continuations, p.start, p.end)) continue;
    if (end) out.push(...periodEnds(p));
    if (!day) continue;
    for (const m of p.text.matchAll(DEADLINE)) {
      if (!TO_DO.test(m[4]) || NOT_A_DEADLINE.test(m[0])) continue;
      const before = m[0].slice(0, m[0].indexOf(`${m[1]}年`)).replace(/(?:于|确保在?|在)$/, '');
      // The verb after the body sent to (前向市生态环境局提交了年度报告) is read as one right after 前.
      const task = m[4].replace(TO_WHOM, '');
      if (SCOPE_VERB.test(task) || SCOPE_BEFORE.test(before) || NARRATOR.test(before) || DONE_AFTER.test(task)) continue;
      const next = p.text[m.index! + m[0].length];
      if ((next === undefined || /[，。；,;]/.test(next)) && SCOPE_END.test(m[4])) continue;
      if (toldOrMet(p.text, m)) continue;
      const at = m.index! + m[0].indexOf(`${m[1]}年`);
      const node = datesIn(p).find((d) => d.text.length > 0 && p.text.startsWith(d.text, at));
      if (node?.iso) out.push(node);
    }
  }
  return out;
}

/** The year's and month's ends a paragraph sets as deadlines, as nodes dated their last day. */
function periodEnds(p: Paragraph): DateNode[] {
  const out: DateNode[] = [];
  for (const m of p.text.matchAll(PERIOD_END)) {
    if (NOT_A_DEADLINE.test(m[0]) || m[4].includes('的') || DONE.test(m[0])) continue;
    if (toldOrMet(p.text, m)) continue;
    const year = Number(m[2]);
    const month = m[3] ? Number(m[3]) : 12;
    if (month < 1 || month > 12) continue;
    const core = m[0].slice(0, m[0].length - m[4].length);
    const k = core.search(PERIOD_AT);
    const at = m.index! + k;
    const text = core.slice(k, core.lastIndexOf('底') + 1);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const iso = `${m[2]}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
    out.push({ text, ...spanIn(p, at, at + text.length), year, month, day: last, iso, raw: { year: m[2], month: m[3] ?? '', day: '' } });
  }
  return out;
}
