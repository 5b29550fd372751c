import { describe, expect, it } from 'vitest';
import { readRemovals, storeRemovals } from '../../../pipeline/cache/removals.js';
import type { Removal } from '../../../pipeline/types.js';

const FILE = 'data/a.txt';
const r = (line: number, what: string, why: string, file = FILE): Removal => ({ file, line, what, why });

describe('removed lines in the cache', () => {
  it('stores the file once and each reason as a code, and reads every removal back as it was', () => {
    const removed = [r(1, '12', 'page number'), r(2, 'Header', 'running header'), r(9, '13', 'page number'), r(9, '', 'doubled blank line')];
    const stored = storeRemovals(removed, FILE);
    expect(stored.reasons).toEqual(['page number', 'running header', 'doubled blank line']);
    expect(stored.why).toEqual([0, 1, 0, 2]);
    expect(stored.whole).toEqual([]);
    expect(JSON.stringify(stored)).not.toContain(FILE);
    const back = readRemovals(JSON.parse(JSON.stringify(stored)), FILE);
    expect(back).toStrictEqual(removed);
    expect(JSON.stringify(back)).toBe(JSON.stringify(removed));
  });

  // Not of the plain shape: kept whole, and read back as it was, in its place.
  const odd: Array<[string, Removal]> = [
    ['another file', r(3, 'x', 'page number', 'data/b.txt')],
    ['keys in another order', { line: 3, file: FILE, what: 'x', why: 'page number' }],
    ['a key more', { ...r(3, 'x', 'page number'), page: 2 } as Removal],
    ['a line that is no count', r(Number.NaN, 'x', 'page number')],
    ['a reason that is no text', { ...r(3, 'x', 'page number'), why: 7 as unknown as string }],
  ];
  it.each(odd)('keeps a removal with %s whole', (_, odd) => {
    const removed = [r(1, '12', 'page number'), odd, r(4, '13', 'page number')];
    const stored = storeRemovals(removed, FILE);
    expect(stored.whole.map(([k]) => k)).toEqual([1]);
    expect(readRemovals(stored, FILE)).toStrictEqual(removed);
  });

  it('refuses a stored removal without a reason', () => {
    const stored = storeRemovals([r(1, '12', 'page number')], FILE);
    stored.why[0] = 5;
    expect(() => readRemovals(stored, FILE)).toThrow(/no reason/);
  });
});
