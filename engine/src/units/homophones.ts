// Characters a pinyin input method types for one another (one syllable, any tone), for the
// characters short unit names are made of (市民政局, 市检察院, 市气象局 …): 市民正局 is 市民政局
// mistyped, while 市统计局 beside 市审计局 (tong / shen) is another body. 水 and 税 (shui) are left
// out: 水务局 and 税务局 are both real bodies.
const SYLLABLES = [
  '公工功攻供共宫恭', '销消小晓效肖萧', '安按案岸暗', '医一依衣以已意易', '保宝报饱堡抱', '司私思斯丝',
  '法发罚乏', '商上尚伤赏', '务物误无五武舞雾', '国过果郭锅', '资自姿咨字子紫', '城成程诚承乘呈',
  '管关官观馆冠', '妇夫复富付附负服', '委为未位卫维伟围', '编变便边遍', '审神申身深沈',
  '计记技纪机级继济急及即集极籍', '应营英影硬迎', '总宗综纵', '检减简捡件建健见鉴监间兼坚', '察查茶差',
  '残惨蚕参', '民敏闽', '政正证整征郑争', '气器汽起期其', '象向相像项', '利力立例理里历', '科课可克颗',
  '统通同桶', '财才材裁采', '联连练廉', '会汇惠慧', '设社射涉', '育于预域遇', '体题提',
];

const SYLLABLE_OF = new Map<string, number>();
SYLLABLES.forEach((s, i) => {
  for (const c of s) SYLLABLE_OF.set(c, i);
});

/** Whether an input method may have typed `a` for `b`: two different characters of one syllable. */
export function homophones(a: string, b: string): boolean {
  const i = SYLLABLE_OF.get(a);
  return a !== b && i !== undefined && i === SYLLABLE_OF.get(b);
}

/** Another character of `c`'s syllable (the first listed), for planting such a slip. */
export function homophoneOf(c: string): string | undefined {
  const i = SYLLABLE_OF.get(c);
  return i === undefined ? undefined : [...SYLLABLES[i]].find((x) => x !== c);
}
