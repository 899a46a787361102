import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { unknownUnit } from './unknown-unit';
import { unitTypo } from './unit-typo';
import { alias } from './alias';
import { renamed } from './renamed';

const rules = [unknownUnit, unitTypo, alias, renamed];

describe('lead-unit/unknown-unit', () => {
  const model = lexicon();
  it('reports a name the lexicon does not know', () => {
    assert.deepEqual(check(unknownUnit, draft('1. 加强监管。（牵头单位：市综合协调局）'), { model }).map((f) => f.text), ['市综合协调局']);
  });

  it('reads places that share one government word as their governments (东昌府区、茌平区人民政府, a joint 责任单位)', () => {
    for (const item of [
      '1. 做好交接工作。（责任单位：东昌府区、茌平区人民政府）',
      '1. 做好交接工作。（牵头单位：市民政局；责任单位：东昌府区、茌平区、高唐县人民政府）',
      '1. 做好交接工作。（牵头单位：东昌府区、茌平区人民政府；配合单位：市民政局）',
      '1. 做好交接工作。（责任单位：冠县、莘县人民政府）',
    ]) assert.deepEqual(check(rules, draft(item), { model }), [], item);
    // A place with no government word after it, or not listed with 、 before one, is still a name to query.
    assert.deepEqual(check(unknownUnit, draft('1. 做好交接工作。（责任单位：东昌府区、市民政局）'), { model }).map((f) => f.text), ['东昌府区']);
    assert.deepEqual(check(unknownUnit, draft('1. 做好交接工作。（牵头单位：东昌府区；责任单位：茌平区人民政府）'), { model }).map((f) => f.text), ['东昌府区']);
  });
});

describe('lead-unit/unknown-unit: a pointer to an annex (redteam6)', () => {
  it('is no unit name: （责任单位：详见附件2）, （配合单位：见附表）', () => {
    const model = lexicon();
    assert.deepEqual(check(unknownUnit, draft('1. 强化考核评价。（牵头单位：市财政局；责任单位：详见附件2）\n2. 加强审计监督。（牵头单位：市审计局；配合单位：见附表）'), { model }), []);
  });
});

describe('lead-unit/unknown-unit: a unit with its second name (redteam8)', () => {
  it('passes a known unit followed by the second name it bears (市发展改革委（市粮食和储备局）), not an unknown one', () => {
    const model = lexicon();
    assert.deepEqual(check(rules, draft('1. 推动算力基础设施建设。（牵头单位：市发展改革委（市粮食和储备局）；配合单位：市民政局）'), { model }), []);
    assert.deepEqual(check(unknownUnit, draft('1. 推动算力基础设施建设。（牵头单位：市综合协调局（市粮食和储备局））'), { model }).map((f) => f.text), ['市综合协调局（市粮食和储备局）']);
  });
});

describe('lead-unit/unknown-unit: the members of a named body (redteam8)', () => {
  it('passes 市安委会各成员单位 and 市优化营商环境工作专班成员单位 as a group; a member unit\'s unknown name is still queried', () => {
    const model = lexicon();
    assert.deepEqual(check(rules, draft('1. 开展安全生产执法检查。（牵头单位：市民政局；配合单位：市安委会各成员单位）\n2. 优化营商环境。（牵头单位：市民政局；配合单位：市优化营商环境工作专班成员单位）'), { model }), []);
    assert.deepEqual(check(unknownUnit, draft('1. 开展安全生产执法检查。（牵头单位：市民政局；配合单位：市安委会成员）'), { model }).map((f) => f.text), ['市安委会成员']);
  });
});

describe('lead-unit/unknown-unit: a class of bodies (red team 13)', () => {
  it('passes the counties\' counterparts (各县（市、区）水利局, 各县〔市、区〕水利部门) and 各县（市、区）人民政府（管委会） as groups; a county body of its own is still queried (red team 16)', () => {
    const model = lexicon();
    for (const units of ['各县（市、区）水利局', '各县〔市、区〕水利部门', '有关县（市、区）教育行政部门', '各县（市、区）人民政府（管委会）', '各县〔市、区〕人民政府〔管委会〕']) {
      assert.deepEqual(check(rules, draft(`1. 加强监管。（责任单位：市民政局，${units}）`), { model }), [], units);
    }
    assert.deepEqual(check(unknownUnit, draft('1. 加强监管。（责任单位：市民政局，临清市综合协调局）'), { model }).map((f) => f.text), ['临清市综合协调局']);
  });

  it('passes 各银行业金融机构, 各医疗机构 and 各保险公司 as a class; a body of its own the lexicon lacks is still queried', () => {
    const model = lexicon();
    assert.deepEqual(check(rules, draft('1. 扩大普惠小微贷款投放。（牵头单位：市民政局；配合单位：各银行业金融机构）\n2. 做好医疗保障。（牵头单位：市民政局；配合单位：各医疗机构、各保险公司）'), { model }), []);
    assert.deepEqual(check(unknownUnit, draft('1. 扩大普惠小微贷款投放。（牵头单位：市民政局；配合单位：市金融机构）'), { model }).map((f) => f.text), ['市金融机构']);
  });
});

describe('lead-unit/unknown-unit: bodies beside the government whose short names a convention fixes (red team 15)', () => {
  it('passes the party committee\'s organs, 团市委, the people\'s organisations, the leading bodies\' offices and 驻聊部队; other names are still queried', () => {
    const model = lexicon();
    assert.deepEqual(check(rules, draft('1. 加强青少年心理健康教育。（牵头单位：市委网信办、市委金融办、市文明办；配合单位：团市委、市科协、市文联、市侨联、市红十字会、市台办、市民宗局；责任单位：市政府办公室、驻聊部队、聊城军分区、武警聊城支队、市委党校）'), { model }), []);
    assert.deepEqual(check(unknownUnit, draft('1. 加强监管。（牵头单位：市综合协调局；配合单位：团市办、市委大楼）'), { model }).map((f) => f.text), ['市综合协调局', '团市办', '市委大楼']);
    // With the second name it bears (加挂牌子): 市委统战部（市民宗局）.
    assert.deepEqual(check(rules, draft('1. 加强宣传教育。（牵头单位：市委统战部（市民宗局）、市委宣传部（市新闻出版局））'), { model }), []);
  });
});

describe('lead-unit/unknown-unit: the members of a body named by its abbreviation (red team 15)', () => {
  it('passes 市防指成员单位, 市森防指各成员单位 and 市双拥办成员单位 as groups; a member unit\'s unknown name is still queried', () => {
    const model = lexicon();
    assert.deepEqual(check(rules, draft('1. 开展隐患排查。（牵头单位：市民政局；配合单位：市防指成员单位、市森防指各成员单位、市双拥办成员单位）'), { model }), []);
    assert.deepEqual(check(unknownUnit, draft('1. 开展隐患排查。（牵头单位：市民政局；配合单位：市防指成员）'), { model }).map((f) => f.text), ['市防指成员']);
  });
});
