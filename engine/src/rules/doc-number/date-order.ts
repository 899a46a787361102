// Numbers of one series (机关代字 and year) are given in the order documents are issued, so their
// 成文日期 run with them. Measured on the four corpus issues and the model's registry: 33 pairs of
// consecutive known numbers, none dated backwards even by a day, though 18 of them are 0–7 days
// apart (five dated the same day). A registration lag that reorders numbers would show there; a
// week's tolerance is several times what the data allow, for lags they cannot show. Beyond it one
// of the two dates (or numbers) is most likely a slip. A note (info), not a warning: four issues
// cannot show how rare a real inversion is.
import type { Rule } from '../types';
import type { GwDocument } from '../../types';
import { memoByString } from '../../text/string-memo';

/** Days a later number may be dated before an earlier one without a note. */
export const DATE_ORDER_TOLERANCE_DAYS = 7;

interface Dated {
  seq: number;
  iso: string;
  number: string;
  /** The issue's document; none for a registry document (an earlier issue's). */
  doc?: GwDocument;
}

const YEARLY = /^(.+?)〔(\d{4})〕(\d+)号$/;

// Remembered by date: every pair of a series' numbers is compared on every lint and keystroke in an
// issue, and Date.parse showed in profiles of edits.
export const isoDays = memoByString((iso) => Date.parse(iso) / 864e5);

/** The dated documents of each yearly series: the registry's, then the text's (which override them). */
function seriesOf(docs: GwDocument[], registry: { number: string; date?: string }[]): Map<string, Dated[]> {
  const byNumber = new Map<string, Dated & { key: string }>();
  for (const r of registry) {
    const m = YEARLY.exec(r.number);
    if (!m || !r.date || r.date.slice(0, 4) !== m[2]) continue;
    byNumber.set(r.number, { key: `${m[1]}〔${m[2]}〕`, seq: Number(m[3]), iso: r.date, number: r.number });
  }
  for (const d of docs) {
    const n = d.number;
    const iso = d.date?.iso;
    // A number whose year is not its date's is doc-number/year-date's finding, not an order.
    if (!n || n.isDecree || n.isNotice || !iso || !/^\d{4}$/.test(n.year) || iso.slice(0, 4) !== n.year || !/^\d+$/.test(n.seq)) continue;
    const number = `${n.code}〔${n.year}〕${Number(n.seq)}号`;
    byNumber.set(number, { key: `${n.code}〔${n.year}〕`, seq: Number(n.seq), iso, number, doc: d });
  }
  const out = new Map<string, Dated[]>();
  for (const x of byNumber.values()) (out.get(x.key) ?? out.set(x.key, []).get(x.key)!).push(x);
  return out;
}

export const dateOrder: Rule = {
  id: 'doc-number/date-order',
  severity: 'info',
  fixable: false,
  scope: 'gazette',
  reads: ['number', 'date'],
  docs: {
    description: {
      zh: '同一机关代字、同一年份的发文字号按发文先后编排：顺序号在后的文件，成文日期比顺序号在前的早一周以上时，提示核对（本期各文件之间，以及与往期公报中的文件之间）。',
      en: 'Numbers of one series (code and year) follow the order of issue: a later number dated more than a week before an earlier one is noted for checking (within the issue, and against earlier issues the model knows).',
    },
    why: 'GB/T 9704—2012 第7.2.5条：发文顺序号按年度顺序编排；语料与单位名录中同一系列的33对相邻发文字号无一倒序（其中18对相隔不到一周），相差一周以上的倒序多为成文日期或发文字号的笔误。',
    bad: '聊政办字〔2025〕25号\n……\n2025年9月15日\n\n聊政办字〔2025〕26号\n……\n2025年9月20日\n\n聊政办字〔2025〕30号\n……\n2025年8月1日',
    good: '聊政办字〔2025〕25号\n……\n2025年9月15日\n\n聊政办字〔2025〕26号\n……\n2025年9月20日\n\n聊政办字〔2025〕30号\n……\n2025年10月8日',
    // The order is read across documents: a small issue for the test.
    test: {
      bad: issue(['2025年9月15日', '2025年9月20日', '2025年8月1日']),
      good: issue(['2025年9月15日', '2025年9月20日', '2025年10月8日']),
    },
  },
  check(ctx) {
    const line = (off: number) => ctx.source.positionAt(off).line + 1;
    for (const list of seriesOf(ctx.gazette.documents, ctx.model.documents).values()) {
      if (list.length < 2) continue;
      // Each document's inversions: an earlier number dated more than the tolerance after it, or a
      // later one dated more than it before it.
      const partners = new Map<Dated, Dated[]>();
      for (const a of list) for (const b of list) {
        if (a.seq < b.seq && isoDays(a.iso) - isoDays(b.iso) > DATE_ORDER_TOLERANCE_DAYS) {
          (partners.get(a) ?? partners.set(a, []).get(a)!).push(b);
          (partners.get(b) ?? partners.set(b, []).get(b)!).push(a);
        }
      }
      for (const [x, others] of partners) {
        const date = x.doc?.date;
        const number = x.doc?.number;
        if (!date || !number) continue;
        // The document out of order with the most others is the likely slip: its partners stay
        // silent. Two that only disagree with each other are both noted.
        if (others.some((o) => (partners.get(o)?.length ?? 0) > others.length)) continue;
        const worst = others.reduce((w, o) => (Math.abs(isoDays(o.iso) - isoDays(x.iso)) > Math.abs(isoDays(w.iso) - isoDays(x.iso)) ? o : w));
        const gap = Math.abs(isoDays(worst.iso) - isoDays(x.iso));
        const where = worst.doc?.number ? `第${line(worst.doc.number.start)}行` : '往期公报';
        const [, m, d] = worst.iso.split('-').map(Number);
        const their = `${worst.iso.slice(0, 4)}年${m}月${d}日`;
        const relation = worst.seq < x.seq ? `比顺序号在前的“${worst.number}”（${where}，${their}）早${gap}天` : `比顺序号在后的“${worst.number}”（${where}，${their}）晚${gap}天`;
        // At the number: its place in the series is what disagrees (a slip in the code or the
        // sequence shows there as well as one in the date).
        ctx.report({
          start: number.start, end: number.end,
          message: `本文“${x.number}”的成文日期“${date.text}”${relation}${others.length > 1 ? `（与同一系列${others.length}份文件的先后不一致）` : ''}：同一机关代字、同一年份的发文字号按发文先后编排（GB/T 9704—2012 第7.2.5条），请核对成文日期或发文字号。`,
        });
      }
    }
  },
};

/** An issue of three 聊政办字〔2025〕 notices (25号, 26号, 30号) dated as given: for the docs' test. */
function issue(dates: string[]): string {
  const seqs = [25, 26, 30];
  const toc = seqs.flatMap((s, i) => [`关于做好第${'一二三'[i]}项工作的通知`, `聊政办字〔2025〕${s}号 ${i * 2 + 2}`]);
  const docs = seqs.flatMap((s, i) => ['聊城市人民政府办公室', '', `聊政办字〔2025〕${s}号`, '', `聊城市人民政府办公室关于做好第${'一二三'[i]}项工作的通知`, '',
    '各县（市、区）人民政府，市政府各部门：', '现将有关事项通知如下，请认真贯彻执行。', '', '聊城市人民政府办公室', dates[i], '']);
  return ['聊城市人民政府公报', '2025', '第10期', '', '目录', '◎市政府办公室文件', ...toc, '', ...docs].join('\n');
}
