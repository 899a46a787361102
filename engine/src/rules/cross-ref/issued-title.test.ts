import * as assert from 'node:assert';
import { check, fixed } from '../testing';
import { issuedTitle } from './issued-title';

const notice = (title: string, body: string, heading: string) => `聊城市人民政府办公室文件

聊政办字〔2024〕24号

聊城市人民政府办公室
${title}

各县（市、区）人民政府，市政府各部门：
    ${body}已经市政府同意，现印发给你们，请认真贯彻执行。

聊城市人民政府办公室
2024年12月31日

（此件公开发布）

${heading}

一、总体要求
`;

describe('cross-ref/issued-title', () => {
  it('accepts title, body and heading naming the same document (《》 in the title or not)', () => {
    assert.deepStrictEqual(check(issuedTitle, notice('关于印发聊城市公园城市建设实施方案的通知', '《聊城市公园城市建设实施方案》', '聊城市公园城市建设实施方案')), []);
    assert.deepStrictEqual(check(issuedTitle, notice('关于印发《聊城市公园城市建设实施方案》的通知', '《聊城市公园城市建设实施方案》', '聊城市公园城市建设实施方案')), []);
  });

  it('reads the title of a notice sent as a 函 (关于印发X的通知（函）): silent when all agree, reports the body that does not', () => {
    const T = '关于印发聊城市公园城市建设实施方案的通知（函）';
    assert.deepStrictEqual(check(issuedTitle, notice(T, '《聊城市公园城市建设实施方案》', '聊城市公园城市建设实施方案')), []);
    assert.deepStrictEqual(check(issuedTitle, notice(T, '《聊城市公园建设实施方案》', '聊城市公园城市建设实施方案')).map((d) => d.message), [
      '正文所印发的《聊城市公园建设实施方案》与通知标题“关于印发聊城市公园城市建设实施方案的通知”不一致（所附文件标题也是《聊城市公园城市建设实施方案》）；通知标题与所印发文件的标题指同一份文件，应逐字一致：应为《聊城市公园城市建设实施方案》。']);
  });

  it('fixes the body when title and heading agree', () => {
    const text = notice('关于印发聊城市公园城市建设实施方案的通知', '《聊城市公园建设实施方案》', '聊城市公园城市建设实施方案');
    assert.deepStrictEqual(check(issuedTitle, text).map((f) => [f.line, f.column, f.text, f.message]), [[9, 5, '《聊城市公园建设实施方案》',
      '正文所印发的《聊城市公园建设实施方案》与通知标题“关于印发聊城市公园城市建设实施方案的通知”不一致（所附文件标题也是《聊城市公园城市建设实施方案》）；通知标题与所印发文件的标题指同一份文件，应逐字一致：应为《聊城市公园城市建设实施方案》。']]);
    assert.strictEqual(fixed(issuedTitle, text), notice('关于印发聊城市公园城市建设实施方案的通知', '《聊城市公园城市建设实施方案》', '聊城市公园城市建设实施方案'));
  });

  it('keeps the line break of a body title hard-wrapped across two lines (LF and CRLF)', () => {
    for (const br of ['\n', '\r\n']) {
      // 《聊城市公园建⏎设方案》 → 《聊城市公园城市建⏎设实施方案》: the break stays between 建 and 设.
      const wrapped = (title: string) => notice('关于印发聊城市公园城市建设实施方案的通知', title, '聊城市公园城市建设实施方案')
        .replace(/\r?\n/g, br);
      const text = wrapped('《聊城市公园建\n设方案》');
      assert.deepStrictEqual(check(issuedTitle, text).map((f) => f.message), [
        '正文所印发的《聊城市公园建设方案》与通知标题“关于印发聊城市公园城市建设实施方案的通知”不一致（所附文件标题也是《聊城市公园城市建设实施方案》）；通知标题与所印发文件的标题指同一份文件，应逐字一致：应为《聊城市公园城市建设实施方案》。']);
      assert.strictEqual(fixed(issuedTitle, text), wrapped('《聊城市公园城市建\n设实施方案》'), JSON.stringify(br));
    }
  });

  it('reports the heading when title and body agree', () => {
    const text = notice('关于印发聊城市公园城市建设实施方案的通知', '《聊城市公园城市建设实施方案》', '聊城市公园建设实施方案');
    assert.deepStrictEqual(check(issuedTitle, text).map((f) => [f.line, f.text, f.message]), [[16, '聊城市公园建设实施方案',
      '所附文件的标题“聊城市公园建设实施方案”与通知标题及正文所称《聊城市公园城市建设实施方案》不一致（三者指同一份文件，应逐字一致）：应为“聊城市公园城市建设实施方案”。']]);
  });

  it('reports the attached heading written in 《》 and takes them off; a heading of another document in 《》 is not judged', () => {
    const text = notice('关于印发聊城市公园城市建设实施方案的通知', '《聊城市公园城市建设实施方案》', '《聊城市公园城市建设实施方案》');
    assert.deepStrictEqual(check(issuedTitle, text).map((f) => [f.line, f.text, f.message]), [[16, '《聊城市公园城市建设实施方案》',
      '所附文件的标题不加书名号（它单独成行，是文件的标题，不是对文件的引用）：应为“聊城市公园城市建设实施方案”。']]);
    assert.strictEqual(fixed(issuedTitle, text), notice('关于印发聊城市公园城市建设实施方案的通知', '《聊城市公园城市建设实施方案》', '聊城市公园城市建设实施方案'));
    assert.deepStrictEqual(check(issuedTitle, notice('关于印发聊城市公园城市建设实施方案的通知', '《聊城市公园城市建设实施方案》', '《聊城市燃气管理办法》')), []);
  });

  it('reports the notice title when body and heading agree', () => {
    const text = notice('关于印发聊城市公园建设实施方案的通知', '《聊城市公园城市建设实施方案》', '聊城市公园城市建设实施方案');
    assert.deepStrictEqual(check(issuedTitle, text).map((f) => [f.line, f.text]), [[5, '聊城市人民政府办公室\n关于印发聊城市公园建设实施方案的通知']]);
  });

  it('accepts 修订后的 and, in a 转发 notice, the drafting body before the issued title', () => {
    assert.deepStrictEqual(check(issuedTitle, notice('关于印发修订后的聊城市政府投资项目管理办法的通知', '修订后的《聊城市政府投资项目管理办法》', '聊城市政府投资项目管理办法')), []);
    const forward = notice('关于转发市发展改革委聊城市2024年第四季度重点项目推进计划的通知', '市发展改革委制定的《聊城市2024年第四季度重点项目推进计划》', '聊城市2024年第四季度重点项目推进计划').replace('现印发给你们', '现转发给你们');
    assert.deepStrictEqual(check(issuedTitle, forward), []);
    // A wrong title is still wrong, and the message keeps the notice's own verb.
    const wrong = forward.replace('《聊城市2024年第四季度重点项目推进计划》', '《聊城市2024年重点项目推进计划》');
    assert.deepStrictEqual(check(issuedTitle, wrong).map((f) => f.message.slice(0, 40)), ['正文所转发的《聊城市2024年重点项目推进计划》与通知标题“关于转发市发展改革委']);
  });

  it('compares a forwarded document cited with its number (现将《X》（鲁政办字〔2025〕9号）转发给你们) with the title (probe16)', () => {
    const forward = (title: string, cited: string) => notice(title, '', '').replace('已经市政府同意，现印发给你们，请认真贯彻执行。', `现将${cited}转发给你们，并提出以下意见，请一并贯彻落实。`);
    const ok = '《山东省人民政府办公厅关于进一步加强耕地保护工作的通知》（鲁政办字〔2025〕9号）';
    assert.deepStrictEqual(check(issuedTitle, forward('关于转发山东省人民政府办公厅关于进一步加强耕地保护工作的通知的通知', ok)), []);
    const wrong = ok.replace('加强耕地保护', '做好耕地保护');
    assert.deepStrictEqual(check(issuedTitle, forward('关于转发山东省人民政府办公厅关于进一步加强耕地保护工作的通知的通知', wrong)).map((f) => f.text),
      ['《山东省人民政府办公厅关于进一步做好耕地保护工作的通知》']);
    // A notice naming it by its number is not compared by title.
    assert.deepStrictEqual(check(issuedTitle, forward('关于转发鲁政办字〔2025〕9号文件的通知', wrong)), []);
    // In a 印发 notice a numbered title is a cited basis, as before.
    const basis = notice('关于印发聊城市公园城市建设实施方案的通知', '', '聊城市公园城市建设实施方案').replace('已经市政府同意，现印发给你们', '根据《山东省公园城市建设指导意见》（鲁政办字〔2024〕3号），现印发给你们');
    assert.deepStrictEqual(check(issuedTitle, basis), []);
  });

  it('accepts a 转发 title that abridges what it forwards: the drafter\'s short name, a 的 dropped before its kind (redteam14)', () => {
    const forward = (title: string, cited: string) => notice(title, '', '').replace('已经市政府同意，现印发给你们，请认真贯彻执行。', `现将${cited}转发给你们，请结合实际，认真贯彻落实。`);
    const opinion = '《山东省人民政府办公厅关于进一步做好稳就业工作的意见》（鲁政办发〔2025〕4号）';
    assert.deepStrictEqual(check(issuedTitle, forward('关于转发省政府办公厅关于进一步做好稳就业工作意见的通知', opinion)), []);
    assert.deepStrictEqual(check(issuedTitle, forward('关于转发省政府办公厅关于进一步做好稳就业工作的意见的通知', opinion)), []);
    const notice2 = '《山东省人民政府办公厅关于进一步加强耕地保护工作的通知》（鲁政办字〔2025〕9号）';
    assert.deepStrictEqual(check(issuedTitle, forward('关于转发省政府办公厅关于进一步加强耕地保护工作的通知', notice2)), []);
    // Other words changed are still reported.
    assert.deepStrictEqual(check(issuedTitle, forward('关于转发省政府办公厅关于进一步做好稳就业工作意见的通知', opinion.replace('做好稳就业', '加强稳就业'))).map((f) => f.text),
      ['《山东省人民政府办公厅关于进一步加强稳就业工作的意见》']);
  });
  it('accepts a forwarded 通知 whose 的通知 the notice shares (转发市财政局关于…监管的通知 over 市财政局《关于…监管的通知》) (redteam5)', () => {
    const forward = notice('转发市财政局关于进一步加强财政资金监管的通知', '市财政局《关于进一步加强财政资金监管的通知》', '聊城市财政局关于进一步加强财政资金监管的通知').replace('现印发给你们', '现转发给你们');
    assert.deepStrictEqual(check(issuedTitle, forward), []);
    // Another notice's title is still reported, and the title expected is in the form cited.
    const wrong = forward.replace('《关于进一步加强财政资金监管的通知》', '《关于进一步加强财政资金管理的通知》');
    assert.deepStrictEqual(check(issuedTitle, wrong).map((f) => f.message.replace(/^.*：/, '')), ['应为《关于进一步加强财政资金监管的通知》。']);
  });

  it('accepts the drafting bodies named as a group or one by one before a forwarded 意见 (转发市教育和体育局等部门关于…的意见的通知) (redteam10)', () => {
    const forward = (title: string, body: string) => notice(title, body, '关于进一步加强中小学生课后服务工作的意见').replace('现印发给你们', '现转发给你们');
    assert.deepStrictEqual(check(issuedTitle, forward('转发市教育和体育局等部门关于进一步加强中小学生课后服务工作的意见的通知', '市教育和体育局、市财政局、市发展改革委《关于进一步加强中小学生课后服务工作的意见》')), []);
    assert.deepStrictEqual(check(issuedTitle, forward('转发市教育和体育局、市财政局关于进一步加强中小学生课后服务工作的意见的通知', '市教育和体育局、市财政局《关于进一步加强中小学生课后服务工作的意见》')), []);
    // Another document's title is still reported.
    assert.equal(check(issuedTitle, forward('转发市教育和体育局等部门关于进一步加强中小学生课外活动工作的意见的通知', '市教育和体育局、市财政局、市发展改革委《关于进一步加强中小学生课后服务工作的意见》')).length, 1);
  });

  it('quotes and expects the notice\'s title as it is written, with 关于 only where it has one (redteam5)', () => {
    const forward = notice('转发市财政局关于进一步加强财政资金监管的通知', '市财政局《关于进一步加强财政资金管理的通知》', '聊城市财政局关于进一步加强财政资金监管的通知').replace('现印发给你们', '现转发给你们');
    assert.deepStrictEqual(check(issuedTitle, forward).map((f) => f.message),
      ['正文所转发的《关于进一步加强财政资金管理的通知》与通知标题“转发市财政局关于进一步加强财政资金监管的通知”不一致；通知标题与所印发文件的标题指同一份文件，应逐字一致：应为《关于进一步加强财政资金监管的通知》。']);
    // Body and attached notice agree: the title expected forwards the cited 通知, sharing its 的通知.
    const title = forward.replace('\n聊城市财政局关于进一步加强财政资金监管的通知', '\n关于进一步加强财政资金管理的通知');
    assert.deepStrictEqual(check(issuedTitle, title).map((f) => f.message),
      ['印发通知的标题所称“市财政局关于进一步加强财政资金监管”与正文《关于进一步加强财政资金管理的通知》及所附文件标题不一致（三者指同一份文件，应逐字一致）：应为“转发市财政局关于进一步加强财政资金管理的通知”。']);
    // A 关于 title keeps it.
    const about = title.replace('\n转发市财政局', '\n关于转发市财政局');
    assert.deepStrictEqual(check(issuedTitle, about).map((f) => f.message.replace(/^.*：/, '')), ['应为“关于转发市财政局关于进一步加强财政资金管理的通知”。']);
  });

  it('reads the notice\'s own sentence, not a preamble citing another 印发 notice', () => {
    const text = notice('关于印发聊城市公园城市建设实施方案的通知', '《聊城市公园城市建设实施方案》', '聊城市公园城市建设实施方案')
      .replace('    《聊城市公园城市建设实施方案》已经', '    根据《山东省人民政府办公厅关于印发山东省公园城市建设指引的通知》要求，结合我市实际，制定了本方案。\n    《聊城市公园城市建设实施方案》已经');
    assert.deepStrictEqual(check(issuedTitle, text), []);
  });

  // A department's notice: 依据《…》 in the same sentence as the issued title, which it 制定了 and
  // 现印发给你们. Only the title right before the verb is the issued one.
  const dept = (sentence: string, heading = '聊城市市级财政专项资金管理办法') => `聊城市财政局文件

聊财发〔2025〕3号

聊城市财政局 关于印发《聊城市市级财政专项资金管理办法》的通知

市直各部门、单位，各县（市、区）财政局：

    ${sentence}

聊城市财政局
2025年3月10日

（此件公开发布）

${heading}

第一章 总 则
`;
  const basis = '为规范市级财政专项资金管理，根据《中华人民共和国预算法》及其实施条例等有关规定，';

  it('reads the issued title among other titles of the sentence (根据《A》…制定了《X》，现印发给你们)', () => {
    const text = dept(`${basis}我们制定了《聊城市市级财政资金管理办法》，现印发给你们，请认真遵照执行。`);
    assert.deepStrictEqual(check(issuedTitle, text).map((f) => [f.line, f.text, f.message]), [[9, '《聊城市市级财政资金管理办法》',
      '正文所印发的《聊城市市级财政资金管理办法》与通知标题“关于印发聊城市市级财政专项资金管理办法的通知”不一致（所附文件标题也是《聊城市市级财政专项资金管理办法》）；通知标题与所印发文件的标题指同一份文件，应逐字一致：应为《聊城市市级财政专项资金管理办法》。']]);
    assert.strictEqual(fixed(issuedTitle, text), dept(`${basis}我们制定了《聊城市市级财政专项资金管理办法》，现印发给你们，请认真遵照执行。`));
    // The same after 现将《X》…印发 with a title cited after the verb, and after 已经…同意，现.
    assert.strictEqual(check(issuedTitle, dept(`${basis}现将《聊城市市级财政资金管理办法》印发给你们，请结合《山东省省级财政专项资金管理办法》遵照执行。`)).length, 1);
    assert.strictEqual(check(issuedTitle, dept(`${basis}制定的《聊城市市级财政资金管理办法》已经市政府同意，现印发给你们。`)).length, 1);
  });

  it('says nothing when the issued title is right, or when no cited title is the one the verb issues', () => {
    assert.deepStrictEqual(check(issuedTitle, dept(`${basis}我们制定了《聊城市市级财政专项资金管理办法》，现印发给你们，请认真遵照执行。`)), []);
    // The titles cited are the basis only: the issued document is not named in the sentence.
    assert.deepStrictEqual(check(issuedTitle, dept('根据《中华人民共和国预算法》和《山东省省级财政专项资金管理办法》，我们制定了本办法，现印发给你们。')), []);
    assert.deepStrictEqual(check(issuedTitle, dept('根据《中华人民共和国预算法》和《山东省省级财政专项资金管理办法》，现印发给你们。')), []);
    assert.deepStrictEqual(check(issuedTitle, dept('根据《中华人民共和国预算法》等有关规定，我们制定了本办法，现印发给你们。')), []);
    // One notice issuing several documents (印发关于支持A产业B产业…的若干措施的通知): none of them is the whole X.
    const several = notice('印发关于支持新能源产业钢管产业高质量发展的若干措施的通知', '《关于支持新能源产业高质量发展的若干措施》《关于支持钢管产业高质量发展的若干措施》', '关于支持新能源产业高质量发展的若干措施');
    assert.deepStrictEqual(check(issuedTitle, several), []);
    assert.deepStrictEqual(check(issuedTitle, several.replace('》《', '》、《')), []);
  });
});

describe('cross-ref/issued-title: a notice issuing several documents (probe17)', () => {
  const several = (cited: string[], heads: string[]) => `聊城市人民政府办公室文件

聊政办发〔2023〕11号

聊城市人民政府办公室
关于印发聊城市促进文旅消费若干措施等三个措施的通知

各县（市、区）人民政府，市政府各部门：

${cited.map((t) => `《${t}》`).join('')}已经市政府同意，现印发给你们，请结合实际认真贯彻落实。

聊城市人民政府办公室
2023年10月10日

${heads.map((h) => `${h}\n\n为推动消费恢复，制定以下措施。\n\n一、丰富消费供给\n\n1. 支持提质升级。\n\n二、优化消费环境\n\n1. 加强执法检查。\n`).join('\n')}`;
  const T = ['聊城市促进文旅消费若干措施', '聊城市促进汽车消费若干措施', '聊城市促进家居消费若干措施'];
  it('accepts body titles the attached headings bear, in any order', () => {
    assert.deepStrictEqual(check(issuedTitle, several(T, T)), []);
    assert.deepStrictEqual(check(issuedTitle, several([T[1], T[0], T[2]], T)), []);
  });
  it('reports the one body title no attached heading bears, with the one heading the body leaves out', () => {
    const text = several([T[0], '聊城市促进汽车消费若干政策', T[2]], T);
    assert.deepStrictEqual(check(issuedTitle, text).map((f) => [f.line, f.text, f.message]), [[10, '《聊城市促进汽车消费若干政策》',
      '正文所印发的《聊城市促进汽车消费若干政策》不是所附任何文件的标题：通知印发几份文件，其后就附几份，正文所列与所附文件的标题逐字一致；所附文件中只有“聊城市促进汽车消费若干措施”未被正文列出，应为《聊城市促进汽车消费若干措施》。']]);
  });
  it('says nothing when two body titles or no heading are left over (which goes with which is unsure)', () => {
    assert.deepStrictEqual(check(issuedTitle, several([T[0], '聊城市促进汽车消费若干政策', '聊城市促进家居消费若干政策'], T)), []);
    assert.deepStrictEqual(check(issuedTitle, several([T[0], '聊城市促进汽车消费若干政策', T[2]], [T[0], T[2]])), []);
  });
});

describe('cross-ref/issued-title: a 令 and the text it promulgates (probe5)', () => {
  const decree = (cited: string, title: string) => `聊城市人民政府令\n\n第52号\n\n《${cited}》已经2025年7月28日市人民政府第15次常务会议通过，现予公布，自2025年10月1日起施行。\n\n市长：张百顺\n\n2025年8月12日\n\n${title}\n\n第一章 总 则\n\n第一条 为了促进城市绿化事业发展，制定本办法。\n`;
  it('accepts the promulgated title over the regulation of that title', () => {
    assert.deepStrictEqual(check(issuedTitle, decree('聊城市城市绿化管理办法', '聊城市城市绿化管理办法')), []);
  });
  it('reports a promulgated title the regulation below does not bear', () => {
    assert.deepStrictEqual(check(issuedTitle, decree('聊城市城市绿化管理规定', '聊城市城市绿化管理办法')).map((f) => [f.line, f.text, f.message]), [
      [5, '《聊城市城市绿化管理规定》', '令所公布的《聊城市城市绿化管理规定》与其后规章的标题“聊城市城市绿化管理办法”不一致：两处应为同一标题，请核对。'],
    ]);
  });
});
