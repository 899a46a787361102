// Training: learns a Model from gazette issues (or single documents). Pure: text in, model out
// (the CLI reads the files). Sources, in order of trust: the 目录 (title, number, page), each
// document's head (发文机关标志, 发文字号, title), its body (blocks, citations, repeal statements)
// and its tail (署名, 成文日期).
import type { DocNumber, Gazette, GwDocument, Paragraph } from '../types';
import type { IssuingCode, Model, NumberingStats, RegistryDoc, RepealStatement } from './types';
import { SourceText } from '../text/source';
import { firstAtOrAfter } from '../text/marks';
import { digest } from '../text/hash';
import { parseGazette } from '../parse/gazette';
import { ISSUING_VERB, issuingParagraph, outsideTitles } from '../parse/document';
import { findDocNumbers, seriesKindOf } from '../parse/docNumber';
import { stripIssuer } from '../registry';
import { learnUnits, normalizeUnitName, type Seen } from './units';
import { canonicalModel } from './serialize';

export interface TrainInput {
  /** File name or path; only the base name is recorded. */
  file: string;
  /** Decoded text. */
  text: string;
}

const ORG_TAIL = '(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|委|局|厅|部|署|院|中心|政府|党委|省委|市委|公司|集团|法院|检察院|银行|分行)';
const ISSUER_ONLY = new RegExp(`^[\\u4e00-\\u9fa5]{2,40}?${ORG_TAIL}$`);
/** Position words after an organisation in 任免 notices: 为聊城市X局副局长, 的聊城市X中心主任职务. */
const POSITION = '(?:副?(?:主任|局长|秘书长|院长|校长|支队长|大队长|主席|行长|会长|部长|处长|所长|站长|馆长|总经理|经理|书记|专员|调研员|督查专员))';
/** Promulgation note of a regulation: （2018年12月29日聊城市人民政府令第34号公布…）. */
const PROMULGATED = /(\d{4})年(\d{1,2})月(\d{1,2})日([\u4e00-\u9fa5]{2,16}令)第\s*(\d{1,4})\s*号公布/g;

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function iso(y: string | number, m: string | number, d: string | number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Title as the registry keeps it: no spaces, full-width parentheses. */
function cleanTitle(t: string): string {
  return t.replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

function issuerOfTitle(title: string): string {
  const short = stripIssuer(title);
  return short.length < title.length ? title.slice(0, title.length - short.length) : '';
}

function typeOfTitle(title: string, number?: string): string {
  const t = stripIssuer(title);
  if (number && /令第\d+号$/.test(number)) return '令';
  if (/任免|任命|免去/.test(t) || (number && /任〔/.test(number))) return '任免';
  if (/^(?:关于)?(印发|转发|批转)/.test(t) && /通知$/.test(t)) return '印发通知';
  const m = /(实施意见|意见|实施方案|办法|细则|规定|决定|批复|请示|报告|函|通告|公告|通知)(（[^）]*）)?$/.exec(t);
  if (!m) return '其他';
  if (m[1] === '细则' || m[1] === '规定') return '办法';
  if (m[1] === '通告' || m[1] === '公告') return '其他';
  return m[1];
}

/** The document's issuer: from the 发文机关标志 (…文件 dropped), else the decree code, else the 署名. */
function issuerOf(doc: GwDocument, title: string | undefined): string {
  if (doc.number?.isDecree) return doc.number.code.replace(/令$/, '');
  if (doc.number?.isNotice && doc.number.code.length > 2) return doc.number.code.replace(/(公告|通告)$/, '');
  const mark = doc.issuerMark?.text.replace(/[\s\u3000]+/g, '').replace(/文件$/, '');
  if (mark && ISSUER_ONLY.test(mark)) return mark;
  const fromTitle = title ? issuerOfTitle(title) : '';
  if (fromTitle) return fromTitle;
  const sig = doc.signature?.text.replace(/[\s\u3000]+/g, '');
  return sig && ISSUER_ONLY.test(sig) ? sig : '';
}

/** Replaces the text inside 《…》 (nesting allowed) by nothing, so keywords in cited titles don't count. */
function maskTitles(s: string): string {
  let out = '';
  let depth = 0;
  for (const c of s) {
    if (c === '《') {
      if (depth === 0) out += c;
      depth++;
    } else if (c === '》' && depth > 0) {
      depth--;
      if (depth === 0) out += c;
    } else if (depth === 0) out += c;
  }
  return out;
}

const REPEAL_WORD = /废止|停止执行/;
/** An item of a list of documents: `1.《X》（N）`, `（1）…`, `一、…` or a bare `《X》（N）`. */
const LIST_ITEM = /^(\d{1,3}[.．、]|[（(]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}、|《)/;
const AMEND_WORD = /作出修改|予以修改|作如下修改/;
/**
 * The heading of an annex that lists repealed documents (市政府决定废止的行政规范性文件目录, 废止文件
 * 清单): a heading, not a sentence, whose only verb is 废止. A list of what is kept, amended as well
 * or only proposed for repeal (继续有效, 废止和修改, 拟废止) announces no repeal.
 */
const REPEAL_LIST_HEADING = /^[^。；，、：:]{0,40}废止[^。；，、：:]{0,20}(?:目录|清单|名单|一览表)$/;
const NOT_REPEAL_LIST = /修改|保留|继续|有效|拟|暂缓|不予|征求/;
/** A sentence that repeals what an annex lists: 予以废止（见附件1）, 决定废止以下文件（附件）. */
const REPEAL_BY_ANNEX = /(?:废止|停止执行)[^。；，]{0,12}?[（(]见?附件(\d{0,2})[)）]/g;

interface DocContext {
  file: string;
  gazette: Gazette;
  doc: GwDocument;
  number?: string;
  date?: string;
}

/** 自2020年7月1日起施行 in the sentence that repeals with 同时废止. */
const EFFECTIVE = /自(\d{4})年(\d{1,2})月(\d{1,2})日起施行/;

interface Stater {
  by: string;
  date: string;
}

/** Repeal and amendment statements in one sentence. */
function statementsIn(sentence: string, stater: Stater, knownCodes: string[], listKind?: 'repeal' | 'amend'): { target: string; targetTitle?: string; kind: 'repeal' | 'amend' }[] {
  if (!listKind && !/废止|停止执行|修改/.test(sentence)) return [];
  const masked = maskTitles(sentence);
  const repeal = listKind ? listKind === 'repeal' : REPEAL_WORD.test(masked);
  const amend = listKind ? listKind === 'amend' : AMEND_WORD.test(masked);
  if (!repeal && !amend) return [];
  const out: { target: string; targetTitle?: string; kind: 'repeal' | 'amend' }[] = [];
  for (const n of findDocNumbers(sentence, undefined, 0, knownCodes)) {
    if (n.canonical === stater.by || !/\d/.test(n.seq)) continue;
    // The 《title》 this number belongs to: the last title closing right before its parenthesis.
    const before = sentence.slice(0, n.start);
    const close = before.lastIndexOf('》');
    let title: string | undefined;
    let anchor = n.start;
    if (close >= 0 && /^[（(]\s*(\d{4}年\d{1,2}月\d{1,2}日)?\s*$/.test(before.slice(close + 1))) {
      let depth = 0;
      let open = -1;
      for (let i = close; i >= 0; i--) {
        if (before[i] === '》') depth++;
        else if (before[i] === '《' && --depth === 0) {
          open = i;
          break;
        }
      }
      if (open >= 0) {
        title = cleanTitle(before.slice(open + 1, close));
        anchor = open;
      }
    }
    // 根据《X》（N）… cites the basis, not the repealed document.
    if (/(根据|按照|依据|依照|参照)$/.test(sentence.slice(Math.max(0, anchor - 4), anchor))) continue;
    const after = maskTitles(sentence.slice(n.end));
    // 《X》（N）中的《Y》同时废止: part of N is repealed, which amends N.
    const partial = /^[^，。；]*?[）)]?\s*中的《/.test(after);
    const kind = repeal && !partial ? 'repeal' : 'amend';
    out.push({ target: n.canonical, targetTitle: title, kind });
  }
  return out;
}

/**
 * The repeal and amendment statements the documents make, each as of its document's date (or of the
 * promulgation of a regulation re-published inside a 令): a notice titled 关于废止…, a sentence
 * 《X》（N）同时废止, a list announced by 决定废止下列文件：. Used by training, and by
 * cross-ref/repealed for the documents of the issue being linted. `onTarget` hears each target's
 * number and title (training registers them as cited documents).
 */
export function repealStatementsOf(contexts: { doc: GwDocument; number?: string; date?: string }[], ownCodes: string[], onTarget?: (n: DocNumber, title: string | undefined) => void,
  repealsOnly = false): RepealStatement[] {
  // Only repeals wanted (a rule reading an issue's own documents on every lint): a paragraph that
  // neither repeals, promulgates nor announces a list is passed over (a 修改和废止 decision has
  // dozens that amend). An amendment list's heading still counts: its items are the list's.
  const worth = repealsOnly ? /公布|废止|停止执行|作出修改|予以修改|作如下修改/ : /公布|废止|停止执行|修改/;
  const repeals = new Map<string, RepealStatement>();
  for (const ctx of contexts) {
    if (!ctx.number || !ctx.date) continue;
    let stater: Stater = { by: ctx.number, date: ctx.date };
    const title = ctx.doc.title?.text ?? '';
    // 关于废止聊政发〔2021〕5号…的通知: the whole notice repeals N.
    if (/废止/.test(maskTitles(title))) {
      for (const n of findDocNumbers(cleanTitle(title), undefined, 0, ownCodes)) {
        if (n.canonical !== ctx.number) repeals.set(`${n.canonical}\u0000${ctx.number}\u0000repeal`, { target: n.canonical, by: ctx.number, date: ctx.date, kind: 'repeal' });
      }
    }
    const paras: Paragraph[] = ctx.doc.paragraphs;
    const record = (s: { target: string; targetTitle?: string; kind: 'repeal' | 'amend' }) => {
      const key = `${s.target}\u0000${stater.by}\u0000${s.kind}`;
      if (!repeals.has(key)) repeals.set(key, { target: s.target, targetTitle: s.targetTitle, by: stater.by, date: stater.date, kind: s.kind });
      const n = findDocNumbers(s.target, undefined, 0, ownCodes)[0];
      if (n) onTarget?.(n, s.targetTitle);
    };
    // An annex whose heading says it lists repealed documents, or that a repealing sentence points
    // to (予以废止（见附件1）), is a list too: its heading's paragraph opens it.
    const annexTitles = ctx.doc.attachments.filter((a) => a.title);
    const repealAnnexes = new Set<number | undefined>();
    if (annexTitles.length) {
      for (const para of paras) {
        REPEAL_BY_ANNEX.lastIndex = 0;
        for (let m; (m = REPEAL_BY_ANNEX.exec(maskTitles(para.text))); ) repealAnnexes.add(m[1] ? Number(m[1]) : undefined);
      }
    }
    const opensRepealList = (para: Paragraph): boolean => {
      const heading = para.text.replace(/[\s\u3000]+/g, '');
      if (REPEAL_LIST_HEADING.test(heading) && !NOT_REPEAL_LIST.test(heading)) return true;
      const annex = annexTitles.find((a) => a.title!.start >= para.start && a.title!.start < para.end);
      // （见附件） with no number points to the one annex there is.
      return !!annex && (repealAnnexes.has(annex.index) || (annexTitles.length === 1 && repealAnnexes.has(undefined)));
    };
    // `决定废止下列文件：` announces a list: its items (1.《X》（N）…) are repealed without saying so.
    let listKind: 'repeal' | 'amend' | undefined;
    for (const para of paras) {
      if (listKind) {
        const found = LIST_ITEM.test(para.text) ? statementsIn(para.text, stater, ownCodes, listKind) : [];
        if (found.length) {
          found.forEach(record);
          continue;
        }
        listKind = undefined;
      }
      if (opensRepealList(para)) {
        listKind = 'repeal';
        continue;
      }
      // A regulation re-published inside a 令 speaks with its own number and date.
      if (!worth.test(para.text)) continue;
      PROMULGATED.lastIndex = 0;
      const pm = /^[（(]/.test(para.text) ? PROMULGATED.exec(para.text) : null;
      if (pm && pm.index <= 2) {
        const n = findDocNumbers(`${pm[4]}第${pm[5]}号`, undefined, 0, ownCodes)[0];
        if (n) stater = { by: n.canonical, date: iso(pm[1], pm[2], pm[3]) };
        continue;
      }
      let found = 0;
      // 本办法自2020年7月1日起施行。《X》（N）同时废止: N stays in force until the effective day.
      const eff = EFFECTIVE.exec(para.text);
      const effective = eff ? iso(eff[1], eff[2], eff[3]) : undefined;
      for (const sentence of para.text.split(/(?<=[。；;])/)) {
        const list = statementsIn(sentence, stater, ownCodes);
        if (list.length && effective && effective > stater.date && /同时废止/.test(maskTitles(sentence))) {
          const own = stater;
          stater = { ...own, date: effective };
          list.forEach(record);
          stater = own;
        } else list.forEach(record);
        found += list.length;
      }
      const masked = maskTitles(para.text);
      if (!found && /[：:]$/.test(masked)) listKind = REPEAL_WORD.test(masked) ? 'repeal' : AMEND_WORD.test(masked) ? 'amend' : undefined;
    }
  }

  return [...repeals.values()];
}

function numberingOf(docs: GwDocument[], stats: NumberingStats): void {
  for (const doc of docs) {
    let runOn = false;
    let restart = false;
    const bySeq = new Map<number, GwDocument['items']>();
    for (const it of doc.items) {
      stats.levelCounts[String(it.level)] = (stats.levelCounts[String(it.level)] ?? 0) + 1;
      const list = bySeq.get(it.sequence) ?? [];
      list.push(it);
      bySeq.set(it.sequence, list);
    }
    for (const items of bySeq.values()) {
      let lastHigher = 0;
      let level1Seen = 0;
      let level2Under = 0;
      let prevLevel = 0;
      for (const it of items) {
        if (it.level === 1) {
          level1Seen++;
          level2Under = 0;
        }
        if (it.level === 2) {
          // The first （X） after a later 一、 tells the regime: （一） again, or the count runs on.
          if (prevLevel === 1 && level1Seen > 1 && level2Under === 0) {
            if (it.value === 1) restart = true;
            else runOn = true;
          }
          level2Under++;
        }
        if (it.level === 3 && lastHigher === 1) stats.skipToLevel3++;
        if (it.level === 1 || it.level === 2) lastHigher = it.level;
        prevLevel = it.level;
      }
    }
    if (runOn) stats.runOn++;
    else if (restart) stats.restart++;
  }
}

/** Learns a model from gazette issues (other texts are skipped). Same inputs, in any order → same model. */
export function train(inputs: TrainInput[]): Model {
  const sorted = [...inputs].sort((a, b) => (baseName(a.file) < baseName(b.file) ? -1 : baseName(a.file) > baseName(b.file) ? 1 : a.text < b.text ? -1 : 1));
  // Only gazette issues teach: a note or a single draft has no 目录 and no dated series to learn.
  const parsed = sorted
    .map((inp) => ({ file: baseName(inp.file), text: inp.text, gazette: parseGazette(new SourceText(inp.text)) }))
    .filter((p) => p.gazette.isIssue);

  const contexts: DocContext[] = [];
  for (const p of parsed) {
    for (const doc of p.gazette.documents) {
      const n = doc.number;
      contexts.push({ file: p.file, gazette: p.gazette, doc, number: n?.canonical, date: doc.date?.iso });
    }
  }

  // ---- Issuing codes of the corpus's own documents, and the registry of those documents.
  const codes = new Map<string, { issuers: Map<string, number>; marks: Map<string, number>; numbers: Set<string>; maxSeq: Record<string, number>; source: 'issued' | 'cited' }>();
  const noteNumber = (n: DocNumber, issuer: string, source: 'issued' | 'cited', date?: string) => {
    let c = codes.get(n.code);
    if (!c) codes.set(n.code, (c = { issuers: new Map(), marks: new Map(), numbers: new Set(), maxSeq: {}, source }));
    if (source === 'issued') c.source = 'issued';
    if (c.numbers.has(n.canonical) && source === 'cited') return;
    c.numbers.add(n.canonical);
    if (issuer) c.issuers.set(issuer, (c.issuers.get(issuer) ?? 0) + 1);
    // Decrees number on without years: key them by the year they were made, when known.
    const year = n.isDecree ? (date ?? '').slice(0, 4) : n.year;
    const seq = Number(n.seq);
    if (year.length === 4 && Number.isFinite(seq)) c.maxSeq[year] = Math.max(c.maxSeq[year] ?? 0, seq);
  };

  const documents = new Map<string, RegistryDoc>();
  for (const p of parsed) {
    const docs = p.gazette.documents;
    const used = new Set<number>();
    const entries = p.gazette.toc.length ? p.gazette.toc.map((t) => ({ toc: t as typeof t | undefined })) : [];
    // Documents with a number, matched to their 目录 entry (in order, or by number).
    docs.forEach((doc, i) => {
      if (!doc.number) return;
      let toc = p.gazette.toc[i]?.number?.canonical === doc.number.canonical ? p.gazette.toc[i] : undefined;
      if (!toc) toc = p.gazette.toc.find((t) => t.number?.canonical === doc.number!.canonical);
      if (toc) used.add(p.gazette.toc.indexOf(toc));
      const docTitle = doc.title ? cleanTitle(doc.title.text) : '';
      const tocTitle = toc ? cleanTitle(toc.title.text) : '';
      let issuer = issuerOf(doc, docTitle);
      let title = docTitle || tocTitle;
      if (!issuerOfTitle(title) && issuer && /^(关于|印发|转发|批转)/.test(title)) title = issuer + title;
      if (!issuer) issuer = issuerOfTitle(title);
      noteNumber(doc.number, issuer, 'issued', doc.date?.iso);
      const mark = doc.issuerMark?.text.replace(/[\s\u3000]+/g, '');
      if (mark && !doc.number.isDecree && !doc.number.isNotice) {
        const marks = codes.get(doc.number.code)!.marks;
        marks.set(mark, (marks.get(mark) ?? 0) + 1);
      }
      if (documents.has(doc.number.canonical)) return;
      const issues = doc.type === '印发通知' ? issuedTitles(doc) : [];
      documents.set(doc.number.canonical, {
        number: doc.number.canonical, title, shortTitle: stripIssuer(title), issuer,
        date: doc.date?.iso, type: doc.type, source: toc?.page !== undefined ? `${p.file} p${toc.page}` : p.file,
        ...(issues.length > 1 ? { issues } : {}),
      });
    });
    // 目录 entries whose body the parser did not find still name a document.
    entries.forEach((e, i) => {
      const t = e.toc!;
      if (used.has(i) || !t.number || documents.has(t.number.canonical)) return;
      const shortTitle = cleanTitle(t.title.text);
      documents.set(t.number.canonical, {
        number: t.number.canonical, title: shortTitle, shortTitle: stripIssuer(shortTitle), issuer: '',
        type: typeOfTitle(shortTitle, t.number.canonical), source: t.page !== undefined ? `${p.file} p${t.page}` : p.file,
      });
    });
  }
  // Issuers of the corpus's own codes fill 目录-only entries.
  const issuerOfCode = (code: string) => {
    const c = codes.get(code);
    if (!c || !c.issuers.size) return '';
    return [...c.issuers].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  };
  for (const d of documents.values()) {
    if (d.issuer) continue;
    const n = findDocNumbers(d.number)[0];
    if (!n) continue;
    d.issuer = n.isDecree ? n.code.replace(/令$/, '') : n.isNotice ? n.code.replace(/(公告|通告)$/, '') : issuerOfCode(n.code);
    if (d.issuer && !issuerOfTitle(d.title) && /^(关于|印发|转发|批转)/.test(d.title)) d.title = d.issuer + d.title;
  }
  const ownCodes = [...codes.keys()].sort();

  // ---- Promulgation dates of decrees (（2018年12月29日聊城市人民政府令第34号公布）).
  const decreeDates = new Map<string, string>();
  for (const ctx of contexts) {
    for (const para of ctx.doc.paragraphs) {
      if (!para.text.includes('公布')) continue;
      PROMULGATED.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = PROMULGATED.exec(para.text))) {
        const n = findDocNumbers(`${m[4]}第${m[5]}号`, undefined, 0, ownCodes)[0];
        if (n && !decreeDates.has(n.canonical)) decreeDates.set(n.canonical, iso(m[1], m[2], m[3]));
      }
    }
  }

  // ---- Cited documents: 《title》（number）.
  const cited = new Map<string, Map<string, number>>();
  const citedNumber = new Map<string, DocNumber>();
  const addCited = (n: DocNumber, title: string | undefined) => {
    if (!title) return;
    const t = cleanTitle(title);
    if (!t) return;
    const m = cited.get(n.canonical) ?? new Map<string, number>();
    m.set(t, (m.get(t) ?? 0) + 1);
    cited.set(n.canonical, m);
    citedNumber.set(n.canonical, n);
  };
  for (const ctx of contexts) for (const c of ctx.doc.citations) if (c.number) addCited(c.number, c.title.text);

  // ---- Repeal and amendment statements.
  const repeals = new Map<string, RepealStatement & { title?: string }>();
  for (const r of repealStatementsOf(contexts, ownCodes, addCited)) repeals.set(`${r.target}\u0000${r.by}\u0000${r.kind}`, r);

  // Cited documents join the registry with what is known (title, issuer, a decree's date).
  for (const [number, titles] of cited) {
    if (documents.has(number)) continue;
    const n = citedNumber.get(number)!;
    const title = [...titles].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    let issuer = issuerOfTitle(title);
    if (!issuer) issuer = n.isDecree ? n.code.replace(/令$/, '') : n.isNotice ? n.code.replace(/(公告|通告)$/, '') : issuerOfCode(n.code);
    noteNumber(n, issuer, 'cited', decreeDates.get(number));
    documents.set(number, {
      number, title, shortTitle: stripIssuer(title), issuer, date: decreeDates.get(number),
      type: typeOfTitle(title, number),
    });
  }
  for (const r of repeals.values()) {
    if (!r.targetTitle) {
      const d = documents.get(r.target);
      if (d) r.targetTitle = d.title;
    }
  }

  // ---- Units.
  const blocks = new Map<string, Seen>();
  const fullNames = new Map<string, Seen>();
  const city = (() => {
    const votes = new Map<string, number>();
    // The corpus's own documents (those with a gazette source) name the city: 聊城市人民政府 (or a
    // county's 某某县人民政府).
    for (const d of documents.values()) {
      if (!d.source) continue;
      const m = /^([\u4e00-\u9fa5]{2,6}?[市县区])人民政府/.exec(d.issuer);
      if (m) votes.set(m[1], (votes.get(m[1]) ?? 0) + 1);
    }
    return [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
  })();
  const see = (map: Map<string, Seen>, name: string, date?: string) => {
    const s = map.get(name) ?? { count: 0, dates: [] };
    s.count++;
    if (date) s.dates.push(date);
    map.set(name, s);
  };
  const fullRe = city ? new RegExp(`${city}[\\u4e00-\\u9fa5]{1,16}?(?:委员会|局|办公室|中心|支队|公司)`, 'g') : undefined;
  const appointRe = city ? new RegExp(`(?:为|的)(原)?(${city}[\\u4e00-\\u9fa5]{1,20}?)${POSITION}`, 'g') : undefined;
  for (const ctx of contexts) {
    for (const b of ctx.doc.blocks) {
      for (const r of b.roles) {
        for (const u of r.units) {
          const name = normalizeUnitName(u.text);
          if (name.length >= 2 && !/[：:；;]/.test(name)) see(blocks, name, ctx.date);
        }
      }
    }
    if (!fullRe || !appointRe) continue;
    for (const para of ctx.doc.paragraphs) {
      if (!para.text.includes(city)) continue;
      const seenHere = new Set<string>();
      for (const m of para.text.matchAll(fullRe)) seenHere.add(m[0]);
      for (const m of para.text.matchAll(appointRe)) if (!m[1]) seenHere.add(m[2]);
      for (const f of seenHere) see(fullNames, f, ctx.date);
    }
  }
  const { units, aliases } = learnUnits({ blocks, fullNames, city });

  // ---- Numbering statistics.
  const numbering: NumberingStats = { levelCounts: {}, runOn: 0, restart: 0, skipToLevel3: 0 };
  numberingOf(contexts.map((c) => c.doc), numbering);

  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const codeList: IssuingCode[] = [...codes].map(([code, c]) => ({
    code,
    issuer: top(c.issuers) ?? '',
    mark: top(c.marks),
    kind: seriesKindOf(code),
    count: c.numbers.size,
    maxSeq: c.maxSeq,
    source: c.source,
  }));

  return canonicalModel({
    format: 'gongwen-model',
    version: 1,
    trainedOn: parsed.map((p) => ({ file: p.file, sha256: digest('sha256', p.text) })),
    codes: codeList,
    units,
    aliases,
    documents: [...documents.values()],
    repeals: [...repeals.values()].map(({ target, targetTitle, by, date, kind }) => ({ target, targetTitle, by, date, kind })),
    numbering,
  });
}

/**
 * The titles of the documents a 印发 notice issues: the run of 《…》 without a number just before
 * the word 印发 (outside its titles), joined by 、 or 和 (`现将《甲》《乙》印发给你们`; not a preamble's
 * `根据《规划》，`). A notice issuing several (four 措施 under one number) is cited by each of
 * their titles, which its own title only sums up.
 */
/** The titles a 印发 notice issues, as its issuing paragraph cites them (several: 等三个方案). */
export function issuedTitles(doc: GwDocument): string[] {
  const pi = issuingParagraph(doc, doc.signature?.start ?? doc.date?.start ?? doc.end);
  if (pi < 0) return [];
  const p = doc.paragraphs[pi];
  const verb = outsideTitles(p.text).search(ISSUING_VERB);
  const cited = doc.citations
    .filter((c) => c.paragraph === pi && !c.number)
    .map((c) => ({ title: c.title.text, from: firstAtOrAfter(p.map, c.start), to: firstAtOrAfter(p.map, c.end) }))
    .filter((c) => c.to <= verb);
  const run: typeof cited = [];
  for (let k = cited.length - 1; k >= 0; k--) {
    if (run.length && !/^[、，,和及与\s]*$/.test(p.text.slice(cited[k].to, run[0].from))) break;
    run.unshift(cited[k]);
  }
  return run.map((c) => c.title.replace(/[\s\u3000]+/g, ''));
}
