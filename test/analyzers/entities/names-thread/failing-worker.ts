/** A names thread whose every read fails (names-thread.test.ts). */
import { workerData } from 'node:worker_threads';
import { SIGNAL, type NamesReply, type NamesThreadData } from '../../../../analyzers/entities/names-thread/protocol.js';

const { port, signal } = workerData as NamesThreadData;
Atomics.add(signal, SIGNAL.up, 1);
port.on('message', () => {
  port.postMessage({ ok: false, message: 'cannot read' } satisfies NamesReply);
  Atomics.add(signal, SIGNAL.replies, 1);
  Atomics.notify(signal, SIGNAL.replies);
});
