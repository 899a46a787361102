// A 目录 entry's title is its document's, copied: under the same number, a 目录 title that differs
// from the body's title by a slip (a character or a word replaced, dropped or added inside it, or
// another 文种 at its end) is reported at the entry, with the body's wording as a suggestion.
// The body's title is what the parser read from an extracted page, so a difference that looks
// like the parser's (a title cut or run on at either end by a hard wrap, a 任免 or 令 head read
// otherwise, a title quite unlike the entry's, a printed page number inside it) is never one:
// titles are compared by their letters and digits only (tocTitleKey), and must share a beginning
// and an end.
import type { Rule } from '../types';
import type { Fix, GwDocument, TocEntry } from '../../types';
import { sameNumberPairs, tocTitleKey } from '../toc';
import { overlaps } from '../spans';

/** What the differing part may be at most: characters, and share of the shorter title. */
const MAX_MID = 6;
const MAX_SHARE = 1 / 3;
/** The shared beginning and end a slip sits between (a shorter end only for a 文种 replaced). */
const MIN_ANCHOR = 2;
/** A title's 文种 at its end. */
const GENRE = /(通知|意见|决定|办法|方案|规定|细则|批复|函|公告|通告|通报|报告|请示|纪要|规划|要点|计划|措施|规则|制度|预案|命令|决议|条例|清单|目录|职责|机制)$/;

export interface TitleSlip {
  /** Length of the shared beginning and end, in key characters. */
  prefix: number;
  suffix: number;
}

/** Where two title keys differ, when the difference reads as a slip (see above); undefined otherwise. */
export function titleSlip(a: string, b: string): TitleSlip | undefined {
  if (!a || !b || a === b) return undefined;
  const A = [...a];
  const B = [...b];
  let p = 0;
  while (p < A.length && p < B.length && A[p] === B[p]) p++;
  let s = 0;
  while (s < A.length - p && s < B.length - p && A[A.length - 1 - s] === B[B.length - 1 - s]) s++;
  const midA = A.slice(p, A.length - s).join('');
  const midB = B.slice(p, B.length - s).join('');
  if (p < MIN_ANCHOR) return undefined;
  const longest = Math.max(midA.length, midB.length);
  if (longest > MAX_MID || longest > Math.min(A.length, B.length) * MAX_SHARE) return undefined;
  if (!midA || !midB) {
    // Something added or dropped: inside the title only (at an end it is a cut or a run-on), and
    // words, not a number alone (a printed page number the extraction left inside a title).
    if (s < MIN_ANCHOR || !/\p{Script=Han}/u.test(midA + midB)) return undefined;
  } else if (s < MIN_ANCHOR && !(GENRE.test(a) && GENRE.test(b))) {
    return undefined;
  }
  return { prefix: p, suffix: s };
}

/** Offsets in `text` (from `base`) of the characters tocTitleKey keeps, when they spell `key`'s end. */
function keyOffsets(text: string, key: string): number[] | undefined {
  const at: number[] = [];
  let kept = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i].normalize('NFKC');
    if (/^[\p{L}\p{N}]$/u.test(c)) {
      kept += c;
      at.push(i);
    }
  }
  if (!kept.endsWith(key)) return undefined;
  return at.slice(at.length - [...key].length);
}

/**
 * The body's wording for the entry's differing part, as an edit of the entry's text (its own
 * spacing and line breaks elsewhere kept): everything between the shared beginning and end (for a
 * 文种 replaced at the end, up to the last letter). With the entry's text it replaces.
 */
function suggestion(source: string, toc: TocEntry, doc: GwDocument, a: string, b: string, slip: TitleSlip): { fix: Fix; was: string } | undefined {
  const tocText = source.slice(toc.title.start, toc.title.end);
  const bodyText = doc.title!.text;
  const ta = keyOffsets(tocText, a);
  const tb = keyOffsets(bodyText, b);
  if (!ta || !tb) return undefined;
  // From the first differing letter to the last, so marks beside them stay the entry's own (a body's
  // half-width bracket the extraction left is not copied into the 目录); nothing differing on one
  // side is an insertion point right after the shared beginning.
  const span = (offs: number[]): [number, number] => {
    const last = offs.length - slip.suffix - 1;
    return last < slip.prefix ? [offs[slip.prefix - 1] + 1, offs[slip.prefix - 1] + 1] : [offs[slip.prefix], offs[last] + 1];
  };
  const [ts, te] = span(ta);
  const [bs, be] = span(tb);
  const was = tocText.slice(ts, te);
  if (/[\r\n]/.test(was)) return undefined;
  return { fix: { range: [toc.title.start + ts, toc.title.start + te], text: bodyText.slice(bs, be) }, was };
}

export const tocTitle: Rule = {
  id: 'structure/toc-title',
  severity: 'warning',
  fixable: false,
  scope: 'gazette',
  reads: ['number', 'title', 'type', 'noise', 'continuations'],
  docs: {
    description: {
      zh: '公报目录中的文件标题应与所列文件（同一发文字号）正文的标题一致。',
      en: "A gazette issue's table of contents (目录) lists each document under the title its body carries.",
    },
    why: '公报目录逐篇照录文件的标题和发文字号，目录是正文的抄录（标题见GB/T 9704—2012 第7.3.1条）；同一发文字号下目录标题与正文标题不一致，读者按目录查找或引用就会出错。语料四期公报的目录标题与正文标题去掉发文机关名称后无一不同。只在两者只差标题中间的个别字词（或结尾的文种）时提示；标题被换行截断、接续等提取造成的差异不提示。',
    bad: '目录\n关于加快推进现代物流业高质量发展的意见\n聊政发〔2022〕3号 7\n……\n聊政发〔2022〕3号\n聊城市人民政府关于加快推进现代服务业高质量发展的意见',
    good: '目录\n关于加快推进现代服务业高质量发展的意见\n聊政发〔2022〕3号 7\n……\n聊政发〔2022〕3号\n聊城市人民政府关于加快推进现代服务业高质量发展的意见',
    test: {
      bad: '聊城市人民政府公报\n2022\n第3期\n目录\n◎市政府文件\n关于加快推进现代物流业高质量发展的意见\n聊政发〔2022〕3号 7\n\n聊城市人民政府文件\n聊政发〔2022〕3号\n聊城市人民政府关于加快推进现代服务业高质量发展的意见\n各县（市、区）人民政府，市政府各部门：\n现就加快推进我市现代服务业高质量发展提出如下意见。\n一、完善基础设施。\n聊城市人民政府\n2022年3月10日\n',
      good: '聊城市人民政府公报\n2022\n第3期\n目录\n◎市政府文件\n关于加快推进现代服务业高质量发展的意见\n聊政发〔2022〕3号 7\n\n聊城市人民政府文件\n聊政发〔2022〕3号\n聊城市人民政府关于加快推进现代服务业高质量发展的意见\n各县（市、区）人民政府，市政府各部门：\n现就加快推进我市现代服务业高质量发展提出如下意见。\n一、完善基础设施。\n聊城市人民政府\n2022年3月10日\n',
    },
  },
  check(ctx) {
    const g = ctx.gazette;
    const text = ctx.source.text;
    for (const { toc, doc } of sameNumberPairs(g)) {
      const title = doc.title;
      if (!title || doc.type === '大事记') continue;
      // A head the extraction scrambled or a continuation moved into: not the title as printed.
      if (overlaps(doc.noise, title.start, title.end) || overlaps(doc.continuations, title.start, title.end)) continue;
      const a = tocTitleKey(toc.title.text);
      const b = tocTitleKey(title.text);
      const slip = titleSlip(a, b);
      if (!slip) {
        // Another document's title copied onto this entry (a row of the 目录 filled from the wrong
        // document): the title is that document's, word for word.
        const other = a !== b && [...a].length >= 6 ? g.documents.find((o) => o !== doc && o.title && o.number && tocTitleKey(o.title.text) === a) : undefined;
        if (other) {
          ctx.report({
            start: toc.title.start, end: toc.title.end,
            message: `目录中发文字号为“${doc.number!.canonical}”的条目，标题“${toc.title.text}”却是另一份文件（${other.number!.canonical}）的标题：请按正文改正目录标题（第${ctx.source.positionAt(title.start).line + 1}行正文标题是“${title.text}”；公报目录照录每份文件的标题和发文字号，GB/T 9704—2012 第7.3.1条）。`,
          });
        }
        continue;
      }
      const line = ctx.source.positionAt(title.start).line + 1;
      const edit = suggestion(text, toc, doc, a, b, slip);
      const what = !edit ? '请按正文改正目录'
        : !edit.was ? `请按正文在目录标题的“${[...text.slice(toc.title.start, edit.fix.range[0]).replace(/\s+/g, '')].slice(-6).join('')}”之后补上“${edit.fix.text}”`
          : !edit.fix.text ? `请按正文删去目录标题中的“${edit.was}”`
            : `请按正文把目录标题中的“${edit.was}”改为“${edit.fix.text}”`;
      ctx.report({
        start: toc.title.start, end: toc.title.end,
        // The fix before the body's whole title, which follows as the reason.
        message: `目录中的标题“${toc.title.text}”与所列文件（${doc.number!.canonical}）正文的标题不一致：${what}（第${line}行正文标题是“${title.text}”；公报目录照录每份文件的标题和发文字号，GB/T 9704—2012 第7.3.1条）；若是正文印错，请改正文。`,
        ...(edit ? { suggestions: [{ desc: edit.was ? `“${edit.was}”改为“${edit.fix.text}”` : `补上“${edit.fix.text}”`, fix: edit.fix }] } : {}),
      });
    }
  },
};
