import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { republished } from './republished';

const decision = (closing: string) => `聊城市人民政府令\n\n第55号\n\n《聊城市人民政府关于修改和废止部分市政府规章的决定》已经2025年9月26日市人民政府第21次常务会议通过，现予公布，自2025年11月1日起施行。\n\n市长：张百顺\n\n2025年10月10日\n\n聊城市人民政府关于修改和废止部分市政府规章的决定\n\n一、对《聊城市燃气管理办法》（聊城市人民政府令第32号）作出修改\n\n1. 将第五条修改为：“市、县（市、区）人民政府应当加强对燃气工作的领导。”\n\n二、对《聊城市巡游出租汽车经营服务管理办法》（聊城市人民政府令第33号）作出修改\n\n2. 删去第二十一条第三款。\n\n三、废止《聊城市城市供热管理办法》（2015年6月12日聊城市人民政府令第21号公布）\n\n本决定自2025年11月1日起施行。\n\n${closing}\n`;
const brief = (text: string) => check(republished, text).map((d) => [d.line, d.text, d.message]);

describe('cross-ref/republished', () => {
  it('passes the regulations the decision amends, in either sentence form', () => {
    assert.deepEqual(brief(decision('《聊城市燃气管理办法》《聊城市巡游出租汽车经营服务管理办法》根据本决定作相应修改，重新公布。')), []);
    assert.deepEqual(brief(decision('《聊城市燃气管理办法》根据本决定作相应的修改并对条文顺序作相应调整，重新公布。')), []);
  });

  it('reports a regulation the decision repeals listed for republication', () => {
    assert.deepEqual(brief(decision('《聊城市燃气管理办法》《聊城市城市供热管理办法》根据本决定作相应修改，重新公布。')), [
      [25, '《聊城市城市供热管理办法》', '《聊城市城市供热管理办法》由本决定废止，不应重新公布：重新公布的只是本决定修改的规章，应从重新公布的规章中删去此项（若它本应修改而非废止，请改正废止条款）。'],
    ]);
  });

  it('does not read a repealed part of a regulation (废止《X》（…）中有关…的规定, 废止《X》第二十条) as the whole repealed (redteam7)', () => {
    const closing = '《聊城市燃气管理办法》《聊城市城市供热管理办法》根据本决定作相应修改，重新公布。';
    for (const part of ['（2015年6月12日聊城市人民政府令第21号公布）中有关供热价格管理的规定，该办法其他条款继续有效', '第二十条']) {
      const text = decision(closing).replace('（2015年6月12日聊城市人民政府令第21号公布）', part);
      assert.deepEqual(brief(text), [], part);
    }
  });

  it('reads a 废止下列… list\'s items as repealed', () => {
    const text = decision('《聊城市燃气管理办法》《聊城市城市排水管理办法》根据本决定作相应修改，重新公布。')
      .replace('三、废止《聊城市城市供热管理办法》（2015年6月12日聊城市人民政府令第21号公布）', '三、废止下列市政府规章\n\n3. 《聊城市城市供热管理办法》（2015年6月12日聊城市人民政府令第21号公布）\n\n4. 《聊城市城市排水管理办法》（2016年3月8日聊城市人民政府令第27号公布）');
    assert.deepEqual(brief(text).map((f) => f[1]), ['《聊城市城市排水管理办法》']);
  });

  it('does not judge a title the decision neither amends nor repeals (its heading may cite it otherwise)', () => {
    assert.deepEqual(brief(decision('《聊城市燃气管理办法》《聊城市城市排水管理办法》根据本决定作相应修改，重新公布。')), []);
  });

  it('says nothing when it finds no amended regulation (a decision that only repeals)', () => {
    const text = decision('《聊城市燃气管理办法》根据本决定作相应修改，重新公布。').replace(/对《([^》]+)》（([^）]+)）作出修改/g, '废止《$1》（$2）');
    assert.deepEqual(brief(text), []);
  });
});
