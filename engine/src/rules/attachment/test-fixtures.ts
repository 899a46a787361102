// The notice the attachment rules' tests write one 附件说明 into.
const BODY = [
  '聊城市人民政府办公室',
  '聊政办字〔2024〕9号',
  '聊城市人民政府办公室关于做好某项工作的通知',
  '各县（市、区）人民政府，市政府各部门：',
  '现将有关事项通知如下，请认真贯彻执行。',
];
const TAIL = ['聊城市人民政府办公室', '2024年8月4日', ''];

/** A notice with the 附件说明 `note` under its body, and `after` (the attachments) after its date. */
export function doc(note: string[], after: string[] = []): string {
  return [...BODY, ...note, ...TAIL, ...after].join('\n');
}

export const TWO = doc(['附件：1. 工作方案', '2. 任务清单']);
export const ONE = doc(['附件：工作方案']);
export const ATTACHED = ['附件1', '工作方案', '一、总体要求。', '附件2', '任务清单', '一、重点任务。', ''];
