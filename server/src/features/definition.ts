// Go to definition: 附件2 → that attachment's heading; 第十条 / 第三章 → that article or chapter of
// the same document; a cited 发文字号 (or title) → the cited document, in this file or in any
// indexed file of the workspace.
import type { Location, Position } from 'vscode-languageserver/node';
import { documentAt, type Analysis } from './context';
import { numberAt } from './hover';
import { pathToUri, uriToPath, type WorkspaceIndex } from './workspaceIndex';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十 → 10, 二十一 → 21, 一百零五 → 105, 12 / １２ → 12. */
export function chineseNumber(s: string): number | undefined {
  const ascii = s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGITS) digit = DIGITS[ch];
    else if (ch === '十' || ch === '百' || ch === '千') {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      total += (digit || 1) * unit;
      digit = 0;
    } else return undefined;
  }
  return total + digit;
}

function matchAt(text: string, re: RegExp, col: number): RegExpExecArray | undefined {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index <= col && col <= m.index + m[0].length) return m;
  }
  return undefined;
}

export function definition(a: Analysis, pos: Position, index: WorkspaceIndex): Location | null {
  const { source, gazette } = a.result;
  const offset = source.offsetAt(pos);
  const doc = documentAt(gazette.documents, offset);
  const lineText = source.lineText(pos.line);
  const here = (start: number, end: number): Location => ({
    uri: a.uri, range: { start: source.positionAt(start), end: source.positionAt(end) },
  });

  // 第十条, 第三章, 第二节
  const art = matchAt(lineText, /第([一二三四五六七八九十百千零〇两\d０-９]+)([章节条])/g, pos.character);
  if (art && doc) {
    const value = chineseNumber(art[1]);
    const level = art[2] === '章' ? 10 : art[2] === '节' ? 11 : 12;
    const target = doc.items.find((i) => i.level === level && i.value === value);
    if (target) return here(target.markerSpan.start, target.markerSpan.end);
  }

  // 附件2 / 附件二 / 附件
  const att = matchAt(lineText, /附件\s*([0-9０-９]+|[一二三四五六七八九十]+)?/g, pos.character);
  if (att && doc && doc.attachments.length) {
    const n = att[1] ? chineseNumber(att[1]) : undefined;
    const target = n === undefined
      ? (doc.attachments.length === 1 ? doc.attachments[0] : undefined)
      : doc.attachments.find((x) => x.index === n || (x.label ?? '').replace(/\s/g, '') === `附件${n}`);
    const lineStart = source.lineStarts[pos.line];
    const self = target && target.start <= lineStart + att.index && lineStart + att.index < target.start + 4;
    if (target && !self) return here(target.start, target.title?.end ?? target.start);
  }

  // A 发文字号 → that document: in this file first, then anywhere in the workspace.
  const n = numberAt(a, offset);
  if (n) {
    const local = gazette.documents.find((d) => d.number && d.number.canonical === n.canonical && d.number !== n);
    if (local?.number) return here(local.number.start, local.number.end);
    const own = gazette.documents.some((d) => d.number === n);
    if (!own) {
      const hit = index.findByNumber(n.canonical, uriToPath(a.uri));
      if (hit) return { uri: pathToUri(hit.file), range: hit.range };
    }
    return null;
  }

  // A citation without a number: by title.
  for (const d of gazette.documents) {
    for (const c of d.citations) {
      if (c.start <= offset && offset <= c.end && !c.number) {
        const hit = index.findByTitle(c.title.text);
        if (hit && hit.file !== uriToPath(a.uri)) return { uri: pathToUri(hit.file), range: hit.range };
      }
    }
  }
  return null;
}
