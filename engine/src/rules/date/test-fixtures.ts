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
