// Training: learns a Model from gazette issues (or single documents). Pure: text in, model out
// (the CLI reads the files). Sources, in order of trust: the 目录 (title, number, page), each
// document's head (发文机关标志, 发文字号, title), its body (blocks, citations, repeal statements)
// and its tail (署名, 成文日期).
import type { DocNumber, Gazette, GwDocument } from '../types';
import type { IssuingCode, Model, NumberingStats, RegistryDoc, RepealStatement } from './types';
import { SourceText } from '../text/source';
import { digest } from '../text/hash';
import { parseGazette } from '../parse/gazette';
import { issuedTitles } from '../parse/document';
import { findDocNumbers, seriesKindOf } from '../parse/docNumber';
import { registryTitle, stripIssuer } from '../registry';
import { PROMULGATED, repealStatementsOf } from '../parse/repeals';
import { isoDate } from '../parse/dates';
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

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
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

interface DocContext {
  file: string;
  gazette: Gazette;
  doc: GwDocument;
  number?: string;
  date?: string;
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
      const docTitle = doc.title ? registryTitle(doc.title.text) : '';
      const tocTitle = toc ? registryTitle(toc.title.text) : '';
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
      const shortTitle = registryTitle(t.title.text);
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
        if (n && !decreeDates.has(n.canonical)) decreeDates.set(n.canonical, isoDate(m[1], m[2], m[3]));
      }
    }
  }

  // ---- Cited documents: 《title》（number）.
  const cited = new Map<string, Map<string, number>>();
  const citedNumber = new Map<string, DocNumber>();
  const addCited = (n: DocNumber, title: string | undefined) => {
    if (!title) return;
    const t = registryTitle(title);
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
    // county's 某某县人民政府, a province's 山东省人民政府).
    for (const d of documents.values()) {
      if (!d.source) continue;
      const m = /^([\u4e00-\u9fa5]{2,6}?[省市县区])人民政府/.exec(d.issuer);
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
  const fullRe = city ? new RegExp(`${city}[\\u4e00-\\u9fa5]{1,16}?(?:委员会|局|厅|办公室|中心|支队|公司)`, 'g') : undefined;
  const appointRe = city ? new RegExp(`(?:为|的)(原)?(${city}[\\u4e00-\\u9fa5]{1,20}?)${POSITION}`, 'g') : undefined;
  for (const ctx of contexts) {
    for (const b of ctx.doc.blocks) {
      // An assignment written after its units (parse/task-brackets.ts) names ministries and province
      // departments as often as the city's own units: the lexicon is the city's, learnt from its blocks.
      if (b.inline) continue;
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

