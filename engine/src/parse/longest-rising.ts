// Which items of a sequence are in order: the rules that find the one item out of place (a 目录
// entry moved, a 大事记 day typed wrong) keep one longest rising run and blame the rest; the
// parser trusts only the 目录 page numbers of such a run when it places documents.

/**
 * Indices of one longest rising subsequence of xs (the earliest such, for ties): strictly rising,
 * or non-decreasing when `strict` is false (a 大事记 records several events on one day).
 */
export function longestRising(xs: number[], strict = true): Set<number> {
  const len = xs.map(() => 1);
  const from = xs.map(() => -1);
  for (let i = 0; i < xs.length; i++) {
    for (let j = 0; j < i; j++) {
      const before = strict ? xs[j] < xs[i] : xs[j] <= xs[i];
      if (before && len[j] + 1 > len[i]) { len[i] = len[j] + 1; from[i] = j; }
    }
  }
  let best = -1;
  for (let i = 0; i < xs.length; i++) if (best < 0 || len[i] > len[best]) best = i;
  const out = new Set<number>();
  for (let i = best; i >= 0; i = from[i]) out.add(i);
  return out;
}
