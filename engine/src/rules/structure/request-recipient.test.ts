import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { requestRecipient } from './request-recipient';

const request = (to: string, kind = '请示') => `聊城市人民政府文件\n\n聊政呈〔2025〕6号                        签发人：张百顺\n\n聊城市人民政府关于将聊城东昌湖省级湿地公园晋升为国家湿地公园的${kind}\n\n${to}\n\n我市拟申报晋升国家湿地公园，申报材料已经专家论证。妥否，请批示。\n\n聊城市人民政府\n\n2025年9月18日\n`;
const brief = (text: string) => check(requestRecipient, text).map((d) => [d.line, d.text, d.message]);

describe('structure/request-recipient', () => {
  it('reports a 请示 addressed to two bodies or more', () => {
    assert.deepEqual(brief(request('省人民政府，省林业局：')), [[7, '省人民政府，省林业局：',
      '请示主送了2个机关（省人民政府、省林业局）（《党政机关公文处理工作条例》第十五条：向上级机关行文，原则上主送一个上级机关，根据需要同时抄送相关上级机关和同级机关）：应只主送一个上级机关（如“省人民政府：”），其他机关列入抄送。']]);
    assert.equal(brief(request('省林业局、省自然资源厅、省财政厅：')).length, 1);
  });

  it('passes one body, a party committee and the government of one level, and a 报告', () => {
    for (const to of ['省人民政府：', '中共山东省委、山东省人民政府：', '市委、市政府：',
      // Their offices, the 两办 (redteam: a county's 请示 to 中共聊城市委办公室、聊城市人民政府办公室).
      '中共聊城市委办公室、聊城市人民政府办公室：', '市委办公室、市政府办公室：']) assert.deepEqual(brief(request(to)), [], to);
    assert.deepEqual(brief(request('省人民政府，省林业局：', '报告')), []);
  });
});
