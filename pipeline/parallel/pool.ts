/**
 * The worker pool (piscina). Under tsx (tests, development) the worker is the .ts source and is
 * started with tsx's loader; from dist/ it is plain .js.
 */
import { Piscina } from 'piscina';
import type { WorkerInit, WorkerReply, WorkerTask } from './protocol.js';
import { codeFileUrl, RUNS_FROM_SOURCE } from '../code-location.js';

export type DocPool = Piscina<WorkerTask, WorkerReply>;

export function createPool(init: WorkerInit, threads: number): DocPool {
  const filename = codeFileUrl('pipeline/parallel/worker');
  return new Piscina<WorkerTask, WorkerReply>({
    filename,
    workerData: init,
    minThreads: threads,
    maxThreads: threads,
    // Documents are CPU-bound and a worker reads one at a time, but with one task per worker the
    // next was handed over only once this thread had taken the finished one's reply: a worker sat
    // idle 10–20% of every second of the 30× corpus while this thread folded results into the
    // tables. With two, the next task waits in the worker's own queue and starts at once (piscina's
    // worker takes queued messages without returning to its event loop).
    concurrentTasksPerWorker: 2,
    ...(RUNS_FROM_SOURCE ? { execArgv: ['--import', 'tsx'] } : {}),
  });
}
