// Any other name the lexicon does not know: the nearest known names are offered. A name that looks
// like an organisation (a 学院, a 公司, a 中心, a bank) is information only: the model may not know it.
import type { Rule } from '../types';
import { quoteList, unitLookups } from './shared';
import { textFix } from '../fix-text';
import { zhDay } from '../as-of';
import { isConventionalOrgan, isCountyCounterparts, lookupUnit } from '../../units';

/** A block's list replaced by a pointer to an annex or table: 详见附件2, 见附表, 参见清单. */
const SEE_ELSEWHERE = /^(?:详见|参见|见)/;
/** A known unit with the second name it also bears (加挂牌子) in brackets: 市发展改革委（市粮食和储备局）,
 * 市委宣传部（市新闻出版局） (redteam8). */
/** The members of a named coordinating body, as a group (市安委会各成员单位, 市优化营商环境工作专班成员单位,
 * as the corpus's 市名城委成员单位): no body of their own (redteam8). Also a body named by its abbreviation
 * ending in 指 (市防指, 市森防指: 指挥部) or 办 (市双拥办) (red team 15). */
const MEMBERS = /^市[\u4e00-\u9fa5]{1,30}(?:委|会|领导小组|小组|专班|指挥部|联席会议|指|办)(?:各|有关|相关)?成员单位$/;
/**
 * A class of bodies, every one of it (各银行业金融机构, 各医疗机构, 各保险公司, 各基础电信运营企业, 各级各类学校):
 * no one body for a lexicon to hold, as 各县（市、区）人民政府 is the counties' governments (red team 13).
 */
const CLASS_OF_BODIES = /^各(?:级各类|级|类)?[\u4e00-\u9fa5]{1,12}?(?:机构|企业|单位|学校|院校|医院|银行|公司|协会|商会)$/;
const SECOND_NAME = /^(.+?)（(市[\u4e00-\u9fa5]{1,14}(?:局|委|办|办公室|部|中心|院|会))）$/;

export const unknownUnit: Rule = {
  id: 'lead-unit/unknown-unit',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '单位名录中没有的单位名称：给出最接近的已知名称；看起来是单位（学院、公司、中心、银行等）的只作提示。一期公报中有两篇以上文件的牵头单位括注使用、且全期括注中未出现对应标准名称的“简称”或“错字”，按名录之后新设或更名的单位提示，不作差错报告。',
      en: 'A name the unit lexicon does not know gets the nearest known names; plausible organisation names (colleges, companies, centres, banks) are information only. A name the lexicon reads as an abbreviation or a slip, listed in the blocks of two or more documents of an issue whose blocks never list the known unit, is noted as a unit set up or renamed after the model, not reported as an error.',
    },
    why: '牵头、责任单位须是确实存在的单位；名录之外的名称可能是错字、已撤销的单位或临时拼凑的说法。',
    bad: '（牵头单位：市综合协调局）',
    good: '（牵头单位：市发展改革委）',
  },
  check(ctx) {
    // A model without a lexicon knows no names: nothing to compare with.
    if (!ctx.model.units.length) return;
    for (const { token, found, usedAcrossIssue } of unitLookups(ctx)) {
      if (found.kind !== 'unknown') continue;
      // A pointer to where the units are listed (（责任单位：详见附件2）) names none.
      if (SEE_ELSEWHERE.test(token.text)) continue;
      if (MEMBERS.test(token.text) || CLASS_OF_BODIES.test(token.text)) continue;
      // The counties' counterparts as a group (各县（市、区）水利局, 各县〔市、区〕水利部门) (red team 16).
      if (isCountyCounterparts(token.text)) continue;
      // 团市委, 市委金融办, 市科协, 驻聊部队: a body a convention names, not a slip (red team 15).
      if (isConventionalOrgan(token.text)) continue;
      const second = SECOND_NAME.exec(token.text);
      // A conventional organ's first name too (市委统战部（市民宗局）) (red team 15).
      if (second && (lookupUnit(ctx.model, second[1], ctx.asOf).kind === 'known' || isConventionalOrgan(second[1]))) continue;
      const near = found.nearest.length ? `最接近的已知单位：${quoteList(found.nearest)}。` : '';
      // Why a name near a known one is not reported as its abbreviation or slip.
      const issue = usedAcrossIssue
        ? `本期有${usedAcrossIssue.documents}篇文件的括注使用此名称，均未出现“${usedAcrossIssue.standard}”，可能是名录之后新设或更名的单位。`
        : '';
      ctx.report({
        start: token.start, end: token.end,
        severity: found.plausible ? 'info' : 'warning',
        message: found.plausible
          ? `单位名称“${token.text}”不在单位名录中（截至${zhDay(ctx.asOf)}），可能是错字或名录之后新设的单位：请核对，错字请改为规范名称。${issue}${near}`
          : `“${token.text}”不像单位名称，也不在单位名录中（截至${zhDay(ctx.asOf)}）：应写承担任务的单位的规范名称，请核对。${issue}${near}`,
        suggestions: found.nearest.map((n) => ({ desc: `改为“${n}”`, fix: textFix(ctx.source.text, token, n) })),
      });
    }
  },
};
