import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { appointmentTitle } from './appointment-title';

const notice = (title: string, items: string[]) => `聊城市人民政府\n\n${title}\n\n聊政任〔2025〕8号\n\n各县（市、区）人民政府，市属开发区管委会，\n市政府各部门、直属机构：\n\n${items.join('\n\n')}\n\n聊城市人民政府\n2025年9月10日\n`;
const both = ['市人民政府决定，任命：', '李明为聊城市发展和改革委员会副主任；', '王强为聊城市住房和城乡建设局副局长（试用期一年）；', '免去：', '刘伟的聊城市财政局副局长职务。'];
const appointOnly = ['市人民政府决定，任命：', '李明为聊城市发展和改革委员会副主任；', '王强为聊城市住房和城乡建设局副局长。'];
const brief = (text: string) => check(appointmentTitle, text).map((f) => [f.line, f.text, f.message]);

describe('structure/appointment-title', () => {
  it('passes a title that says what the body does and names a person of it', () => {
    assert.deepEqual(brief(notice('关于任免李明等工作人员职务的通知', both)), []);
    assert.deepEqual(brief(notice('关于任命李明和王强职务的通知', appointOnly)), []);
    assert.deepEqual(brief(notice('关于任命王强同志职务的通知', ['市人民政府决定：', '王强为聊城市住房和城乡建设局副局长。'])), []);
    assert.deepEqual(brief(notice('关于免去刘伟职务的通知', ['市人民政府决定，免去刘伟的聊城市财政局副局长职务。'])), []);
    // A former post that lapses with the appointment is no removal (redteam7).
    assert.deepEqual(brief(notice('关于任命李明和王强职务的通知', [...appointOnly, '以上人员原任职务自然免去。'])), []);
  });

  it('reports 任命 over a body that also removes, and 任免 over one that only appoints', () => {
    assert.deepEqual(brief(notice('关于任命李明等工作人员职务的通知', both)), [
      [3, '关于任命', '标题写“任命”，正文既有任命又有免职（标题概括正文的任免事项）：标题应为“关于任免……职务的通知”。'],
    ]);
    assert.deepEqual(brief(notice('关于任免李明等工作人员职务的通知', appointOnly)), [
      [3, '关于任免', '标题写“任免”，正文只有任命，没有免职（标题概括正文的任免事项）：标题应为“关于任命……职务的通知”。'],
    ]);
  });

  it('reports a person the title names whom the body does not', () => {
    assert.deepEqual(brief(notice('关于任免李强等工作人员职务的通知', both)), [
      [3, '李强', '标题所列人员“李强”不在正文的任免人员中：请核对标题中的姓名（标题一般列正文第一位人员）。'],
    ]);
    assert.deepEqual(brief(notice('关于任命李明和王刚职务的通知', appointOnly)).map((f) => f.slice(0, 2)), [[3, '王刚']]);
  });
});
