// punctuation/stray-space: a space typed inside a Chinese sentence (`推动城市管网 向周边村庄延伸`,
// `同步设计、 同步施工`, a full-width `　` as well), or between a Chinese character and a digit
// (`2027 年底`, `24 小时`, also in the 成文日期). Chinese text takes no spaces between its
// characters or beside its marks. Drafts only: an extracted issue spaces letters of titles and
// words (`通 知`, `实 施 方 案`) and puts spaces beside digits (NOTES: extraction noise).
// Only prose and the 成文日期 are judged (a paragraph with a sentence mark), and only one space
// between two Chinese characters or full-width marks, or a character and a digit, on one line: an article's `第一条　为了` (quoted too: `“第五条 申请人`), a marker's `一、 `,
// a title, a signature, a padded name in a list and the 印发 line's gap are none of these.
import type { Rule } from '../types';
import { overlaps } from '../spans';
import { matchMarker } from '../../parse/items';

const WHY = 'GB/T 15834—2011《标点符号用法》：汉字之间、汉字与全角标点、汉字与数字之间不留空格';
/** A Chinese character or a full-width mark. */
const CJK = /[\u4e00-\u9fa5，。、；：？！“”‘’《》（）〔〕【】—…]/;
const HAN = /[\u4e00-\u9fa5]/;
const DIGIT = /[0-9]/;
/** Prose: a paragraph holding a mark inside a sentence or closing one. */
const PROSE = /[，。；：]/;
/** An article's head with its number misspelt (第12条, 十二条), where matchMarker reads none. */
const ARTICLE_HEAD = /^第?[0-9０-９零〇一二三四五六七八九十百]{1,4}条/;
/**
 * An article, chapter or section head opening a quotation, as a 决定 amending a 办法 quotes it
 * (将第五条修改为：“第五条 申请人应当…”), an inserted article's too (作为第九条之一：“第九条之一　…”): the
 * space after it is the quoted text's own head spacing.
 */
const QUOTED_HEAD = /[“‘「]第[0-9零〇一二三四五六七八九十百]{1,5}(?:[章节]|条(?:之[一二三四五六七八九十])?)$/;
/** An issuing organ's name ending before the space of a joint issue, and another one after it.
* Bodies whose names end otherwise issue jointly too (国家发展改革委 人民银行关于…, 中国证监会, 全国总工会: redteam8; 聊城军分区 with the 政府 on 征兵 and 国防: redteam9). */
const OTHER_ORGANS = '人民银行|银行|监会|总工会|妇联|工商联|科协|残联|总社|军分区|警备区';
const ORGAN_END = new RegExp(`(?:中央|国务院|办公厅|办公室|委员会|人民政府|政府|${OTHER_ORGANS}|[部局厅委署院会])$`);
const ORGAN_NEXT = new RegExp(`^[^，。；：、《》（）]{0,12}?(?:中央|国务院|办公厅|办公室|委员会|人民政府|${OTHER_ORGANS}|[部局厅委署院])`);
/** The last element of a standard's title (GB/T 1.1: 引导要素 主体要素 补充要素). */
const STANDARD_ELEMENT = /(?:术语|定义|规范|要求|指南|通则|导则|方法|规程|规则|标准|分类|代码|标志|编码|格式)$/;

/**
 * Words a title's second clause opens with: a verb, or an adverb before one (进一步深化改革　扎实推进…,
 * 优化支付服务 提升支付便利性): the clauses of a compound title, parted by a space where prose has a comma.
 */
const CLAUSE_VERB = /^(?:进一步|更好|大力|切实|扎实|着力|全面|持续|加快|加速|有效|不断|坚决|积极|奋力|稳步|深入|高质量)?(?:推进|推动|促进|加快|加强|提升|提高|深化|健全|完善|构建|建设|打造|做好|确保|保障|实现|助力|服务|释放|激发|巩固|培育|优化|强化|防范|化解|支持|发展|统筹|落实|维护|增强|扩大|激活|赋能|守牢|筑牢|夯实|拓展|引导|规范|加力)/;
/**
 * The space at `i` parts two clauses of a cited document's title (《中共中央　国务院关于进一步深化农村改革　扎实推进乡村全面振兴的意见》):
 * after 关于 and four characters at least, before a clause of four or more opening with a verb and closing with 的 and the document's kind.
 */
function compoundTitleSpace(t: string, i: number): boolean {
  const open = t.lastIndexOf('《', i);
  if (open < 0 || t.lastIndexOf('》', i) > open) return false;
  const close = t.indexOf('》', i);
  if (close < 0) return false;
  const about = t.lastIndexOf('关于', i);
  if (about < open || i - about - 2 < 4 || !/^[\u4e00-\u9fa5“”、]+$/.test(t.slice(about + 2, i))) return false;
  return /^[\u4e00-\u9fa5“”、]{2,}的[\u4e00-\u9fa5]{2,6}$/.test(t.slice(i, close)) && close - i >= 7 && CLAUSE_VERB.test(t.slice(i, close));
}

/** The space at `i` is inside a 《title》 of a standard: one followed by its code (（GB …）) or ending in an element's word. */
function standardTitleSpace(t: string, i: number): boolean {
  const open = t.lastIndexOf('《', i);
  if (open < 0 || t.lastIndexOf('》', i) > open) return false;
  const close = t.indexOf('》', i);
  if (close < 0) return false;
  const title = t.slice(open + 1, close);
  return !title.includes('关于') && (/^[（(][A-Z]/.test(t.slice(close + 1)) || STANDARD_ELEMENT.test(title));
}

/** A telephone number at the start (after a space) or the end (before one) of a slice: 0635-8456789, 13912345678. */
/** A person's name (2–3 characters) followed by a telephone number: a contact's fields. */
const CONTACT_FIELDS = /^[\u4e00-\u9fa5]{2,3}(?:0\d{2,3}-?\d{7,8}|1\d{10})(?!\d)/;
const PHONE = /^(?:0\d{2,3}-?\d{7,8}|1\d{10})(?!\d)|(?<!\d)(?:0\d{2,3}-?\d{7,8}|1\d{10})$/;
/** A contact line (联系人：王明　联系电话：…, 联系人：市医保局待遇保障科　王明): its spaces part its fields. */
const CONTACT = /^[（(]?(?:联系人|联系方式|联系单位)[：:]/;
/** A field's label after a space (…王明　电话：0635-8241234): the space parts two fields (redteam7). */
const FIELD_LABEL = /^(?:联系)?(?:电话|手机|传真|邮箱|电子邮箱|邮编|地址|联系人)[：:]/;
/** A 纪要's roster line: 出席, 列席, 请假, 参加人员, 参加会议人员, 会议出席人员, 记录… and its colon.
 * Or a 领导小组's roster (组　长：张　明　市政府市长 ⏎ 成　员：王　伟　市政府副秘书长 ⏎ 　　　　赵　刚　…局长):
 * its label, the padded names and the posts are columns (redteam8). */
const ROSTER = /^(?:会议)?(?:(?:出席|列席|请假|缺席|参加|参会|与会)(?:会议)?|记录|主持|会议主持|(?:常务|执行)?副?(?:组长|主任|召集人|总指挥|指挥长|秘书长)|组员|成员|委员|顾问)(?:人员|人|领导|单位)?[：:]/;
/** What may stand beside a padded name: the line's edge, a space, a colon, a list mark or a bracket. */
const NAME_EDGE = /^$|[\s\u3000：:、，,；（）()]/;
/** The source character at `at` may stand beside a padded name. */
const nameEdge = (src: string, at: number): boolean => NAME_EDGE.test(src[at] ?? '');

/** A decimal section number alone from its line's start (1.1, 3.1.2, 2．1). */
const SECTION_NUMBER = /^[ \u3000\t]*\d{1,2}(?:[.．]\d{1,2}){1,3}$/;

/** One space: a wider gap (or a tab) lines up the columns of a table typed with spaces. */
const SPACES = /^[ \u3000\u00a0]$/;
/** A 大事记 entry's day at the paragraph's start (8日, 15日至16日, 15—16日, 9日、10日, 28日至11月2日, 本月, 下旬). */
const CHRONICLE_DAY = /^(?:[0-9]{1,2}日?(?:[至—\-、](?:[0-9]{1,2}月)?[0-9]{1,2})?日|本月|是月|当月|[上中下]旬)/;

export const straySpace: Rule = {
  id: 'punctuation/stray-space',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '起草稿的句子和成文日期中，汉字之间、汉字与全角标点或数字之间不应有空格（半角或全角）：删去空格。公报提取文本不报。',
      en: 'In a draft, no space (half- or full-width) inside a Chinese sentence or the 成文日期, between characters or beside a full-width mark or a digit: delete it. Extracted issues are not judged.',
    },
    why: WHY + '；句中多出的空格多是改稿时删字留下或误按空格键，排版后成为明显空白。',
    bad: '各地要加强 隐患排查，确保安全度汛。',
    good: '各地要加强隐患排查，确保安全度汛。',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n各地要加强 隐患排查，确保安全度汛。\n\n聊城市人民政府办公室\n2025年6月3日\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n各地要加强隐患排查，确保安全度汛。\n\n聊城市人民政府办公室\n2025年6月3日\n',
    },
  },
  check(ctx) {
    if (ctx.mode !== 'draft') return;
    const { doc, source } = ctx;
    const src = source.text;
    // Layout lines whose gaps are layout: title, signature, 印发 line (and 抄送's own rule). The
    // 成文日期 is read for its digits only (2025 年10月16日).
    const layout = [doc.title, doc.signature, doc.printedBy].filter((n): n is NonNullable<typeof n> => !!n);
    const dateSpan = doc.date ? [doc.date] : [];
    for (const p of doc.paragraphs) {
      const t = p.text;
      const isDate = overlaps(dateSpan, p.start, p.end);
      if (!isDate && !PROSE.test(t)) continue;
      // Cheap test first: the source of the paragraph is longer than its text when something
      // (a space, a line break) was dropped.
      if (p.end - p.start === t.length) continue;
      if ((!isDate && overlaps(layout, p.start, p.end)) || overlaps(doc.noise, p.start, p.end) || overlaps(doc.hosted, p.start, p.end)
        || overlaps(doc.continuations, p.start, p.end)) continue;
      // The space after the paragraph's own marker, an article's too when its number is misspelt
      // (第12条　, 十二条　: article-ref's and numbering's).
      // A 纪要's roster (出席：李　明　王　强, 列席：…, 记录：孙　丽): its spaces pad and part names.
      if (ROSTER.test(t) || CONTACT.test(t)) continue;
      // A bare-numbered list's number (1　聊城市人民政府关于…) is parted from its entry by a space.
      // A 大事记 entry's day is parted from its record by a space (8日　市政府召开常务会议, 15日至16日　…),
      // as date/chronicle-day reads it: the entry's layout.
      const marker = matchMarker(t)?.marker.length ?? p.bareMarker?.length ?? ARTICLE_HEAD.exec(t)?.[0].length
        ?? (doc.type === '大事记' ? CHRONICLE_DAY.exec(t)?.[0].length : undefined) ?? 0;
      for (let i = Math.max(1, marker + 1); i < t.length; i++) {
        const a = p.map[i - 1] + 1;
        const b = p.map[i];
        if (b <= a) continue;
        const gap = src.slice(a, b);
        if (!SPACES.test(gap)) continue;
        const x = t[i - 1];
        const y = t[i];
        // A Chinese character beside a digit (2027 年底, 24 小时), except in a number's 第5号 / 〕5号,
        // which doc-number/spacing judges.
        const digit = (DIGIT.test(x) && HAN.test(y)) || (HAN.test(x) && DIGIT.test(y));
        if (digit) {
          let e = i;
          while (e < t.length && DIGIT.test(t[e])) e++;
          if (t[e] === '号' || (DIGIT.test(x) && y === '号')) continue;
          // A token of letters and digits (PM2.5 浓度, 5G 基站, 建设 5G 基站) is not a Chinese number,
          // nor the number of a Latin name written apart from it (Wi-Fi 6 网络, ISO 9001 认证).
          // (GB/T 9704—2012 要求, COVID-19 疫情: the token runs over its dashes and slashes.)
          let k = i - 1;
          while (k >= 0 && /[0-9.\-—–/]/.test(t[k])) k--;
          if (DIGIT.test(x) && /[A-Za-z]/.test(t[k] ?? '')) continue;
          if (DIGIT.test(x) && t[k] === ' ' && /[A-Za-z]/.test(t[k - 1] ?? '')) continue;
          if (DIGIT.test(y) && /[A-Za-z]/.test(t[e] ?? '')) continue;
          // A telephone number parted from the name it follows or precedes (联系人：王芳 0635-8456789,
          // 李强 13912345678): a field of its own, not a quantity.
          if (PHONE.test(DIGIT.test(y) ? t.slice(i, i + 14) : t.slice(Math.max(0, i - 14), i))) continue;
          // A decimal section number opening its line (1.1　编制目的, 3.1.2　分级响应), as an 应急预案 or
          // a standard numbers its sections: the space parts the number from its heading (red team 15).
          if (DIGIT.test(x) && SECTION_NUMBER.test(src.slice(src.lastIndexOf('\n', a - 1) + 1, a))) continue;
        } else if (isDate || !CJK.test(x) || !CJK.test(y)) continue;
        if (!digit && FIELD_LABEL.test(t.slice(i, i + 8))) continue;
        // A contact's name and number after the unit they answer for (牵头单位：市商务局　王强　0635-8212345):
        // fields of a row, not a sentence.
        if (!digit && CONTACT_FIELDS.test(t.slice(i, i + 18))) continue;
        // A two-character name padded to three (孙　丽（市政府副秘书长）、刘　洋): a lone character on each side.
        else if (HAN.test(x) && HAN.test(y) && nameEdge(src, p.map[i - 1] - 1) && nameEdge(src, p.map[i] + 1)) continue;
        // A standard's title parts its elements with a space (《机动车类型 术语和定义》（GA 802—2019）,
        // 《信息安全技术 网络安全等级保护基本要求》): the space is the title's own.
        if (!digit && standardTitleSpace(t, i)) continue;
        // A cited title's two clauses are parted by a space (关于进一步深化农村改革　扎实推进乡村全面振兴的意见).
        if (!digit && t[i - 1] !== '》' && compoundTitleSpace(t, i)) continue;
        // A quoted article's head keeps its space, as the article itself does (marker above).
        if (QUOTED_HEAD.test(t.slice(Math.max(0, i - 9), i))) continue;
        // Inside a 牵头单位 block, spacing is the lead-unit rules'.
        if (overlaps(doc.blocks, a, b)) continue;
        // Joint issuers are separated by a space (中共中央办公厅 国务院办公厅关于…).
        if (ORGAN_END.test(t.slice(Math.max(0, i - 4), i)) && ORGAN_NEXT.test(t.slice(i, i + 14))) continue;
        ctx.report({
          start: a, end: b,
          message: `“${x}”与“${y}”之间有多余的空格（${WHY}）：应删去。`,
          fix: { range: [a, b], text: '' },
        });
      }
    }
  },
};
