import { describe, expect, it } from 'vitest';
import { WARM_UP_ROUNDS, interleaved, median } from '../../bench/measure.js';

describe('interleaved', () => {
  it('runs the methods round by round, warm-up rounds first and uncounted', () => {
    const calls: string[] = [];
    const t = interleaved([{ name: 'a', run: () => void calls.push('a') }, { name: 'b', run: () => void calls.push('b') }], 3);
    expect(WARM_UP_ROUNDS).toBeGreaterThanOrEqual(2);
    expect(calls).toEqual(Array.from({ length: WARM_UP_ROUNDS + 3 }, () => ['a', 'b']).flat());
    expect([...t.keys()]).toEqual(['a', 'b']);
  });

  it('reports the median of the counted rounds only', () => {
    // Each warm-up round is made slow; the counted rounds are not.
    let call = 0;
    const spin = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    const t = interleaved([{ name: 'x', run: () => spin(call++ < WARM_UP_ROUNDS ? 60 : 2) }], 3);
    expect(t.get('x')!.wallMs).toBeLessThan(30);
  });
});

describe('median', () => {
  it.each([
    [[3], 3],
    [[1, 3], 2],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('%j → %d', (xs, m) => expect(median(xs)).toBe(m));
});
