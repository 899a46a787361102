// Hover: on a 发文字号 or a cited title, the registry's title, issuer, date and status (in force or
// repealed, by which document); on a unit, as the rules read it on the document's date (its standard name for an
// alias or a slip), its full name and the dates it was in use; on a diagnostic's span,
// the rule's explanation.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { DocNumber, LeadUnit } from '../../../engine/src/types';
import type { Model, RepealStatement } from '../../../engine/src/model/types';
import { findDocNumbers } from '../../../engine/src/parse/docNumber';
import { findRule } from '../../../engine/src/rules';
import { asOfDate, documentAt, type Analysis } from './context';
import { isZh, t } from './l10n';
import { lookupUnit } from '../../../engine/src/units';
import { findByTitle } from '../../../engine/src/registry';
import { zhDay } from '../../../engine/src/rules/as-of';

/** A date as the messages write it in Chinese (2024年7月3日), ISO in English. */
const day = (iso: string): string => (isZh() ? zhDay(iso) : iso);

/** The statement that repealed `number` on or before `date` (any date when omitted). */
export function isRepealed(model: Model, number: string, date?: string): RepealStatement | undefined {
  if (!number) return undefined;
  return model.repeals.find((r) => r.kind === 'repeal' && r.target === number && (!date || r.date <= date));
}

/** Every 发文字号 the parser found, plus any the line holds that it did not attach to a structure. */
export function numberAt(a: Analysis, offset: number): DocNumber | undefined {
  const { gazette, source } = a.result;
  const all: DocNumber[] = [];
  for (const d of gazette.documents) {
    if (d.number) all.push(d.number);
    for (const c of d.citations) if (c.number) all.push(c.number);
  }
  for (const e of gazette.toc) if (e.number) all.push(e.number);
  const hit = all.find((n) => n.start <= offset && offset <= n.end);
  if (hit) return hit;
  const line = source.positionAt(offset).line;
  const start = source.lineStarts[line];
  return findDocNumbers(source.lineText(line), undefined, start, a.model.codes.map((c) => c.code)).find((n) => n.start <= offset && offset <= n.end);
}

export function unitAt(a: Analysis, offset: number): LeadUnit | undefined {
  for (const d of a.result.gazette.documents) {
    for (const b of d.blocks) {
      if (offset < b.start || offset > b.end) continue;
      for (const r of b.roles) for (const u of r.units) if (u.start <= offset && offset <= u.end) return u;
    }
  }
  return undefined;
}

/** The cited title under the cursor (between its 《》) and the number it is registered under: its
 * own number when the citation has one, else the registry's entry for the title. */
export function citedTitleAt(a: Analysis, offset: number): { span: { start: number; end: number }; number: Pick<DocNumber, 'canonical'> } | undefined {
  for (const d of a.result.gazette.documents) {
    const c = d.citations.find((x) => x.title.start <= offset && offset <= x.title.end);
    if (!c) continue;
    if (c.number) return { span: c.title, number: c.number };
    const reg = findByTitle(a.model, c.title.text);
    return reg ? { span: c.title, number: { canonical: reg.number } } : undefined;
  }
  return undefined;
}

function numberHover(a: Analysis, n: Pick<DocNumber, 'canonical'>, date: string): string {
  const number = n.canonical;
  const reg = a.model.documents.find((d) => d.number === number);
  const lines: string[] = [];
  if (!reg) {
    const own = a.result.gazette.documents.find((d) => d.number === n);
    if (own?.title) {
      lines.push(`**${own.title.text}**`, '', `${t('发文字号', 'Number')}：${number}`);
      if (own.date?.iso) lines.push(`${t('成文日期', 'Date')}：${day(own.date.iso)}`);
      return lines.join('  \n');
    }
    return t('{0}：登记册中没有这份文件', '{0}: not in the registry', number);
  }
  lines.push(`**${reg.title}**`, '');
  lines.push(`${t('发文字号', 'Number')}：${number}`);
  if (reg.issuer) lines.push(`${t('发文机关', 'Issuer')}：${reg.issuer}`);
  if (reg.date) lines.push(`${t('成文日期', 'Date')}：${day(reg.date)}`);
  const repeal = isRepealed(a.model, number);
  if (repeal) {
    const by = a.model.documents.find((d) => d.number === repeal.by);
    const when = repeal.date <= date ? '' : t('（本文日期 {0} 时尚有效）', ' (still in force on this document\'s date {0})', day(date));
    lines.push(`${t('状态', 'Status')}：${t('已于 {0} 被 {1} 废止', 'repealed on {0} by {1}', day(repeal.date), repeal.by)}${by ? `《${by.title}》` : ''}${when}`);
  } else {
    const amend = a.model.repeals.filter((r) => r.kind === 'amend' && r.target === number).map((r) => r.by);
    lines.push(`${t('状态', 'Status')}：${t('有效', 'in force')}${amend.length ? t('（经 {0} 修改）', ' (amended by {0})', amend.join('、')) : ''}`);
  }
  if (reg.source) lines.push(`${t('来源', 'Source')}：${reg.source}`);
  return lines.join('  \n');
}

/** A unit as the lead-unit rules read it on the document's date (engine lookupUnit), so the hover
 * and the diagnostic on the same name agree. */
function unitHover(a: Analysis, name: string, date: string): string {
  const found = lookupUnit(a.model, name, date);
  const byName = (n: string) => a.model.units.find((u) => u.name === n);
  if (found.kind === 'local-government' || found.kind === 'group') {
    return `**${name}**  \n${t('标准写法（一组单位，不在单位名录中）', 'standard wording (a group of bodies, not in the unit list)')}`;
  }
  if (found.kind === 'unknown') {
    const near = found.nearest.length ? t('；最接近：{0}', '; nearest: {0}', found.nearest.join('、')) : '';
    return t('{0}：模型中没有这个单位', '{0}: unit not in the model', name) + near;
  }
  const lines = [`**${name}**`, ''];
  let unit = 'entry' in found ? found.entry : undefined;
  if (found.kind === 'alias' || found.kind === 'slip') {
    unit = byName(found.standard);
    lines.push(found.kind === 'slip'
      ? t('可能是“{0}”之误', 'probably a slip for {0}', found.standard)
      : t('规范简称：{0}', 'standard short name: {0}', found.standard));
  }
  if (!unit) return lines.join('  \n');
  if (unit.full) lines.push(`${t('全称', 'Full name')}：${unit.full}`);
  const from = unit.validFrom ?? unit.firstSeen;
  const until = unit.validUntil ?? unit.lastSeen;
  lines.push(`${t('使用时间', 'In use')}：${day(from)} — ${unit.validUntil ? day(until) : t('至今（最后见于 {0}）', 'now (last seen {0})', day(until))}`);
  if (unit.successors?.length) lines.push(`${t('后继名称', 'Renamed to')}：${unit.successors.join('、')}`);
  if (found.kind === 'not-yet') lines.push(t('本文日期 {0} 时尚未使用', 'not yet in use on this document\'s date {0}', day(date)));
  return lines.join('  \n');
}

export function hover(a: Analysis, pos: Position): Hover | null {
  const { source, gazette, diagnostics } = a.result;
  const offset = source.offsetAt(pos);
  const date = asOfDate(gazette, documentAt(gazette.documents, offset), a.settings);
  const parts: string[] = [];
  let span: { start: number; end: number } | undefined;

  const n = numberAt(a, offset);
  if (n) {
    parts.push(numberHover(a, n, date));
    span = n;
  } else {
    const u = unitAt(a, offset);
    const cited = u ? undefined : citedTitleAt(a, offset);
    if (u) {
      parts.push(unitHover(a, u.text, date));
      span = u;
    } else if (cited) {
      parts.push(numberHover(a, cited.number, date));
      span = cited.span;
    }
  }
  const rules = new Set<string>();
  for (const d of diagnostics) {
    if (d.start <= offset && offset <= d.end && !rules.has(d.ruleId)) {
      rules.add(d.ruleId);
      const rule = findRule(d.ruleId);
      const desc = rule ? (isZh() ? rule.docs.description.zh : rule.docs.description.en) : '';
      const body = [`**${d.ruleId}**${desc ? ` — ${desc}` : ''}`];
      if (rule?.docs.why) body.push('', rule.docs.why);
      if (rule?.docs.bad) body.push('', `${t('错误', 'Wrong')}：${rule.docs.bad}  \n${t('正确', 'Right')}：${rule.docs.good}`);
      parts.push(body.join('\n'));
      span ??= d;
    }
  }
  if (!parts.length) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    ...(span ? { range: { start: source.positionAt(span.start), end: source.positionAt(span.end) } } : {}),
  };
}
