// A 目录 groups its entries under sections named for the issuer (◎市政府文件, ◎市政府办公室文件,
// then ◎政务动态): a section named for an office (办公室/办公厅) lists that office's documents
// (X政办发, X政办字), a section named for the government (…政府文件) lists the government's own.
// An editor who puts an entry under the wrong heading, or types the wrong heading, breaks this.
// Only sections named …文件 are judged (政务动态 and the like list any issuer), and a document's
// issuer is read from its 发文机关标志 or signature, else its code (办 in X政办发).
import type { Rule } from '../types';
import type { GwDocument, TocEntry } from '../../types';
import { numberKey } from '../doc-number/duplicate';

const OFFICE = /办公室|办公厅/;

/** True when the document is an office's, false when the government's own, undefined when unknown. */
function byOffice(d: GwDocument): boolean | undefined {
  const issuer = d.issuerMark?.text ?? d.signature?.text;
  const byCode = d.number && !d.number.isDecree && !d.number.isNotice && /政/.test(d.number.code) ? /政办/.test(d.number.code) : undefined;
  if (issuer && /政府/.test(issuer)) {
    // A mark and a code that disagree (聊城市人民政府文件 over 聊政办发): one of them is the slip,
    // doc-number/series reports it there, and the 目录's section is not judged by either (probe11).
    const office = OFFICE.test(issuer);
    return byCode === undefined || byCode === office ? office : undefined;
  }
  return byCode;
}

export const tocSection: Rule = {
  id: 'structure/toc-section',
  severity: 'warning',
  fixable: false,
  scope: 'gazette',
  reads: ['number', 'issuerMark', 'signature'],
  docs: {
    description: {
      zh: '公报目录中按发文机关分栏（◎市政府文件、◎市政府办公室文件）：每份文件应列在其发文机关的栏目下。',
      en: "A gazette issue's table of contents (目录) lists each document under the section of its issuer (◎市政府文件, ◎市政府办公室文件).",
    },
    why: '公报目录按发文机关分栏列出文件：市政府的文件列在“◎市政府文件”下，市政府办公室的文件列在“◎市政府办公室文件”下。文件列错了栏目、栏目名称写错，读者按栏目查找就会出错。语料四期公报的目录中，每份文件都列在其发文机关的栏目下。',
    bad: '目录\n◎市政府文件\n关于印发聊城市数字政府建设实施方案的通知\n聊政办字〔2024〕11号 2',
    good: '目录\n◎市政府办公室文件\n关于印发聊城市数字政府建设实施方案的通知\n聊政办字〔2024〕11号 2',
    test: {
      bad: '聊城市人民政府公报\n2024\n第3期\n目录\n◎市政府文件\n关于开展节水宣传周活动的通知\n聊政办字〔2024〕21号 2\n\n聊城市人民政府办公室\n聊政办字〔2024〕21号\n聊城市人民政府办公室关于开展节水宣传周活动的通知\n各县（市、区）人民政府：\n一、广泛开展节水宣传。\n聊城市人民政府办公室\n2024年3月2日\n',
      good: '聊城市人民政府公报\n2024\n第3期\n目录\n◎市政府办公室文件\n关于开展节水宣传周活动的通知\n聊政办字〔2024〕21号 2\n\n聊城市人民政府办公室\n聊政办字〔2024〕21号\n聊城市人民政府办公室关于开展节水宣传周活动的通知\n各县（市、区）人民政府：\n一、广泛开展节水宣传。\n聊城市人民政府办公室\n2024年3月2日\n',
    },
  },
  check(ctx) {
    const g = ctx.gazette;
    if (!g.isIssue) return;
    const byKey = new Map<string, GwDocument[]>();
    for (const d of g.documents) if (d.number) byKey.set(numberKey(d.number), [...(byKey.get(numberKey(d.number)) ?? []), d]);
    // Consecutive entries under one heading: a heading typed wrong shows as every entry under it
    // mismatched, and is reported once.
    const groups: TocEntry[][] = [];
    for (const t of g.toc) {
      const last = groups[groups.length - 1];
      const prev = last?.[last.length - 1];
      if (last && last[0].section === t.section && !ctx.source.text.slice(prev!.end, t.start).includes('◎')) last.push(t);
      else groups.push([t]);
    }
    const own = levelOf(g.cover?.title?.text ?? '');
    for (const group of groups) {
      const section = group[0].section?.replace(/\s+/g, '');
      if (!section || !/政府.*文件$/.test(section)) continue;
      // A section of another level than the gazette's (区政府文件 in a city's) gathers that level's
      // documents, its governments' and their offices' alike: only the gazette's own level is split
      // by issuer.
      const level = levelOf(section);
      if (own && level && level !== own) continue;
      // A bare 【政府文件】 names a kind of document, not an issuer (福建, 厦门: the government's and
      // its office's documents under one heading, beside 【法规规章】 and 【人事任免】): nothing to split.
      if (!level && !OFFICE.test(section)) continue;
      const heading = group[0].sectionHeading?.replace(/\s+/g, '') ?? `◎${section}`;
      const judged = group.flatMap((t) => {
        const docs = t.number ? byKey.get(numberKey(t.number)) : undefined;
        const office = docs?.length === 1 ? byOffice(docs[0]) : undefined;
        return office === undefined ? [] : [{ t, office, wrong: office !== OFFICE.test(section) }];
      });
      const wrong = judged.filter((j) => j.wrong);
      if (!wrong.length) continue;
      const whose = (office: boolean) => (office ? '办公室（厅）' : '政府');
      if (wrong.length > 1 && wrong.length === judged.length && wrong.every((j) => j.office === wrong[0].office)) {
        const t = wrong[0].t;
        ctx.report({
          start: t.title.start, end: t.end,
          message: `目录“${heading}”栏下的${wrong.length}份文件（${label(t)}等）都是${whose(wrong[0].office)}发布的：公报目录按发文机关分栏，请改正栏目名称，或把这些条目移到相应栏目下。`,
        });
        continue;
      }
      for (const { t, office } of wrong) {
        ctx.report({
          start: t.title.start, end: t.end,
          message: `目录中${label(t)}列在“${heading}”栏下，但它是${whose(office)}发布的文件：公报目录按发文机关分栏，请把这一条移到${whose(office)}文件栏下，或改正栏目名称。`,
        });
      }
    }
  },
};

/** The level a name of a government or its gazette states: 市 of 市政府文件 and of 北京市人民政府公报. */
const levelOf = (name: string) => /([省市县区])(?:人民)?政府/.exec(name.replace(/\s+/g, ''))?.[1];

const label = (t: TocEntry) => `《${t.title.text}》（${numberKey(t.number!)}）`;
