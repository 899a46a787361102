import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { amendColon } from './amend-colon';

const decision = (items: string[]) => `聊城市人民政府令\n\n第55号\n\n《聊城市人民政府关于修改部分市政府规章的决定》已经2025年9月26日市人民政府第21次常务会议通过，现予公布，自2025年11月1日起施行。\n\n市长：张百顺\n\n2025年10月10日\n\n聊城市人民政府关于修改部分市政府规章的决定\n\n一、对《聊城市燃气管理办法》（聊城市人民政府令第32号）作出修改\n\n${items.join('\n\n')}\n\n本决定自2025年11月1日起施行。\n`;
const brief = (text: string) => check(amendColon, text).map((d) => [d.line, d.text, d.message]);

describe('punctuation/amend-colon', () => {
  it('reports a comma or a full stop introducing the new text, and fixes it to ：', () => {
    const text = decision(['1. 将第五条修改为，“市、县（市、区）人民政府应当加强对燃气工作的领导。”', '2. 增加一条，作为第十条。“燃气经营企业应当建立隐患排查制度。”', '3. 将第九条改为第十条，第二款修改为，', '“行政检查应当由两名以上执法人员实施。”']);
    assert.deepEqual(brief(text).map((f) => f.slice(0, 2)), [[15, '，'], [17, '。'], [19, '，']]);
    assert.equal(fixed(amendColon, text), decision(['1. 将第五条修改为：“市、县（市、区）人民政府应当加强对燃气工作的领导。”', '2. 增加一条，作为第十条：“燃气经营企业应当建立隐患排查制度。”', '3. 将第九条改为第十条，第二款修改为：', '“行政检查应当由两名以上执法人员实施。”']));
  });

  it('passes the colon, a word replaced inside a sentence, and 修改为 followed by prose', () => {
    assert.deepEqual(brief(decision(['1. 将第五条修改为：“市人民政府应当加强领导。”', '2. 将第二十九条中的“建设行政主管部门”修改为“燃气主管部门”。',
      '3. 原条文已修改为，第六条的内容。', '4. 将第九条修改为，', '删去第二款。'])), []);
  });
});
