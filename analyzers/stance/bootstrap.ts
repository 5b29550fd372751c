/**
 * Reducers for aggregated scores: mean and a percentile bootstrap interval. The generator is seeded
 * from the group's key, so each interval is the same whatever else is in the corpus or its order.
 */

/**
 * mulberry32: small, fast, good enough for resampling. bootstrapCI has these steps written out inline:
 * change both together (test/analyzers/stance/bootstrap.test.ts holds them to the same draws).
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string, mixed with a base seed. */
export function seedFor(key: string, base: number): number {
  let h = 0x811c9dc5 ^ base;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * Above this many values an interval is the normal one (normalCI), the large-sample limit of the
 * percentile bootstrap: a bootstrap draws `resamples` × n values, and for one interview of a million
 * short turns (500,000 of them about one target) the tables took 20.2 s with it, 2.9 s without. Here
 * the two intervals differ by about as much as the bootstrap's own resampling noise (1,000
 * resamples): by at most 0.0008, on widths of 0.007 to 0.034, for 10,000 values of four shapes of
 * score (test/analyzers/stance/bootstrap.test.ts).
 */
export const BOOTSTRAP_MAX_VALUES = 10_000;

/** z of the two-sided 95% normal interval. */
const Z_95 = 1.959963984540054;

/** mean ± 1.96 standard errors (the sample standard deviation over √n). */
export function normalCI(xs: readonly number[]): Interval {
  const n = xs.length;
  const m = mean(xs);
  let ss = 0;
  for (const x of xs) ss += (x - m) * (x - m);
  const half = Z_95 * Math.sqrt(ss / (n - 1) / n);
  return { low: m - half, high: m + half };
}

/**
 * 95% percentile bootstrap interval of the mean; for more than BOOTSTRAP_MAX_VALUES values, the normal
 * interval. One value gives a zero-width interval.
 */
export function bootstrapCI(xs: readonly number[], resamples: number, seed: number): Interval {
  if (xs.length === 0) return { low: 0, high: 0 };
  if (xs.length === 1) return { low: xs[0], high: xs[0] };
  if (xs.length > BOOTSTRAP_MAX_VALUES) return normalCI(xs);
  const means = new Float64Array(resamples);
  const n = xs.length;
  // prng(seed)'s steps, written out: a call per draw was most of the time of a group of 100,000 turns.
  let a = seed >>> 0;
  for (let b = 0; b < resamples; b++) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      s += xs[Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)];
    }
    means[b] = s / n;
  }
  means.sort();
  const at = (q: number) => means[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))];
  return { low: at(0.025), high: at(0.975) };
}

/** Rounds for tables: enough precision to compare, stable text in CSV. */
export function round4(x: number): number {
  const r = Math.round(x * 1e4) / 1e4;
  return Object.is(r, -0) ? 0 : r;
}
