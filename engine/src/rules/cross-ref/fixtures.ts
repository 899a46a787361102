// Hand-built registry and drafts for the cross-ref tests (independent of the trained model).
import { emptyModel } from '../../model/load';
import type { Model } from '../../model/types';

export function registryModel(): Model {
  const m = emptyModel();
  m.documents = [
    { number: '聊政发〔2021〕5号', title: '聊城市人民政府关于加快聊城市金融产业高质量发展的意见', shortTitle: '关于加快聊城市金融产业高质量发展的意见', issuer: '聊城市人民政府', date: '2021-04-22', type: '意见' },
    { number: '聊政发〔2021〕7号', title: '聊城市人民政府关于做好春季农业生产的通知', shortTitle: '关于做好春季农业生产的通知', issuer: '聊城市人民政府', date: '2021-05-10', type: '通知' },
    { number: '聊政办字〔2024〕21号', title: '聊城市人民政府办公室关于废止聊政发〔2021〕5号行政规范性文件的通知', shortTitle: '关于废止聊政发〔2021〕5号行政规范性文件的通知', issuer: '聊城市人民政府办公室', date: '2024-12-29', type: '通知' },
    { number: '聊政办字〔2024〕20号', title: '聊城市人民政府办公室关于印发聊城市再生水利用管理办法的通知', shortTitle: '关于印发聊城市再生水利用管理办法的通知', issuer: '聊城市人民政府办公室', date: '2024-12-27', type: '印发通知' },
  ];
  m.codes = [
    { code: '聊政发', issuer: '聊城市人民政府', kind: '发', count: 2, maxSeq: { '2021': 7 } },
    { code: '聊政办字', issuer: '聊城市人民政府办公室', kind: '办字', count: 2, maxSeq: { '2024': 21 } },
  ];
  m.repeals = [{ target: '聊政发〔2021〕5号', by: '聊政办字〔2024〕21号', date: '2024-12-29', kind: 'repeal' }];
  return m;
}

/** A one-document draft dated `date` (YYYY年M月D日) with `body` as its text. */
export function draftDoc(body: string, date = '2024年6月3日', number = '聊政办发〔2024〕5号'): string {
  return `聊城市人民政府办公室文件\n\n${number}\n\n聊城市人民政府办公室\n关于做好安全生产工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n${body}\n\n聊城市人民政府办公室\n${date}\n`;
}
