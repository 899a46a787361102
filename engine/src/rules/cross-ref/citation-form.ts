// Form of a citation: 《标题》（发文字号） — the title first, the number after it in full-width
// parentheses, 《》 balanced.
import type { Citation, Paragraph } from '../../types';
import type { Rule, RuleContext } from '../types';
import { findDocNumbers } from '../../parse/docNumber';
import { spanIn, TITLE_END } from '../../parse/paragraphs';
import { ISSUING_VERB } from '../../parse/document';
import { findAllByTitle } from '../../registry';
import { afterContinuation, CONTINUATION_MARK, inHalfWidthIsland, indexAt, widthRegion } from './util';
import { overlaps } from '../spans';

const WHY = '按原《国家行政机关公文处理办法》第二十三条，引用公文先引标题、后引发文字号，发文字号置于全角圆括号内';
/** Each message's reason, short: the form a citation takes, or where its order is laid down. */
const WHY_FORM = '公文引用格式为“《标题》（发文字号）”';
const WHY_ORDER = '原《国家行政机关公文处理办法》第二十三条：引用公文先引标题，后引发文字号';

/** Title-like endings where a missing 》 most likely belongs. */
const TITLE_END_AT = /(通知|意见|方案|办法|决定|细则|规定|报告|请示|批复|规划|预案|计划|要点|通告|公告|纪要|制度|条例|措施|清单|规则|标准|法)(（[^）]*）)?/g;

function checkParens(ctx: RuleContext, c: Citation): void {
  if (!c.paren || !c.number) return;
  const { open, close } = c.paren;
  const src = ctx.source.text;
  const halfOpen = src.slice(open.start, open.end) === '(';
  const halfClose = src.slice(close.start, close.end) === ')';
  if (!halfOpen && !halfClose) return;
  // In an extracted issue half-width parentheses come in page-sized islands: extraction noise.
  // A page continuation is its own pages: judged by its own marks (widthRegion).
  if (ctx.mode === 'issue' && inHalfWidthIsland(ctx.source, [open.start, close.start], undefined, widthRegion(ctx.doc, open.start))) return;
  const inner = src.slice(open.end, close.start);
  // At the parenthesised number, where the slip is (the title before it is right).
  ctx.report({
    start: open.start, end: close.end,
    message: `引用公文时发文字号应置于全角圆括号“（）”内，不用半角“()”（${WHY_FORM}）：应为“（${c.number.canonical}）”。`,
    fix: { range: [open.start, close.end], text: `（${inner}）` },
  });
}

function checkUnclosed(ctx: RuleContext, p: Paragraph, pi: number, c: Citation): void {
  const a = indexAt(p, c.start);
  let depth = 0;
  // Char codes: 《 0x300a, 》 0x300b (p.text[i] made a string per character).
  for (let i = a; i < p.text.length; i++) {
    const ch = p.text.charCodeAt(i);
    if (ch === 0x300a) depth++;
    else if (ch === 0x300b && --depth === 0) return;
  }
  // Extraction split the paragraph inside the title: the 》 is in the next paragraph, or, where it
  // scrambled a short notice's lines, in one of the paragraphs around.
  if (ctx.mode === 'issue' && !/[。；！？]/.test(p.text.slice(a)) && nearby(ctx, pi, (q) => /^[^《。；]*》/.test(q.text))) return;
  if (overlaps(ctx.doc.noise, c.start, c.end)) return;
  if (ctx.mode === 'issue' && new RegExp(CONTINUATION_MARK.source).test(p.text.slice(a))) return;
  const title = p.text.slice(a + 1, indexAt(p, c.end));
  // Where the 》 belongs: before a following （发文字号）, else after the first title-like ending.
  const num = /[（(][^（）()]{0,12}〔\d{4}〕\d{1,4}号[）)]/.exec(title);
  let at = -1;
  if (num) at = a + 1 + num.index;
  else {
    TITLE_END_AT.lastIndex = 0;
    const m = TITLE_END_AT.exec(title);
    if (m) at = a + 1 + m.index + m[0].length;
  }
  const insert = at >= 0 ? (at < p.text.length ? p.map[at] : p.end) : -1;
  const fix = insert >= 0 ? { range: [insert, insert] as [number, number], text: '》' } : undefined;
  ctx.report({
    start: c.start, end: Math.min(c.end, c.start + 1 + Math.min(title.length, 40)),
    message: `书名号不成对：“《”缺少对应的“》”（GB/T 15834—2011《标点符号用法》：书名号“《》”成对使用）：${fix ? `应为“《${p.text.slice(a + 1, at)}》”。` : '请补全“》”。'}`,
    ...(fix && num ? { fix } : {}),
    ...(fix && !num ? { suggestions: [{ desc: `在“${p.text.slice(Math.max(a + 1, at - 6), at)}”后补“》”`, fix }] } : {}),
  });
}

/** How far from each other the pieces of a title split by a scrambled extraction are looked for. */
const SCRAMBLE_REACH = 4;

/** Whether a paragraph within SCRAMBLE_REACH of paragraph `pi`, before or after it, passes `test`. */
function nearby(ctx: RuleContext, pi: number, test: (q: Paragraph) => boolean): boolean {
  const ps = ctx.doc.paragraphs;
  for (let k = Math.max(0, pi - SCRAMBLE_REACH); k <= Math.min(ps.length - 1, pi + SCRAMBLE_REACH); k++) if (k !== pi && test(ps[k])) return true;
  return false;
}

function checkStrayClose(ctx: RuleContext, p: Paragraph, pi: number): void {
  // No 》, nothing stray: most paragraphs.
  if (!p.text.includes('》')) return;
  let depth = 0;
  for (let i = 0; i < p.text.length; i++) {
    const ch = p.text.charCodeAt(i);
    if (ch === 0x300a) depth++;
    else if (ch === 0x300b) {
      if (depth > 0) { depth--; continue; }
      // A title split from its 《 by extraction (the previous paragraph, or one around it in a
      // scrambled notice, left a 《 open).
      if (ctx.mode === 'issue' && !/[。；！？]/.test(p.text.slice(0, i)) && nearby(ctx, pi, (q) => /《[^》]*$/.test(q.text))) continue;
      if (overlaps(ctx.doc.noise, p.map[i], p.map[i] + 1)) continue;
      // A fragment resumed after （上接第N页）: its 《 is on another page.
      if (ctx.mode === 'issue' && afterContinuation(ctx.source, p, i)) continue;
      const from = Math.max(0, i - 12);
      ctx.report({
        ...spanIn(p, i, i + 1),
        message: `书名号不成对：“》”前缺少对应的“《”（GB/T 15834—2011《标点符号用法》：书名号“《》”成对使用）：请在标题“${p.text.slice(from, i)}”开头补“《”。`,
      });
    }
  }
}

/** 聊政发〔2021〕5号《关于…》: the number before the title; 《关于…》聊政发〔2021〕5号: without parentheses. */
function checkNumberFirst(ctx: RuleContext, p: Paragraph, codes: string[] | undefined, cited: Set<number>, byStart: Map<number, Citation>): void {
  // Only a number right before a 《 is reported: without one, skip the number scan.
  if (!p.text.includes('《')) return;
  for (const n of findDocNumbers(p.text, undefined, 0, codes)) {
    const s = n.start;
    const e = n.end;
    const src = spanIn(p, s, e);
    if (cited.has(src.start)) continue;
    // 《标题》聊政发〔2021〕5号: the number right after the title, without its parentheses.
    if (p.text[s - 1] === '》' && p.text[e] !== '《') {
      ctx.report({
        start: src.start, end: src.end,
        message: `引用公文时发文字号应置于全角圆括号内（${WHY_FORM}）：应为“（${n.canonical}）”。`,
        fix: { range: [src.start, src.end], text: `（${n.text}）` },
      });
      continue;
    }
    // Optional parentheses around the number, then the title right after it.
    let k = e;
    const wrapped = /[（(]/.test(p.text[s - 1] ?? '') && /[）)]/.test(p.text[k] ?? '');
    if (wrapped) k++;
    if (p.text[k] !== '《') continue;
    const c = byStart.get(p.map[k]);
    if (!c) continue;
    const from = wrapped ? s - 1 : s;
    const start = p.map[from];
    const titleSrc = ctx.source.text.slice(c.start, c.title.end + 1);
    const closed = ctx.source.text[c.title.end] === '》';
    const fix = !c.number && closed
      ? { range: [start, c.title.end + 1] as [number, number], text: `${titleSrc}（${n.text}）` }
      : undefined;
    ctx.report({
      start, end: c.title.end + 1,
      message: `引用公文时应先引标题、后引发文字号（${WHY_ORDER}）：应为“《${c.title.text}》（${n.canonical}）”，不写“${n.canonical}《${c.title.text}》”。`,
      ...(fix ? { fix } : {}),
    });
  }
}

/** A quoted span short enough to be a title; no quote, 《》 or sentence end inside. */
const QUOTED = /“([^“”《》。；！？\n]{4,80})”/g;
/** A 发文字号 in parentheses right after the closing quote: （聊政发〔2024〕3号）, （…令第32号）. */
const NUMBER_AFTER = /^[（(][^（）()]{1,24}(?:〔\d{2,4}〕|令)第?\d{1,4}[号號][）)]/;
/** An issuing clause after the quote: “X”已经市政府同意，现印发给你们 (cross-ref/issued-title's BEFORE_VERB). */
const ISSUED_AFTER = /^[，,]?(?:已?经[^，。；“”]{1,24}?(?:同意|通过|审议|研究)[，,]?)?(?:现|特|现予|予以)?(?:将其)?(?:印发|转发|批转)/;

/**
 * A document's title written in quotation marks (根据“聊城市燃气管理办法”（聊城市人民政府令第32号）):
 * titles of documents take 《》. Only where the quotation is clearly a title: it ends as titles do
 * (办法, 通知, 方案…) and its 发文字号 follows it, or it is issued in this clause (“X”已经…，现印发),
 * or the registry holds a document by that title. A quoted slogan or name (“双随机、一公开”) is
 * none of these.
 */
function checkQuotedTitle(ctx: RuleContext, p: Paragraph): void {
  // Most paragraphs quote nothing.
  if (!p.text.includes('”')) return;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(p.text); m; m = QUOTED.exec(p.text)) {
    const x = m[1];
    if (!TITLE_END.test(x)) continue;
    const after = p.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (!NUMBER_AFTER.test(after) && !(ISSUING_VERB.test(after) && ISSUED_AFTER.test(after)) && !findAllByTitle(ctx.model, x).length) continue;
    const start = p.map[m.index];
    const end = p.map[m.index + m[0].length - 1] + 1;
    // Both quotes as written, the title between them unbroken (no line break inside).
    if (ctx.source.text[start] !== '“' || ctx.source.text[end - 1] !== '”' || end - start !== m[0].length) continue;
    if (overlaps(ctx.doc.noise, start, end)) continue;
    ctx.report({
      start, end,
      message: `公文标题应使用书名号“《》”，不用引号（${WHY_FORM}）：应为“《${x}》”。`,
      fix: { range: [start, end], text: `《${x}》` },
    });
  }
}

/** 关于X的请示（…〔2025〕46号）: a cited title with its number but without its 《》. */
const BARE_TITLE = /关于[^《》“”，。；：！？（）()]{2,60}?的(?:请示|报告|通知|意见|批复|函|决定|方案|办法|通报)(?=[（(][^（）()]{0,20}〔\d{4}〕\d{1,4}号[）)])/g;

/** A list entry's number and the issuer before its title: 1. / 1　/ （1） / 一、, then 聊城市人民政府. */
const LIST_ENTRY_HEAD = /^[ \u3000]*(?:\d{1,3}[.．、]?|[（(]\d{1,3}[）)]|[一二三四五六七八九十]{1,3}、)[ \u3000]*[\u4e00-\u9fa5（）()]{0,40}$/;
/** The rest of a list entry after its title: the number, and at most a ； or 。. */
const LIST_ENTRY_TAIL = /^[（(][^（）()]{0,20}〔\d{4}〕\d{1,4}号[）)][；;。]?[ \u3000]*$/;

/**
 * A title cited with its 发文字号 but without 《》 (你局关于设立X的请示（聊自然资规字〔2025〕46号）收悉):
 * the number shows it is a document's title. Not inside another title's 《》 (《关于转发关于X的通知（…）的通知》).
 */
function checkBareTitle(ctx: RuleContext, p: Paragraph): void {
  // Cheap test first: a bare title starts 关于 and its number holds 〔.
  if (p.text.indexOf('关于') < 0 || p.text.indexOf('〔') < 0) return;
  const title = ctx.doc.title;
  if (title && p.start < title.end && p.end > title.start) return;
  BARE_TITLE.lastIndex = 0;
  for (let m = BARE_TITLE.exec(p.text); m; m = BARE_TITLE.exec(p.text)) {
    const head = p.text.slice(0, m.index);
    if ((head.match(/《/g) ?? []).length > (head.match(/》/g) ?? []).length) continue;
    // An entry of a list of documents (a repeal decision's: 1.聊城市人民政府关于…的通知（聊政发〔2018〕12号）；):
    // the title and its number are the whole entry, as a 目录's are, and such lists print no 《》.
    if (LIST_ENTRY_HEAD.test(head) && LIST_ENTRY_TAIL.test(p.text.slice(m.index + m[0].length))) continue;
    const start = p.map[m.index];
    const end = p.map[m.index + m[0].length - 1] + 1;
    // Unbroken as written (a wrap inside it is left alone: the fix would swallow the line break).
    if (end - start !== m[0].length || overlaps(ctx.doc.noise, start, end)) continue;
    ctx.report({
      start, end,
      message: `引用公文的标题应加书名号（${WHY_FORM}）：应为“《${m[0]}》”。`,
      fix: { range: [start, end], text: `《${m[0]}》` },
    });
  }
}

export const citationForm: Rule = {
  id: 'cross-ref/citation-form',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '引用公文的格式：《标题》（发文字号）——先标题后发文字号，发文字号用全角圆括号，书名号成对；标题用书名号，不用引号（“X办法”（发文字号）），也不能不加（你局关于X的请示（发文字号）收悉）。',
      en: 'Citation form 《title》（number）: title first, number in full-width parentheses, balanced 《》; a title in 《》, not in quotation marks (“X办法”（number）) nor bare (你局关于X的请示（number）收悉).',
    },
    why: WHY + '。',
    bad: '根据聊政发〔2021〕5号《关于加快金融产业高质量发展的意见》(聊政发〔2021〕5号)',
    good: '根据《关于加快金融产业高质量发展的意见》（聊政发〔2021〕5号）',
  },
  check(ctx) {
    const { doc } = ctx;
    for (const c of doc.citations) checkParens(ctx, c);
    // A head line taken as the title (e.g. a 令's first sentence) can hold a broken 《 too.
    if (doc.title) {
      const t = doc.title.text;
      const open = t.indexOf('《');
      if (open >= 0 && (t.match(/《/g) ?? []).length > (t.match(/》/g) ?? []).length) {
        const s = ctx.source.text.indexOf('《', doc.title.start);
        if (s >= 0 && s < doc.title.end) {
          ctx.report({ start: s, end: Math.min(doc.title.end, s + 20), message: `书名号不成对：“《”缺少对应的“》”（GB/T 15834—2011《标点符号用法》：书名号“《》”成对使用）：请补全“》”。` });
        }
      }
    }
    // Once per document, not per paragraph (asked per paragraph it was quadratic).
    const codes = ctx.model.codes.length ? ctx.model.codes.map((c) => c.code) : undefined;
    const cited = new Set(doc.citations.filter((c) => c.number).map((c) => c.number!.start));
    // The first citation at each offset (a search of all citations per number was quadratic).
    const byStart = new Map<number, Citation>();
    for (const c of doc.citations) if (!byStart.has(c.start)) byStart.set(c.start, c);
    const byParagraph = new Map<number, Citation[]>();
    for (const c of doc.citations) {
      const list = byParagraph.get(c.paragraph);
      if (list) list.push(c);
      else byParagraph.set(c.paragraph, [c]);
    }
    doc.paragraphs.forEach((p, pi) => {
      // A 《 inside a continuation marker's neighbourhood is noise, and so is an unpaired fragment.
      if (overlaps(doc.noise, p.start, p.end) && ctx.mode === 'issue') return;
      for (const c of byParagraph.get(pi) ?? []) checkUnclosed(ctx, p, pi, c);
      checkStrayClose(ctx, p, pi);
      checkNumberFirst(ctx, p, codes, cited, byStart);
      checkQuotedTitle(ctx, p);
      checkBareTitle(ctx, p);
    });
  },
};
