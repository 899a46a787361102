// An abbreviation is defined once, where its full name first appears: defined again in the same
// text (a second （以下简称“X”）), or used before its definition, it reads as two names or as a name
// the reader has not met yet.
import type { GwDocument } from '../../types';
import type { Rule, RuleContext } from '../types';
import { abbreviationDefs, isHeadingText, partOf } from './abbreviation';
import type { Def } from './abbreviation';
import { overlaps } from '../spans';
import { spanIn } from '../../parse/paragraphs';

/** What may stand right before a name's first character: a clause's start or a word that ends before a name
 * (因市安委会工作需要: probe13). */
const BEFORE_NAME = /[\s，。；：、“‘（《的对与和及或为由将把在向经是请同因]/;
/**
 * A preposition of two characters, or 以 not ending a verb (可以, 予以 …), a name may follow
 * (以资源评价为基础); or a verb of two characters that takes a name as its object (力争高企数量…,
 * 简化环评手续), whose last character no name goes on from; or a verb that takes a platform or a
 * body as its object (接入低空平台, 依托数据平台, 通过领导小组: probe11), which no name ends with;
 * or 报 sending a report to a body (报工作专班备案, 报市安委会办公室: probe14), not ending a noun (情报, 年报, 简报).
 */
const WORD_BEFORE = /(?:根据|依据|按照|依照|参照|对照|(?<!可|予|加|所|难|得|用|借|足|是|给|藉|据|从)以|推动|支持|鼓励|引导|培育|认定|简化|办理|力争|申报|组织|接入|依托|通过|借助|登录|(?<![情预年月周日快简电画捷公喜警学书板党海])报)$/;
/** An article or item marker a name may follow (第二条 供水企业…, 1. 供水企业…). */
const MARKER_BEFORE = /(?:第[一二三四五六七八九十百零〇]+条|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])\s*$/;

export const abbreviationOrder: Rule = {
  id: 'cross-ref/abbreviation-order',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '简称在全称首次出现处定义一次：同一文本中不重复定义同一简称（再次写“（以下简称“X”）”），也不在定义之前使用简称。',
      en: 'An abbreviation is defined once, where the full name first appears: not defined again in the same text (a second （以下简称“X”）), and not used before its definition.',
    },
    why: '重复定义使读者以为是另一事物；定义前使用简称，读者不知其所指（定义应放在全称首次出现处）。',
    bad: '第二条 供水企业应当遵守本办法。\n\n第三条 城市公共供水企业（以下简称供水企业）应当依法经营。',
    good: '第二条 城市公共供水企业（以下简称供水企业）应当遵守本办法。\n\n第三条 供水企业应当依法经营。',
    test: {
      bad: '关于加强城市供水管理的办法\n\n第一条 为加强管理，制定本办法。\n\n第二条 供水企业应当遵守本办法。\n\n第三条 城市公共供水企业（以下简称供水企业）应当依法经营。\n\n聊城市人民政府\n2024年7月1日\n',
      good: '关于加强城市供水管理的办法\n\n第一条 为加强管理，制定本办法。\n\n第二条 城市公共供水企业（以下简称供水企业）应当遵守本办法。\n\n第三条 供水企业应当依法经营。\n\n聊城市人民政府\n2024年7月1日\n',
    },
  },
  check(ctx) {
    const defs = abbreviationDefs(ctx);
    const firstOf = new Map<string, Def>();
    for (const d of defs) {
      // A definition quoted as a text's new wording (将第三条修改为：“…（以下简称X）…”) is that text's.
      if (quotedAt(ctx.doc, partOf(ctx.doc, d.pi)[0], d.pi, d.open)) continue;
      const key = `${partOf(ctx.doc, d.pi)[0]}|${d.abbr}`;
      const first = firstOf.get(key);
      if (!first) {
        firstOf.set(key, d);
        usedBefore(ctx, d);
        continue;
      }
      const p = ctx.doc.paragraphs[d.pi];
      // The first definition's paragraph ends with this one word for word: an extraction's
      // duplicated tail fragment (…管理工作（以下简称供水主管部门）。⏎⏎ …（以下简称供水主管部门）。), not a second definition.
      const before = ctx.doc.paragraphs[d.pi - 1];
      if (first.pi === d.pi - 1 && before.text.length > p.text.length && before.text.endsWith(p.text)) continue;
      const line = ctx.source.positionAt(first.end).line + 1;
      ctx.report({
        start: p.map[d.open], end: d.end,
        message: `简称“${d.abbr}”已在上文第${line}行定义，此处不再重复定义（简称只在全称首次出现处定义一次）：删去括注，直接使用简称“${d.abbr}”。`,
      });
    }
  },
};

/**
 * Whether a two-character abbreviation is coined, not a word: its characters are taken apart from
 * the name (高新技术企业 → 高企, 环境影响评价 → 环评), so it means nothing else. One the name holds
 * whole (城市体检评估 → 体检) is a common word, which text before the definition may use in its own sense.
 */
function coined(d: Def): boolean {
  return d.fulls.length > 0 && d.fulls.every((f) => !f.includes(d.abbr)) && !LEXICALISED.has(d.abbr);
}

/**
 * Abbreviations that are words of the language (the dictionary's 高校, 国企, 城管, 医改, 个体户):
 * a reader knows them before any definition, so text before it may write them (推动国企改革, then
 * 国有企业（以下简称“国企”）). 高企, 环评 and the like are still read.
 */
const LEXICALISED = new Set(['高校', '国企', '央企', '民企', '外企', '私企', '城管', '医改', '医保', '社保', '环保', '科技', '人大', '政协',
  '高铁', '地铁', '交警', '外贸', '外资', '教改', '房改', '税改', '国资', '工会', '妇联', '残联', '科协', '文联', '侨联', '团委', '扶贫', '脱贫',
  // Words of their own the abbreviation coincides with (首发经济, 项目招引) or a word for what it names (个体户).
  '首发', '招引', '个体户']);

/**
 * A coined abbreviation's characters that go on as a word of the name does (高企|业 in 高新技术企业,
 * 提高企业): the word, not the abbreviation.
 */
function continuesWord(d: Def, text: string, i: number): boolean {
  const after = text[i + d.abbr.length];
  const last = d.abbr[d.abbr.length - 1];
  return !!after && d.fulls.some((f) => f[f.lastIndexOf(last) + 1] === after);
}

/**
 * The first use of a plain abbreviation (not a title: 《意见》 before a definition may be another
 * text) of three characters or more, or a coined one of two, before its definition, in the same
 * part: standing where a name starts, so not the end of a longer name (城市供水企业 holds 供水企业
 * and is no use of it). A use in quotation marks counts only as the term alone (推动“高企”扩量)
 * under a quoted definition (（以下简称“高企”）), not inside a quoted wording.
 */
function usedBefore(ctx: RuleContext, d: Def): void {
  const short = d.abbr.length === 2 && coined(d);
  if (d.title || (d.abbr.length < 3 && !short) || knownName(ctx, d.abbr) || LEXICALISED.has(d.abbr)) return;
  const { doc } = ctx;
  const quotedDef = doc.paragraphs[d.pi].text.slice(d.open, d.at).includes('“' + d.abbr + '”');
  const note = doc.attachmentNote;
  const [first] = partOf(doc, d.pi);
  for (let pi = first; pi <= d.pi; pi++) {
    const p = doc.paragraphs[pi];
    if (isHeadingText(p.text) || (note && p.start >= note.start && p.end <= note.end)) continue;
    // In the defining paragraph, only the text before the defined name.
    const stop = pi === d.pi ? d.open - Math.max(d.abbr.length, ...d.fulls.map((f) => f.length)) : p.text.length;
    for (let i = p.text.indexOf(d.abbr); i >= 0 && i + d.abbr.length <= stop; i = p.text.indexOf(d.abbr, i + 1)) {
      if (i > 0 && !BEFORE_NAME.test(p.text[i - 1]) && !MARKER_BEFORE.test(p.text.slice(0, i)) && !WORD_BEFORE.test(p.text.slice(Math.max(0, i - 2), i))) continue;
      if (/^[（(](以下|下称|简称)/.test(p.text.slice(i + d.abbr.length))) continue;
      // A word of the full name that holds the abbreviation (专项债券 before 地方政府专项债券（以下简称“专项债”）).
      if (continuesFull(doc, d, p.text, i) || (short && continuesWord(d, p.text, i))) continue;
      const { start, end } = spanIn(p, i, i + d.abbr.length);
      const term = quotedDef && p.text[i - 1] === '“' && p.text[i + d.abbr.length] === '”';
      if (overlaps(doc.blocks, start, end) || overlaps(doc.noise, start, end) || (!term && quotedAt(doc, first, pi, i))) continue;
      if (doc.citations.some((c) => c.start <= start && end <= Math.max(c.end, c.title.end + 1))) continue;
      const line = ctx.source.positionAt(d.end).line + 1;
      ctx.report({
        start, end,
        message: `简称“${d.abbr}”在下文第${line}行才定义，此处先用了简称：简称应在全称首次出现处定义，此前写全称。`,
      });
      return;
    }
  }
}

/**
 * The abbreviation at `i` goes on as the defined name goes on after it (专项债|券 in 地方政府专项债券
 * （以下简称“专项债”）): the name read where it is defined, in its clause before the bracket.
 */
function continuesFull(doc: GwDocument, d: Def, text: string, i: number): boolean {
  const after = text[i + d.abbr.length];
  if (!after) return false;
  const def = doc.paragraphs[d.pi].text;
  const clause = def.slice(0, d.open).split(/[，。；：]/).pop() ?? '';
  return [clause, ...d.fulls].some((f) => {
    for (let j = f.indexOf(d.abbr); j >= 0; j = f.indexOf(d.abbr, j + 1)) if (f[j + d.abbr.length] === after) return true;
    return false;
  });
}

/**
 * Whether index `i` of paragraph `pi` is inside a quotation “…” (a quoted wording or term), read from
 * paragraph `from` on: a quotation of several paragraphs opens each with “ and closes only the last
 * (将第四十七条修改为：“…⏎“…”), and a hard wrap may cut one paragraph into several.
 */
function quotedAt(doc: GwDocument, from: number, pi: number, i: number): boolean {
  let open = false;
  for (let k = from; k <= pi; k++) {
    const t = doc.paragraphs[k].text;
    const end = k === pi ? i : t.length;
    for (let j = 0; j < end; j++) {
      if (t[j] === '“') open = true;
      else if (t[j] === '”') open = false;
    }
  }
  return open;
}

/**
 * A unit's name everyone knows without a definition (市政府, 市委, a name of the unit lexicon): used
 * before a redundant definition it is no name the reader has not met.
 */
function knownName(ctx: RuleContext, abbr: string): boolean {
  return /^[省市县区](人民)?政府$|^[省市县区]委$/.test(abbr) || ctx.model.units.some((u) => u.name === abbr) || ctx.model.aliases.some((a) => a.alias === abbr);
}
