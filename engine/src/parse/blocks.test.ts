// What a 牵头单位 block may say next (blocks.ts): the roles after the ones written.
import * as assert from 'node:assert/strict';
import { rolesAfter } from './blocks';

describe('parser: the roles a block may name next', () => {
  it('all four at its start, then only those after the last one written, each once', () => {
    assert.deepEqual(rolesAfter(''), ['牵头单位', '配合单位', '责任单位', '负责单位']);
    assert.deepEqual(rolesAfter('牵头单位：市财政局；'), ['配合单位', '责任单位', '负责单位']);
    assert.deepEqual(rolesAfter('牵头单位：市财政局；配合单位：市民政局；'), ['责任单位', '负责单位']);
    assert.deepEqual(rolesAfter('牵头单位：市财政局；责任单位：市民政局；'), []);
    assert.deepEqual(rolesAfter('配合部门：市民政局；'), ['责任单位', '负责单位']);
  });
});
