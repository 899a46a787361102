// References to articles of the same document: 本办法第X条 / 第X条规定 / 前款 / 本条 must point at
// articles that exist (第X条 items, level 12, of the same sequence: an attached 办法 or a
// regulation inside a 令 has its own articles).
import type { NumberingItem } from '../../types';
import type { Rule, RuleContext } from '../types';
import { chineseToNumber, mixedToNumber, numberToChinese } from '../../parse/items';
import { overlaps } from '../spans';
import { spanIn } from '../../parse/paragraphs';

const CN = '[零〇一二三四五六七八九十百]+';
/** A run of article references: (本办法)?第X条(、第Y条)… */
const RUN = new RegExp(`(本(?:办法|细则|规定|条例|决定|制度|规则|实施细则|意见|方案))?第(${CN})条((?:[、，,或和及与至到]第${CN}条)*)`, 'g');
/** A 项 number, bare (第三项) or in the item's own brackets (第（三）项). */
const XIANG = `第[（(]?(${CN})[）)]?项`;
/** 第Y款(、第Z款…)(第W项…)? or 第W项(、…)? right after an article reference. */
const CLAUSE_AFTER = new RegExp(`^(?:第(${CN})款((?:[、和或及至到]第${CN}款)*))?(?:${XIANG}((?:[、和或及至到]第[（(]?${CN}[）)]?项)*))?`);
/** An article number in Arabic digits: (本办法)?第6条, with its 款 and 项 (第6条第2款). */
const ARABIC = /(本(?:办法|细则|规定|条例|决定|制度|规则|实施细则|意见|方案))?第([零〇一二三四五六七八九十百]{0,3}\d{1,3}[零〇一二三四五六七八九十百]{0,3})条/g;
/** A 项 in Arabic digits may be there (a paragraph's gate: one object, not a literal per paragraph). */
const DIGIT_XIANG = /\d[）)]?项/;
/** A digit before a 条, after any Chinese numerals (第6条, 第十2条): the cheap test for the two above. */
const DIGIT_TIAO = /\d[零〇一二三四五六七八九十百]{0,3}条/;
/** An amendment's own article, in digits: 将第16条修改为, 删去第20条, 改为第9条 (a 决定 amending another text). */
const AMEND_ARABIC = /(?<=将|删去|删除|改为|作为)第([零〇一二三四五六七八九十百]{0,3}\d{1,3}[零〇一二三四五六七八九十百]{0,3})条/g;
/** A 项 in digits after an article or 款 reference: 第七条第（1）项, 第二款第(2)项, 第七条第1项. （1） and 1.
 * number 目 and lower levels: a 项 is （一）. */
const XIANG_ARABIC = new RegExp(`(?<=第${CN}[条款])第([（(]?)(\\d{1,2})([）)]?)项`, 'g');
/** A 项 right after 前款: 前款第（二）项, 前款第二项. */
const XIANG_AFTER = new RegExp(`^${XIANG}`);
/** 修订前的 / 修改前的 / 修正前的 right before (本办法)第X条: the text as it was. */
const BEFORE_REVISION = /(?:修订|修改|修正)前的?$/;
/** 本办法第X章: a chapter of the text itself (a bare 第X章 may be another text's). */
const CHAPTER_REF = new RegExp(`(本(?:办法|细则|规定|条例|制度|规则|实施细则))第(${CN})章`, 'g');
/** A count as written in prose: 两款, not 二款. */
const howMany = (n: number) => (n === 2 ? '两' : numberToChinese(n));
/** 本条第Y款(第W项)? inside an article. */
const THIS_ARTICLE = new RegExp(`本条第(${CN})款`, 'g');
/** Text right before a bare 第X条 that makes it another text's article (…法第X条, 》第X条, 将第X条,
 * a number's: 国务院令第722号第十二条, （国务院令第722号）第十二条, 鲁政发〔2025〕9号文件第十五条). */
const FOREIGN_BEFORE = /(》|法|(?<!本)(?:法律|法规|规章)|条例|规定|办法|细则|规则|决定|意见|通知|纲要|章程|将|删去|删除|增加|作为|改为|原|即|增加一条，作为|号[）)]?|(?<!本)文件)$/;

export const articleRef: Rule = {
  id: 'cross-ref/article-ref',
  severity: 'error',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '本办法第X条、第X条第Y款第（Z）项、前款（及前款第（Z）项）、本条、本办法第X章等内部引用须指向本文件中存在的章、条、款、项；条号用汉字数字（第六条，不写第6条、第十2条），修改决定中“将第X条修改为”“删去第X条”所指被修改规章的条号亦然（其是否存在不在本文件中核对）。',
      en: 'Internal references (本办法第X条, 第X条第Y款第（Z）项, 前款 and 前款第（Z）项, 本条, 本办法第X章) must point at existing chapters, articles, paragraphs and items of the same text; article numbers are Chinese numerals (第六条, not 第6条), also those of the regulation a decision amends (将第十六条修改为, 删去第二十条), whose existence this document cannot show and is not judged.',
    },
    why: '内部引用指向不存在的条款会使规定无法执行；条款按“第X条”编号（章/节/条/款/项/目）。',
    bad: '第一条 为规范管理，制定本办法。\n第二条 违反本办法第十二条规定的，依法处理。\n第三条 本办法自发布之日起施行。',
    good: '第一条 为规范管理，制定本办法。\n第二条 违反本办法第三条规定的，依法处理。\n第三条 本办法自发布之日起施行。',
  },
  check(ctx) {
    const { doc } = ctx;
    // The articles a decision amends are checked whether or not this document has any of its own.
    // 将第16条修改为: the amended text's article, which this document does not hold, so whether it
    // exists is not judged; it is written in Chinese numerals all the same. Quoted text is the
    // amended text's own words, judged below when it is this document's.
    for (const p of doc.paragraphs) {
      // includes() first: a native search, where the regex scans every paragraph for a digit.
      if (!p.text.includes('条') || !DIGIT_TIAO.test(p.text) || overlaps(doc.noise, p.start, p.end)) continue;
      for (const mm of p.text.matchAll(AMEND_ARABIC)) {
        const head = p.text.slice(0, mm.index);
        if (head.split('“').length > head.split('”').length) continue;
        const v = mixedToNumber(mm[1]);
        const digits = mm.index! + 1;
        ctx.report({
          ...spanIn(p, mm.index!, mm.index! + mm[0].length),
          message: `条号“${mm[0]}”应用汉字数字，写作“第${numberToChinese(v)}条”（条款序号用汉字：第X条、第X款、第X项）。`,
          fix: { range: [p.map[digits], p.map[digits + mm[1].length - 1] + 1], text: numberToChinese(v) },
        });
      }
    }
    // 第七条第（1）项: an item's number is （一）, whether or not this document holds the article.
    for (const p of doc.paragraphs) {
      if (!DIGIT_XIANG.test(p.text) || overlaps(doc.noise, p.start, p.end)) continue;
      for (const mm of p.text.matchAll(XIANG_ARABIC)) {
        const v = Number(mm[2]);
        const cn = mm[1] || mm[3] ? `（${numberToChinese(v)}）` : numberToChinese(v);
        const from = mm.index! + 1;
        const to = mm.index! + mm[0].length - 1;
        ctx.report({
          ...spanIn(p, mm.index!, mm.index! + mm[0].length),
          message: `项号“${mm[0]}”应写作“第${cn}项”（条款序号：第X条、第X款、第（X）项，项用汉字数字；（1）、1.是项以下的层次）。`,
          fix: { range: [p.map[from], p.map[to - 1] + 1], text: cn },
        });
      }
    }
    const articles = doc.items.filter((i) => i.level === 12);
    if (!articles.length) {
      if (doc.type === '通告' || doc.type === '公告') noticeItemRefs(ctx);
      return;
    }
    // The sequence of each paragraph: that of the last item at or before it.
    // (One pass over the items for all paragraphs: asked per paragraph it was quadratic.)
    const seqAt: (number | undefined)[] = [];
    for (let pi = 0, k = 0, s: number | undefined; pi < doc.paragraphs.length; pi++) {
      while (k < doc.items.length && doc.items[k].paragraph <= pi) s = doc.items[k++].sequence;
      seqAt[pi] = s;
    }
    const seqOf = (pi: number): number | undefined => seqAt[pi];
    const bySeq = new Map<number, NumberingItem[]>();
    for (const a of articles) {
      const list = bySeq.get(a.sequence);
      if (list) list.push(a);
      else bySeq.set(a.sequence, [a]);
    }
    // The article numbers of a sequence, once per sequence (per paragraph it was quadratic).
    const facts = new Map<number, { values: Set<number>; max: number } | undefined>();
    const factsOf = (seq: number) => {
      if (!facts.has(seq)) {
        const own = bySeq.get(seq) ?? [];
        // Articles numbered again in each chapter (a slip numbering/sequence reports): a 第X条 could
        // be any of them, so no reference is judged.
        const values = new Set(own.map((a) => a.value));
        const restarts = own.filter((a) => a.value === 1).length;
        facts.set(seq, own.length && restarts < 2 ? { values, max: Math.max(...own.map((a) => a.value)) } : undefined);
      }
      return facts.get(seq);
    };
    const articleOf = (pi: number, seq: number): NumberingItem | undefined => {
      let a: NumberingItem | undefined;
      for (const it of articles) if (it.sequence === seq && it.paragraph <= pi) a = it;
      return a;
    };
    // An article's 款 (its first paragraph and each later paragraph that is not a numbered item)
    // with the number of （一） items (项) under each; up to the next 章/节/条 of the same part.
    // Paragraphs split by extraction only add 款, so a reference is never wrongly refused.
    const itemAt = new Map<number, NumberingItem>();
    for (const it of doc.items) if (!itemAt.has(it.paragraph)) itemAt.set(it.paragraph, it);
    const clauses = new Map<NumberingItem, number[]>();
    const clausesOf = (art: NumberingItem): number[] => {
      let list = clauses.get(art);
      if (list) return list;
      list = [];
      for (let pi = art.paragraph; pi < doc.paragraphs.length; pi++) {
        const it = itemAt.get(pi);
        if (pi > art.paragraph && ((it && it.level >= 10) || seqAt[pi] !== art.sequence)) break;
        if (pi === art.paragraph || !it) list.push(0);
        else if (it.level === 2) list[list.length - 1]++;
      }
      clauses.set(art, list);
      return list;
    };
    const chapterValues = new Map<number, number[]>();
    const chaptersOf = (seq: number): number[] => {
      let list = chapterValues.get(seq);
      if (!list) chapterValues.set(seq, (list = doc.items.filter((i) => i.level === 10 && i.sequence === seq).map((i) => i.value)));
      return list;
    };
    const CN_NUM = new RegExp(`第(${CN})款|第[（(]?(${CN})[）)]?项`, 'g');
    /** Report 款/项 numbers after an existing article that the article does not have. */
    const checkClauses = (p: { text: string; map: number[] }, art: NumberingItem, at: number, label: string) => {
      const m = CLAUSE_AFTER.exec(p.text.slice(at));
      if (!m || !m[0]) return;
      const list = clausesOf(art);
      const kuanPart = m[1] ? `第${m[1]}款${m[2]}` : '';
      const kuans: number[] = [];
      for (const k of kuanPart.matchAll(CN_NUM)) kuans.push(chineseToNumber(k[1]));
      let off = at;
      for (const k of kuanPart.matchAll(CN_NUM)) {
        const v = chineseToNumber(k[1]);
        if (v > list.length) {
          ctx.report({
            ...spanIn(p, off + k.index!, off + k.index! + k[0].length),
            message: `引用的“${label}${k[0]}”不存在：${label}只有${howMany(list.length)}款。请核对款号。`,
          });
          return;
        }
      }
      off += kuanPart.length;
      if (!m[3]) return;
      // 项 of the one 款 named (or of the whole article when no 款 is named); only when that 款 has
      // numbered items at all (items written inline are not counted).
      const items = kuans.length === 1 ? list[kuans[0] - 1] : kuans.length ? 0 : list.reduce((a, b) => a + b, 0);
      if (!items) return;
      // As written: 第三项 or 第（三）项.
      const xiangPart = m[0].slice(kuanPart.length);
      for (const k of xiangPart.matchAll(CN_NUM)) {
        if (chineseToNumber(k[2]) <= items) continue;
        const where = kuans.length ? `${label}第${numberToChinese(kuans[0])}款` : label;
        ctx.report({
          ...spanIn(p, off + k.index!, off + k.index! + k[0].length),
          message: `引用的“${where}${k[0]}”不存在：${where}只有${howMany(items)}项。请核对项号。`,
        });
        return;
      }
    };
    doc.paragraphs.forEach((p, pi) => {
      if (overlaps(doc.noise, p.start, p.end)) return;
      const seq = seqOf(pi);
      if (seq === undefined) return;
      // Every reference below holds a 条 or a 款: most paragraphs hold neither and skip the scans.
      const hasTiao = p.text.includes('条');
      if (!hasTiao && !p.text.includes('款')) return;
      // 第6条: this document numbers its articles in Chinese numerals, and so do its references.
      // Cheap test first: a digit before a 条.
      if (hasTiao && DIGIT_TIAO.test(p.text)) {
        const values = factsOf(seq)?.values;
        for (const mm of p.text.matchAll(ARABIC)) {
          const at = mm.index! + (mm[1]?.length ?? 0);
          if (at === 0) continue; // a heading: numbering/sequence's
          const before = p.text.slice(Math.max(0, mm.index! - 12), mm.index);
          if (!mm[1] && FOREIGN_BEFORE.test(before)) continue;
          // Quoted (amendment text of a 决定): a bare 第7条 may be anyone's, and 本办法's articles are
          // the amended text's, not these; the digits are wrong all the same.
          const head = p.text.slice(0, mm.index);
          const quoted = head.split('“').length > head.split('”').length;
          if (quoted && !mm[1]) continue;
          const v = mixedToNumber(mm[2]);
          const cn = `第${numberToChinese(v)}条`;
          const digits = at + 1;
          const known = !quoted && !!values?.has(v);
          ctx.report({
            ...spanIn(p, at, mm.index! + mm[0].length),
            message: `条号“${mm[0].slice(mm[1]?.length ?? 0)}”应用汉字数字，写作“${cn}”（条款序号用汉字：第X条、第X款、第X项）${known || quoted || !values ? '' : `；且${mm[1] ?? '本文件'}没有${cn}，请核对条号`}。`,
            ...(known ? { fix: { range: [p.map[digits], p.map[digits + mm[2].length - 1] + 1] as [number, number], text: numberToChinese(v) } } : {}),
          });
        }
      }
      const facts = factsOf(seq);
      if (!facts) return;
      const { values, max } = facts;
      RUN.lastIndex = 0;
      let m: RegExpExecArray | null;
      // “ and ” before the reference, counted on from the previous one (counted from the paragraph's
      // start per reference, a paragraph of many references was quadratic).
      let counted = 0;
      let quotes = 0;
      while (hasTiao && (m = RUN.exec(p.text))) {
        const before = p.text.slice(Math.max(0, m.index - 12), m.index);
        for (; counted < m.index; counted++) {
          const ch = p.text.charCodeAt(counted);
          if (ch === 0x201c) quotes++;
          else if (ch === 0x201d) quotes--;
        }
        // A quoted article (amendment text) or another text's article is not ours.
        const quoteOpen = quotes > 0;
        if (!m[1] && (FOREIGN_BEFORE.test(before) || quoteOpen)) continue;
        // The text before its revision (修订前的本办法第二十五条, 修改前的第十条): its old numbering (redteam7).
        if (BEFORE_REVISION.test(before)) continue;
        // The article's own heading (第五条 at the start of its paragraph) is not a reference.
        if (m.index === 0 && !m[1]) continue;
        const nums: { v: number; at: number; len: number }[] = [];
        const re = new RegExp(`第(${CN})条`, 'g');
        let k: RegExpExecArray | null;
        while ((k = re.exec(m[0]))) nums.push({ v: chineseToNumber(k[1]), at: m.index + k.index, len: k[0].length });
        const last = nums[nums.length - 1];
        if (last && values.has(last.v)) {
          const art = bySeq.get(seq)!.find((a) => a.value === last.v);
          if (art) checkClauses(p, art, last.at + last.len, `第${numberToChinese(last.v)}条`);
        }
        // The text as the reference names it (本办法, 本规定…); a bare 第X条 is the articles around it.
        const whose = m[1] ?? '本文件';
        for (const n of nums) {
          if (values.has(n.v)) continue;
          ctx.report({
            ...spanIn(p, n.at, n.at + n.len),
            message: `引用的“${p.text.slice(n.at, n.at + n.len)}”不存在：${whose}的条款为第一条至第${numberToChinese(max)}条，没有第${numberToChinese(n.v)}条。请核对条号。`,
          });
        }
      }
      // 本办法第X章: a chapter this text has (its 第X章 items).
      if (p.text.includes('章')) {
        for (const mm of p.text.matchAll(CHAPTER_REF)) {
          const chapters = chaptersOf(seq);
          const v = chineseToNumber(mm[2]);
          if (!chapters.length || chapters.includes(v)) continue;
          const at = mm.index! + mm[1].length;
          ctx.report({
            ...spanIn(p, at, mm.index! + mm[0].length),
            message: `引用的“第${mm[2]}章”不存在：${mm[1]}共${numberToChinese(Math.max(...chapters))}章，没有第${numberToChinese(v)}章。请核对章号。`,
          });
        }
      }
      // 本条第Y款(第W项): the 款 of the article the paragraph is in.
      if (p.text.includes('本条第')) {
        for (const mm of p.text.matchAll(THIS_ARTICLE)) {
          const art = articleOf(pi, seq);
          if (art) checkClauses(p, art, (mm.index ?? 0) + 2, '本条');
        }
      }
      // 前款: the paragraph must not be the first paragraph of its article. The article and where
      // the paragraph's first 第X款 or 。 ends are found once per paragraph, not per 前款 (quadratic).
      let art: NumberingItem | undefined | null = null;
      let firstClauseEnd = -1;
      for (const mm of p.text.matchAll(/前款|本条/g)) {
        const at = mm.index ?? 0;
        if (art === null) art = articleOf(pi, seq);
        if (mm[0] === '本条' && !art) {
          ctx.report({ ...spanIn(p, at, at + 2), message: '“本条”不在任何一条之内：请写明所指条号（如“本办法第X条”）。' });
        } else if (mm[0] === '前款' && art && art.paragraph < pi && !itemAt.has(pi)) {
          // 前款第（X）项: the 款 before this paragraph's must have that many numbered items. Lines an
          // extraction broke off make 款 of their own (at 13 characters each item's second line
          // did), so the items of all earlier 款 of the article are counted: never wrongly refused.
          const x = XIANG_AFTER.exec(p.text.slice(at + 2));
          if (!x) continue;
          let kuan = 0;
          for (let q = art.paragraph; q <= pi; q++) if (q === art.paragraph || !itemAt.has(q)) kuan++;
          // A 前款 with no numbered items of its own (items written inline) is not judged.
          const earlier = clausesOf(art).slice(0, kuan - 1);
          const items = earlier.reduce((a, b) => a + b, 0);
          const v = chineseToNumber(x[1]);
          if (earlier[earlier.length - 1] && v > items) {
            const where = art.marker.replace(/\s+/g, '');
            ctx.report({
              ...spanIn(p, at, at + 2 + x[0].length),
              message: `引用的“前款${x[0]}”不存在：${where}在此之前只有${howMany(items)}项。请核对项号。`,
            });
          }
        } else if (mm[0] === '前款' && art && art.paragraph === pi) {
          // 前款 in the first paragraph (款) of an article points at nothing.
          if (firstClauseEnd < 0) {
            const first = /第[零〇一二三四五六七八九十百]+款|。/.exec(p.text);
            firstClauseEnd = first ? first.index + first[0].length : Infinity;
          }
          // No match ends before the first one: the text before `at` holds one iff the first ends by `at`.
          if (firstClauseEnd <= at) continue;
          ctx.report({ ...spanIn(p, at, at + 2), message: `“前款”出现在${art.marker.replace(/\s+/g, '')}的第一款中，没有可指向的前一款：请写明所指条款。` });
        }
      }
    });
  },
};

/** 本通告第X条(、第Y条…) in a 通告 or 公告: its 条 are its items 一、二、… when it has no 第X条. */
const NOTICE_REF = new RegExp(`本(?:通告|公告)第(${CN})条((?:[、，,或和及与至到]第${CN}条)*)`, 'g');

/** A 通告 written in items (一、…五、) cites them as 条 (违反本通告第三条规定的): the item must exist. */
function noticeItemRefs(ctx: RuleContext): void {
  const { doc } = ctx;
  if (doc.noise.length || doc.continuations.length) return;
  const top = doc.items.filter((i) => i.level === 1 && !overlaps(doc.hosted, i.start, i.start + 1));
  // Only a run seen whole: 一、 to N、 without a gap.
  if (top.length < 2 || top.some((i, k) => i.value !== k + 1)) return;
  const n = top.length;
  for (const p of doc.paragraphs) {
    if (p.text.indexOf('通告第') < 0 && p.text.indexOf('公告第') < 0) continue;
    if (overlaps(doc.hosted, p.start, p.end)) continue;
    for (const m of p.text.matchAll(NOTICE_REF)) {
      const self = m[0].slice(0, 3);
      for (const r of m[0].matchAll(new RegExp(`第(${CN})条`, 'g'))) {
        const v = chineseToNumber(r[1]);
        if (!(v > n)) continue;
        const at = m.index! + r.index!;
        ctx.report({
          ...spanIn(p, at, at + r[0].length),
          message: `引用的“${r[0]}”不存在：${self}只有${howMany(n)}条（“一、”至“${numberToChinese(n)}、”）。请核对条号。`,
        });
      }
    }
  }
}
