// In a 印发 notice (关于印发《X》的通知), the 《X》 in the body and the attached document's heading
// must name the same document as the notice's title.
import type { Rule, RuleContext } from '../types';
import { normalizeTitle } from '../../registry';
import { TITLE_END } from '../../parse/paragraphs';
import { ISSUING_VERB, isTitleLike, issuedParts, issuingParagraph, outsideTitles } from '../../parse/document';
import { CITING_WORDS } from '../../parse/docNumber';
import type { Citation, Paragraph } from '../../types';
import { textFix } from '../fix-text';
import { indexAt } from './util';

/**
 * Words a title may put before the issued document's own title: 修订后的 (关于印发修订后的X的通知),
 * and for 转发 / 批转 the body that drafted it (关于转发市发展改革委X的通知, 批转市财政局关于…), or the bodies,
 * one by one or as a group (转发市教育和体育局、市财政局关于…, 转发市教育和体育局等部门关于…: redteam10).
 */
const BEFORE_ISSUED = /^(?:修订后的|新修订的|修订后|[\u4e00-\u9fa5（）、]{1,40}?(?:局|委|办|厅|部|院|中心|政府|办公室|委员会|管委会)(?:等(?:部门|单位))?(?:制定的|起草的)?)$/;

/** Whether the title's X names the body's title, allowing the words BEFORE_ISSUED. */
function namesIssued(nx: string, nb: string): boolean {
  return nx === nb || (nx.endsWith(nb) && BEFORE_ISSUED.test(nx.slice(0, nx.length - nb.length)));
}

/**
 * What may stand between the issued 《X》 and the verb: nothing (现将《X》印发给你们), 现 (我们制定了
 * 《X》，现印发给你们), or an approval (《X》已经市政府同意，现印发给你们).
 */
const BEFORE_VERB = /^[，,]?(?:已?经[^，。；]{1,24}?(?:同意|通过|审议|研究)[，,]?)?(?:现|特|现予|予以)?(?:将其)?$/;
/** Words of a clause that cites its basis (根据《A》…), not the document it issues. */
const BASIS = new RegExp(CITING_WORDS.join('|'));

/**
 * The citations the issuing paragraph issues, in order: the last 《X》 before the issuing verb, with
 * at most BEFORE_VERB between, in a clause that does not cite a basis, and the 《》 side by side
 * before it (《A》《B》《C》已经市政府同意，现印发给你们: one notice issuing several documents). A
 * sentence that names its basis only (根据《A》，我们制定了本办法，现印发给你们) has none.
 */
function issuedCitations(p: Paragraph, cites: Citation[]): Citation[] | undefined {
  const outside = outsideTitles(p.text);
  const verb = outside.search(ISSUING_VERB);
  if (verb < 0) return undefined;
  let last: { c: Citation; from: number; to: number } | undefined;
  for (const c of cites) {
    const from = indexAt(p, c.title.start) - 1;
    // A forwarded document is cited with its number (现将《X》（鲁政办字〔2025〕9号）转发给你们): after it.
    const to = c.number ? indexAt(p, c.end) : indexAt(p, c.title.end) + 1;
    if (from >= 0 && to <= verb && (!last || to > last.to)) last = { c, from, to };
  }
  if (!last || !BEFORE_VERB.test(p.text.slice(last.to, verb).replace(/[\s\u3000]+/g, ''))) return undefined;
  // 《A》《B》《C》已经市政府同意，现印发给你们: one notice issuing several documents, none of them
  // the title's whole X. The run is read back from the last, each joined to the next by 、 or 和 at most.
  const run = [last.c];
  let from = last.from;
  for (;;) {
    const prev = cites.find((c) => !run.includes(c) && indexAt(p, c.title.end) + 1 <= from && /^[、，,和及与\s\u3000]*$/.test(p.text.slice(indexAt(p, c.title.end) + 1, from)));
    if (!prev) break;
    run.unshift(prev);
    from = indexAt(p, prev.title.start) - 1;
  }
  // The clause before the first 《X》 (since the last ，。；：): 我们制定了, 现将, not 根据…和.
  const clause = outside.slice(0, from).split(/[，,。；;：:]/).pop() ?? '';
  return BASIS.test(clause) ? undefined : run;
}

/**
 * A notice issuing several documents (《A》《B》《C》已经市政府同意，现印发给你们) prints each after it,
 * under its own heading. The parser opens an attached document at a heading the body names, so a
 * body title with no heading of its name leaves one titled paragraph among the attached documents
 * that opens none: when exactly one body title and one such heading are left, the body title is
 * the slip (probe17: 《聊城市促进汽车消费若干政策》 over the heading 聊城市促进汽车消费若干措施).
 */
function severalIssued(ctx: RuleContext, p: Paragraph, run: Citation[]): void {
  const { doc } = ctx;
  const first = doc.attachments[0]?.start;
  if (first === undefined || run.some((c) => ctx.source.text[c.title.end] !== '》')) return;
  const heads = new Set(doc.attachments.map((a) => a.title && normalizeTitle(a.title.text)));
  const odd = run.filter((c) => !heads.has(normalizeTitle(c.title.text)));
  if (odd.length !== 1 || doc.attachments.length !== run.length - 1) return;
  const opens = new Set(doc.attachments.map((a) => a.title?.start));
  const left = doc.paragraphs.filter((q) => q.start > first && !opens.has(q.start) && isTitleLike(q) && TITLE_END.test(q.text));
  if (left.length !== 1) return;
  const c = odd[0];
  const head = left[0].text.replace(/[\s\u3000]+/g, '');
  const want = head.replace(/《/g, '〈').replace(/》/g, '〉');
  const a = indexAt(p, c.title.start);
  const b = indexAt(p, c.title.end);
  const fix = textFix(ctx.source.text, { start: c.title.start, end: c.title.end, text: p.text.slice(a, b), offsets: p.map.slice(a, b) }, want);
  ctx.report({
    start: c.start, end: c.title.end + 1,
    message: `正文所印发的《${c.title.text}》不是所附任何文件的标题：通知印发几份文件，其后就附几份，正文所列与所附文件的标题逐字一致；所附文件中只有“${head}”未被正文列出，应为《${want}》。`,
    suggestions: [{ desc: `改为《${want}》`, fix }],
  });
}

export const issuedTitle: Rule = {
  id: 'cross-ref/issued-title',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '印发通知正文中的《X》须与通知标题“关于印发X的通知”及所附文件的标题一致，所附文件的标题不加书名号；令中“《X》已经……通过，现予公布”的X须与其后规章的标题一致。',
      en: 'In a 印发 notice, the 《X》 of the body must match the notice title and the attached document\'s heading, which takes no 《》; in a 令, the 《X》 it promulgates (现予公布) must be the title of the regulation printed after it.',
    },
    why: '印发通知的标题、正文与所印发文件的标题指向同一份文件，三者不一致会造成引用混乱（语料中三者逐字一致）。',
    bad: '关于印发聊城市公园城市建设实施方案的通知\n\n各县（市、区）人民政府：\n    现将《聊城市公园建设实施方案》印发给你们，请认真贯彻执行。',
    good: '关于印发聊城市公园城市建设实施方案的通知\n\n各县（市、区）人民政府：\n    现将《聊城市公园城市建设实施方案》印发给你们，请认真贯彻执行。',
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.type === '令') {
      decreeTitle(ctx);
      return;
    }
    if (doc.type !== '印发通知' || !doc.title) return;
    const parts = issuedParts(doc.title.text);
    if (!parts) return;
    const { verb, x } = parts;
    // The title as written around X: 关于 only where it has one (聊城市人民政府办公室转发市财政局关于…的通知 has none).
    const about = /关于(?:印发|转发|批转)/.test(doc.title.text.replace(/[\s\u3000]+/g, '')) ? '关于' : '';
    const heading = doc.attachments[0]?.title;
    // The attached document's heading is its title, not a citation of it: no 书名号 (《X》 as a heading).
    if (heading && /^《[^《》]+》$/.test(heading.text) && namesIssued(normalizeTitle(x), normalizeTitle(heading.text.slice(1, -1))) && ctx.source.text.slice(heading.start, heading.end) === heading.text) {
      ctx.report({
        start: heading.start, end: heading.end,
        message: `所附文件的标题不加书名号（它单独成行，是文件的标题，不是对文件的引用）：应为“${heading.text.slice(1, -1)}”。`,
        fix: { range: [heading.start, heading.end], text: heading.text.slice(1, -1) },
      });
    }
    const bodyEnd = doc.signature?.start ?? doc.date?.start ?? doc.attachments[0]?.start ?? doc.end;
    // The notice paragraph, with exactly one citation.
    const pi = issuingParagraph(doc, bodyEnd);
    if (pi < 0) return;
    const p = doc.paragraphs[pi];
    // Titles with a number are cited documents; of the others, the one the verb issues. A 转发 or
    // 批转 passes on a document already issued, cited with its number (probe16).
    const run = issuedCitations(p, doc.citations.filter((x) => x.paragraph === pi && (!x.number || verb !== '印发')));
    if (run && run.length > 1 && verb === '印发') severalIssued(ctx, p, run);
    const c = run?.length === 1 ? run[0] : undefined;
    if (!c) return;
    if (ctx.source.text[c.title.end] !== '》') return;
    // A notice that names what it forwards by its number (关于转发鲁政办字〔2025〕9号文件的通知) is not compared by title.
    if (c.number && /[〔\[（(]\s*\d{4}\s*[〕\]）)]/.test(x)) return;
    const nx = normalizeTitle(x);
    const nb = normalizeTitle(c.title.text);
    const head = doc.attachments[0]?.title;
    const headOk = head && head.text.length <= 80 && TITLE_END.test(head.text) && !/[。；]/.test(head.text);
    const nh = headOk ? normalizeTitle(head!.text) : undefined;
    // A forwarded 通知 shares the notice's 的通知 (关于转发市财政局关于…监管的通知 forwards 市财政局《关于…监管的通知》).
    const forwarded = (b: string) => verb !== '印发' && b.endsWith('的通知');
    // A 转发 title abridges what it forwards: the drafter's short name (省政府办公厅 for 山东省人民政府办公厅)
    // and a 的 dropped (…工作意见的通知 for 《…工作的意见》): from 关于 on, the words but 的 are the same.
    const core = (t: string) => { const i = t.indexOf('关于'); return i < 0 ? undefined : t.slice(i).replace(/的/g, ''); };
    const abridged = (a: string, b: string) => verb !== '印发' && core(a) !== undefined && (core(a) === core(b) || (forwarded(b) && core(a) === core(b.slice(0, -3))));
    const names = (a: string, b: string) => namesIssued(a, b) || (forwarded(b) && namesIssued(a, b.slice(0, -3))) || abridged(a, b);
    // Cited so (its drafter named outside the 《》), the title is expected in the same form.
    const own = forwarded(nb) && c.title.text.startsWith('关于') && x.includes('关于') ? `${x.slice(x.indexOf('关于'))}的通知` : x;
    const expectedBody = own.replace(/《/g, '〈').replace(/》/g, '〉');
    // The title expected from the body's 《X》: a forwarded 通知 keeps its drafter and shares its 的通知.
    const expectedTitle = forwarded(nb) && c.title.text.startsWith('关于') && x.includes('关于')
      ? `${about}${verb}${x.slice(0, x.indexOf('关于'))}${c.title.text}`
      : `${about}${verb}${c.title.text}的通知`;
    if (!names(nx, nb)) {
      if (nh === nb) {
        // Body and heading agree: the notice's title is the odd one out.
        ctx.report({
          start: doc.title.start, end: doc.title.end,
          message: `印发通知的标题所称“${x}”与正文《${c.title.text}》及所附文件标题不一致（三者指同一份文件，应逐字一致）：应为“${expectedTitle}”。`,
        });
        return;
      }
      const a = indexAt(p, c.title.start);
      const b = indexAt(p, c.title.end);
      const cur = p.text.slice(a, b);
      const fix = cur === expectedBody ? undefined
        : textFix(ctx.source.text, { start: c.title.start, end: c.title.end, text: cur, offsets: p.map.slice(a, b) }, expectedBody);
      ctx.report({
        start: c.start, end: c.title.end + 1,
        message: `正文所${verb}的《${c.title.text}》与通知标题“${about}${verb}${x}的通知”不一致${nh === nx ? '（所附文件标题也是《' + x + '》）' : ''}；通知标题与所印发文件的标题指同一份文件，应逐字一致：应为《${expectedBody}》。`,
        ...(fix && nh === nx ? { fix } : {}),
        ...(fix && nh !== nx ? { suggestions: [{ desc: `改为《${expectedBody}》`, fix }] } : {}),
      });
      return;
    }
    if (nh !== undefined && !names(nx, nh) && nh !== nb && head) {
      ctx.report({
        start: head.start, end: head.end,
        message: `所附文件的标题“${head.text}”与通知标题及正文所称《${x}》不一致（三者指同一份文件，应逐字一致）：应为“${x}”。`,
      });
    }
  },
};

/**
 * A 令 promulgates the text printed after it: the 《X》 of its 现予公布 sentence is that text's
 * title (《聊城市城市绿化管理办法》已经…通过，现予公布 over 聊城市城市绿化管理办法).
 */
function decreeTitle(ctx: RuleContext): void {
  const { doc } = ctx;
  const head = doc.attachments[0]?.title ?? doc.title;
  if (!head || head.text.length > 80 || /[。；]/.test(head.text)) return;
  const pi = doc.paragraphs.findIndex((p) => p.start < head.start && /现予(?:公布|发布)|予以公布/.test(p.text));
  if (pi < 0) return;
  const cited = doc.citations.filter((c) => c.paragraph === pi && !c.number);
  // One text promulgated, cited first in its sentence; several (《A》《B》) are not judged.
  if (cited.length !== 1 || ctx.source.text[cited[0].title.end] !== '》') return;
  const c = cited[0];
  if (normalizeTitle(c.title.text) === normalizeTitle(head.text)) return;
  ctx.report({
    start: c.start, end: c.title.end + 1,
    message: `令所公布的《${c.title.text}》与其后规章的标题“${head.text.replace(/\s+/g, '')}”不一致：两处应为同一标题，请核对。`,
  });
}
