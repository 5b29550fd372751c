import { describe, expect, it } from 'vitest';
import { spreadPick, spreadRows } from '../../../reports/charts/spread.js';

const range = (n: number, from = 0): number[] => Array.from({ length: n }, (_, i) => from + i);

describe('spreadPick', () => {
  it.each([
    { orders: range(10), k: 4, picked: [0, 3, 6, 9] },
    { orders: range(11), k: 3, picked: [0, 5, 10] },
    { orders: range(5, 7), k: 2, picked: [7, 11] },
    { orders: range(30), k: 1, picked: [0] },
    // no more than k: all of them, sorted, each once
    { orders: [5, 1, 3, 3, 1], k: 3, picked: [1, 3, 5] },
    { orders: [2, 0, 1], k: 24, picked: [0, 1, 2] },
    { orders: [], k: 24, picked: [] },
  ])('$k of $orders.length orders', ({ orders, k, picked }) => {
    expect(spreadPick(orders, k)).toEqual(picked);
  });

  it('keeps the first and the last, k distinct orders in time order, for any size', () => {
    for (const n of [25, 26, 47, 48, 49, 771, 2320]) {
      const picked = spreadPick(range(n).reverse(), 24);
      expect(picked, String(n)).toHaveLength(24);
      expect(picked[0]).toBe(0);
      expect(picked.at(-1)).toBe(n - 1);
      for (let i = 1; i < picked.length; i++) expect(picked[i], `${n}: ${picked.join(',')}`).toBeGreaterThan(picked[i - 1]);
      // evenly spaced: no gap more than one wider than another
      const gaps = picked.slice(1).map((p, i) => p - picked[i]);
      expect(Math.max(...gaps) - Math.min(...gaps), `${n}: ${gaps.join(',')}`).toBeLessThanOrEqual(1);
    }
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses %s panels', (k) => {
    expect(() => spreadPick([1, 2, 3], k)).toThrow(/^turnlens: internal error: .*panels/);
  });
});

describe('spreadRows', () => {
  const rows = range(50).flatMap((order) => [{ order, term: 'a' }, { order, term: 'b' }]);

  it('keeps every row of the picked interviews and none of the others', () => {
    const { rows: kept, shown, of } = spreadRows(rows, 5);
    expect({ shown, of }).toEqual({ shown: 5, of: 50 });
    expect([...new Set(kept.map((r) => r.order))]).toEqual(spreadPick(range(50), 5));
    expect(kept).toHaveLength(10);
  });

  it('keeps all rows, in their order, when there are few interviews', () => {
    const few = rows.slice(0, 8);
    const out = spreadRows(few, 24);
    expect(out.rows).toEqual(few);
    expect(out.rows).not.toBe(few);
    expect({ shown: out.shown, of: out.of }).toEqual({ shown: 4, of: 4 });
  });
});
