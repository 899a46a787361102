// The 发文字号's series must agree with the 发文机关标志: `…文件` goes with the 发 series, the
// bare issuer name with the 字 series, and 办公室/办公厅 with the 办 codes. The model's codes say
// which issuer a code belongs to; unknown codes fall back to the shape of the code.
import type { Rule } from '../types';
import type { GwDocument } from '../../types';
import type { Model } from '../../model/types';
import { closeCodes, codesOfIssuer, isTransposition, issuerOfMark } from './common';
import { seriesKindOf } from '../../parse/docNumber';
import { looksLikeIssuer } from '../../parse/document';
import { perNode } from '../memo';

/** The model's codes by code, the first of each (what a search of the list finds), made once per model. */
const codesByName = perNode((model: Model) => {
  const out = new Map<string, Model['codes'][number]>();
  for (const c of model.codes) if (!out.has(c.code)) out.set(c.code, c);
  return out;
});

/**
 * What is wrong with a document's code for its 发文机关标志 (none: an empty list), or undefined
 * when the rule does not judge it (no mark, a decree, another series, or a slip in the code
 * itself, which is doc-number/unknown-code's). Exported for doc-number/toc-number: a 目录 number
 * differing from a body's number this finds wrong is the body's slip, not the 目录's.
 */
export function seriesProblems(doc: GwDocument, model: Model) {
  const n = doc.number;
  const mark = doc.issuerMark?.text.replace(/[\s\u3000]+/g, '');
  if (!n || n.isDecree || !mark || /令$/.test(mark)) return undefined;
  const kind = seriesKindOf(n.code);
  if (!['发', '字', '办发', '办字'].includes(kind)) return undefined;
  const isFile = /文件$/.test(mark);
  const known = codesByName(model).get(n.code);
  // A joint mark (A ⏎ B ⏎ 文件) numbers with its lead issuer's code: the issuer it opens with.
  const marked = issuerOfMark(mark);
  // Not an office after its government's name (聊城市人民政府办公室 is no joint mark of 聊城市人民政府).
  const rest = known?.issuer && marked.startsWith(known.issuer) ? marked.slice(known.issuer.length) : '';
  const issuer = rest.length >= 4 && !/^办/.test(rest) && looksLikeIssuer(rest) ? known!.issuer : marked;
  // A slip in the code itself is doc-number/unknown-code's: one error, one diagnostic.
  if (!known && model.codes.length) {
    const all = model.codes.map((c) => c.code);
    if (closeCodes(n.code, all).length || isTransposition(n.code, all)) return undefined;
  }
  const markOffice = /办公[室厅]$/.test(issuer);
  const wantKind = (markOffice ? '办' : '') + (isFile ? '发' : '字');
  // The 文件 ⇔ 发 pairing is the convention of the model's own gazette (聊城: 无一例外), not of every
  // organ: other places' departments number under either mark (赣教规字 under 江西省教育厅文件,
  // 甘农发 under a bare 甘肃省农业农村厅). An unknown code of a place none of the model's codes
  // are of is not judged by it; the office check below holds everywhere.
  const foreign = !known && model.codes.length > 0 && !model.codes.some((c) => c.code[0] === n.code[0]);
  const problems: string[] = [];
  if (isFile !== kind.endsWith('发') && !foreign) {
    problems.push(isFile ? `发文机关标志“${mark}”带“文件”二字，应使用“发”字号，不用“${kind}”字号` : `发文机关标志“${mark}”不带“文件”二字，应使用“字”字号，不用“${kind}”字号`);
  }
  if (known && known.issuer && known.issuer !== issuer) {
    problems.push(`代字“${n.code}”属于${known.issuer}，而发文机关标志是${issuer}`);
  } else if (!known && markOffice !== kind.startsWith('办')) {
    problems.push(markOffice ? `办公室（厅）发文应使用带“办”的代字` : `代字“${n.code}”是办公室（厅）的代字，而发文机关标志是${issuer}`);
  }
  return { n, mark, issuer, kind, wantKind, known, problems };
}

export const series: Rule = {
  id: 'doc-number/series',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '发文字号的代字应与发文机关标志一致：“××文件”用“发”字号，只有机关名称的用“字”字号；办公室（厅）用“办”字代字。',
      en: 'The code series must agree with the issuer mark: "…文件" goes with the 发 series, a bare issuer name with the 字 series, and an office (办公室) with the 办 codes.',
    },
    why: 'GB/T 9704—2012 第7.2.4条（发文机关标志由发文机关全称或规范化简称加“文件”二字组成）与第7.2.5条；语料中“聊城市人民政府文件”⇔聊政发、“聊城市人民政府”⇔聊政字、“聊城市人民政府办公室（文件）”⇔聊政办发/聊政办字，无一例外。',
    bad: '聊城市人民政府文件\n聊政字〔2024〕5号',
    good: '聊城市人民政府文件\n聊政发〔2024〕5号',
  },
  check(ctx) {
    const { doc, model } = ctx;
    const found = seriesProblems(doc, model);
    if (!found) return;
    const { n, mark, issuer, kind, wantKind, known, problems } = found;
    if (!problems.length) return;
    const expected = codesOfIssuer(model, issuer).find((c) => c.kind === wantKind)?.code;
    const markFor = known?.issuer ? known.issuer + (kind.endsWith('发') ? '文件' : '') : undefined;
    const suggestions = [];
    if (expected && expected !== n.code) suggestions.push({ desc: `代字改为“${expected}”`, fix: { range: [n.parts.code.start, n.parts.code.end] as [number, number], text: expected } });
    if (markFor && markFor !== mark && doc.issuerMark) suggestions.push({ desc: `发文机关标志改为“${markFor}”`, fix: { range: [doc.issuerMark.start, doc.issuerMark.end] as [number, number], text: markFor } });
    ctx.report({
      start: n.parts.code.start, end: n.parts.code.end,
      message: `发文字号与发文机关标志不一致：${problems.join('；')}（GB/T 9704—2012 第7.2.4、7.2.5条）${expected && expected !== n.code ? `；应为“${expected}”，或改正发文机关标志` : ''}。`,
      ...(suggestions.length ? { suggestions } : {}),
    });
  },
};
