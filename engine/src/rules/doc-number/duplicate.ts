// One 发文字号, one document: the same number on two different documents in one issue (or, with
// duplicateNumbers, in a workspace) is a slip in one of them.
import type { Rule } from '../types';
import type { DocNumber, Gazette } from '../../types';
import { normalizeTitle } from '../../registry';
import { canonicalDisplay } from './common';

export interface NumberedItem<T = unknown> {
  number: DocNumber;
  title?: string;
  /** Anything the caller wants back (a file URI, a document index). */
  ref: T;
}

/** Comparable key of a number: code, year and sequence as values (spaces and zeros ignored). */
export function numberKey(n: DocNumber): string {
  return n.isDecree || n.isNotice ? canonicalDisplay(n) : `${n.code}〔${n.year}〕${Number(n.seq)}号`;
}

/**
 * Numbers used for more than one document: for each later use, the first use. Uses with the same
 * title (the same document printed twice) are not duplicates. Exported for the language server's
 * workspace check.
 */
export function duplicateNumbers<T>(items: NumberedItem<T>[]): { item: NumberedItem<T>; first: NumberedItem<T> }[] {
  const firstByKey = new Map<string, NumberedItem<T>[]>();
  const out: { item: NumberedItem<T>; first: NumberedItem<T> }[] = [];
  for (const it of items) {
    const k = numberKey(it.number);
    const seen = firstByKey.get(k) ?? [];
    const t = it.title ? normalizeTitle(it.title) : '';
    // Without a title the documents cannot be told apart: stay silent.
    if (t && seen.length && !seen.some((s) => s.title && normalizeTitle(s.title) === t)) {
      const other = seen.find((s) => s.title);
      if (other) out.push({ item: it, first: other });
    }
    seen.push(it);
    firstByKey.set(k, seen);
  }
  return out;
}

function ownNumbers(g: Gazette): NumberedItem<number>[] {
  // A 公告 that promulgates a text (a 人大常委会's: …公告（第11号）, 《X条例》…现予公布) has no title of
  // its own: it is told from another by the text it promulgates, as a 令 is.
  const titleOf = (d: Gazette['documents'][number]) => d.title?.text ?? (d.number?.isNotice ? d.attachments[0]?.title?.text : undefined);
  return g.documents.flatMap((d, i) => (d.number ? [{ number: d.number, title: titleOf(d), ref: i }] : []));
}

export const duplicate: Rule = {
  id: 'doc-number/duplicate',
  severity: 'error',
  fixable: false,
  scope: 'gazette',
  reads: ['number', 'title', 'attachments'],
  docs: {
    description: {
      zh: '同一发文字号不应用于两份不同的文件（同一期公报内，或同一工作区内）。',
      en: 'The same document number must not be used for two different documents (in one issue, or in one workspace).',
    },
    why: 'GB/T 9704—2012 第7.2.5条：发文顺序号按年度顺序编排，一号一文；语料中同一系列的顺序号随日期递增、互不重复。',
    bad: '聊政办字〔2024〕21号\n聊城市人民政府办公室关于开展节水宣传周活动的通知\n……\n聊政办字〔2024〕21号\n聊城市人民政府办公室关于做好冬季供暖工作的通知',
    good: '聊政办字〔2024〕21号\n聊城市人民政府办公室关于开展节水宣传周活动的通知\n……\n聊政办字〔2024〕22号\n聊城市人民政府办公室关于做好冬季供暖工作的通知',
    // Documents are told apart in a gazette issue (目录, then the documents): a small issue for the test.
    test: {
      bad: '聊城市人民政府公报\n2024\n第12期\n目录\n◎市政府办公室文件\n聊城市人民政府办公室关于开展节水宣传周活动的通知\n聊政办字〔2024〕21号 2\n聊城市人民政府办公室关于做好冬季供暖工作的通知\n聊政办字〔2024〕21号 4\n\n聊城市人民政府办公室\n聊政办字〔2024〕21号\n聊城市人民政府办公室关于开展节水宣传周活动的通知\n各县（市、区）人民政府：\n一、广泛开展节水宣传。\n聊城市人民政府办公室\n2024年12月2日\n\n聊城市人民政府办公室\n聊政办字〔2024〕21号\n聊城市人民政府办公室关于做好冬季供暖工作的通知\n各县（市、区）人民政府：\n一、保障供暖安全。\n聊城市人民政府办公室\n2024年12月9日\n',
      good: '聊城市人民政府公报\n2024\n第12期\n目录\n◎市政府办公室文件\n聊城市人民政府办公室关于开展节水宣传周活动的通知\n聊政办字〔2024〕21号 2\n聊城市人民政府办公室关于做好冬季供暖工作的通知\n聊政办字〔2024〕22号 4\n\n聊城市人民政府办公室\n聊政办字〔2024〕21号\n聊城市人民政府办公室关于开展节水宣传周活动的通知\n各县（市、区）人民政府：\n一、广泛开展节水宣传。\n聊城市人民政府办公室\n2024年12月2日\n\n聊城市人民政府办公室\n聊政办字〔2024〕22号\n聊城市人民政府办公室关于做好冬季供暖工作的通知\n各县（市、区）人民政府：\n一、保障供暖安全。\n聊城市人民政府办公室\n2024年12月9日\n',
    },
  },
  check(ctx) {
    const g = ctx.gazette;
    const line = (off: number) => ctx.source.positionAt(off).line + 1;
    for (const { item, first } of duplicateNumbers(ownNumbers(g))) {
      const n = item.number;
      ctx.report({
        start: n.start, end: n.end,
        message: `发文字号“${numberKey(n)}”已用于第${line(first.number.start)}行的《${first.title ?? ''}》，一个发文字号只能对应一份文件（GB/T 9704—2012 第7.2.5条）：请核对两份文件的发文字号，改正用错的一处。`,
      });
    }
    const toc = g.toc.flatMap((t, i) => (t.number ? [{ number: t.number, title: t.title.text, ref: i }] : []));
    for (const { item, first } of duplicateNumbers(toc)) {
      const n = item.number;
      ctx.report({
        start: n.start, end: n.end,
        message: `目录中发文字号“${numberKey(n)}”已用于第${line(first.number.start)}行的《${first.title ?? ''}》，一个发文字号只能对应一份文件（GB/T 9704—2012 第7.2.5条）：请核对两份文件的发文字号，改正用错的一处。`,
      });
    }
  },
};
