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
