/**
 * What crosses the thread boundary: plain, structured-cloneable data only. Resources are not sent;
 * each worker loads them itself from the same paths (`prepare(options)`), once.
 */
import type { StoredResult } from '../cache/results-codec.js';
import type { AnalyzeOptions } from '../index.js';
import type { CacheOutcome, CacheSpec } from '../cache/index.js';
import type { HeapLimit } from '../memory.js';

/**
 * AnalyzeOptions without its callbacks (functions cannot be cloned to a worker), without the
 * calling thread's queue of held cache writes (a worker writes its own cache at once), and without
 * helper threads (the pool's workers already keep every core busy).
 */
export type WorkerOptions = Omit<AnalyzeOptions, 'onProgress' | 'onStage' | 'cacheWrites' | 'helperThreads'>;

export interface WorkerInit {
  options: WorkerOptions;
  cache: CacheSpec | null;
  /** Checked after each document; its collections are timed as the stage `collect`. */
  heap: HeapLimit;
}

export interface WorkerTask {
  file: string;
}

export type WorkerReply =
  /**
   * `result` as the results layer stores it (cache/results-codec.ts): in half the objects, the sample
   * compilation's crossed threads and was rebuilt in 25–31 ms where it took 37–53 whole, and it was
   * made and serialized in 14–24 ms against 17–30 (the 100× corpus: hundreds of replies, all taken
   * in the calling thread).
   */
  | { ok: true; result: StoredResult; outcome: CacheOutcome; times: Record<string, number> }
  /** TurnlensErrors keep their message and exit code across the thread boundary. */
  | { ok: false; message: string; exitCode: number | null; stack: string | undefined };

export function workerOptions(options: AnalyzeOptions): WorkerOptions {
  return Object.fromEntries(
    Object.entries(options).filter(([k, v]) => typeof v !== 'function' && k !== 'cacheWrites' && k !== 'helperThreads'),
  ) as WorkerOptions;
}
