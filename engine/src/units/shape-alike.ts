// Characters of short unit names that a reader of a handwritten or scanned draft, or a 五笔 typist,
// takes for one another: one shares the other's main component and is no unit-name character in
// its place (市财改局 is 市财政局 mistyped, 改 and 政 both built on 攵). Only pairs of which neither
// swap names a body of its own: 市统计局 / 市审计局, 市水务局 / 市税务局 are both real.
const PAIRS = ['政改', '设没', '管菅', '住往', '人入', '农衣', '民氏', '务各', '审宙'];

const ALIKE = new Set(PAIRS.flatMap(([a, b]) => [a + b, b + a]));

/** Whether `a` may have been written for `b` by their shape: two different characters of one pair. */
export function shapeAlike(a: string, b: string): boolean {
  return ALIKE.has(a + b);
}

/** The other character of `c`'s pair, for planting such a slip. */
export function shapeAlikeOf(c: string): string | undefined {
  const pair = PAIRS.find((p) => p.includes(c));
  return pair && [...pair].find((x) => x !== c);
}
