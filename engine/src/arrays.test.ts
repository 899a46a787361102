import { strict as assert } from 'assert';
import { pushAll } from './arrays';

describe('arrays: pushAll', () => {
  it('appends in order, in place', () => {
    const a = [1, 2];
    assert.equal(pushAll(a, [3, 4]), a);
    assert.deepEqual(a, [1, 2, 3, 4]);
    assert.deepEqual(pushAll([], []), []);
  });
  it('appends more items than push(...items) can take as arguments', () => {
    const many = Array.from({ length: 500_000 }, (_, k) => k);
    assert.throws(() => [].push(...(many as never[])), RangeError);
    const out = pushAll([-1], many);
    assert.equal(out.length, 500_001);
    assert.equal(out[500_000], 499_999);
  });
});
