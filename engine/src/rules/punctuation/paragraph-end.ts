// punctuation/paragraph-end: a paragraph of running text that stops without its closing mark right
// before the next numbered item (为…，结合我市实际，制定本方案 ⏎ 一、总体要求; 1. 加快项目建设。统筹推进…
// 组织实施 ⏎ 2. …): its 。 (or the ： that introduces the list) was deleted with the words after
// it, or never typed. Every such paragraph of the corpus closes with 。；：！？, a bracket (a 牵头单位
// block) or a quotation mark; what ends bare there is a heading (一、总体要求, 一、坚持问题导向，强化
// 精准施策), a title or a heading without a marker. So a paragraph is judged only where it is a
// sentence: after its marker it holds a 。 or ；, or, with no marker, a ， and is longer than any
// heading. Not a 牵头单位 block (lead-unit's, bracketed or bare), not a table's row nor before a bare-numbered one (1　聊城市…, a table's or list's) and not in extraction
// noise, page continuations or the text printed in them. No fix: 。 or ： the text cannot say. And
// anywhere, the sentence that states when the text takes effect (本办法自2025年2月1日起施行) left without
// its 。 at its paragraph's end, and a 印发 notice's closing request (…印发给你们，请认真组织实施): whole
// statements, given their 。.
import type { Rule, RuleContext } from '../types';
import { overlaps } from '../spans';

/** A closing mark, a bracket or quotation mark that ends a block or a quotation, or an ellipsis or dash. */
const CLOSED = /[。；：！？;:!?）)”」』》\]】〕…—]$/;
/** A paragraph ending in a character that may end a sentence's last word (not a mark of its own). */
const OPEN_END = /[\u4e00-\u9fa5\dA-Za-z%％]$/;
/** A paragraph that is a 牵头单位 block's role line printed bare (责任单位：…). */
const ROLE_LINE = /^[（(]?(?:牵头|配合|责任|负责|参与|协同)单位[：:]/;
/** A role's label alone on its line, its units on the next (牵头单位：). */
const ROLE_LABEL = /单位[：:]$/;
/**
 * A paragraph whose last clause is a contact's label and value (联系电话：0635-8456789, 电子邮箱：a@163.com,
 * 报名网址：http://…, 联系人：王伟): a notice's contact line, printed without a closing mark.
 */
const CONTACT_TAIL = /(?:^|[。；;，,\s\u3000])[\u4e00-\u9fa5]{1,8}[：:][\s\u3000]*(?:[0-9A-Za-z][!-~\s\u3000（）]*|[\u4e00-\u9fa5]{2,4})$/;
/** The labels of CONTACT_TAIL whose value may be a name (联系人：王伟). */
const CONTACT_NAME = /联系人[：:][\s\u3000]*[\u4e00-\u9fa5]{2,4}$/;
/** A person's particulars (张建国，男，汉族，1978年5月生，…，拟任…): a line of a 公示 or a roster, printed bare. */
const PARTICULARS = /^[\s\u3000]*[\u4e00-\u9fa5]{2,4}[，,]\s*[男女][，,]/;
/** A 名单 of units joined by ， (东昌府区应急管理局，临清市应急管理局，…): each part a body's name. */
const UNIT_NAME = /(?:局|委|办|院|校|中心|公司|集团|会|站|所|队|部|厅|处|科|室|镇|街道|乡|村|社区|馆|行|社|园|厂|场|团|组)$/;
/** A table's note or source line (注：本表数据截至…，…; 数据来源：…), printed under the table without its mark. */
const NOTE_LINE = /^[\s\u3000]*(?:注|备注|数据来源|资料来源)\s*[：:]/;
/** Levels of the numbered items: 一、 （一） 1. （1） ①, 第X章 第X节 第X条. */
const ITEM_LEVELS = new Set([1, 2, 3, 4, 5, 10, 11, 12]);
/** Shortest run of text with no marker that is a sentence, not a heading (坚持党建引领，推动高质量发展). */
const SENTENCE_LENGTH = 25;

export const paragraphEnd: Rule = {
  id: 'punctuation/paragraph-end',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '一段正文（含句子）紧接下一个编号项（一、 （一） 1. 第X条等）时，段末应有句末标点（。或引出下文的：等）；以文字结尾的，多是删改时漏掉了标点。标题、小标题、无编号的标题行、表格行不查。施行日期的句子（本办法自…起施行）、印发通知的结束语（现印发给你们，请认真组织实施）在段末缺少句号的，一律报告并补“。”。',
      en: 'A paragraph of running text (a sentence) right before the next numbered item (一、 （一） 1. 第X条) ends with its closing mark (。, or the ： introducing a list); one ending in a word has lost its mark in an edit. Titles, headings, unnumbered heading lines and table rows are not checked. The sentence stating when the text takes effect (本办法自…起施行) and a 印发 notice’s closing request (现印发给你们，请认真组织实施) ending their paragraph without 。 are always reported and given their 。.',
    },
    why: 'GB/T 15834—2011《标点符号用法》：陈述句末尾用句号；段落以文字结尾，句子不完整，且与下一项的界限不清。',
    bad: '为进一步做好防汛工作，确保全市安全度汛，结合我市实际，制定本方案\n一、总体要求',
    good: '为进一步做好防汛工作，确保全市安全度汛，结合我市实际，制定本方案。\n一、总体要求',
    test: {
      bad: sample(''),
      good: sample('。'),
    },
  },
  check(ctx) {
    const { doc } = ctx;
    wholeStatementEnds(ctx);
    const items = doc.items;
    if (items.length === 0) return;
    const byParagraph = new Map<number, number>();
    for (let k = 0; k < items.length; k++) byParagraph.set(items[k].paragraph, k);
    for (const next of items) {
      if (!ITEM_LEVELS.has(next.level) || !/[、.．）)]$|^第|^[①-⑳]/.test(next.marker)) continue;
      const k = next.paragraph - 1;
      const p = doc.paragraphs[k];
      if (!p || CLOSED.test(p.text) || !OPEN_END.test(p.text)) continue;
      const own = byParagraph.get(k);
      const body = own === undefined ? p.text : p.text.slice(items[own].marker.length);
      // A sentence: a 。 or ； after the marker (an item's heading holds none), or a long run with a ，.
      const sentence = /[。；]/.test(body) || (own === undefined && body.includes('，') && body.length >= SENTENCE_LENGTH);
      if (!sentence) continue;
      // A 名单 of units printed as a paragraph (…应急管理局，…应急管理局，…): a list, not a sentence.
      if (own === undefined && !/[。；]/.test(body)) {
        const parts = body.split(/[，,]/);
        if (parts.length >= 3 && parts.every((x) => UNIT_NAME.test(x))) continue;
      }
      // A contact line (…报送。联系人：王伟；联系电话：0635-8456789), a person's particulars (张建国，男，…)
      // or a table's note (注：本表数据截至…).
      const contact = CONTACT_TAIL.exec(body);
      if ((contact && (/[0-9A-Za-z]/.test(contact[0].slice(-1)) || CONTACT_NAME.test(body))) || PARTICULARS.test(body) || NOTE_LINE.test(body)) continue;
      const at = p.map[p.text.length - 1];
      if (ctx.source.text[at] !== p.text[p.text.length - 1]) continue;
      // A 牵头单位 block, bracketed or printed bare as its own line (责任单位：市民政局，各县（市、区）人民
      // 政府、市属开发区管委会), or one whose ） a slip dropped: lead-unit's.
      // Its units on a line of their own under the role's label (牵头单位： ⏎ 市委宣传部、市文化和旅游局).
      if (overlaps(doc.blocks, at, at + 1) || ROLE_LINE.test(p.text) || ROLE_LABEL.test(doc.paragraphs[k - 1]?.text ?? '')) continue;
      // A table's row (its cells split by tabs): a cell ends bare.
      if (ctx.source.text.slice(p.start, p.end).includes('\t')) continue;
      const nextP = doc.paragraphs[next.paragraph];
      const span = { start: p.start, end: nextP ? nextP.start + 1 : p.end };
      if (overlaps(doc.noise, span.start, span.end) || overlaps(doc.hosted, span.start, span.end) || overlaps(doc.continuations, span.start, span.end)) continue;
      ctx.report({
        start: at, end: at + 1,
        message: `段末缺少标点：此段以“${p.text.slice(-4)}”结尾，紧接下一项“${next.marker}”（句子到此结束应加“。”，引出下文的加“：”；多是删改时漏掉）。`,
      });
    }
  },
};

/**
 * The sentence that states when the text takes effect (本办法自2025年2月1日起施行, …，有效期至2030年1月31日;
 * 自印发之日起实施), the last of its paragraph with no mark after it. Wherever it stands (the last article, the
 * last paragraph before the 署名) it is a whole statement: its 。 is sure. Each of the corpus's 14 ends with 。.
 */
const EFFECTIVE_END = /(?:本[\u4e00-\u9fa5]{1,8}|[，,])自[^。；：“”]{2,30}起(?:施行|实施|执行)(?:[，,]有效期[^。；：“”]{1,30})?$/;

/**
 * A 印发 notice's closing request (现将《…》印发给你们，请认真组织实施; …已经市政府同意，现印发给你们，请结合实际认真
 * 贯彻执行), whole to its last verb. An extraction that lost the notice's last line leaves it cut short
 * (请认真贯彻, 请结合实际认真, the corpus's truncated closings), never at the verb: a line never starts
 * with a 。 (标点不居行首), so a 。 lost with its line takes the verb's last character with it.
 */
const REQUEST_END = /(?:印发|转发)给你们[，。]请[^。；：“”]{0,16}(?:执行|实施|落实)$/;

/** The text after a paragraph's last character: a mark that goes on with its sentence, after spaces and line breaks. */
const GOES_ON = /^[\s\u3000]*[，,。.；;：:、）)”’]/;

function wholeStatementEnds(ctx: RuleContext): void {
  const { doc } = ctx;
  for (const p of doc.paragraphs) {
    const t = p.text;
    // Cheap test first: the paragraph ends in 施行, 实施 or 执行, or has 有效期 near its end.
    if (!(t.endsWith('施行') || t.endsWith('实施') || t.endsWith('执行') || t.endsWith('落实') || t.lastIndexOf('有效期') > t.length - 30)) continue;
    if (!OPEN_END.test(t)) continue;
    const tail = t.length > 80 ? t.slice(-80) : t;
    const m = EFFECTIVE_END.exec(tail);
    const request = m ? null : REQUEST_END.exec(tail);
    if (!m && !request) continue;
    // Quoted: another text's words (将第二十条修改为：“本办法自…起施行), its quotation cut by a wrap or a slip.
    if (t.lastIndexOf('“') > t.lastIndexOf('”')) continue;
    const at = p.map[t.length - 1];
    if (ctx.source.text[at] !== t[t.length - 1]) continue;
    // The sentence goes on on the next line, whose mark the parser did not join (施行 ⏎ ,有效期至…: a
    // wrapped line opening a page of half-width marks).
    if (GOES_ON.test(ctx.source.text.slice(at + 1, at + 12))) continue;
    if (overlaps(doc.noise, p.start, p.end + 1) || overlaps(doc.hosted, p.start, p.end + 1) || overlaps(doc.continuations, p.start, p.end + 1)) continue;
    ctx.report({
      start: at, end: at + 1,
      message: m
        ? `段末缺少句号：施行日期的句子“${m[0].slice(m[0].indexOf('自'))}”到此结束，应加“。”（多是删改时漏掉）。`
        : `段末缺少句号：印发通知的结束语“${request![0].slice(request![0].indexOf('请'))}”到此结束，应加“。”（多是删改时漏掉）。`,
      fix: { range: [at + 1, at + 1], text: '。' },
    });
  }
}

/** A 实施方案 whose opening paragraph ends with `mark`. */
function sample(mark: string): string {
  return ['聊城市人民政府办公室', '', '聊政办字〔2025〕9号', '', '聊城市人民政府办公室关于印发聊城市防汛工作方案的通知', '',
    '各县（市、区）人民政府，市政府各部门：', '',
    `为进一步做好防汛工作，确保全市安全度汛，结合我市实际，制定本方案${mark}`, '', '一、总体要求', '',
    '坚持人民至上、生命至上，统筹发展和安全。', '', '二、工作措施', '', '加强监测预警，及时发布预警信息。', '',
    '聊城市人民政府办公室', '2025年6月3日', ''].join('\n');
}
