/**
 * Timing helpers. Methods compared against each other run interleaved, round by round, so a burst
 * of load from elsewhere on the (shared, 2-core) machine hits all of them alike; each figure is the
 * median of its rounds after a warm-up round that is not counted.
 */
import { performance } from 'node:perf_hooks';

export interface Method {
  name: string;
  run(): void;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function timeOnce(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Median ms per method over `rounds` interleaved rounds (plus one uncounted warm-up round). */
export function interleaved(methods: readonly Method[], rounds: number): Map<string, number> {
  for (const m of methods) m.run();
  const samples = new Map<string, number[]>(methods.map((m) => [m.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const m of methods) samples.get(m.name)!.push(timeOnce(() => m.run()));
  }
  return new Map([...samples].map(([name, xs]) => [name, median(xs)]));
}

/** Units per second, rounded to a whole number. */
export function perSecond(units: number, ms: number): number {
  return Math.round((units / ms) * 1000);
}
