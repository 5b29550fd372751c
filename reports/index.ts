/**
 * The report stage: AnalysisResult → files under out/ (built in build.ts), each handed over as soon
 * as it is made, so the CLI writes a report of any size without holding it.
 *
 * Loading the report's libraries (danfojs alone takes one to two seconds) costs more than building
 * the report of a handful of interviews. A caller that knows a report will follow calls
 * `preloadReport()` before analysing: a worker thread loads and warms the libraries on the second
 * core meanwhile, and the report is built there, its files sent back one message each. Corpora too
 * big to copy to another thread cheaply are built in the calling thread, where the load is small
 * next to the analysis.
 */
import type { AnalysisResult } from '../pipeline/index.js';
import { wholeContent, type EmitFile, type OutputFiles } from '../pipeline/output/write.js';
import { resolveOptions, type ReportOptions } from './options.js';
import { takePreloaded } from './thread/preload.js';

export type { ReportOptions } from './options.js';
export { preloadReport } from './thread/preload.js';

/** Above this many sentences the tables are not copied to the report thread (memory over latency). */
export const THREAD_MAX_SENTENCES = 30_000;

/**
 * Builds every report file and hands each to `emit` (path relative to out/, content), one at a time,
 * in no particular order. Throws TurnlensError (usage) when the options name a speaker, target or
 * interview the corpus does not have, before any file is emitted. Same files, byte for byte,
 * whichever thread builds them.
 */
export async function emitReport(result: AnalysisResult, options: ReportOptions, emit: EmitFile): Promise<void> {
  // Usage errors are raised here, before any work is handed over.
  resolveOptions(result.tables, result.targets, options);
  const thread = takePreloaded();
  if (thread && result.tables.sentences.length <= THREAD_MAX_SENTENCES) {
    return thread.build({ tables: result.tables, warnings: result.warnings, targets: result.targets, aggregate: result.aggregate }, options, emit);
  }
  thread?.close();
  // Loaded here, not at the top: this module stays light enough to import before the analysis.
  const { buildReportHere } = await import('./build.js');
  return buildReportHere(result, options, emit);
}

/** Every report file, keyed by its path relative to out/ and sorted by it (for tests and embedders). */
export async function buildReport(result: AnalysisResult, options: ReportOptions = {}): Promise<OutputFiles> {
  const files: OutputFiles = new Map();
  await emitReport(result, options, (rel, content) => files.set(rel, wholeContent(content)));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
