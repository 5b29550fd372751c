/**
 * The CLI's main job, also usable as a library call: analyze → report → write out/.
 *
 *   check out/ ─▶ analyze(inputs) ─▶ buildReport(result) + tableFiles(tables) ─▶ writeOutputs(out)
 *
 * Everything that can fail on configuration (out/ not writable, bad manifest, unknown analyzer)
 * fails before any text is analysed; nothing is written unless the whole run succeeds.
 */
import { analyze, type AnalysisResult, type AnalyzeOptions } from './index.js';
import { findManifest } from './ingest/index.js';
import { checkOutDir, tableFiles, writeOutputs, type OutputFiles } from './output/index.js';
import { defaultCacheDir } from './cache/index.js';
import { timeStage, timeStageAsync } from './timings.js';
import { EXIT, TurnlensError, msg } from './messages.js';
import type { ReportOptions } from '../reports/options.js';

/** The report engineer's entry point (reports/index.ts): files relative to out/. */
export type BuildReport = (result: AnalysisResult, options: ReportOptions) => Promise<OutputFiles>;

export interface RunOptions extends AnalyzeOptions, Omit<ReportOptions, 'targets'> {
  /** Output folder, replaced as a whole. Default "out". */
  out?: string;
  /** Use the result cache beside out/ (default true). */
  cache?: boolean;
  /** Called once per warning line, in order (the CLI prints them on stderr). */
  onWarning?: (line: string) => void;
  /** The report builder; default: reports/index.ts's buildReport. Tests and embedders may pass their own. */
  buildReport?: BuildReport;
}

export interface RunSummary {
  out: string;
  manifest: string | undefined;
  files: number;
  interviews: number;
  turns: number;
  warnings: string[];
  result: AnalysisResult;
}

async function defaultReportBuilder(): Promise<BuildReport> {
  const mod: { buildReport: BuildReport } = await import('../reports/index.js');
  return mod.buildReport;
}

function asWarning(line: string): string {
  return line.startsWith('turnlens:') ? line : msg.warning(line);
}

/** Report and table files together; a report file may not shadow a table. */
function mergeFiles(tables: Map<string, string>, report: OutputFiles): OutputFiles {
  const files: OutputFiles = new Map(tables);
  for (const [rel, content] of report) {
    if (files.has(rel)) throw new TurnlensError(msg.internal(`report file ${JSON.stringify(rel)} would replace a table`), EXIT.internal);
    files.set(rel, content);
  }
  return files;
}

export async function runAnalyze(inputs: string[], options: RunOptions = {}): Promise<RunSummary> {
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
  // documents are analysed (reports/thread). A custom builder needs none of that.
  if (!options.buildReport) (await import('../reports/index.js')).preloadReport();

  const result = await analyze(inputs, {
    ...options,
    manifest,
    cacheDir: options.cache === false ? false : (options.cacheDir ?? defaultCacheDir(out)),
  });
  for (const w of result.warnings) warn(w);

  const buildReport = options.buildReport ?? (await defaultReportBuilder());
  const reportOptions: ReportOptions = {
    speaker: options.speaker,
    from: options.from,
    to: options.to,
    compare: options.compare,
  };
  const report = await timeStageAsync('report', () => buildReport(result, reportOptions), options.onStage);
  const files = mergeFiles(tableFiles(result.tables), report);
  timeStage('write outputs', () => writeOutputs(out, files), options.onStage);

  return {
    out,
    manifest,
    files: files.size,
    interviews: result.tables.interviews.length,
    turns: result.tables.turns.length,
    warnings,
    result,
  };
}
