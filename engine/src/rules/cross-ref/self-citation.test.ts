import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { selfCitation } from './self-citation';

const notice = (body: string, number = '聊政字〔2026〕36号') => `聊城市人民政府\n\n${number}\n\n聊城市人民政府关于调整聊城市安全生产委员会组成人员的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n${body}\n\n聊城市人民政府\n\n2026年8月18日\n`;
const decree = (cited: string) => `聊城市人民政府令\n\n第55号\n\n《聊城市人民政府关于修改〈聊城市城市绿化管理办法〉的决定》已经2026年7月28日市人民政府第31次常务会议通过，现予公布，自2026年9月1日起施行。\n\n市长：张百顺\n\n2026年8月3日\n\n聊城市人民政府关于修改《聊城市城市绿化管理办法》的决定\n\n市人民政府决定，对《聊城市城市绿化管理办法》（${cited}）作如下修改：\n\n一、删去第十七条。\n`;
const brief = (text: string) => check(selfCitation, text).map((d) => [d.line, d.text, d.message]);

describe('cross-ref/self-citation', () => {
  it('reports a citation bearing the document\'s own number (a repeal, a decree amending itself) (probe13)', () => {
    assert.deepEqual(brief(notice('《聊城市人民政府关于调整聊城市安全生产委员会组成人员的通知》（聊政字〔2026〕36号）同时废止。')), [
      [9, '聊政字〔2026〕36号', '所引《聊城市人民政府关于调整聊城市安全生产委员会组成人员的通知》的发文字号“聊政字〔2026〕36号”是本文自己的发文字号：文件不引用、修改或废止自身。请核对所引文件的发文字号。'],
    ]);
    assert.deepEqual(brief(decree('聊城市人民政府令第55号')).map((d) => d[1]), ['聊城市人民政府令第55号']);
  });

  it('passes citations of other numbers, and a document without a number', () => {
    assert.deepEqual(brief(notice('《聊城市人民政府关于调整聊城市安全生产委员会组成人员的通知》（聊政字〔2025〕12号）同时废止。')), []);
    assert.deepEqual(brief(decree('聊城市人民政府令第52号')), []);
    assert.deepEqual(brief(notice('《聊城市人民政府关于调整聊城市安全生产委员会组成人员的通知》（聊政字〔2025〕12号）同时废止。', '')), []);
  });

  it('passes a 政策解读 printed after the document naming it by its own title and number, not a repeal of its own title before the signature', () => {
    const reading = '\n《聊城市人民政府关于调整聊城市安全生产委员会组成人员的通知》政策解读\n\n一、出台背景\n市政府印发了《聊城市人民政府关于调整聊城市安全生产委员会组成人员的通知》（聊政字〔2026〕36号）。\n';
    assert.deepEqual(brief(notice('现将调整后的组成人员名单通知如下。') + reading), []);
    // Another title with the document's own number after its signature is still a slip.
    const other = reading.replace('印发了《聊城市人民政府关于调整聊城市安全生产委员会组成人员的通知》', '废止了《聊城市安全生产委员会工作规则》');
    assert.deepEqual(brief(notice('现将调整后的组成人员名单通知如下。') + other).map((d) => d[1]), ['聊政字〔2026〕36号']);
  });

  it('passes a 解读 after a 印发 notice naming the text it issues with the notice\'s number (redteam8)', () => {
    const issue = (cited: string) => `聊城市人民政府办公室关于印发聊城市城镇老旧小区改造管理办法的通知\n\n聊政办发〔2026〕8号\n\n各县（市、区）人民政府，市政府各部门：\n\n《聊城市城镇老旧小区改造管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n聊城市人民政府办公室\n2026年6月10日\n\n聊城市城镇老旧小区改造管理办法\n\n第一条 为规范城镇老旧小区改造工作，制定本办法。\n\n《聊城市城镇老旧小区改造管理办法》政策解读\n\n2026年6月10日，市政府办公室印发了《${cited}》（聊政办发〔2026〕8号，以下简称《办法》）。\n`;
    assert.deepEqual(brief(issue('聊城市城镇老旧小区改造管理办法')), []);
    // Another title with the notice's number is still reported.
    assert.deepEqual(brief(issue('聊城市城镇燃气管理办法')).map((d) => d[1]), ['聊政办发〔2026〕8号']);
  });

  it('reads a title with its inner 《》 cited as 〈〉 as the document\'s own (redteam8)', () => {
    const text = '聊城市人民政府办公室关于印发《聊城市城镇燃气安全管理办法》的通知\n\n聊政办发〔2026〕10号\n\n各县（市、区）人民政府，市政府各部门：\n\n《聊城市城镇燃气安全管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n聊城市人民政府办公室\n2026年6月18日\n\n政策解读\n\n2026年6月18日，市政府办公室印发了《聊城市人民政府办公室关于印发〈聊城市城镇燃气安全管理办法〉的通知》（聊政办发〔2026〕10号）。\n';
    assert.deepEqual(brief(text), []);
    assert.deepEqual(brief(text.replace('印发〈聊城市城镇燃气', '印发〈聊城市城镇供水')).map((d) => d[1]), ['聊政办发〔2026〕10号']);
  });
});
