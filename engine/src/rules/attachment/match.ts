// The 附件说明 must match the attachments themselves (numbers and names), when they are included
// in the text. Gazettes often leave attachments out (名称（略）): then nothing can be judged.
import type { Rule } from '../types';
import { comparableName, entryNumbers, noteOf, omitted } from './common';

export const match: Rule = {
  id: 'attachment/match',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '附件说明中的顺序号和名称应与文后所附附件的顺序号和标题一致（附件未随文刊出的不检查）。',
      en: 'Numbers and names in the attachment note must match the attachments included after the text (omitted attachments are not judged).',
    },
    why: 'GB/T 9704—2012 第7.3.4条（附件名称与附件说明）和第7.3.7条：附件应与附件说明的顺序号、名称一致。',
    bad: '附件：1. 工作方案\n2. 任务清单\n……\n附件2\n重点任务清单',
    good: '附件：1. 工作方案\n2. 重点任务清单\n……\n附件2\n重点任务清单',
    // The 附件说明 is found after the body and the attachments after the date: whole documents for the test.
    test: {
      bad: '聊城市人民政府办公室\n聊政办字〔2024〕30号\n聊城市人民政府办公室关于开展城乡环境整治的通知\n各县（市、区）人民政府，市政府各部门：\n    现将有关事项通知如下，请认真贯彻执行。\n\n附件：1. 工作方案\n2. 任务清单\n\n聊城市人民政府办公室\n2024年9月10日\n\n附件1\n工作方案\n一、总体要求。\n附件2\n重点任务清单\n一、重点任务。\n',
      good: '聊城市人民政府办公室\n聊政办字〔2024〕30号\n聊城市人民政府办公室关于开展城乡环境整治的通知\n各县（市、区）人民政府，市政府各部门：\n    现将有关事项通知如下，请认真贯彻执行。\n\n附件：1. 工作方案\n2. 重点任务清单\n\n聊城市人民政府办公室\n2024年9月10日\n\n附件1\n工作方案\n一、总体要求。\n附件2\n重点任务清单\n一、重点任务。\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    let included = doc.attachments.filter((a) => a.label && /^附件/.test(a.label));
    if (!included.length) return;
    // An attached text with a 附件说明 of its own (a 办法 issued whole, 附件：1. 申报表 2. …) owns the
    // attachments after that note: they answer to it, not to the covering notice's (redteam7).
    const nested = doc.paragraphs.find((p) => p.start > included[0].start && /^附件\s*[：:]/.test(p.text.trim()));
    if (nested) included = included.filter((a) => a.start < nested.start);
    const note = noteOf(ctx);
    const line = (off: number) => ctx.source.positionAt(off).line + 1;
    if (!note) {
      const a = included[0];
      ctx.report({
        start: a.start, end: a.start + (a.label?.length ?? 2),
        message: `文后附有“${a.label}”，但正文之后没有附件说明（GB/T 9704—2012 第7.3.4条）：应在正文下注明“附件：${a.title?.text ?? '附件名称'}”。`,
      });
      return;
    }
    const single = note.entries.length === 1 && included.length === 1;
    // Each entry by the number it stands for: a misnumbered entry attachment/numbering renumbers
    // (附件：1.… 3.… before 附件1, 附件2) is that number's, not a second and a third slip.
    const numbers = entryNumbers(note);
    const byIndex = new Map<number, typeof note.entries[number]>();
    note.entries.forEach((e, i) => byIndex.set(numbers[i].index, e));
    const matched = new Set<typeof note.entries[number]>();
    for (const a of included) {
      const e = single ? note.entries[0] : byIndex.get(a.index ?? 1);
      const labelEnd = a.start + (a.label?.length ?? 2);
      if (!e) {
        ctx.report({
          start: a.start, end: labelEnd,
          message: `文后的“${a.label}”在附件说明中没有对应的顺序号（附件说明见第${line(note.start)}行）（GB/T 9704—2012 第7.3.4条：附件说明逐一列出附件的顺序号和名称）：请在附件说明中补上该附件，或核对附件的顺序号。`,
        });
        continue;
      }
      matched.add(e);
      const title = a.title?.text;
      if (!title || omitted(e.name)) continue;
      if (comparableName(title) !== comparableName(e.name)) {
        // No name yet: the finding sits on what is there (附件：, or the entry's number).
        const at = e.name.trim() ? e.nameSpan : e.marker ?? { start: note.head.start, end: note.sepSpan.end };
        ctx.report({
          start: at.start, end: at.end,
          message: e.name.trim()
            ? `附件说明中的名称“${e.name}”与第${line(a.start)}行附件的标题“${title}”不一致（GB/T 9704—2012 第7.3.4条：附件说明中的附件名称与附件标题一致）：应为“${title}”，若是附件标题有误，请改附件标题。`
            : `附件说明中还没有写出第${line(a.start)}行附件的名称（GB/T 9704—2012 第7.3.4条：附件说明列出附件名称）：应写出“${title}”。`,
          suggestions: [{ desc: `改为“${title}”`, fix: { range: [e.nameSpan.start, e.nameSpan.end], text: title } }],
        });
      }
    }
    // Entries without an attachment: only when attachments are included and the entry is not （略）.
    for (const e of note.entries) {
      if (matched.has(e) || omitted(e.name)) continue;
      const at = e.marker ?? e.nameSpan;
      ctx.report({
        start: at.start, end: at.end,
        message: `附件说明列有${e.marker ? `附件${e.marker.index}` : '附件'}“${e.name}”，但文后没有该附件（GB/T 9704—2012 第7.3.4条：附件说明所列的附件附在正文之后）：请补附该附件，或从附件说明中删去这一项。`,
      });
    }
  },
};
