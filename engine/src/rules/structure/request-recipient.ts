// structure/request-recipient: a 请示 goes to one superior body (《党政机关公文处理工作条例》第十五条:
// 原则上主送一个上级机关，根据需要同时抄送相关上级机关和同级机关). Two bodies in its 主送 (省人民政府，省林业局：)
// leave it unclear who answers, and each may wait for the other: the others go to 抄送. A party
// committee and the government of one level (市委、市政府) are addressed together in practice and
// are not judged.
import type { Rule } from '../types';

const WHY = '《党政机关公文处理工作条例》第十五条：向上级机关行文，原则上主送一个上级机关，根据需要同时抄送相关上级机关和同级机关';
/** A party committee or a government (中共聊城市委, 市委, 市人民政府, 省政府), or their offices (市委办公室、市政府办公室, 两办): the usual joint pair. */
const PARTY = /(?:党委|[省市县区]委)(?:办公厅|办公室)?$/;
const GOVERNMENT = /(?:人民政府|[省市县区]政府)(?:办公厅|办公室)?$/;

export const requestRecipient: Rule = {
  id: 'structure/request-recipient',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '请示只主送一个上级机关，不多头主送；需要其他机关知悉的，用抄送。同级党委、政府并列（市委、市政府）及其办公厅（室）并列（市委办公室、市政府办公室）不在此列。',
      en: 'A 请示 is addressed to one superior body; others that need to know get it by 抄送. A party committee and the government of one level named together (市委、市政府), or their offices (市委办公室、市政府办公室), are not judged.',
    },
    why: WHY + '；多头主送的请示责任不明，容易互相推诿、延误批复。',
    bad: '聊城市人民政府关于将聊城东昌湖省级湿地公园晋升为国家湿地公园的请示\n\n省人民政府，省林业局：',
    good: '聊城市人民政府关于将聊城东昌湖省级湿地公园晋升为国家湿地公园的请示\n\n省人民政府：',
    test: {
      bad: '聊城市人民政府文件\n\n聊政呈〔2025〕6号\n\n聊城市人民政府关于将聊城东昌湖省级湿地公园晋升为国家湿地公园的请示\n\n省人民政府，省林业局：\n\n我市拟申报晋升国家湿地公园。妥否，请批示。\n\n聊城市人民政府\n\n2025年9月18日\n',
      good: '聊城市人民政府文件\n\n聊政呈〔2025〕6号\n\n聊城市人民政府关于将聊城东昌湖省级湿地公园晋升为国家湿地公园的请示\n\n省人民政府：\n\n我市拟申报晋升国家湿地公园。妥否，请批示。\n\n聊城市人民政府\n\n2025年9月18日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const to = doc.mainRecipient;
    if (doc.type !== '请示' || !to) return;
    const names = to.text.replace(/[：:]$/, '').replace(/[（(][^（()）]*[）)]/g, '').split(/[，、,；;]/).map((n) => n.trim()).filter(Boolean);
    if (names.length < 2) return;
    if (names.length === 2 && names.some((n) => PARTY.test(n)) && names.some((n) => GOVERNMENT.test(n))) return;
    ctx.report({
      start: to.start, end: to.end,
      message: `请示主送了${names.length}个机关（${names.join('、')}）（${WHY}）：应只主送一个上级机关（如“${names[0]}：”），其他机关列入抄送。`,
    });
  },
};
