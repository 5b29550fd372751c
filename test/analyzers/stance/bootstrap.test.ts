/**
 * The bootstrap interval draws from `prng` written out inline (analyzers/stance/bootstrap.ts); it must
 * give the intervals that drawing through `prng` itself gives, draw for draw.
 */
import { describe, expect, it } from 'vitest';
import { BOOTSTRAP_MAX_VALUES, bootstrapCI, normalCI, prng } from '../../../analyzers/stance/bootstrap.js';

/** The interval as spelled before the generator was inlined. */
function throughPrng(xs: readonly number[], resamples: number, seed: number): { low: number; high: number } {
  if (xs.length === 0) return { low: 0, high: 0 };
  if (xs.length === 1) return { low: xs[0], high: xs[0] };
  const rand = prng(seed);
  const means: number[] = [];
  for (let b = 0; b < resamples; b++) {
    let s = 0;
    for (let i = 0; i < xs.length; i++) s += xs[Math.floor(rand() * xs.length)];
    means.push(s / xs.length);
  }
  means.sort((x, y) => x - y);
  const at = (q: number) => means[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))];
  return { low: at(0.025), high: at(0.975) };
}

describe('bootstrapCI', () => {
  const cases: Array<[string, number[], number, number]> = [
    ['empty', [], 1000, 1],
    ['one value', [0.4], 1000, 1],
    ['two values', [-1, 1], 1000, 7],
    ['sentence scores', [0.2, -0.5, 0, 0, 0.8, -0.1, 0.33, 0.05], 1000, 20190101],
    ['seed 0', [1, 2, 3, 4, 5], 500, 0],
    ['seed at 2³²−1', [1, 2, 3, 4, 5], 500, 0xffffffff],
    ['one resample', [3, 1, 2], 1, 99],
  ];
  it.each(cases)('%s', (_name, xs, resamples, seed) => {
    expect(bootstrapCI(xs, resamples, seed)).toEqual(throughPrng(xs, resamples, seed));
  });

  it('matches over many seeds and lengths', () => {
    const rand = prng(12345);
    for (let k = 0; k < 200; k++) {
      const xs = Array.from({ length: 2 + Math.floor(rand() * 60) }, () => Math.round((rand() * 2 - 1) * 1e4) / 1e4);
      const seed = Math.floor(rand() * 4294967296);
      expect(bootstrapCI(xs, 200, seed), `seed ${seed}, ${xs.length} values`).toEqual(throughPrng(xs, 200, seed));
    }
  });
});

describe('the interval of a large group', () => {
  const rand = prng(7);
  // Four shapes of score: spread evenly, two-valued and lopsided, mostly zero, bunched at the ends.
  const shapes: Array<[string, () => number]> = [
    ['even', () => rand() * 2 - 1],
    ['two values', () => (rand() < 0.8 ? 0.3 : -0.9)],
    ['mostly zero', () => (rand() < 0.97 ? 0 : rand() < 0.5 ? 1 : -1)],
    ['bunched at the ends', () => Math.tanh((rand() - 0.5) * 8)],
  ];

  it.each(shapes)('%s: at the limit the bootstrap and the normal interval agree to a tenth of the width', (_name, draw) => {
    const xs = Array.from({ length: BOOTSTRAP_MAX_VALUES }, draw);
    const boot = bootstrapCI(xs, 1000, 20190101);
    const normal = normalCI(xs);
    const width = boot.high - boot.low;
    expect(width).toBeGreaterThan(0);
    expect(Math.abs(boot.low - normal.low)).toBeLessThan(width / 10);
    expect(Math.abs(boot.high - normal.high)).toBeLessThan(width / 10);
  });

  it('above the limit is the normal interval, drawing nothing', () => {
    const xs = Array.from({ length: BOOTSTRAP_MAX_VALUES + 1 }, (_, i) => (i % 7) / 3 - 1);
    expect(bootstrapCI(xs, 1000, 1)).toEqual(normalCI(xs));
    expect(bootstrapCI(xs, 1000, 1)).toEqual(bootstrapCI(xs, 1000, 2));
  });

  it('normalCI is mean ± 1.96 standard errors', () => {
    // mean 2.5, sample variance 5/3, standard error √(5/12)
    const ci = normalCI([1, 2, 3, 4]);
    const half = 1.959963984540054 * Math.sqrt(5 / 12);
    expect(ci.low).toBeCloseTo(2.5 - half, 12);
    expect(ci.high).toBeCloseTo(2.5 + half, 12);
  });
});
