import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { nestedTitle } from './nested-title';

const reply = (body: string) => `聊城市人民政府\n\n聊政字〔2023〕31号\n\n聊城市人民政府关于莘县城市供热专项规划（2023—2035年）的批复\n\n莘县人民政府：\n\n${body}\n\n聊城市人民政府\n2023年10月12日\n`;

describe('punctuation/nested-title (probe17)', () => {
  it('passes 〈〉 inside 《》, titles side by side, and one title after another', () => {
    assert.deepEqual(check(nestedTitle, reply('你县《关于审批〈莘县城市供热专项规划（2023—2035年）〉的请示》收悉。')), []);
    assert.deepEqual(check(nestedTitle, reply('根据《山东省供热条例》《聊城市城市供热管理办法》，现批复如下。')), []);
  });

  it('reports 《》 inside 《》 and gives it 〈〉, a title hard-wrapped over two lines too', () => {
    const text = reply('你县《关于审批《莘县城市供热专项规划（2023—2035年）》的请示》收悉。');
    assert.deepEqual(check(nestedTitle, text).map((f) => [f.line, f.text, f.message]), [[9, '《莘县城市供热专项规划（2023—2035年）》',
      '书名号内的书名号应用单书名号：“《莘县城市供热专项规划（2023—2035年）》”应为“〈莘县城市供热专项规划（2023—2035年）〉”（外用《》，内用〈〉）。']]);
    assert.equal(fixed(nestedTitle, text), reply('你县《关于审批〈莘县城市供热专项规划（2023—2035年）〉的请示》收悉。'));
    const wrapped = reply('你县《关于审批《莘县城市供热\n专项规划》的请示》收悉。');
    assert.equal(fixed(nestedTitle, wrapped), reply('你县《关于审批〈莘县城市供热\n专项规划〉的请示》收悉。'));
  });

  it('says nothing of an unclosed mark (an outer 《 that never closes)', () => {
    assert.deepEqual(check(nestedTitle, reply('你县《关于审批《莘县城市供热专项规划》的请示收悉。')), []);
  });
});
