import * as assert from 'node:assert';
import { emptyModel } from '../model/load';
import type { Model } from '../model/types';
import { findAllByTitle, findByNumber, findByTitle, normalizeTitle, repealsBy, statusAt, stripIssuer } from '.';

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
});
