// Recognising 发文字号, well-formed or not: a number with the wrong brackets, a short year, 第 or a
// leading zero is still the document's number, so rules can report the one thing that is wrong.
import type { DocNumber, SeriesKind, Span } from '../types';
import { chineseToNumber } from './items';

const OPEN = '〔\\[【（(［〈{﹝〖';
const CLOSE = '〕\\]】）)］〉}﹞〗';
const HAN = '\\u4e00-\\u9fa5';

/**
 * code + bracket + year + bracket + 第? + seq + 号? (spaces allowed anywhere: they are reported, not
 * fatal). Two slips a drafter makes are read too: 年 after the year inside the brackets (〔2025年〕)
 * and the traditional 號; doc-number/year and doc-number/hao report them. No capturing groups for
 * them: TOC_NUMBER_LINE and the destructuring below count this pattern's groups.
 */
export const DOC_NUMBER_SOURCE =
  `([${HAN}]{1,12})([ \\u3000]*)([${OPEN}])[ \\u3000]*(\\d{2,4})[ \\u3000]*(?:年[ \\u3000]*)?([${CLOSE}])[ \\u3000]*(第?)[ \\u3000]*(\\d{1,4})([ \\u3000]*[号號])?`;
/**
 * A decree number: 聊城市人民政府令第48号, 令第 48 号, and a ministry's numbered by year
 * (交通运输部令2025年第3号: the year is the form, not a slip, as in a 公告's number).
 */
const BRACKETED_YEAR = new RegExp(`[${OPEN}][ \\u3000]*\\d`);
const DECREE_NO_HAO = `([${HAN}]{0,12}令)[ \\u3000]*(?:\\d{4}[ \\u3000]*年[ \\u3000]*)?第[ \\u3000]*(\\d{1,4})`;
export const DECREE_SOURCE = `${DECREE_NO_HAO}[ \\u3000]*号`;
/** A 令's head joined with its number line, the 号 left out (聊城市人民政府令 ⏎ 第52): read only as a whole head. */
const DECREE_HEAD_NO_HAO = new RegExp(`^${DECREE_NO_HAO}$`);
const DECREE_YEAR = /令[ \u3000]*(\d{4})[ \u3000]*年/;
/**
 * A 令's number with its sequence in Chinese numerals, 第…号 maybe in brackets (市人民政府令第五十二号,
 * 聊城市人民政府令（第五十二号）), as a 目录 entry or a citation may print it: read in digits, so that
 * the registry and the 目录 pair it. 中华人民共和国主席令 are so numbered; a government's are not
 * (doc-number/arabic-sequence and doc-number/toc-number judge it against the text's own).
 */
export const DECREE_CN_SOURCE = `([${HAN}]{0,12}令)[ \\u3000]*(?:\\d{4}[ \\u3000]*年[ \\u3000]*)?(?:[（(][ \\u3000]*)?第[ \\u3000]*([〇零一二三四五六七八九十百]{1,6})[ \\u3000]*号`;
/**
 * A 公告/通告's number: the issuer with 公告 or 通告, then 〔year〕第N号, year年第N号 or 第N号
 * (中国人民银行公告〔2018〕第7号, 国家税务总局公告2019年第1号). Its 第 is the form, not a slip.
 */
export const NOTICE_SOURCE =
  `([${HAN}]{1,20}(?:公告|通告))[ \\u3000]*(?:([${OPEN}])[ \\u3000]*(\\d{2,4})[ \\u3000]*([${CLOSE}])|(\\d{4})[ \\u3000]*年)?[ \\u3000]*第[ \\u3000]*(\\d{1,4})[ \\u3000]*号`;
/**
 * A 令's number line under its issuer line (聊城市人民政府令 ⏎ 第48号), normalised: no spaces; or a
 * slip with a year (〔2025〕第50号, 〔2025〕50号) that doc-number/decree reports, or without its 号
 * (第52), which doc-number/hao reports. Read so in a draft and in an issue alike.
 */
export const DECREE_SEQ_ONLY = /^(?:(?:\d{4}年)?第\d{1,4}号?|[〔[【（(［﹝〖]\d{2,4}[〕\]】）)］﹞〗]第?\d{1,4}号)$/;
/**
 * A number line whose sequence number is in Chinese numerals (聊政办字〔2026〕十号), normalised: a slip
 * doc-number/arabic-sequence reports. No number to the parser, but the line starts its document as a
 * digit number's does.
 */
export const CN_NUMBER_ONLY = new RegExp(`^[${HAN}]{2,12}[〔［\\[【]\\d{4}[〕］\\]】]第?[〇零一二三四五六七八九十百]+号$`);
/**
 * A 令's issuer line over its number line (聊城市人民政府令, 中华人民共和国交通运输部令): a body's name
 * and 令, nothing else. A table row or a sentence that ends in 令 (1 聊城市城市绿化管理办法 聊城市人民政府令
 * ⏎ 第52, a cell wrapped) names a regulation and its issuer: the line under it is no head.
 */
export function isDecreeIssuerLine(text: string): boolean {
  const t = text.replace(/[ \u3000]/g, '');
  return /^[\u4e00-\u9fa5]{2,20}令$/.test(t) && !/办法|条例|规定|细则|规则|决定|公布|施行|废止|修改/.test(t);
}
/** A 令's head on one line, normalised: its issuer's name and its number, 号 or not (聊城市人民政府令第52). */
export const DECREE_LINE = new RegExp(`^([${HAN}]{2,20}令)第\\d{1,4}号?$`);
/**
 * Whether `t` is a 令's head on one line (聊城市人民政府令第52号, or 第52 with its 号 left out, which
 * doc-number/hao reports), `next` the content line under it and `prev` the one above (undefined at
 * the text's start): the 令's promulgating sentence (《…》已经…通过，现予公布, 现公布《…》) opens the
 * next line, and the line before ends a text (its sentence, its date, its note) or a 目录 entry's
 * page. A citation a narrow wrap left alone on a line (`(2017年12月15日` ⏎ `聊城市人民政府令第32号`
 * ⏎ `公布根据…`) goes on in the line under it, or a line before it that stops mid-sentence.
 */
export function isDecreeHeadLine(t: string, next: string | undefined, prev: string | undefined): boolean {
  const m = t.endsWith('号') || /\d$/.test(t) ? DECREE_LINE.exec(t) : null;
  return !!m && isDecreeIssuerLine(m[1]) && !!next && PROMULGATION_START.test(next) && (prev === undefined || TEXT_END.test(prev));
}
/** The opening of a 令's promulgating sentence. */
const PROMULGATION_START = /^(?:《|现予?公布《)/;
/** The end of a text, or of a 目录 entry's line: a sentence, a note in brackets, a page, or a date line. */
const TEXT_END = /[。！？；）)》\d]$|^(?:\d{4}|[〇零○一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/;
/** A 公告/通告's number line under its issuer line (聊城市人民政府公告 ⏎ 〔2025〕第1号), normalised: no spaces. */
export const NOTICE_SEQ = new RegExp(`^(?:[${OPEN}]\\d{2,4}[${CLOSE}]|\\d{4}年)?第\\d{1,4}号$`);
/** The same in Chinese numerals, as a 人大常委会 may print it under its 公告's head: 第十二号. */
export const CN_NOTICE_SEQ = /^第[〇零一二三四五六七八九十百]{1,6}号$/;
/**
 * The issuer line of a 公告/通告 head: a name ending in 公告 or 通告, no sentence and no title
 * (…关于…的公告 is a title, never the head line).
 */
export function isNoticeHead(t: string): boolean {
  return (t.endsWith('公告') || t.endsWith('通告')) && t.length >= 4 && t.length <= 22 && !/[，。；：、,;:\s《》“”]|关于|的[公通]告$/.test(t);
}
/**
 * Words that cite a document as the basis of what follows (根据《A》…, 依照聊政发〔2021〕5号…):
 * cross-ref/issued-title reads a clause holding one as no issuing clause, and no 机关代字 or
 * issuer's name holds one. Two-character words before the one-character ones of
 * LEADING_WORDS (依照 before 依): the first alternative that matches is taken.
 */
export const CITING_WORDS = ['根据', '依据', '按照', '依照', '参照', '遵照', '对照', '贯彻', '落实', '结合', '执行', '学习'];
/** Running text before a number, cut off by its last word (…的, …、): `^(?:.*?(?:words))+`. */
const leading = (words: string[]) => new RegExp(`^(?:.*?(?:${words.join('|')}))+`);

/**
 * Running text before a 公告's issuer (根据…, …的公告 before the number): an issuer's name may hold
 * 和, 与, 及 or 原 itself, never 公告; the one-character words of LEADING_WORDS (经, 由, 对, 在…)
 * stand in names too (聊城经济技术开发区).
 */
const NOTICE_LEADING = leading([...CITING_WORDS, '废止', '以及', '发布', '公告', '通告', '的', '见', '号', '、']);

/**
 * Running text before a 令's issuer (依照…, …的): like a 公告's issuer, the name is an organ's whole
 * name, which may hold 和 (中华人民共和国国务院令, 国家发展和改革委员会令), 与 or 及, and may be longer than a code.
 */
// A regulation's name before its issuer, the two run together where a table's columns were
// (1 市绿化管理办法 市政府令第52号): no organ's name holds 办法, 条例, 规定, 细则 or 规则.
const DECREE_LEADING = leading([...CITING_WORDS, '废止', '以及', '发布', '公布', '的', '见', '号', '、', '办法', '条例', '规定', '细则', '规则']);

// Words that precede a number in running text but are not part of the 机关代字.
const LEADING_WORDS = leading([...CITING_WORDS, '关于', '废止', '印发', '以及', '文件', '通知', '意见',
  '和', '及', '与', '的', '将', '对', '在', '是', '为', '即', '见', '经', '由', '原', '号', '以', '按', '依', '、']);

export function seriesKindOf(code: string): SeriesKind {
  if (/令$/.test(code)) return '令';
  if (/任$/.test(code)) return '任';
  if (/办发$/.test(code)) return '办发';
  if (/办字$/.test(code)) return '办字';
  if (/函$/.test(code)) return '函';
  if (/发$/.test(code)) return '发';
  if (/字$/.test(code)) return '字';
  return '其他';
}

/** The longest of the model's known codes that `candidate` ends with ('' when none). */
function longestKnownEnding(candidate: string, knownCodes?: Iterable<string>): string {
  let best = '';
  if (knownCodes) for (const c of knownCodes) if (candidate.endsWith(c) && c.length > best.length) best = c;
  return best;
}

/** Trim running text off the front of a candidate 机关代字, preferring codes the model knows. */
export function trimCode(candidate: string, knownCodes?: Iterable<string>): string {
  const known = longestKnownEnding(candidate, knownCodes);
  if (known) return known;
  let code = candidate.replace(LEADING_WORDS, '');
  if (!code) code = candidate.slice(-4);
  if (code.length > 8) code = code.slice(-8);
  return code;
}

function trimDecreeIssuer(candidate: string, knownCodes?: Iterable<string>): string {
  const known = longestKnownEnding(candidate, knownCodes);
  if (known) return known;
  // A national organ's name is longer than a local government's and holds 和 (中华人民共和国国务院令,
  // 国家发展和改革委员会令): from its first word on. Otherwise eight characters at most, as a code
  // (a date's 日 or the words before 山东省人民政府令 are no part of it).
  const national = /(?:中华人民共和国|国家|中国)[\u4e00-\u9fa5]*$/.exec(candidate);
  if (national) return national[0];
  const code = candidate.replace(DECREE_LEADING, '') || candidate.slice(-4);
  return code.length > 8 ? code.slice(-8) : code;
}

function span(start: number, end: number): Span {
  return { start, end };
}

const DOC_NUMBER_G = new RegExp(DOC_NUMBER_SOURCE, 'g');
const DECREE_G = new RegExp(DECREE_SOURCE, 'g');
const NOTICE_G = new RegExp(NOTICE_SOURCE, 'g');
const DECREE_CN_G = new RegExp(DECREE_CN_SOURCE, 'g');
/** 令 then 第 (or （第) and a Chinese numeral: a text without it runs no DECREE_CN_G scan. */
export const DECREE_CN_GATE = /令[ \u3000]*(?:\d{4}[ \u3000]*年[ \u3000]*)?[（(]?[ \u3000]*第[ \u3000]*[〇零一二三四五六七八九十百]/;
/** A people's congress standing committee's 公告 (聊城市人民代表大会常务委员会公告, 市人大常委会公告). */
const PEOPLES_CONGRESS_NOTICE = /(?:人民代表大会常务委员会|人大常委会)公告$/;

/**
 * Finds every 发文字号 in a normalised or raw string. `map` translates string indices to source
 * offsets (identity plus `base` when omitted). A 公告's number without brackets (2019年第1号, 第1号)
 * is read only with `allNoticeForms` (a head or a 目录 line): in running text its issuer is not
 * told from the words before it, but for a 人大常委会's, whose name ends in its own words. With
 * `decreeHead` (a 令's issuer line joined with its number line) a head without 号 is read too.
 */
export function findDocNumbers(text: string, map?: number[], base = 0, knownCodes?: Iterable<string>, allNoticeForms = false, decreeHead = false): DocNumber[] {
  const at = (i: number) => (map ? (map[i] ?? map[map.length - 1]) : base + i);
  const endAt = (i: number) => (map ? (i > 0 ? (map[i - 1] ?? map[map.length - 1] - 1) + 1 : map[0]) : base + i);
  const out: DocNumber[] = [];
  // Both patterns need a digit (and a decree needs 令): most paragraphs are skipped without
  // running the regexes, whose open Han-character runs are tried at every position.
  const decree = text.includes('令');
  const digits = /\d/.test(text);
  if (!digits && !decree) return out;
  // Shared global regexes (compiling one per call showed in profiles); the scan below
  // resets lastIndex and calls nothing that uses them.
  const re = DOC_NUMBER_G;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  // A 发文字号 has an opening bracket followed by the year's digits: without one, skip the scan.
  const bracketed = digits && BRACKETED_YEAR.test(text);
  while (bracketed && (m = re.exec(text))) {
    const [whole, rawCode, gap, open, year, close, di, seq, hao] = m;
    // A 公告's number with its 第 (…公告〔2025〕第1号) is read whole below.
    if (di && (rawCode.endsWith('公告') || rawCode.endsWith('通告'))) continue;
    const code = trimCode(rawCode, knownCodes);
    const s = m.index + (rawCode.length - code.length);
    const e = m.index + whole.length;
    // Skip things like 规划（2024—2028年） and 第6-7期（总第243-244期）: a bracketed year must be followed by a number.
    let i = m.index + rawCode.length + gap.length;
    const pOpen = i; i += open.length;
    while (text[i] === ' ' || text[i] === '\u3000') i++;
    const pYear = i; i += year.length;
    while (text[i] === ' ' || text[i] === '\u3000') i++;
    // 〔2025年〕: read only when 号 closes it; 实施方案（2025年）3个… is no number.
    const pNian = text[i] === '年' ? i : -1;
    if (pNian >= 0 && !hao) continue;
    if (pNian >= 0) { i++; while (text[i] === ' ' || text[i] === '\u3000') i++; }
    const pClose = i; i += close.length;
    while (text[i] === ' ' || text[i] === '\u3000' || text[i] === '第') i++;
    const pSeq = i;
    const canonical = `${code}〔${year}〕${String(Number(seq))}号`;
    out.push({
      text: text.slice(s, e), start: at(s), end: endAt(e),
      code, year, seq, open, close, hasHao: !!hao, hasDi: !!di, isDecree: false, isNotice: false, canonical,
      ...(pNian >= 0 ? { yearSuffix: span(at(pNian), endAt(pNian + 1)) } : {}),
      ...(hao?.endsWith('號') ? { haoVariant: span(at(e - 1), endAt(e)) } : {}),
      parts: {
        code: span(at(s), endAt(s + code.length)),
        open: span(at(pOpen), endAt(pOpen + open.length)),
        year: span(at(pYear), endAt(pYear + year.length)),
        close: span(at(pClose), endAt(pClose + close.length)),
        seq: span(at(pSeq), endAt(pSeq + seq.length)),
      },
    });
  }
  const dre = DECREE_G;
  dre.lastIndex = 0;
  // A 令's head without 号 (聊城市人民政府令 ⏎ 第52) is its number still, which doc-number/hao reports.
  const noHao = decreeHead && !text.endsWith('号') ? DECREE_HEAD_NO_HAO.exec(text) : null;
  /**
   * A 令's number matched at `index` (`whole`, its issuer `rawCode` and its sequence as `written`,
   * in digits or in Chinese numerals, whose value is `seq`): the issuer trimmed to a known code, the
   * year if it prints one. A sequence in numerals keeps its span as `seqNumeral`.
   */
  const pushDecree = (index: number, whole: string, rawCode: string, written: string, seq: string, hasHao: boolean, numeral: boolean) => {
    const code = rawCode.length > 1 ? trimDecreeIssuer(rawCode, knownCodes) : rawCode;
    const s = index + (rawCode.length - code.length);
    const e = index + whole.length;
    const pSeq = index + whole.lastIndexOf(written);
    const year = DECREE_YEAR.exec(whole)?.[1] ?? '';
    // Two objects, never one shared: a moved document's spans are shifted one by one.
    const seqSpan = () => span(at(pSeq), endAt(pSeq + written.length));
    out.push({
      text: text.slice(s, e), start: at(s), end: endAt(e),
      code, year, seq, open: '', close: '', hasHao, hasDi: true, isDecree: true, isNotice: false,
      canonical: `${code}${year ? `${year}年` : ''}第${String(Number(seq))}号`,
      ...(numeral ? { seqNumeral: seqSpan() } : {}),
      parts: {
        code: span(at(s), endAt(s + code.length)), open: span(at(s + code.length), at(s + code.length)),
        year: span(at(s + code.length), at(s + code.length)), close: span(at(s + code.length), at(s + code.length)),
        seq: seqSpan(),
      },
    });
  };
  while (decree && digits && (m = noHao ?? dre.exec(text))) {
    const [whole, rawCode, seq] = m;
    pushDecree(m.index, whole, rawCode, seq, seq, !noHao, false);
    if (noHao) break;
  }
  // The same in Chinese numerals: only where 令 is followed by 第 (or （第).
  const cre = DECREE_CN_G;
  cre.lastIndex = 0;
  const cnDecree = decree && DECREE_CN_GATE.test(text);
  while (cnDecree && (m = cre.exec(text))) {
    const [whole, rawCode, numeral] = m;
    const value = chineseToNumber(numeral);
    if (!Number.isFinite(value) || value < 1) continue;
    pushDecree(m.index, whole, rawCode, numeral, String(value), true, true);
  }
  const nre = NOTICE_G;
  nre.lastIndex = 0;
  const notice = (text.includes('公告') || text.includes('通告')) && text.includes('第');
  while (notice && (m = nre.exec(text))) {
    const [whole, rawCode, open, bYear, close, nYear, seq] = m;
    const code = rawCode.slice(0, -2).replace(NOTICE_LEADING, '') + rawCode.slice(-2);
    // A 人大常委会's 公告 is numbered 第N号 alone, and its issuer's own words tell it from the text before.
    if (!open && !allNoticeForms && !PEOPLES_CONGRESS_NOTICE.test(code)) continue;
    const s = m.index + (rawCode.length - code.length);
    const e = m.index + whole.length;
    const skip = (k: number) => {
      while (text[k] === ' ' || text[k] === '\u3000') k++;
      return k;
    };
    let i = skip(m.index + rawCode.length);
    const year = bYear ?? nYear ?? '';
    // Without brackets the open and close spans are empty (2019年: the close is 年's place).
    const pOpen = i;
    if (open) i = skip(i + open.length);
    const pYear = i;
    if (year) i = skip(i + year.length);
    const pClose = i;
    const closeLen = close ? close.length : nYear ? 1 : 0;
    i = skip(i + closeLen);
    if (text[i] === '第') i = skip(i + 1);
    const pSeq = i;
    const n = String(Number(seq));
    out.push({
      text: text.slice(s, e), start: at(s), end: endAt(e),
      code, year, seq, open: open ?? '', close: close ?? '', hasHao: true, hasDi: true, isDecree: false, isNotice: true,
      canonical: year ? `${code}〔${year}〕第${n}号` : `${code}第${n}号`,
      parts: {
        code: span(at(s), endAt(s + code.length)),
        open: span(at(pOpen), endAt(pOpen + (open?.length ?? 0))),
        year: span(at(pYear), endAt(pYear + year.length)),
        close: span(at(pClose), endAt(pClose + closeLen)),
        seq: span(at(pSeq), endAt(pSeq + seq.length)),
      },
    });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Canonical form of a number written any way (for registry look-ups): 聊政发[21]05号 → 聊政发〔21〕5号. */
export function canonicalNumber(text: string): string | undefined {
  const n = findDocNumbers(text.replace(/\s+/g, ''))[0];
  return n?.canonical;
}

/** A line that holds only a 发文字号 (lenient: the malformed forms still count). */
export const NUMBER_LINE = new RegExp(`^${DOC_NUMBER_SOURCE}$`);
export const NUMBER_LINE_LOOSE = new RegExp(
  `^([${HAN}]{2,12})[ \\u3000]*[${OPEN}]?[ \\u3000]*(\\d{2,4})[ \\u3000]*[${CLOSE}]?[ \\u3000]*第?[ \\u3000]*\\d{1,4}[ \\u3000]*号?$`);
