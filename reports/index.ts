/**
 * The report stage: AnalysisResult → files under out/ (built in build.ts).
 *
 * Loading the report's libraries (danfojs alone takes one to two seconds) costs more than building
 * the report of a handful of interviews. A caller that knows a report will follow calls
 * `preloadReport()` before analysing: a worker thread loads and warms the libraries on the second
 * core meanwhile, and `buildReport` hands the tables to it. Corpora too big to copy to another
 * thread cheaply are built in the calling thread, where the load is small next to the analysis.
 */
import type { AnalysisResult } from '../pipeline/index.js';
import { resolveOptions, type ReportOptions } from './options.js';
import { takePreloaded } from './thread/preload.js';

export type { ReportOptions } from './options.js';
export { preloadReport } from './thread/preload.js';

/** Above this many sentences the tables are not copied to the report thread (memory over latency). */
export const THREAD_MAX_SENTENCES = 30_000;

/**
 * Builds every report file, keyed by its path relative to out/. Throws TurnlensError (usage) when the
 * options name a speaker, target or interview the corpus does not have. Same files, byte for byte,
 * whichever thread builds them.
 */
export async function buildReport(result: AnalysisResult, options: ReportOptions = {}): Promise<Map<string, string | Uint8Array>> {
  // Usage errors are raised here, before any work is handed over.
  resolveOptions(result.tables, result.targets, options);
  const thread = takePreloaded();
  if (thread && result.tables.sentences.length <= THREAD_MAX_SENTENCES) {
    return thread.build({ tables: result.tables, warnings: result.warnings, targets: result.targets }, options);
  }
  thread?.close();
  // Loaded here, not at the top: this module stays light enough to import before the analysis.
  const { buildReportHere } = await import('./build.js');
  return buildReportHere(result, options);
}
