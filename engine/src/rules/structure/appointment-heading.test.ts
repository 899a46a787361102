import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { appointmentHeading } from './appointment-heading';
import { lint } from '../../lint';
import { emptyModel } from '../../model/load';

const notice = (items: string[]) => `聊城市人民政府\n\n关于任免李明等工作人员职务的通知\n\n聊政任〔2025〕8号\n\n各县（市、区）人民政府，市属开发区管委会，\n市政府各部门、直属机构：\n\n${items.join('\n\n')}\n\n聊城市人民政府\n2025年9月10日\n`;
const appoint = ['李明为聊城市发展和改革委员会副主任；', '王强为聊城市住房和城乡建设局副局长（试用期一年）。'];
const remove = ['刘伟的聊城市财政局副局长职务；', '赵敏的聊城市民政局副局长职务。'];
const brief = (text: string) => check(appointmentHeading, text).map((f) => [f.line, f.text, f.message]);
/** The notice in an issue (cover, 目录), read in 'issue' mode: 9 lines above it. */
const issue = (text: string) => `聊城市人民政府公报\n2025\n第9期\n目录\n◎任免通知\n关于任免李明等工作人员职务的通知\n聊政任〔2025〕8号 20\n\n\n${text}`;

describe('structure/appointment-heading', () => {
  it('reports 任命： and 免去： swapped over the items they head, at each heading, and swaps them back', () => {
    const text = notice(['市人民政府决定，任命：', ...remove, '免去：', ...appoint]);
    const want = [
      [10, '任命', '“任命：”下所列都是免职事项（“某某的……职务”），“免去：”下所列都是任职事项（“某某为……”）：两处标题词写反了，此处应为“免去：”。'],
      [16, '免去', '“任命：”下所列都是免职事项（“某某的……职务”），“免去：”下所列都是任职事项（“某某为……”）：两处标题词写反了，此处应为“任命：”。'],
    ];
    assert.deepEqual(brief(text), want);
    // Read as an issue too: a swap is no two columns read across.
    assert.ok(lint(issue(text), { model: emptyModel(), only: [] }).gazette.extracted);
    assert.deepEqual(brief(issue(text)), want.map(([line, ...rest]) => [(line as number) + 9, ...rest]));
    assert.equal(fixed(appointmentHeading, text), notice(['市人民政府决定，免去：', ...remove, '任命：', ...appoint]));
  });
  it('reports a notice\'s one heading over items all of the other kind', () => {
    assert.deepEqual(brief(notice(['市人民政府决定，免去：', ...appoint])).map((f) => [f[0], f[1]]), [[10, '免去']]);
    assert.deepEqual(brief(notice(['市人民政府决定，任命：', ...remove])).map((f) => [f[0], f[1]]), [[10, '任命']]);
  });
  it('passes headings over their own items, a partial mix (a scramble, not a swap), an empty heading, and items before the first heading', () => {
    for (const items of [
      ['市人民政府决定，任命：', ...appoint, '免去：', ...remove],
      ['市人民政府决定，任命：', ...appoint],
      ['市人民政府决定，任命：', appoint[0], remove[0], '免去：', remove[1]],
      ['市人民政府决定，任命：', ...remove, '免去：', ...remove],
      ['市人民政府决定，任命：', '免去：', ...appoint],
      [remove[0], '市人民政府决定，任命：', ...remove],
      ['市人民政府决定，免去刘伟的聊城市财政局副局长职务。'],
      // Lists out of order (two columns read across) or cut by a wrap: no intact list.
      ['市人民政府决定，任命：', remove[1], remove[0], '免去：', ...appoint],
      ['市人民政府决定，任命：', ...remove, '免去：', '李明为聊城市发展和改革委员会副', '主任；', appoint[1]],
    ]) assert.deepEqual(brief(notice(items)), [], items.join(' '));
  });
});
