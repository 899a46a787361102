// structure/missing-recipient: a 通知, a 印发 notice, a 通报 or a 批复 is addressed: its 主送机关 stands
// under the title (GB/T 9704 7.3.2). A draft whose body opens right under the title has none.
// Drafts only, as structure/missing-date: an extracted issue moves body text into the 主送 line
// and back (NOTES: extraction noise). A first line that reads as recipients without their colon is
// structure/main-recipient-colon's.
import type { Rule } from '../types';

const WHY = 'GB/T 9704—2012 第7.3.2条：主送机关编排于标题下空一行位置，居左顶格';
/** Types that always name their recipients (公告, 通告, 令, 决议, 纪要 and 大事记 name none): a notice,
 * a 通报 and a 批复 their addressees, a 请示, 报告 or 议案 the superior body it goes up to, a 函 the body it writes to. */
const ADDRESSED = new Set(['通知', '印发通知', '批复', '通报', '请示', '报告', '函', '议案']);
/** What the recipient line of each kind looks like. */
const EXAMPLE: Record<string, string> = {
  请示: '省人民政府：', 报告: '省人民政府：', 议案: '聊城市人民代表大会常务委员会：', 函: '省体育局：',
};
/** A first line that names recipients (各…, …人民政府, …部门) though its colon is missing. */
const RECIPIENT_LIKE = /^各|(?:人民政府|管委会|委员会|部门|单位|机构|办公室|办公厅|局|委)[，、,：:。]?$/;
/** A 主送： line in the 版记, where recipients too many for the first page go. */
const BANJI_RECIPIENTS = /(?:^|\n)[ \t\u3000]*主[ \u3000]*送[：:]/;

export const missingRecipient: Rule = {
  id: 'structure/missing-recipient',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '通知（含印发通知）、通报、批复、请示、报告、函、议案应在标题下写主送机关，以全角冒号结尾；正文不能紧接标题开始。',
      en: 'A notice (a 印发 notice too), a 通报, a 批复, 请示, 报告, 函 or 议案 names its recipients under the title, ending with a colon; the body does not start right under the title.',
    },
    why: WHY + '；通知、通报、批复是有明确受文对象的下行文，请示、报告、议案主送上级机关，函主送受文机关。',
    bad: '聊城市人民政府办公室关于做好防汛工作的通知\n\n现就有关事项通知如下。',
    good: '聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现就有关事项通知如下。',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n现就有关事项通知如下。\n\n聊城市人民政府办公室\n2025年6月3日\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现就有关事项通知如下。\n\n聊城市人民政府办公室\n2025年6月3日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (ctx.mode !== 'draft' || doc.mainRecipient || !doc.title || !doc.number || !ADDRESSED.has(doc.type)) return;
    const first = doc.paragraphs[0];
    // Nothing after the title, the signature right under it, or recipients without their colon.
    if (!first || first.start < doc.title.end || (doc.signature && first.start >= doc.signature.start)) return;
    // A line ending in a colon is a 主送 the parser did not take (a list of forty bodies is longer
    // than it reads as one), or a body that opens with 现通知如下：.
    if (/[：:]$/.test(first.text) || RECIPIENT_LIKE.test(first.text) || first.text.length < 8) return;
    // Recipients too many for the first page are moved to the 版记, on a 主送： line (GB/T 9704 7.3.2).
    const after = doc.date?.end ?? doc.signature?.end;
    if (after !== undefined && BANJI_RECIPIENTS.test(ctx.source.text.slice(after, doc.end))) return;
    ctx.report({
      start: doc.title.start, end: doc.title.end,
      message: `${doc.type === '印发通知' ? '通知' : doc.type}缺少主送机关（${WHY}）：应在标题下一行顶格写主送机关，以全角冒号结尾，如“${EXAMPLE[doc.type] ?? '各县（市、区）人民政府，市政府各部门：'}”。`,
    });
  },
};
