// Pathological inputs: deep nesting, 100,000-character lines, unclosed blocks, many markers. The
// fuzz test lints each within a budget (a hang detector); the bench lints each at two sizes and
// prints how the time grows (linear work: 4 × the input, about 4 × the time).

/** Each shape at `scale` × its fuzz-test size (repeat counts scaled, at least 1). */
export function pathologicalShapes(scale = 1): Record<string, string> {
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  return {
    'deep （': '（'.repeat(n(50_000)) + '）'.repeat(n(50_000)),
    'deep 《': '《'.repeat(n(50_000)) + '》'.repeat(n(50_000)),
    'unclosed 《': '《'.repeat(n(100_000)),
    'unclosed blocks': '（牵头单位：市财政局、'.repeat(n(10_000)),
    'long line': '为'.repeat(n(100_000)),
    'long line of numbers': '聊政发〔2024〕1号'.repeat(n(10_000)),
    'many items': Array.from({ length: n(20_000) }, (_, i) => `（${i % 7 === 0 ? '一' : '二'}）条目。`).join('\n'),
    'many continuations': Array.from({ length: n(5_000) }, (_, i) => `内容（下转第${i}页）\n（上接第${i}页）内容`).join('\n'),
    'only newlines': '\n'.repeat(n(100_000)),
    'only CR': '\r'.repeat(n(100_000)),
    'NUL bytes': '\u0000'.repeat(n(10_000)) + '聊政发〔2024〕1号' + '\u0000'.repeat(n(10_000)),
    'lone surrogates': '\ud800\udc00\udc00\ud800'.repeat(n(25_000)),
    // Work per citation or reference must not scan its whole paragraph: one paragraph of 2,300
    // citations (of a repealed document) and one of 8,000 quoted article references.
    'many citations in one paragraph': '为贯彻落实《聊城市人民政府关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号），'.repeat(n(2_300)),
    // More items than `push(...items)` takes as arguments: 150,000 citations in one paragraph
    // threw RangeError out of the parser (engine/src/arrays.ts).
    'a paragraph of 150,000 citations': '《办法》'.repeat(n(150_000)),
    'many quoted article references': `第一条 为规范管理，制定本办法。\n第二条 ${'将“第五条”修改为第九条，'.repeat(n(8_000))}\n第三条 本办法自发布之日起施行。`,
  };
}
