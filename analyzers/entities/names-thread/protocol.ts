/**
 * What crosses to and from the names thread. Requests and replies travel on a MessagePort; the
 * calling thread blocks on shared counters (Atomics.wait) until the reply is there, because the
 * analyzer contract is synchronous.
 */
import type { MessagePort } from 'node:worker_threads';
import type { FoundName } from '../compromise.js';

export interface NamesThreadData {
  port: MessagePort;
  /** Counters, indexed by `SIGNAL`, that the thread raises and the caller waits on. */
  signal: Int32Array;
}

export const SIGNAL = {
  /** Replies posted. */
  replies: 0,
  /** Raised once the thread's code runs. */
  up: 1,
  /** Raised as the thread ends. */
  ended: 2,
} as const;

export interface NamesRequest {
  /** The windows to read, each on its own (see findNamesInWindows). */
  windows: string[];
}

/** `found`: what each window holds, in the order asked. */
export type NamesReply = { ok: true; found: FoundName[][] } | { ok: false; message: string };
