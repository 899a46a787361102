// structure/closing-doctype: the closing formula names the document's own 文种: a 通知 ends
// 特此通知, a 通报 特此通报, a 批复 此复 (or 特此批复), a 函 特此函告/函复. A drafter who starts a
// 批复 or a 通报 from a notice keeps its 特此通知, which tells the reader the wrong kind of
// document. A 复函 answers (特此函复, 此复); a 纪要 and a 议案 take no 特此… at all. Only the body
// before the signature is read: an attached text has its own kind. The phrase that opens an
// answer's items names the kind too: a 批复 says 现批复如下, a 函 or 复函 现函复如下; the other
// kind's phrase there is the same slip as its closing.
import type { Rule } from '../types';
import { overlaps } from '../spans';
import { bodyEnd } from './body';
import { quoted } from '../running-text';
import { spanIn } from '../../parse/paragraphs';

/** The 文种 a title ends in (a 复函 before a 函; a 纪要's title has no 的: 市政府常务会议纪要). */
const TITLE_KIND = /(?:的(通知|通报|批复|复函|函|公告|通告|报告|请示|议案)|(纪要))$/;
/** A closing formula ending the body's paragraph: 特此通知。, 此复。, 特此函告。 */
const CLOSING = /(?:^|[。！])(特此(通知|通报|批复|函告|函复|公告|通告|报告|请示)|此复)。?$/;
/** The phrase opening an answer's items (经研究，现批复如下：): 批复 or 函复. */
const ANSWER_ALL = /现(批复|函复)如下/g;
/** The answer phrase each kind takes. */
const ANSWER_OF: Record<string, string> = { 批复: '批复', 函: '函复', 复函: '函复' };

/** The closings each kind may use. */
const ALLOWED: Record<string, string[]> = {
  通知: ['特此通知'],
  通报: ['特此通报'],
  批复: ['此复', '特此批复'],
  // A 函 titled 关于同意…的函 may answer a request: 此复 and 特此函复 are not judged there.
  函: ['特此函告', '特此函复', '此复'],
  // A 复函 answers a letter: it does not 函告 (inform unasked), nor 批复 or 通知.
  复函: ['特此函复', '此复'],
  // 公告 and 通告 are close kinds, and a 通告 closing 特此公告 is common enough not to be judged.
  公告: ['特此公告', '特此通告'],
  通告: ['特此通告', '特此公告'],
  报告: ['特此报告'],
  请示: ['特此请示'],
  // A 议案 closes by asking for deliberation (请予审议), a 纪要 with no formula: no 特此X fits either.
  议案: [],
  纪要: [],
};

export const closingDoctype: Rule = {
  id: 'structure/closing-doctype',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '结束语与文种一致：通知写“特此通知”，通报写“特此通报”，批复写“此复”或“特此批复”，函写“特此函告”“特此函复”，复函写“特此函复”或“此复”，公告、通告写“特此公告”“特此通告”；批复、通报中不写“特此通知”，纪要、议案不用“特此……”结束语。答复的引语也与文种一致：批复写“现批复如下”，函、复函写“现函复如下”。',
      en: 'The closing formula names the document’s own kind: 特此通知 in a 通知, 特此通报 in a 通报, 此复 or 特此批复 in a 批复, 特此函告/特此函复 in a 函, 特此函复 or 此复 in a 复函, 特此公告/特此通告 in a 公告 or 通告; a 批复 or 通报 does not close with 特此通知, and a 纪要 or 议案 takes no 特此… formula. So does the phrase opening an answer: 现批复如下 in a 批复, 现函复如下 in a 函 or 复函.',
    },
    why: '结束语指明本文的文种，与标题文种不一致，常见于套用其他文种的草稿，读者会误解行文性质（GB/T 9704—2012 第7.3.1条：文种在标题中标明）。',
    bad: '聊城市人民政府关于同意设立聊城东昌湖市级湿地公园的批复\n\n……\n\n特此通知。',
    good: '聊城市人民政府关于同意设立聊城东昌湖市级湿地公园的批复\n\n……\n\n此复。',
    test: {
      bad: '聊城市人民政府\n\n聊政字〔2025〕31号\n\n聊城市人民政府关于同意设立聊城东昌湖市级湿地公园的批复\n\n市自然资源和规划局：\n\n你局《关于设立聊城东昌湖市级湿地公园的请示》（聊自然资规字〔2025〕46号）收悉。经研究，同意设立聊城东昌湖市级湿地公园。\n\n特此通知。\n\n聊城市人民政府\n\n2025年9月18日\n',
      good: '聊城市人民政府\n\n聊政字〔2025〕31号\n\n聊城市人民政府关于同意设立聊城东昌湖市级湿地公园的批复\n\n市自然资源和规划局：\n\n你局《关于设立聊城东昌湖市级湿地公园的请示》（聊自然资规字〔2025〕46号）收悉。经研究，同意设立聊城东昌湖市级湿地公园。\n\n此复。\n\n聊城市人民政府\n\n2025年9月18日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const m0 = doc.title && TITLE_KIND.exec(doc.title.text.replace(/[\s\u3000]+/g, ''));
    // A numbered 公告 or 通告 (聊城市人民政府公告 / 〔2025〕第3号) may print no title: its number names its kind.
    const kind = m0 ? m0[1] ?? m0[2] : !doc.title && doc.number?.isNotice ? doc.type : undefined;
    if (!kind) return;
    // The body: after the title (or the number), before the signature and any attached text.
    const from = doc.title?.end ?? doc.number!.end;
    const to = bodyEnd(doc);
    for (const p of doc.paragraphs) {
      if (p.start < from || p.start >= to) continue;
      if (ANSWER_OF[kind] && p.text.indexOf('如下') >= 0) answerPhrase(ctx, p, kind);
      // Cheap test first: a closing holds 此.
      if (p.text.indexOf('此') < 0) continue;
      const m = CLOSING.exec(p.text.trimEnd());
      if (!m || ALLOWED[kind].includes(m[1])) continue;
      if (overlaps(doc.hosted, p.start, p.end) || overlaps(doc.noise, p.start, p.end) || overlaps(doc.continuations, p.start, p.end)) continue;
      const at = m.index! + (m[0].startsWith(m[1]) ? 0 : 1);
      const span = spanIn(p, at, at + m[1].length);
      // 特此通知 kept from a notice the draft was started from: the closing is what is wrong. Any
      // other mismatch (此复 under a title that says 请示) may be the title's: no fix then.
      const copied = m[1] === '特此通知';
      ctx.report({
        ...span,
        message: ALLOWED[kind].length
          ? `结束语“${m[1]}”与文种不符：本文${doc.title ? '标题' : '发文字号'}的文种是${kind}，结束语应为“${ALLOWED[kind].join('”或“')}”${copied ? '' : '；若结束语无误，请核对标题的文种'}。`
          : `结束语“${m[1]}”与文种不符：本文标题的文种是${kind}，${kind === '议案' ? '议案以“请予审议”一类的提请语结束' : '纪要记载议定事项，不用“特此……”结束语'}，应删去“${m[1]}”${copied ? '' : '；若结束语无误，请核对标题的文种'}。`,
        ...(copied && ALLOWED[kind].length ? { fix: { range: [span.start, span.end] as [number, number], text: ALLOWED[kind][0] } } : {}),
      });
    }
  },
};

/** 现批复如下 in a 函 or 复函, 现函复如下 in a 批复: the other kind's answer phrase. */
function answerPhrase(ctx: Parameters<Rule['check']>[0], p: { text: string; map: number[]; start: number; end: number }, kind: string): void {
  const { doc } = ctx;
  const want = ANSWER_OF[kind];
  // Not one quoted from another document (《…的批复》中“现批复如下”后列明的要求): its words, not this text's.
  const m = [...p.text.matchAll(ANSWER_ALL)].find((a) => !quoted(p.text, a.index!));
  if (!m || m[1] === want) return;
  if (overlaps(doc.hosted, p.start, p.end) || overlaps(doc.noise, p.start, p.end) || overlaps(doc.continuations, p.start, p.end)) return;
  const at = m.index! + 1;
  const start = p.map[at];
  const end = p.map[at + 1] + 1;
  if (end - start !== 2) return;
  ctx.report({
    start, end,
    message: `“现${m[1]}如下”与文种不符：本文标题的文种是${kind}，应为“现${want}如下”（${kind === '批复' ? '批复答复下级机关的请示' : '函用于不相隶属机关之间商洽工作、答复问题'}）；若此处无误，请核对标题的文种。`,
    // The title may be the slip as well: a suggestion, as for closings other than 特此通知.
    suggestions: [{ desc: `改为“现${want}如下”`, fix: { range: [start, end], text: want } }],
  });
}
