import { describe, expect, it } from 'vitest';
import { hasKeys, isCount, isPlainArray, isPlainObject } from '../../../pipeline/cache/shape.js';

describe('what the column codecs store in columns', () => {
  it.each([0, 1, 3, 2 ** 53 - 1])('takes %s as a count', (x) => expect(isCount(x)).toBe(true));
  it.each([-1, 0.5, -0, Number.NaN, Infinity, 2 ** 53, '3', null, undefined])('does not take %s as a count', (x) => expect(isCount(x)).toBe(false));

  it('takes only objects and arrays the codecs rebuild as they were', () => {
    expect([{}, { a: 1 }].map(isPlainObject)).toEqual([true, true]);
    expect([null, [], new Date(0), Object.create(null), new (class A {})(), 'x'].map(isPlainObject)).toEqual([false, false, false, false, false, false]);
    expect([[], [1]].map(isPlainArray)).toEqual([true, true]);
    expect([new (class L extends Array {})(), new Uint8Array(1), {}].map(isPlainArray)).toEqual([false, false, false]);
  });

  it('checks keys in order', () => {
    expect(hasKeys({ a: 1, b: 2 }, ['a', 'b'])).toBe(true);
    expect(hasKeys({ b: 2, a: 1 }, ['a', 'b'])).toBe(false);
    expect(hasKeys({ a: 1 }, ['a', 'b'])).toBe(false);
    expect(hasKeys({ a: 1, b: 2, c: 3 }, ['a', 'b'])).toBe(false);
  });
});
