// A decree that reprints the regulation its decision amends, for parser and rule tests.

/**
 * A 令 that promulgates a decision amending a regulation, which it reprints after the decision:
 * its title, its 公布 note (`note`, lines) and its articles.
 */
export const decreeWithRegulation = (note: string[]): string[] => [
  '聊城市人民政府令', '', '第48号', '',
  '《聊城市人民政府关于修改部分市政府规章的决定》已经2024年10月31日市人民政府第77次常务会议通过，现予公布，自公布之日起施行。', '',
  '市长：张百顺', '', '2024年11月11日', '',
  '聊城市人民政府关于修改部分市政府规章的决定', '',
  '聊城市人民政府决定，对下列市政府规章予以修改。', '',
  '一、对《聊城市燃气管理办法》（聊城市人民政府令第32号）作出修改', '',
  '1. 将第三条第二款，第十六条中的“燃气经营者”修改为“燃气经营企业”。', '',
  '2. 删去第十七条。', '',
  '《聊城市燃气管理办法》根据本决定作相应修改，重新公布。', '',
  '聊城市燃气管理办法', '', ...note, '',
  '第一章 总 则', '', '第一条 为了加强燃气管理，制定本办法。', '', '第二条 本办法适用于本市行政区域。', '',
  '第三条 本办法自2018年3月1日起施行。',
];

/** The note of decreeWithRegulation hard-wrapped at 16 characters, as a narrow column prints it. */
export const NOTE_AT_16 = ['（2017年12月15日聊城市人', '民政府令第32号公布根据2020', '年1月17日《聊城市人民政府关于', '修改〈聊城市燃气管理办法〉的决定',
  '》第一次修正根据2024年11月', '11日《聊城市人民政府关于修改和', '废止部分市政府规章的决定》第二次', '修正）'];

/**
 * An issue whose 令 is cut by the page inside its 第四条 (（下转第4页）) and resumed after the next
 * document's date (（上接第2页）), then 第三章 附则 and the last article: the article's tail ends in
 * `tailEnd`, the last article is numbered `last`.
 */
export const decreeCutByPage = (tailEnd: string, last: string): string => [
  '聊城市人民政府公报', '', '2022', '', '第8期（总第233期）', '', '目 录', '', '◎市政府文件', '',
  '聊城市某某管理办法', '', '聊城市人民政府令第44号 2', '', '关于同意某某事项的批复', '', '聊政字〔2022〕27号 4', '',
  '聊城市人民政府令', '', '第44号', '', '《聊城市某某管理办法》已经2022年7月12日市政府第14次常务会议通过，现予公布，自2022年9月1日起施行。', '',
  '市长：张百顺', '', '2022年7月26日', '', '聊城市某某管理办法', '', '第一章 总则', '',
  '第一条 为了加强管理，制定本办法。', '', '第二条 本办法适用于本市行政区域。', '', '第二章 管理', '',
  '第三条 有关部门按照各自职责做好管理工作。', '', '第四条 有关部门工作人员玩忽职守的，依法给予处分；构成犯（下转第4页）', '',
  '聊城市人民政府', '', '聊政字〔2022〕27号', '', '聊城市人民政府 关于同意某某事项的批复', '', '临清市人民政府：', '',
  '你市请示收悉。经研究，同意你市实施该项工程。', '', '此复。', '', '聊城市人民政府', '', '2022年8月9日', '',
  '~~~~~', '', `（上接第2页）罪的，依法追究刑事责任${tailEnd}`, '', '第三章 附则', '', `${last} 本办法自2022年9月1日起施行。`, '',
].join('\n');
