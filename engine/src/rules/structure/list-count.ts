// structure/list-count: a list headed with its count (一、先进集体（10个）, 二、先进个人（20名）) holds
// that many entries, and the body that names the list by count (王建国等20名先进个人) gives the
// same number. A 通报 or a 名单 edited after its count was written (an entry added, a unit merged)
// keeps the old count: the reader cannot tell which is right.
import type { Paragraph } from '../../types';
import type { Rule } from '../types';
import { overlaps } from '../spans';
import { spanIn } from '../../parse/paragraphs';

/** 一、先进集体（10个）, （二）先进个人（20名）, 先进集体（10个） */
const COUNTED_HEAD = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?([\u4e00-\u9fa5]{2,16}?)[（(](\d{1,4})(个|名|人|家|项)[）)]$/;
/** Any heading that ends a list: 一、 （一） 1. 第X… */
const HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、]|第[一二三四五六七八九十]+[章节条])/;
/** An entry line: a name, or a name and a post (王建国 东昌府区水利局副局长); no sentence or run of names. */
const ENTRY = /^[^。，；、：:;,]{2,40}$/;
/** 王建国等20名先进个人, 东昌府区防汛抗旱指挥部办公室等10个先进集体 */
const COUNTED_NOUN = /等(\d{1,4})(个|名|人|家|项)([\u4e00-\u9fa5]{2,16}?)(?=和|与|及|、|，|。|予以|进行|给予|$)/g;

/** A note under the heading, no entry: （排名不分先后）, （按姓氏笔画排序）. */
const NOTE = /^[（(][^（）()]{2,20}[）)]$/;
/** Between entries set side by side on one line (东昌府区应急管理局　　临清市林业发展中心). */
const COLUMNS = /[ \u3000\t]{2,}/;

interface List { noun: string; count: number; entries: number; segments: number; at: Paragraph; numAt: number; numLen: number }

export const listCount: Rule = {
  id: 'structure/list-count',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '标明人数、个数的名单（一、先进集体（10个））所列条目数与标明的数目一致，正文所称“等N个先进集体”“等N名先进个人”与名单数目一致。',
      en: 'A list headed with its count (一、先进集体（10个）) holds that many entries, and the body\'s 等N个先进集体 / 等N名先进个人 gives the same number.',
    },
    why: '表彰、通报名单的数目写错，读者无法判断是名单漏列还是数目有误；常见于增删名单后未改数目。',
    bad: '一、先进集体（3个）\n\n临清市水利局\n\n莘县水利局',
    good: '一、先进集体（2个）\n\n临清市水利局\n\n莘县水利局',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2025〕38号\n\n聊城市人民政府办公室关于表扬防汛抢险工作先进集体的通报\n\n各县（市、区）人民政府，市政府各部门：\n\n经市政府同意，决定对临清市水利局等3个先进集体予以通报表扬。\n\n附件：防汛抢险工作先进集体名单\n\n聊城市人民政府办公室\n\n2025年10月20日\n\n附件\n\n防汛抢险工作先进集体名单\n\n一、先进集体（3个）\n\n临清市水利局\n\n莘县水利局\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2025〕38号\n\n聊城市人民政府办公室关于表扬防汛抢险工作先进集体的通报\n\n各县（市、区）人民政府，市政府各部门：\n\n经市政府同意，决定对临清市水利局等2个先进集体予以通报表扬。\n\n附件：防汛抢险工作先进集体名单\n\n聊城市人民政府办公室\n\n2025年10月20日\n\n附件\n\n防汛抢险工作先进集体名单\n\n一、先进集体（2个）\n\n临清市水利局\n\n莘县水利局\n',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    // An extracted issue splits and merges lines: its entries cannot be counted reliably.
    if (ctx.mode === 'issue') return;
    const ps = doc.paragraphs;
    const ends = doc.attachments.map((a) => a.start).concat(doc.signature ? [doc.signature.start] : []);
    const lists: List[] = [];
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i];
      // Cheap test first: a counted heading ends with ）.
      if (!p.text.endsWith('）') && !p.text.endsWith(')')) continue;
      const m = COUNTED_HEAD.exec(p.text.trim());
      if (!m) continue;
      let entries = 0;
      let segments = 0;
      let plain = true;
      for (let k = i + 1; k < ps.length; k++) {
        const q = ps[k];
        if (ends.some((e) => e > p.start && e <= q.start) || HEADING.test(q.text) || COUNTED_HEAD.test(q.text.trim())) break;
        if (NOTE.test(q.text.trim())) continue;
        if (!ENTRY.test(q.text.trim()) || /^\d{4}年\d{1,2}月\d{1,2}日$/.test(q.text.trim())) { plain = false; break; }
        if (overlaps(doc.hosted, q.start, q.end) || overlaps(doc.noise, q.start, q.end) || overlaps(doc.continuations, q.start, q.end)) { plain = false; break; }
        entries++;
        // The source line: the paragraph's text drops the spaces between Chinese characters.
        segments += ctx.source.text.slice(q.start, q.end).trim().split(COLUMNS).length;
      }
      // A heading over sub-lists (0 entries of its own), or a list holding prose: not counted.
      if (!plain || !entries) continue;
      const numAt = p.text.indexOf(m[2] + m[3], m[1].length);
      lists.push({ noun: m[1].replace(/^[一二三四五六七八九十]{1,3}、|^[（(][一二三四五六七八九十]{1,3}[）)]/, ''), count: Number(m[2]), entries, segments, at: p, numAt, numLen: m[2].length + m[3].length });
    }
    if (!lists.length) return;
    for (const l of lists) {
      // Entries set side by side count one by one; a name with its post is one entry: either may be meant.
      if (l.count === l.entries || l.count === l.segments) continue;
      ctx.report({
        ...spanIn(l.at, l.numAt, l.numAt + l.numLen),
        message: `名单标明“${l.count}${l.at.text.slice(l.numAt + String(l.count).length, l.numAt + l.numLen)}”，实列${l.entries}条（数目与名单不符，读者无法判断是名单漏列还是数目有误）：请核对名单或数目。`,
      });
    }
    // The body's 等N名先进个人, against the list of that name (when its count and its entries agree).
    for (const p of ps) {
      if (p.text.indexOf('等') < 0) continue;
      for (const m of p.text.matchAll(COUNTED_NOUN)) {
        const l = lists.find((x) => x.noun === m[3] && (x.count === x.entries || x.count === x.segments));
        if (!l || l.count === Number(m[1]) || l.at === p) continue;
        const at = m.index! + 1;
        ctx.report({
          ...spanIn(p, at, at + m[1].length + m[2].length),
          message: `正文称“${m[1]}${m[2]}${m[3]}”，名单“${l.noun}”列${l.count}${m[2]}（两处数目不符，必有一处有误）：请核对数目。`,
        });
      }
    }
  },
};
