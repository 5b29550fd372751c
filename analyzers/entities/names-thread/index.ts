/**
 * compromise on a thread of its own. Loading it and its first, cold reads cost the thread that
 * analyses a small corpus about 0.4 s of the sample's 2; started when the first document is read
 * (AnalyzeOptions.helperThreads), the names thread does that on the second core while this one
 * tokenizes. The analyzers are synchronous, so a read blocks this thread (Atomics.wait) until the
 * reply is posted.
 *
 * Whatever goes wrong with the thread (it does not start, it ends, a read fails or takes far too
 * long), `readNamesInThread` answers undefined and stops it, and the caller reads in its own thread:
 * the same names, or the same error, found more slowly.
 */
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { startCodeThread } from '../../../pipeline/code-location.js';
import type { FoundName } from '../compromise.js';
import { SIGNAL, type NamesReply, type NamesRequest, type NamesThreadData } from './protocol.js';

export interface NamesThreadLimits {
  /** How long a thread may take to start running its code. */
  startMs: number;
  /** How long one read may take: windows are short, so far beyond any real read. */
  readMs: number;
}

const LIMITS: NamesThreadLimits = { startMs: 20_000, readMs: 300_000 };
/** Waits are sliced, so that a thread that ends without replying is noticed. */
const WAIT_SLICE_MS = 100;

interface NamesThread {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
  limits: NamesThreadLimits;
}

let thread: NamesThread | undefined;

/**
 * Starts the names thread, unless one runs. `entry` and `limits` are for tests (a thread that never
 * starts); the process does not wait for the thread to end.
 */
export function startNamesThread(entry = 'analyzers/entities/names-thread/worker', limits: Partial<NamesThreadLimits> = {}): void {
  if (thread) return;
  const signal = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * Object.keys(SIGNAL).length));
  const { port1, port2 } = new MessageChannel();
  const worker = startCodeThread(entry, { workerData: { port: port2, signal } satisfies NamesThreadData, transferList: [port2] });
  worker.unref();
  // Failures show through `signal` (the thread ends, or never starts); the event must not go unhandled.
  worker.on('error', () => undefined);
  thread = { worker, port: port1, signal, limits: { ...LIMITS, ...limits } };
}

/** Ends the names thread, if one runs. */
export function stopNamesThread(): void {
  if (!thread) return;
  void thread.worker.terminate();
  thread.port.close();
  thread = undefined;
}

/** Whether a names thread runs (for tests). */
export function namesThreadRunning(): boolean {
  return thread !== undefined;
}

/** What compromise finds in each window, read by the names thread; undefined when no thread runs or it could not answer. */
export function readNamesInThread(windows: readonly string[]): FoundName[][] | undefined {
  const t = thread;
  if (!t) return undefined;
  const asked = Atomics.load(t.signal, SIGNAL.replies);
  t.port.postMessage({ windows: [...windows] } satisfies NamesRequest);
  const started = performance.now();
  for (;;) {
    const received = receiveMessageOnPort(t.port);
    if (received) {
      const reply = received.message as NamesReply;
      if (reply.ok) return reply.found;
      break;
    }
    const waited = performance.now() - started;
    if (Atomics.load(t.signal, SIGNAL.ended) > 0 || waited > t.limits.readMs) break;
    if (Atomics.load(t.signal, SIGNAL.up) === 0 && waited > t.limits.startMs) break;
    Atomics.wait(t.signal, SIGNAL.replies, asked, WAIT_SLICE_MS);
  }
  stopNamesThread();
  return undefined;
}
