// Which lines join into one paragraph (paragraphs.ts, continues): the paragraphs of a document's
// body, read from its text.
import * as assert from 'node:assert/strict';
import { SourceText } from '../text/source';
import { parseGazette } from './gazette';

/** The paragraphs after the 主送 line of a draft whose body is `lines`. */
const body = (lines: string[]) => parseGazette(new SourceText(['聊政办字〔2025〕9号', '', '关于某事的通知', '', '各县（市、区）人民政府：', '', ...lines].join('\n')))
  .documents[0].paragraphs.slice(1).map((p) => p.text);

describe('parser: a label line before a title that opens with a number', () => {
  it('an attachment\'s label (附件1) is no wrapped line: the year or the 年度 after it opens the title', () => {
    assert.deepEqual(body(['附件1', '', '2025年春季造林绿化任务分解表', '', '附件2', '', '年度评估指标']),
      ['附件1', '2025年春季造林绿化任务分解表', '附件2', '年度评估指标']);
    assert.deepEqual(body(['专栏3', '2025年重点项目']), ['专栏3', '2025年重点项目']);
  });

  it('a number a wrap cut in two still joins, as does a decree\'s number cut from its 号', () => {
    assert.deepEqual(body(['公告期为2024年11月13日至2', '024年11月28日。']), ['公告期为2024年11月13日至2024年11月28日。']);
    assert.deepEqual(body(['《聊城市某某办法》（聊城市人民政府令', '第34', '号公布）同时废止。']), ['《聊城市某某办法》（聊城市人民政府令第34号公布）同时废止。']);
  });
});

describe('parser: an attachment\'s number a wrap cut from its 见附件', () => {
  it('goes on in the sentence (…格式见附件 ⏎ 1、附件2。), not as an item 1、', () => {
    assert.deepEqual(body(['各县（市、区）工作开展情况请于3月10日前报市农业农村局，相关材料格式见附件', '1、附件2。']),
      ['各县（市、区）工作开展情况请于3月10日前报市农业农村局，相关材料格式见附件1、附件2。']);
    // A label alone is no sentence: the list under it starts its own lines.
    assert.deepEqual(body(['附件', '1.聊城市春播备耕情况统计表']), ['附件', '1.聊城市春播备耕情况统计表']);
  });
  it('goes on after any sentence that names 附件 (…下载。附件 ⏎ 1、附件2所列…), not only after 见附件 (red team 15)', () => {
    assert.deepEqual(body(['三、报送要求。附件1至附件3电子版可从市财政局网站下载。附件', '1、附件2所列项目如有调整，另行通知。']),
      ['三、报送要求。附件1至附件3电子版可从市财政局网站下载。附件1、附件2所列项目如有调整，另行通知。']);
  });
});

describe('parser: a joint document\'s 署名 over several lines before its one 成文日期 (red team 16)', () => {
  it('the first line of issuers is no wrapped part of the 附件说明 above it (附件：…岗位表 ⏎ 聊城市教育局　聊城市财政局 ⏎ 聊城市人力资源和社会保障局 ⏎ date)', () => {
    assert.deepEqual(body(['现就有关事项通知如下。', '', '附件：2026年聊城市特岗教师招聘岗位表', '', '聊城市教育局　　　　聊城市财政局', '', '聊城市人力资源和社会保障局', '', '2026年4月10日']),
      ['现就有关事项通知如下。', '附件：2026年聊城市特岗教师招聘岗位表', '聊城市教育局聊城市财政局', '聊城市人力资源和社会保障局', '2026年4月10日']);
  });
  it('an entry wrapped before a short line that names no issuer still goes on, above one issuer', () => {
    assert.deepEqual(body(['附件：2026年聊城市特岗教师招聘岗位表及报名', '登记表', '', '聊城市教育局', '', '2026年4月10日']),
      ['附件：2026年聊城市特岗教师招聘岗位表及报名登记表', '聊城市教育局', '2026年4月10日']);
  });
});

describe('parser: an ordinal 其一 / 其二 a wrap cut after its 其 (red team 15)', () => {
  it('goes on (…人员到位；其 ⏎ 二，措施到位…), not as a heading 二，', () => {
    assert.deepEqual(body(['三、强化保障。各县（市、区）要做到“三个到位”：其一，人员到位；其', '二，措施到位；其三，经费到位。']),
      ['三、强化保障。各县（市、区）要做到“三个到位”：其一，人员到位；其二，措施到位；其三，经费到位。']);
  });
});

describe('parser: a short line a wrap cut after a word that needs its object', () => {
  it('goes on (《…管理办法》已经 ⏎ 2022年4月28日…通过), probe15 令 at wrap 18', () => {
    assert.deepEqual(body(['《聊城市城市绿化管理办法》已经', '2022年4月28日市人民政府第12', '次常务会议通过，现予公布。']),
      ['《聊城市城市绿化管理办法》已经2022年4月28日市人民政府第12次常务会议通过，现予公布。']);
    // A heading, a title and a signature end otherwise.
    assert.deepEqual(body(['一、总体要求', '到2027年，体系基本建立。']), ['一、总体要求', '到2027年，体系基本建立。']);
  });
});

describe('parser: an email or web address a wrap cut inside', () => {
  it('goes on (…电子邮箱： ⏎ lcsfjxzfy@ ⏎ lc.shandong.cn）。, （网址：http:// ⏎ www.…）), red team 12 fixture 13 at narrow wraps', () => {
    assert.deepEqual(body(['请报送市司法局（联系电话：0635-', '8241376，电子邮箱：', 'lcsfjxzfy@', 'lc.shandong.cn）。']),
      ['请报送市司法局（联系电话：0635-8241376，电子邮箱：lcsfjxzfy@lc.shandong.cn）。']);
    assert.deepEqual(body(['各单位要认真落实，相关信息请登录www.liaocheng.', 'gov.cn查询。']), ['各单位要认真落实，相关信息请登录www.liaocheng.gov.cn查询。']);
  });
});

describe('parser: a numbered line opening with a year (2.2025年…)', () => {
  it('starts its paragraph: an item or a note entry, never a decimal (QA round eight)', () => {
    assert.deepEqual(body(['附件：1.2025年地热能开发利用项目清单', '2.2025年公园城市建设重点项目安排表']),
      ['附件：1.2025年地热能开发利用项目清单', '2.2025年公园城市建设重点项目安排表']);
    assert.deepEqual(body(['一、重点任务', '1.2025年底前完成老旧管网改造200公里以上。', '2.2026年底前实现城乡供水一体化全覆盖。']),
      ['一、重点任务', '1.2025年底前完成老旧管网改造200公里以上。', '2.2026年底前实现城乡供水一体化全覆盖。']);
  });
});

describe('parser: a date line in Chinese numerals', () => {
  it('starts its own paragraph after a signature with a colon (市长：name), as an Arabic date does', () => {
    assert.deepEqual(body(['现予公布。', '市长：张百顺', '二〇二五年七月八日']), ['现予公布。', '市长：张百顺', '二〇二五年七月八日']);
    assert.deepEqual(body(['现予公布。', '市长：张百顺', '2025年7月8日']), ['现予公布。', '市长：张百顺', '2025年7月8日']);
  });
});

describe('parser: a table\'s rows (cells split by tabs) and lines of text', () => {
  it('a long heading does not run on into the table below it', () => {
    assert.deepEqual(body(['附件', '全市2025年第一批城市更新重点项目及责任单位', '序号\t项目名称\t责任单位', '1\t古城区街巷改造\t东昌府区']),
      ['附件', '全市2025年第一批城市更新重点项目及责任单位', '序号\t项目名称\t责任单位', '1\t古城区街巷改造\t东昌府区']);
  });

  it('nor a long row into the text after the table', () => {
    assert.deepEqual(body(['19\t义演、义赛、义卖等大型救灾捐赠和募捐活动的备案\t其他权力', '以上事项由各县（市、区）承接。']),
      ['19\t义演、义赛、义卖等大型救灾捐赠和募捐活动的备案\t其他权力', '以上事项由各县（市、区）承接。']);
  });
});

describe('parser: an annex\'s heading above its list or table', () => {
  it('ends its paragraph, however long, when it ends in 名单, 名录, 目录, 指标 or a table\'s 表', () => {
    assert.deepEqual(body(['附件', '聊城市低空经济发展工作专班成员单位及联络员名单', '召集人：王刚副市长', '成员：李明市发展改革委主任']).slice(0, 2),
      ['附件', '聊城市低空经济发展工作专班成员单位及联络员名单']);
    for (const title of ['聊城市第五批市级非物质文化遗产代表性项目名录', '聊城市本级政府投资项目行政审批和服务事项目录', '聊城市2025年国民经济和社会发展主要预期指标', '2025年春季造林绿化工作进度情况统计汇总表']) {
      assert.deepEqual(body(['附件', title, '填报单位：市自然资源和规划局']), ['附件', title, '填报单位：市自然资源和规划局'], title);
    }
  });

  it('ends its paragraph when it ends in 回执, 承诺书 or 申请书 (red team 16)', () => {
    for (const title of ['2026年全市政务公开业务培训班参训人员回执', '聊城市2026年度安全生产目标责任承诺书', '聊城市城镇燃气经营许可申请书']) {
      assert.deepEqual(body(['附件', title, '单位（盖章）：']), ['附件', title, '单位（盖章）：'], title);
    }
    // A line of running text (a clause mark in it) that a wrap ended in 回执 goes on.
    assert.deepEqual(body(['请各单位认真组织，并于12月1日前报送参训人员回执', '电子版。']), ['请各单位认真组织，并于12月1日前报送参训人员回执电子版。']);
  });

  it('a wrapped line that ends in 代表 goes on', () => {
    assert.deepEqual(body(['市政府常务会议每季度邀请若干名基层群众代表', '列席会议。']), ['市政府常务会议每季度邀请若干名基层群众代表列席会议。']);
  });
});

describe('parser: a line a wrap cut right after a citation\'s number', () => {
  it('goes on: the sentence has not ended', () => {
    assert.deepEqual(body(['（三）加强融资服务。原《聊城市人民政府关于加快聊城市金融产业高质量发展的', '意见》（聊政发〔2021〕5号）', '已由《聊城市人民政府办公室关于废止聊政发〔2021〕5号行政规范性文件的通知》（聊政办字〔2024〕21号）废止。']),
      ['（三）加强融资服务。原《聊城市人民政府关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号）已由《聊城市人民政府办公室关于废止聊政发〔2021〕5号行政规范性文件的通知》（聊政办字〔2024〕21号）废止。']);
  });

  it('but each citation of a list stays an entry, an item still starts a paragraph, and a block still closes its task', () => {
    assert.deepEqual(body(['下列文件同时废止：', '《聊城市某某管理办法》（聊政发〔2010〕1号）', '《聊城市某某实施细则》（聊政办发〔2011〕2号）']),
      ['下列文件同时废止：', '《聊城市某某管理办法》（聊政发〔2010〕1号）', '《聊城市某某实施细则》（聊政办发〔2011〕2号）']);
    assert.deepEqual(body(['（一）落实《聊城市某某管理办法》（聊政发〔2010〕1号）', '（二）强化保障。']), ['（一）落实《聊城市某某管理办法》（聊政发〔2010〕1号）', '（二）强化保障。']);
    assert.deepEqual(body(['加强组织领导。（牵头单位：市财政局）', '各县（市、区）要抓好落实。']), ['加强组织领导。（牵头单位：市财政局）', '各县（市、区）要抓好落实。']);
  });
});

describe('parser: a paragraph that opens with a bracket it has not closed yet', () => {
  // A regulation's 公布 note below its title, hard-wrapped at 16 characters: a line in the middle
  // (`》第一次修正根据2024年11月`) neither leaves a bracket of its own open nor ends a sentence.
  const note = ['（2017年12月15日聊城市人', '民政府令第32号公布根据2020', '年1月17日《聊城市人民政府关于', '修改〈聊城市燃气管理办法〉的决定',
    '》第一次修正根据2024年11月', '11日《聊城市人民政府关于修改和', '废止部分市政府规章的决定》第二次', '修正）'];

  it('runs on until the bracket closes: a 公布 note wrapped over many lines is one paragraph', () => {
    assert.deepEqual(body(['聊城市燃气管理办法', ...note, '第一章 总 则', '第一条 为了加强燃气管理，制定本办法。']),
      ['聊城市燃气管理办法', note.join(''), '第一章总则', '第一条为了加强燃气管理，制定本办法。']);
  });

  it('but not past the bracket\'s close, a sentence\'s end or a heading', () => {
    assert.deepEqual(body(['（2018年11月14日聊城市人民政府令', '第33号公布）', '聊城市人民政府', '2024年2月1日']),
      ['（2018年11月14日聊城市人民政府令第33号公布）', '聊城市人民政府', '2024年2月1日']);
    assert.deepEqual(body(['（注：本办法由市住房城乡建设局负', '责解释。', '市政府有关部门', '要抓好落实。']), ['（注：本办法由市住房城乡建设局负责解释。', '市政府有关部门', '要抓好落实。']);
    assert.deepEqual(body(['（2017年12月15日聊城市人', '民政府令第32号公布根据2020', '年1月17日市政府决定修正', '第一章 总 则']),
      ['（2017年12月15日聊城市人民政府令第32号公布根据2020年1月17日市政府决定修正', '第一章总则']);
  });
});

describe('parser: narrow hard wraps (lines of 16 to 26 characters)', () => {
  it('a fraction\'s number cut in two goes on, though its rest looks like a heading\'s marker (五，)', () => {
    assert.deepEqual(body(['（一）新建居住区不低于百分之三十', '五，改建居住区不低于百分之二十五；', '（二）学校不低于三分之', '二。']),
      ['（一）新建居住区不低于百分之三十五，改建居住区不低于百分之二十五；', '（二）学校不低于三分之二。']);
  });

  it('a word ending in 一 cut before it goes on (统⏎一、), but a heading after a sentence or a title still starts', () => {
    assert.deepEqual(body(['2. 规范支付服务标识。做到标识完整统', '一、清晰醒目。', '（4）小微企业。污染物组分单', '一、排放总量较小的企业，可不采取停限产措施。']),
      ['2. 规范支付服务标识。做到标识完整统一、清晰醒目。', '（4）小微企业。污染物组分单一、排放总量较小的企业，可不采取停限产措施。']);
    assert.deepEqual(body(['为做好此项工作，制定本方案。', '一、总体要求', '加强协同', '二、工作任务']), ['为做好此项工作，制定本方案。', '一、总体要求', '加强协同', '二、工作任务']);
    // A title ending in 清单, 规划 or 系统, then its first heading.
    for (const title of ['重点任务清单', '聊城市城市更新专项规划', '城市更新项目清单', '聊城市智慧城管指挥系统']) {
      assert.deepEqual(body([title, '一、重点任务。']), [title, '一、重点任务。'], title);
    }
  });

  it('a date cut after its year or month goes on, however short the line', () => {
    assert.deepEqual(body(['第二十八条 本办法自2025年', '2月1日起施行，有效期至2027年1', '月31日。']),
      ['第二十八条本办法自2025年2月1日起施行，有效期至2027年1月31日。']);
  });

  it('an article\'s short line that stops mid-sentence goes on; an item\'s heading does not', () => {
    assert.deepEqual(body(['第二十五条 交易主体和从', '事交易的相关人员违反规定', '，依法予以查处。', '第二十六条 本办法自印发之日起施行。']),
      ['第二十五条交易主体和从事交易的相关人员违反规定，依法予以查处。', '第二十六条本办法自印发之日起施行。']);
    assert.deepEqual(body(['（一）总体要求', '加强组织领导。']), ['（一）总体要求', '加强组织领导。']);
  });

  it('第X条， under a chapter title opens the article (a slip comma), but goes on as a wrapped reference elsewhere (probe5)', () => {
    assert.deepEqual(body(['第四章 燃气使用', '第二十四条，燃气用户应当遵守安全用气规则。']),
      ['第四章燃气使用', '第二十四条，燃气用户应当遵守安全用气规则。']);
    assert.deepEqual(body(['第二十三条 违反本办法', '第十条，第十一条规定的，依法处理。']), ['第二十三条违反本办法第十条，第十一条规定的，依法处理。']);
    assert.deepEqual(body(['第二十三条 有关部门应当依照本办法', '第十条，对违法行为予以处理。']), ['第二十三条有关部门应当依照本办法第十条，对违法行为予以处理。']);
  });

  it('a block\'s units go on after a role label whose block the line does not close, even after a bracket of their own', () => {
    assert.deepEqual(body(['建设局、市城管局；责任单位：各县（市、区）', '人民政府、市属开发区管委会）', '十、保障措施']),
      ['建设局、市城管局；责任单位：各县（市、区）人民政府、市属开发区管委会）', '十、保障措施']);
    // A block that closes on its line ends there; a block that opens on it is openBlock's case.
    assert.deepEqual(body(['市城管局；责任单位：各县（市、区）人民政府）', '人民政府要加强领导。']),
      ['市城管局；责任单位：各县（市、区）人民政府）', '人民政府要加强领导。']);
  });
});

describe('parser: a bracket\'s content wrapped over three lines or more', () => {
  it('runs on until the bracket closes, though its middle lines hold no bracket nor clause break', () => {
    assert.deepEqual(body(['本次扩展到包括东昌府区（含', '聊城经济技术开发区、聊城高新技', '术产业开发区、聊城江北水城旅游', '度假区）、茌平区和东阿县。']),
      ['本次扩展到包括东昌府区（含聊城经济技术开发区、聊城高新技术产业开发区、聊城江北水城旅游度假区）、茌平区和东阿县。']);
  });

  it('a telephone number goes on after its label a wrap left at a line\'s end (（联系人：…；⏎联系电话：⏎0635-8234567）: a 附注 wrapped narrowly) (red team 16)', () => {
    assert.deepEqual(body(['（联系人：市水利局　王建国；', '联系电话：', '0635-8234567）']), ['（联系人：市水利局王建国；联系电话：0635-8234567）']);
    // Outside a bracket too; a colon that ends a sentence's lead still ends its line.
    assert.deepEqual(body(['（一）有关要求。联系方式如下：', '联系电话：', '0635-8234567']), ['（一）有关要求。联系方式如下：', '联系电话：0635-8234567']);
    assert.deepEqual(body(['各单位报送的材料包括：', '2026年度工作总结。']), ['各单位报送的材料包括：', '2026年度工作总结。']);
  });

  it('but not past a sentence\'s end, a heading, or a （ opened long before (a slip)', () => {
    assert.deepEqual(body(['各县（市、区', '人民政府要加强领导。', '二、工作任务']), ['各县（市、区人民政府要加强领导。', '二、工作任务']);
    assert.deepEqual(body(['扩展到东昌府区（含', '聊城经济技术开发区', '（一）总体要求']), ['扩展到东昌府区（含聊城经济技术开发区', '（一）总体要求']);
    const far = `某某区（含${'甲'.repeat(70)}`;
    assert.deepEqual(body([far, '乙乙乙乙乙', '重点任务']), [`${far}乙乙乙乙乙`, '重点任务']);
  });
});

describe('parser: markdown extraction wraps (a 2025 issue in gazette-2021-04\'s dialect, qa14)', () => {
  it('a line ending in a markdown line break (two spaces) goes on, however short; a heading or a signature above its date does not', () => {
    assert.deepEqual(body(['三、工作规则', '', '聊城市校外培训监管联席会议制度原则上  ', '每半年召开一次全体会议。']),
      ['三、工作规则', '聊城市校外培训监管联席会议制度原则上每半年召开一次全体会议。']);
    assert.deepEqual(body(['聊城市校外培训监管联席会议制度原则上', '', '每半年召开一次全体会议。']),
      ['聊城市校外培训监管联席会议制度原则上', '每半年召开一次全体会议。']);
    assert.deepEqual(body(['一、总体要求  ', '（一）明确目标。', '', '聊城市人民政府办公室  ', '2021.4.8']),
      ['一、总体要求', '（一）明确目标。', '聊城市人民政府办公室', '2021.4.8']);
    assert.deepEqual(body(['（一）明确目标。', '', '聊城市人民政府办公室  ', '二〇二一年四月八日。']),
      ['（一）明确目标。', '聊城市人民政府办公室', '二〇二一年四月八日。']);
  });

  it('reads no line break in a draft whose every line ends in two spaces (an editor\'s trailing whitespace): its labels, titles and table rows stay apart (red team 16)', () => {
    const lines = ['一、总体要求', '', '加强组织领导。', '', '附件1', '', '聊城市城区老旧供水管网改造项目清单', '', '序号\t项目名称\t改造长度（公里）', '1\t东昌路供水管网改造\t18', '2\t柳园路供水管网改造\t22'];
    const want = ['一、总体要求', '加强组织领导。', '附件1', '聊城市城区老旧供水管网改造项目清单', '序号\t项目名称\t改造长度（公里）', '1\t东昌路供水管网改造\t18', '2\t柳园路供水管网改造\t22'];
    assert.deepEqual(body(lines.map((l) => `${l}  `)), want);
    // Nor with its blank lines removed: nearly every line ends so.
    const more = ['二、工作任务', '（一）加快建设。', '（二）加强管理。', '三、保障措施', '各单位要加强领导。'];
    assert.deepEqual(body([...more, ...lines].filter((l) => l).map((l) => `${l}  `)), [...more, ...want]);
    // The markdown dialect's breaks, on wrapped lines only, still join.
    assert.deepEqual(body(['一、总体要求', '', '聊城市校外培训监管联席会议制度原则上  ', '每半年召开一次全体会议。', '', '二、工作规则', '', '联席会议根据工作需要  ', '不定期召开专题会议。', '', '三、其他', '', '本制度由市教育体育局  ', '负责解释。']),
      ['一、总体要求', '聊城市校外培训监管联席会议制度原则上每半年召开一次全体会议。', '二、工作规则', '联席会议根据工作需要不定期召开专题会议。', '三、其他', '本制度由市教育体育局负责解释。']);
  });

  it('a short line that ends a sentence inside and goes on without one is running text, even after an item\'s marker', () => {
    assert.deepEqual(body(['（三）强化医疗救助托底。聊城市医疗保', '', '障局要会同聊城市民政局建立长效机制。']),
      ['（三）强化医疗救助托底。聊城市医疗保障局要会同聊城市民政局建立长效机制。']);
    assert.deepEqual(body(['（三）强化医疗救助托底', '', '聊城市医疗保障局要会同聊城市民政局建立长效机制。']),
      ['（三）强化医疗救助托底', '聊城市医疗保障局要会同聊城市民政局建立长效机制。']);
  });
});

describe('parser: a line that opens with a colon', () => {
  it('goes on from the line before: a wrap at 15 cut a 废止 notice\'s announcement from its ： (qa14), and the list after it is read', () => {
    assert.deepEqual(body(['为维护法制统一，经市政府同意，决定对以下行政规范性文件予以废止', '：', '一、《聊城市人民政府办公室关于印发聊城市某某办法的通知》（聊政办字〔2024〕17号）；']),
      ['为维护法制统一，经市政府同意，决定对以下行政规范性文件予以废止：', '一、《聊城市人民政府办公室关于印发聊城市某某办法的通知》（聊政办字〔2024〕17号）；']);
  });
});

describe('parser: a title\'s qualifier a narrow wrap cut before its closing bracket', () => {
  it('goes on with the title (`…发展规划` ⏎ `（2024—2028年` ⏎ `）`), and a bracket of other words does not', () => {
    assert.deepEqual(body(['聊城市某某产业发展规划', '（2024—2028年', '）', '', '一、发展基础']), ['聊城市某某产业发展规划（2024—2028年）', '一、发展基础']);
    assert.deepEqual(body(['聊城市某某产业发展规划', '（试行', '）']), ['聊城市某某产业发展规划（试行）']);
    assert.deepEqual(body(['聊城市某某产业发展规划', '（含县域部分', '）']), ['聊城市某某产业发展规划', '（含县域部分）']);
  });
});

describe('parser: a line a wrap ended with 县（市、区）', () => {
  it('goes on with the name it cut (`…实施。县（市、区）` ⏎ `人民政府确定的部门…`), and a block closing after it still ends its paragraph', () => {
    assert.deepEqual(body(['市城市管理部门负责本办法的组织实施。县（市、区）', '人民政府确定的部门负责本行政区域内的管理工作。']),
      ['市城市管理部门负责本办法的组织实施。县（市、区）人民政府确定的部门负责本行政区域内的管理工作。']);
    assert.deepEqual(body(['1. 加强管理。（责任单位：各县（市、区））', '2. 强化督导。']), ['1. 加强管理。（责任单位：各县（市、区））', '2. 强化督导。']);
  });
});

describe("parser: a title a wrap cut right after its 《…》 (othergaz2)", () => {
  it('joins `…关于修改《…规定》` ⏎ `的决定`, and keeps a cited title and the sentence after it apart', () => {
    assert.deepEqual(body(['交通运输部关于修改《道路旅客运输及客运站管理规定》', '的决定', '', '交通运输部决定作如下修改：']),
      ['交通运输部关于修改《道路旅客运输及客运站管理规定》的决定', '交通运输部决定作如下修改：']);
    assert.deepEqual(body(['一、贯彻落实《聊城市某某办法》', '', '的要求很重要。']).length, 2);
  });
});

describe('parser: `1.` entries hard-wrapped narrowly (12 to 19 characters, a two-column PDF)', () => {
  const entries = [
    '（一）构建保护传承体系',
    '1.明确城乡历史文化保护传承体系的基本内涵。建立分级分类相结合的城乡历史文化保护传承体系，全方位展示城市文化内涵和历史底蕴。',
    '2.分级建立保护名录。持续开展全市历史文化名镇名村传统村落历史建筑历史文化街区等保护对象的普查认定工作，不断丰富保护名录。',
    '3.落实城乡历史文化保护传承体系重点任务。各级各部门要落实保护传承工作属地责任，及时完成已公布保护对象的保护标志牌设立工作。',
    '（二）加强重点保护',
    '1.工作目标',
    '到2027年，全市历史文化保护传承体系基本建立，历史文化街区和历史建筑得到有效保护利用。',
  ];
  const wrap = (w: number) => entries.flatMap((l) => (l.length > w ? l.match(new RegExp(`[^]{1,${w}}`, 'g'))! : [l]));
  it('reads them as the unwrapped text, headings apart, at every width from 12 to 19', () => {
    for (let w = 12; w <= 19; w++) assert.deepEqual(body(wrap(w)), entries, `width ${w}`);
  });
});

describe('parser: a cited title\'s number a hard wrap put on the next line (probe12 extraction B)', () => {
  const cite = (lines: string[]) => {
    const d = parseGazette(new SourceText(['聊政办字〔2025〕9号', '', '关于某事的通知', '', '各县（市、区）人民政府：', '', ...lines].join('\n'))).documents[0];
    return { paragraphs: d.paragraphs.slice(1).map((p) => p.text), citations: d.citations.map((c) => [c.title.text, c.number?.canonical]) };
  };

  it('joins the line after the title\'s 》 that opens with the number in brackets, spaced or not, and reads the citation', () => {
    for (const n of ['（聊政发〔2025〕2号）', '（聊政发〔2025〕2 号）']) {
      assert.deepEqual(cite(['每年遴选智能工厂20个以上，按照《聊城市人民政府关于加快发展低空经济的实施意见》', '', `${n}和有关政策给予支持。`]), {
        paragraphs: [`每年遴选智能工厂20个以上，按照《聊城市人民政府关于加快发展低空经济的实施意见》${n.replace(' ', '')}和有关政策给予支持。`],
        citations: [['聊城市人民政府关于加快发展低空经济的实施意见', '聊政发〔2025〕2号']],
      }, n);
    }
    // Cut inside the bracket, after the code (already joined: the （ is left open).
    assert.deepEqual(cite(['按照《聊城市人民政府关于加快发展低空经济的实施意见》（聊政发', '', '〔2025〕2号）和有关政策给予支持。']).citations,
      [['聊城市人民政府关于加快发展低空经济的实施意见', '聊政发〔2025〕2号']]);
  });

  it('joins a decree\'s number too (《政府投资条例》 ⏎ （国务院令第712号）《…》（省政府令第331号）等规定), red team 10 fixture 21 at wrap 18', () => {
    assert.deepEqual(cite(['第一条　为规范政府投资行为，提高政府投资效益，根据《政府投资条例》', '（国务院令第712号）《山东省政府投资管理办法》（省政府令第331号）等规定，制定本办法。']), {
      paragraphs: ['第一条为规范政府投资行为，提高政府投资效益，根据《政府投资条例》（国务院令第712号）《山东省政府投资管理办法》（省政府令第331号）等规定，制定本办法。'],
      citations: [['政府投资条例', '国务院令第712号'], ['山东省政府投资管理办法', '省政府令第331号']],
    });
  });

  it('joins a sentence a wrap cut right after the title it opens with (《…若干措施》 ⏎ 已经市政府同意…), probe15 at wrap 18', () => {
    assert.deepEqual(cite(['《聊城市支持中小微企业纾困发展若干措施》', '已经市政府同意，现印发给你们，请认真', '抓好贯彻落实。']).paragraphs,
      ['《聊城市支持中小微企业纾困发展若干措施》已经市政府同意，现印发给你们，请认真抓好贯彻落实。']);
    assert.deepEqual(cite(['认真贯彻落实《聊城市安全生产条例》', '等有关规定，确保安全。']).paragraphs, ['认真贯彻落实《聊城市安全生产条例》等有关规定，确保安全。']);
    // A title of its own line, then the text under it.
    assert.deepEqual(cite(['《聊城市支持中小微企业纾困发展若干措施》', '为帮助中小微企业应对困难，制定以下措施。']).paragraphs,
      ['《聊城市支持中小微企业纾困发展若干措施》', '为帮助中小微企业应对困难，制定以下措施。']);
  });

  it('a line after 》 that opens with other words in brackets still starts its paragraph', () => {
    assert.deepEqual(cite(['一、印发《聊城市某某管理办法》', '', '（一）总体要求。']).paragraphs, ['一、印发《聊城市某某管理办法》', '（一）总体要求。']);
  });
});

describe('parser: an article of the law a wrapped line has just named (redteam10)', () => {
  it('joins `…根据《…实施条例》` ⏎ `第二十八条规定，…`: the article is the cited law\'s, not an article head', () => {
    assert.deepEqual(body(['根据《中华人民共和国土地管理法》第四十七条和《中华人民共和国土地管理法实施条例》', '', '第二十八条规定，经山东省人民政府批准，现将征收', '', '土地有关事项公告如下：']),
      ['根据《中华人民共和国土地管理法》第四十七条和《中华人民共和国土地管理法实施条例》第二十八条规定，经山东省人民政府批准，现将征收土地有关事项公告如下：']);
    assert.deepEqual(body(['违反本规定的，依照《中华人民共和国消防法》', '第六十四条第一款的规定处罚。']), ['违反本规定的，依照《中华人民共和国消防法》第六十四条第一款的规定处罚。']);
    // A 决定's item naming the regulation it amends, then an amendment of its own, stays two paragraphs;
    // so does a line ending in 》 without a citing word before an article head.
    assert.deepEqual(body(['一、对《聊城市燃气管理办法》', '第十条修改为：“燃气经营者应当…”']), ['一、对《聊城市燃气管理办法》', '第十条修改为：“燃气经营者应当…”']);
    assert.deepEqual(body(['附件：《聊城市某某办法》', '第一条 为了加强管理，制定本办法。']), ['附件：《聊城市某某办法》', '第一条为了加强管理，制定本办法。']);
  });
});

describe('parser: an article named after a title a wrap ended a line with, and a telephone number cut in two (redteam10)', () => {
  it('joins `…超过《…条例》` ⏎ `第三十三条第二款规定的…`, with or without a citing word before the title', () => {
    assert.deepEqual(body(['至8月20日才作出答复，超过《中华人民共和国政府信息公开条例》', '', '第三十三条第二款规定的20个工作日期限。']),
      ['至8月20日才作出答复，超过《中华人民共和国政府信息公开条例》第三十三条第二款规定的20个工作日期限。']);
    // An article's head with a slip comma after such a line still opens its paragraph.
    assert.deepEqual(body(['附件：《聊城市某某办法》', '第一条，为了加强管理，制定本办法。']), ['附件：《聊城市某某办法》', '第一条，为了加强管理，制定本办法。']);
  });
  it('joins a telephone number cut after its area code\'s hyphen (`0635-82415` ⏎ `16，电子邮箱…`): the rest is no item 16', () => {
    assert.deepEqual(body(['况报市发展改革委（联系电话：0635-82415', '', '16，电子邮箱：lcfgw@lc.gov.cn）。']), ['况报市发展改革委（联系电话：0635-8241516，电子邮箱：lcfgw@lc.gov.cn）。']);
    assert.deepEqual(body(['书面报告市政府总值班室（电话：0635-8241', '', '100，传真：0635-8241101）。']), ['书面报告市政府总值班室（电话：0635-8241100，传真：0635-8241101）。']);
    // A list's item after a line ending in a year or an amount still opens its paragraph.
    assert.deepEqual(body(['一、目标任务', '到2025', '2.加强管理。']), ['一、目标任务', '到2025', '2.加强管理。']);
  });
});

describe('parser: a line that closes a bracket the line before left open (redteam10)', () => {
  it('goes on that line, though it opens like a heading (`（农历腊月` ⏎ `二十八、周日）至23日…`)', () => {
    assert.deepEqual(body(['二、春节：2月15日（农历腊月', '', '二十八、周日）至23日（周一）放假调休，共9天。', '', '三、清明节：4月4日（周六）至6日（周一）放假，共3天。']),
      ['二、春节：2月15日（农历腊月二十八、周日）至23日（周一）放假调休，共9天。', '三、清明节：4月4日（周六）至6日（周一）放假，共3天。']);
    // A heading that opens with a bracket of its own after a line a slip left open still opens its paragraph.
    assert.deepEqual(body(['（一）加强监管。（牵头单位：市财政局', '（二）加强统计。（牵头单位：市统计局）']), ['（一）加强监管。（牵头单位：市财政局', '（二）加强统计。（牵头单位：市统计局）']);
  });
});

describe('parser: an email address or a web address a wrap put after its label (redteam10)', () => {
  it('goes on the label\'s line (`（联系电话：…，电子邮箱：` ⏎ `lcfgw@lc.gov.cn）。`), inside the bracket an earlier line opened', () => {
    assert.deepEqual(body(['各单位要于每月5日前将工作进展情况报市发展改革委（联系', '', '电话：0635-8241516，电子邮箱：', '', 'lcfgwtzk@lc.shandong.cn）。']),
      ['各单位要于每月5日前将工作进展情况报市发展改革委（联系电话：0635-8241516，电子邮箱：lcfgwtzk@lc.shandong.cn）。']);
    assert.deepEqual(body(['联系人：王芳，电子邮箱：', '', 'lczrzyghj@lc.gov.cn。']), ['联系人：王芳，电子邮箱：lczrzyghj@lc.gov.cn。']);
    assert.deepEqual(body(['规划文本在市政府网站：', 'https://www.liaocheng.gov.cn公示。']), ['规划文本在市政府网站：https://www.liaocheng.gov.cn公示。']);
    // A line of words after a colon still opens its paragraph.
    assert.deepEqual(body(['现将有关事项通知如下：', 'APP推广工作由市大数据局负责。']), ['现将有关事项通知如下：', 'APP推广工作由市大数据局负责。']);
  });
});

describe('parser: an abbreviation\'s note a wrap put at the start of a line (probe17 at wrap 28)', () => {
  it('goes on the line that names what it abbreviates (…《…规划（2023—2035年）》 ⏎ （以下简称《规划》）。…)', () => {
    assert.deepEqual(body(['一、原则同意《莘县城市供热专项规划（2023—2035年）》', '（以下简称《规划》）。《规划》范围为莘县县城规划区。']),
      ['一、原则同意《莘县城市供热专项规划（2023—2035年）》（以下简称《规划》）。《规划》范围为莘县县城规划区。']);
    assert.deepEqual(body(['由聊城市住房和城乡建设局', '（简称市住房城乡建设局）牵头。']), ['由聊城市住房和城乡建设局（简称市住房城乡建设局）牵头。']);
    // A bracketed heading still opens its paragraph.
    assert.deepEqual(body(['一、原则同意《莘县城市供热专项规划（2023—2035年）》', '（一）规划范围。']),
      ['一、原则同意《莘县城市供热专项规划（2023—2035年）》', '（一）规划范围。']);
  });
});
