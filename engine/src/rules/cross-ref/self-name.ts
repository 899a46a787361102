// A regulation names itself by its own kind: a 办法 says 本办法, a 细则 本细则, a 方案 本方案. A
// 办法 that says 本规定 (the drafter started from another text, or renamed the draft) leaves the
// reader unsure which text is meant. The kind is read from the title of the text the paragraph
// belongs to: an attached document's, else the document's own.
import type { GwDocument, Paragraph } from '../../types';
import type { Rule } from '../types';
import { overlaps } from '../spans';
import { inOwnTail } from '../../text/continuation';
import { spanIn } from '../../parse/paragraphs';

const KINDS = '办法|规定|细则|规则|条例|方案|意见|措施|预案|计划|规划|制度|指引|决定|通知|通报|公告|通告|批复|函';
/** What a 批复 or a 函 may be misnamed, drafted from another letter (本通知自印发之日起): the 规划,
 * 方案 or 制度 it approves is named by its own words (《规划》), not judged. */
const REPLY_SLIPS = new Set(['通知', '通报', '决定', '意见']);
/** The kind a title ends in, after its （试行） or （2024—2028年）. */
const TITLE_KIND = new RegExp(`(${KINDS})(?:[（(][^（()）]*[）)])*$`);
/** A reference to the text itself: 本办法, 本细则… (not 根本规定, 成本计划, 文本规定…). */
const SELF = new RegExp(`(?<![根基成资日样文版账课书剧脚副原范读标校])本(${KINDS})`, 'g');
/** Texts whose 本X is not judged: a notice's body (it may speak of the text it issues) and a
 * decision, which quotes the articles it amends. */
const UNJUDGED = new Set(['通知', '决定']);
/** A decision's own closing sentence (本决定自…起施行), the one place where a 决定 names itself
 * outside the amended articles it quotes: 本办法自… there is the drafter's slip. */
const DECISION_IN_FORCE = new RegExp(`^本(${KINDS})自[^。；“”]{1,30}?(?:施行|实施)`);

function kindOf(title: string | undefined): string | undefined {
  return title ? TITLE_KIND.exec(title.replace(/\s+/g, ''))?.[1] : undefined;
}

/** Is offset `at` of the paragraph inside “…” (counted within the paragraph and from an opening “ at its start)? */
function quoted(p: Paragraph, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = p.text.charCodeAt(i);
    if (c === 0x201c) depth++;
    else if (c === 0x201d) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

export const selfName: Rule = {
  id: 'cross-ref/self-name',
  severity: 'warning',
  fixable: false,
  scope: 'document',
  docs: {
    description: {
      zh: '文件自称与其文种一致：办法称“本办法”，细则称“本细则”，方案称“本方案”，通报称“本通报”，公告称“本公告”，通告称“本通告”，批复称“本批复”，函称“本函”；办法中不写“本规定”，通报、批复、函中不写“本通知”。修改、废止规章的决定，其施行句写“本决定自…起施行”，不写“本办法”（决定所引修改条文中的“本办法”不在此列）。',
      en: 'A text names itself by its own kind: a 办法 says 本办法, a 细则 本细则, a 方案 本方案, a 通报 本通报, a 公告 本公告, a 通告 本通告, a 批复 本批复, a 函 本函; a 办法 does not say 本规定, nor a 通报, 批复 or 函 本通知. A decision amending or repealing regulations says 本决定自…起施行, not 本办法 (the 本办法 of the articles it quotes is not its own name).',
    },
    why: '“本X”指文件自身，文种写错会让读者误以为另有一份文件（常见于套用其他文件修改而来的草稿）。',
    bad: '聊城市城市绿化管理办法\n\n第一条 为了促进城市绿化事业发展，制定本规定。',
    good: '聊城市城市绿化管理办法\n\n第一条 为了促进城市绿化事业发展，制定本办法。',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2025〕21号\n\n聊城市人民政府办公室关于印发聊城市城市绿化管理办法的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n《聊城市城市绿化管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n聊城市人民政府办公室\n2025年9月3日\n\n聊城市城市绿化管理办法\n\n第一条 为了促进城市绿化事业发展，制定本规定。\n\n第二条 本办法自2025年10月1日起施行。\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2025〕21号\n\n聊城市人民政府办公室关于印发聊城市城市绿化管理办法的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n《聊城市城市绿化管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n聊城市人民政府办公室\n2025年9月3日\n\n聊城市城市绿化管理办法\n\n第一条 为了促进城市绿化事业发展，制定本办法。\n\n第二条 本办法自2025年10月1日起施行。\n',
    },
  },
  check(ctx) {
    // 公告 and 通告 are close kinds, told apart no more than structure/closing-doctype does (特此公告 closing
    // a 通告): a 通告 saying 本公告 is not judged, a 通告 saying 本通知 is.
    const close = (a: string, b: string) => (a === '公告' || a === '通告') && (b === '公告' || b === '通告');
    const refs = selfReferences(ctx.doc).filter((r) => r.word !== r.kind && !close(r.word, r.kind)
      && ((r.kind !== '批复' && r.kind !== '函') || REPLY_SLIPS.has(r.word)));
    // In an extracted issue another document's page fill may stay in this one when the extraction
    // defeats the re-attachment (hard wraps): its 本细则 come several at a time. A slip comes alone.
    const times = new Map<string, number>();
    for (const r of refs) times.set(r.title + r.word, (times.get(r.title + r.word) ?? 0) + 1);
    for (const r of refs) {
      if (ctx.mode === 'issue' && times.get(r.title + r.word)! > 1) continue;
      ctx.report({
        start: r.start, end: r.end,
        // A title quoting another (关于同意《…规划》的批复) takes 〈〉 inside the 《》 around it.
        message: `“本${r.word}”与文种不符：本文件是${r.kind}${r.title ? `（《${r.title.replace(/《/g, '〈').replace(/》/g, '〉')}》）` : ''}，自称应为“本${r.kind}”。`,
      });
    }
  },
};

/** Every 本X of the document's judged texts (source span), with the kind of the text it stands in. */
export function selfReferences(doc: GwDocument): { start: number; end: number; word: string; kind: string; title: string }[] {
  const out: { start: number; end: number; word: string; kind: string; title: string }[] = [];
  // The texts of the document and where each starts: its own title, then each attached one.
  // A numbered 公告 or 通告 (聊城市人民政府公告 / 〔2025〕第3号) may print no title: its kind is its number's.
  const own = kindOf(doc.title?.text) ?? (doc.type === '公告' || doc.type === '通告' ? doc.type : undefined);
  const parts = [{ start: doc.start, kind: own, title: doc.title?.text ?? '' }];
  for (const a of doc.attachments) if (a.title) parts.push({ start: a.start, kind: kindOf(a.title.text), title: a.title.text });
  if (parts.every((t) => !t.kind || (UNJUDGED.has(t.kind) && t.kind !== '决定'))) return out;
  let k = 0;
  for (const p of doc.paragraphs) {
    while (k + 1 < parts.length && parts[k + 1].start <= p.start) k++;
    const { kind, title } = parts[k];
    if (!kind || (UNJUDGED.has(kind) && kind !== '决定')) continue;
    // Cheap test first: most paragraphs have no 本.
    if (p.text.indexOf('本') < 0) continue;
    if (kind === '决定' && !DECISION_IN_FORCE.test(p.text)) continue;
    // Another document's page overflow printed here, or a scrambled fragment: not this text's words.
    // A page continuation moved here may carry other documents' tails too (an issue's page fill).
    // A fragment that runs on to the document's own date is its tail, read in order (inOwnTail).
    if (overlaps(doc.hosted, p.start, p.end) || overlaps(doc.noise, p.start, p.end)
      || (overlaps(doc.continuations, p.start, p.end) && !inOwnTail(doc, p.start, p.end))) continue;
    for (const m of p.text.matchAll(SELF)) {
      if (quoted(p, m.index!)) continue;
      // In a decision only the opening 本X of its 施行 sentence is its own name.
      if (kind === '决定' && m.index !== 0) continue;
      const at = m.index!;
      out.push({ ...spanIn(p, at, at + m[0].length), word: m[1], kind, title: title.replace(/\s+/g, '') });
    }
  }
  return out;
}
