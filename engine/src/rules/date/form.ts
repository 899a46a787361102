// A 成文日期 written with separators (2024.7.3, 2024-07-03, 2024/7/3) → 2024年7月3日. Only a line
// that is nothing but such a date, right under the issuer's signature: the 成文日期's place.
import type { Rule } from '../types';
import { looksLikeIssuer } from '../../parse/document';
import { spanIn } from '../../parse/paragraphs';
import { overlaps } from '../cross-ref/util';

/** year, separator, month, the same separator, day; spaces allowed (a separator is one mark). */
const SEPARATED = /^(\d{4})\s*([.．\-－/／])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;

export const form: Rule = {
  id: 'date/form',
  severity: 'error',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '成文日期写作“2024年7月3日”，不用“2024.7.3”“2024-07-03”“2024/7/3”等分隔形式。',
      en: 'A date of writing (成文日期) is written 2024年7月3日, not 2024.7.3, 2024-07-03 or 2024/7/3.',
    },
    why: 'GB/T 9704—2012 第7.3.5.4条：成文日期用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位。',
    bad: '聊城市人民政府\n2024.7.3',
    good: '聊城市人民政府\n2024年7月3日',
    test: {
      bad: '聊城市人民政府办公室\n聊政办字〔2024〕30号\n聊城市人民政府办公室关于开展城乡环境整治的通知\n各县（市、区）人民政府，市政府各部门：\n    现将有关事项通知如下，请认真贯彻执行。\n\n聊城市人民政府办公室\n2024.7.3\n',
      good: '聊城市人民政府办公室\n聊政办字〔2024〕30号\n聊城市人民政府办公室关于开展城乡环境整治的通知\n各县（市、区）人民政府，市政府各部门：\n    现将有关事项通知如下，请认真贯彻执行。\n\n聊城市人民政府办公室\n2024年7月3日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const paras = doc.paragraphs;
    for (let k = 1; k < paras.length; k++) {
      const p = paras[k];
      // Every such date holds a separator; most paragraphs are longer than one.
      if (p.text.length > 16) continue;
      const m = SEPARATED.exec(p.text.trim());
      if (!m || !looksLikeIssuer(paras[k - 1].text.trim()) || overlaps(doc.noise, p.start, p.end)) continue;
      const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
      const a = p.text.indexOf(m[1]);
      const span = spanIn(p, a, a + m[0].length);
      // A month or day no calendar has: say so, and leave the fix to the writer.
      const want = mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? `${y}年${mo}月${d}日` : undefined;
      ctx.report({
        ...span,
        message: `成文日期应写作“X年X月X日”，不用“${m[2]}”分隔（GB/T 9704—2012 第7.3.5.4条：用阿拉伯数字将年、月、日标全）${want ? `：应为“${want}”` : ''}。`,
        ...(want ? { fix: { range: [span.start, span.end] as [number, number], text: want } } : {}),
      });
    }
  },
};
