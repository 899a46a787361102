// Lists a gazette prints without closing punctuation (paragraphs.ts): entries of a list of
// documents whose cited titles a hard wrap cut.
import * as assert from 'node:assert/strict';
import { SourceText } from '../text/source';
import { parseGazette } from './gazette';

const docOf = (text: string) => parseGazette(new SourceText(text)).documents[0];
const parasOf = (text: string) => docOf(text).paragraphs.map((p) => p.text);
/** The paragraphs after the 主送 line of a draft whose body is `lines`. */
const body = (lines: string[]) => parasOf(['聊政办字〔2025〕9号', '', '关于某事的通知', '', '各县（市、区）人民政府：', '', ...lines].join('\n')).slice(1);

describe('parser: an entry of a list of documents that a hard wrap cut', () => {
  it('joins a cited title that a wrap cut before its 的通知 or its number', () => {
    assert.deepEqual(body(['1.聊城市人民政府办公室关于印发聊城市城区停车场建设管理办法', '的通知（聊政办发〔2019〕15号）；',
      '2.聊城市人民政府关于进一步加强城市管理工作的意见', '（聊政发〔2019〕3号）。']),
    ['1.聊城市人民政府办公室关于印发聊城市城区停车场建设管理办法的通知（聊政办发〔2019〕15号）；', '2.聊城市人民政府关于进一步加强城市管理工作的意见（聊政发〔2019〕3号）。']);
  });
});
