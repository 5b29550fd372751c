/**
 * The CLI's main job, also usable as a library call: analyze → report → write out/.
 *
 *   check out/ ─▶ analyze(inputs) ─▶ openOutputs(out) ─▶ report files ─▶ commit
 *                                                    └▶ table files ─┘  (meanwhile, on a small corpus)
 *
 * Everything that can fail on configuration (out/ not writable, bad manifest, unknown analyzer)
 * fails before any text is analysed; nothing replaces out/ unless the whole run succeeds. Files go to
 * the staging folder one by one as they are made, so memory does not grow with the size of out/.
 */
import { analyze, checkCacheMax, type AnalysisResult, type AnalyzeOptions } from './index.js';
import { findManifest, listInputs } from './ingest/index.js';
import { checkOutDir, openOutputs, tableFileChunks, tablePaths, type EmitFile, type OutputFiles } from './output/index.js';
import { CacheWrites, defaultCacheDir, pruneAfterRun } from './cache/index.js';
import { chooseJobs, PARALLEL_MIN_BYTES } from './parallel/index.js';
import { timeStage, timeStageAsync } from './timings.js';
import { collectGarbage } from './memory.js';
import { EXIT, TurnlensError, msg } from './messages.js';
import type { ReportOptions } from '../reports/options.js';
import type { Tables } from './types.js';

/**
 * A report builder: hands each file (path relative to out/) to `emit` as it is made, or returns them
 * all in a Map (simple builders for tests and embedders; fine for small reports). The default is
 * reports/index.ts's emitReport.
 */
export type BuildReport = (result: AnalysisResult, options: ReportOptions, emit: EmitFile) => Promise<OutputFiles | void>;

export interface RunOptions extends AnalyzeOptions, Omit<ReportOptions, 'targets'> {
  /** Output folder, replaced as a whole. Default "out". */
  out?: string;
  /** Use the result cache beside out/ (default true). */
  cache?: boolean;
  /** Called once per warning line, in order (the CLI prints them on stderr). */
  onWarning?: (line: string) => void;
  /** The report builder; default: reports/index.ts's emitReport. Tests and embedders may pass their own. */
  buildReport?: BuildReport;
  /**
   * Keep the per-document results in `RunSummary.result.docs` (and show them to `buildReport`).
   * Default false: they hold the whole analysed corpus, while the report and out/ are made from the
   * tables, so each is let go once folded into them (see AnalyzeOptions.keepDocs) and `result.docs`
   * is empty.
   */
  keepDocs?: boolean;
}

export interface RunSummary {
  out: string;
  manifest: string | undefined;
  files: number;
  interviews: number;
  turns: number;
  warnings: string[];
  /** The analysis; `docs` is empty unless `keepDocs` was set. */
  result: AnalysisResult;
}

async function defaultReportBuilder(): Promise<BuildReport> {
  const mod: { emitReport: BuildReport } = await import('../reports/index.js');
  return mod.emitReport;
}

/**
 * Up to this many sentences (the sample corpus has about 3,300; the 100× corpus 330,000) the table
 * files are written while the report builds (see runAnalyze).
 */
export const TABLES_MEANWHILE_MAX_SENTENCES = 50_000;

/** Whether the table files are written while the report builds (a small corpus) or after it. */
export function tablesWhileReporting(tables: Tables): boolean {
  return tables.sentences.length <= TABLES_MEANWHILE_MAX_SENTENCES;
}

function asWarning(line: string): string {
  return line.startsWith('turnlens:') ? line : msg.warning(line);
}

export async function runAnalyze(inputs: string[], options: RunOptions = {}): Promise<RunSummary> {
  const started = Date.now();
  checkCacheMax(options.cacheMaxBytes);
  const out = options.out ?? 'out';
  const warnings: string[] = [];
  const warn = (line: string): void => {
    const w = asWarning(line);
    warnings.push(w);
    options.onWarning?.(w);
  };

  let manifest = options.manifest;
  if (manifest === undefined) {
    const found = findManifest(inputs);
    manifest = found.manifest;
    for (const ignored of found.ignored) warn(msg.manifestIgnored(manifest!, ignored));
  }
  checkOutDir(out, inputs);
  // The chart libraries take a second or two to load: warm them on a second thread while the
  // documents are analysed in this one (reports/thread). A custom builder needs none of that, and a
  // corpus analysed on worker threads keeps every core busy: a report thread would only compete with
  // them, and hold its memory through the analysis' peak (the 100× corpus: about 90 MiB).
  const inThisThread = chooseJobs(listInputs(inputs), options.jobs) === 1;
  if (!options.buildReport && inThisThread) (await import('../reports/index.js')).preloadReport();

  // A small corpus is analysed in this thread, which then waits while the report thread builds: its
  // cache writes are held until then (see CacheWrites), off the way to the report.
  const cacheWrites = options.cacheWrites ?? new CacheWrites(PARALLEL_MIN_BYTES);
  const cacheDir = options.cache === false ? false : (options.cacheDir ?? defaultCacheDir(out));
  const result = await analyze(inputs, {
    ...options,
    // The report and out/ are made from the tables alone.
    keepDocs: options.keepDocs ?? false,
    // Analysed in this thread, the documents leave the second core to the report thread's loading
    // and to analyzers' helper threads (compromise's, for one).
    helperThreads: options.helperThreads ?? inThisThread,
    manifest,
    cacheDir,
    cacheWrites,
  });
  for (const w of result.warnings) warn(w);
  collectGarbage();

  const buildReport = options.buildReport ?? (await defaultReportBuilder());
  const reportOptions: ReportOptions = {
    speaker: options.speaker,
    from: options.from,
    to: options.to,
    compare: options.compare,
    cacheDir,
  };
  const writer = openOutputs(out);
  try {
    // A report file may not shadow a table, whichever of the two is written first.
    const tables = new Set(tablePaths());
    const emit: EmitFile = (rel, content) => {
      if (tables.has(rel)) throw new TurnlensError(msg.internal(`report file ${JSON.stringify(rel)} would replace a table`), EXIT.internal);
      writer.add(rel, content);
    };
    const writeTables = (): void => {
      for (const [rel, chunks] of tableFileChunks(result.tables)) writer.add(rel, chunks);
    };
    // On a small corpus this thread would sit idle while the report thread builds: the held cache
    // writes and the table files are written meanwhile. On a large one the tables wait for the report,
    // so the garbage from writing them does not add to the report's peak memory.
    const tablesMeanwhile = tablesWhileReporting(result.tables);
    await timeStageAsync(
      'report',
      async () => {
        // Every warning of the run, the manifest's among them, goes into the report's methods panel:
        // the CLI prints only the first few (cli/warnings.ts).
        const building = buildReport({ ...result, warnings: [...warnings] }, reportOptions, emit);
        timeStage('cache write', () => cacheWrites.flush(), options.onStage);
        // Every entry of the run is written now (analyze left pruning to this, as it held the writes).
        if (cacheDir) timeStage('cache prune', () => pruneAfterRun(cacheDir, started, options.cacheMaxBytes), options.onStage);
        if (tablesMeanwhile) timeStage('write tables', writeTables, options.onStage);
        const returned = await building;
        if (returned) for (const [rel, content] of returned) emit(rel, content);
      },
      options.onStage,
    );
    // The report's intermediate tables and charts are garbage now; the table files add more.
    collectGarbage();
    timeStage(
      'write outputs',
      () => {
        if (!tablesMeanwhile) writeTables();
        writer.commit();
      },
      options.onStage,
    );
  } finally {
    writer.abort();
  }

  return {
    out,
    manifest,
    files: writer.count,
    interviews: result.tables.interviews.length,
    turns: result.tables.turns.length,
    warnings,
    result,
  };
}
