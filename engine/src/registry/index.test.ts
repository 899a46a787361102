import * as assert from 'node:assert';
import { emptyModel } from '../model/load';
import type { Model } from '../model/types';
import { citableNumbers, codeOfNumber, findAllByTitle, nextSequence, findByNumber, findByTitle, isAppointment, normalizeTitle, rankForCitation, repealsBy, statusAt, stripIssuer } from '.';

function model(): Model {
  const m = emptyModel();
  m.documents = [
    { number: '聊政发〔2021〕5号', title: '聊城市人民政府关于加快聊城市金融产业高质量发展的意见', shortTitle: '关于加快聊城市金融产业高质量发展的意见', issuer: '聊城市人民政府', date: '2021-04-22', type: '意见' },
    { number: '聊政办字〔2024〕21号', title: '聊城市人民政府办公室关于废止聊政发〔2021〕5号行政规范性文件的通知', shortTitle: '关于废止聊政发〔2021〕5号行政规范性文件的通知', issuer: '聊城市人民政府办公室', date: '2024-12-29', type: '通知' },
    { number: '聊政办字〔2024〕14号', title: '聊城市人民政府办公室关于印发2024年度引黄引河灌区骨干工程(市级)农业水费计收工作方案的通知', shortTitle: '关于印发2024年度引黄引河灌区骨干工程(市级)农业水费计收工作方案的通知', issuer: '聊城市人民政府办公室', date: '2024-11-09', type: '印发通知' },
  ];
  m.repeals = [{ target: '聊政发〔2021〕5号', by: '聊政办字〔2024〕21号', date: '2024-12-29', kind: 'repeal' }];
  return m;
}

describe('registry', () => {
  it('strips issuer prefixes, joint issuers included', () => {
    assert.strictEqual(stripIssuer('聊城市人民政府办公室关于印发X的通知'), '关于印发X的通知');
    assert.strictEqual(stripIssuer('山东省自然资源厅 山东省司法厅关于印发Y的通知'), '关于印发Y的通知');
    assert.strictEqual(stripIssuer('聊城市人民政府办公室印发关于Z的若干措施的通知'), '印发关于Z的若干措施的通知');
    assert.strictEqual(stripIssuer('关于印发X的通知'), '关于印发X的通知');
    assert.strictEqual(stripIssuer('聊城市燃气管理办法'), '聊城市燃气管理办法');
  });

  it('normalises nesting marks, width and spaces', () => {
    assert.strictEqual(normalizeTitle('山东省人民政府关于印发〈山东省X方案〉的通知'), normalizeTitle('关于印发山东省X方案的通知'));
    assert.strictEqual(normalizeTitle('2024 年度工程(市级)方案'), '2024年度工程（市级）方案');
  });

  it('finds documents by number and by title (with or without issuer)', () => {
    const m = model();
    assert.strictEqual(findByNumber(m, '聊政发〔2021〕5号')?.date, '2021-04-22');
    assert.strictEqual(findByNumber(m, '聊政发〔2021〕6号'), undefined);
    assert.strictEqual(findByTitle(m, '关于加快聊城市金融产业高质量发展的意见')?.number, '聊政发〔2021〕5号');
    assert.strictEqual(findByTitle(m, '聊城市人民政府办公室关于印发2024年度引黄引河灌区骨干工程（市级）农业水费计收工作方案的通知')?.number, '聊政办字〔2024〕14号');
    assert.deepStrictEqual(findAllByTitle(m, '关于别的事的通知'), []);
  });

  it('gives the status as of a date: in force, repealed after the repeal day, not yet issued', () => {
    const m = model();
    assert.strictEqual(statusAt(m, '聊政发〔2021〕5号', '2024-06-01').state, 'in-force');
    assert.strictEqual(statusAt(m, '聊政发〔2021〕5号', '2024-12-29').state, 'in-force');
    const s = statusAt(m, '聊政发〔2021〕5号', '2025-01-02');
    assert.strictEqual(s.state, 'repealed');
    assert.strictEqual(s.repeal?.by, '聊政办字〔2024〕21号');
    assert.strictEqual(statusAt(m, '聊政办字〔2024〕21号', '2024-01-01').state, 'not-yet');
    assert.strictEqual(statusAt(m, '鲁政发〔2020〕1号', '2024-01-01').state, 'unknown');
    assert.deepStrictEqual(repealsBy(m, '聊政办字〔2024〕21号').map((r) => r.target), ['聊政发〔2021〕5号']);
  });

  it('gives the next free sequence number of a series and year, counting the open document\'s own numbers', () => {
    const m = model();
    m.codes = [{ code: '聊政办字', issuer: '聊城市人民政府办公室', kind: '办字', count: 3, maxSeq: { 2024: 19 } }];
    assert.strictEqual(nextSequence(m, '聊政办字', '2024'), 22); // the registry's 21号 is above the series' 19
    assert.strictEqual(nextSequence(m, '聊政办字', '2024', ['聊政办字〔2024〕30号', '聊政办发〔2024〕40号']), 31);
    assert.strictEqual(nextSequence(m, '聊政办字', '2025'), undefined);
    assert.strictEqual(nextSequence(m, '聊政发', '2021'), 6); // no series entry: the registry alone
  });

  it('offers for a citation\'s 发文字号 the cited title\'s number first, then what the typed part begins, never a free number', () => {
    const m = model();
    const numbers = (title: string, typed: string) => citableNumbers(m, title, typed).map((d) => d.number);
    assert.deepStrictEqual(numbers('聊城市人民政府关于加快聊城市金融产业高质量发展的意见', ''), ['聊政发〔2021〕5号']);
    // the issuer left out of the title, the typed part half-width
    assert.deepStrictEqual(numbers('关于加快聊城市金融产业高质量发展的意见', '聊政发[2021]'), ['聊政发〔2021〕5号']);
    // a title the registry lacks: nothing until part of a number is typed, then that series
    assert.deepStrictEqual(numbers('聊城市某某办法', ''), []);
    assert.deepStrictEqual(numbers('聊城市某某办法', '聊政办字'), ['聊政办字〔2024〕21号', '聊政办字〔2024〕14号']);
    // the title's own number first, the series' others after it
    assert.deepStrictEqual(numbers('聊城市人民政府办公室关于印发2024年度引黄引河灌区骨干工程（市级）农业水费计收工作方案的通知', '聊政办字〔2024〕'),
      ['聊政办字〔2024〕14号', '聊政办字〔2024〕21号']);
  });

  it('leaves out of a citation\'s choices the documents dated after the citing document', () => {
    const m = model();
    const titles = (asOf: string) => rankForCitation(m, { asOf }).map((d) => d.number);
    assert.deepStrictEqual(titles('2024-12-28'), ['聊政办字〔2024〕14号', '聊政发〔2021〕5号']);
    assert.deepStrictEqual(titles('2024-12-29'), ['聊政办字〔2024〕21号', '聊政办字〔2024〕14号', '聊政发〔2021〕5号']);
    assert.deepStrictEqual(citableNumbers(m, '聊城市某某办法', '聊政办字', { asOf: '2024-12-01' }).map((d) => d.number), ['聊政办字〔2024〕14号']);
  });

  describe('rankForCitation', () => {
    const doc = (number: string, title: string, issuer: string, date: string | undefined, type = '通知') =>
      ({ number, title, shortTitle: stripIssuer(title), issuer, ...(date ? { date } : {}), type });
    function registry(): Model {
      const m = emptyModel();
      m.codes = [
        { code: '聊政办发', issuer: '聊城市人民政府办公室', kind: '办发', count: 1, maxSeq: {} },
        { code: '聊政办字', issuer: '聊城市人民政府办公室', kind: '办字', count: 1, maxSeq: {} },
        { code: '聊政发', issuer: '聊城市人民政府', kind: '发', count: 1, maxSeq: {} },
        { code: '聊政任', issuer: '聊城市人民政府', kind: '任', count: 1, maxSeq: {} },
      ];
      // Alphabetical (the model's order): what completion used to show as is.
      m.documents = [
        doc('国办发〔2015〕87号', '国务院办公厅关于改革完善博士后制度的意见', '国务院办公厅', undefined, '意见'),
        doc('聊城市人民政府令第48号', '聊城市物业管理办法', '聊城市人民政府', '2023-01-10', '令'),
        doc('聊政任〔2024〕5号', '聊城市人民政府关于王某等职务任免的通知', '聊城市人民政府', '2024-06-01'),
        doc('聊政办发〔2023〕3号', '聊城市人民政府办公室关于做好防汛工作的通知', '聊城市人民政府办公室', '2023-05-02'),
        doc('聊政办发〔2024〕2号', '聊城市人民政府办公室关于加强督查工作的通知', '聊城市人民政府办公室', '2024-02-01'),
        doc('聊政办字〔2024〕9号', '聊城市人民政府办公室关于李某职务任免的通知', '聊城市人民政府办公室', '2024-05-01', '任免'),
        doc('聊政办字〔2024〕21号', '聊城市人民政府办公室关于废止部分文件的通知', '聊城市人民政府办公室', '2024-04-10'),
        doc('聊政发〔2021〕5号', '聊城市人民政府关于印发聊城市城市管理办法的通知', '聊城市人民政府', '2021-02-01', '印发通知'),
        doc('聊政发〔2024〕7号', '聊城市人民政府关于推进城市更新的意见', '聊城市人民政府', '2024-03-15', '意见'),
      ];
      return m;
    }
    const numbers = (m: Model, ctx: Parameters<typeof rankForCitation>[1]) => rankForCitation(m, ctx).map((d) => d.number);

    it('reads the 机关代字 of a number and tells 任免 notices', () => {
      assert.strictEqual(codeOfNumber('聊政办发〔2024〕21号'), '聊政办发');
      assert.strictEqual(codeOfNumber('聊城市人民政府令第48号'), '聊城市人民政府令');
      assert.strictEqual(codeOfNumber('不是文号'), undefined);
      const m = registry();
      assert.deepStrictEqual(m.documents.filter((d) => isAppointment(m, d)).map((d) => d.number), ['聊政任〔2024〕5号', '聊政办字〔2024〕9号']);
    });

    it('the drafting organ first (its own code and its other codes alike), most recent first, 任免 last', () => {
      const m = registry();
      assert.deepStrictEqual(numbers(m, { code: '聊政办发' }), [
        // 聊城市人民政府办公室: 聊政办发 and 聊政办字, newest first
        '聊政办字〔2024〕21号', '聊政办发〔2024〕2号', '聊政办发〔2023〕3号',
        // everyone else, newest first (an undated number by its year)
        '聊政发〔2024〕7号', '聊城市人民政府令第48号', '聊政发〔2021〕5号', '国办发〔2015〕87号',
        // appointments, whatever their organ and date
        '聊政办字〔2024〕9号', '聊政任〔2024〕5号',
      ]);
      // A 聊政发 draft: the 市政府's own documents (its decree too), but not its 任免 notice.
      assert.deepStrictEqual(numbers(m, { code: '聊政发' }).slice(0, 4),
        ['聊政发〔2024〕7号', '聊城市人民政府令第48号', '聊政发〔2021〕5号', '聊政办字〔2024〕21号']);
    });

    it('without a 发文字号 (or with a code the model does not know): most recent first, 任免 last', () => {
      const m = registry();
      const expected = ['聊政办字〔2024〕21号', '聊政发〔2024〕7号', '聊政办发〔2024〕2号', '聊政办发〔2023〕3号', '聊城市人民政府令第48号',
        '聊政发〔2021〕5号', '国办发〔2015〕87号', '聊政任〔2024〕5号', '聊政办字〔2024〕9号'];
      assert.deepStrictEqual(numbers(m, {}), expected);
      assert.deepStrictEqual(numbers(m, { code: '鲁政办字' }), expected);
    });

    it('demoted (repealed) documents after the live ones, before 任免', () => {
      const m = registry();
      const ranked = numbers(m, { code: '聊政办发', demote: (d) => d.number === '聊政办发〔2024〕2号' || d.number === '聊政发〔2024〕7号' });
      assert.deepStrictEqual(ranked, [
        '聊政办字〔2024〕21号', '聊政办发〔2023〕3号', '聊城市人民政府令第48号', '聊政发〔2021〕5号', '国办发〔2015〕87号',
        '聊政办发〔2024〕2号', '聊政发〔2024〕7号', '聊政办字〔2024〕9号', '聊政任〔2024〕5号',
      ]);
      assert.strictEqual(m.documents[0].number, '国办发〔2015〕87号', 'the model is not reordered');
    });

    it('leaves out the document being written (its number; without one, its title), keeping the order', () => {
      const m = registry();
      const all = numbers(m, { code: '聊政办发' });
      // By number, whatever its title says (spaces in the number do not matter).
      assert.deepStrictEqual(numbers(m, { code: '聊政办发', self: { number: '聊政办发〔2024〕 2号', title: '关于加强督查工作的通知（修订稿）' } }),
        all.filter((n) => n !== '聊政办发〔2024〕2号'));
      // A numbered document keeps an earlier document of the same title that has its own number.
      assert.deepStrictEqual(numbers(m, { code: '聊政办发', self: { number: '聊政办发〔2024〕30号', title: '聊城市人民政府办公室关于做好防汛工作的通知' } }), all);
      // A draft without a number: by its title, with or without the issuer's name before 关于.
      assert.deepStrictEqual(numbers(m, { self: { title: '关于做好防汛工作的通知' } }),
        numbers(m, {}).filter((n) => n !== '聊政办发〔2023〕3号'));
      // A draft of the document (same title, no number) in the registry is the document itself.
      m.documents.push(doc('', '聊城市人民政府办公室关于加强应急值守的通知', '', undefined));
      assert.ok(numbers(m, { code: '聊政办发' }).includes(''));
      assert.deepStrictEqual(numbers(m, { code: '聊政办发', self: { number: '聊政办发〔2024〕30号', title: '关于加强应急值守的通知' } }), all);
      // Nothing to compare with: nothing left out.
      assert.deepStrictEqual(numbers(m, { code: '聊政办发', self: {} }), numbers(m, { code: '聊政办发' }));
    });
  });
});
