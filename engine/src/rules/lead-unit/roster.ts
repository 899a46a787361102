// The units of a 名单 (a 领导小组's members: `成  员：钱志强  市发展改革委副主任`), for the name
// rules whose judgement holds there as on a 主送 line (lead-unit/alias: an informal abbreviation;
// lead-unit/unit-typo: a slip). A line is read only in that shape: an optional heading word
// (组长, 副组长, 成员…), a person's name, a space, then a city unit (市…) right before a post, so
// the unit can be nothing but the city's and nothing but a unit's name.
import type { RuleContext } from '../types';
import type { RecipientToken } from './main-recipient';
import { normalizeUnitName } from '../../units';
import { overlaps } from '../spans';
import { POST } from './appointment';

/** heading word, colon, person, space(s), 市… unit, post; on one source line. */
const SP = '[ \\t\\u3000]';
const LINE = new RegExp(`^${SP}*(?:(?:组${SP}*长|副组长|成${SP}*员|主${SP}*任|副主任|召集人|副召集人|总召集人)${SP}*[：:])?${SP}*[\\u4e00-\\u9fa5·]{2,4}${SP}+(市[\\u4e00-\\u9fa5]{2,20}?)(?=(?:${POST.source.slice(1)})(?:[、，][\\u4e00-\\u9fa5]{1,8})?${SP}*$)`, 'gm');

export function rosterTokens(ctx: RuleContext): RecipientToken[] {
  const doc = ctx.doc;
  if (doc.type === '任免') return [];
  const out: RecipientToken[] = [];
  const head = [doc.title, doc.issuerMark, doc.signature, doc.mainRecipient, ...doc.blocks].filter((s): s is NonNullable<typeof s> => !!s);
  // Cheap test first: most documents hold no 名单. Of the document's own text (ctx.ownText): a
  // run that reads no more is kept after an edit outside it (lintIncremental).
  const text = ctx.ownText();
  if (!/[\u4e00-\u9fa5][ \t\u3000]{1,}市/.test(text)) return out;
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    const unit = m[1];
    const start = doc.start + m.index + m[0].length - unit.length;
    const end = start + unit.length;
    if (overlaps(head, start, end) || (ctx.mode === 'issue' && overlaps(doc.noise, start, end))) continue;
    if (!POST.test(ctx.source.text.slice(end, end + 8))) continue;
    out.push({ name: normalizeUnitName(unit), text: unit, start, end, offsets: Array.from({ length: unit.length }, (_, k) => start + k) });
  }
  return out;
}
