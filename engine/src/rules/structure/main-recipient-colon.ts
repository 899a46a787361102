// structure/main-recipient-colon: the 主送机关 line ends with a full-width colon (GB/T 9704
// 7.3.2). A half-width colon gets a fix. A 主送 written without any colon (the line then runs into
// the body) gets the colon inserted: a 各… list, or a line of bare unit names under the title
// (市财政局 / 市财政局，市发展改革委; a 批复's 东昌府区人民政府), which the parser then takes for the first
// paragraph; in a draft, and in an issue's document unless that paragraph lies in a part the
// extraction scrambled. A 各… list may wrap across a blank line, and may be followed by a body line
// that ends with a colon itself (任免 notices: 市人民政府决定，任命： / 免去：), which the parser does
// not join to the 主送. In an extracted issue a half-width colon inside a width island, and a
// recipient line the extraction merged with body text, are noise.
import type { Rule, RuleContext } from '../types';
import type { Paragraph } from '../../types';
import { isPlausibleUnit, lookupUnit } from '../../units';
import { overlaps } from '../spans';

const WHY = 'GB/T 9704—2012 第7.3.2条：主送机关在标题下一行居左顶格，回行时仍顶格，最后一个主送机关名称后标全角冒号';
/** The last word of a recipient list. */
const RECIPIENT_END = /(人民政府|管委会|委员会|部门|单位|机构|直属机构|各局|办公室|办公厅|党组|党委|企业|学校|医院|局)$/;
/**
 * Words a body opens with and no recipient's name does (根据…, 为进一步…, 现将…): a 主送 line ending in
 * ， or 、 above such a line is complete, its last mark a slip for the colon, not a hard wrap.
 */
const BODY_OPENER = /^(根据|依据|按照|为(了|进一步|加快|做好|深入|推动|贯彻|切实|全面|加强|促进|规范)|现将|现就|近日|近年来|《)/;

/** Words of a sentence's predicate, which no recipient's name holds (各县（市、区）要明确牵头部门). */
const PREDICATE = /要|应|须|请|将|把|确保|做好|加强|落实|明确|认真|结合|按照|根据|负责/;

/**
 * A 各… line that is a sentence, not a list of recipients: a predicate (各县（市、区）要于…前将自查情况报
 * 市人力资源社会保障局。) or a number (a date), which no recipient's name holds; 应急管理局 is a name (redteam3).
 */
const SENTENCE = /要|须|请|将|把|确保|做好|加强|落实|明确|认真|结合|按照|根据|负责|应(?!急)|\d/;

/** Whether every name of a 各… line is a recipient's (各县（市、区）人民政府，市政府各部门、直属机构). */
function recipientsOnly(body: string): boolean {
  return body.replace(/[（(][^（）()]*[）)]/g, '').split(/[，、,]/).every((n) => n.length <= 20 && RECIPIENT_END.test(n) && !PREDICATE.test(n));
}

function halfWidthNearby(paras: Paragraph[], k: number): boolean {
  for (let j = k; j <= k + 2 && j < paras.length; j++) {
    const t = j === k ? paras[j].text.slice(0, -1) : paras[j].text;
    if (/[(),;:]/.test(t.replace(/[A-Za-z0-9][,:][A-Za-z0-9]/g, ''))) return true;
  }
  return false;
}

/**
 * A line of recipients that does not start with 各: every name on it (separated by ， 、) is a unit
 * the model knows or a plausible organisation name (市财政局, 市财政局，市发展改革委).
 */
function namesUnits(ctx: RuleContext, body: string): boolean {
  const names = body.trim().split(/[，、,]/);
  return names.every((n) => n.length > 0 &&
    (isPlausibleUnit(n) || lookupUnit(ctx.model, n, ctx.asOf).kind !== 'unknown'));
}

function nextNonBlank(source: RuleContext['source'], line: number): number {
  while (line < source.lineCount && !source.lineText(line).trim()) line++;
  return line;
}

/**
 * The first body paragraph opens with a recipient line that lacks its colon: in a draft, and in an
 * issue's document too (a 批复 to one county, `东昌府区人民政府` under its title), unless the line lies
 * in a part the extraction scrambled.
 */
function missingColon(ctx: RuleContext): void {
  const { doc, source } = ctx;
  const p = doc.paragraphs[0];
  if (!p || doc.mainRecipient) return;
  if (ctx.mode === 'issue' && overlaps(doc.noise, p.start, p.end)) return;
  // 各… is a recipient list whatever follows; a line of bare unit names only under a title, in a
  // document type that has a 主送 (a 令, a 公告, a 通告, a 决议 or a 大事记 does not), and not the signature.
  const each = /^各/.test(p.text);
  if (!each && (!doc.title || doc.type === '令' || doc.type === '公告' || doc.type === '通告' || doc.type === '决议' || doc.type === '大事记' ||
    (doc.signature && doc.signature.start <= p.start && doc.signature.end > p.start))) return;
  // Walk the physical lines of the paragraph: recipients separated by ， or 、 across lines.
  let line = p.line;
  for (let guard = 0; guard < 4 && line < source.lineCount; guard++, line++) {
    let raw = source.lineText(line);
    let text = raw.trimEnd();
    if (!text.trim()) return;
    // A name a wrap cut (`…管委会，市` ⏎ `政府各部门、直属机构。`): the list goes on in the next line,
    // which holds the rest of the name. `body` is the last line's, `names` the whole list's.
    let cut = '';
    if (each && !/[，,、；;。.：:）)]$/.test(text) && !RECIPIENT_END.test(text) && line + 1 < source.lineCount && /^[\u4e00-\u9fa5]/.test(source.lineText(line + 1).trim())) {
      cut = text.trim();
      raw = source.lineText(++line);
      text = raw.trimEnd();
    }
    const body = text.replace(/[，,、；;。.]$/, '');
    const names = cut + body.trim();
    if (!/[。：:]/.test(names) && (each ? RECIPIENT_END.test(names) && !SENTENCE.test(names) : namesUnits(ctx, body))) {
      // The next line must hold the body (the recipient line ends here). Drafts often leave a
      // blank line before the body: then the line must end bare (no 。), under a title, with body after.
      if (line + 1 >= source.lineCount) return;
      // The next line opens with a mark: the line was cut (a hard wrap, `…市属开发区管委会` ⏎
      // `，市政府各部门、直属机构：`), and its colon may well follow.
      if (/^[，、,：:；;。）)]/.test(source.lineText(line + 1).trim())) return;
      if (/[，、,]$/.test(text)) {
        // The list goes on after the separator, on the next line or after a blank line (任免 notices
        // are often typed 各县（市、区）人民政府，市属开发区管委会， ⏎ ⏎ 市政府各部门、直属机构).
        const next = nextNonBlank(source, line + 1);
        // Or the list's last names alone, closed by a mark, which a wrap cut after the separator
        // (`…市政府各部门、` ⏎ `直属机构。`).
        const rest = next < source.lineCount ? source.lineText(next).trim() : '';
        if (next < source.lineCount && next - line <= 2 && (/^(各|市|县|区)/.test(rest) || (each && recipientsOnly(rest.replace(/[，,、；;。.：:]$/, ''))))) {
          line = next - 1;
          continue;
        }
      }
      // In an issue a line that ends with a separator, its list not going on with a name, was cut
      // by the extraction's hard wraps (`…市政府各部门、` ⏎ `直属机构：为进一步…`): its colon may follow.
      // Unless the body opens below it (…市直有关单位， ⏎ 根据《…》…): the list ends there.
      if (ctx.mode === 'issue' && /[，、,]$/.test(text)) {
        const next = nextNonBlank(source, line + 1);
        if (next >= source.lineCount || next - line > 2 || !BODY_OPENER.test(source.lineText(next).trim())) return;
      }
      if (!source.lineText(line + 1).trim()) {
        // A mark in place of the colon (…直属机构。) is taken only when every name of the line is a
        // recipient's: a sentence (各单位要认真落实，确保…到位。) has words that name no one.
        if (!doc.title || (body.length < text.length && !(each ? recipientsOnly(names) : true))) return;
        let next = line + 2;
        while (next < source.lineCount && !source.lineText(next).trim()) next++;
        if (next >= source.lineCount) return;
      }
      const start = source.lineStarts[line];
      const wrong = body.length < text.length;
      const at = start + body.length;
      ctx.report({
        start: start + raw.search(/\S/), end: start + text.length,
        message: wrong
          ? `主送机关后应标全角冒号“：”，不用“${text.slice(-1)}”（${WHY}）：应在“${body.trim().split(/[，、,]/).pop()}”后写“：”。`
          : `主送机关后缺少冒号（${WHY}）：应在“${body.trim().split(/[，、,]/).pop()}”后写“：”。`,
        fix: { range: [at, wrong ? at + 1 : at], text: '：' },
      });
      return;
    }
    if (!/[，、,]$/.test(text) || (!each && !namesUnits(ctx, body))) return;
    // One blank line may separate the wrapped recipient lines.
    if (line + 2 < source.lineCount && !source.lineText(line + 1).trim()) line++;
  }
}

/**
 * A 主送 line ending in ， or 、 that the parser joined to the body below it, which ends with a colon
 * of its own (…直属机构， ⏎ 为做好…工作，现将有关事项通知如下：): the body opens on the next line
 * (BODY_OPENER) and every name before the mark is a recipient's, so the mark stands for the colon.
 */
function ranIntoBody(ctx: RuleContext, mr: { start: number; end: number }): boolean {
  const { source } = ctx;
  const first = source.positionAt(mr.start).line;
  const last = source.positionAt(mr.end).line;
  for (let line = first; line < last && line < first + 4; line++) {
    const text = source.lineText(line).trimEnd();
    if (!/[，、,]$/.test(text)) continue;
    const next = nextNonBlank(source, line + 1);
    const opener = source.lineText(next).trim();
    if (next > last || next - line > 2 || !BODY_OPENER.test(opener)) continue;
    // The 主送's own last line (…各直属机构， ⏎ 《聊城日报》社，聊城广播电视台：): names and its colon.
    if (/[：:]$/.test(opener) && !PREDICATE.test(opener) && !/[。；;]/.test(opener)) continue;
    const at = source.lineStarts[line] + text.length - 1;
    const names = source.text.slice(mr.start, at).replace(/\s+/g, '');
    if (!/^各|^市/.test(names) || !recipientsOnly(names)) return false;
    ctx.report({
      start: mr.start, end: at + 1,
      message: `主送机关后应标全角冒号“：”，不用“${text.slice(-1)}”（${WHY}）：应在“${names.split(/[，、,]/).pop()}”后写“：”。`,
      fix: { range: [at, at + 1], text: '：' },
    });
    return true;
  }
  return false;
}

export const mainRecipientColon: Rule = {
  id: 'structure/main-recipient-colon',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '主送机关最后一个名称后应标全角冒号“：”（不用半角“:”，也不用句号“。”等其他标点）。',
      en: 'The main recipient line ends with a full-width colon “：” (not a half-width “:”, nor “。” or another mark).',
    },
    why: WHY + '。',
    bad: '各县（市、区）人民政府，市政府有关部门:',
    good: '各县（市、区）人民政府，市政府有关部门：',
  },
  check(ctx) {
    const { doc } = ctx;
    const mr = doc.mainRecipient;
    if (!mr) {
      missingColon(ctx);
      return;
    }
    if (ranIntoBody(ctx, mr)) return;
    if (!mr.text.endsWith(':')) return;
    const k = doc.paragraphs.findIndex((p) => p.start <= mr.start && p.end >= mr.start);
    if (ctx.mode === 'issue' && (k < 0 || halfWidthNearby(doc.paragraphs, k))) return;
    const src = ctx.source.text;
    const at = src.lastIndexOf(':', mr.end - 1);
    if (at < mr.start) return;
    ctx.report({
      start: at, end: at + 1,
      message: `主送机关后的冒号应为全角“：”，不用半角“:”（${WHY}）。`,
      fix: { range: [at, at + 1], text: '：' },
    });
  },
};
