/**
 * The report thread: loads and warms the report's libraries as soon as it starts (while the main
 * thread is still analysing documents), then builds one report on request, posting each file back
 * as soon as it is made.
 */
import { parentPort } from 'node:worker_threads';
import { EXIT } from '../../pipeline/messages.js';
import { wholeContent, type EmitFile } from '../../pipeline/output/write.js';
import type { BuildReply, BuildRequest } from './protocol.js';
import { warmUp } from './warm-up.js';
import { buildReportHere } from '../build.js';

if (!parentPort) throw new Error('turnlens: internal error: the report thread must run as a worker');
const port = parentPort;
// Warming up only saves time: if it fails, the build itself reports whatever is wrong, and a request
// arriving first stops it rather than wait for it.
const warming = new AbortController();
const ready = warmUp(warming.signal).catch(() => undefined);

const post = (reply: BuildReply): void => port.postMessage(reply);

// Pieced content cannot cross threads: it is joined here, one file at a time.
const emit: EmitFile = (rel, content) => post({ kind: 'file', rel, content: wholeContent(content) });

port.on('message', async ({ input, options }: BuildRequest) => {
  try {
    warming.abort();
    await ready;
    await buildReportHere({ ...input, docs: [] }, options, emit);
    post({ kind: 'done' });
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const exitCode = (err as { exitCode?: unknown }).exitCode;
    post({ kind: 'failed', name: err.name, message: err.message, exitCode: typeof exitCode === 'number' ? exitCode : EXIT.internal, stack: err.stack });
  }
});
