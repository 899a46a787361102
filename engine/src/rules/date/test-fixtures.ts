// The well-dated draft the date rules' tests change one date of.
export const DRAFT = [
  '聊城市人民政府文件',
  '聊政发〔2024〕5号',
  '聊城市人民政府关于加强某项工作的通知',
  '各县（市、区）人民政府，市政府各部门：',
  '一、自2024年8月1日起施行，2025年3月1日前完成。',
  '聊城市人民政府',
  '2024年7月3日',
  '（此件公开发布）',
  '聊城市人民政府办公室　　2024年7月4日印发',
  '',
].join('\n');

/** DRAFT with `from` (which it must hold) replaced by `to`. */
export function with_(from: string, to: string): string {
  if (!DRAFT.includes(from)) throw new Error(from);
  return DRAFT.replace(from, to);
}

export const opts = { today: '2024-07-10' };

/** An issue (cover, 目录, one document per date) whose documents are dated as given: for dialect tests. */
export function issueDated(dates: string[]): string {
  const titles = ['关于加强城市绿化管理的通知', '关于做好冬季供暖工作的通知', '关于开展节水宣传周活动的通知', '关于加强安全生产工作的通知'];
  const lines = ['聊城市人民政府公报', '', '2021', '', '第 10 期', '', '目 录', '', '◎市政府文件', ''];
  dates.forEach((_, i) => lines.push(titles[i], '', `聊政字〔2021〕${i + 31} 号 ${i + 2}`, ''));
  dates.forEach((date, i) => lines.push('聊城市人民政府', '', `聊政字〔2021〕${i + 31} 号`, '', `聊城市人民政府${titles[i]}`, '',
    '各县（市、区）人民政府，市政府各部门：', '', '现将有关事项通知如下，请认真贯彻执行。', '', '聊城市人民政府', '', date, ''));
  return lines.join('\n');
}
