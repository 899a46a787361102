import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { countyGroup } from './county-group';
import { draftDoc } from '../cross-ref/fixtures';

describe('punctuation/county-group', () => {
  it('reports 县（市，区） and 县（市区）, and gives them 、 (probe22)', () => {
    const text = draftDoc('    一、工作要求\n    各县（市，区）人民政府要抓好落实，各县(市;区)要及时报送，各县（市区）要加强督导。');
    assert.deepEqual(check(countyGroup, text).map((d) => [d.line, d.text]), [[10, '县（市，区）'], [10, '县(市;区)'], [10, '县（市区）']]);
    assert.equal(fixed(countyGroup, text), draftDoc('    一、工作要求\n    各县（市、区）人民政府要抓好落实，各县(市、区)要及时报送，各县（市、区）要加强督导。'));
  });

  it('passes 县（市、区） in either width, and a wrap or space inside the group (extraction)', () => {
    for (const body of ['    一、工作要求\n    各县（市、区）人民政府、各县(市、区)要抓好落实。', '    一、工作要求\n    各县（市\n区）人民政府要抓好落实。',
      '    一、工作要求\n    各县（市 区）人民政府要抓好落实。', '    一、工作要求\n    全市城区、县城和市区道路。']) {
      assert.deepEqual(check(countyGroup, draftDoc(body)), [], body);
    }
  });
});
