import * as assert from 'node:assert';
import { check } from '../testing';
import { citedArticle } from './cited-article';

/** A 印发 notice issuing a 办法 (its articles as given), and a department's notice citing it. */
function pair(articles: string[], citing: string): string {
  return ['聊城市人民政府办公室', '', '聊政办字〔2025〕3号', '', '聊城市人民政府办公室关于印发聊城市人才公寓管理办法的通知', '',
    '各县（市、区）人民政府，市政府各部门：', '', '《聊城市人才公寓管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。', '',
    '聊城市人民政府办公室', '', '2025年3月5日', '', '聊城市人才公寓管理办法', '',
    ...articles.flatMap((a, k) => [`第${'一二三四五六七八九十'[k]}条 ${a}`, '']),
    '聊城市人力资源和社会保障局', '', '聊人社字〔2025〕4号', '', '聊城市人力资源和社会保障局关于做好人才公寓申请工作的通知', '',
    '各县（市、区）人力资源社会保障局：', '', citing, '', '聊城市人力资源和社会保障局', '', '2025年3月25日', ''].join('\n');
}
const whole = ['为了加强人才公寓管理，制定本办法。', '申请人应当符合本市人才认定条件。', '入住期限一般不超过3年。', '本办法自2025年4月1日起施行。'];
const found = (text: string) => check(citedArticle, text).map((f) => [f.line, f.text, f.message]);

describe('cross-ref/cited-article', () => {
  it('reports an article beyond the cited 办法 printed whole in the same text (probe11)', () => {
    assert.deepStrictEqual(found(pair(whole, '申请人应当符合《聊城市人才公寓管理办法》第十六条规定的条件。')), [
      [33, '第十六条', '引用的“第十六条”不存在：《聊城市人才公寓管理办法》全文在本文中，只有第一条至第四条。请核对条号。']]);
    // After the cited number too.
    assert.deepStrictEqual(found(pair(whole, '申请人应当符合《聊城市人才公寓管理办法》（聊政办字〔2025〕3号）第五条规定的条件。')).map((f) => f[1]), ['第五条']);
  });
  it('reads an abbreviation defined for the issuing notice (以下简称《办法》) as the 办法 it prints (probe14)', () => {
    const def = '为贯彻落实《聊城市人民政府办公室关于印发聊城市人才公寓管理办法的通知》（聊政办字〔2025〕3号，以下简称《办法》），现通知如下：';
    assert.deepStrictEqual(found(pair(whole, `${def}申请人应当符合《办法》第十六条规定的条件。`)).map((f) => [f[1], f[2]]), [
      ['第十六条', '引用的“第十六条”不存在：《办法》全文在本文中，只有第一条至第四条。请核对条号。']]);
    assert.deepStrictEqual(found(pair(whole, `${def}申请人应当符合《办法》第二条规定的条件。`)), []);
    // Defined for another notice (not printed here): not judged.
    assert.deepStrictEqual(found(pair(whole, '为贯彻落实《聊城市人民政府办公室关于印发聊城市人才引进管理办法的通知》（聊政办字〔2025〕9号，以下简称《办法》），申请人应当符合《办法》第十六条规定的条件。')), []);
  });
  it('counts the articles of a 办法 whose tail a page break moved after another document (probe14)', () => {
    const issue = (article: string) => ['聊城市人民政府公报', '', '2025', '', '第1期（总第1期）', '', '目 录', '', '◎市政府办公室文件', '',
      '关于印发聊城市人才公寓管理办法的通知', '', '聊政办字〔2025〕3号 2', '', '关于做好人才公寓申请工作的通知', '', '聊政办字〔2025〕5号 4', '',
      '聊城市人民政府办公室', '', '聊政办字〔2025〕3号', '', '聊城市人民政府办公室 关于印发聊城市人才公寓管理办法的通知', '',
      '各县（市、区）人民政府，市政府各部门：', '', '《聊城市人才公寓管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。', '',
      '聊城市人民政府办公室', '', '2025年3月5日', '', '聊城市人才公寓管理办法', '',
      '第一条 为了加强人才公寓管理，制定本办法。', '', '第二条 申请人应当符合本市人才认定条件。（下转第5页）', '',
      '聊城市人民政府办公室', '', '聊政办字〔2025〕5号', '', '聊城市人民政府办公室 关于做好人才公寓申请工作的通知', '',
      '各县（市、区）人民政府：', '', `申请人应当符合《聊城市人才公寓管理办法》${article}规定的条件。`, '',
      '聊城市人民政府办公室', '', '2025年3月25日', '',
      '（上接第3页）第三条 入住期限一般不超过3年。', '', '第四条 本办法自2025年4月1日起施行。', ''].join('\n');
    assert.deepStrictEqual(found(issue('第五条')).map((f) => f[1]), ['第五条']);
    assert.deepStrictEqual(found(issue('第四条')), []);
  });
  it('passes an article that exists', () => {
    assert.deepStrictEqual(found(pair(whole, '申请人应当符合《聊城市人才公寓管理办法》第二条规定的条件。')), []);
  });
  it('judges no 办法 it has not seen whole (its last article not saying 施行) or not printed here', () => {
    const cut = whole.slice(0, 3);
    assert.deepStrictEqual(found(pair(cut, '申请人应当符合《聊城市人才公寓管理办法》第九条规定的条件。')), []);
    assert.deepStrictEqual(found(pair(whole, '申请人应当符合《聊城市人才引进管理办法》第九条规定的条件。')), []);
  });
  it('passes a citation of the text before its change: an amending 决定, 原《…》, another 发文字号 (redteam3)', () => {
    for (const citing of ['删去《聊城市人才公寓管理办法》第十三条。', '将《聊城市人才公寓管理办法》第十一条修改为：“入住期限一般不超过3年。”',
      '《聊城市人才公寓管理办法》第十二条中的“市住房和城乡建设局”修改为“市住房城乡建设局”。',
      '依据原《聊城市人才公寓管理办法》第十二条已经取得入住资格的，在原入住期限内继续有效。',
      // The old version named by when it was issued, or as before the revision (redteam7).
      '依据2019年印发的《聊城市人才公寓管理办法》第十五条已签订的合同，在合同期内继续有效。',
      '修订前的《聊城市人才公寓管理办法》第十八条规定的租金减免，执行至2025年12月31日。',
      '依据《聊城市人才公寓管理办法》（聊政办字〔2021〕5号）第十二条已经取得入住资格的，继续有效。']) {
      assert.deepStrictEqual(found(pair(whole, citing)), [], citing);
    }
    // The version issued the citing text's year is the one printed here.
    assert.deepStrictEqual(found(pair(whole, '依据2025年印发的《聊城市人才公寓管理办法》第十五条执行。')).map((f) => f[1]), ['第十五条']);
    // A 决定 amending it, whatever the sentence's wording, printed before the 办法 in an issue.
    const decision = ['聊城市人民政府公报', '2025', '第2期（总第2期）', '', '目录', '◎市政府文件',
      '聊城市人民政府关于修改和废止部分市政府规范性文件的决定', '聊政字〔2025〕4号 2', '◎市政府办公室文件',
      '聊城市人民政府办公室关于印发聊城市人才公寓管理办法的通知', '聊政办字〔2025〕3号 4', '',
      '聊城市人民政府', '', '聊政字〔2025〕4号', '', '聊城市人民政府关于修改和废止部分市政府规范性文件的决定', '',
      '各县（市、区）人民政府，市政府各部门：', '', '《聊城市人才公寓管理办法》第十三条、第十四条不再执行。', '',
      '聊城市人民政府', '', '2025年3月5日', '', pair(whole, '').split('聊城市人力资源和社会保障局')[0]].join('\n');
    assert.deepStrictEqual(found(decision.replaceAll('修改和废止', '清理')).map((f) => f[1]), ['第十三条']);
    assert.deepStrictEqual(found(decision), []);
  });
});
