// A State Council department named by a colloquial short form (发改委, 人社部, 工信部) in a 国务院 or
// province text's assignment written after its units (（国家发改委牵头，财政部配合）): the short form
// the State Council's own texts print there (国家发展改革委, 人力资源社会保障部, 工业和信息化部).
// The lexicon knows only its own place's units, so these names are judged from a small table of
// forms no 国务院 text uses; a form that was standard once (发展改革委, before 国家 was added) or a
// full name is not judged: which one a text should use depends on its date and its writer.
import type { Rule, RuleContext } from '../types';
import { judgedBlocks, judgedTokens } from './shared';
import { textFix } from '../fix-text';

/**
 * Colloquial short forms of State Council departments, each with the short form 国务院 texts print
 * in their assignments (国发、国办发 texts: 国家发展改革委、工业和信息化部、人力资源社会保障部、
 * 住房城乡建设部、文化和旅游部、国家卫生健康委、市场监管总局、人民银行).
 */
const MINISTRY_SHORT_FORMS: Record<string, string> = {
  发改委: '国家发展改革委',
  国家发改委: '国家发展改革委',
  工信部: '工业和信息化部',
  人社部: '人力资源社会保障部',
  住建部: '住房城乡建设部',
  文旅部: '文化和旅游部',
  卫健委: '国家卫生健康委',
  国家卫健委: '国家卫生健康委',
  国家市场监管总局: '市场监管总局',
  央行: '人民银行',
};

const STATE = /^国务院/;
/** A province's issuer (直辖市 and 自治区 included). */
const PROVINCIAL = /^(?:[\u4e00-\u9fa5]{2,8}(?:省|自治区)(?:人民政府|政府)|(?:北京|天津|上海|重庆)市人民政府)/;
/**
 * Bare forms a province's own commission is called by as often as the ministry (发改委 for 省发展改革委,
 * 卫健委 for 省卫生健康委): in a province's text they are not judged, only in a 国务院 text.
 */
const ALSO_PROVINCIAL = new Set(['发改委', '卫健委']);

/** Whether the document is a 国务院 or a province's, by its issuer mark, its signature or its title's issuer. */
function issuerLevel(ctx: RuleContext): 'state' | 'province' | undefined {
  const d = ctx.doc;
  const texts = [d.issuerMark?.text, d.signature?.text, d.title?.text].filter((t): t is string => !!t);
  if (texts.some((t) => STATE.test(t))) return 'state';
  return texts.some((t) => PROVINCIAL.test(t)) ? 'province' : undefined;
}

export const ministryName: Rule = {
  id: 'lead-unit/ministry-name',
  severity: 'info',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '国务院、省级政府文件写在单位之后的分工括注（“（国家发展改革委牵头，财政部按职责分工负责）”）中，国务院部门用国务院文件通行的规范简称：“发改委”“国家发改委”改为“国家发展改革委”，“人社部”改为“人力资源社会保障部”，“工信部”改为“工业和信息化部”，“住建部”“文旅部”“卫健委”“国家市场监管总局”“央行”同理（提示）。只判断这些口语简称；全称和曾经通行的简称（“发展改革委”）不判断，省级文件中不带“国家”的“发改委”“卫健委”（也常指本省的委员会）不判断，市级文件不判断（其中单位按本市单位名录核对）。',
      en: 'In a 国务院 or province text\'s assignment written after its units, a State Council department named by a colloquial short form (发改委, 国家发改委, 人社部, 工信部, 住建部, 文旅部, 卫健委, 国家市场监管总局, 央行) gets the short form 国务院 texts print (国家发展改革委, 人力资源社会保障部, 工业和信息化部, …), as a note. Only these forms are judged: full names and forms that were standard once (发展改革委) are not, nor a bare 发改委 or 卫健委 in a province\'s text (often the province\'s own commission), nor a city\'s texts (their units are judged against the lexicon).',
    },
    why: '国务院文件的分工括注统一使用部门规范简称，“发改委”“人社部”等是口语简称，不在正式公文中使用；同一部门在全文中应写法一致，便于落实和检索。',
    bad: '（工信部牵头，国家发改委、财政部按职责分工负责）',
    good: '（工业和信息化部牵头，国家发展改革委、财政部按职责分工负责）',
    test: {
      bad: '国务院关于加快发展数字经济的意见\n\n国发〔2025〕18号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n（一）加快建设新型网络设施。统筹推进千兆光网建设。（工信部牵头，国家发改委、财政部按职责分工负责）\n\n国务院\n2025年6月18日\n',
      good: '国务院关于加快发展数字经济的意见\n\n国发〔2025〕18号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n（一）加快建设新型网络设施。统筹推进千兆光网建设。（工业和信息化部牵头，国家发展改革委、财政部按职责分工负责）\n\n国务院\n2025年6月18日\n',
    },
  },
  check(ctx) {
    const level = ctx.doc.blocks.some((b) => b.inline) ? issuerLevel(ctx) : undefined;
    if (!level) return;
    for (const block of judgedBlocks(ctx)) {
      if (!block.inline) continue;
      let before: { text: string; end: number } | undefined;
      for (const t of judgedTokens(ctx, block)) {
        const prev = before;
        before = t;
        const standard = MINISTRY_SHORT_FORMS[t.name];
        if (!standard || (level === 'province' && ALSO_PROVINCIAL.has(t.name))) continue;
        // A bare form listed right after a group of local bodies shares their place (各市卫健委、发改委:
        // each city's commission), no ministry.
        if (prev && /^各/.test(prev.text) && !/^国家/.test(t.name) && /^[、\s]*$/.test(ctx.source.text.slice(prev.end, t.start))) continue;
        ctx.report({
          start: t.start, end: t.end,
          message: `“${t.text}”是口语简称：国务院部门在分工括注中用国务院文件通行的规范简称，应为“${standard}”。`,
          fix: textFix(ctx.source.text, t, standard),
        });
      }
    }
  },
};
