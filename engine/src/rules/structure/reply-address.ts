// structure/reply-address: a 批复 or a 复函 opens by addressing the body that wrote to it, by the
// kind of body it is: 你委 (市发展改革委, …委员会, …管委会), 你局, 你办, 你厅, 你县 / 你区 / 你市
// (a county's, district's or county-level city's 人民政府). When the 主送 is one body, the word
// names its kind: 你局 to 市发展改革委 is a slip (often a reply drafted from another reply's text).
import type { Paragraph } from '../../types';
import type { Rule } from '../types';

/** The address the first paragraph opens with (你委《…》收悉, 你局来函收悉). */
const ADDRESS = /^[\s\u3000]*你(委|局|办|厅|县|区|市)/;
/**
 * The address opening a later item or sentence (三、你县要严格按照《规划》组织实施; …。你局要…): probe17.
 * Not 你们, not 你市场….
 */
const LATER_ADDRESS = /(?:^|[。；：])[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?[\s\u3000]*你(委|局|办|厅|县|区|市)(?![们场])/g;

/** The kind a single 主送 body is addressed by, or undefined when unclear. */
function kindOf(name: string): string | undefined {
  if (/(?:委员会|管委会|委)$/.test(name)) return '委';
  if (/局$/.test(name)) return '局';
  if (/(?:办公室|办)$/.test(name)) return '办';
  if (/厅$/.test(name)) return '厅';
  const gov = /([县区市])(?:人民政府|政府)$/.exec(name);
  if (gov) return gov[1];
  return undefined;
}

export const replyAddress: Rule = {
  id: 'structure/reply-address',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '批复、复函开头称呼来文机关（“你委”“你局”“你县”等）须与主送机关的类别一致：主送“市发展改革委”称“你委”，主送“市自然资源和规划局”称“你局”，主送“临清市人民政府”称“你市”；正文后面各项、各句开头的称谓（“三、你县要……”）同样；主送开发区、高新区管委会，称“你委”“你区”均可。',
      en: 'A 批复 or 复函 addresses the body it answers by its kind (你委, 你局, 你县…): the word must fit the single body on the 主送 line (市发展改革委 → 你委, …局 → 你局, 临清市人民政府 → 你市; so must the address opening a later item or sentence, 三、你县要…; a zone\'s 管委会 → 你委 or 你区).',
    },
    why: '批复、复函答复主送机关的来文，开头的“你委/你局/你县”指代该机关；称谓与主送机关不符，常是套用其他文稿时漏改。',
    bad: '聊城市人民政府办公室关于同意建立聊城市低空经济发展工作联席会议制度的函\n\n市发展改革委：\n\n你局《关于建立聊城市低空经济发展工作联席会议制度的请示》收悉。',
    good: '聊城市人民政府办公室关于同意建立聊城市低空经济发展工作联席会议制度的函\n\n市发展改革委：\n\n你委《关于建立聊城市低空经济发展工作联席会议制度的请示》收悉。',
  },
  check(ctx) {
    const { doc } = ctx;
    if ((doc.type !== '函' && doc.type !== '批复') || !doc.mainRecipient) return;
    const to = doc.mainRecipient.text.replace(/[\s\u3000]+/g, '').replace(/[：:]$/, '');
    // One body only: a reply to several (市财政局、市税务局：) says 你们.
    if (!to || /[，、,；;]/.test(to)) return;
    const want = kindOf(to);
    if (!want) return;
    const first = doc.paragraphs.findIndex((x) => x.start >= doc.mainRecipient!.end && x.text.trim());
    if (first < 0) return;
    const bodyEnd = doc.signature?.start ?? doc.date?.start ?? doc.end;
    // The opening address, then those that open a later item or sentence of the body.
    const found: [Paragraph, RegExpExecArray][] = [];
    const m0 = ADDRESS.exec(doc.paragraphs[first].text);
    if (m0) found.push([doc.paragraphs[first], m0]);
    for (let k = first; k < doc.paragraphs.length && doc.paragraphs[k].start < bodyEnd; k++) {
      const p = doc.paragraphs[k];
      if (p.text.indexOf('你') < 0) continue;
      for (const m of p.text.matchAll(LATER_ADDRESS)) if (!(k === first && m.index === 0)) found.push([p, m as RegExpExecArray]);
    }
    for (const [p, m] of found) {
      if (m[1] === want) continue;
      // A zone's 管委会 (聊城经济技术开发区管委会, 高新区管理委员会) governs its 区: 你区 names it as well.
      if (m[1] === '区' && want === '委' && /区(?:管委会|管理委员会)$/.test(to)) continue;
      const at = m.index + m[0].length - 1;
      const start = p.map[at];
      const end = p.map[at + 1];
      if (ctx.source.text.slice(start, end) !== m[1]) continue;
      ctx.report({
        start, end,
        message: `主送机关“${to}”是${want === '县' || want === '区' || want === '市' ? `${want}人民政府` : `${want}`}，复文称“你${m[1]}”不当：应为“你${want}”（批复、复函${m === m0 ? '开头' : '中'}的称谓指代主送机关）。`,
        fix: { range: [start, end], text: want },
      });
    }
  },
};
