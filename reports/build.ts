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
import { toCsv } from '../pipeline/output/csv.js';
import { rowsToJson, toJson } from '../pipeline/output/json.js';
import { resolveOptions, type ReportOptions } from './options.js';
import { buildContext } from './context.js';
import { deriveTables, type DerivedTables, type Table } from './tables/index.js';
import { CHARTS, type ChartFocus } from './charts/index.js';
import { paramNames, renderSvg } from './render/svg.js';
import type { RenderedChart } from './html/model.js';
import { renderReport } from './html/report.js';
import { renderTranscript } from './html/transcript.js';
import { renderCompare } from './html/compare.js';
import { COMPARE_FILE, REPORT_FILE } from './html/files.js';

export async function renderCharts(tables: DerivedTables, focus: ChartFocus): Promise<RenderedChart[]> {
  const out: RenderedChart[] = [];
  for (const chart of CHARTS) {
    const spec = chart.spec({ tables, focus });
    const { svg } = await renderSvg(spec, `${chart.name}-def`);
    out.push({ name: chart.name, section: chart.section, spec, svg, params: paramNames(spec) });
  }
  return out;
}

function tableFiles(files: Map<string, string | Uint8Array>, t: Table<object>): void {
  files.set(`data/${t.name}.csv`, toCsv(t.columns, t.rows));
  files.set(`data/${t.name}.json`, rowsToJson(t.columns, t.rows));
}

const utf8 = new TextEncoder();

/** Builds every report file in this thread (see buildReport in index.ts for the entry point). */
export async function buildReportHere(result: AnalysisResult, options: ReportOptions = {}): Promise<Map<string, string | Uint8Array>> {
  const resolved = resolveOptions(result.tables, result.targets, options);
  const ctx = buildContext(result.tables, resolved);
  const tables = await deriveTables(ctx);
  const charts = await renderCharts(tables, { speaker: ctx.speaker, targets: ctx.targets, speakers: ctx.chartSpeakers });
  const files = new Map<string, string | Uint8Array>();
  for (const t of Object.values(tables) as Table<object>[]) tableFiles(files, t);
  for (const c of charts) {
    files.set(`charts/${c.name}.vl.json`, toJson(c.spec));
    files.set(`charts/${c.name}.svg`, `${c.svg}\n`);
  }
  // Transcripts and the comparison cover the whole corpus, even when the date range narrows the report.
  const whole = resolved.from === null && resolved.to === null ? ctx : buildContext(result.tables, { ...resolved, from: null, to: null });
  let compareFile: string | null = null;
  if (resolved.compare) {
    const wholeTables = whole.interviews.length === ctx.interviews.length ? tables : await deriveTables(whole);
    files.set(COMPARE_FILE, renderCompare(whole, wholeTables, resolved.compare[0], resolved.compare[1]));
    compareFile = COMPARE_FILE;
  }
  files.set(REPORT_FILE, renderReport({ ctx, tables, charts, warnings: result.warnings }, compareFile));
  // Transcripts hold the whole corpus: kept as UTF-8 bytes, outside the JS heap and at most half the size of the string.
  for (const iv of whole.interviews) for (const [file, html] of renderTranscript(whole, iv)) files.set(file, utf8.encode(html));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
