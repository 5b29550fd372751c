/**
 * The report thread: loads and warms the report's libraries as soon as it starts (while the main
 * thread is still analysing documents), then builds one report on request.
 */
import { parentPort } from 'node:worker_threads';
import { EXIT } from '../../pipeline/messages.js';
import type { BuildReply, BuildRequest } from './protocol.js';
import { warmUp } from './warm-up.js';
import { buildReportHere } from '../build.js';

if (!parentPort) throw new Error('turnlens: internal error: the report thread must run as a worker');
const port = parentPort;
// Warming up only saves time; if it fails, the build itself reports whatever is wrong.
const ready = warmUp().catch(() => undefined);

port.on('message', async ({ input, options }: BuildRequest) => {
  let reply: BuildReply;
  try {
    await ready;
    const files = await buildReportHere({ ...input, docs: [] }, options);
    reply = { ok: true, files: [...files] };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const exitCode = (err as { exitCode?: unknown }).exitCode;
    reply = { ok: false, name: err.name, message: err.message, exitCode: typeof exitCode === 'number' ? exitCode : EXIT.internal, stack: err.stack };
  }
  port.postMessage(reply);
});
