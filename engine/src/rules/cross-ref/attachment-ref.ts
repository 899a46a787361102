// References to attachments (附件N, 见附件) must exist in the 附件说明. The attachment family
// owns the form of the 附件说明 itself; this rule owns the references to it.
import type { Rule } from '../types';
import { chineseToNumber } from '../../parse/items';
import { overlaps } from '../spans';
import { entryNumbers, noteOf } from '../attachment/common';

const REF = /(详见|参见|见|按照|依照|填写|填报|使用|如)?附件\s*(\d{1,2}|[一二三四五六七八九十]{1,3})?/g;
/** What names another document right before its 附件N: its number (…5号）, 5号文件) or its kind. */
const FOREIGN_BEFORE = /(?:号[）)]|号?文件|通知|意见|方案|办法|细则|规定|函)(?:的|(?:及|和|与|以及)?其)?$/;
/** This document's own name (本通知附件2, 本办法的附件1, 本通知及其附件). */
const OWN_BEFORE = /本(?:文件|通知|意见|方案|办法|细则|规定|函)(?:的|(?:及|和|与|以及)?其)?$/;

export const attachmentRef: Rule = {
  id: 'cross-ref/attachment-ref',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '正文中的“附件N”“见附件”须在附件说明中存在；附件说明用阿拉伯数字编号时，正文写“附件2”，不写“附件二”。',
      en: 'References to 附件N / 见附件 in the text must exist in the 附件说明; when the 附件说明 numbers in Arabic, the text writes 附件2, not 附件二.',
    },
    why: 'GB/T 9704—2012 第7.3.4条、第7.3.7条：附件说明列出附件的顺序号和名称，正文引用的附件须与之一致。',
    bad: '具体要求见附件3。\n\n附件：1. 工作方案\n      2. 任务清单',
    good: '具体要求见附件2。\n\n附件：1. 工作方案\n      2. 任务清单',
  },
  check(ctx) {
    const { doc } = ctx;
    const note = doc.attachmentNote;
    const indices = new Set<number>();
    // A note's misnumbered entry counts as the number attachment/numbering gives it (附件：1.… 3.…
    // before 附件1, 附件2 lists 附件2: a 见附件3 is a slip before that fix as after it).
    const read = noteOf(ctx);
    const renumbered = read ? entryNumbers(read) : [];
    if (read && read.entries.length === (note?.entries.length ?? 0) && renumbered.some((n) => n.renumber)) {
      for (const n of renumbered) indices.add(n.index);
    } else for (const e of note?.entries ?? []) if (e.index !== undefined) indices.add(e.index);
    for (const a of doc.attachments) if (a.index !== undefined) indices.add(a.index);
    const hasAny = !!note?.entries.length || doc.attachments.length > 0;
    // An extracted issue may drop a document's attachments altogether: only check against a list.
    if (ctx.mode === 'issue' && !hasAny) return;
    const max = indices.size ? Math.max(...indices) : 0;
    // The 附件说明 numbers its entries in Arabic numerals (附件：1. …), as GB/T 9704 has it.
    const arabicNote = !!note && note.entries.length > 1 && /\d\s*[.．、]/.test(note.text);
    doc.paragraphs.forEach((p) => {
      // Every reference holds 附件: most paragraphs skip the scan (its optional lead words are tried at every position).
      if (!p.text.includes('附件')) return;
      if (overlaps(doc.noise, p.start, p.end)) return;
      if (note && p.start >= note.start && p.end <= note.end) return;
      if (/^附件\s*[\d一二三四五六七八九十]*\s*([：:]|$)/.test(p.text)) return;
      REF.lastIndex = 0;
      let m: RegExpExecArray | null;
      let foreignEnd = -1;
      while ((m = REF.exec(p.text))) {
        const before = p.text.slice(Math.max(0, m.index - 3), m.index);
        // Another document's attachment: 《X》附件2, 该文件的附件, (鲁财预〔2026〕5号）附件3,
        // 5号文件附件2, （…36号）及其附件2 (not 本通知附件2), and the 、附件4 listed after one of them.
        // Named inside quotation marks (不单写“见附件”, 如“见附件2”): no reference of this text's.
        const upTo = p.text.slice(0, m.index);
        if (upTo.split('“').length > upTo.split('”').length) continue;
        const wider = p.text.slice(Math.max(0, m.index - 8), m.index);
        const foreign = !m[1] && ((/》(?:的|(?:及|和|与)?其)?$|的$/.test(before) || (FOREIGN_BEFORE.test(wider) && !OWN_BEFORE.test(wider)))
          || (foreignEnd >= 0 && /^[、和及与，,]$/.test(p.text.slice(foreignEnd, m.index))));
        if (foreign) {
          foreignEnd = m.index + m[0].length;
          continue;
        }
        const at = m.index + (m[1]?.length ?? 0);
        const start = p.map[at];
        const end = p.map[m.index + m[0].length - 1] + 1;
        if (m[2]) {
          const n = /\d/.test(m[2]) ? Number(m[2]) : chineseToNumber(m[2]);
          if (indices.has(n)) {
            // 附件二 for an attachment the 附件说明 numbers 2.: the attachment is called 附件2.
            if (!/\d/.test(m[2]) && arabicNote) {
              const d = p.map[at + m[0].length - (m[1]?.length ?? 0) - m[2].length];
              ctx.report({
                start, end, severity: 'warning',
                message: `“附件${m[2]}”应写作“附件${n}”：附件说明和附件用阿拉伯数字编顺序号（GB/T 9704—2012 第7.3.4条），正文引用与之一致。`,
                ...(ctx.source.text.slice(d, end) === m[2] ? { fix: { range: [d, end] as [number, number], text: String(n) } } : {}),
              });
            }
            continue;
          }
          // A single unnumbered attachment referred to as 附件1 is a mismatch too, but say so.
          const list = indices.size ? `附件说明只列有附件${[...indices].sort((a, b) => a - b).join('、')}` : hasAny ? '本文只有一个附件，不编号，应写“附件”' : '本文没有附件说明';
          ctx.report({ start, end, message: `引用的“附件${n}”不存在：${list}（GB/T 9704—2012 第7.3.4条）。请核对附件顺序号。` });
          void max;
        } else if (m[1] && /见/.test(m[1]) && !hasAny) {
          ctx.report({ start, end, message: '正文要求“见附件”，但本文没有附件说明（GB/T 9704—2012 第7.3.4条）：请补附件说明或删去该引用。' });
        } else if (m[1] && /见/.test(m[1]) && indices.size > 1 && /^(?:[。，；、）)]|$)/.test(p.text.slice(m.index + m[0].length))) {
          // 见附件。 in a text with 附件1 and 附件2: the reader cannot tell which one is meant.
          // Info, not a warning: 详见附件 may mean all of them, which the text cannot show.
          const listed = [...indices].sort((a, b) => a - b);
          ctx.report({
            start, end, severity: 'info',
            message: `“${m[0]}”未写附件顺序号，而本文有附件${listed.join('、')}（GB/T 9704—2012 第7.3.4条）：应写明所见的是哪一个附件，如“${m[1]}附件${listed[0]}”。`,
          });
        }
      }
    });
  },
};
