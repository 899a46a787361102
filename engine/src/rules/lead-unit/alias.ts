// A unit written by an alias or a non-standard form (市住建局, 市住房和城乡建设局, 聊城市发展和改革委员会)
// gets the standard short name the model knows. On a 主送 line full names and spelled-out forms are
// right (聊城市住房和城乡建设局): only an informal abbreviation the alias list names (市住建局) is
// reported there, as neither the full name nor the standard short one.
import type { Rule } from '../types';
import { predatesKnowledge, unitLookups } from './shared';
import { anotherCitysDocument, cityNames, fullNameOf } from './place';
import { informalMentionTokens } from './informal-mentions';
import { rosterTokens } from './roster';
import { overlaps } from '../spans';
import type { AppointmentToken } from './appointment';
import { lookupUnit } from '../../units';
import { textFix } from '../fix-text';
import { asOfPhrase, zhDay } from '../as-of';
import { ALIAS_PATTERNS } from '../../model/units';
import type { UnitLookup } from '../../units';

/** The day until which `name` (an alias of `standard`) was an official name, from the alias patterns. */
function formerUntil(name: string, standard: string): string | undefined {
  return ALIAS_PATTERNS.find((p) => p.formerUntil && name.endsWith(p.informal) && standard.endsWith(p.standard) &&
    name.slice(0, -p.informal.length) === standard.slice(0, -p.standard.length))?.formerUntil;
}

const HOW: Record<string, string> = {
  alias: '是非规范简称',
  full: '是全称，牵头单位括注中使用规范简称',
  'full-bare': '是全称，牵头单位等分工中使用规范简称',
  abbreviation: '是非规范简称',
  'long-form': '不是规范名称',
};

/** `bare`: roles on lines of their own (牵头单位：… ⏎ 配合单位：…), which have no 括注. */
function how(why: string, name: string, standard: string, bare: boolean): string {
  if (why === 'alias') return name.length > standard.length ? `不是规范简称（${bare ? '分工' : '括注'}中使用规范简称）` : '是非规范简称';
  return HOW[bare && why === 'full' ? 'full-bare' : why];
}

/** Whether a 主送 line's name is an informal abbreviation: a listed alias shorter than the standard name. */
function informalAbbreviation(found: Extract<UnitLookup, { kind: 'alias' }>): boolean {
  return found.certain && found.why === 'alias' && found.name.length < found.standard.length;
}

/**
 * A block's unit written with the city's name before a short name or a spelled-out form of one
 * (聊城市住房和城乡建设局, 聊城市民政局), which the lexicon does not list as a full name: the short
 * name it stands for. Only the city's own name (cityNames): 临清市住房和城乡建设局 is a county-level
 * city's bureau, another unit.
 */
function cityPrefixed(ctx: Parameters<Rule['check']>[0], token: { start: number; end: number; text: string }, ownLines: boolean): void {
  for (const city of cityNames(ctx.model)) {
    if (!token.text.startsWith(city + '市') || token.text.length < city.length + 4) continue;
    const bare = lookupUnit(ctx.model, token.text.slice(city.length), ctx.asOf);
    const standard = bare.kind === 'known' ? bare.name : bare.kind === 'alias' && bare.certain ? bare.standard : undefined;
    if (!standard) continue;
    ctx.report({
      start: token.start, end: token.end,
      message: `单位名称“${token.text}”是全称，牵头单位${ownLines ? '等分工' : '括注'}中使用规范简称，应为“${standard}”（单位名录中的标准名称）。`,
      fix: textFix(ctx.source.text, token, standard),
    });
    return;
  }
}

export const alias: Rule = {
  id: 'lead-unit/alias',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '牵头单位括注中的单位应使用规范简称：别称、自拟简称或全称改为单位名录中的标准名称。主送机关可用全称或规范简称，只报告别称表中的非规范简称（如“市住建局”）。任免事项写单位全称：其中的非规范简称（“任命张三为聊城市教育局局长”）改为全称（“聊城市教育和体育局”）。正文和名单中单独写出的缩略简称（“市住建局负责日常工作”“赵海东  市住建局局长”）也提示改为规范名称（警告）；只在不会是别处单位的位置判断：前面是句首、标点、空格或“由”“设在”等词（不是“济南市住建局”“各市住建局”“原市住建局”），不在引号、书名号或讲机构改革的句子中，也不判断机构改革前曾是正式名称的“市教育局”“市交通局”等。名单中“姓名  单位职务”一行的单位（“钱志强  市发改委副主任”）按主送机关的办法核对。',
      en: 'Units in a 牵头单位 block use their standard short names: aliases, ad-hoc abbreviations and full names are replaced by the lexicon name. A 主送 line may use full names or standard short ones: there only an informal abbreviation from the alias list (市住建局) is reported. A 任免 item writes full names: an informal abbreviation there (任命张三为聊城市教育局局长) gets the full name (聊城市教育和体育局). A contracted abbreviation written bare in running text or a 名单 line (市住建局负责日常工作, 赵海东  市住建局局长) gets a warning, only where it can be nothing but the city\'s unit: after the start, a mark, a space or a word such as 由 / 设在 (not 济南市住建局, 各市住建局, 原市住建局), outside quotes, 《》 and sentences about a reform; names that were official before the 2019 reform (市教育局, 市交通局) are not judged there. A 名单 line\'s unit (person, space, 市… unit, post: 钱志强  市发改委副主任) is judged as a 主送 line\'s.',
    },
    why: '同一单位在全文和历年公报中应使用同一规范简称（语料中“市住房城乡建设局”“市教育体育局”出现数十次，“市住建局”“市教育局”只是个别笔误），便于检索和责任落实。',
    bad: '（牵头单位：市住建局、市发改委）',
    good: '（牵头单位：市住房城乡建设局、市发展改革委）',
  },
  check(ctx) {
    for (const { block, token, found } of unitLookups(ctx, { mainRecipient: true, roster: true })) {
      if (block && found.kind === 'unknown') {
        cityPrefixed(ctx, token, !!block.bare);
        continue;
      }
      if (found.kind !== 'alias' || (!block && !informalAbbreviation(found))) continue;
      // An inferred abbreviation (no alias list says so) of a name the model first saw after the
      // document's date: before the 2019 reforms merged them, 市规划局, 市体育局 and 市文化局 were
      // units of their own. Only a note, offered as a suggestion.
      const until = formerUntil(found.name, found.standard);
      if (until && ctx.asOf < until) {
        // 市环保局, 市农业局 were the units' names until the 2019 reform: right in an older document.
        ctx.report({
          start: token.start, end: token.end, severity: 'info',
          message: `“${token.text}”是机构改革前的单位名称（改革于${until.slice(0, 4)}年前后完成，现为“${found.standard}”）；本文成文早于此，可能正确：请核对当时的名称。`,
          suggestions: [{ desc: `改为“${found.standard}”`, fix: textFix(ctx.source.text, token, found.standard) }],
        });
        continue;
      }
      const since = found.certain ? undefined : predatesKnowledge(ctx, found.standard);
      if (since) {
        ctx.report({
          start: token.start, end: token.end, severity: 'info',
          message: `单位名称“${token.text}”像是“${found.standard}”的简写；单位名录自${zhDay(since)}起才见到“${found.standard}”，本文早于此，“${token.text}”可能是当时（机构改革合并前）的单位名称：请核对，简写应改为“${found.standard}”。`,
          suggestions: [{ desc: `改为“${found.standard}”`, fix: textFix(ctx.source.text, token, found.standard) }],
        });
        continue;
      }
      // After the reform such a name is no short form but the unit's former name: say so.
      const what = until ? `是机构改革前的单位名称（改革于${until.slice(0, 4)}年前后完成），${asOfPhrase(ctx)}` : how(found.why, token.text, found.standard, !!block?.bare);
      ctx.report({
        start: token.start, end: token.end,
        severity: found.certain ? 'error' : 'warning',
        message: `单位名称“${token.text}”${what}，应为“${found.standard}”（单位名录中的标准名称）。`,
        fix: textFix(ctx.source.text, token, found.standard),
      });
    }
    appointed(ctx);
    mentioned(ctx);
  },
};

/**
 * A contracted informal abbreviation running text or a 名单 line names bare (市住建局负责日常工作,
 * 赵海东  市住建局局长): informal-mentions.ts reads only where it can be nothing but the city's unit.
 * A warning: the text around it is the writer's own, not a block's fixed form.
 */
function mentioned(ctx: Parameters<Rule['check']>[0]): void {
  if (anotherCitysDocument(ctx)) return;
  // A 名单 line's unit is the roster's (roster.ts, judged above as a 主送 line's): one diagnostic.
  const roster = rosterTokens(ctx);
  for (const token of informalMentionTokens(ctx)) {
    if (overlaps(roster, token.start, token.end)) continue;
    ctx.report({
      start: token.start, end: token.end, severity: 'warning',
      message: `单位名称“${token.text}”是非规范简称，正文中也应写规范名称“${token.standard}”（单位名录中的标准名称）。`,
      fix: textFix(ctx.source.text, token, token.standard),
    });
  }
}

/**
 * A 任免 item's unit written as an informal abbreviation the alias list names (张三为聊城市教育局局长):
 * a notice writes the unit's full name (聊城市教育和体育局), or its standard name where the lexicon
 * knows no full one. Spelled-out forms and bare full names are ways a notice writes names: left alone.
 */
function appointed(ctx: Parameters<Rule['check']>[0]): void {
  for (const { block, token, found } of unitLookups(ctx, { appointments: true })) {
    if (block || found.kind !== 'alias' || !informalAbbreviation(found)) continue;
    // 市环保局 was the unit's name until the 2019 reform: right in an older notice.
    const until = formerUntil(found.name, found.standard);
    if (until && ctx.asOf < until) continue;
    const city = (token as AppointmentToken).city ?? '';
    const full = fullNameOf(ctx.model, found.standard);
    // The city's name the item wrote stays; the token becomes the rest of the full name.
    const want = full && full.startsWith(city) ? full.slice(city.length) : found.standard;
    ctx.report({
      start: token.start, end: token.end,
      message: `单位名称“${city}${token.text}”是非规范简称，任免事项中写单位全称，应为“${city}${want}”。`,
      fix: textFix(ctx.source.text, token, want),
    });
  }
}
