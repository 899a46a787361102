// How messages name the date a document is judged by: its own 成文日期, or, for an undated
// document, the date used instead and why, so a reader can tell a real error from a guessed date.
import type { AsOfBasis, RuleContext } from './types';

/** 2024-07-03 → 2024年7月3日. */
export function zhDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const BASIS: Record<Exclude<AsOfBasis, 'date'>, string> = {
  period: '按大事记所记月份',
  option: '按 --date 指定的日期',
  issue: '按本期公报最晚的成文日期',
  today: '按今天',
};

/** A lexicon date as messages write dates (2024年7月3日); one not a whole day is left as it is. */
export function zhDay(iso: string | undefined): string {
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? zhDate(iso) : String(iso);
}

/** “本文成文日期X”, or for an undated document “判断日期X（本文无成文日期，按…）”. */
export function asOfPhrase(ctx: Pick<RuleContext, 'asOf' | 'asOfBasis'>, shown = zhDay(ctx.asOf)): string {
  return ctx.asOfBasis === 'date' ? `本文成文日期${shown}` : `判断日期${shown}（本文无成文日期，${BASIS[ctx.asOfBasis]}）`;
}
