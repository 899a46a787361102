import * as assert from 'node:assert/strict';
import { check, defaultModel } from '../testing';
import { decreeKind } from './decree-kind';

const doc = (sentence: string) => `聊城市人民政府办公室\n\n聊政办发〔2026〕3号\n\n聊城市人民政府办公室关于印发聊城市城市更新行动实施方案的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n${sentence}\n\n聊城市人民政府办公室\n\n2026年3月10日\n`;
const brief = (text: string) => check(decreeKind, text).map((d) => [d.line, d.text, d.message]);

describe('cross-ref/decree-kind', () => {
  it('reports a 条例 cited with a 人民政府令 number, after the title or before it (probe12)', () => {
    assert.deepEqual(brief(doc('为贯彻落实《聊城市城市更新管理条例》（聊城市人民政府令第49号），制定本方案。')), [
      [9, '聊城市城市更新管理条例', '《聊城市城市更新管理条例》以“聊城市人民政府令第49号”引用，但人民政府令公布的是政府规章，规章名称不得称“条例”（《规章制定程序条例》第七条）：请核对标题（规章称“办法”“规定”等）或令号。'],
    ]);
    assert.deepEqual(brief(doc('2025年11月14日聊城市人民政府令第 53 号公布的《聊城市巡游出租汽车经营服务管理条例》同时废止。')).map((d) => d.slice(0, 2)), [
      [9, '聊城市巡游出租汽车经营服务管理条例'],
    ]);
    assert.deepEqual(brief(doc('废止《聊城市城市地下管线规划管理条例》（2025年12月29日聊城市人民政府令第54号公布）。')).map((d) => d.slice(0, 2)), [
      [9, '聊城市城市地下管线规划管理条例'],
    ]);
  });

  it('leaves a decree the registry knows to number-title and decree-citation, which name its title', () => {
    const text = doc('对《聊城市燃气管理条例》（聊城市人民政府令第 32 号）作出修改。');
    assert.deepEqual(check(decreeKind, text, { model: defaultModel() }), []);
    assert.equal(check(decreeKind, text).length, 1);
  });

  it('passes a 办法 or 规定 by a 人民政府令, a 条例 by the State Council or the 人大, and a 条例 cited beside a decree', () => {
    assert.deepEqual(brief(doc('为贯彻落实《聊城市城市更新管理办法》（聊城市人民政府令第49号）和《聊城市禁止燃放烟花爆竹规定》（聊城市人民政府令第40号），制定本方案。')), []);
    assert.deepEqual(brief(doc('根据《城市绿化条例》（中华人民共和国国务院令第100号）和《聊城市城市绿化条例》，制定本方案。')), []);
    assert.deepEqual(brief(doc('根据《聊城市物业管理条例》和聊城市人民政府令第49号，制定本方案。')), []);
  });
  it('passes a 条例 whose bracket notes a decree of another text (…令第12号公布的《…办法》同时废止) (redteam5)', () => {
    assert.deepEqual(brief(doc('《聊城市城市绿化条例》（聊城市人民政府令第12号公布的《聊城市城市绿化管理办法》同时废止）施行以来，成效明显。')), []);
    assert.deepEqual(brief(doc('《聊城市城市绿化条例》（聊城市人民政府令第12号同时废止）施行以来，成效明显。')), []);
    // The decree that is the title's own, closing the bracket or telling how it was made, is still judged.
    assert.equal(brief(doc('废止《聊城市城市绿化条例》（聊城市人民政府令第12号公布，2020年修订）。')).length, 1);
  });
});
