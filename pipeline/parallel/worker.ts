/**
 * A worker thread of the document pool. Loads resources once (from paths, as the main thread did),
 * then turns one file path per task into a DocResult: the raw text is read here and never crosses
 * threads, so the main thread only ever holds results.
 */
import { workerData } from 'piscina';
import { prepare } from '../index.js';
import { readDoc } from '../ingest/index.js';
import { TurnlensError } from '../messages.js';
import { openCache, processCached } from '../cache/index.js';
import { encodeResult } from '../cache/results-codec.js';
import { StageTotals } from '../timings.js';
import type { WorkerInit, WorkerReply, WorkerTask } from './protocol.js';
import { HeapCeiling } from '../memory.js';

const init = workerData as WorkerInit;
const ctx = prepare(init.options);
const cache = init.cache ? openCache(init.cache) : undefined;
// A document's garbage is collected in the worker that made it, not left to pile up (see WORKER_HEAP).
const heap = new HeapCeiling(init.heap);

export default function processFile(task: WorkerTask): WorkerReply {
  try {
    const times = new StageTotals();
    const raw = times.time('read', () => readDoc(task.file));
    const { result, outcome } = processCached(raw, ctx, cache, times);
    const t0 = performance.now();
    if (heap.check()) times.add('collect', performance.now() - t0);
    return { ok: true, result: encodeResult(result), outcome, times: times.toJSON() };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    return {
      ok: false,
      message: err.message,
      exitCode: err instanceof TurnlensError ? err.exitCode : null,
      stack: err.stack,
    };
  }
}
