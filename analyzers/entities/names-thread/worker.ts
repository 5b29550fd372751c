/**
 * The names thread: loads compromise and warms it while the calling thread tokenizes its first
 * document, then answers each request with what `readWindowsHere` finds, in the order asked.
 */
import { workerData } from 'node:worker_threads';
import { readNamesHere, readWindowsHere } from '../compromise.js';
import { SIGNAL, type NamesReply, type NamesRequest, type NamesThreadData } from './protocol.js';

/** Names, titles and organisations of the kinds real windows hold, so the same code gets compiled. */
const WARM_TEXTS = [
  'said Mr. John Smith of the Acme Corporation',
  'met Secretary Wilbur Ross and Maria Lopez',
  'the Ministry of Foreign Affairs and the World Trade Organization',
];

const { port, signal } = workerData as NamesThreadData;
const raise = (slot: number): void => {
  Atomics.add(signal, slot, 1);
  Atomics.notify(signal, slot);
};
// However the thread ends, the caller stops waiting and reads in its own thread.
process.on('exit', () => raise(SIGNAL.ended));
raise(SIGNAL.up);

try {
  // Read here rather than through the memo, which would keep them.
  for (const t of WARM_TEXTS) readNamesHere(t);
} catch {
  // Warming only saves time; a compromise that cannot read fails the first request, which says why.
}

port.on('message', ({ windows }: NamesRequest) => {
  let reply: NamesReply;
  try {
    reply = { ok: true, found: readWindowsHere(windows) };
  } catch (e) {
    reply = { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
  raise(SIGNAL.replies);
});
