/**
 * Timing helpers. Methods compared against each other run interleaved, round by round, so a burst
 * of load from elsewhere on the (shared, 2-core) machine hits all of them alike; each figure is the
 * median of its rounds after warm-up rounds that are not counted. Rates use the process's CPU time
 * (user + system), which another process competing for the cores inflates far less than wall time;
 * wall time is kept beside it.
 */
import { performance } from 'node:perf_hooks';

export interface Method {
  name: string;
  run(): void;
}

export interface Timing {
  /** CPU ms (user + system) of this process. */
  cpuMs: number;
  wallMs: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function timeOnce(fn: () => void): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { cpuMs: (c.user + c.system) / 1000, wallMs };
}

export function medianTiming(ts: readonly Timing[]): Timing {
  return { cpuMs: median(ts.map((t) => t.cpuMs)), wallMs: median(ts.map((t) => t.wallMs)) };
}

/**
 * Rounds run before the counted ones. Process CPU time includes the engine's compiler threads: code
 * first run in a round is still being optimised in the round after it (a round of the text reader
 * took 180 ms of CPU against 103 ms of wall time there, 80–95 ms of each from the third on).
 */
export const WARM_UP_ROUNDS = 2;

/** Median timing per method over `rounds` interleaved rounds (after WARM_UP_ROUNDS uncounted ones). */
export function interleaved(methods: readonly Method[], rounds: number): Map<string, Timing> {
  for (let r = 0; r < WARM_UP_ROUNDS; r++) for (const m of methods) m.run();
  const samples = new Map<string, Timing[]>(methods.map((m) => [m.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const m of methods) samples.get(m.name)!.push(timeOnce(() => m.run()));
  }
  return new Map([...samples].map(([name, ts]) => [name, medianTiming(ts)]));
}

/** Units per second, rounded to a whole number. */
export function perSecond(units: number, ms: number): number {
  return Math.round((units / ms) * 1000);
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;
