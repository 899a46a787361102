// structure/signature-issuer: the 署名 is the issuer's name (GB/T 9704 7.3.5.1). The slip a drafter
// makes is the office and its government confused: a 聊政办发 document under 聊城市人民政府办公室文件
// signed 聊城市人民政府, or the other way round. Reported only where the 发文机关标志 and the
// 发文字号's code (a code the model knows) agree on the issuer, so the signature is the odd one;
// a mark the code disagrees with is doc-number/series's.
import type { Rule } from '../types';
import { looksLikeIssuer } from '../../parse/document';
import { issuerOfMark } from '../doc-number/common';
import { overlaps } from '../spans';

const WHY = 'GB/T 9704—2012 第7.3.5.1条：署名为发文机关全称或者规范化简称，与发文机关标志一致';

/** The issuer a title names before 关于 (聊城市人民政府 关于任免…). */
const TITLE_ISSUER = /^([\u4e00-\u9fa5]{4,30}?)[\s\u3000]*(?=关于)/;

/** Whether `a` is `b`'s office (聊城市人民政府办公室 of 聊城市人民政府). */
function officeOf(a: string, b: string): boolean {
  return a.length === b.length + 3 && a.startsWith(b) && (a.endsWith('办公室') || a.endsWith('办公厅'));
}

export const signatureIssuer: Rule = {
  id: 'structure/signature-issuer',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '发文机关署名和标题中的发文机关应与发文机关标志、发文字号的机关一致：办公室（厅）发文不署人民政府，人民政府发文不署办公室（厅），标题同。',
      en: 'The signature and the title name the issuer that the 发文机关标志 and the 发文字号 name: an office’s document is not signed or titled by its government, nor the other way round.',
    },
    why: WHY + '。',
    bad: '聊城市人民政府办公室文件\n\n聊政办发〔2025〕9号\n……\n聊城市人民政府\n2025年6月3日',
    good: '聊城市人民政府办公室文件\n\n聊政办发〔2025〕9号\n……\n聊城市人民政府办公室\n2025年6月3日',
    test: {
      bad: '聊城市人民政府办公室文件\n\n聊政办发〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现就有关事项通知如下。\n\n聊城市人民政府\n2025年6月3日\n',
      good: '聊城市人民政府办公室文件\n\n聊政办发〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现就有关事项通知如下。\n\n聊城市人民政府办公室\n2025年6月3日\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const sig = doc.signature;
    const n = doc.number;
    if (!n || n.isDecree || n.isNotice) return;
    const code = ctx.model.codes.find((c) => c.code === n.code);
    if (!code) return;
    // A 任免 notice has no mark: its title names the issuer (聊城市人民政府关于任免…, 聊政任), and
    // where the title and the code agree the signature is the odd one (probe18 slip 427).
    const named = !doc.issuerMark && doc.type === '任免' && doc.title ? TITLE_ISSUER.exec(doc.title.text)?.[1] : undefined;
    if (!doc.issuerMark && !named) return;
    const issuer = doc.issuerMark ? issuerOfMark(doc.issuerMark.text) : named!;
    // The code says whose document it is, and says it is the mark's (or the title's) issuer.
    if (code.issuer !== issuer) return;
    if (doc.issuerMark) titleIssuer(ctx, issuer, n.canonical);
    if (!sig) return;
    const signed = sig.text.replace(/[\s\u3000]+/g, '');
    if (signed === issuer || !looksLikeIssuer(signed) || !(officeOf(signed, issuer) || officeOf(issuer, signed))) return;
    if (overlaps(doc.noise, sig.start, sig.end)) return;
    ctx.report({
      start: sig.start, end: sig.end,
      message: `署名“${signed}”与发文机关不一致（${doc.issuerMark ? '发文机关标志' : '标题'}和发文字号“${n.canonical}”都是${issuer}）（${WHY}）：应为“${issuer}”。`,
      ...(ctx.source.text.slice(sig.start, sig.end) === sig.text ? { fix: { range: [sig.start, sig.end] as [number, number], text: issuer } } : {}),
    });
  },
};

/**
 * The title's issuer the office and its government confused (聊城市人民政府办公室关于… under
 * 聊城市人民政府文件 and 聊政发): the title names the issuer too (GB/T 9704 7.3.1), so it is the odd one
 * where the mark and the code agree.
 */
function titleIssuer(ctx: Parameters<Rule['check']>[0], issuer: string, number: string): void {
  const t = ctx.doc.title;
  if (!t) return;
  const m = /^([\u4e00-\u9fa5]{4,30}?)[\s\u3000]*(?=关于|印发|转发|批转)/.exec(t.text);
  if (!m) return;
  const named = m[1];
  if (named === issuer || !(officeOf(named, issuer) || officeOf(issuer, named))) return;
  const at = t.text.indexOf(named);
  const start = t.start + at;
  const end = start + named.length;
  if (ctx.source.text.slice(start, end) !== named || overlaps(ctx.doc.noise, start, end)) return;
  ctx.report({
    start, end,
    message: `标题中的发文机关“${named}”与发文机关不一致（发文机关标志和发文字号“${number}”都是${issuer}）（GB/T 9704—2012 第7.3.1条：标题由发文机关名称、事由和文种组成）：应为“${issuer}”。`,
    fix: { range: [start, end], text: issuer },
  });
}
