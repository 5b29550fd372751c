/**
 * The report thread, started ahead of time. Importing this module loads nothing heavy, so the CLI can
 * call `preloadReport()` first thing; the thread then loads danfojs, vega and vega-lite on the other
 * core while this one analyses documents.
 */
import { TurnlensError, type ExitCode } from '../../pipeline/messages.js';
import { startCodeThread } from '../../pipeline/code-location.js';
import type { EmitFile } from '../../pipeline/output/write.js';
import type { BuildReply, BuildRequest, ReportInput } from './protocol.js';
import type { ReportOptions } from '../options.js';

export interface ReportThread {
  /** Builds the report in the thread, handing each file to `emit` as it arrives, then ends the thread. */
  build(input: ReportInput, options: ReportOptions, emit: EmitFile): Promise<void>;
  /** Ends the thread unused. */
  close(): void;
}

let preloaded: ReportThread | undefined;

function startThread(): ReportThread {
  const worker = startCodeThread('reports/thread/worker');
  // A thread nobody asks for a report (an analysis that fails) must not keep the process alive.
  worker.unref();
  let failure: Error | undefined;
  worker.on('error', (e: Error) => (failure = e));
  return {
    build(input, options, emit) {
      return new Promise((resolve, reject) => {
        worker.ref();
        let settled = false;
        const settle = (e?: Error): void => {
          if (settled) return;
          settled = true;
          void worker.terminate();
          if (e) reject(e);
          else resolve();
        };
        if (failure) {
          settle(failure);
          return;
        }
        worker.on('message', (reply: BuildReply) => {
          if (settled) return;
          if (reply.kind === 'file') {
            try {
              emit(reply.rel, reply.content);
            } catch (e) {
              settle(e instanceof Error ? e : new Error(String(e)));
            }
          } else if (reply.kind === 'done') settle();
          else if (reply.name === 'TurnlensError') settle(new TurnlensError(reply.message, reply.exitCode as ExitCode));
          else settle(Object.assign(new Error(reply.message), { name: reply.name, stack: reply.stack }));
        });
        worker.once('error', (e: Error) => settle(e));
        worker.once('exit', (code) => settle(new Error(`turnlens: internal error: the report thread stopped (exit code ${code})`)));
        worker.postMessage({ input, options } satisfies BuildRequest);
      });
    },
    close() {
      void worker.terminate();
    },
  };
}

/**
 * Starts loading the report's libraries in a worker thread. Call it before the analysis when a report
 * will be built; the next `buildReport` uses the thread. Calling it again while a thread waits is a no-op.
 */
export function preloadReport(): void {
  preloaded ??= startThread();
}

/** The preloaded thread, handed out once. */
export function takePreloaded(): ReportThread | undefined {
  const thread = preloaded;
  preloaded = undefined;
  return thread;
}
