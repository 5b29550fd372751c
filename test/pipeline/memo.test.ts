/** pipeline/memo.ts: each key built once per memo, whatever the value. */
import { describe, expect, it } from 'vitest';
import { memoByValue } from '../../pipeline/memo.js';

describe('memoByValue', () => {
  const cases: Array<[string, unknown[], number]> = [
    ['a repeated key builds once', ['Q', 'A', 'Q', 'A', 'Q'], 2],
    ['an undefined result is kept too', ['none', 'none'], 1],
    // False positives: keys equal as text but not as values stay apart.
    ['1 and "1" are two keys', [1, '1', 1], 2],
  ];
  it.each(cases)('%s', (_name, keys, builds) => {
    let n = 0;
    const f = memoByValue((k: unknown) => {
      n++;
      return k === 'none' ? undefined : `${typeof k}:${String(k)}`;
    });
    const got = keys.map(f);
    expect(got).toEqual(keys.map((k) => (k === 'none' ? undefined : `${typeof k}:${String(k)}`)));
    expect(n).toBe(builds);
  });

  it('a fresh memo builds again', () => {
    let n = 0;
    const build = (k: string) => (n++, k.length);
    memoByValue(build)('abc');
    memoByValue(build)('abc');
    expect(n).toBe(2);
  });
});
