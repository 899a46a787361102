// numbering/circled-sequence: an enumeration inside a paragraph with circled numbers (主要任务：①…；②…；
// ③…) counts ①, ②, ③ from ①. A paragraph opening with ① is an item of the numbering hierarchy, judged
// by numbering/sequence; here only the markers after a clause mark (：；，。 or an opening bracket or
// quote) count, so a footnote mark after a word (增长8%①) is none. A ① starts a new run (一是：①…②…；
// 二是：①…②…), a run that does not start at ① is not judged (it may go on from another paragraph).
import type { Rule } from '../types';
import { overlaps } from '../spans';
import { spanIn } from '../../parse/paragraphs';

/** ① … ⑳ (U+2460–U+2473): values 1–20. */
const CIRCLED = /[\u2460-\u2473]/g;
const ANY_CIRCLED = /[\u2460-\u2473]/;
/** Marks after which a clause, and so an enumeration's item, starts (both widths). */
const CLAUSE_OPENERS = new Set('：:；;，,。（(“‘—');
/** A circled number naming an earlier item, not opening one: after 其中， (重点检查：①…；③…。其中，③由…)
 * or before a word that names the item (③项, ③类, ③所列, ③中的, ③的, ①、③): redteam8. */
const REFERS_BEFORE = /其中[，,]$/;
const REFERS_AFTER = /^(?:项|类|所列|中|的|[、和及与])/;
const WHY = '“①……②……③……”式列举的序号应从“①”起依次递增，不跳号、不重复、不倒退';

const circled = (value: number) => String.fromCharCode(0x245f + value);

export const circledSequence: Rule = {
  id: 'numbering/circled-sequence',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '段落内用带圈数字列举（“主要任务：①……；②……；③……”）时，序号应从“①”起依次递增，不跳号、不重复、不倒退。只判断句中标点（：；，。或左括号、左引号）之后的带圈数字：段首的“①”属层次序号，由 numbering/sequence 检查；紧跟词语的带圈数字（如注释标记“增长8%①”）不判断。再次出现“①”即开始新的列举；不从“①”开始的列举不判断；称引上文已列项目的（“其中，③由……”“①、③项”）和引号中的符号（“标注“③”的为新增指标”）不判断。',
      en: 'An enumeration with circled numbers inside a paragraph (主要任务：①……；②……；③……) counts from ① without skipping, repeating or going back. Only a circled number after a clause mark (：；，。 or an opening bracket or quote) counts: a paragraph opening with ① is an item of the hierarchy (numbering/sequence), a circled number right after a word (a footnote mark, 增长8%①) is none. A new ① starts a new run; a run not starting at ① is not judged, nor an earlier item named again (其中，③由…, ①、③项) or a symbol in quotation marks (标注“③”的为新增指标).',
    },
    why: WHY + '（与 GB/T 9704—2012 第7.3.3条层次序数同理）；跳号、重号多是增删内容后漏改。',
    bad: '重点做好三项工作：①摸清底数；②建立台账；④跟踪问效。',
    good: '重点做好三项工作：①摸清底数；②建立台账；③跟踪问效。',
    test: {
      bad: '聊城市人民政府办公室文件\n\n聊政办发〔2024〕5号\n\n聊城市人民政府办公室\n关于做好安全生产工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n    一、总体要求\n    重点做好三项工作：①摸清底数；②建立台账；④跟踪问效。\n\n聊城市人民政府办公室\n2024年6月3日\n',
      good: '聊城市人民政府办公室文件\n\n聊政办发〔2024〕5号\n\n聊城市人民政府办公室\n关于做好安全生产工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n    一、总体要求\n    重点做好三项工作：①摸清底数；②建立台账；③跟踪问效。\n\n聊城市人民政府办公室\n2024年6月3日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const p of doc.paragraphs) {
      // One native search: almost no paragraph holds a circled number.
      if (!ANY_CIRCLED.test(p.text)) continue;
      const markers: { at: number; value: number }[] = [];
      CIRCLED.lastIndex = 0;
      for (let m = CIRCLED.exec(p.text); m; m = CIRCLED.exec(p.text)) {
        // A symbol in quotation marks (标注“③”的为新增指标) is named, not counted: redteam8.
        if (m.index > 0 && CLAUSE_OPENERS.has(p.text[m.index - 1]) && p.text[m.index + 1] !== '”') markers.push({ at: m.index, value: p.text.charCodeAt(m.index) - 0x245f });
      }
      let last = 0; // the run's last value; 0 outside a run
      for (let k = 0; k < markers.length; k++) {
        const { at, value } = markers[k];
        if (value === 1) { last = 1; continue; }
        if (!last) continue;
        const expected = last + 1;
        // A reference ends the run: the items named after it (其中，②由…，③由…) are references too.
        if (value < expected && (REFERS_BEFORE.test(p.text.slice(Math.max(0, at - 3), at)) || REFERS_AFTER.test(p.text.slice(at + 1, at + 3)))) {
          last = 0;
          continue;
        }
        last = value;
        if (value === expected) continue;
        const span = spanIn(p, at, at + 1);
        // Text the extraction moved or scrambled is no evidence of a slip.
        if (overlaps(doc.noise, span.start, span.end) || overlaps(doc.continuations, span.start, span.end)) continue;
        const what = value < expected ? (value === expected - 1 ? '重复' : '倒退') : '跳号';
        const fix = { range: [span.start, span.end] as [number, number], text: circled(expected) };
        // The next marker confirms the value (①②②④: the second ② is ③): a fix; else a suggestion.
        const confirmed = markers[k + 1]?.value === expected + 1;
        if (confirmed) last = expected;
        ctx.report({
          ...span,
          message: `列举序号“${circled(value)}”${what}：上一项是“${circled(expected - 1)}”（${WHY}）：此项应为“${circled(expected)}”${confirmed ? '' : '，其后各项依次调整'}。`,
          ...(confirmed ? { fix } : { suggestions: [{ desc: `改为“${circled(expected)}”（其后各项可能也需改号）`, fix }] }),
        });
      }
    }
  },
};
