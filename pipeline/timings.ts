/**
 * Stage timings. `analyze` reports each stage to `AnalyzeOptions.onStage`; with TURNLENS_TIMINGS=1 in
 * the environment every stage is also printed on stderr as one machine-readable line, so a whole CLI
 * run (start-up, analysis, outputs, report) can be broken down without a profiler:
 *
 *   turnlens timing: stage=tabulate ms=41.2 at=873.5
 *
 * `at` is milliseconds since the process started (performance.now()), so start-up shows as the gap
 * before the first stage. Per-document stages are summed over documents and named `documents/<stage>`;
 * with worker threads they are summed over workers (CPU time, not wall time).
 */
import { performance } from 'node:perf_hooks';

export type OnStage = (stage: string, ms: number) => void;

/** The environment switch read once per call, so tests can toggle it. */
export function timingsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.TURNLENS_TIMINGS;
  return v !== undefined && v !== '' && v !== '0' && v !== 'false';
}

export function timingLine(stage: string, ms: number, at: number = performance.now()): string {
  return `turnlens timing: stage=${stage} ms=${ms.toFixed(1)} at=${at.toFixed(1)}\n`;
}

/** Report one finished stage: to the caller's hook and, when enabled, to stderr. */
export function recordStage(stage: string, ms: number, onStage?: OnStage): void {
  onStage?.(stage, ms);
  if (timingsEnabled()) process.stderr.write(timingLine(stage, ms));
}

/** Runs `fn` as the named stage and records its wall time. For the CLI's own stages too. */
export function timeStage<T>(stage: string, fn: () => T, onStage?: OnStage): T {
  const t0 = performance.now();
  const out = fn();
  recordStage(stage, performance.now() - t0, onStage);
  return out;
}

export async function timeStageAsync<T>(stage: string, fn: () => Promise<T>, onStage?: OnStage): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  recordStage(stage, performance.now() - t0, onStage);
  return out;
}

/** Per-document stage times summed over many documents (and threads); reported once at the end. */
export class StageTotals {
  private readonly totals = new Map<string, number>();

  time<T>(stage: string, fn: () => T): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      this.add(stage, performance.now() - t0);
    }
  }

  add(stage: string, ms: number): void {
    this.totals.set(stage, (this.totals.get(stage) ?? 0) + ms);
  }

  merge(other: Record<string, number>): void {
    for (const [stage, ms] of Object.entries(other)) this.add(stage, ms);
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries(this.totals);
  }

  /** Records every total as `<prefix>/<stage>`, in first-seen order. */
  report(prefix: string, onStage?: OnStage): void {
    for (const [stage, ms] of this.totals) recordStage(`${prefix}/${stage}`, ms, onStage);
  }
}
