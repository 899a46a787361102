// structure/public-recipient: a 公告 or 通告 is published to the public (《党政机关公文处理工作条例》
// 第八条: 向国内外宣布…, 在一定范围内公布应当遵守或者周知的事项): it names no 主送机关. A drafter who
// turns a notice into a 通告 keeps its 各县（市、区）人民政府，市政府各部门：, which tells the public the
// text is not addressed to them. A 决议, a meeting's text (会议讨论通过的重大决策事项), names none
// either: the line under its title says when and by which meeting it was passed.
import type { Rule } from '../types';

const WHY = '《党政机关公文处理工作条例》第八条：公告、通告向社会公开发布';
const RESOLUTION_WHY = '《党政机关公文处理工作条例》第八条：决议是会议讨论通过的决策事项，标题下注明通过的日期和会议';

export const publicRecipient: Rule = {
  id: 'structure/public-recipient',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '公告、通告面向社会公开发布，不写主送机关；标题（或发文字号）下直接写正文。决议是会议通过的文件，也不写主送机关，标题下注明通过的日期和会议。',
      en: 'A 公告 or 通告 is published to the public and names no recipients: its body opens right under the title (or number). A 决议, a meeting\'s text, names none either: the line under its title says when and by which meeting it was passed.',
    },
    why: WHY + '，受文对象是社会公众，不是特定机关；主送机关是通知等下行文的要素。',
    bad: '聊城市人民政府关于2025年秋冬季机动车限行管理的通告\n\n各县（市、区）人民政府，市政府各部门：\n\n为有效应对重污染天气，……',
    good: '聊城市人民政府关于2025年秋冬季机动车限行管理的通告\n\n为有效应对重污染天气，……',
    test: {
      bad: '聊城市人民政府关于2025年秋冬季机动车限行管理的通告\n\n各县（市、区）人民政府，市政府各部门：\n\n为有效应对重污染天气，市政府决定对中心城区部分机动车实施限行管理。\n\n特此通告。\n\n聊城市人民政府\n\n2025年11月6日\n',
      good: '聊城市人民政府关于2025年秋冬季机动车限行管理的通告\n\n为有效应对重污染天气，市政府决定对中心城区部分机动车实施限行管理。\n\n特此通告。\n\n聊城市人民政府\n\n2025年11月6日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const to = doc.mainRecipient;
    if ((doc.type !== '公告' && doc.type !== '通告' && doc.type !== '决议') || !to) return;
    // An extracted issue moves body text into the 主送 line and back (NOTES): drafts only.
    if (ctx.mode !== 'draft') return;
    // A 决议 is a meeting's: the line under its title says when and by which meeting it was passed.
    if (doc.type === '决议') {
      ctx.report({
        start: to.start, end: to.end,
        message: `决议不写主送机关（${RESOLUTION_WHY}）：应删去“${to.text}”，正文直接写在通过日期下。`,
      });
      return;
    }
    ctx.report({
      start: to.start, end: to.end,
      message: `${doc.type}不写主送机关（${WHY}）：应删去“${to.text}”，正文直接写在标题下。`,
    });
  },
};
