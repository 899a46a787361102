// structure/note-stop: a 附注 in its （） (此件公开发布, 联系人：…，联系电话：…) is a note, not a
// sentence: GB/T 9704's example ends it at the bracket, with no 。 (or ；，) before the ）. A drafter
// who types the note as a sentence leaves the mark inside.
import type { Rule } from '../types';

const WHY = 'GB/T 9704—2012 第7.3.6条：附注居左空二字加圆括号编排在成文日期下一行，如“（此件公开发布）”，括号内不加句末标点';
/** A sentence's end, or a list's, left before the closing bracket. */
const STOP = /[。；;，,.]$/;

export const noteStop: Rule = {
  id: 'structure/note-stop',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '附注（如“此件公开发布”“联系人：……”）括号内末尾不加句号等标点：应为“（此件公开发布）”，不写“（此件公开发布。）”。',
      en: 'A 附注 in its （） ends at the bracket: no 。 (or ；，) before the ） ((此件公开发布) rather than (此件公开发布。)).',
    },
    why: WHY + '。',
    bad: '2025年6月3日\n\n（此件公开发布。）',
    good: '2025年6月3日\n\n（此件公开发布）',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现就有关事项通知如下。\n\n聊城市人民政府办公室\n2025年6月3日\n\n（此件公开发布。）\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现就有关事项通知如下。\n\n聊城市人民政府办公室\n2025年6月3日\n\n（此件公开发布）\n',
    },
  },
  check(ctx) {
    for (const note of ctx.doc.notes) {
      const t = note.text;
      // In （） or (): a bare note or other brackets are structure/note-brackets'.
      const close = t[t.length - 1];
      if (!((t[0] === '（' && close === '）') || (t[0] === '(' && close === ')'))) continue;
      const inner = t.slice(1, -1);
      const stop = STOP.exec(inner);
      if (!stop) continue;
      // The mark as written in the source, right before the bracket (the note's last two characters).
      const src = ctx.source.text.slice(note.start, note.end);
      if (src[src.length - 1] !== close || src[src.length - 2] !== stop[0]) continue;
      const at = note.end - 2;
      ctx.report({
        start: at, end: at + 1,
        message: `附注括号内末尾不加“${stop[0]}”（${WHY}）：应为“${t[0]}${inner.slice(0, -1)}${close}”。`,
        fix: { range: [at, at + 1], text: '' },
      });
    }
  },
};
