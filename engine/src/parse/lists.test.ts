// Lists a gazette prints without closing punctuation (paragraphs.ts): the last entry of an
// unpunctuated list before ordinary text, and entries of a list of documents whose cited titles a
// hard wrap cut.
import * as assert from 'node:assert/strict';
import { SourceText } from '../text/source';
import { parseGazette } from './gazette';

const docOf = (text: string) => parseGazette(new SourceText(text)).documents[0];
const parasOf = (text: string) => docOf(text).paragraphs.map((p) => p.text);
/** The paragraphs after the 主送 line of a draft whose body is `lines`. */
const body = (lines: string[]) => parasOf(['聊政办字〔2025〕9号', '', '关于某事的通知', '', '各县（市、区）人民政府：', '', ...lines].join('\n')).slice(1);

describe('parser: the last entry of a list printed without closing punctuation', () => {
  it('ends before the text below it when it ends with its cited number, as the entry before it does', () => {
    assert.deepEqual(body(['本通知印发后，下列文件同时停止执行：',
      '1.聊城市人民政府办公室关于印发聊城市2023年为民办实事项目的通知（聊政办字〔2023〕5号）',
      '2.聊城市人民政府办公室关于印发聊城市2024年为民办实事项目的通知（聊政办字〔2024〕6号）',
      '各牵头单位要细化实施方案，按季度报送项目进展情况。']), ['本通知印发后，下列文件同时停止执行：',
      '1.聊城市人民政府办公室关于印发聊城市2023年为民办实事项目的通知（聊政办字〔2023〕5号）',
      '2.聊城市人民政府办公室关于印发聊城市2024年为民办实事项目的通知（聊政办字〔2024〕6号）',
      '各牵头单位要细化实施方案，按季度报送项目进展情况。']);
  });

  it('ends before the text below it when its line is narrower than a line of the entries before it', () => {
    assert.deepEqual(body(['2025年为民办实事项目如下：', '（1）新建改造农村公路300公里并完成危桥改造20座', '（2）为全市65周岁以上老年人免费提供健康体检服务',
      '（3）新建城市口袋公园和街头游园绿地30处', '年底前，各项目全部完成。']),
    ['2025年为民办实事项目如下：', '（1）新建改造农村公路300公里并完成危桥改造20座', '（2）为全市65周岁以上老年人免费提供健康体检服务',
      '（3）新建城市口袋公园和街头游园绿地30处', '年底前，各项目全部完成。']);
  });

  it('still goes on where a hard wrap cut it at the column\'s width, or before a 牵头单位 block', () => {
    assert.deepEqual(body(['（1）新建改造农村公路300公里并完成危桥改', '造20座', '（2）为全市65周岁以上老年人免费提供健康', '体检服务',
      '（3）新建城市口袋公园和街头游园绿地30处', '以上']),
    ['（1）新建改造农村公路300公里并完成危桥改造20座', '（2）为全市65周岁以上老年人免费提供健康体检服务', '（3）新建城市口袋公园和街头游园绿地30处以上']);
    assert.deepEqual(body(['1.完善小区供水供气供热等基础设施并同步实施小区道路和绿化提升', '2.补齐社区养老托育服务设施短板并完善嵌入式服务',
      '（牵头单位：市住房城乡建设局；责任单位：各县（市、区）人民政府）']),
    ['1.完善小区供水供气供热等基础设施并同步实施小区道路和绿化提升', '2.补齐社区养老托育服务设施短板并完善嵌入式服务（牵头单位：市住房城乡建设局；责任单位：各县（市、区）人民政府）']);
  });

  it('joins a cited title that a wrap cut before its 的通知 or its number', () => {
    assert.deepEqual(body(['1.聊城市人民政府办公室关于印发聊城市城区停车场建设管理办法', '的通知（聊政办发〔2019〕15号）；',
      '2.聊城市人民政府关于进一步加强城市管理工作的意见', '（聊政发〔2019〕3号）。']),
    ['1.聊城市人民政府办公室关于印发聊城市城区停车场建设管理办法的通知（聊政办发〔2019〕15号）；', '2.聊城市人民政府关于进一步加强城市管理工作的意见（聊政发〔2019〕3号）。']);
  });
});
