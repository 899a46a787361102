import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { noteBrackets } from './note-brackets';
import { lint } from '../../lint';
import { emptyModel } from '../../model/load';

const WHY = 'GB/T 9704—2012 第7.3.6条：附注居左空二字加圆括号编排在成文日期下一行';
const HEAD = '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于印发聊城市防汛工作方案的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n《聊城市防汛工作方案》已经市政府同意，现印发给你们，请认真贯彻落实。\n\n聊城市人民政府办公室\n2025年6月3日\n\n';
const PLAN = '\n\n聊城市防汛工作方案\n\n为做好防汛工作，制定本方案。\n';
const draft = (note: string) => HEAD + note + PLAN;

describe('structure/note-brackets', () => {
  it('passes a 附注 in full-width parentheses, a document without one, and leaves half-width () to punctuation/width', () => {
    assert.deepEqual(check(noteBrackets, draft('（此件公开发布）')), []);
    assert.deepEqual(check(noteBrackets, draft('（此件主动公开）')), []);
    assert.deepEqual(check(noteBrackets, draft('(此件公开发布)')), []);
    assert.deepEqual(check(noteBrackets, HEAD.trimEnd() + PLAN), []);
  });

  it('reports a bare 附注 and puts it in （）; the attached document keeps its own heading', () => {
    const text = draft('此件公开发布');
    assert.deepEqual(check(noteBrackets, text).map((d) => [d.line, d.text, d.message]), [
      [14, '此件公开发布', `附注应加全角圆括号（${WHY}）：应为“（此件公开发布）”。`],
    ]);
    assert.equal(fixed(noteBrackets, text), draft('（此件公开发布）'));
    const doc = lint(text, { model: emptyModel(), only: [] }).gazette.documents[0];
    assert.deepEqual([doc.notes.map((n) => n.text), doc.attachments.map((a) => a.title?.text)], [['此件公开发布'], ['聊城市防汛工作方案']]);
  });

  it('reports a 附注 in other brackets, or with one of them, and writes （）', () => {
    assert.deepEqual(check(noteBrackets, draft('【此件公开发布】')).map((d) => d.message), [`附注应使用全角圆括号“（）”，不用“【】”（${WHY}）：应为“（此件公开发布）”。`]);
    assert.equal(fixed(noteBrackets, draft('〔此件主动公开〕')), draft('（此件主动公开）'));
    assert.equal(fixed(noteBrackets, draft('【此件公开发布')), draft('（此件公开发布）'));
  });

  it('reports a 请示\'s bare 联系人 附注 and puts it in （）; passes it in （）', () => {
    const request = (note: string) => `聊城市人民政府文件\n\n聊政呈〔2025〕6号\n\n聊城市人民政府关于将聊城东昌湖省级湿地公园晋升为国家湿地公园的请示\n\n省人民政府：\n\n我市拟申报晋升国家湿地公园。妥否，请批示。\n\n聊城市人民政府\n\n2025年9月18日\n\n${note}\n`;
    const bare = '联系人：王晓东，联系电话：0635-8241567';
    assert.deepEqual(check(noteBrackets, request(bare)).map((d) => [d.line, d.message]), [[15, `附注应加全角圆括号（${WHY}）：应为“（${bare}）”。`]]);
    assert.equal(fixed(noteBrackets, request(bare)), request(`（${bare}）`));
    assert.deepEqual(check(noteBrackets, request(`（${bare}）`)), []);
  });

  it('does not take a body sentence or an attached heading that starts with 此 for a 附注', () => {
    assert.deepEqual(check(noteBrackets, HEAD.replace('现印发给你们，请认真贯彻落实。', '现印发给你们。\n\n此件公开发布后，请认真贯彻落实。') + '（此件公开发布）' + PLAN), []);
    assert.deepEqual(check(noteBrackets, draft('（此件公开发布）').replace('为做好防汛工作', '此件所附方案为做好防汛工作')), []);
  });
});
