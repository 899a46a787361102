// A decree (令) is numbered `…令第N号`: no year, no brackets, with 第 and 号
// (《党政机关公文处理工作条例》第八条; e.g. 国务院令第588号, 聊城市人民政府令第48号).
import type { Rule } from '../types';
import { numbersToCheck, whereOf } from './common';
import { spanIn } from '../../parse/paragraphs';
import { findDocNumbers, trimCode } from '../../parse/docNumber';
import { covers } from '../spans';

/**
 * A year in brackets then 第N号 after a ministry's 令: its own numbering (中国人民银行令〔2003〕第5号).
 * A government's 令 has none (聊城市人民政府令〔2024〕第5号 is a slip), nor has one without 第.
 */
const YEARED_ORDER = /^[〔\[【（(［〈{﹝〖][ \u3000]*\d{4}[ \u3000]*[〕\]】）)］〉}﹞〗][ \u3000]*第/;

const ministryYear = (code: string, number: string) =>
  !/政府令$/.test(code) && YEARED_ORDER.test(number) && yearNumbered(code)?.form !== 'year';

/**
 * Issuers whose 令 are numbered afresh each year, and how they write it: 交通运输部令2020年第17号,
 * 商务部令2020年第1号, 中国银保监会令2019年第1号; 中国人民银行令〔2021〕第1号. Their 令〔2020〕17号 is
 * that form without 第 (令第17号 would be another order, or none), and the year-form issuers' 令〔2020〕第17号
 * is the bank's brackets on their number; every other issuer's is 令第N号.
 */
const YEAR_NUMBERED_ORDERS: { form: 'year' | 'bracket'; issuers: string[] }[] = [
  {
    form: 'year',
    issuers: ['交通运输部', '交通部', '商务部', '农业农村部', '农业部', '国家金融监督管理总局', '中国银保监会',
      '中国银行保险监督管理委员会', '中国银监会', '中国银行业监督管理委员会', '中国保监会', '中国保险监督管理委员会'],
  },
  { form: 'bracket', issuers: ['中国人民银行'] },
];

/** The way `code` (…令) numbers its orders by year, when it is one of YEAR_NUMBERED_ORDERS. */
function yearNumbered(code: string): { form: 'year' | 'bracket'; issuer: string } | undefined {
  const head = code.replace(/令$/, '');
  for (const { form, issuers } of YEAR_NUMBERED_ORDERS) {
    const issuer = issuers.find((i) => head.endsWith(i));
    if (issuer) return { form, issuer };
  }
  return undefined;
}

/**
 * The message and the replacement (of the number from its opening bracket) for a 令 written with a
 * year in brackets and no 第: the issuer's year form, or 令第N号 for every other issuer.
 */
function decreeFix(code: string, year: string, seq: string, written: string): { message: string; text: string } {
  const by = /^\d{4}$/.test(year) ? yearNumbered(code) : undefined;
  if (!by) {
    return { message: `“${written}”是令的编号，应写作“${code}第${seq}号”，不标年份（《党政机关公文处理工作条例》第八条）。`, text: `第${seq}号` };
  }
  const text = by.form === 'year' ? `${year}年第${seq}号` : `〔${year}〕第${seq}号`;
  // 交通运输部令〔2020〕第17号 has its 第: only the brackets are wrong.
  const di = /第[ \u3000]*\d+[ \u3000]*号?$/.test(written);
  const how = by.form === 'year' ? (di ? '年份不加括号' : '年份不加括号，序号前加“第”') : '序号前加“第”';
  return { message: `“${written}”是${by.issuer}按年编号的令，应写作“${code}${text}”（${how}）。`, text };
}

/** 政府令 / 国务院令 / 部令 … followed by a number without 第 or without 号. */
/** 令 then the opening bracket of a year (the brackets of DOC_NUMBER_SOURCE). */
const DECREE_BRACKET = /令[ \u3000]*[〔\[【（(［〈{﹝〖]/;
/** A 令's head line with its number but no 第: 聊城市人民政府令56号. */
const DECREE_HEAD_NO_DI = /^(.{2,20}令)(\d{1,4})号$/;
const LOOSE_DECREE = /([\u4e00-\u9fa5]{0,10}?)((?:人民政府|政府|国务院|部|委员会|总局|局|署|主席)令)([ \u3000]*)(第?)([ \u3000]*)(\d{1,4})([ \u3000]*号)?(?![\d号年〔\[【（(])/g;

export const decree: Rule = {
  id: 'doc-number/decree',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '令的编号写作“××令第N号”：不标年份、不用括号，有“第”和“号”；按年编号的部门写其年份形式（交通运输部令2020年第17号、中国人民银行令〔2021〕第1号）。',
      en: 'A decree number reads "…令第N号": no year, no brackets, with 第 and 号; an issuer that numbers its orders by year writes its year form (交通运输部令2020年第17号, 中国人民银行令〔2021〕第1号).',
    },
    why: '《党政机关公文处理工作条例》第八条（令）与惯例（国务院令第588号）；语料：“聊城市人民政府令第48号”“聊城市人民政府令第32号”。',
    bad: '聊城市人民政府令〔2024〕48号',
    good: '聊城市人民政府令第48号',
  },
  check(ctx) {
    const src = ctx.source.text;
    const seen = new Set<number>();
    // A 令 written like a 发文字号, with a year in brackets.
    // Numbers in running text are read below, with the words a 令 is named by.
    for (const { n, role, bare } of numbersToCheck(ctx)) {
      if (bare || n.isDecree || !/令$/.test(n.code)) continue;
      if (ministryYear(n.code, src.slice(n.parts.open.start, n.end))) continue;
      seen.add(n.start);
      const { message, text } = decreeFix(n.code, n.year, String(Number(n.seq)), n.text);
      ctx.report({
        start: n.parts.open.start, end: n.end,
        message: `${whereOf(role)}${message}`,
        fix: { range: [n.parts.open.start, n.end], text },
      });
    }
    // The same in running text (…聊城市人民政府令〔2017〕34号公布), outside citations.
    const codes = ctx.model.codes.map((c) => c.code);
    for (const p of ctx.doc.paragraphs) {
      // A code ending in 令 is followed by the bracket before the year: without one, no number to judge.
      if (!p.text.includes('令') || !DECREE_BRACKET.test(p.text)) continue;
      for (const n of findDocNumbers(p.text, p.map, 0, codes)) {
        if (n.isDecree || !/(人民政府|政府|国务院|部|委员会|总局|局|署|主席)令$/.test(n.code) || seen.has(n.start)) continue;
        if (ministryYear(n.code, src.slice(n.parts.open.start, n.end))) continue;
        if (covers(ctx.doc.noise, n.start)) continue;
        seen.add(n.start);
        const code = n.code.replace(/^.*[年月日号的]/, '');
        const written = code + src.slice(n.parts.open.start, n.end).replace(/[ \u3000]/g, '');
        const { message, text } = decreeFix(code, n.year, String(Number(n.seq)), written);
        ctx.report({ start: n.parts.open.start, end: n.end, message, fix: { range: [n.parts.open.start, n.end], text } });
      }
    }
    // A 令's head without 第 (聊城市人民政府令56号, or 聊城市人民政府令 ⏎ 56号): the parser reads no number
    // there, and takes the issuer line for the title of a document of no known kind.
    const { doc } = ctx;
    if (!doc.number && doc.title && /令/.test(doc.title.text)) {
      const t = doc.title.text.replace(/[ \u3000]/g, '');
      const own = DECREE_HEAD_NO_DI.exec(t);
      const first = doc.paragraphs[0];
      const next = !own && /^.{2,20}令$/.test(t) && first && first.start >= doc.title.end ? /^(\d{1,4})号$/.exec(first.text) : null;
      if (own || next) {
        const seq = String(Number(own ? own[2] : next![1]));
        const issuer = own ? own[1] : t;
        const at = own ? doc.title.start + src.slice(doc.title.start, doc.title.end).lastIndexOf(own[2] + '号') : first.map[0];
        const end = own ? doc.title.end : first.end;
        ctx.report({
          start: own ? doc.title.start : first.start, end,
          message: `令的编号“${issuer}${seq}号”应写作“${issuer}第${seq}号”，序号前加“第”（《党政机关公文处理工作条例》第八条）。`,
          fix: { range: [at, at], text: '第' },
        });
      }
    }
    // 令48号, 令第48 (号 missing): not recognised as numbers by the parser, so looked for here.
    for (const p of ctx.doc.paragraphs) {
      if (!p.text.includes('令')) continue; // the pattern needs 令: skip the scan
      LOOSE_DECREE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = LOOSE_DECREE.exec(p.text))) {
        const [, lead, tail, , di, , seq, hao] = m;
        // The issuer in front of 令 (聊城市人民政府令), without running text such as 日 or 根据.
        const head = trimCode(lead + tail, codes).replace(/^.*[年月日号的]/, '');
        const whole = m[0].slice(m[0].length - (m[0].length - lead.length - tail.length) - head.length);
        if (di && hao) continue;
        const a = m.index + m[0].length - whole.length;
        const s = spanIn(p, a, a + whole.length);
        if (seen.has(s.start) || covers(ctx.doc.noise, s.start)) continue;
        const tailStart = spanIn(p, a + head.length, a + head.length).start;
        const want = `${head}第${String(Number(seq))}号`;
        ctx.report({
          start: s.start, end: s.end,
          message: `令的编号“${whole}”应写作“${want}”${!di ? '，序号前加“第”' : ''}${!hao ? '，序号后加“号”' : ''}（《党政机关公文处理工作条例》第八条）。`,
          fix: { range: [tailStart, s.end], text: `第${String(Number(seq))}号` },
        });
      }
    }
  },
};
