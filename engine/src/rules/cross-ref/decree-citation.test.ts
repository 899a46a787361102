import * as assert from 'node:assert/strict';
import { check, defaultModel } from '../testing';
import { decreeCitation } from './decree-citation';

// The shipped model's registry knows 令第33号 (2018-11-14), 令第34号 (2018-12-29, repealed by 令第48号 on 2024-11-11).
const decree = (last: string) => `聊城市人民政府令\n\n第53号\n\n《聊城市巡游出租汽车经营服务管理规定》已经2025年9月5日市人民政府第18次常务会议通过，现予公布，自2025年11月1日起施行。\n\n市长：张百顺\n\n2025年9月20日\n\n聊城市巡游出租汽车经营服务管理规定\n\n第一条 为了规范巡游出租汽车经营服务行为，制定本规定。\n\n第二条 ${last}\n`;
const brief = (text: string) => check(decreeCitation, text, { model: defaultModel() }).map((f) => [f.line, f.text, f.message]);

describe('cross-ref/decree-citation', () => {
  it('passes a decree cited by its registered number, date and title, either way round, and an unknown decree', () => {
    assert.deepEqual(brief(decree('本规定自2025年11月1日起施行。2018年11月14日聊城市人民政府令第33号公布的《聊城市巡游出租汽车经营服务管理办法》同时废止。')), []);
    assert.deepEqual(brief(decree('参照《聊城市巡游出租汽车经营服务管理办法》（2018年11月14日聊城市人民政府令第33号公布）执行。')), []);
    assert.deepEqual(brief(decree('2012年6月1日聊城市人民政府令第10号公布的《聊城市城市绿化管理办法》同时废止。')), []);
  });

  it('reports a number, a title or a date the registry does not give the decree', () => {
    assert.deepEqual(brief(decree('2018年12月14日聊城市人民政府令第33号公布的《聊城市巡游出租汽车经营服务管理办法》同时废止。')), [
      [15, '2018年12月14日', '聊城市人民政府令第33号的公布日期是2018年11月14日，不是2018年12月14日（文件登记表）：请核对日期。'],
    ]);
    assert.deepEqual(brief(decree('2018年11月14日聊城市人民政府令第35号公布的《聊城市巡游出租汽车经营服务管理办法》同时废止。')), [
      [15, '聊城市人民政府令第35号', '《聊城市巡游出租汽车经营服务管理办法》由聊城市人民政府令第33号公布，不是“聊城市人民政府令第35号”（文件登记表）：请核对令号。'],
    ]);
    assert.deepEqual(brief(decree('参照《聊城市出租汽车经营服务管理办法》（2018年11月14日聊城市人民政府令第33号公布）执行。')).map((f) => f.slice(0, 2)), [[15, '聊城市人民政府令第33号']]);
  });

  it('reports the repeal of a decree an earlier decree has already repealed', () => {
    assert.deepEqual(brief(decree('2018年12月29日聊城市人民政府令第34号公布的《聊城市城市地下管线规划管理办法》同时废止。')), [
      [15, '聊城市人民政府令第34号', '聊城市人民政府令第34号公布的《聊城市城市地下管线规划管理办法》已于2024年11月11日由聊城市人民政府令第48号废止（文件登记表），无需再次废止：请核对所废止的规章。'],
    ]);
  });

  it('passes a sentence that tells of the earlier repeal (已于…废止) (redteam7)', () => {
    assert.deepEqual(brief(decree('2018年12月29日聊城市人民政府令第34号公布的《聊城市城市地下管线规划管理办法》已于2024年11月11日废止，不再适用。')), []);
  });

  describe('in a decision\'s repeal list', () => {
    const decision = (tail: string) => `聊城市人民政府令\n\n第55号\n\n《聊城市人民政府关于修改和废止部分市政府规章的决定》已经2025年9月26日市人民政府第21次常务会议通过，现予公布，自2025年11月1日起施行。\n\n市长：张百顺\n\n2025年10月10日\n\n聊城市人民政府关于修改和废止部分市政府规章的决定\n\n一、对《聊城市燃气管理办法》（聊城市人民政府令第32号）作出修改\n\n1. 删去第二十条。\n\n${tail}\n\n本决定自2025年11月1日起施行。\n`;
    const repealed = '《聊城市城市地下管线规划管理办法》（2018年12月29日聊城市人民政府令第34号公布）';
    it('reports an item of a 废止下列… list, or a 废止《X》 heading, naming a decree already repealed', () => {
      assert.deepEqual(brief(decision(`二、废止下列市政府规章\n\n2. 《聊城市城市供热管理办法》（2015年6月12日聊城市人民政府令第21号公布）\n\n3. ${repealed}`)).map((f) => f.slice(0, 2)), [[21, '聊城市人民政府令第34号']]);
      assert.deepEqual(brief(decision(`二、废止${repealed}`)).map((f) => f.slice(0, 2)), [[17, '聊城市人民政府令第34号']]);
    });
    it('passes the same citation in a list that repeals nothing', () => {
      assert.deepEqual(brief(decision(`二、参照下列规章执行\n\n2. ${repealed}`)), []);
      assert.deepEqual(brief(decision(`二、废止下列市政府规章\n\n2. 《聊城市城市供热管理办法》（2015年6月12日聊城市人民政府令第21号公布）\n\n此外，对相关市政府规章的条文顺序作相应调整。\n\n3. 对照${repealed}执行`)), []);
    });
  });
});
