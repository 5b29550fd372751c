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
    // One document at a time per worker: documents are CPU-bound.
    concurrentTasksPerWorker: 1,
    ...(RUNS_FROM_SOURCE ? { execArgv: ['--import', 'tsx'] } : {}),
  });
}
