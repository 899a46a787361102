// structure/report-request: a 报告 reports, a 请示 asks (《党政机关公文处理工作条例》第八条). The 条例
// (第十五条) forbids asking in a 报告: a drafter who ends a 报告 with 妥否，请批示, or slips 恳请省政府
// 批准… into it, leaves the request where the superior does not handle requests, and it goes
// unanswered. Nor is 请示报告 a 文种. Only a clause that opens with the request itself is read
// (请批示, 恳请省政府批准): 经省政府批准, 已报请国务院批准 and 按照省政府批复 report what happened.
import type { Rule } from '../types';
import { overlaps } from '../spans';
import { bodyEnd } from './body';
import { quoted } from '../running-text';
import { spanIn } from '../../parse/paragraphs';

const WHY = '《党政机关公文处理工作条例》第十五条：报告中不得夹带请示事项';
/**
 * A clause that asks for a decision: (妥否，)请批示, 以上报告，请审批, 恳请省政府批准我市设立…,
 * 现呈请省政府审批…, with at most a short addressee between the verb and the decision (请省政府予以
 * 批准); or the decision right after 请, 望 or 盼 (当否，请指示; 望予批准). 请审阅, 请批转 (a 建议
 * 报告's own closing) and 请审定 are not asked decisions, nor 请各地按照省政府指示… (an addressee
 * before 指示 makes it the superior's instruction, not a request for one).
 */
const REQUEST = /(?:^|[。；，！：])(?:现|特|为此)?(?:(?:呈请|恳请|请求|敬请|请)[^，。；：、《》“”]{0,10}?(?:予以|给予)?(?:批示|批复|审批|批准|核准)|(?:请|望|盼)(?:予以|予)?(?:指示|批准|批复|审批|核准))/g;
/** The clause before tells of a request already sent: 呈报了, 报送了《…的请示》, 已向省政府报送…. */
const PAST_REQUEST = /(?:呈报|报送|上报|报请|呈请|提交|提出)了|已(?:向[^，。；]{1,12})?(?:呈报|报送|上报|报请|呈请|提交)|请示》[，,]?$/;
/** A request sent, or to be sent, in a 请示 of its own: 已另文请示, 将另行请示, 已专文报请. */
const SEPARATE_REQUEST = /(?:另文|另行|专文|单独)(?:请示|报请|呈报|呈请)/;
/** The request's clause names a matter (恳请省政府批准设立…一事, …事项): what is asked, not an ask. */
const NAMED_MATTER = /(?:一事|事项|事宜)$/;
/** The rest of the sentence tells of the answer (省政府已于2025年5月批复同意), not of other approvals (已批复的项目). */
const ANSWERED = /已(?:于[^，。；]{1,14})?(?:批复|批准|核准)同意|已于[^，。；]{1,14}(?:批复|批准|核准|同意)/;
/** A 报告 title (the 文种 after 的, or a bare …工作报告). */
const REPORT_TITLE = /报告$/;

export const reportRequest: Rule = {
  id: 'structure/report-request',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '报告中不夹带请示事项：报告不以“妥否，请批示”“请审批”“当否，请指示”“望予批准”结束，正文中不写“恳请（呈请）……批准”；标题不写“请示报告”。需要上级批准的事项另行请示。',
      en: 'A 报告 asks for nothing: it does not close with 妥否，请批示, 请审批, 当否，请指示 or 望予批准, nor ask 恳请（呈请）…批准 in its body; and 请示报告 is not a kind. What needs approval goes in a separate 请示.',
    },
    why: WHY + '；报告用于汇报工作、反映情况，上级机关对报告一般不作批复，夹带的请示事项得不到答复。请示与报告是两个文种（第八条），“请示报告”不是法定文种。',
    bad: '聊城市人民政府关于2025年上半年安全生产工作情况的报告\n\n……\n\n妥否，请批示。',
    good: '聊城市人民政府关于2025年上半年安全生产工作情况的报告\n\n……\n\n特此报告。',
    test: {
      bad: '聊城市人民政府文件\n\n聊政呈〔2025〕4号\n\n聊城市人民政府关于2025年上半年安全生产工作情况的报告\n\n省人民政府：\n\n上半年，全市安全生产形势总体平稳。现将有关情况报告如下。\n\n妥否，请批示。\n\n聊城市人民政府\n\n2025年7月15日\n',
      good: '聊城市人民政府文件\n\n聊政呈〔2025〕4号\n\n聊城市人民政府关于2025年上半年安全生产工作情况的报告\n\n省人民政府：\n\n上半年，全市安全生产形势总体平稳。现将有关情况报告如下。\n\n特此报告。\n\n聊城市人民政府\n\n2025年7月15日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const title = doc.title && doc.title.text.replace(/[\s\u3000]+/g, '');
    if (!title || !REPORT_TITLE.test(title) || /印发|转发|批转/.test(title)) return;
    if (/请示报告$/.test(title)) {
      ctx.report({
        start: doc.title!.start, end: doc.title!.end,
        message: `标题的文种“请示报告”不是法定文种：请示与报告是两个文种（《党政机关公文处理工作条例》第八条），请求批准用“请示”，汇报工作用“报告”（${WHY}）。`,
      });
    }
    // The body: after the title, before the signature and any attached text.
    const to = bodyEnd(doc);
    for (const p of doc.paragraphs) {
      if (p.start < doc.title!.end || p.start >= to) continue;
      // Cheap test first: every request holds 请, 望 or 盼.
      if (p.text.indexOf('请') < 0 && p.text.indexOf('望') < 0 && p.text.indexOf('盼') < 0) continue;
      if (overlaps(doc.hosted, p.start, p.end) || overlaps(doc.noise, p.start, p.end) || overlaps(doc.continuations, p.start, p.end)) continue;
      for (const m of p.text.matchAll(REQUEST)) {
        const at = m.index! + (/^[。；，！：]/.test(m[0]) ? 1 : 0);
        const end = m.index! + m[0].length;
        // A request quoted (以“当否，请指示”的方式请示了…): the words named, not asked.
        if (quoted(p.text, at)) continue;
        // The word a noun in a list of fields (恳请省政府在项目审批、资金安排等方面给予支持): support asked, no decision.
        if (/^(?:、|等|方面|环节|手续|流程|程序|权限)/.test(p.text.slice(end))) continue;
        // A request told as past, in the sentence that sent or answered it (2025年3月，我市呈报了
        // 《…的请示》，请求批准设立…，省政府已于5月批复同意): a report of what happened.
        const from = Math.max(p.text.lastIndexOf('。', at - 1), p.text.lastIndexOf('！', at - 1)) + 1;
        const stop = p.text.indexOf('。', end);
        if (PAST_REQUEST.test(p.text.slice(from, at)) || ANSWERED.test(p.text.slice(end, stop < 0 ? undefined : stop))) continue;
        // A request the 报告 says has its own 请示: told before it in the sentence (我市已另文请示，恳请
        // 省政府批准…), or after it when the request only names the matter (关于恳请…一事，已另文请示).
        const sentence = p.text.slice(from, stop < 0 ? undefined : stop);
        if (SEPARATE_REQUEST.test(p.text.slice(from, at))) continue;
        const clauseEnd = p.text.slice(end).search(/[，。；！]/);
        const clause = p.text.slice(end, clauseEnd < 0 ? undefined : end + clauseEnd);
        if (SEPARATE_REQUEST.test(sentence) && NAMED_MATTER.test(clause)) continue;
        ctx.report({
          ...spanIn(p, at, end),
          message: `报告中夹带了请示事项“${p.text.slice(at, end)}”（${WHY}）：报告只汇报情况，可用“特此报告”结束；需要上级批准的事项应另行请示。`,
        });
      }
    }
  },
};
