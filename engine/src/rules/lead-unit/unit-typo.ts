// A name one or two characters away from exactly one known unit is most likely a slip. One that
// differs only in the ending naming its kind of body (市工商局 / 市工商联) is another body: shared.ts
// hands it to lead-unit/unknown-unit, which notes it with the known name nearest. Units named one by one
// on the 主送 line are judged too, after the city's name as well (main-recipient.ts: group words and
// correct full names with the place name are not slips; a slip in a full name is put right as the
// full name the model knows, recipientForm).
import type { Rule } from '../types';
import type { Model } from '../../model/types';
import { perNode } from '../memo';
import { predatesKnowledge, unitLookups } from './shared';
import { textFix } from '../fix-text';
import { zhDay } from '../as-of';
import { recipientForm } from './main-recipient';
import type { AppointmentToken } from './appointment';
import type { RuleContext } from '../types';

export const unitTypo: Rule = {
  id: 'lead-unit/unit-typo',
  severity: 'warning',
  fixable: false, // a guess (a unit set up or renamed after the model reads the same): a quick fix, never `gongwen fix`
  scope: 'document',
  docs: {
    description: {
      zh: '与某个已知单位只差一两个字的名称，可能是笔误：提示改为已知名称；短名称中的字打成同音字（“市民正局”）或形近字（“市财改局”）也是笔误。只差表示机构类别的字（局、委、办、联、中心等，如“市工商局”/“市工商联”）或换了一个词（“市公安局交通警察支队”/“市公安局交巡警支队”，不是个别字之误）的，是另一个单位或另一种写法，交由 lead-unit/unknown-unit 提示核对。主送机关中逐个列出的单位同样核对，带本市地名的（“聊城市住房城乡建没局”）也核对，写全称的按全称改正（“聊城市住房和城乡建没局”改为“聊城市住房和城乡建设局”）；“各县（市、区）人民政府”“市政府有关部门”等统称、带地名的正确全称（“聊城市教育体育局”）以及县区的单位（“冠县市场监管局”），不作笔误。任免事项中的单位全称（七个字以上，不计市名）与已知的全称只差一个字或两个相邻字颠倒的（“聊城市发展和改委员会”“聊城市文化和游旅局”），按全称改正；末字（局、委、中心等）不同的、名录不知道的单位，不作笔误。',
      en: 'A name one or two characters away from a single known unit is a likely slip; the known name is offered, also for a short name with one of its characters typed as a homophone (市民正局) or as one of like shape (市财改局). A name differing only in the ending that says what kind of body it is (局, 委, 办, 联, 中心 …: 市工商局 beside 市工商联), or one with a word written another way (市公安局交通警察支队 beside 市公安局交巡警支队: a rewording, not a slipped character), names another body or another form and is left to lead-unit/unknown-unit, which asks to check it. Units named one by one on the 主送 line are checked too, also after the city name (聊城市住房城乡建没局), a slip in a spelled-out full name put right as that full name (聊城市住房和城乡建没局 → 聊城市住房和城乡建设局); group words (各县（市、区）人民政府, 市政府有关部门), correct full names with the place name (聊城市教育体育局) and a county bureau (冠县市场监管局) are not slips. A 任免 item\'s long full name (seven characters and more after the city name) one character off a known full form, or with two neighbouring characters swapped (聊城市发展和改委员会, 聊城市文化和游旅局), is put right in that form; a different last character (局, 委, 中心) or a body the lexicon does not know is no slip.',
    },
    why: '单位名称由单位名录（从历年公报学习）核对；与已知名称只差个别字（“市住房城乡建没局”/“市住房城乡建设局”）多为录入错误；而类别字不同（“市工商局”/“市工商联”）通常是另一个机构。',
    bad: '（牵头单位：市住房城乡建没局）',
    good: '（牵头单位：市住房城乡建设局）',
  },
  check(ctx) {
    const newest = newestDocumentDate(ctx.model);
    for (const { block, token, found } of unitLookups(ctx, { mainRecipient: true, appointments: true, roster: true })) {
      if (found.kind !== 'slip') continue;
      const slip = (token as AppointmentToken).slip;
      if (slip) {
        appointed(ctx, token as AppointmentToken, slip);
        continue;
      }
      // A character added or dropped (市数据局 / 市大数据局, 市委外办 / 市外办) is also how reforms
      // rename units; after the newest document the model knows, the lexicon cannot tell which.
      if (newest && ctx.asOf > newest && found.distance === 1 && token.text.length !== found.standard.length) {
        ctx.report({
          start: token.start, end: token.end, severity: 'info',
          message: `单位名称“${token.text}”与已知单位“${found.standard}”只差1个字；本文晚于单位名录的最新资料（${zhDay(newest)}），可能是此后更名或新设的单位，也可能是笔误：请核对，笔误应为“${found.standard}”。`,
          suggestions: [{ desc: `改为“${found.standard}”`, fix: textFix(ctx.source.text, token, found.standard) }],
        });
        continue;
      }
      // Before the model first saw the known name, a character more or less is also how the unit
      // may have been called then (聊城银监分局 before 聊城银保监分局, 市编办 before 市委编办).
      const since = found.distance === 1 && token.text.length !== found.standard.length ? predatesKnowledge(ctx, found.standard) : undefined;
      if (since) {
        ctx.report({
          start: token.start, end: token.end, severity: 'info',
          message: `单位名称“${token.text}”与已知单位“${found.standard}”只差1个字；单位名录自${zhDay(since)}起才见到“${found.standard}”，本文早于此，“${token.text}”可能是当时的名称（机构改革前），也可能是笔误：请核对，笔误应为“${found.standard}”。`,
          suggestions: [{ desc: `改为“${found.standard}”`, fix: textFix(ctx.source.text, token, found.standard) }],
        });
        continue;
      }
      // On a 主送 line, a slip in a spelled-out full name is put right in that form (a block writes short names).
      const form = block ? { name: found.standard, distance: found.distance } : recipientForm(ctx, token.name, found.standard);
      const known = form.name === found.standard ? `“${found.standard}”` : `“${found.standard}”（全称“${form.name}”）`;
      ctx.report({
        start: token.start, end: token.end,
        message: `单位名称“${token.text}”与已知单位${known}只差${form.distance}个字，可能是笔误：应为“${form.name}”。`,
        fix: textFix(ctx.source.text, token, form.name),
      });
    }
  },
};

/**
 * A 任免 item's long unit name a character off a known written form (聊城市发展和改委员会): the
 * notice writes that form, so it is put right in it, the city's name kept as written. A name the
 * lexicon does not know is not judged there at all, so a slip's name is the one the notice meant;
 * even after the lexicon's newest document, a reform renames a unit by words, not one character
 * inside a full name.
 */
function appointed(ctx: RuleContext, token: AppointmentToken, slip: NonNullable<AppointmentToken['slip']>): void {
  const city = token.city ?? '';
  const what = slip.distance === 1 ? '只差1个字' : '有两个字前后颠倒';
  ctx.report({
    start: token.start, end: token.end,
    message: `单位名称“${city}${token.text}”与已知单位名称“${city}${slip.form}”${what}，可能是笔误：应为“${city}${slip.form}”。`,
    fix: textFix(ctx.source.text, token, slip.form),
  });
}

/** The latest 成文日期 in the model's registry: how far its lexicon reaches. */
const newestDocumentDate = perNode((model: Model): string | undefined => {
  let newest: string | undefined;
  for (const d of model.documents) if (d.date && (!newest || d.date > newest)) newest = d.date;
  return newest;
});
