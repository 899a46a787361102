// A 成文日期 written with separators (2024.7.3, 2024-07-03, 2024/7/3) → 2024年7月3日. Only a line
// that is nothing but such a date, right under the issuer's signature: the 成文日期's place.
import type { Rule, RuleContext } from '../types';
import { cnSmall, cnYear, spacedDate, spacedDates } from './common';
import { looksLikeIssuer } from '../../parse/document';
import { spanIn } from '../../parse/paragraphs';
import { overlaps } from '../spans';
import { quoted } from '../running-text';

/** year, separator, month, the same separator, day; spaces allowed (a separator is one mark). */
const SEPARATED = /^(\d{4})\s*([.．\-－/／])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
/** The same on a 印发 line: the issuing office, then the date before 印发. */
const PRINTED_SEPARATED = /(\d{4})\s*([.．\-－/／])\s*(\d{1,2})\s*\2\s*(\d{1,2})\s*印发$/;
/** A line ending in an issuing body's word (one object: asked of every paragraph's line before). */
const ISSUER_END = /(人民政府|办公室|办公厅|委员会)$/;
/** A date's year, month and day, in Arabic or Chinese numerals (date/arabic's slip, met here with another). */
const Y = '(\\d{4}|[〇零○一二三四五六七八九]{4})';
const M = '(\\d{1,2}|[一二三四五六七八九十]{1,2})';
const D = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
/** 2024年7月3号: the spoken 号 for 日. */
const HAO = new RegExp(`${Y}年${M}月${D}号$`);
/** A 令's signature, the head of government by name (市长：张百顺): its 公布日期 follows. */
const DECREE_SIGNATURE = /^(?:代理)?(?:市长|省长|县长|区长|州长)[：:]\s*[\u4e00-\u9fa5·]{2,5}$/;
/** A year and month alone, the day left out (2026年3月). */
const YEAR_MONTH = /^(\d{4})年(\d{1,2})月$/;
/** 2024年7月3日。 or 2024年7月3: a full stop after the date, or its 日 left out (parse/dates reads both). */
const SLIP = new RegExp(`^${Y}年${M}月${D}(日?)([。．.]?)$`);

/**
 * A date written in Chinese numerals (二〇二四年七月三号) as it should be, 2024年7月3日; '' when the
 * numerals do not read as a date. undefined for Arabic numerals.
 */
function arabicWant(y: string, m: string, d: string): string | undefined {
  if (/^\d+$/.test(y + m + d)) return undefined;
  const [yy, mm, dd] = [cnYear(y), cnSmall(m), cnSmall(d)];
  return [yy, mm, dd].every(Number.isFinite) && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31 ? `${yy}年${mm}月${dd}日` : '';
}

/** The message and fix for a Chinese-numeral date with another slip: the whole date rewritten. */
function inArabic(ctx: RuleContext, span: { start: number; end: number }, want: string, slip: string): void {
  ctx.report({
    ...span,
    message: `成文日期应使用阿拉伯数字，${slip}（GB/T 9704—2012 第7.3.5.4条：成文日期用阿拉伯数字将年、月、日标全）${want ? `：应为“${want}”` : ''}。`,
    ...(want ? { fix: { range: [span.start, span.end] as [number, number], text: want } } : {}),
  });
}

export const form: Rule = {
  id: 'date/form',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '成文日期、印发日期写作“2024年7月3日”，不用“2024.7.3”“2024-07-03”“2024/7/3”等分隔形式，也不用“2024年7月3号”；成文日期不漏“日”（“2024年7月”“2024年7月3”），其后不加句号。汉字数字的成文日期兼有这些笔误（“二〇二四年七月三日。”“二〇二四年七月三号”）时，一并改为“2024年7月3日”。正文句中的完整日期也不用“号”（“有效期至2024年12月31号”），日期的“日”不误作“曰”（“2024年7月3曰”）。',
      en: 'A date of writing (成文日期) or print date is written 2024年7月3日, not 2024.7.3, 2024-07-03, 2024/7/3 or 2024年7月3号; a 成文日期 keeps its day and its 日 (not 2024年7月, 2024年7月3) and takes no full stop after it. A 成文日期 in Chinese numerals with one of these slips (二〇二四年七月三日。, 二〇二四年七月三号) is rewritten 2024年7月3日 in one fix. A full date in a sentence of the text does not end in 号 either (有效期至2024年12月31号), and no date’s 日 is written as its look-alike 曰 (2024年7月3曰).',
    },
    why: 'GB/T 9704—2012 第7.3.5.4条：成文日期用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位。',
    bad: '聊城市人民政府\n2024.7.3',
    good: '聊城市人民政府\n2024年7月3日',
    test: {
      bad: '聊城市人民政府办公室\n聊政办字〔2024〕30号\n聊城市人民政府办公室关于开展城乡环境整治的通知\n各县（市、区）人民政府，市政府各部门：\n    现将有关事项通知如下，请认真贯彻执行。\n\n聊城市人民政府办公室\n2024.7.3\n',
      good: '聊城市人民政府办公室\n聊政办字〔2024〕30号\n聊城市人民政府办公室关于开展城乡环境整治的通知\n各县（市、区）人民政府，市政府各部门：\n    现将有关事项通知如下，请认真贯彻执行。\n\n聊城市人民政府办公室\n2024年7月3日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const paras = doc.paragraphs;
    for (let k = 1; k < paras.length; k++) {
      const p = paras[k];
      if (p.text.endsWith('印发') && p.text.length <= 60 && !overlaps(doc.noise, p.start, p.end)) {
        const pm = PRINTED_SEPARATED.exec(p.text);
        if (pm) {
          const [y, mo, d] = [Number(pm[1]), Number(pm[3]), Number(pm[4])];
          const span = spanIn(p, pm.index, pm.index + pm[0].replace(/\s*印发$/, '').length);
          const want = mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? `${y}年${mo}月${d}日` : undefined;
          ctx.report({
            ...span,
            message: `印发日期应写作“X年X月X日”，不用“${pm[2]}”分隔（GB/T 9704—2012 第7.4.3条：印发日期用阿拉伯数字将年、月、日标全）${want ? `：应为“${want}印发”` : ''}。`,
            ...(want ? { fix: { range: [span.start, span.end] as [number, number], text: want } } : {}),
          });
        }
        continue;
      }
      // A line that is only such a date under the signature; not read as a date, the parser may have
      // joined it to the signature line above it (聊城市人民政府办公室2024年7月3号).
      const h = p.text.length <= 40 && p.text.endsWith('号') ? HAO.exec(p.text.trim()) : null;
      const before = h ? p.text.trim().slice(0, h.index).trim() : '';
      // The signature may itself have been joined to the body's last sentence above it in an
      // extracted issue (…请认真贯彻聊城市人民政府办公室): a line ending with an issuer's last word.
      const prev = paras[k - 1].text.trim();
      const signed = before ? looksLikeIssuer(before) || DECREE_SIGNATURE.test(before) : looksLikeIssuer(prev) || ISSUER_END.test(prev) || DECREE_SIGNATURE.test(prev);
      if (h && signed && !overlaps(doc.noise, p.start, p.end)) {
        const cn = arabicWant(h[1], h[2], h[3]);
        if (cn !== undefined) {
          const a = p.text.lastIndexOf(h[0]);
          inArabic(ctx, spanIn(p, a, a + h[0].length), cn, '用“日”，不用“号”');
          continue;
        }
        const a = p.text.lastIndexOf('号');
        const span = spanIn(p, a, a + 1);
        ctx.report({
          ...span,
          message: `成文日期用“日”，不用“号”（GB/T 9704—2012 第7.3.5.4条：用阿拉伯数字将年、月、日标全）：应为“${h[1]}年${h[2]}月${h[3]}日”。`,
          fix: { range: [span.start, span.end], text: '日' },
        });
        continue;
      }
      // Every such date holds a separator or a slip's mark; most paragraphs are longer than one.
      if (p.text.length > 16) continue;
      const t = p.text.trim();
      const sl = SLIP.exec(t);
      // The parser's 成文日期 counts as under the signature too: an extraction may print a broken
      // body line between them (…已经市政 ⏎ 2023年7月20日); not under a finished sentence.
      const parsed = doc.signature && doc.date && doc.date.start >= p.start && doc.date.end <= p.end && !/[。；！？]$/.test(prev);
      if (sl && (!sl[4] || sl[5]) && (signed || parsed) && !overlaps(doc.noise, p.start, p.end)) {
        const at = p.text.indexOf(t);
        const cn = arabicWant(sl[1], sl[2], sl[3]);
        if (cn !== undefined) {
          inArabic(ctx, spanIn(p, at, at + t.length), cn, sl[4] ? `其后不加标点“${sl[5]}”` : '不漏“日”');
          continue;
        }
        const want = `${sl[1]}年${sl[2]}月${sl[3]}日`;
        // The mark alone is deleted; a missing 日 is written after the day, in place of a mark
        // after it (2024年7月3。: the mark stands where 日 was meant).
        const a = at + (sl[4] ? t.length - 1 : `${sl[1]}年${sl[2]}月`.length);
        const span = spanIn(p, a, at + t.length);
        ctx.report({
          ...span,
          message: sl[4]
            ? `成文日期后不加标点“${sl[5]}”（GB/T 9704—2012 第7.3.5.4条：成文日期单独成行，用阿拉伯数字将年、月、日标全）：应为“${want}”。`
            : `成文日期缺少“日”（GB/T 9704—2012 第7.3.5.4条：用阿拉伯数字将年、月、日标全）：应为“${want}”。`,
          fix: { range: [span.start, span.end], text: sl[4] ? '' : `${sl[3]}日` },
        });
        continue;
      }
      // A year and month alone under the signature (2026年3月): the day left out. No fix: which day?
      // Not after the document's own 成文日期: there it closes an attached or printed report, which
      // its compiler dates by month (…评估报告 ⏎ 聊城市自然资源和规划局 ⏎ 2026年3月).
      const ym = YEAR_MONTH.exec(t);
      const afterOwnDate = !!doc.date && doc.date.end <= p.start;
      if (ym && signed && !afterOwnDate && !overlaps(doc.noise, p.start, p.end)) {
        const at = p.text.indexOf(t);
        ctx.report({
          ...spanIn(p, at, at + t.length),
          message: `成文日期缺少“日”（GB/T 9704—2012 第7.3.5.4条：用阿拉伯数字将年、月、日标全）：应为“${ym[1]}年${ym[2]}月X日”，补上成文的日。`,
        });
        continue;
      }
      const m = SEPARATED.exec(p.text.trim());
      if (!m || !looksLikeIssuer(paras[k - 1].text.trim()) || overlaps(doc.noise, p.start, p.end)) continue;
      const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
      const a = p.text.indexOf(m[1]);
      const span = spanIn(p, a, a + m[0].length);
      // A month or day no calendar has: say so, and leave the fix to the writer.
      const want = mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? `${y}年${mo}月${d}日` : undefined;
      ctx.report({
        ...span,
        message: `成文日期应写作“X年X月X日”，不用“${m[2]}”分隔（GB/T 9704—2012 第7.3.5.4条：用阿拉伯数字将年、月、日标全）${want ? `：应为“${want}”` : ''}。`,
        ...(want ? { fix: { range: [span.start, span.end] as [number, number], text: spacedDates(ctx) ? spacedDate(want) : want } } : {}),
      });
    }
    // 曰 (to say) for its look-alike 日 after a date's day (2025年2月11曰): a keying or OCR slip no
    // text means; a 成文日期 so written is not read as a date at all. Gated on the rare 曰.
    for (const p of paras) {
      if (p.text.indexOf('曰') < 0 || overlaps(doc.noise, p.start, p.end)) continue;
      for (const m of p.text.matchAll(YUE_DAY)) {
        const at = m.index! + m[0].length - 1;
        const span = spanIn(p, at, at + 1);
        ctx.report({
          ...span,
          message: `日期的“日”误作“曰”（GB/T 15835—2011《出版物上数字用法》：公历年月日写作“2024年7月3日”）：应为“${m[1]}年${m[2]}月${m[3]}日”。`,
          fix: { range: [span.start, span.end], text: '日' },
        });
      }
    }
    // A date in running text with the spoken 号 (有效期至2022年12月31号): written 日 like every
    // other date. Only a full date in a sentence, outside 《》 (a cited title keeps its wording) and
    // not a house, line or seat number after it (3号楼, 5号线).
    for (const p of paras) {
      if (p.text.indexOf('号') < 0 || !RUNNING_HAO_GATE.test(p.text) || !/[，。；]/.test(p.text)) continue;
      if (overlaps(doc.noise, p.start, p.end)) continue;
      for (const m of p.text.matchAll(RUNNING_HAO)) {
        // Inside 《》 (a cited title keeps its wording) or quotation marks: a person's words quoted
        // (市民反映：“我7月15号提交的…”), or the slip itself named (不得写作“2026年7月3号”).
        if (quoted(p.text, m.index!)) continue;
        const at = m.index! + m[0].length - 1;
        const span = spanIn(p, at, at + 1);
        ctx.report({
          ...span, severity: 'warning',
          message: `日期用“日”，不用“号”（GB/T 15835—2011《出版物上数字用法》：公历年月日写作“2024年7月3日”）：应为“${m[1]}年${m[2]}月${m[3]}日”。`,
          fix: { range: [span.start, span.end], text: '日' },
        });
      }
    }
  },
};

/** A full date closed by 号 in running text, not a house, line, seat, berth, unit or plot number after it. */
// 3号楼, 5号线, 2号泊位, 3号机组, 5号地块, 8号标准厂房, 1号门, 2号馆, 3号井, 4号闸, 6号文件, 52号令:
// what a number names, not a day. A character that only opens such a noun is read with the rest of
// it (机组, not 机关; 地块, not 地方; 标段, not 标准; 车间, not 车辆; 文件, not 文化): a date
// before 机关各部门 is a day.
const RUNNING_HAO = /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})号(?![楼线院室栋位码台窗口泊厂门馆井闸桥站库仓厅令]|机(?:组|位|坪|房|库)|地(?:块|段)|标(?:段|准化?厂房)|车(?:间|位|库|道|厢)|文件)/g;
const RUNNING_HAO_GATE = /\d月\d{1,2}号/;
/** A full date whose 日 is written 曰 (spaces of the spaced dialect allowed between its parts). */
const YUE_DAY = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*曰/g;
