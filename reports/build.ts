/**
 * The report build itself, in whichever thread runs it:
 *
 *   Tables ──options/context──▶ ReportContext ──tables/──▶ DerivedTables ──charts/──▶ Vega-Lite specs
 *                                                                 │                     │ render/
 *                                                                 ▼                     ▼
 *                                                      data/NAME.csv|json      charts/NAME.vl.json|svg
 *                                                                 └──────── html/ ──────┘──▶ report.html,
 *                                                                             transcripts/ID.html, compare.html
 */
import type { AnalysisResult } from '../pipeline/index.js';
import { csvChunks } from '../pipeline/output/csv.js';
import { rowsJsonChunks, toJson } from '../pipeline/output/json.js';
import type { EmitFile, FileContent } from '../pipeline/output/write.js';
import { resolveOptions, type ReportOptions, type ResolvedOptions } from './options.js';
import { buildContext, type ReportContext } from './context.js';
import { deriveTables, type DerivedTables, type Table } from './tables/index.js';
import { CHARTS, type ChartFocus } from './charts/index.js';
import { paramNames, renderSvg } from './render/svg.js';
import { ChartCache } from './render/cache.js';
import type { RenderedChart } from './html/model.js';
import { renderReport } from './html/report.js';
import { renderTranscript } from './html/transcript.js';
import { renderCompare } from './html/compare.js';
import { COMPARE_FILE, REPORT_FILE } from './html/files.js';
import { HeapCeiling, REPORT_HEAP } from '../pipeline/memory.js';

/**
 * Where a stoppable build may stop: between charts and between pages. The build's awaits otherwise
 * settle without returning to the event loop, so a stop request (a message to the report thread)
 * could not be delivered until the whole build had run; a build given a signal yields here first.
 */
export async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return;
  await new Promise((resolve) => setImmediate(resolve));
  signal.throwIfAborted();
}

export async function renderCharts(
  tables: DerivedTables,
  focus: ChartFocus,
  signal?: AbortSignal,
  heap?: HeapCeiling,
  cache?: ChartCache,
): Promise<RenderedChart[]> {
  const out: RenderedChart[] = [];
  for (const chart of CHARTS) {
    heap?.check();
    await checkpoint(signal);
    const spec = chart.spec({ tables, focus });
    const idPrefix = `${chart.name}-def`;
    const render = async () => (await renderSvg(spec, idPrefix)).svg;
    const svg = cache ? await cache.svg(spec, idPrefix, render) : await render();
    out.push({ name: chart.name, section: chart.section, spec, svg, params: paramNames(spec) });
  }
  return out;
}

function emitTable(emit: EmitFile, t: Table<object>): void {
  emit(`data/${t.name}.csv`, csvChunks(t.columns, t.rows));
  emit(`data/${t.name}.json`, rowsJsonChunks(t.columns, t.rows));
}

/** Reads pieced content, so a build without a receiver still runs every writer (the warm-up's point). */
function drain(_rel: string, content: FileContent): void {
  if (typeof content !== 'string' && !(content instanceof Uint8Array)) for (const piece of content) void piece;
}

/** Data, charts, the comparison and report.html: everything made from the derived tables, which die with this call. */
async function emitSummary(
  result: AnalysisResult,
  resolved: ResolvedOptions,
  ctx: ReportContext,
  whole: ReportContext,
  emit: EmitFile,
  signal: AbortSignal | undefined,
  heap: HeapCeiling,
  cache: ChartCache | undefined,
): Promise<void> {
  const tables = await deriveTables(ctx, () => heap.check());
  await checkpoint(signal);
  const charts = await renderCharts(tables, { speaker: ctx.speaker, targets: ctx.targets, speakers: ctx.chartSpeakers }, signal, heap, cache);
  for (const t of Object.values(tables) as Table<object>[]) {
    emitTable(emit, t);
    heap.check();
  }
  for (const c of charts) {
    emit(`charts/${c.name}.vl.json`, toJson(c.spec));
    emit(`charts/${c.name}.svg`, `${c.svg}\n`);
  }
  let compareFile: string | null = null;
  if (resolved.compare) {
    const wholeTables = whole.interviews.length === ctx.interviews.length ? tables : await deriveTables(whole, () => heap.check());
    emit(COMPARE_FILE, renderCompare(whole, wholeTables, resolved.compare[0], resolved.compare[1]));
    compareFile = COMPARE_FILE;
  }
  emit(REPORT_FILE, renderReport({ ctx, tables, charts, warnings: result.warnings }, compareFile, () => heap.check()));
}

/**
 * Builds every report file in this thread, handing each to `emit` as soon as it is made (see
 * buildReport in index.ts for the entry point). Nothing is kept once emitted: the caller writes it.
 * `signal` stops the build between charts and between pages (the report thread's warm-up build gives
 * way to the real one that way); an aborted build rejects with the signal's reason.
 */
export async function buildReportHere(
  result: AnalysisResult,
  options: ReportOptions = {},
  emit: EmitFile = drain,
  signal?: AbortSignal,
): Promise<void> {
  const resolved = resolveOptions(result.tables, result.targets, options);
  const ctx = buildContext(result.tables, resolved, result.aggregate);
  // Transcripts and the comparison cover the whole corpus, even when the date range narrows the report.
  const whole = resolved.from === null && resolved.to === null ? ctx : buildContext(result.tables, { ...resolved, from: null, to: null }, result.aggregate);
  const heap = new HeapCeiling(REPORT_HEAP);
  const cache = options.cacheDir ? new ChartCache(options.cacheDir) : undefined;
  await emitSummary(result, resolved, ctx, whole, emit, signal, heap, cache);
  // The derived tables, charts and report.html are garbage now; the transcripts hold none of them.
  heap.rebase();
  // Transcripts hold the whole corpus: one page at a time, each written before the next is rendered.
  // One page per interview id (the context's id map); ids are unique across the corpus (split/corpus-ids.ts).
  for (const iv of whole.interview.values()) {
    heap.check();
    await checkpoint(signal);
    for (const [file, html] of renderTranscript(whole, iv)) emit(file, html);
  }
}
