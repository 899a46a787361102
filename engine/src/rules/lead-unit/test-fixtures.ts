// A small hand-built lexicon and a draft template for the lead-unit tests (independent of the
// trained model, so the tests say exactly what each rule does with what it knows).
import type { Model, UnitEntry } from '../../model/types';
import { emptyModel } from '../../model/load';

function unit(name: string, extra: Partial<UnitEntry> = {}): UnitEntry {
  return { name, count: 10, firstSeen: '2021-04-15', lastSeen: '2024-12-31', ...extra };
}

export function lexicon(): Model {
  return {
    ...emptyModel(),
    units: [
      unit('市财政局', { full: '聊城市财政局' }),
      unit('市民政局'),
      unit('市审计局'),
      unit('市科技局'),
      unit('市残联'),
      unit('市发展改革委', { full: '聊城市发展和改革委员会' }),
      unit('市住房城乡建设局', { full: '聊城市住房和城乡建设局' }),
      unit('市教育体育局'),
      unit('市卫生健康委'),
      unit('市市场监管局'),
      unit('市商务投资促进局', { validUntil: '2022-01-01', successors: ['市商务局', '市投资促进局'] }),
      unit('市商务局', { validFrom: '2022-01-01' }),
      unit('市投资促进局', { validFrom: '2022-01-01' }),
      unit('人民银行聊城市中心支行', { validUntil: '2024-01-01', successors: ['人民银行聊城市分行'] }),
      unit('人民银行聊城市分行', { validFrom: '2024-01-01' }),
    ],
    aliases: [{ alias: '市发改委', standard: '市发展改革委', source: 'builtin' }],
  };
}

/** A one-item draft dated `date`; the item is on line 5. */
export function draft(item: string, date = '2024年7月1日'): string {
  return `关于加强监管工作的实施方案\n\n一、重点任务\n\n${item}\n\n聊城市人民政府办公室\n${date}\n`;
}

/** A draft 函 addressed to `recipient` (its 主送 line, colon included, on line 3) dated `date`. */
export function letter(recipient: string, date = '2024年7月1日'): string {
  return `关于做好监管工作的函\n\n${recipient}\n\n现就有关事项函告如下。\n\n聊城市人民政府办公室\n${date}\n`;
}

/**
 * A gazette issue of one document per body (each a 聊政办发 notice dated in July 2024), with its
 * 目录: for rules that look across an issue's documents.
 */
export function issueOf(bodies: string[]): string {
  const n = (i: number) => `聊政办发〔2024〕${i + 1}号`;
  const title = (i: number) => `聊城市人民政府办公室关于做好第${'一二三四五六七八九'[i]}项工作的通知`;
  const toc = bodies.flatMap((_, i) => [title(i).replace('聊城市人民政府办公室', ''), `${n(i)} ${i + 2}`]);
  const docs = bodies.flatMap((b, i) => [
    '聊城市人民政府办公室文件', '', n(i), '', title(i), '', '各县（市、区）人民政府，市政府各部门：', b, '',
    '聊城市人民政府办公室', `2024年7月${i + 1}日`, '',
  ]);
  return ['聊城市人民政府公报', '2024', '第7期', '', '目录', '◎市政府办公室文件', ...toc, '', ...docs].join('\n');
}

/** The lexicon as a model trained before 市商务投资促进局 was split would have it: no successors. */
export function lexiconBeforeSplit(): Model {
  const m = lexicon();
  return {
    ...m,
    units: m.units
      .filter((u) => u.name !== '市商务局' && u.name !== '市投资促进局')
      .map((u) => (u.name === '市商务投资促进局' ? { ...u, validUntil: undefined, successors: undefined } : u)),
  };
}
