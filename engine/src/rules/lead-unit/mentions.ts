// The units running text names in full (聊城市商务投资促进局负责…), for the rules whose judgement by
// date holds there too: a unit renamed or not yet in use on the document's date (renamed.ts,
// not-yet-existing.ts). Blocks, the 主送 line and 任免 items have their own readers; this one reads
// the rest of a document's paragraphs.
//
// Running text names many bodies the model does not know, and names a known one as it was for
// good reasons, so a mention is judged only when nothing says otherwise:
// - only names the model knows in a form no other body shares: a known full name
//   (聊城市发展和改革委员会), a known short name after the city's name (聊城 + 市商务投资促进局), or a
//   name that holds the city's name itself (人民银行聊城市中心支行); a bare 市X局 is left alone;
// - the name must end there: punctuation or a word that follows a body's name (负责, 牵头, 会同, 等,
//   和…) comes next, not more of a longer body's name (聊城市商务投资促进局服务中心);
// - not inside 《》 or “” (a cited title or a quoted name), not after 原/前 (原聊城市商务投资促进局);
// - not in a sentence that tells of the past, of a reform or of a repeal (running-text.ts: a year,
//   时任, 曾, 更名, 撤销, 组建, 划入, 废止, 停止执行…), where the old name is the right one.
//   A 大事记's dates in the month it records are its present, not the past. A sentence that
//   names the successor beside the old name (聊城市商务局负责…，聊城市商务投资促进局负责…) and has
//   none of these words is judged: naming both as current is the slip. With a year it is not (2021年
//   聊城市商务投资促进局…，2024年聊城市商务局… compares the two times).
import type { Span } from '../../types';
import type { RuleContext } from '../types';
import type { Model } from '../../model/types';
import { perNode } from '../memo';
import { cityNames } from './place';
import { overlaps } from '../spans';
import type { AppointmentToken } from './appointment';
import { ENGLISH_GLOSS, ENGLISH_HISTORY, PAST, REFORM, REPEAL, SENTENCE_END, SENTENCE_END_MARKS, quoted, sentenceBounds } from '../running-text';

/** A form the model knows, and the short name it is judged by (`skip`: the place name left out of
 * the token); `city` is the city's name in it, at `at`: mentions are looked for where it occurs. */
interface Form {
  text: string;
  name: string;
  skip: number;
  full: boolean;
  city: string;
  at: number;
}

/** Every form running text may name a known unit by, longest first. */
const formsOf = perNode((model: Model): Form[] => {
  const out: Form[] = [];
  const cities = [...cityNames(model)];
  const add = (text: string, name: string, skip: number, full: boolean) => {
    const city = cities.find((c) => text.includes(c));
    if (city) out.push({ text, name, skip, full, city, at: text.indexOf(city) });
  };
  for (const u of model.units) {
    if (u.full) add(u.full, u.name, 0, true);
    if (u.name[0] === '市') for (const c of cities) add(c + u.name, u.name, c.length, false);
    else if (!/人民政府$|管委会$|^各/.test(u.name)) add(u.name, u.name, 0, false);
  }
  return out.sort((a, b) => b.text.length - a.text.length);
});

/** Characters after the city's name that index the forms (FormIndex). */
const KEY = 2;

/**
 * The forms by their city and the KEY characters after it: a mention is looked up where the city's
 * name occurs, not tried against every form. `short`: the forms with fewer after it, tried always.
 */
interface FormIndex { byKey: Map<string, Form[]>; short: Form[] }

const formIndexOf = perNode((model: Model): FormIndex => {
  const byKey = new Map<string, Form[]>();
  const short: Form[] = [];
  for (const f of formsOf(model)) {
    const after = f.at + f.city.length;
    if (f.text.length - after < KEY) short.push(f);
    else {
      const key = f.city + f.text.slice(after, after + KEY);
      (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(f);
    }
  }
  return { byKey, short };
});

/** What may follow a body's name where the name ends: punctuation, or a word that goes on about the body. */
const ENDS_NAME = /^(?:$|[、，,。；;：:）)”」\s]|负责|牵头|会同|联合|等|和|与|及|同|要|应|将|已|对|在|为|的|按|依|根据|共同|分别|作为|是|主要|具体|承担|组织|制定|指导|配合|协助|督促|做好|加强|结合|统筹|印发|发布|出台)/;

/** A sentence telling of the past, of a reform or of a repeal, where a former name is the right one. */
const historyIn = (sentence: string) => PAST.test(sentence) || REFORM.test(sentence) || REPEAL.test(sentence) || ENGLISH_HISTORY.test(sentence);

/**
 * `judges`, when given, says which names are worth the checks of a mention's surroundings (the rules
 * judge only a renamed or not yet existing unit): most mentions name a unit in use, and reading each
 * one's sentence, quotes and wraps first costs a cold lint more than the whole look-up.
 */
export function mentionTokens(ctx: Pick<RuleContext, 'doc' | 'model' | 'mode'>, judges?: (name: string) => boolean): AppointmentToken[] {
  const doc = ctx.doc;
  if (doc.type === '任免') return [];
  const cities = [...cityNames(ctx.model)];
  if (!cities.length) return [];
  const skip: Span[] = [];
  for (const s of [doc.title, doc.issuerMark, doc.signature, doc.mainRecipient, ...doc.blocks]) if (s) skip.push(s);
  const index = formIndexOf(ctx.model);
  // A 大事记 dates its entries in the month it records (2025年1月6日，…): that is the document's
  // present, not the past a year tells of elsewhere (2021年，…), and its bodies are named as they are.
  const present = doc.period ? new RegExp(`${doc.period.year}\\s*年\\s*${doc.period.month}\\s*月(?:\\s*\\d{1,2}\\s*日)?`, 'g') : undefined;
  const withoutPresent = (sentence: string) => (present ? sentence.replace(present, '') : sentence);
  const out: AppointmentToken[] = [];
  const paras = doc.paragraphs;
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    const text = p.text;
    if (!cities.some((c) => text.includes(c))) continue;
    if (overlaps(skip, p.start, p.end) || (ctx.mode === 'issue' && overlaps(doc.noise, p.start, p.end))) continue;
    // Forms found where the city's name occurs, longest first: a name inside a longer known one
    // (聊城市商务局 of 聊城市商务局机关服务中心, were both known) is not judged apart.
    const found: [number, Form][] = [];
    for (const c of cities) {
      for (let j = text.indexOf(c); j >= 0; j = text.indexOf(c, j + 1)) {
        // Sorted below: the order tried does not matter.
        const keyed = index.byKey.get(c + text.slice(j + c.length, j + c.length + KEY)) ?? [];
        for (const f of keyed) if (f.city === c && j >= f.at && text.startsWith(f.text, j - f.at)) found.push([j - f.at, f]);
        for (const f of index.short) if (f.city === c && j >= f.at && text.startsWith(f.text, j - f.at)) found.push([j - f.at, f]);
      }
    }
    found.sort((x, y) => y[1].text.length - x[1].text.length || x[0] - y[0]);
    const taken: [number, number][] = [];
    for (const [i, f] of found) {
      const end = i + f.text.length;
      if (taken.some(([a, b]) => i < b && end > a)) continue;
      taken.push([i, end]);
      if (judges && !judges(f.name)) continue;
      // An English gloss after the name (聊城市商务局（Liaocheng …）) ends it too.
      if (!ENDS_NAME.test(text.slice(end, end + 4)) && !ENGLISH_GLOSS.test(text.slice(end, end + 4))) continue;
      // A sentence a hard wrap cut runs on from the paragraph before and into the next one.
      const before = i === 0 || !SENTENCE_END.test(text.slice(0, i)) ? wrappedTail(paras[k - 1]?.text) : '';
      const after = SENTENCE_END.test(text.slice(end)) ? '' : wrappedHead(text, paras[k + 1]?.text);
      if (/[原前旧]$/.test(before + text.slice(0, i)) || quoted(text, i)) continue;
      if (historyIn(withoutPresent(before + sentenceAt(text, i) + after))) continue;
      const offsets = p.map.slice(i + f.skip, end);
      if (offsets.length !== end - i - f.skip) continue;
      out.push({ name: f.name, text: text.slice(i + f.skip, end), start: offsets[0], end: offsets[offsets.length - 1] + 1, offsets, ...(f.full ? { full: true } : {}) });
    }
  }
  return out;
}

/** The unfinished sentence a paragraph ends with (a hard wrap), or nothing when it ends one. */
function wrappedTail(prev: string | undefined): string {
  if (!prev || SENTENCE_END.test(prev.slice(-1)) || /[：:]$/.test(prev)) return '';
  let at = prev.length - 1;
  while (at >= 0 && !SENTENCE_END_MARKS.includes(prev[at])) at--;
  return prev.slice(at + 1);
}

/** The start of the next paragraph up to its first sentence end, when `text` ends mid-sentence. */
function wrappedHead(text: string, next: string | undefined): string {
  if (!next || SENTENCE_END.test(text.slice(-1)) || /[：:]$/.test(text)) return '';
  const m = SENTENCE_END.exec(next);
  return m ? next.slice(0, m.index + 1) : next;
}

/** The sentence around text[i] (between running-text's SENTENCE_END marks). */
function sentenceAt(text: string, i: number): string {
  const [a, b] = sentenceBounds(text, i);
  return text.slice(a, b);
}
