/** A names thread that ends as soon as it is up, answering nothing (names-thread.test.ts). */
import { workerData } from 'node:worker_threads';
import { SIGNAL, type NamesThreadData } from '../../../../analyzers/entities/names-thread/protocol.js';

const { signal } = workerData as NamesThreadData;
process.on('exit', () => {
  Atomics.add(signal, SIGNAL.ended, 1);
  Atomics.notify(signal, SIGNAL.ended);
});
Atomics.add(signal, SIGNAL.up, 1);
process.exit(0);
