// A small gazette issue for parser tests that must run without the training corpus.

/** A small issue in the given dialect: cover, 目录, two documents, a continuation. */
export function smallIssue(opts: { md?: boolean; spaced?: boolean } = {}): string {
  const h = (s: string) => (opts.md ? `# ${s}` : s);
  const n = (s: string) => (opts.spaced ? s.replace(/(\d+)号/, '$1 号').replace(/(\d{4})年(\d+)月(\d+)日/, '$1 年 $2 月 $3 日') : s);
  return [
    h('聊城市人民政府公报'), '', '2024', '第1期（总第1期）', '',
    h('目 录'), '', '◎市政府文件', '',
    '关于加快某项工作的意见', '', n('聊政发〔2024〕1号') + ' 2', '',
    '关于印发某某办法的通知', '', n('聊政办字〔2024〕3号') + ' 4', '',
    h('聊城市人民政府文件'), '', '聊政发〔2024〕1号', '',
    h('聊城市人民政府 关于加快某项工作的意见'), '',
    '各县（市、区）人民政府，市属开发区管委会，', '市政府各部门、直属机构：', '',
    h('一、总体要求'), '',
    opts.md ? '**（一）明确目标。**到2025年，全市形成较为完善的工作体系，各项指标达到全省先进水平，群众满意度明显' : '（一）明确目标。到2025年，全市形成较为完善的工作体系，各项指标达到全省先进水平，群众满意度明显',
    '', '提升。（牵头单位：市发展改革委；责任单位：各县（市、区）人民政府）', '',
    '（二）强化保障。加强组织领导，完善工作机制，确保各项任务落到实处，推动工作取得实效（下转第5页）', '',
    '聊城市人民政府办公室', '', '聊政办字〔2024〕3号', '',
    '聊城市人民政府办公室 关于印发某某办法的通知', '',
    '各县（市、区）人民政府：', '', '《某某办法》已经市政府同意，现印发给你们，请认真贯彻执行。', '',
    '聊城市人民政府办公室', n('2024年3月5日'), '',
    '（上接第3页）。（牵头单位：市财政局）', '',
    '（三）加强督导。定期调度。', '', '聊城市人民政府', n('2024年2月1日'), '',
  ].join('\n');
}

/**
 * An issue with the heads the structure passes look for: a 令 (issuer line, then 第N号), 任免-style
 * heads (title, then the number; one with its issuer line before the title, one after a line that
 * is one character short of an issuer), a 下转 marker in a body and its 上接 fragment hosted by the
 * next document, and a 大事记 whose month line is two blank lines down, holding a 令 line that is not
 * a head (a one-character line stands between it and its 第N号).
 */
export function headsIssue(): string {
  return [
    '聊城市人民政府公报', '2024', '第2期（总第2期）', '',
    '目录', '◎市政府令',
    '聊城市某某管理办法', '聊城市人民政府令第5号 2',
    '◎市政府文件',
    '关于李四同志职务任免的通知', '聊任〔2024〕1号 2',
    '关于张三等同志职务任免的通知', '聊任〔2024〕2号 3',
    '关于做好某项工作的通知', '聊政办发〔2024〕4号 5',
    '关于某某事项的批复', '聊政字〔2024〕5号 9',
    '聊城市人民政府大事记（2024年1月） 11', '',
    '聊城市人民政府令', '第5号', '', '《聊城市某某管理办法》已经市政府常务会议通过，现予公布，自公布之日起施行。', '',
    '市长　张三', '2024年1月2日', '',
    '聊城市人民政府。', '关于李四同志职务任免的通知', '聊任〔2024〕1号', '', '李四同志任某某职务。', '', '聊城市人民政府', '2024年1月2日', '',
    '聊城市人民政府', '关于张三等同志职务任免的通知', '聊任〔2024〕2号', '',
    '各县（市、区）人民政府，市政府各部门：', '经研究，决定：张三同志任某某职务。', '',
    '聊城市人民政府', '2024年1月3日', '',
    '聊城市人民政府办公室文件', '聊政办发〔2024〕4号', '', '聊城市人民政府办公室关于做好某项工作的通知', '',
    '各县（市、区）人民政府：', '一、第一项。请各地认真组织实施并及时报送工作进展情况（下转第9页）',
    '', '二、第二项。', '三、第三项。', '四、第四项。', '',
    '聊城市人民政府办公室', '2024年1月4日', '',
    '聊城市人民政府', '聊政字〔2024〕5号', '', '聊城市人民政府关于某某事项的批复', '', '市某某局：', '同意。', '',
    '聊城市人民政府', '2024年1月5日', '',
    '（上接第5页）五、第五项。', '六、第六项。', '聊城市人民政府办公室', '2024年1月4日', '',
    '聊城市人民政府大事记', '', '', '（2024年1月）', '', '2日，某某活动。', '', '某某令', '', '附', '', '第7号', '',
  ].join('\n');
}

/**
 * An issue with a 公告 between a 批复 and a 通知: its head is its issuer line (`issuer`, ending in
 * 公告 or 通告), then its number line (`number`, 〔2025〕第1号 unless given), then its title unless
 * `titled` is false. Its 目录 entry prints the issuer's number, with the title on the line before.
 */
export function noticeIssue(opts: { issuer?: string; number?: string; titled?: boolean } = {}): string {
  const issuer = opts.issuer ?? '聊城市人民政府公告';
  const number = opts.number ?? '〔2025〕第1号';
  const title = opts.titled === false ? [] : [`聊城市人民政府关于春季禁止露天焚烧秸秆的${issuer.slice(-2)}`];
  return [
    '聊城市人民政府公报', '', '2025', '第4期（总第265期）', '',
    '目 录', '', '◎市政府文件', '',
    '聊城市人民政府关于某某规划的批复', '聊政字〔2025〕14号 2', '',
    ...title, `${issuer}${number} 3`, '',
    '◎市政府办公室文件', '',
    '聊城市人民政府办公室关于做好某项工作的通知', '聊政办字〔2025〕9号 4', '',
    '聊城市人民政府', '', '聊政字〔2025〕14号', '', '聊城市人民政府关于某某规划的批复', '',
    '市自然资源和规划局：', '', '你局《关于某某规划的请示》（聊自然资规字〔2025〕16号）收悉。现批复如下：', '',
    '一、原则同意《某某规划》。', '', '二、请认真组织实施。', '',
    '聊城市人民政府', '', '2025年3月20日', '', '（此件公开发布）', '',
    issuer, '', number, '', ...title.flatMap((t) => [t, '']),
    '为切实改善环境空气质量，根据《中华人民共和国大气污染防治法》等法律法规规定，现就有关事项公告如下：', '',
    '一、禁烧时间：自本公告发布之日起至2025年6月30日。', '', '二、禁烧区域：全市行政区域。', '',
    '特此公告。', '', '聊城市人民政府', '', '2025年3月21日', '',
    '聊城市人民政府办公室', '', '聊政办字〔2025〕9号', '', '聊城市人民政府办公室关于做好某项工作的通知', '',
    '各县（市、区）人民政府：', '', '一、提高认识。', '', '二、加强领导。', '',
    '聊城市人民政府办公室', '', '2025年3月28日', '',
  ].join('\n');
}

/**
 * An issue of three 聊政办发 notices whose first is cut inside a word at （下转第4页) after `head`
 * and resumed after the third as （上接第2页） + `tail`, as the gazette prints an overflow: a name or
 * number cut by the marker, read whole by the parser. `host` is the third notice's body.
 */
export function cutIssue(head: string, tail: string, host = '附件：聊城市某某工作 实施方案'): string {
  const n = (i: number) => `聊政办发〔2024〕${i + 1}号`;
  const title = (i: number) => `关于做好第${'一二三'[i]}项工作的通知`;
  const doc = (i: number, body: string, signed = true) => [
    '聊城市人民政府办公室文件', '', n(i), '', `聊城市人民政府办公室${title(i)}`, '', '各县（市、区）人民政府，市政府各部门：', body, '',
    ...(signed ? ['聊城市人民政府办公室', `2024年7月${i + 1}日`, ''] : []),
  ];
  return [
    '聊城市人民政府公报', '2024', '第7期', '', '目录', '◎市政府办公室文件',
    ...[0, 1, 2].flatMap((i) => [title(i), `${n(i)} ${i + 2}`]), '',
    ...doc(0, `一、总体要求\n\n${head}（下转第4页）`, false), ...doc(1, '做好有关工作。'), ...doc(2, host),
    `（上接第2页）${tail}`, '', '聊城市人民政府办公室', '2024年7月1日', '',
  ].join('\n');
}

/**
 * The head of an issue of two documents, as lines: 聊政发〔2024〕1号, whose `cut` paragraph under 一、
 * breaks off at （下转第5页）, then 聊政办字〔2024〕3号 up to its 主送 line. The caller goes on with the
 * second document's body and, after it, the first one's continuation （上接第3页）… and signature.
 */
export function continuedIssueHead(cut: string): string[] {
  return [
    '聊城市人民政府公报', '', '2024', '', '第1期（总第1期）', '', '目 录', '', '◎市政府文件', '',
    '关于加快某项工作的意见', '', '聊政发〔2024〕1号 2', '', '关于印发某某办法的通知', '', '聊政办字〔2024〕3号 4', '',
    '聊城市人民政府文件', '', '聊政发〔2024〕1号', '', '聊城市人民政府 关于加快某项工作的意见', '',
    '各县（市、区）人民政府，市政府各部门：', '', '一、总体要求', '',
    `${cut}（下转第5页）`, '',
    '聊城市人民政府办公室', '', '聊政办字〔2024〕3号', '', '聊城市人民政府办公室 关于印发某某办法的通知', '',
    '各县（市、区）人民政府：', '',
  ];
}
