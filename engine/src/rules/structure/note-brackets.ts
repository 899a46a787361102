// structure/note-brackets: the 附注 under the 成文日期 (此件公开发布) is written in full-width
// parentheses (GB/T 9704 7.3.6): written bare or in other brackets (【】〔〕［］), it gets （）. Half-width
// () are punctuation/width's.
import type { Rule } from '../types';

const WHY = 'GB/T 9704—2012 第7.3.6条：附注居左空二字加圆括号编排在成文日期下一行';
const OPEN = '【〔［[';
const CLOSE = '】〕］]';

export const noteBrackets: Rule = {
  id: 'structure/note-brackets',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '附注（如“此件公开发布”“联系人：……”）应加全角圆括号“（）”，不写成无括号的一行，也不用“【】”“〔〕”等其他括号。',
      en: 'A 附注 (此件公开发布, 联系人：…) is written in full-width parentheses （）: not bare, nor in 【】, 〔〕 or other brackets.',
    },
    why: WHY + '（如“（此件公开发布）”）。',
    bad: '2025年6月3日\n\n此件公开发布',
    good: '2025年6月3日\n\n（此件公开发布）',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现就有关事项通知如下。\n\n聊城市人民政府办公室\n2025年6月3日\n\n此件公开发布\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现就有关事项通知如下。\n\n聊城市人民政府办公室\n2025年6月3日\n\n（此件公开发布）\n',
    },
  },
  check(ctx) {
    for (const note of ctx.doc.notes) {
      const t = note.text;
      const first = t[0];
      // （此件公开发布） or (此件公开发布): right, or punctuation/width's.
      if (first === '（' || first === '(') continue;
      const src = ctx.source.text.slice(note.start, note.end);
      // The note as one line of the source, as the parser read it (no wrap inside).
      if (src !== t) continue;
      // The brackets written, each side on its own (【此件公开发布 has one).
      const open = OPEN.includes(first) ? first : '';
      const close = CLOSE.includes(t[t.length - 1]) ? t[t.length - 1] : '';
      const inner = t.slice(open.length, t.length - close.length);
      ctx.report({
        start: note.start, end: note.end,
        message: !open && !close
          ? `附注应加全角圆括号（${WHY}）：应为“（${inner}）”。`
          : `附注应使用全角圆括号“（）”，不用“${open}${close}”（${WHY}）：应为“（${inner}）”。`,
        fix: { range: [note.start, note.end], text: `（${inner}）` },
      });
    }
  },
};
