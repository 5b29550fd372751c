/**
 * The names thread: loads compromise and warms it while the calling thread tokenizes its first
 * document, then answers each request with what `readNamesHere` finds, in the order asked.
 */
import { workerData } from 'node:worker_threads';
import { readNamesHere } from '../compromise.js';
import { SIGNAL, type NamesReply, type NamesRequest, type NamesThreadData } from './protocol.js';

/** Names, titles and organisations of the kinds real windows hold, so the same code gets compiled. */
const WARM_TEXT = [
  'said Mr. John Smith of the Acme Corporation',
  'met Secretary Wilbur Ross and Maria Lopez',
  'the Ministry of Foreign Affairs and the World Trade Organization',
].join('.\n\n');

const { port, signal } = workerData as NamesThreadData;
const raise = (slot: number): void => {
  Atomics.add(signal, slot, 1);
  Atomics.notify(signal, slot);
};
// However the thread ends, the caller stops waiting and reads in its own thread.
process.on('exit', () => raise(SIGNAL.ended));
raise(SIGNAL.up);

try {
  readNamesHere(WARM_TEXT);
} catch {
  // Warming only saves time; a compromise that cannot read fails the first request, which says why.
}

port.on('message', ({ joined }: NamesRequest) => {
  let reply: NamesReply;
  try {
    reply = { ok: true, found: readNamesHere(joined) };
  } catch (e) {
    reply = { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
  raise(SIGNAL.replies);
});
