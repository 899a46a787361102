// 机关代字 the model does not know. A cited number may belong to any issuer (鲁政办字, 国办发,
// 鲁自然资字): those are never reported. A code is reported only when it is a likely slip of a
// known code: the code of a known issuer (the document's own mark, the issuer a cited title
// starts with) that is not among that issuer's codes, or a known issuer part followed by
// something that is not a series (聊政办子), or a known code with two characters swapped.
import type { Rule } from '../types';
import type { Model } from '../../model/types';
import type { DocNumber } from '../../types';
import {
  brokenAfterKnownPrefix, closeCodes, codesOfIssuer, composesFromKnown, issuerOfMark, issuerOfTitle,
  isTransposition, numbersToCheck, prefixOf, whereOf, canonicalDisplay, SERIES_END,
} from './common';

/** A title opening with its issuer's name: a body (…委员会, …局, …办公室) before 关于 / 印发. */
const FOREIGN_ISSUER = /^[\u4e00-\u9fa5]{2,30}?(?:委员会|委|局|厅|部|办公室|办公厅|人民政府|院|中心)(?:关于|印发|转发)/;

interface Verdict {
  near: string[];
  issuer?: string;
}

function judge(model: Model, n: DocNumber, issuer: string | undefined): Verdict | undefined {
  const all = model.codes.map((c) => c.code);
  if (!all.length || all.includes(n.code)) return undefined;
  const prefixes = new Set(all.map(prefixOf));
  const issuerCodes = issuer ? codesOfIssuer(model, issuer).map((c) => c.code) : [];
  if (issuerCodes.length) {
    // The issuer is known: its code must be one of its codes, or its issuer part + a series (聊政函).
    if (composesFromKnown(n.code, new Set(issuerCodes.map(prefixOf)), 1)) return undefined;
    const near = closeCodes(n.code, issuerCodes);
    const swapped = isTransposition(n.code, issuerCodes);
    if (near.length || swapped) return { near: near.length ? near : [swapped!], issuer };
    if (brokenAfterKnownPrefix(n.code, prefixes)) return { near: [], issuer };
    return undefined;
  }
  // Issuer unknown: only a broken series after a known issuer part, or a swap, is a slip.
  const swapped = isTransposition(n.code, all);
  if (swapped) return { near: [swapped] };
  if (composesFromKnown(n.code, prefixes)) return undefined;
  if (!brokenAfterKnownPrefix(n.code, prefixes)) return undefined;
  // An issuer known only from citations has series the corpus never cited (鲁政土字, the province's
  // land approvals): a code ending like a series is one of them unless it breaks an issued prefix.
  const issued = model.codes.filter((c) => c.source !== 'cited').map((c) => prefixOf(c.code));
  if (SERIES_END.has(n.code[n.code.length - 1]) && !brokenAfterKnownPrefix(n.code, issued)) return undefined;
  return { near: closeCodes(n.code, all) };
  return undefined;
}

export const unknownCode: Rule = {
  id: 'doc-number/unknown-code',
  severity: 'warning',
  fixable: false, // a guess (another issuer's code, 聊办发, reads the same): a quick fix, never `gongwen fix`
  scope: 'document',
  docs: {
    description: {
      zh: '机关代字不在模型已知的代字中，且与某个已知代字只差一两个字（可能是笔误）；给出“是否应为”的建议。其他机关的代字（如 鲁政办字、国办发）不报。',
      en: 'An issuing-organ code unknown to the model that is one or two characters away from a known code (a likely slip), with "did you mean". Codes of other issuers (鲁政办字, 国办发) are not reported.',
    },
    why: 'GB/T 9704—2012 第7.2.5条：发文字号由发文机关代字、年份、发文顺序号组成；机关代字固定不变。模型从语料学到本机关的代字（聊政发、聊政字、聊政办发、聊政办字、聊政任…）。',
    bad: '聊政办子〔2024〕21号',
    good: '聊政办字〔2024〕21号',
  },
  check(ctx) {
    for (const c of numbersToCheck(ctx)) {
      const { n, role, title } = c;
      // A 令's or 公告's code is its issuer's name (聊城市人民政府令, 聊城市人民政府公告), no 机关代字.
      if (n.isDecree || n.isNotice) continue;
      // A cited title that names an issuer the model does not know, of the place the code's first
      // character names (中共聊城市委政法委员会关于…): the code is that issuer's (聊政法发), however
      // close to a known one. (A 山东省 body's title with a 聊 code is still judged.)
      if (role === 'cite' && title && !issuerOfTitle(ctx.model, title) && FOREIGN_ISSUER.exec(title.replace(/[\s\u3000]+/g, ''))?.[0].includes(n.code[0])) continue;
      const issuer = role === 'cite'
        ? (title ? issuerOfTitle(ctx.model, title) : undefined)
        : c.doc?.issuerMark ? issuerOfMark(c.doc.issuerMark.text)
          // A head without an issuer mark (任免 notices: 聊城市人民政府关于任免…的通知) names the issuer in its title.
          : role === 'own' && c.doc?.title ? issuerOfTitle(ctx.model, c.doc.title.text) : undefined;
      const v = judge(ctx.model, n, issuer);
      if (!v) continue;
      const span = n.parts.code;
      const hint = v.near.length ? `，是否应为“${v.near.join('”或“')}”？` : (v.issuer ? `；${v.issuer}的代字为“${codesOfIssuer(ctx.model, v.issuer).map((c) => c.code).join('”“')}”。` : '。');
      const one = v.near.length === 1 ? v.near[0] : undefined;
      // What to write: the one near code, else the choice the hint gives, else the issuer's codes, else a check.
      const todo = one ? `应为“${canonicalDisplay(n, n.year, one)}”` : v.near.length ? '请选用其一' : v.issuer ? '请改用其中的代字' : '请核对机关代字';
      ctx.report({
        start: span.start, end: span.end,
        message: `${whereOf(role)}的机关代字“${n.code}”不是已知代字${hint}机关代字应固定不变（GB/T 9704—2012 第7.2.5条）：${todo}。`,
        ...(one ? { fix: { range: [span.start, span.end], text: one } } : {}),
        ...(v.near.length > 1 ? { suggestions: v.near.map((c) => ({ desc: `改为“${c}”`, fix: { range: [span.start, span.end] as [number, number], text: c } })) } : {}),
      });
    }
  },
};
