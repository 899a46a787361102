// A name one or two characters away from exactly one known unit is most likely a slip.
import type { Rule } from '../types';
import { renameFix, unitLookups } from './shared';

export const unitTypo: Rule = {
  id: 'lead-unit/unit-typo',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '与某个已知单位只差一两个字的名称，可能是笔误：提示改为已知名称。',
      en: 'A name one or two characters away from a single known unit is a likely slip; the known name is offered.',
    },
    why: '单位名称由单位名录（从历年公报学习）核对；与已知名称只差个别字（“市财政厅”/“市财政局”）多为录入错误。',
    bad: '（牵头单位：市财政厅）',
    good: '（牵头单位：市财政局）',
  },
  check(ctx) {
    for (const { token, found } of unitLookups(ctx)) {
      if (found.kind !== 'slip') continue;
      ctx.report({
        start: token.start, end: token.end,
        message: `单位名称“${token.text}”与已知单位“${found.standard}”只差${found.distance}个字，可能是笔误：应为“${found.standard}”。`,
        fix: renameFix(token, found.standard),
      });
    }
  },
};
