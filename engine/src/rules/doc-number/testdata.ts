// Test material shared by the doc-number tests: a small draft and a hand-built model, so the
// tests do not depend on the trained corpus model.
import type { Model } from '../../model/types';
import type { SeriesKind } from '../../types';
import { emptyModel } from '../../model/load';

export const DRAFT = [
  '聊城市人民政府文件',
  '',
  '聊政发〔2024〕5号',
  '',
  '聊城市人民政府关于加强某项工作的通知',
  '',
  '各县（市、区）人民政府，市政府各部门：',
  '',
  '根据《山东省人民政府办公厅关于做好某项工作的通知》（鲁政办字〔2023〕25号）和《聊城市人民政府办公室关于印发某方案的通知》（聊政办字〔2023〕7号）要求，现就有关事项通知如下。',
  '',
  '一、提高认识。各单位要高度重视。',
  '',
  '附件：1. 工作方案',
  '2. 任务清单',
  '',
  '聊城市人民政府',
  '2024年7月3日',
  '',
].join('\n');

/** The draft with one substring replaced (first occurrence; throws when absent). */
export function draftWith(from: string, to: string, text = DRAFT): string {
  if (!text.includes(from)) throw new Error(`fixture has no ${from}`);
  return text.replace(from, to);
}

export function codesModel(): Model {
  const m = emptyModel();
  const codes: [string, string, SeriesKind][] = [
    ['聊政发', '聊城市人民政府', '发'], ['聊政字', '聊城市人民政府', '字'], ['聊政任', '聊城市人民政府', '任'],
    ['聊城市人民政府令', '聊城市人民政府', '令'],
    ['聊政办发', '聊城市人民政府办公室', '办发'], ['聊政办字', '聊城市人民政府办公室', '办字'],
  ];
  m.codes = codes.map(([code, issuer, kind]) => ({ code, issuer, kind, count: 3, maxSeq: {} }));
  m.documents = [{ number: '聊政办字〔2023〕7号', title: '聊城市人民政府办公室关于印发某方案的通知', shortTitle: '关于印发某方案的通知', issuer: '聊城市人民政府办公室', date: '2023-03-01', type: '印发通知' }];
  return m;
}
